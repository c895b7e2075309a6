import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet49 } from '../../helpers/blind-set-49';
import { formatOk49 } from '../../helpers/blind-set-49-format';

/** Sealed blind set 49: online communities, dating and social apps, and trust and safety; seed 1: 612 positives, 2101 values (1096 credential, 691 personal, 314 financial), 192 negatives. */
describeBlindSet({ n: 49, build: buildBlindSet49, formatOk: formatOk49, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
