import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet50 } from '../../helpers/blind-set-50';
import { formatOk50 } from '../../helpers/blind-set-50-format';

/** Sealed blind set 50: clinics, pharmacies, labs, telehealth and wearables; seed 1: 658 positives, 2402 values (1238 credential, 809 personal, 355 financial), 190 negatives. */
describeBlindSet({ n: 50, build: buildBlindSet50, formatOk: formatOk50, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
