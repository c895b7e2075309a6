import type { BlindSetShape } from './blind-set-measure';
import { hash9 } from './blind-set-9-rng';
import { bi39 } from './blind-set-39-bi';
import { extra39 } from './blind-set-39-extra';
import { negatives39 } from './blind-set-39-negatives';
import { negatives39b } from './blind-set-39-negatives2';
import { orchestration39 } from './blind-set-39-orchestration';
import { pipelines39 } from './blind-set-39-pipelines';
import { rows39 } from './blind-set-39-rows';
import { Plant39, Rng9, type Tpl39, type Val39 } from './blind-set-39-values';
import { warehouse39 } from './blind-set-39-warehouse';

/** Cases written per template: each template stays near 1 % of the set. */
const PER_TEMPLATE = 5;
/** Negatives written per template: each template stays at 2 % of the negatives. */
const NEG_PER_TEMPLATE = 4;

/** True when every value sits in the text and every short value sits there once. */
function sound(text: string, vals: readonly Val39[]): boolean {
  return vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** One case of a template, redrawn (on its own stream) until its values are sound. */
function draw(seed: number, id: string, tpl: Tpl39): { text: string; values: Val39[] } {
  for (let attempt = 0; ; attempt++) {
    const r = new Rng9(hash9(`39/${seed}/${id}/${attempt}`));
    const plant = new Plant39();
    const text = tpl[1](r, plant);
    if (sound(text, plant.vals) || attempt > 50) return { text, values: plant.vals };
  }
}

/**
 * Sealed blind set 39 (data engineering and analytics): warehouses, ELT/CDC, orchestration,
 * Spark and notebooks, BI and reverse ETL, object storage, and the customer rows in their error logs.
 */
export function buildBlindSet39(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val39[] }[] = [];
  for (const tpl of [...warehouse39, ...pipelines39, ...orchestration39, ...bi39, ...rows39, ...extra39]) {
    for (let k = 0; k < PER_TEMPLATE; k++) {
      const id = `${tpl[0]}/${k}`;
      positives.push({ id, ...draw(seed, id, tpl) });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const tpl of [...negatives39, ...negatives39b]) {
    for (let k = 0; k < NEG_PER_TEMPLATE; k++) {
      const id = `${tpl[0]}/${k}`;
      negatives.push({ id, text: tpl[1](new Rng9(hash9(`39/${seed}/${id}`)), new Plant39()) });
    }
  }
  return { positives, negatives };
}
