import { js73, type PosTpl73 } from './blind-set-73-core';
import { K, card, em, iban, jwt, nid, nm, ph, pw, st, upw, who, whoId } from './blind-set-73-h';
import { IBAN_CC73, aba73, brConta73, caAccount73, clabe73, jpAccount73, usAccount73 } from './blind-set-73-money';

/** Payout and beneficiary validation (Wise, PayPal, Payoneer, Adyen payouts, Checkout.com, Tipalti, local rails). */
export const POS_PAY73: PosTpl73[] = [
  { src: 'payout', name: 'wise-recipient', make: (x) => {
    const P = who(x);
    return `Wise API 422 POST /v1/accounts {"errors":[{"code":"NOT_VALID","message":"Please specify a valid IBAN","path":"IBAN"}]}\n  Authorization: Bearer ${K(x, 'wise')}\n  X-Signature-Private-Key-Passphrase: ${pw(x)}\n  body=${js73({ currency: 'EUR', type: 'iban', profile: x.int(1000000, 9999999), accountHolderName: nm(x, P), details: { legalType: 'PRIVATE', IBAN: iban(x), email: em(x, P) } })}`;
  } },
  { src: 'payout', name: 'paypal-payouts', make: (x) => {
    const P = who(x);
    return `paypal payouts batch ${x.r.b62(13).toUpperCase()} item RECEIVER_UNREGISTERED receiver=${em(x, P)} note="Commission for ${nm(x, P)}"\n  oauth: client_id=A${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79)} client_secret=${K(x, 'paypal_secret')}\n  access_token=${K(x, 'paypal_at')}`;
  } },
  { src: 'payout', name: 'mx-spei-clabe', make: (x) => {
    const P = who(x, 'MX');
    return `SPEI orden rechazada: "Cuenta beneficiaria inexistente" (código 02)\n  beneficiario=${nm(x, P)} clabe=${x.f('mx_clabe', clabe73(x.r))} rfc_curp=${nid(x, P).value} monto=${x.int(100, 90000)}.00 MXN\n  stp_private_key_passphrase=${pw(x)} api_key=${K(x, 'b62_40')}`;
  } },
  { src: 'payout', name: 'br-pix-ted', make: (x) => {
    const P = who(x, 'BR');
    return `[payouts-br] TED recusada: conta destino inválida\n  favorecido: ${nm(x, P)} | CPF ${nid(x, P).value} | banco 341 agência ${x.r.digits(4)} conta ${x.f('br_conta', brConta73(x.r))}\n  chave pix: ${em(x, P)}\n  client_secret=${x.c('oauth_client_secret', x.r.b62(40))} certificado_senha=${pw(x)}`;
  } },
  { src: 'payout', name: 'jp-zengin', make: (x) => {
    const P = who(x, 'JP');
    return `全銀フォーマット検証エラー: 受取人口座番号が不正です (行 ${x.int(2, 300)})\n  銀行コード=0005 支店コード=${x.r.digits(3)} 預金種目=普通 口座番号=${x.f('jp_account', jpAccount73(x.r))} 受取人名=${nm(x, P)}\n  FB接続 user=GLBX${x.r.digits(4)} password=${pw(x)} api_token=${K(x, 'b62_40')}`;
  } },
  { src: 'payout', name: 'ca-eft', make: (x) => {
    const P = who(x, 'CA');
    return `EFT file rejected by bank: record type C, payee "${nm(x, P)}" institution 00${x.int(1, 9)} transit ${x.r.digits(5)} account ${x.f('ca_account', caAccount73(x.r))}\n  originator id ${x.r.digits(10)}; sftp password=${pw(x)}; hmac key=${K(x, 'hex40')}`;
  } },
  { src: 'payout', name: 'ach-nacha', make: (x) => {
    const P = who(x, 'US', true);
    const acct = x.f('us_account', usAccount73(x.r));
    const rt = aba73(x.r);
    const up = x.p('person_name', P.name.full.toUpperCase().slice(0, 22));
    return `NACHA validation: entry detail ${x.int(1, 900)} R03 No Account/Unable to Locate\n622${rt}${acct.padEnd(17)}${String(x.int(1000, 99999)).padStart(10, '0')}${x.r.digits(6)}       ${up.padEnd(22)}  0${x.r.digits(15)}\n  modern treasury api key=${x.c('mt_key', `live-${x.r.b62(48)}`)}`;
  } },
  { src: 'payout', name: 'adyen-payout-benef', make: (x) => {
    const P = who(x);
    return `Adyen BalancePlatform 422 "Invalid bank account" transferInstrument ${x.r.b62(16)}\n  x-api-key: ${K(x, 'adyen')}\n  accountHolder: { name: "${nm(x, P)}", email: "${em(x, P)}" }\n  bankAccount: { accountIdentification: { type: "iban", iban: "${iban(x)}" } }\n  hmac_key=${x.c('hmac_key', x.r.chars('0123456789ABCDEF', 64))}`;
  } },
  { src: 'payout', name: 'checkout-card-payout', make: (x) => {
    const P = who(x);
    const c = card(x);
    return `checkout.com POST /payments (payout to card) 422 {"error_codes":["card_number_invalid"]}\n  Authorization: ${K(x, 'checkout_sk')}\n  destination={"type":"card","number":"${c.pan}","expiry_month":${x.int(1, 12)},"expiry_year":${x.int(2027, 2031)},"account_holder":{"first_name":"${P.name.given}","last_name":"${P.name.family}"}}\n  holder_display="${nm(x, P)}" webhook_sig_key=${x.c('webhook_secret', x.uuid())}`;
  } },
  { src: 'payout', name: 'tipalti-payee', make: (x) => {
    const P = whoId(x);
    return `Tipalti.PayeeUpdate error -3 "Invalid payee details" payeeId=${x.r.digits(8)}\n  ${js73({ FirstName: P.name.given, LastName: P.name.family, FullName: nm(x, P), Email: em(x, P), TaxId: nid(x, P).value, Iban: iban(x, x.pick(IBAN_CC73)) })}\n  payer=Globex masterKey=${x.c('tipalti_key', x.r.b62(40))} db=${'mysql://payouts:'}${upw(x)}@db-payouts:3306/tipalti_cache`;
  } },
  { src: 'payout', name: 'card-issuing-mir-union', make: (x) => {
    const P = who(x, x.pick(['RU', 'CN', 'TR', 'IN', 'BR', 'JP']));
    const brand = P.cc === 'RU' ? 'Mir' : P.cc === 'CN' ? 'UnionPay' : P.cc === 'TR' ? 'Troy' : P.cc === 'IN' ? 'RuPay' : P.cc === 'BR' ? 'Elo' : 'JCB';
    const c = card(x, brand);
    return `refund-to-card failed: issuer declined (do_not_honor) brand=${c.brand} pan=${c.pan} holder=${nm(x, P)}\n  psp_key=${K(x, 'stripe_sk')} psp_webhook=${K(x, 'stripe_whsec')}`;
  } },
  { src: 'payout', name: 'iban-batch-check', make: (x) => {
    const P = who(x);
    return `iban-validator batch ${x.uuid()}: 3 of 3 rejected by bank (AC01 IncorrectAccountNumber)\n  ${iban(x, undefined, true)}  ${nm(x, P)}\n  ${iban(x, undefined, false)}  (joint account)\n  ${iban(x)}  (reversal)\nvalidator credentials: apiKey=${K(x, 'b62_32')} secret=${x.c('api_secret', x.r.b62(48))}`;
  } },
  { src: 'payout', name: 'payoneer-oauth', make: (x) => {
    const P = who(x);
    return `Payoneer POST /v4/programs/${x.r.digits(9)}/payees/registration-link 400 payee_id exists\n  access_token=${jwt(x, 'https://login.payoneer.com', 'program-' + x.r.digits(6))}\n  client_secret=${x.c('oauth_client_secret', x.r.b62(40))}\n  payee={"contact":{"first_name":"${P.name.given}","last_name":"${P.name.family}","email":"${em(x, P)}","mobile":"${ph(x, P)}"},"address":{"address_line_1":"${st(x, P)}","country":"${P.cc}"}}`;
  } },
  { src: 'payout', name: 'vault-card-ruby', make: (x) => {
    const P = who(x, undefined, true);
    const c = card(x);
    return `Vault::Tokenize failed: #<Net::ReadTimeout>\n  card=#<CardInput pan="${c.pan}" exp="${x.int(1, 12)}/${x.int(27, 31)}" holder="${nm(x, P)}">\n  vault_token=hvs.${x.c('vault_token', x.r.b62(24))} braintree_private_key=${K(x, 'hex32')}`;
  } },
  { src: 'payout', name: 'payout-sql-insert', make: (x) => {
    const P = who(x);
    return `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${iban(x, undefined, false)}' for key 'beneficiaries.uniq_iban' (SQL: insert into \`beneficiaries\` (\`holder\`, \`iban\`, \`email\`) values (?, ?, ?)) bindings: ["${nm(x, P)}", "(same as above)", "${em(x, P)}"] DB_PASSWORD=${pw(x)} APP_KEY=base64:${x.c('laravel_app_key', x.r.b64(32))}`;
  } },
  { src: 'payout', name: 'fx-payments-config', make: (x) => `payouts.properties (loaded from vault at boot, dump on error)\nwise.api.token=${K(x, 'wise')}\npaypal.client.secret=${K(x, 'paypal_secret')}\nadyen.api.key=${K(x, 'adyen')}\nsftp.bank.password=${pw(x)}\ntreasury.account.iban=${iban(x)}\ntreasury.ach.account=${x.f('us_account', usAccount73(x.r))}\nspring.datasource.password=${pw(x)}` },
];
