import type { BlindSetShape } from './blind-set-measure';
import { hash9 } from './blind-set-9-rng';
import { Ctx53, type Planted53 } from './blind-set-53-ctx';
import { BMS53 } from './blind-set-53-bms';
import { CMMS53 } from './blind-set-53-cmms';
import { FIELD53 } from './blind-set-53-field';
import { INFRA53 } from './blind-set-53-infra';
import { NEG53_A } from './blind-set-53-neg-a';
import { NEG53_B } from './blind-set-53-neg-b';
import { OPS53 } from './blind-set-53-ops';
import { PAY53, PAY53_BATCH } from './blind-set-53-pay';
import { PM53 } from './blind-set-53-pm';
import type { Area53 } from './blind-set-53-types';

const AREAS: readonly Area53[] = [PM53, BMS53, CMMS53, FIELD53, PAY53, PAY53_BATCH, INFRA53, OPS53];

/** Short values must occur once; every value must sit verbatim in its text. */
function wellFormed(text: string, values: readonly Planted53[]): boolean {
  if (values.length === 0) return false;
  for (const v of values) {
    if (!text.includes(v.value)) throw new Error(`blind set 53: value not in text: ${v.value}`);
    if (v.value.length <= 6 && text.split(v.value).length !== 2) return false;
  }
  return true;
}

/**
 * Sealed blind set 53: construction, facilities and property operations. A pure function of the
 * seed: every case draws from its own stream, seeded from `53:<seed>:<case id>:<attempt>`.
 */
export function buildBlindSet53(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted53[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const { area, templates } of AREAS) {
    for (const [name, count, write] of templates) {
      for (let k = 0; k < count; k++) {
        const id = `${area}/${name}/${k}`;
        for (let attempt = 0; ; attempt++) {
          const c = new Ctx53(hash9(`53:${seed}:${id}:${attempt}`));
          const text = write(c);
          if (wellFormed(text, c.values)) {
            positives.push({ id, text, values: c.values });
            break;
          }
          if (attempt > 50) throw new Error(`blind set 53: cannot build ${id}`);
        }
      }
    }
  }
  for (const [name, count, write] of [...NEG53_A, ...NEG53_B]) {
    for (let k = 0; k < count; k++) {
      const id = `neg/${name}/${k}`;
      const c = new Ctx53(hash9(`53:${seed}:${id}:0`));
      const text = write(c);
      if (c.values.length > 0) throw new Error(`blind set 53: negative ${id} planted a value`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
