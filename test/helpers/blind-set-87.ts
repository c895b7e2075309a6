import type { BlindSetShape } from './blind-set-measure';
import { envLine } from './blind-set-87-kit';
import { finalizeCase, type Drops87 } from './blind-set-87-finalize';
import { Rng87 } from './blind-set-87-rng';
import { NEG_HEALTH } from './blind-set-87-neg-health';
import { NEG_TEXT } from './blind-set-87-neg-text';
import { EHR_SOURCES } from './blind-set-87-src-ehr';
import { FHIR_SOURCES } from './blind-set-87-src-fhir';
import { HL7_SOURCES } from './blind-set-87-src-hl7';
import { HRIS_SOURCES } from './blind-set-87-src-hris';
import { MISC_SOURCES } from './blind-set-87-src-misc';
import { PAYROLL_SOURCES } from './blind-set-87-src-payroll';
import { SCREENING_SOURCES } from './blind-set-87-src-screening';
import { TRANSFER_SOURCES } from './blind-set-87-src-transfer';
import { X12_SOURCES } from './blind-set-87-src-x12';
import { Case87, type Neg87, type NegSource87, type Pos87, type Source87 } from './blind-set-87-types';

/**
 * Blind set 87 (sealed, held out): healthcare, insurance, HR, payroll and benefits integrations as
 * their code logs the traffic when a call fails or a feed is processed, forwarded into an alert.
 * See blind-set-87.test.ts.
 */

export const SOURCES_87: readonly Source87[] = [...HL7_SOURCES, ...FHIR_SOURCES, ...EHR_SOURCES, ...X12_SOURCES, ...TRANSFER_SOURCES, ...HRIS_SOURCES, ...PAYROLL_SOURCES, ...SCREENING_SOURCES, ...MISC_SOURCES];
export const NEG_SOURCES_87: readonly NegSource87[] = [...NEG_HEALTH, ...NEG_TEXT];

const POSITIVES = 500;
const ENV_SHARE = 0.72;
const NEGATIVES = 220;

export function buildBlindSet87(seed: number, drops?: Drops87): BlindSetShape {
  const root = new Rng87(seed * 7919 + 87);
  const positives: Pos87[] = [];
  const S = SOURCES_87.length;
  const offset = root.int(0, 1000);
  for (let i = 0; i < POSITIVES; i++) {
    const src = SOURCES_87[i % S]!;
    const f = (Math.floor(i / S) + offset) % src.formats.length;
    const c = new Case87(root.fork(`p${i}`));
    let text = src.formats[f]!(c);
    // The worker logs the credentials it loaded next to the failure in most cases.
    if (c.rng.chance(ENV_SHARE)) text += `\n${envLine(c, 1711929600 + c.rng.int(0, 8e6))}`;
    const pos = finalizeCase(`${src.name}/${f}/${i}`, text, c.vals, drops);
    if (pos) positives.push(pos);
  }
  const negatives: Neg87[] = [];
  const N = NEG_SOURCES_87.length;
  for (let i = 0; N > 0 && i < NEGATIVES; i++) {
    const src = NEG_SOURCES_87[i % N]!;
    const f = (Math.floor(i / N) + offset) % src.formats.length;
    negatives.push({ id: `${src.name}/${f}/${i}`, text: src.formats[f]!(root.fork(`n${i}`)) });
  }
  return { positives, negatives };
}
