import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet51 } from '../../helpers/blind-set-51';
import { formatOk51 } from '../../helpers/blind-set-51-format';

/** Sealed blind set 51: automotive retail and mobility; seed 1: 566 positives, 2295 values (1202 credential, 801 personal, 292 financial), 175 negatives. */
describeBlindSet({ n: 51, build: buildBlindSet51, formatOk: formatOk51, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
