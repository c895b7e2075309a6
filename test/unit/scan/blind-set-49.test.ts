import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet49 } from '../../helpers/blind-set-49';
import { formatOk49 } from '../../helpers/blind-set-49-format';

/** Sealed blind set 49: online communities, dating and social apps, and trust and safety; seed 1: 612 positives, 2101 values (1096 credential, 691 personal, 314 financial), 192 negatives.
 * Round r49 tuned figures, seeds 1–5: 98.0–98.7 % of values covered (credential 100.0 %, personal 97.3–98.3 %, financial 92.6–95.8 %), 0.0 % of negatives flagged
 * (before: 90.5–91.2 %, credential 95.6 %, personal 81.4–82.3 %, financial 92.6–95.8 %, 4.2 % flagged). */
describeBlindSet({ n: 49, build: buildBlindSet49, formatOk: formatOk49, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.975, minByGroup: { credential: 0.995, personal: 0.97, financial: 0.92 }, maxFlagged: 0.005 });
