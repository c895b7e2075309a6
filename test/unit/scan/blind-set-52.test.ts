import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet52 } from '../../helpers/blind-set-52';
import { formatOk52 } from '../../helpers/blind-set-52-format';

/** Sealed blind set 52: life sciences and research; seed 1: 715 positives, 2300 values (1300 credential, 655 personal, 345 financial), 200 negatives.
 *
 * First sight (lead, 2026-12-06 15:02 UTC, 1173 detectors): seeds 1–3 89.9–90.2 % of values fully covered (credential 96.9 %,
 * personal 72.8–73.9 %, financial 95.7 %), 3.5–6.0 % of negatives flagged; 1.0–1.5 % after three fixes made then (trial
 * recruitment mailboxes, a container image's four-part tag, FASTQ quality runs read as IPv6). Floors under the first-sight
 * figures (flagged: after the fixes). The author saw file names under src/ (not their contents) through a compiler error
 * before writing blind-set-52-t-more.ts.
 *
 * Round r52 (general detectors in src/scan/detectors/research-r52.ts, 1197 detectors): seeds 1–5 99.4–99.5 % covered
 * (credential 99.9–100 %, personal 97.9–98.3 %, financial 100 %), 1.0–2.0 % flagged (the same public site phone
 * numbers as before). Floors raised to just under the worst of seeds 1–5.
 */
describeBlindSet({ n: 52, build: buildBlindSet52, formatOk: formatOk52, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.99, minByGroup: { credential: 0.995, personal: 0.975, financial: 0.995 }, maxFlagged: 0.02 });
