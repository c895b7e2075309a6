import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet45 } from '../../helpers/blind-set-45';
import { formatOk45 } from '../../helpers/blind-set-45-format';

/** Sealed blind set 45: developer workstations, package registries and source hosting; seed 1: 760 positives, 3258 values (1719 credential, 1070 personal, 469 financial), 245 negatives.
 *
 * First sight (lead, 2026-12-06, main c6a50ed, 1065 detectors): seeds 1–3 93.2–93.3 % of values fully covered (credential
 * 96.5 %, personal 88.8–89.0 %, financial 91.1–91.7 %), 2.9 % of negatives flagged (7/245).
 *
 * After round r45 (1089 detectors): seeds 1–5 98.9–99.05 % of values fully covered (credential 100 %, personal 100 %,
 * financial 92.3–93.4 %), 0 % of negatives flagged (0/245). Floors under the round-r45 figures. Left: VAT ids of companies
 * (sellers, vendors; random digits without their check digits) and NACHA batch-header company ids (set 33 holds them clean).
 */
describeBlindSet({ n: 45, build: buildBlindSet45, formatOk: formatOk45, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.985, minByGroup: { credential: 0.995, personal: 0.995, financial: 0.92 }, maxFlagged: 0.005 });
