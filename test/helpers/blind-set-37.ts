import type { BlindSetShape } from './blind-set-measure';
import { CONFIG37 } from './blind-set-37-config';
import { Draw, type Planted37, type Tpl37 } from './blind-set-37-draw';
import { LOYALTY37 } from './blind-set-37-loyalty';
import { NEG37 } from './blind-set-37-neg';
import { ORDERING37 } from './blind-set-37-ordering';
import { POS37 } from './blind-set-37-pos';
import { Rng37, hash37 } from './blind-set-37-rng';
import { STAFF37 } from './blind-set-37-staff';
import { STOREIT37 } from './blind-set-37-storeit';
import { SUPPLY37 } from './blind-set-37-supply';
import { TERMINAL37 } from './blind-set-37-terminal';

const DRAWS = 9;
const NEG_DRAWS = 10;

/** All positive templates of set 37. */
export const TEMPLATES37: Tpl37[] = [...POS37, ...TERMINAL37, ...LOYALTY37, ...ORDERING37, ...STAFF37, ...SUPPLY37, ...STOREIT37, ...CONFIG37];

/** True when every planted value is inside the text and each short one occurs exactly once. */
function placed(text: string, values: readonly Planted37[]): boolean {
  return values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Draws one positive, redrawing from a derived stream until its short values are unambiguous. */
function drawOne(t: Tpl37, key: string): { text: string; values: Planted37[] } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const d = new Draw(new Rng37(hash37(attempt === 0 ? key : `${key}#${attempt}`)));
    const text = t.make(d);
    if (placed(text, d.values)) return { text, values: d.values };
  }
  throw new Error(`blind set 37: could not place values for ${key}`);
}

/**
 * Sealed blind set 37 (retail stores, restaurants and point of sale): positives drawn from each
 * template's own stream keyed by seed, area, name and draw; negatives likewise.
 */
export function buildBlindSet37(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted37[] }[] = [];
  for (const t of TEMPLATES37) {
    for (let i = 0; i < DRAWS; i++) {
      const { text, values } = drawOne(t, `${seed}/${t.area}/${t.name}/${i}`);
      positives.push({ id: `${t.area}/${t.name}/${i}`, text, values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of NEG37) {
    for (let i = 0; i < NEG_DRAWS; i++) {
      const d = new Draw(new Rng37(hash37(`${seed}/${t.area}/${t.name}/${i}`)));
      negatives.push({ id: `${t.area}/${t.name}/${i}`, text: t.make(d) });
    }
  }
  return { positives, negatives };
}
