import type { BlindSetShape } from './blind-set-measure';
import { NEG_A } from './blind-set-76-neg-a';
import { NEG_B } from './blind-set-76-neg-b';
import { ASIA } from './blind-set-76-pos-asia';
import { EUROPE } from './blind-set-76-pos-europe';
import { FRAMEWORK } from './blind-set-76-pos-framework';
import { LATAM } from './blind-set-76-pos-latam';
import { MARKET } from './blind-set-76-pos-market';
import { SECRETS } from './blind-set-76-pos-secrets';
import { TICKETS } from './blind-set-76-pos-tickets';
import { Rng76, hash76 } from './blind-set-76-rng';
import type { Plant, Val } from './blind-set-76-types';

/** Sealed blind set 76: localized and non-English logs of global companies' integrations. */

/** Positive templates with how many cases each writes (the secret-heavy ones more, to keep credentials over half the values). */
export const POSITIVE_TEMPLATES = [...FRAMEWORK, ...LATAM, ...ASIA, ...EUROPE, ...TICKETS, ...SECRETS, ...MARKET];
const PER_TEMPLATE = new Map(POSITIVE_TEMPLATES.map((tp) => [tp, SECRETS.includes(tp) ? 8 : MARKET.includes(tp) ? 6 : 3]));
export const NEGATIVE_TEMPLATES = [...NEG_A, ...NEG_B];
const PER_NEGATIVE = 4;

/** Writes one positive case; tries another draw when a short value would occur twice or a value went missing. */
function positive(seed: number, key: string, make: (r: Rng76, v: Plant) => string): { text: string; values: Val[] } {
  for (let attempt = 0; ; attempt++) {
    const r = new Rng76(hash76(`${seed}/${key}/${attempt}`));
    const values: Val[] = [];
    const plant = (group: string) => (kind: string, value: string): string => { values.push({ value, kind, group }); return value; };
    const text = make(r, { c: plant('credential'), p: plant('personal'), f: plant('financial') });
    const ok = values.every((x) => text.includes(x.value) && (x.value.length > 6 || text.split(x.value).length === 2));
    if (ok || attempt > 50) return { text, values };
  }
}

export function buildBlindSet76(seed: number): BlindSetShape {
  const positives: BlindSetShape['positives'][number][] = [];
  const negatives: BlindSetShape['negatives'][number][] = [];
  for (const tp of POSITIVE_TEMPLATES) {
    for (let i = 0; i < PER_TEMPLATE.get(tp)!; i++) {
      const id = `${tp.src}/${tp.name}/${i}`;
      positives.push({ id, ...positive(seed, id, tp.make) });
    }
  }
  for (const tn of NEGATIVE_TEMPLATES) {
    for (let i = 0; i < PER_NEGATIVE; i++) {
      const id = `${tn.src}/${tn.name}/${i}`;
      negatives.push({ id, text: tn.make(new Rng76(hash76(`${seed}/neg/${id}`))) });
    }
  }
  return { positives, negatives };
}
