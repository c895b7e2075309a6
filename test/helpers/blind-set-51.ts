import type { BlindSetShape } from './blind-set-measure';
import { hash9 } from './blind-set-9-rng';
import { Ctx51, type Area51, type Planted51 } from './blind-set-51-ctx';
import { CONNECTED51 } from './blind-set-51-connected';
import { DEALER51 } from './blind-set-51-dealer';
import { EXTRA51 } from './blind-set-51-extra';
import { FINANCE51 } from './blind-set-51-finance';
import { HISTORY51 } from './blind-set-51-history';
import { NEG51_A } from './blind-set-51-neg-a';
import { NEG51_B } from './blind-set-51-neg-b';
import { PARKING51 } from './blind-set-51-parking';
import { RIDE51 } from './blind-set-51-ride';

const AREAS: readonly Area51[] = [DEALER51, CONNECTED51, RIDE51, PARKING51, FINANCE51, HISTORY51];

/** A case is usable when every value sits in the text and every short value occurs exactly once. */
const usable = (text: string, values: readonly Planted51[]): boolean =>
  values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));

/**
 * Sealed blind set 51: automotive retail and mobility (dealer systems, connected cars and telematics,
 * ride-hailing and scooters, parking and tolling, auto finance and insurance, vehicle history).
 * Every draw comes from `Rng9` seeded with `51:<seed>:<case id>:<attempt>`.
 */
export function buildBlindSet51(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted51[] }[] = [];
  for (const a of AREAS) {
    for (const t of [...a.templates, ...(EXTRA51[a.area] ?? [])]) {
      for (let k = 0; k < t.n; k++) {
        const id = `${a.area}/${t.name}/${k}`;
        for (let attempt = 0; attempt < 40; attempt++) {
          const c = new Ctx51(hash9(`51:${seed}:${id}:${attempt}`));
          const text = t.make(c);
          if (usable(text, c.values)) {
            positives.push({ id, text, values: c.values.map((v) => ({ ...v })) });
            break;
          }
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of [...NEG51_A, ...NEG51_B]) {
    for (let k = 0; k < t.n; k++) {
      const id = `${t.area}/neg-${t.name}/${k}`;
      const c = new Ctx51(hash9(`51:${seed}:${id}:0`));
      const text = t.make(c);
      if (c.values.length > 0) throw new Error(`negative ${id} planted a value`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
