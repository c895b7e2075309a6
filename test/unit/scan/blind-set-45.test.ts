import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet45 } from '../../helpers/blind-set-45';
import { formatOk45 } from '../../helpers/blind-set-45-format';

/** Sealed blind set 45: developer workstations, package registries and source hosting; seed 1: 760 positives, 3258 values (1719 credential, 1070 personal, 469 financial), 245 negatives. */
describeBlindSet({ n: 45, build: buildBlindSet45, formatOk: formatOk45, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
