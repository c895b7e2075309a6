import { aba, brandCard, groupCard, groupIban, iban } from './blind-set-12-checks';
import { ethAddr } from './blind-set-12-ids';
import type { Rng12 } from './blind-set-12-rng';
import { fin, pos, type PosCase12 } from './blind-set-12-types';

/** A CVC that does not occur inside `card`. */
const cvcFor = (r: Rng12, card: string, n = 3): string => {
  for (;;) {
    const c = r.digits(n);
    if (!card.includes(c) && c[0] !== '0') return c;
  }
};

/** Cards, CVCs, IBANs, US bank numbers and wallets in payment and payout logs. */
export const financial: PosCase12[] = [
  (r) => {
    const c = brandCard(r, 'visa');
    const cvc = cvcFor(r, c);
    return pos('card/razorpay-s2s', `Razorpay S2S error BAD_REQUEST_ERROR: {"card":{"number":"${c}","cvv":"${cvc}","expiry_month":"0${r.int(1, 9)}","expiry_year":"2${r.int(7, 9)}"}}`, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'mastercard'), ' ');
    return pos('card/support-chat', `intercom transcript flagged: customer wrote "my card ${c} keeps getting declined at checkout"`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'amex'), '-');
    return pos('card/legacy-soap', `<ns2:PaymentRequest><CardNumber>${c}</CardNumber><ExpDate>1128</ExpDate></ns2:PaymentRequest>\nSOAPFault: Server was unable to process request`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'discover');
    return pos('card/sql-insert', `ERROR 1406 (22001): Data too long for column 'pan_last4' at row 1\nINSERT INTO payments (order_id, pan_last4) VALUES (${r.int(100000, 999999)}, '${c}');`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    const cvc = cvcFor(r, c);
    return pos('card/paystack-charge', `paystack charge.create 400 Invalid card {"card":{"number":"${c}","cvv":"${cvc}","expiry_month":"11","expiry_year":"2029"}}`, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const c = brandCard(r, 'unionpay');
    return pos('card/mercadopago-py', `mercadopago.exceptions: 400 bad_request\n  payload={'card_number': '${c}', 'security_code': '***', 'payment_method_id': 'unionpay'}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'diners');
    return pos('card/diners-log', `WARN PaymentGateway - declined pan=${c} reason=DO_NOT_HONOR merchant=${r.int(10000, 99999)}`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'visa'), ' ');
    const exp = `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;
    return pos('card/ocr-receipt', `textract: extracted fields {"CARD_NUMBER":"${c}","EXPIRY":"${exp}","NAME_ON_CARD":"INGRID HALVORSEN"}`, fin('card', c));
  },
  (r) => {
    const i = iban(r, 'DE');
    return pos('iban/gocardless', `GoCardless::ValidationFailedError: Validation failed\n  bank_account: {iban: "${i}", account_holder_name: "Henrik Lindqvist"}`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'FR'));
    return pos('iban/qonto-json', `{"error":"beneficiary_invalid","beneficiary":{"name":"Lucien Marchand","iban":"${i}","bic":"AGRIFRPP"}}`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'ES');
    return pos('iban/sepa-xml', `<CdtrAcct><Id><IBAN>${i}</IBAN></Id></CdtrAcct>\nBankingException: pain.001 rejected by ordering bank (AC01)`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'NL');
    return pos('iban/mollie', `Mollie\\Api\\Exceptions\\ApiException: [422] The consumer account is invalid. Field: consumerAccount. Value: ${i}`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'GB'));
    return pos('iban/wise-csv', `wise bulk transfer row 7 failed: "Saoirse Ní Bhriain","${i}","GBP","412.00"`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'PL');
    return pos('iban/pl-yaml', `payout:\n  recipient: Tomasz Wiśniewski\n  iban: ${i}\n  error: ACCOUNT_CLOSED`, fin('iban', i));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(10);
    return pos('ach/plaid-dump', `PlaidError: INVALID_ACCOUNT_NUMBER\n  numbers.ach: [{account: '${acct}', routing: '${rt}', wire_routing: null}]`, fin('routing-number', rt), fin('account-number', acct));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(12);
    return pos('ach/gusto-bank', `gusto bank_account.create 422 {"routing_number":"${rt}","account_number":"${acct}","account_type":"Checking"}`, fin('routing-number', rt), fin('account-number', acct));
  },
  (r) => {
    const a = ethAddr(r);
    return pos('crypto/withdrawal', `withdrawal ${r.uuid()} failed: insufficient gas; to=${a} amount=0.42 ETH user=${r.int(10000, 99999)}`, fin('crypto-address', a));
  },
];
