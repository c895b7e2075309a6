import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet40 } from '../../helpers/blind-set-40';
import { formatOk40 } from '../../helpers/blind-set-40-format';
/** Sealed blind set 40: observability, logging pipelines and on-call tooling (agents and collectors, exporters, APM and error tracking, alert routing, and the user and payment data in their spans and log events); seed 1: 808 positives, 2520 values (1376 credential, 784 personal, 360 financial), 208 negatives.
 *
 * First sight (lead, 2026-12-06, main a9d0daf, 994 detectors): seeds 1–3 89.2–89.3 % of values fully covered (credential
 * 87.2–87.4 %, personal 89.8–90.2 %, financial 95.0–95.6 %), 3.8 % of negatives flagged (8/208: Datadog RUM client
 * tokens). Round r40 (branch r40, 19 detectors: 99.3–99.5 %, 0 % flagged, seeds 1–5) is not merged: with its samples
 * the prefilter-equivalence test (long lines, seed 4) names a %20-grouped IBAN `iban` where a scan of every detector
 * names it `iban-url-encoded`. Floors under the first-sight figures.
 */
describeBlindSet({ n: 40, build: buildBlindSet40, formatOk: formatOk40, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.89, minByGroup: { credential: 0.87, personal: 0.89, financial: 0.945 }, maxFlagged: 0.04 });
