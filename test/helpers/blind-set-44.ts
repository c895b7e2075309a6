import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { formatOk44 } from './blind-set-44-format';
import { Vals, type NegTpl, type Planted, type Tpl } from './blind-set-44-gen';
import { INS } from './blind-set-44-ins';
import { RE } from './blind-set-44-re';
import { MTG } from './blind-set-44-mtg';
import { PM } from './blind-set-44-pm';
import { ACC } from './blind-set-44-acc';
import { LAW } from './blind-set-44-law';
import { OPS } from './blind-set-44-ops';
import { API } from './blind-set-44-api';
import { NEGATIVES } from './blind-set-44-neg';

/**
 * Sealed blind set 44: insurance, real estate, property management and legal. Each case draws its
 * own stream from `44:<seed>:<id>:<attempt>` and is redrawn until every value sits in its text,
 * values of six characters or fewer occur exactly once, and every value passes its format check.
 */
const AREAS: [string, Tpl[]][] = [['ins', INS], ['re', RE], ['mtg', MTG], ['pm', PM], ['acc', ACC], ['law', LAW], ['ops', OPS], ['api', API]];

function wellFormed(text: string, values: readonly Planted[]): boolean {
  return values.length > 0 && values.every((x) => text.includes(x.value) && (x.value.length > 6 || text.split(x.value).length === 2) && formatOk44(x.kind, x.value));
}

export function buildBlindSet44(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted[] }[] = [];
  for (const [area, tpls] of AREAS) {
    for (const [name, count, fn] of tpls) {
      for (let k = 0; k < count; k++) {
        const id = `${area}/${name}/${k}`;
        for (let attempt = 0; ; attempt++) {
          if (attempt > 60) throw new Error(`blind set 44: cannot draw ${id}`);
          const v = new Vals();
          const text = fn(new Rng9(hash9(`44:${seed}:${id}:${attempt}`)), v);
          if (wellFormed(text, v.list)) { positives.push({ id, text, values: v.list }); break; }
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [area, tpls] of NEGATIVES as [string, NegTpl[]][]) {
    for (const [name, count, fn] of tpls) {
      for (let k = 0; k < count; k++) {
        const id = `${area}/${name}/${k}`;
        negatives.push({ id, text: fn(new Rng9(hash9(`44:${seed}:${id}:0`))) });
      }
    }
  }
  return { positives, negatives };
}
