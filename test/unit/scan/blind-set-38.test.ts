import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet38 } from '../../helpers/blind-set-38';
import { formatOk38 } from '../../helpers/blind-set-38-format';

/**
 * Sealed blind set 38: web hosting, content management and agency operations; seed 1: 891 positives, 3240 values (1683 credential, 1125 personal, 432 financial), 300 negatives.
 */
describeBlindSet({ n: 38, build: buildBlindSet38, formatOk: formatOk38, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
