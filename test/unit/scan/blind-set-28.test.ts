import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet28 } from '../../helpers/blind-set-28';
import { formatOk28 } from '../../helpers/blind-set-28-format';

/**
 * Sealed blind set 28: AI application and agent logs — provider SDK errors and HTTP dumps, agent tool
 * calls and MCP configs, vector databases and retrieved chunks, LLM trace spans and eval rows, speech,
 * SSE streams and notebooks; personal and financial data mostly inside prompts and tool arguments.
 * Measured size (seeds 1–3): 325 positives (65 templates × 5), 1,594–1,645 values (credential 880–901,
 * personal 469–488, financial 226–286; shares about 55 / 30 / 15 %), 176 negatives (44 templates × 4).
 * minSize sits a little under.
 *
 * First sight (measured by the lead, 2026-12-05 17:25 UTC, on ea5764e, 678 detectors; the author never ran
 * the scanner, never read src/scan, the docs or another set; the lead knew the theme, not the cases): seeds 1-3
 * 95.7-96.7 % of values fully covered (credential 100 %, personal 89.3-91.5 %, financial 93.0-94.9 %), 6.8 %
 * of negatives flagged (PostHog phc_ project keys, which are public; hashed ids under *_key names; a
 * docker `-e NAME` argument read as NAME's value). Floors sit under these figures.
 * After round h28 (tuned on seeds 1–3, an upper bound): seeds 1-3 99.5-100 % covered (credential 100 %, personal
 * 99.0-100 %, financial 98.7-100 %), 2.3 % of negatives flagged (the hashed ids under user_key=, left as they are);
 * seeds 4-5, not looked at, 99.5-99.8 % (personal 98.5-99.1 %, financial 99.6-100 %), 2.3 % flagged. Floors raised under it.
 */
describeBlindSet({
  n: 28,
  build: buildBlindSet28,
  formatOk: formatOk28,
  minSize: { positives: 320, values: 1520, negatives: 176 },
  minCovered: 0.99,
  minByGroup: { credential: 0.995, personal: 0.985, financial: 0.98 },
  maxFlagged: 0.03,
});
