import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet42 } from '../../helpers/blind-set-42';
import { formatOk42 } from '../../helpers/blind-set-42-format';

/** Sealed blind set 42: logistics, manufacturing and the ERP back office (SAP, NetSuite, Dynamics, Odoo, Sage, Infor, Epicor, Acumatica, WMS/TMS, carriers and freight APIs, EDI X12/EDIFACT over AS2/SFTP/VAN, customs, fleet telematics, OT gateways, procurement, payroll and vendor banking); seed 1: 691 positives, 2029 values (1098 credential, 647 personal, 284 financial), 208 negatives.
 *
 * First sight (lead, 2026-12-06, main 4365883, 994 detectors): seeds 1–3 92.4–92.6 % of values fully covered (credential
 * 94.9–95.1 %, personal 86.4–86.7 %, financial 96.1 %), 0 % of negatives flagged (0/208). Floors under the first-sight figures.
 *
 * Tuned after round r42 (branch r42, 1018 detectors; seeds 1–5): 99.7 % of values fully covered (2022–2023/2029; credential
 * 100 %, personal 98.9–99.1 %, financial 100 %), 0 % of negatives flagged (0/208); the values left are six IPv6-looking
 * addresses per seed written with seven groups and no `::` (not valid IPv6), and in seed 5 a UK street in an EDIFACT NAD segment.
 * Floors just under those figures.
 */
describeBlindSet({ n: 42, build: buildBlindSet42, formatOk: formatOk42, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.996, minByGroup: { credential: 0.995, personal: 0.988, financial: 0.995 }, maxFlagged: 0.01 });
