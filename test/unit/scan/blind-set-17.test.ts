import { buildBlindSet17 } from '../../helpers/blind-set-17';
import { formatOk17 } from '../../helpers/blind-set-17-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 17 (header to be completed after the first measurement).
 */
const MIN_COVERED = 0;
const MIN_BY_GROUP: Record<string, number> = { credential: 0, personal: 0, financial: 0 };
const MAX_FLAGGED = 1;

describeBlindSet({
  n: 17,
  build: buildBlindSet17,
  formatOk: formatOk17,
  minSize: { positives: 120, values: 140, negatives: 85 },
  minShare: { credential: 0.5, personal: 0.27, financial: 0.13 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
