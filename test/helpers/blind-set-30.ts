import type { BlindSetShape } from './blind-set-measure';
import { ADS30 } from './blind-set-30-ads';
import { BILLING30 } from './blind-set-30-billing';
import type { Case30, Template30 } from './blind-set-30-case';
import { CDP30 } from './blind-set-30-cdp';
import { CONFIGS30 } from './blind-set-30-configs';
import { EMAIL30 } from './blind-set-30-email';
import { ENGAGE30 } from './blind-set-30-engage';
import { HUBSPOT30 } from './blind-set-30-hubspot';
import { LEADS30 } from './blind-set-30-leads';
import { NEG_CRM30 } from './blind-set-30-neg-crm';
import { NEG_DATA30 } from './blind-set-30-neg-data';
import { OPS30 } from './blind-set-30-ops';
import { PAYMENTS30 } from './blind-set-30-payments';
import { hash30, Rng30 } from './blind-set-30-rng';
import { SALESFORCE30 } from './blind-set-30-salesforce';
import { SECRETS30 } from './blind-set-30-secrets';
import { SUPPORT30 } from './blind-set-30-support';

/** Every positive template of set 30, by area. */
export const TEMPLATES30: readonly Template30[] = [...SALESFORCE30, ...HUBSPOT30, ...EMAIL30, ...ENGAGE30, ...SUPPORT30, ...CDP30, ...ADS30, ...LEADS30, ...BILLING30, ...PAYMENTS30, ...OPS30, ...SECRETS30, ...CONFIGS30];

/** Draws per positive template and per negative template. */
export const DRAWS30 = { positive: 5, negative: 4 };

/**
 * Sealed blind set 30 — marketing, CRM and customer-data platforms: each template drawn
 * `DRAWS30.positive` times (negatives `DRAWS30.negative` times), each draw from its own stream
 * seeded by the set seed, the template id and the draw index. A pure function of `seed`.
 */
export function buildBlindSet30(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Case30['values'] }[] = [];
  for (const t of TEMPLATES30) {
    for (let i = 0; i < DRAWS30.positive; i++) {
      const c = t.make(new Rng30(hash30(`s30:${seed}:${t.id}:${i}`)));
      positives.push({ id: `${t.id}/${i}`, text: c.text, values: c.values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of [...NEG_CRM30, ...NEG_DATA30]) {
    for (let i = 0; i < DRAWS30.negative; i++) negatives.push({ id: `${t.id}/${i}`, text: t.make(new Rng30(hash30(`s30n:${seed}:${t.id}:${i}`))) });
  }
  return { positives, negatives };
}
