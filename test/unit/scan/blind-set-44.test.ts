import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet44 } from '../../helpers/blind-set-44';
import { formatOk44 } from '../../helpers/blind-set-44-format';

/** Sealed blind set 44: insurance, real estate and legal; seed 1: 837 positives, 3020 values (1614 credential, 983 personal, 423 financial), 221 negatives.
 *
 * First sight (lead, 2026-12-06, main cb1a64d, 1065 detectors): seeds 1–3 83.7–83.9 % of values fully covered (credential
 * 91.1 %, personal 72.6–73.2 %, financial 81.1–81.3 %), 3.2 % of negatives flagged (7/221). Floors under the first-sight figures.
 */
describeBlindSet({ n: 44, build: buildBlindSet44, formatOk: formatOk44, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.835, minByGroup: { credential: 0.91, personal: 0.725, financial: 0.81 }, maxFlagged: 0.035 });
