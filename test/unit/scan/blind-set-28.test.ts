import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet28 } from '../../helpers/blind-set-28';
import { formatOk28 } from '../../helpers/blind-set-28-format';

/**
 * Sealed blind set 28: AI application and agent logs — provider SDK errors and HTTP dumps, agent tool
 * calls and MCP configs, vector databases and retrieved chunks, LLM trace spans and eval rows, speech,
 * SSE streams and notebooks; personal and financial data mostly inside prompts and tool arguments.
 * Measured size (seeds 1–3): 325 positives (65 templates × 5), 1,594–1,645 values (credential 880–901,
 * personal 469–488, financial 226–286; shares about 55 / 30 / 15 %), 176 negatives (44 templates × 4).
 * minSize sits a little under; the lead sets the coverage floors later.
 */
describeBlindSet({
  n: 28,
  build: buildBlindSet28,
  formatOk: formatOk28,
  minSize: { positives: 320, values: 1520, negatives: 176 },
  minCovered: 0.5,
  minByGroup: { credential: 0.5, personal: 0.3, financial: 0.3 },
  maxFlagged: 0.5,
});
