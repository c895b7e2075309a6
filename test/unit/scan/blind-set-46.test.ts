import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet46 } from '../../helpers/blind-set-46';
import { formatOk46 } from '../../helpers/blind-set-46-format';

/** Sealed blind set 46: energy, utilities and the connected home; seed 1: 906 positives, 3096 values (1698 credential, 979 personal, 419 financial), 206 negatives. */
describeBlindSet({ n: 46, build: buildBlindSet46, formatOk: formatOk46, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
