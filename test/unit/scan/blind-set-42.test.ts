import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet42 } from '../../helpers/blind-set-42';
import { formatOk42 } from '../../helpers/blind-set-42-format';

/** Sealed blind set 42: logistics, manufacturing and the ERP back office (SAP, NetSuite, Dynamics, Odoo, Sage, Infor, Epicor, Acumatica, WMS/TMS, carriers and freight APIs, EDI X12/EDIFACT over AS2/SFTP/VAN, customs, fleet telematics, OT gateways, procurement, payroll and vendor banking); seed 1: 691 positives, 2029 values (1098 credential, 647 personal, 284 financial), 208 negatives. */
describeBlindSet({ n: 42, build: buildBlindSet42, formatOk: formatOk42, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
