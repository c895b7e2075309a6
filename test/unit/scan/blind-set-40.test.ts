import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet40 } from '../../helpers/blind-set-40';
import { formatOk40 } from '../../helpers/blind-set-40-format';
/** Sealed blind set 40: <theme>; seed 1: <P> positives, <V> values (<c> credential, <p> personal, <f> financial), <G> negatives. */
describeBlindSet({ n: 40, build: buildBlindSet40, formatOk: formatOk40, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
