import { buildBlindSet18 } from '../../helpers/blind-set-18';
import { formatOk18 } from '../../helpers/blind-set-18-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 18 (header to be completed after first sight).
 */
const MIN_COVERED = 0;
const MIN_BY_GROUP: Record<string, number> = { credential: 0, personal: 0, financial: 0 };
const MAX_FLAGGED = 1;

describeBlindSet({
  n: 18,
  build: buildBlindSet18,
  formatOk: formatOk18,
  minSize: { positives: 190, values: 215, negatives: 120 },
  minShare: { credential: 0.5, personal: 0.27, financial: 0.13 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
