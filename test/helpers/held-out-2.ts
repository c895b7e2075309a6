import { CLOUD_CREDENTIALS } from './held-out-2-cred-cloud';
import { GENERIC_CREDENTIALS } from './held-out-2-cred-generic';
import { PROVIDER_CREDENTIALS } from './held-out-2-cred-providers';
import { SAAS_CREDENTIALS } from './held-out-2-cred-saas';
import { FINANCIAL } from './held-out-2-financial';
import { ID_NEGATIVES } from './held-out-2-neg-ids';
import { LOOKALIKE_NEGATIVES } from './held-out-2-neg-lookalikes';
import { PERSONAL } from './held-out-2-personal';
import { Rng } from './held-out-2-rng';
import type { HeldOutGroup, HeldOutNegative, HeldOutPositive, HeldOutSet2, PosTemplate } from './held-out-2-types';

export type { HeldOutGroup, HeldOutNegative, HeldOutPositive, HeldOutSet2 } from './held-out-2-types';

/** How many cases each template yields (each with fresh values from the seed). */
const VARIANTS = 2;

const GROUPS: readonly (readonly [HeldOutGroup, readonly PosTemplate[]])[] = [
  ['credential', [...PROVIDER_CREDENTIALS, ...CLOUD_CREDENTIALS, ...SAAS_CREDENTIALS, ...GENERIC_CREDENTIALS]],
  ['personal', PERSONAL],
  ['financial', FINANCIAL],
];

const occurrences = (text: string, v: string) => text.split(v).length - 1;

/**
 * Held-out set 2 (issue #13): realistic integration log lines with values generated freshly
 * from `seed` in valid formats (Luhn, IBAN mod 97, GitHub/npm CRC32, signed JWTs), and
 * close-looking negatives. Written blind, without reading the scanner. A short value (under
 * 8 characters) occurs exactly once in its text, so an accidental repeat cannot be scored.
 */
export function buildHeldOut2(seed: number): HeldOutSet2 {
  const r = new Rng(seed);
  const positives: HeldOutPositive[] = [];
  for (const [group, templates] of GROUPS) {
    for (const [cls, build] of templates) {
      for (let n = 1; n <= VARIANTS; n++) {
        for (let attempt = 0; ; attempt++) {
          const c = build(r);
          const ok = c.values.every((v) => v.length > 0 && occurrences(c.text, v) >= 1 && (v.length >= 8 || occurrences(c.text, v) === 1));
          if (ok) {
            positives.push({ id: `${group}/${cls}/${n}`, group, text: c.text, values: c.values });
            break;
          }
          if (attempt > 50) throw new Error(`held-out-2: template ${cls} cannot place its values`);
        }
      }
    }
  }
  const negatives: HeldOutNegative[] = [];
  const seen = new Set<string>();
  for (const [cls, build] of [...ID_NEGATIVES, ...LOOKALIKE_NEGATIVES]) {
    for (let n = 1; n <= VARIANTS; n++) {
      const text = build(r);
      if (seen.has(text)) continue; // a fixed template yields one case
      seen.add(text);
      negatives.push({ id: `neg/${cls}/${n}`, text });
    }
  }
  return { positives, negatives };
}
