import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet40 } from '../../helpers/blind-set-40';
import { formatOk40 } from '../../helpers/blind-set-40-format';
/** Sealed blind set 40: observability, logging pipelines and on-call tooling (agents and collectors, exporters, APM and error tracking, alert routing, and the user and payment data in their spans and log events); seed 1: 808 positives, 2520 values (1376 credential, 784 personal, 360 financial), 208 negatives. */
describeBlindSet({ n: 40, build: buildBlindSet40, formatOk: formatOk40, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
