import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { CDP60 } from './blind-set-60-cdp';
import { CFG60 } from './blind-set-60-cfg';
import { FIN60 } from './blind-set-60-fin';
import { HUB60 } from './blind-set-60-hub';
import { MKT60 } from './blind-set-60-mkt';
import { NEG60 } from './blind-set-60-neg';
import { SF60, type Tpl60 } from './blind-set-60-sf';
import { Ctx60, type Planted60 } from './blind-set-60-values';

/** Every positive template of set 60. */
export const POSITIVE_TEMPLATES_60: Tpl60[] = [...SF60, ...HUB60, ...MKT60, ...CDP60, ...CFG60, ...FIN60];

/** Repetitions of a template, from its first case's mix: credential- and financial-dense ones repeat more, to keep the group shares. */
function repsOf(values: readonly Planted60[]): number {
  const share = (g: string) => values.filter((v) => v.group === g).length / Math.max(1, values.length);
  if (share('financial') >= 0.5) return 6;
  if (share('credential') >= 0.75) return 8;
  if (share('credential') >= 0.5) return 6;
  return 3;
}
const NEG_REPS = 4;

/** A short value must not occur twice in its text; a value must sit inside its text. */
function sound(text: string, values: readonly Planted60[]): boolean {
  return values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Builds sealed blind set 60 (CRM, marketing and support integrations' sync services) for a seed:
 * every template is repeated with fresh values, each case seeded from `60:<seed>:<case id>`.
 */
export function buildBlindSet60(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted60[] }[] = [];
  for (const [tid, gen] of POSITIVE_TEMPLATES_60) {
    const probe = new Ctx60(new Rng9(hash9(`60:${seed}:${tid}`)));
    gen(probe);
    const reps = repsOf(probe.values);
    for (let k = 0; k < reps; k++) {
      const id = `${tid}-${k}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Ctx60(new Rng9(hash9(attempt === 0 ? `60:${seed}:${id}` : `60:${seed}:${id}:${attempt}`)));
        const text = gen(c);
        if (sound(text, c.values) || attempt >= 20) {
          positives.push({ id, text, values: c.values });
          break;
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [tid, gen] of NEG60) {
    for (let k = 0; k < NEG_REPS; k++) {
      const id = `${tid}-${k}`;
      negatives.push({ id, text: gen(new Ctx60(new Rng9(hash9(`60:${seed}:${id}`)))) });
    }
  }
  return { positives, negatives };
}
