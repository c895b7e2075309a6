import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet53 } from '../../helpers/blind-set-53';
import { formatOk53 } from '../../helpers/blind-set-53-format';

/** Sealed blind set 53: construction, facilities and property operations; seed 1: 652 positives, 2567 values (1307 credential, 903 personal, 357 financial), 190 negatives.
 *
 * First sight (lead, 2026-12-06 15:02 UTC, 1173 detectors): seeds 1–3 89.0–89.2 % of values fully covered (credential
 * 95.9–96.0 %, personal 82.1–82.5 %, financial 80.7–81.0 %), 5.3 % of negatives flagged; 2.6 % after a fix made then
 * (dispatch and accounts-payable mailboxes; left: building-system version strings read as IPv4). Floors under the
 * first-sight figures (flagged: after the fix).
 *
 * Round r53 (2026-12-06, 1188 detectors): seeds 1–5 98.3–98.5 % covered (credential 99.5–99.6 %, personal 95.8–96.3 %,
 * financial 100.0 %), 0.0 % of negatives flagged (building-system version strings on an inventory line no longer read as
 * IPv4). Floors just under the worst seed.
 */
describeBlindSet({ n: 53, build: buildBlindSet53, formatOk: formatOk53, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.98, minByGroup: { credential: 0.99, personal: 0.955, financial: 0.995 }, maxFlagged: 0.01 });
