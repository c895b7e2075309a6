import { hash9, Rng9 } from './blind-set-9-rng';
import { Bag24, type Negative24, type NegTemplate24, type PosTemplate24, type Positive24 } from './blind-set-24-types';
import { HL7_TEMPLATES } from './blind-set-24-hl7';
import { FHIR_TEMPLATES } from './blind-set-24-fhir';
import { X12_TEMPLATES } from './blind-set-24-x12';
import { CLINICAL_TEMPLATES } from './blind-set-24-clinical';
import { BILLING_TEMPLATES } from './blind-set-24-billing';
import { INSURANCE_TEMPLATES } from './blind-set-24-insurance';
import { TAX_TEMPLATES } from './blind-set-24-tax';
import { GOV_TEMPLATES } from './blind-set-24-gov';
import { PAYROLL_TEMPLATES } from './blind-set-24-payroll';
import { EDU_TEMPLATES } from './blind-set-24-edu';
import { CREDS_EDI_TEMPLATES } from './blind-set-24-creds-edi';
import { CREDS_CONFIG_TEMPLATES } from './blind-set-24-creds-config';
import { NEG_HEALTH_TEMPLATES } from './blind-set-24-neg-health';
import { NEG_OTHER_TEMPLATES } from './blind-set-24-neg-other';

/**
 * Sealed blind set 24: regulated-industry integrations (healthcare, insurance, government and tax,
 * payroll, education). Every template is drawn several times, each from its own seeded stream, so
 * the set is a pure function of the seed. Domain templates (records with personal and financial
 * data) are drawn 3 times; the credential templates (integration config and key material) 4 times.
 */
const DOMAIN: readonly PosTemplate24[] = [
  ...HL7_TEMPLATES,
  ...FHIR_TEMPLATES,
  ...X12_TEMPLATES,
  ...CLINICAL_TEMPLATES,
  ...BILLING_TEMPLATES,
  ...INSURANCE_TEMPLATES,
  ...TAX_TEMPLATES,
  ...GOV_TEMPLATES,
  ...PAYROLL_TEMPLATES,
  ...EDU_TEMPLATES,
];
const CREDENTIAL: readonly PosTemplate24[] = [...CREDS_EDI_TEMPLATES, ...CREDS_CONFIG_TEMPLATES];
const NEGATIVE: readonly NegTemplate24[] = [...NEG_HEALTH_TEMPLATES, ...NEG_OTHER_TEMPLATES];

const stream = (seed: number, id: string) => new Rng9(hash9(`blind-24:${seed}:${id}`));

function draw(seed: number, templates: readonly PosTemplate24[], times: number): Positive24[] {
  const out: Positive24[] = [];
  for (const t of templates)
    for (let k = 0; k < times; k++) {
      const id = `${t.source}/${t.name}-${k}`;
      const bag = new Bag24();
      const text = t.make(stream(seed, id), bag);
      out.push({ id, text, values: bag.values });
    }
  return out;
}

export function buildBlindSet24(seed: number): { positives: Positive24[]; negatives: Negative24[] } {
  const positives = [...draw(seed, DOMAIN, 3), ...draw(seed, CREDENTIAL, 4)];
  const negatives: Negative24[] = [];
  for (const t of NEGATIVE)
    for (let k = 0; k < 3; k++) {
      const id = `${t.source}/${t.name}-${k}`;
      negatives.push({ id, text: t.make(stream(seed, id)) });
    }
  return { positives, negatives };
}
