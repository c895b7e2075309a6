import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet28 } from '../../helpers/blind-set-28';
import { formatOk28 } from '../../helpers/blind-set-28-format';

/**
 * Sealed blind set 28: AI application and agent logs — provider SDK errors and HTTP dumps, agent tool
 * calls and MCP configs, vector databases and retrieved chunks, LLM trace spans and eval rows, speech,
 * SSE streams and notebooks; personal and financial data mostly inside prompts and tool arguments.
 * Measured size (seeds 1–3): 325 positives (65 templates × 5), 1,707–1,717 values (credential 969–972,
 * personal 478–486, financial 252–264), 160 negatives (40 templates × 4). Floors below are set a little under.
 */
describeBlindSet({
  n: 28,
  build: buildBlindSet28,
  formatOk: formatOk28,
  minSize: { positives: 320, values: 1620, negatives: 160 },
  minCovered: 0.5,
  minByGroup: { credential: 0.5, personal: 0.3, financial: 0.3 },
  maxFlagged: 0.5,
});
