import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet76 } from '../../helpers/blind-set-76';
import { formatOk76 } from '../../helpers/blind-set-76-format';

/** Sealed blind set 76: DESCRIPTION */
describeBlindSet({ n: 76, build: buildBlindSet76, formatOk: formatOk76, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
