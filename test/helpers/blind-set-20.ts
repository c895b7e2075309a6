import { Rng9, hash9 } from './blind-set-9-rng';
import type { BlindSet20, Negative20, NegCase20, PosCase20, Positive20 } from './blind-set-20-types';
import { etlCases } from './blind-set-20-etl';
import { warehouseCases } from './blind-set-20-warehouse';
import { streamCases } from './blind-set-20-stream';
import { rowCases } from './blind-set-20-rows';
import { saasCases } from './blind-set-20-saas';
import { configCases } from './blind-set-20-config';
import { credExtraCases } from './blind-set-20-cred-extra';
import { negIdCases } from './blind-set-20-neg-ids';
import { negLogCases } from './blind-set-20-neg-logs';

/** How many draws of each case a seed holds (each draw from its own stream, so its own values and framing numbers). */
const DRAWS = 2;

/**
 * Blind set 20 (data platforms and pipelines): every case drawn twice per seed, each draw from a
 * stream of its own (seed, id, draw), so adding a case never shifts another's values.
 */
export function buildBlindSet20(seed: number): BlindSet20 {
  const positives: Positive20[] = [];
  const negatives: Negative20[] = [];
  const pos: Record<string, PosCase20> = { ...etlCases, ...warehouseCases, ...streamCases, ...rowCases, ...saasCases, ...configCases, ...credExtraCases };
  const negs: Record<string, NegCase20> = { ...negIdCases, ...negLogCases };
  for (let d = 1; d <= DRAWS; d++) {
    for (const [id, make] of Object.entries(pos)) {
      const body = make(new Rng9(hash9(`20/${seed}/${id}/${d}`)));
      positives.push({ id: `${id}-${d}`, ...body });
    }
    for (const [id, make] of Object.entries(negs)) negatives.push({ id: `${id}-${d}`, text: make(new Rng9(hash9(`20/${seed}/neg/${id}/${d}`))) });
  }
  return { positives, negatives };
}
