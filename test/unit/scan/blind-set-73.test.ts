import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet73 } from '../../helpers/blind-set-73';
import { formatOk73 } from '../../helpers/blind-set-73-format';

/** Sealed blind set 73: personal data across 50 countries in a global company's integration logs (CRM upserts, billing,
 * KYC/ID checks, address validation, courier label APIs, HRIS sync diffs and payroll files, payouts and bank files,
 * support/email/SMS webhooks, CSV import reports, SQL/GraphQL/queue errors) and the credentials of the services moving it.
 * 138 positive templates (2–12 cases each), 45 negative templates (4 each); seed 1: 781 positives, 3754 values (2005 credential, 1251 personal,
 * 498 financial), 180 negatives.
 */
describeBlindSet({ n: 73, build: buildBlindSet73, formatOk: formatOk73, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
