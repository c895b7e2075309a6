import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet37 } from '../../helpers/blind-set-37';
import { formatOk37 } from '../../helpers/blind-set-37-format';

/**
 * Sealed blind set 37: retail stores, restaurants and point of sale (POS platforms, payment terminals, gift cards and loyalty, ordering and delivery, reservations, staff and payroll, suppliers, store IT, service configs); seed 1: 846 positives, 2952 values (1512 credential, 1044 personal, 396 financial), 230 negatives.
 */
describeBlindSet({ n: 37, build: buildBlindSet37, formatOk: formatOk37, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
