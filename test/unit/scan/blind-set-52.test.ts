import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet52 } from '../../helpers/blind-set-52';
import { formatOk52 } from '../../helpers/blind-set-52-format';

/** Sealed blind set 52: life sciences and research; seed 1: 715 positives, 2300 values (1300 credential, 655 personal, 345 financial), 200 negatives. */
describeBlindSet({ n: 52, build: buildBlindSet52, formatOk: formatOk52, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
