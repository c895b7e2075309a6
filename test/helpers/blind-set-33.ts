import type { BlindSetShape } from './blind-set-measure';
import { BANKFILE_TEMPLATES } from './blind-set-33-bankfile';
import { CARD_TEMPLATES } from './blind-set-33-cards';
import { CRYPTO_TEMPLATES } from './blind-set-33-crypto';
import { LEDGER_TEMPLATES } from './blind-set-33-ledger';
import { LENDING_TEMPLATES } from './blind-set-33-lending';
import { NEG_PUBLIC_TEMPLATES } from './blind-set-33-neg-public';
import { NEG_RAIL_TEMPLATES } from './blind-set-33-neg-rails';
import { OPENBANK_TEMPLATES } from './blind-set-33-openbank';
import { Rng33, hash33 } from './blind-set-33-rng';
import { SECRET_TEMPLATES } from './blind-set-33-secrets';
import { Case33, type Template33, type Value33 } from './blind-set-33-values';

/** Every positive template of set 33. */
export const POSITIVE_TEMPLATES_33: readonly Template33[] = [...OPENBANK_TEMPLATES, ...BANKFILE_TEMPLATES, ...CARD_TEMPLATES, ...LEDGER_TEMPLATES, ...LENDING_TEMPLATES, ...CRYPTO_TEMPLATES, ...SECRET_TEMPLATES];

const POSITIVE_DRAWS = 7;
/** Areas drawn more often than the default (their values are mostly credentials). */
const AREA_DRAWS: Record<string, number> = { crypto: 9 };
const NEGATIVE_DRAWS = 6;

/** True when every value sits in the text and each short one (six characters or fewer) occurs exactly once. */
function placed(text: string, values: readonly Value33[]): boolean {
  return values.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 33, "fintech back offices": open banking and aggregators, bank files and
 * host-to-host rails, card processing and issuing, treasury and payouts, accounting sync,
 * lending/KYC/credit and crypto custody. Each template is drawn several times with fresh values;
 * a draw whose short values would collide with other text is redrawn from the next sub-seed.
 */
export function buildBlindSet33(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Value33[] }[] = [];
  for (const t of POSITIVE_TEMPLATES_33) {
    for (let d = 0; d < (t.draws ?? AREA_DRAWS[t.area] ?? POSITIVE_DRAWS); d++) {
      const id = `${t.area}/${t.name}/${d}`;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 60) throw new Error(`blind set 33: cannot place values of ${id}`);
        const c = new Case33();
        const text = t.make(c, new Rng33(hash33(`33:${seed}:${id}:${attempt}`)));
        if (placed(text, c.values)) {
          positives.push({ id, text, values: c.values });
          break;
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of [...NEG_RAIL_TEMPLATES, ...NEG_PUBLIC_TEMPLATES]) {
    for (let d = 0; d < (t.draws ?? NEGATIVE_DRAWS); d++) {
      const id = `${t.area}/${t.name}/${d}`;
      negatives.push({ id, text: t.make(new Rng33(hash33(`33n:${seed}:${id}`))) });
    }
  }
  return { positives, negatives };
}
