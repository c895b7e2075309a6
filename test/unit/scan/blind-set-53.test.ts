import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet53 } from '../../helpers/blind-set-53';
import { formatOk53 } from '../../helpers/blind-set-53-format';

/** Sealed blind set 53: construction, facilities and property operations; seed 1: 652 positives, 2567 values (1307 credential, 903 personal, 357 financial), 190 negatives. */
describeBlindSet({ n: 53, build: buildBlindSet53, formatOk: formatOk53, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
