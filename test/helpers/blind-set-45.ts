import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { Ctx, type V45 } from './blind-set-45-ctx';
import { CLOUD45 } from './blind-set-45-cloud';
import { DATA45 } from './blind-set-45-data';
import { ENV45 } from './blind-set-45-env';
import { HOSTING45 } from './blind-set-45-hosting';
import { IDE45 } from './blind-set-45-ide';
import { NEG45 } from './blind-set-45-neg';
import { REGISTRY45 } from './blind-set-45-registry';
import { SHELL45 } from './blind-set-45-shell';
import type { T45 } from './blind-set-45-types';

/** Cases per positive template by area (personal- and financial-heavy areas get more). */
const PER_AREA: Record<string, number> = { registry: 6, cloud: 6, shell: 6, ide: 5, hosting: 6, env: 7, data: 6 };
const PER_NEGATIVE = 7;

function wellFormed(text: string, vals: readonly V45[]): boolean {
  if (vals.length === 0) return false;
  return vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 45: developer workstations, package registries and source hosting. Each case
 * draws its own stream from `45:<seed>:<id>:<attempt>`, redrawn until its values sit in its text.
 */
export function buildBlindSet45(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: V45[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  const all: T45[] = [...REGISTRY45, ...CLOUD45, ...SHELL45, ...IDE45, ...HOSTING45, ...ENV45, ...DATA45];
  for (const t of all) {
    const n = t.n ?? PER_AREA[t.a] ?? 6;
    for (let k = 0; k < n; k++) {
      const id = `${t.a}/${t.t}/${k}`;
      for (let attempt = 0; attempt < 200; attempt++) {
        const c = new Ctx(new Rng9(hash9(`45:${seed}:${id}:${attempt}`)));
        const text = t.f(c);
        if (!wellFormed(text, c.vals)) continue;
        positives.push({ id, text, values: c.vals });
        break;
      }
      if (positives[positives.length - 1]?.id !== id) throw new Error(`blind set 45: ${id} never well formed`);
    }
  }
  for (const t of NEG45) {
    const n = t.n ?? PER_NEGATIVE;
    for (let k = 0; k < n; k++) {
      const id = `${t.a}/${t.t}/${k}`;
      const c = new Ctx(new Rng9(hash9(`45:${seed}:${id}:0`)));
      negatives.push({ id, text: t.f(c) });
    }
  }
  return { positives, negatives };
}
