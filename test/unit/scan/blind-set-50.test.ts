import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet50 } from '../../helpers/blind-set-50';
import { formatOk50 } from '../../helpers/blind-set-50-format';

/** Sealed blind set 50: clinics, pharmacies, labs, telehealth and wearables; seed 1: 658 positives, 2402 values (1238 credential, 809 personal, 355 financial), 190 negatives. Round r50 (seeds 1-5): about 94 % covered (credential 99.4-99.5, personal about 82.5, financial 100), 2.6 % of negatives flagged (a practice address under its name in a contact block). */
// Round l87: financial 0.999 -> 0.98. This set plants a clinic's EIN in an X12 organisation loop (`NM1*85*2*…~REF*EI*…`,
// `N1*PE*<clinic>~REF*TJ*…`) as financial; blind set 87 holds the same as a negative, and the scanner now sides with it:
// an organisation's tax id is the business's (6 of 355 values at seed 1).
describeBlindSet({ n: 50, build: buildBlindSet50, formatOk: formatOk50, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.935, minByGroup: { credential: 0.993, personal: 0.82, financial: 0.98 }, maxFlagged: 0.027 });
