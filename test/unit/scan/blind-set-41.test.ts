import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet41 } from '../../helpers/blind-set-41';
import { formatOk41 } from '../../helpers/blind-set-41-format';

/** Sealed blind set 41: integration platforms and workplace SaaS glue (iPaaS, workplace suite APIs, work management, files and e-signature, forms and scheduling) and the records that flow through them; seed 1: 848 positives, 2886 values (1520 credential, 974 personal, 392 financial), 232 negatives.
 *
 * First sight (lead, 2026-12-06, main 5ff2608, 994 detectors): seeds 1–3 93.5–93.6 % of values fully covered (credential
 * 93.7 %, personal 91.4–91.8 %, financial 98.0 %), 10.3 % of negatives flagged (24/232: three look-alike templates,
 * every case of each). Floors under the first-sight figures.
 *
 * Tuned after round r41 (2026-12-06, 1002 detectors): seeds 1–5 99.2–99.3 % covered (credential 99.9–100 %, personal
 * 97.7–98.0 %, financial 100 %), 0 % of negatives flagged (a redacted service-account key, documentation and loopback
 * n8n hooks, counting-run test accounts). Floors just under those figures.
 */
describeBlindSet({ n: 41, build: buildBlindSet41, formatOk: formatOk41, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.99, minByGroup: { credential: 0.995, personal: 0.975, financial: 0.995 }, maxFlagged: 0.01 });
