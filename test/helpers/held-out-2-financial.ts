import { grouped, type Rng } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';
import { card, cardPrint, ibanFor } from './held-out-2-values';

const cvc = (r: Rng) => String(r.int(100, 999));

/** Financial positives: card numbers (brands, print forms, runs, request dumps), IBANs, bank accounts. */
export const FINANCIAL: readonly PosTemplate[] = [
  [
    'card-stripe-form-dump',
    (r) => {
      const c = card(r, 'visa');
      const v = cvc(r);
      return { text: `Stripe request POST /v1/tokens body: card[number]=${c}&card[exp_month]=0${r.int(1, 9)}&card[exp_year]=20${r.int(27, 31)}&card[cvc]=${v}`, values: [c, v] };
    },
  ],
  [
    'card-json-spaced',
    (r) => {
      const c = cardPrint(card(r, 'mc'), ' ');
      return { text: `{"level":"error","msg":"tokenization failed","payment":{"pan":"${c}","holder":"J KOWALSKI"}}`, values: [c] };
    },
  ],
  [
    'card-dashed-log',
    (r) => {
      const c = cardPrint(card(r, r.pick(['visa', 'discover', 'jcb'] as const)), '-');
      return { text: `checkout-svc WARN retrying authorize for card ${c} (attempt 2/3)`, values: [c] };
    },
  ],
  [
    'card-amex-spaced',
    (r) => {
      const c = cardPrint(card(r, 'amex'), ' ');
      return { text: `ValueError: could not parse expiry for card_number='${c}'`, values: [c] };
    },
  ],
  [
    'card-diners-compact',
    (r) => {
      const c = card(r, 'diners');
      return { text: `ccNumber=${c} ccExp=11/28 gateway=adyen result=Refused`, values: [c] };
    },
  ],
  [
    'cards-run-spaced',
    (r) => {
      const cs = [card(r, 'visa'), card(r, 'mc'), card(r, 'visa')].map((c) => cardPrint(c, ' '));
      return { text: `import batch rejected, column 3 values: ${cs.join(' ')}`, values: cs };
    },
  ],
  [
    'cards-run-csv',
    (r) => {
      const cs = [card(r), card(r), card(r)];
      return { text: `row 17: ${cs.join(',')},EUR,2026-11-30`, values: cs };
    },
  ],
  [
    'card-sql-insert',
    (r) => {
      const c = card(r, 'mc');
      return { text: `ERROR 1406 (22001): Data too long for column 'last4' at row 1: INSERT INTO payments (user_id, last4) VALUES (88213, '${c}')`, values: [c] };
    },
  ],
  [
    'card-in-url',
    (r) => {
      const c = card(r, 'visa');
      return { text: `GET /legacy/pay?amount=49.90&cc=${c}&exp=0929 HTTP/1.1" 500`, values: [c] };
    },
  ],
  [
    'iban-compact-json',
    (r) => {
      const i = ibanFor(r);
      return { text: `SEPA payout failed: {"beneficiary":{"name":"Olga Lindqvist","iban":"${i}"},"reason":"AC04 closed account"}`, values: [i] };
    },
  ],
  [
    'iban-grouped',
    (r) => {
      const i = grouped(ibanFor(r), 4);
      return { text: `Mandate MNDT-${r.digits(6)} rejected: debtor account ${i} (MD01 no valid mandate)`, values: [i] };
    },
  ],
  [
    'iban-camel-key',
    (r) => {
      const i = ibanFor(r, r.pick(['DE', 'NL', 'GB'] as const));
      return { text: `payoutAccount.ibanNumber=${i} bic=${r.pick(['INGBNL2A', 'DEUTDEFF', 'BARCGB22'])}`, values: [i] };
    },
  ],
  [
    'bank-account-ach',
    (r) => {
      const a = r.digits(r.int(9, 12));
      return { text: `ACH return R03 for {"routing_number":"021000021","account_number":"${a}","account_type":"checking"}`, values: [a] };
    },
  ],
  [
    'card-masked-neighbour-full',
    (r) => {
      const c = card(r, 'visa');
      return { text: `pan_masked=${c.slice(0, 6)}******${c.slice(-4)} pan_raw=${c}`, values: [c] };
    },
  ],
];
