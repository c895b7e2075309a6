import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet44 } from '../../helpers/blind-set-44';
import { formatOk44 } from '../../helpers/blind-set-44-format';

/** Sealed blind set 44: insurance, real estate and legal; seed 1: 837 positives, 3020 values (1614 credential, 983 personal, 423 financial), 221 negatives. */
describeBlindSet({ n: 44, build: buildBlindSet44, formatOk: formatOk44, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
