import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet43 } from '../../helpers/blind-set-43';
import { formatOk43 } from '../../helpers/blind-set-43-format';

/** Sealed blind set 43: education, public sector and nonprofits; seed 1: 820 positives, 2506 values (1331 credential, 750 personal, 425 financial), 198 negatives. */
describeBlindSet({ n: 43, build: buildBlindSet43, formatOk: formatOk43, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
