import { luhnDigit } from './generators-pf16';
import { DIG, type Rng, type Sample } from './sample-rng';

/** A random Visa number with its Luhn digit (never one of the published test cards: random body). */
const visa = (r: Rng): string => {
  const body = '4' + r.str(DIG, 14);
  return body + luhnDigit(body);
};

/** Sample lines (context before, value, context after) for the detectors of round pf17. */
export const PF17_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'card-data-csv-column': (r) => [`export cards.csv:\ncard_number,cvv,holder\n${visa(r)},`, String(r.int(100, 999)), ',Jane Roe'],
  'street-address-csv-column': (r) => ['customers.csv:\nname,address,city,postcode\nJane Roe,', `${r.int(2, 299)} ${r.pick(['Kingsway', 'Elm Grove', 'Market Hill'])}`, ',Manchester,M19 2LL'],
  'birth-date-epoch-number': (r) => ['{"payload":{"before":null,"after":{"id":' + r.int(1, 9999) + ',"birth_date":', String(r.int(1000, 12000) * (r.int(0, 1) === 1 ? 1 : -1)), '},"op":"c"}}'],
  'personal-id-sql-parameter': (r) => [
    "LOG:  execute <unnamed>: INSERT INTO customers (plan, tax_id, created_at) VALUES ($1, $2, now())\nDETAIL:  parameters: $1 = 'pro-" + r.int(1, 99) + "', $2 = '",
    `${r.int(100, 665)}${r.int(10, 99)}${r.int(1000, 9999)}`,
    "'",
  ],
  'card-expiry-next-line': (r) => [`ticket #${r.int(1000, 9999)} fields:\nCard number: ${visa(r).replace(/(\d{4})(?=\d)/g, '$1 ')}\nExpiry: `, `0${r.int(1, 9)}/${r.int(27, 31)}`, '\nName: Jane Roe'],
  'card-pin-beside-card': (r) => [`chat transcript: customer: my card is ${visa(r).replace(/(\d{4})(?=\d)/g, '$1 ')} and the PIN is `, String(r.int(1000, 9999)), ' please hurry'],
  'base64-wrapped-personal-data': (r) => [
    '{"message":{"data":"',
    Buffer.from(JSON.stringify({ event: 'signup', email: `${r.pick(['ann.lee', 'j.smith', 'maria'])}${r.int(10, 99)}@gmail.com`, plan: 'pro' })).toString('base64'),
    '","messageId":"' + r.str(DIG, 16) + '"}}',
  ],
  'street-address-de-preposition': (r) => [
    'Lieferung an: ',
    `${r.pick(['Am Mühlbach', 'An der Alster', 'Im Tal', 'Zum Anger', 'Auf dem Berg', 'In den Gärten'])} ${r.int(1, 199)}${r.pick(['', 'a', 'b'])}, ${r.int(10, 99)}${r.int(100, 999)} ${r.pick(['Berlin', 'Hamburg', 'München', 'Leipzig'])}`,
    '. Danke!',
  ],
};
