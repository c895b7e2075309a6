import type { Rng, Sample } from './sample-rng';
import { password } from './generators-cred16';

/** A password without the characters the samples' forms use as delimiters or escapes. */
const pw = (r: Rng): string => password(r, 14).replace(/["'\\^\s#=%&<>@;]/g, 'x');

/** Samples of the detectors of round f20 (values in a second layer of encoding), one realistic context each. */
export const F20_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'entity-quoted-secret': (r) => ['<h1>500 Internal Server Error</h1><pre>POST /api/login body={&quot;username&quot;:&quot;jkowalski&quot;,&quot;password&quot;:&quot;', pw(r), '&quot;}</pre>'],
};
