import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { evTemplates } from './blind-set-46-ev';
import { fieldTemplates } from './blind-set-46-field';
import { Ctx46, type Tpl46 } from './blind-set-46-gen';
import { homeTemplates } from './blind-set-46-home';
import { meterTemplates } from './blind-set-46-meter';
import { negTemplates } from './blind-set-46-neg';
import { opsTemplates } from './blind-set-46-ops';
import { roamTemplates } from './blind-set-46-roam';
import { utilFinTemplates, utilTemplates } from './blind-set-46-util';

const AREAS: [string, Tpl46[]][] = [
  ['ev', evTemplates],
  ['roam', roamTemplates],
  ['util', [...utilTemplates, ...utilFinTemplates]],
  ['meter', meterTemplates],
  ['home', homeTemplates],
  ['field', fieldTemplates],
  ['ops', opsTemplates],
];

const stream = (seed: number, id: string, attempt: number): Rng9 => new Rng9(hash9(`46:${seed}:${id}:${attempt}`));

/** True when every value sits in the text and each short value occurs exactly once. */
function wellFormed(text: string, vals: readonly { value: string }[]): boolean {
  return vals.length > 0 && vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Sealed blind set 46: energy, utilities and the connected home. A pure function of the seed. */
export function buildBlindSet46(seed: number): BlindSetShape {
  const positives: BlindSetShape['positives'][number][] = [];
  for (const [area, tpls] of AREAS) {
    for (const t of tpls) {
      for (let k = 0; k < t.n; k++) {
        const id = `${area}/${t.name}/${k}`;
        for (let attempt = 0; ; attempt++) {
          const x = new Ctx46(stream(seed, id, attempt));
          const text = t.make(x);
          if (!wellFormed(text, x.vals)) {
            if (attempt > 200) throw new Error(`blind set 46: cannot draw ${id}: ${x.vals.filter((v) => !text.includes(v.value)).map((v) => v.value).join(' | ')}`);
            continue;
          }
          positives.push({ id, text, values: x.vals });
          break;
        }
      }
    }
  }
  const negatives: BlindSetShape['negatives'][number][] = [];
  for (const t of negTemplates) {
    for (let k = 0; k < t.n; k++) {
      const id = `neg/${t.name}/${k}`;
      negatives.push({ id, text: t.make(stream(seed, id, 0)) });
    }
  }
  return { positives, negatives };
}
