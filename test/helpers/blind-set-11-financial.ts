import { fin, pos, type PosCase11 } from './blind-set-11-types';
import { DIGITS, UPPER, type Rng11 } from './blind-set-11-rng';
import { aba, card, groupCard, groupIban, iban, ibanOf } from './blind-set-11-checks';
import * as c from './blind-set-11-crypto';

/** Cards, bank accounts, bank files and wallets. */
const BBAN_LEN: Record<string, number> = { PT: 21, NO: 11, SE: 20, DK: 14, FI: 14, LU: 16, GR: 23, CZ: 20, HU: 24, HR: 17, SK: 20, SI: 15, LT: 16, EE: 16, SA: 20, AE: 19, IL: 19, IS: 22, TR: 22 };
export function ibanAny(r: Rng11, cc: string): string {
  if (cc === 'IT') return ibanOf('IT', r.chars(UPPER, 1) + r.digits(22));
  if (cc === 'RO') return ibanOf('RO', r.chars(UPPER, 4) + r.digits(16));
  if (cc === 'TR') return ibanOf('TR', r.digits(5) + '0' + r.digits(16));
  return BBAN_LEN[cc] ? ibanOf(cc, r.chars(DIGITS, BBAN_LEN[cc]!)) : iban(r, cc);
}
const BRANDS: [string, string[], number[]][] = [
  ['visa', ['4'], [16, 13, 19]], ['mastercard', ['51', '52', '54', '2223', '2500', '2710'], [16]], ['amex', ['34', '37'], [15]], ['discover', ['6011', '644', '649', '65'], [16, 19]],
  ['jcb', ['3530', '3572', '3588'], [16]], ['unionpay', ['622126', '623', '625', '628'], [16, 17, 18, 19]], ['diners', ['300', '305', '36', '38'], [14]], ['maestro', ['6759', '5018', '5020', '6304'], [12, 16, 19]],
  ['mir', ['2200', '2202', '2204'], [16]], ['rupay', ['6521', '6522', '508'], [16]], ['elo', ['636368', '504175', '451416'], [16]], ['troy', ['9792'], [16]], ['hipercard', ['606282'], [16]], ['verve', ['506099', '650002'], [16, 19]],
];
export function anyCard(r: Rng11, brand?: string): string {
  const b = brand ? BRANDS.find((x) => x[0] === brand)! : r.pick(BRANDS);
  const len = r.pick(b[2]);
  for (;;) { const n = card(r, r.pick(b[1]), len); if (!/^4(242|111|000|012)|^5555|^378282|^6011(1111|0009)/.test(n)) return n; }
}
const cvcNot = (r: Rng11, n: string, len = 3): string => { for (;;) { const v = r.digits(len); if (!n.includes(v) && v[0] !== '0') return v; } };
const exp = (r: Rng11): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

export const financial11: PosCase11[] = [
  (r) => { const n = anyCard(r, 'visa'), v = cvcNot(r, n); return pos('checkout/request-log', `checkout.com 422 request_invalid: {"source":{"type":"card","number":"${n}","expiry_month":${r.int(1, 12)},"expiry_year":20${r.int(27, 31)},"cvv":"${v}"},"amount":${r.int(100, 99999)},"currency":"EUR"}`, fin('card', n), fin('cvc', v)); },
  (r) => { const n = anyCard(r, 'mastercard'), g = groupCard(n, ' '); return pos('adyen/notification', `Adyen notification handler crashed: AUTHORISATION REFUSED for card ${g} exp ${exp(r)} (pspReference ${r.digits(16)})`, fin('card', g)); },
  (r) => { const n = anyCard(r, 'amex'), g = groupCard(n, '-'), v = cvcNot(r, n, 4); return pos('braintree/amex-dump', `Braintree::ValidationsFailed: credit_card={number: "${g}", cvv: "${v}", expiration_date: "${exp(r)}"}`, fin('card', g), fin('cvc', v)); },
  (r) => { const n = anyCard(r, 'discover'); return pos('paypal/payflow-nvp', `PayPal Payflow RESULT=23 RESPMSG=Invalid account number; request: TRXTYPE=S&TENDER=C&ACCT=${n}&EXPDATE=${r.int(1, 12).toString().padStart(2, '0')}${r.int(27, 31)}&AMT=${r.int(10, 999)}.00`, fin('card', n)); },
  (r) => { const n = anyCard(r, 'jcb'); return pos('gmo/jcb', `GMO-PG ExecTran error E01170003: CardNo=${n} Expire=${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')} OrderID=${r.b62(12)}`, fin('card', n)); },
  (r) => { const n = anyCard(r, 'unionpay'); return pos('alipay/unionpay', `unionpay gateway respCode=14 (invalid card) accNo=${n} txnAmt=${r.int(100, 90000)} orderId=${r.digits(20)}`, fin('card', n)); },
  (r) => { const n = anyCard(r, 'diners'); return pos('sql/diners-insert', `ERROR:  value too long for type character varying(12)\nSTATEMENT:  INSERT INTO payment_methods (customer_id, pan, brand) VALUES (${r.int(1000, 99999)}, '${n}', 'DINERS')`, fin('card', n)); },
  (r) => { const n = anyCard(r, 'maestro'); return pos('worldpay/maestro-xml', `<paymentService version="1.4" merchantCode="ACMEGBP"><submit><order orderCode="${r.hex(12)}"><paymentDetails><CARD-SSL><cardNumber>${n}</cardNumber><expiryDate><date month="0${r.int(1, 9)}" year="20${r.int(27, 31)}"/></expiryDate></CARD-SSL></paymentDetails></order></submit></paymentService>\nerror code 5: XML failed validation`, fin('card', n)); },
  (r) => { const n = anyCard(r, r.pick(['mir', 'rupay', 'elo', 'troy', 'hipercard', 'verve'])); return pos('ebanx/local-card', `ebanx direct payment BP-DR-95 card.card_number=${n} rejected by issuer`, fin('card', n)); },
  (r) => { const n = anyCard(r), v = encodeURIComponent(groupCard(n, ' ')); return pos('form/card-urlencoded', `rack.request.form_hash parse error near: payment%5Bcard_number%5D=${v}&payment%5Bname%5D=Kaito+Nakamura`, fin('card', v)); },
  (r) => { const n = anyCard(r); return pos('python/card-repr', `stripe_proxy.ValidationError: {'card': {'number': '${n}', 'exp_month': ${r.int(1, 12)}, 'exp_year': 20${r.int(27, 31)}}, 'billing_details': {'name': 'Henrik Halvorsen'}}`, fin('card', n)); },
  (r) => { const i = ibanAny(r, r.pick(['DE', 'FR', 'ES', 'NL', 'BE', 'AT'])), g = groupIban(i); return pos('mollie/sepa-mandate', `Mollie mandate create 422: {"field":"consumerAccount","detail":"The consumer account '${g}' is invalid for this bank"}`, fin('iban', g)); },
  (r) => { const i = ibanAny(r, r.pick(['IT', 'PT', 'PL', 'CH', 'IE', 'GB'])); return pos('gocardless/iban', `GoCardless::InvalidApiUsageError: bank_details_lookup failed iban=${i} errors=[{"field":"iban","message":"is invalid"}]`, fin('iban', i)); },
  (r) => { const i = ibanAny(r, r.pick(['NO', 'SE', 'DK', 'FI', 'LU', 'CZ', 'HU', 'RO', 'HR', 'SK', 'SI', 'LT', 'EE', 'GR', 'IS'])); return pos('wise/recipient', `wise: POST /v1/accounts 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid IBAN.","path":"iban","arguments":["iban","${i}"]}]}`, fin('iban', i)); },
  (r) => { const i = ibanAny(r, r.pick(['SA', 'AE', 'TR', 'IL'])), g = groupIban(i); return pos('checkout/payout-iban', `payout instrument rejected: account_holder="Oluwaseun Adeyemi" iban="${g}" bic="${r.chars(UPPER, 4)}${r.pick(['SA', 'AE', 'TR', 'IL'])}${r.chars(UPPER, 2)}"`, fin('iban', g)); },
  (r) => { const rt = aba(r), acct = r.digits(r.int(9, 12)); return pos('stripe/ach-form', `POST /v1/tokens 400 body: bank_account%5Bcountry%5D=US&bank_account%5Brouting_number%5D=${rt}&bank_account%5Baccount_number%5D=${acct}&bank_account%5Baccount_holder_type%5D=individual`, fin('routing-number', rt), fin('bank-account', acct)); },
  (r) => { const rt = aba(r), acct = r.digits(10); return pos('gusto/direct-deposit', `Gusto payroll sync error: employee bank_account {"routing_number":"${rt}","account_number":"${acct}","account_type":"Checking"} failed prenote`, fin('routing-number', rt), fin('bank-account', acct)); },
  (r) => { const sc = `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`, acct = r.digits(8); return pos('bacs/uk-sortcode', `Modulr payee create 400: {"code":"INVALID_ACCOUNT","sortCode":"${sc}","accountNumber":"${acct}","name":"D Gallagher"}`, fin('uk-sort-code', sc), fin('bank-account', acct)); },
  (r) => { const bic = `${r.chars(UPPER, 4)}${r.pick(['SG', 'HK', 'JP', 'US'])}${r.chars(UPPER + DIGITS, 2)}`, acct = r.digits(12); return pos('swift/mt103', `MT103 validation failed T27:\n:20:${r.chars(UPPER + DIGITS, 16)}\n:32A:261124USD${r.int(1000, 99999)},00\n:50K:/${r.digits(10)}\nACME TRADING LTD\n:57A:${bic}\n:59:/${acct}\nMEI CHEN\n-}`, fin('bank-account', acct)); },
  (r) => { const rt = aba(r), acct = r.digits(11); return pos('nacha/entry-detail', `ACH file rejected by ODFI: invalid addenda on line 3\n101 ${rt.slice(0, 9)} 1234567890261124${r.int(1000, 2359)}A094101ACME BANK              ACME CORP\n6270${rt.slice(0, 8)}${rt[8]}${acct.padEnd(17, ' ')}0000${r.int(100000, 999999)}${r.digits(15)}OLUWASEUN ADEYEMI      0${r.digits(15)}`, fin('routing-number', rt), fin('bank-account', acct)); },
  (r) => { const acct = r.digits(10); return pos('bai2/account-record', `BAI2 parse error record 03 field 4: expected currency\n01,${r.digits(9)},ACMEBANK,261124,0200,1,,,2/\n02,ACMECORP,${r.digits(9)},1,261123,2400,,2/\n03,${acct},USD,010,${r.int(100000, 9999999)},,,015,${r.int(100000, 9999999)},,/`, fin('bank-account', acct)); },
  (r) => { const i = ibanAny(r, r.pick(['DE', 'NL', 'FR'])); return pos('mt940/statement', `MT940 import failed at :61: (bad date)\n:20:STMT${r.digits(8)}\n:25:${i}\n:28C:${r.int(100, 999)}/1\n:60F:C261123EUR${r.int(1000, 99999)},00\n:61:2611241124D${r.int(10, 999)},00NTRFNONREF`, fin('iban', i)); },
  (r) => { const i = ibanAny(r, r.pick(['ES', 'IT', 'BE', 'AT'])); return pos('camt053/xml', `camt.053 schema violation at /Document/BkToCstmrStmt/Stmt[1]/Acct: <Acct><Id><IBAN>${i}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Lucía Fernández</Nm></Ownr></Acct>`, fin('iban', i)); },
  (r) => { const i1 = ibanAny(r, 'DE'), i2 = ibanAny(r, r.pick(['FR', 'NL', 'PT'])); return pos('pain001/xml', `pain.001 rejected by bank (FF01 invalid file format): <DbtrAcct><Id><IBAN>${i1}</IBAN></Id></DbtrAcct>...<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(10, 9999)}.00</InstdAmt></Amt><CdtrAcct><Id><IBAN>${i2}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`, fin('iban', i1), fin('iban', i2)); },
  (r) => { const a = c.btcSegwit(r); return pos('coinbase/withdrawal', `coinbase commerce withdrawal failed: {"address":"${a}","network":"bitcoin","error":"insufficient_funds"}`, fin('crypto-address', a)); },
  (r) => { const a = c.btcTaproot(r); return pos('bitgo/taproot', `BitGo sendMany error: address ${a} not whitelisted for wallet ${r.hex(32)}`, fin('crypto-address', a)); },
  (r) => { const a = r.int(0, 1) ? c.btcLegacy(r) : c.btcP2sh(r); return pos('kraken/legacy-btc', `kraken WithdrawFunds EFunding:Unknown withdraw key; requested address=${a}`, fin('crypto-address', a)); },
  (r) => { const a = c.ethAddr(r); return pos('fireblocks/eth', `Fireblocks transaction ${r.uuid()} FAILED (BLOCKED_BY_POLICY): destination oneTimeAddress {"address":"${a}"}`, fin('crypto-address', a)); },
  (r) => { const a = r.pick([c.ltcAddr, c.trxAddr, c.dogeAddr])(r); return pos('binance/altcoin', `binance sapi withdraw -4026 invalid address: coin network address=${a}`, fin('crypto-address', a)); },
];
