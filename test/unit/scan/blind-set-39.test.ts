import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet39 } from '../../helpers/blind-set-39';
import { formatOk39 } from '../../helpers/blind-set-39-format';

/** Sealed blind set 39: data engineering and analytics (warehouses and lakehouses, ELT/CDC, orchestration, Spark/EMR and notebooks, BI, reverse ETL, object storage, customer rows in error logs); seed 1: 615 positives, 1685 values (895 credential, 555 personal, 235 financial), 204 negatives.
 *
 * First sight (lead, 2026-12-06, main a9d0daf, 994 detectors): seeds 1–3 85.2–85.4 % of values fully covered (credential
 * 87.6–87.9 %, personal 78.6–79.1 %, financial 91.5 %), 2.0 % of negatives flagged (4/204: service-account mailboxes).
 * Round r39 (branch r39, 21 detectors: 97.6–97.8 %, seeds 1–5) is not merged: its device-advertising-id and
 * odbc-braced-password detectors flag look-alikes of sets 29 and 31. Floors under the first-sight figures.
 */
describeBlindSet({ n: 39, build: buildBlindSet39, formatOk: formatOk39, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.85, minByGroup: { credential: 0.87, personal: 0.78, financial: 0.91 }, maxFlagged: 0.025 });
