import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet70 } from '../../helpers/blind-set-70';
import { formatOk70 } from '../../helpers/blind-set-70-format';

/**
 * Sealed blind set 70: payroll, benefits, HR-pay and tax-filing integrations as their sync and filing failures reach an
 * alert (Gusto, ADP Workforce Now with mTLS keys, Rippling, Deel, Remote, Paychex, Paylocity, Justworks, Check, Zenefits;
 * Avalara, TaxJar and Vertex calls; W-2/1099/W-4/P60/P45/T4/STP generation and e-filing; NACHA, BACS, CPA-005 and ABA
 * payroll files; direct-deposit changes, garnishment orders, EDI 834 enrolment, 401(k)/NEST/super contributions; SFTP and
 * PGP transfer jobs and the workers' config dumps); seed 1: 640 positives from 128 templates, 3571 values (1898 credential,
 * 1100 personal, 573 financial), 184 negatives from 46 templates.
 *
 * First sight (seeds 1-3): 85.0 % of values (credential 93.9-94.0 %, personal 82.5-83.0 %, financial 57.1-59.9 %), 2.2 % of
 * negatives flagged.
 *
 * After round r70 (35 detectors, payroll-r70.ts and payroll-r70-keys.ts): seeds 1-3 97.9-98.0 % (credential 99.8-99.9 %,
 * personal 94.3-94.7 %, financial 98.1-98.3 %), 0.0 % flagged; left: names only prose places beside a person (`for Kayla
 * Delgado`, `(member …)`, `Payslip … for Łukasz …`), a Vertex `CustomerCode`, DocuSign tab values, a percent-encoded
 * Stripe `billing_details[name]`, a lone `first_name`; Deel's invoice `amount` (a contractor's bill, kept clean as
 * payment amounts are) and a plan loan `repayment`; `Unit 12/151 Beaufort St` and `6910 Commercial Dr, app. 18` as
 * address lines; a bureau login in prose.
 */
describeBlindSet({ n: 70, build: buildBlindSet70, formatOk: formatOk70, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.975, minByGroup: { credential: 0.995, personal: 0.94, financial: 0.978 }, maxFlagged: 0.005 });
