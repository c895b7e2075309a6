import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet43 } from '../../helpers/blind-set-43';
import { formatOk43 } from '../../helpers/blind-set-43-format';

/** Sealed blind set 43: education, public sector and nonprofits; seed 1: 820 positives, 2506 values (1331 credential, 750 personal, 425 financial), 198 negatives.
 *
 * First sight (lead, 2026-12-06, main cb1a64d, 1065 detectors): seeds 1–3 84.9–85.4 % of values fully covered (credential
 * 89.3–89.9 %, personal 77.7 %, financial 83.8–84.5 %), 3.0 % of negatives flagged (6/198).
 *
 * After round r43 (1088 detectors): seeds 1–5 97.6–97.8 % of values fully covered (credential 98.6–98.9 %, personal
 * 94.4–94.7 %, financial 99.5–100 %), 0.0 % of negatives flagged (0/198). Floors just under those figures.
 */
describeBlindSet({ n: 43, build: buildBlindSet43, formatOk: formatOk43, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.975, minByGroup: { credential: 0.985, personal: 0.94, financial: 0.99 }, maxFlagged: 0.01 });
