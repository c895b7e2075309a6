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
 * Not yet measured: floors at zero until the first-sight run.
 */
describeBlindSet({ n: 70, build: buildBlindSet70, formatOk: formatOk70, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
