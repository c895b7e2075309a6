import type { Rng, Sample } from './sample-rng';
import { B62 } from './sample-rng';
import { cardNumber } from './generators';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pw25 = (r: Rng): string => `${r.str(B62, 6)}!${r.str(B62, 8)}${r.int(10, 99)}`;

/** Samples of the detectors of round f25a (set 25's credential and encoding classes), one realistic context each. */
export const F25A_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'base64-id-under-key': (r) => ['token=tok_x pan=', b64(cardNumber(r).replace(/\D/g, '')), ' (b64) exp=3/31'],
  'terraform-random-password': (r) => ['{"resources":[{"type":"random_password","instances":[{"attributes":{"length":24,"result":"', pw25(r), '"}}]}]}'],
  'multipart-secret-field': (r) => ['------WebKitFormBoundaryA1\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n', `live_${r.str(B62, 32)}`, '\r\n------WebKitFormBoundaryA1--'],
  'multipart-personal-field': (r) => ['------WebKitFormBoundaryA1\r\nContent-Disposition: form-data; name="date_of_birth"\r\n\r\n', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, '\r\n------WebKitFormBoundaryA1--'],
};
