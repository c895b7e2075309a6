import { hash9, Rng9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { Ctx50, type T50, type V50 } from './blind-set-50-ctx';
import { DENSE_TEMPLATES } from './blind-set-50-dense';
import { EHR_TEMPLATES } from './blind-set-50-ehr';
import { formatOk50 } from './blind-set-50-format';
import { INFRA_TEMPLATES } from './blind-set-50-infra';
import { CLAIMS_TEMPLATES, LAB_TEMPLATES } from './blind-set-50-lab';
import { NEG_TEMPLATES } from './blind-set-50-neg';
import { TELE_TEMPLATES, WEAR_TEMPLATES } from './blind-set-50-tele';

const POSITIVE_TEMPLATES: T50[] = [...EHR_TEMPLATES, ...LAB_TEMPLATES, ...CLAIMS_TEMPLATES, ...TELE_TEMPLATES, ...WEAR_TEMPLATES, ...INFRA_TEMPLATES, ...DENSE_TEMPLATES];

/** A case is usable when each value sits in the text, short values occur once and formats hold. */
function usable(text: string, vals: readonly V50[]): boolean {
  return vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2) && formatOk50(v.kind, v.value));
}

/**
 * Sealed blind set 50: clinics, pharmacies, labs, telehealth and wearables (EHR and practice
 * management APIs, e-prescribing, HL7/FHIR lab feeds, telehealth video vendors, pharmacy claims
 * and billing, fitness and health-device sync, and the infrastructure around them). A pure
 * function of the seed: every draw comes from Rng9 seeded with `50:<seed>:<case id>:<attempt>`.
 */
export function buildBlindSet50(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: V50[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const t of POSITIVE_TEMPLATES) {
    for (let k = 0; k < t.n; k++) {
      const id = `${t.area}/${t.name}/${k}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Ctx50(new Rng9(hash9(`50:${seed}:${id}:${attempt}`)));
        const text = t.make(c);
        if (usable(text, c.vals) || attempt >= 200) {
          positives.push({ id, text, values: c.vals });
          break;
        }
      }
    }
  }
  for (const t of NEG_TEMPLATES) {
    for (let k = 0; k < t.n; k++) {
      const id = `${t.area}/${t.name}/${k}`;
      const c = new Ctx50(new Rng9(hash9(`50:${seed}:${id}:0`)));
      const text = t.make(c);
      if (c.vals.length > 0) throw new Error(`negative ${id} planted values`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
