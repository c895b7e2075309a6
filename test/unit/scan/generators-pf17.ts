import { luhnDigit } from './generators-pf16';
import { DIG, type Rng, type Sample } from './sample-rng';

/** A random Visa number with its Luhn digit (never one of the published test cards: random body). */
const visa = (r: Rng): string => {
  const body = '4' + r.str(DIG, 14);
  return body + luhnDigit(body);
};

/** Sample lines (context before, value, context after) for the detectors of round pf17. */
export const PF17_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'card-data-csv-column': (r) => [`export cards.csv:\ncard_number,exp,cvv,holder\n${visa(r)},0${r.int(1, 9)}/${r.int(27, 31)},`, String(r.int(100, 999)), ',Jane Roe'],
  'base64-wrapped-personal-data': (r) => [
    '{"message":{"data":"',
    Buffer.from(JSON.stringify({ event: 'signup', email: `${r.pick(['ann.lee', 'j.smith', 'maria'])}${r.int(10, 99)}@gmail.com`, plan: 'pro' })).toString('base64'),
    '","messageId":"' + r.str(DIG, 16) + '"}}',
  ],
};
