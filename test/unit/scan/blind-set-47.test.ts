import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet47 } from '../../helpers/blind-set-47';
import { formatOk47 } from '../../helpers/blind-set-47-format';

/** Sealed blind set 47: contact centres and customer support; seed 1: 822 positives, 2280 values (1222 credential, 741 personal, 317 financial), 190 negatives. */
describeBlindSet({ n: 47, build: buildBlindSet47, formatOk: formatOk47, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
