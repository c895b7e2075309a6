import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet47 } from '../../helpers/blind-set-47';
import { formatOk47 } from '../../helpers/blind-set-47-format';

/** Sealed blind set 47: contact centres and customer support; seed 1: 822 positives, 2280 values (1222 credential, 741 personal, 317 financial), 190 negatives.
 *
 * First sight (lead, 2026-12-06, main a0d728a, 1131 detectors): seeds 1–3 92.3–92.4 % of values fully covered (credential
 * 96.8–97.0 %, personal 86.9–87.2 %, financial 86.8–87.0 %), 0.5 % of negatives flagged (1/190). Floors under the first-sight figures.
 */
describeBlindSet({ n: 47, build: buildBlindSet47, formatOk: formatOk47, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.92, minByGroup: { credential: 0.965, personal: 0.865, financial: 0.865 }, maxFlagged: 0.01 });
