import { hash77, Rng77 } from './blind-set-77-rng';
import { Plant, type NegTpl, type Planted, type PosTpl } from './blind-set-77-gen';
import { ANALYTICS, AUTH, FLAGS } from './blind-set-77-auth';
import { CMS, DATA, MEDIA, REALTIME } from './blind-set-77-data';
import { MAIL, SHIPPING, SUPPORT } from './blind-set-77-mail';
import { CI, HOSTING, SECRETS } from './blind-set-77-devops';
import { AI, FORMS } from './blind-set-77-ai';
import { BANKING, BILLING } from './blind-set-77-billing';
import { KYC } from './blind-set-77-kyc';
import { DUMPS, LEDGER } from './blind-set-77-dumps';
import { NEG_IDS, NEG_PUBLIC } from './blind-set-77-neg-public';
import { NEG_LOGS } from './blind-set-77-neg-logs';

export const POSITIVE_TEMPLATES: readonly PosTpl[] = [...AUTH, ...ANALYTICS, ...FLAGS, ...DATA, ...REALTIME, ...CMS, ...MEDIA, ...MAIL, ...SUPPORT, ...SHIPPING, ...SECRETS, ...CI, ...HOSTING, ...AI, ...FORMS, ...BILLING, ...BANKING, ...KYC, ...DUMPS, ...LEDGER];
export const NEGATIVE_TEMPLATES: readonly NegTpl[] = [...NEG_PUBLIC, ...NEG_IDS, ...NEG_LOGS];

/** Instances of each template by source: key-heavy sources more, people-heavy sources fewer (to keep the group shares). */
const REPS: Record<string, number> = { auth: 2, analytics: 2, mail: 2, support: 2, shipping: 2, forms: 2, billing: 3, banking: 3, kyc: 3, ledger: 6 };
const reps = (source: string): number => REPS[source] ?? 5;
const NEG_REPS = 3;

export interface BlindSet77 {
  positives: { id: string; text: string; values: Planted[] }[];
  negatives: { id: string; text: string }[];
}

/** True when each value sits in its text and a short value (6 characters or fewer) only once. */
function wellPlaced(text: string, values: readonly Planted[]): boolean {
  return values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 77: the long tail of API providers an integration team uses (identity, analytics,
 * flags, serverless data, realtime, CMS, media, email, support, shipping, secret managers, CI,
 * hosting, AI, forms, billing, banking, KYC), as their SDK errors, HTTP dumps, env dumps and
 * webhook failures print them. Every case draws from its own stream, keyed by seed and id.
 */
export function buildBlindSet77(seed: number): BlindSet77 {
  const positives: BlindSet77['positives'] = [];
  for (const [source, name, fn] of POSITIVE_TEMPLATES) {
    for (let i = 0; i < reps(source); i++) {
      const id = `${source}/${name}/${i}`;
      for (let attempt = 0; ; attempt++) {
        const r = new Rng77(hash77(`${seed}:${id}:${attempt}`));
        const k = new Plant();
        const text = fn(r, k);
        if (wellPlaced(text, k.values) || attempt >= 20) {
          positives.push({ id, text, values: k.values });
          break;
        }
      }
    }
  }
  const negatives: BlindSet77['negatives'] = [];
  for (const [source, name, fn] of NEGATIVE_TEMPLATES) {
    for (let i = 0; i < NEG_REPS; i++) {
      const id = `${source}/${name}/${i}`;
      negatives.push({ id, text: fn(new Rng77(hash77(`${seed}:neg:${id}`))) });
    }
  }
  return { positives, negatives };
}
