import type { Rng, Sample } from './sample-rng';
import { B62, DIG } from './sample-rng';

const GIVEN = ['Hiroko', 'Rafael', 'Priya', 'Anselm', 'Gwendolyn', 'Tomasz'];
const FAMILY = ['Nakamura', 'Padilla', 'Mbeki', 'Wojcik', 'Fairweather', 'Quispe'];

/** A title-case `Given Family` name. */
export const person23 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** Samples of the detectors of round f23 (everyday integration errors), one realistic context each. */
export const F23_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-in-contact': (r) => [
    `refund webhook failed: {"customer":{"id":"cus_${r.str(DIG, 8)}","name":"`,
    person23(r),
    `","email":"<masked>","phone":"<masked>"}}`,
  ],
  'env-table-secret': (r) => [
    'Symfony\\Component\\ErrorHandler\\Error\\FatalError\nServer Parameters:\nAPP_ENV prod\nDATABASE_HOST db-primary.internal\nMAILER_PASSWORD ',
    `${r.str(B62, 14)}${r.int(10, 99)}`,
    '\nREDIS_PORT 6379\n',
  ],
};
