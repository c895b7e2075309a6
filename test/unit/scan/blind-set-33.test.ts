import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet33 } from '../../helpers/blind-set-33';
import { formatOk33 } from '../../helpers/blind-set-33-format';

/** Sealed blind set 33: fintech back offices (open banking, bank files and rails, cards, treasury, accounting sync, lending/KYC, crypto custody); seeds 1-3: 750 positives, 3,157-3,162 values (1,658 credential, 462-463 financial, 1,036-1,042 personal), 198 negatives. */
describeBlindSet({ n: 33, build: buildBlindSet33, formatOk: formatOk33, minSize: { positives: 550, values: 1600, negatives: 170 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
