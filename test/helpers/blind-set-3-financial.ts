import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, financial cases: card numbers of several brands with and without separators,
 * runs of cards, IBANs compact and grouped, in log and payload contexts.
 */
export const FINANCIAL: Record<string, PositiveMaker> = {
  'card-visa-json': (v) => {
    const c = v.card('visa');
    return { text: `{"payment_method":{"type":"card","card":{"number":"${c}","exp_month":11,"exp_year":2029}}}`, values: [c] };
  },
  'card-mc-spaces-log': (v) => {
    const c = v.card('mc', ' ');
    return { text: `WARN checkout: tokenization failed, falling back; card=${c} exp=07/28`, values: [c] };
  },
  'card-amex-dashes': (v) => {
    const c = v.card('amex', '-');
    return { text: `Customer wrote: "please charge my Amex ${c} instead"`, values: [c] };
  },
  'card-discover-form-body': (v) => {
    const c = v.card('discover');
    return { text: `POST /pay body=cc_number=${c}&cc_exp=0928&cc_cvv=482&name=J+Doe`, values: [c] };
  },
  'card-run-single-spaces': (v) => {
    const a = v.card('visa', ' '),
      b = v.card('mc', ' ');
    return { text: `batch refund list: ${a} ${b}`, values: [a, b] };
  },
  'card-run-comma': (v) => {
    const a = v.card('visa'),
      b = v.card('visa'),
      c = v.card('mc');
    return { text: `fraud-rule hit for cards ${a},${b},${c}`, values: [a, b, c] };
  },
  'card-sql-literal': (v) => {
    const c = v.card('visa');
    return { text: `ERROR:  value too long for type character varying(12)\nSTATEMENT:  UPDATE payments SET pan = '${c}' WHERE id = 8812`, values: [c] };
  },
  'card-java-tostring': (v) => {
    const c = v.card('mc');
    return { text: `java.lang.IllegalStateException: PaymentRequest(amount=42.00, currency=EUR, cardNumber=${c}, holder=null)`, values: [c] };
  },
  'card-python-dict': (v) => {
    const c = v.card('amex');
    return { text: `ValidationError: {'card': {'number': '${c}', 'cvc': '1234'}}`, values: [c] };
  },
  'card-escaped-json': (v) => {
    const c = v.card('visa');
    return { text: `{"queue":"payments","payload":"{\\"pan\\":\\"${c}\\",\\"amount\\":1999}"}`, values: [c] };
  },
  'card-line-start': (v) => {
    const c = v.card('discover', ' ');
    return { text: `${c}\n^ found in free-text field "delivery_notes" of order 77123`, values: [c] };
  },
  'card-markdown-table': (v) => {
    const c = v.card('mc', '-');
    return { text: `| order | card | status |\n|---|---|---|\n| 88123 | ${c} | declined |`, values: [c] };
  },
  'card-graphql-input': (v) => {
    const c = v.card('visa', ' ');
    return { text: `{"errors":[{"message":"Card declined","extensions":{"input":{"card":"${c}","cvv":"***"}}}]}`, values: [c] };
  },
  'card-url-query': (v) => {
    const c = v.card('visa');
    return { text: `10.0.0.5 - - [03/Nov/2026:15:20:00 +0000] "GET /legacy/pay?ccnum=${c}&amt=19.99 HTTP/1.0" 302 0`, values: [c] };
  },
  'iban-de-compact-json': (v) => {
    const i = v.iban('DE');
    return { text: `{"sepa_debit":{"iban":"${i}","mandate":"accepted"}}`, values: [i] };
  },
  'iban-gb-grouped-text': (v) => {
    const i = v.iban('GB', true);
    return { text: `Refund to account holder R. Patel, IBAN ${i}, ref 2026-11-REF`, values: [i] };
  },
  'iban-fr-xml': (v) => {
    const i = v.iban('FR');
    return { text: `<CdtrAcct><Id><IBAN>${i}</IBAN></Id></CdtrAcct>`, values: [i] };
  },
  'iban-nl-logfmt': (v) => {
    const i = v.iban('NL');
    return { text: `level=error msg="payout failed" beneficiary_iban=${i} amount=1200.00`, values: [i] };
  },
  'iban-es-grouped-yaml': (v) => {
    const i = v.iban('ES', true);
    return { text: `payout:\n  holder: Lucia Fernandez\n  iban: "${i}"`, values: [i] };
  },
  'iban-de-grouped-exception': (v) => {
    const i = v.iban('DE', true);
    return { text: `SepaException: mandate rejected for ${i}: AC04 account closed`, values: [i] };
  },
  'iban-gb-sql': (v) => {
    const i = v.iban('GB');
    return { text: `INSERT INTO payees (name, iban) VALUES ('Oliver Grant', '${i}');`, values: [i] };
  },
  'iban-fr-csv': (v) => {
    const i = v.iban('FR', true);
    return { text: `Dupont;Claire;${i};BNPAFRPPXXX`, values: [i] };
  },
  'card-and-iban-together': (v) => {
    const c = v.card('mc'),
      i = v.iban('NL');
    return { text: `customer switched from card ${c} to SEPA ${i}`, values: [c, i] };
  },
  'card-stripe-error-raw': (v) => {
    const c = v.card('visa');
    return { text: `Stripe::CardError: Sending credit card numbers directly to the Stripe API is generally unsafe. raw: {"card[number]": "${c}"}`, values: [c] };
  },
};
