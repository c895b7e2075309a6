import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet51 } from '../../helpers/blind-set-51';
import { formatOk51 } from '../../helpers/blind-set-51-format';

/** Sealed blind set 51: automotive retail and mobility; seed 1: 566 positives, 2295 values (1202 credential, 801 personal, 292 financial), 175 negatives.
 *
 * First sight (lead, 2026-12-06 15:02 UTC, 1173 detectors): seeds 1–3 87.8–87.9 % of values fully covered (credential 94.0 %,
 * personal 76.7–76.8 %, financial 92.1–93.2 %), 3.4–4.0 % of negatives flagged (dealers' own addresses in contact footers, a
 * parking operator's name under a CI role key). Floors under the first-sight figures.
 *
 * Round r51 (2026-12-06, mobility-r51.ts and small widenings): seeds 1–5 98.1–98.2 % of values fully covered (credential 98.0–98.3 %,
 * personal 97.4–97.6 %, financial 99.7–100 %), 2.9 % of negatives flagged (the dealers' footer addresses left). Floors under those.
 */
describeBlindSet({ n: 51, build: buildBlindSet51, formatOk: formatOk51, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.975, minByGroup: { credential: 0.975, personal: 0.955, financial: 0.995 }, maxFlagged: 0.03 });
