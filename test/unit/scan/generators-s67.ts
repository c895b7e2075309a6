import { einValid } from '../../../src/scan/id-checksums-world';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** Samples of the detectors fixed after blind set 67 (detectors/fixes-s67.ts), in contexts of our own. */
const ein = (r: Rng): string => {
  for (;;) {
    const v = `${r.pick(['12', '27', '46', '54', '83', '94'])}-${r.str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};

/** Samples keyed by detector id. */
export const S67_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'us-ein-under-tax-id-key': (r) => ["1099 export rejected: Payee{Name='x', TaxIdentifier='", ein(r), "', Type=Individual}"],
  'intacct-session-id': (r) => ['<authentication><sessionid>', `${r.str(UPPER, 3)}${r.str(LOWER, 9)}${r.str(DIG, 4)}${r.str(B62, 14)}..`, '</sessionid></authentication>'],
  'oauth1-signing-key-quoted': (r) => ['tba debug: key = "', `${r.str(HEX, 64)}&${r.str(HEX, 64)}`, '" method=HMAC-SHA256'],
};
