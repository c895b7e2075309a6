import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet29 } from '../../helpers/blind-set-29';
import { formatOk29 } from '../../helpers/blind-set-29-format';

/**
 * Sealed blind set 29: consumer mobile apps and travel bookings — crash reports, push, app stores,
 * analytics, sign-in, in-app payments, GDS/NDC/PNR/APIS, hotel PMS, car rental and support exports.
 * Size measured for seeds 1–3: 470 positives from 94 templates
 * (5 each), 160 negatives from 40 templates (4 each); values 1,759 / 1,755 / 1,726 (credential 930 / 923 / 906,
 * personal 583 / 589 / 578, financial 246 / 243 / 242), i.e. about 53 % credential, 33 % personal, 14 % financial.
 */
describeBlindSet({
  n: 29,
  build: buildBlindSet29,
  formatOk: formatOk29,
  minSize: { positives: 465, values: 1640, negatives: 160 },
  minCovered: 0.5,
  minByGroup: { credential: 0.5, personal: 0.3, financial: 0.3 },
  maxFlagged: 0.5,
});
