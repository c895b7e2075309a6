import { fin, pos, type PosCase9 } from './blind-set-9-types';
import { aba, brandCard, groupCard, groupIban, iban } from './blind-set-9-checks';
import { base58check, bech32Address } from './blind-set-9-crypto';
import type { Rng9 } from './blind-set-9-rng';

/** A 3-digit CVC that does not also occur inside the card number or the fixed text around it. */
function cvcOutside(r: Rng9, ...around: string[]): string {
  for (;;) {
    const v = r.digits(3);
    if (!around.some((t) => t.includes(v))) return v;
  }
}

/** Financial values: cards, CVCs, IBANs, US routing/account numbers, wallet addresses. */
export const financial: PosCase9[] = [
  (r) => {
    const c = brandCard(r, 'visa');
    return pos('fin/card-json-plain', `{"level":"error","msg":"charge declined","payment":{"card_number":"${c}","exp":"0${r.int(1, 9)}/2${r.int(7, 9)}","amount":4999}}`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'mastercard'), ' ');
    const v = cvcOutside(r, encodeURIComponent(c), 'POST /api/checkout 500');
    return pos('fin/card-form-spaced-cvv', `POST /api/checkout 500 body: cardholder=Chlo%C3%A9+Moreau&number=${encodeURIComponent(c)}&cvc=${v}&exp_month=11`, fin('card', encodeURIComponent(c)), fin('cvc', v));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'amex'), '-');
    return pos('fin/card-amex-dashed', `Braintree::ErrorResult processor_response_code=2004 message="Expired Card" credit_card[number]=${c}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'discover');
    const v = cvcOutside(r, c);
    return pos('fin/card-python-dict', `adyen.exceptions.AdyenAPIValidationError: {'paymentMethod': {'type': 'scheme', 'number': '${c}', 'cvc': '${v}', 'expiryMonth': '03'}}`, fin('card', c), fin('cvc', v));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    return pos('fin/card-xml', `<PaymentRequest><Card><Number>${c}</Number><Holder>Yuki Tanaka</Holder></Card></PaymentRequest> -> SOAP Fault: Card rejected`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'unionpay'), ' ');
    return pos('fin/card-unionpay-log', `WARN payment-gateway: unionpay auth failed pan=${c} rc=05 (do not honor)`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'diners');
    return pos('fin/card-diners-sql', `ERROR: value too long for type character varying(12)\nSTATEMENT: UPDATE payment_methods SET last4 = '${c}' WHERE id = ${r.int(1000, 9999)}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'mastercard');
    const v = cvcOutside(r, c);
    return pos('fin/card-java-tostring', `PaymentDetails{cardNumber=${c}, cvv=${v}, expiry=09/28, holder='Tomás Costa'}`, fin('card', c), fin('cvc', v));
  },
  (r) => {
    const c = brandCard(r, 'visa');
    return pos('fin/card-stacktrace', `Traceback (most recent call last):\n  File "/app/billing/tokenize.py", line 88, in tokenize\n    resp = vault.tokenize(pan="${c}")\nvault.errors.Timeout: tokenization service timed out after 5000ms`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'visa'), ' ');
    const v = cvcOutside(r, c);
    return pos('fin/card-chat-text', `Slack message in #support: customer wrote "my card is ${c} and the security code ${v}, why was it declined?"`, fin('card', c), fin('cvc', v));
  },
  (r) => {
    const i = iban(r, 'DE');
    return pos('fin/iban-de-json', `{"error":"sepa_mandate_failed","debtor":{"iban":"${i}","bic":"COBADEFFXXX"},"mandate_ref":"MD-${r.digits(8)}"}`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'FR'));
    return pos('fin/iban-fr-grouped', `Stripe SEPA: payment_method.sepa_debit invalid: IBAN ${i} – compte clôturé`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'ES');
    return pos('fin/iban-es-yaml', `payout_account:\n  holder: Mateo García\n  iban: ${i}\n  swift: CAIXESBBXXX`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'GB');
    return pos('fin/iban-gb-xml', `<CdtrAcct><Id><IBAN>${i}</IBAN></Id></CdtrAcct> pain.001 rejected: AC01 IncorrectAccountNumber`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'NL'));
    return pos('fin/iban-nl-text', `Mollie refund failed (422): The IBAN "${i}" is not valid for SEPA credit transfer`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'BE');
    return pos('fin/iban-be-csv', `line 42: ${r.int(1000, 9999)};Novak;${i};EUR;129.90;REJECTED`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'PL');
    return pos('fin/iban-pl-form', `payout form 400: account_number=${i}&currency=PLN&name=Novak`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'CH'));
    return pos('fin/iban-ch-prose', `Wise transfer #${r.digits(9)} bounced: recipient IBAN ${i} closed by bank`, fin('iban', i));
  },
  (r) => {
    const rt = aba(r);
    const a = r.digits(r.int(9, 12));
    return pos('fin/ach-json', `{"error_code":"INVALID_ACCOUNT_NUMBER","ach":{"routing_number":"${rt}","account_number":"${a}","account_type":"checking"}}`, fin('routing-number', rt), fin('bank-account', a));
  },
  (r) => {
    const rt = aba(r);
    const a = r.digits(10);
    return pos('fin/ach-stripe-form', `stripe: POST /v1/tokens bank_account[routing_number]=${rt}&bank_account[account_number]=${a}&bank_account[country]=US -> 400`, fin('routing-number', rt), fin('bank-account', a));
  },
  (r) => {
    const a = bech32Address(r.bytes(20));
    return pos('fin/btc-bech32', `{"msg":"withdrawal stuck","asset":"BTC","withdrawal_address":"${a}","amount":"0.0412"}`, fin('crypto-address', a));
  },
  (r) => {
    const a = base58check(r.pick([0, 5]), r.bytes(20));
    return pos('fin/btc-base58', `coinbase-commerce webhook: charge:failed payout_wallet=${a} network=bitcoin`, fin('crypto-address', a));
  },
  (r) => {
    const a = '0x' + r.hex(40);
    return pos('fin/eth-wallet', `ethers: transaction reverted: {"from":"${a}","to":"0x${r.hex(40)}","wallet":"${a}"} code=CALL_EXCEPTION`.replace(`"to":"0x`, `"contract":"0x`), fin('crypto-address', a));
  },
];
