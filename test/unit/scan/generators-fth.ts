import type { Rng, Sample } from './sample-rng';
import { B62, B64, DIG, HEX } from './sample-rng';

/** A random string of `alphabet` with a digit and an uppercase letter in front (a generated key, never all one class). */
const gen = (r: Rng, alphabet: string, n: number): string => `${r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ'])}${r.str(DIG, 1)}${r.str(alphabet, n - 2)}`;

/** A random hex string holding a digit and a letter. */
const hex = (r: Rng, n: number): string => `${r.str('abcdef', 1)}${r.str(DIG, 1)}${r.str(HEX, n - 2)}`;

/** Samples of the detectors of round fth (key forms measured against TruffleHog's pattern tests), one realistic context each. */
export const FTH_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'numbered-secret-assignment': (r) => ["harness_token1 = '", gen(r, B62, 32), "'"],
  'subscript-secret-assignment': (r) => ['os.environ["OPENAI_API_KEY"] = \'', hex(r, 32), "'"],
  'table-row-secret': (r) => ['| apiKey | ', hex(r, 40), ' |'],
  'dash-secret-assignment': (r) => ["crm token - '", gen(r, B62, 40), "'"],
  'jenkins-encrypted-secret': (r) => ['<secret>{', `AQAAABAAAAAQ${gen(r, B64, 64)}=`, '}</secret>'],
  'rootly-api-key': (r) => ['ROOTLY_API_TOKEN=', `rootly_${hex(r, 64)}`, ''],
};
