import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { BANK } from './blind-set-69-bank';
import { Ctx69, type Tpl69, type Val69 } from './blind-set-69-ctx';
import { DOCUSIGN } from './blind-set-69-docusign';
import { ESIGN } from './blind-set-69-esign';
import { NEG_A } from './blind-set-69-neg-a';
import { NATID } from './blind-set-69-natid';
import { NEG_B } from './blind-set-69-neg-b';
import { OCR } from './blind-set-69-ocr';
import { ONFIDO } from './blind-set-69-onfido';
import { PERSONA } from './blind-set-69-persona';
import { SOCURE } from './blind-set-69-socure';
import { STRIPE } from './blind-set-69-stripe';
import { SUMSUB } from './blind-set-69-sumsub';
import { VAULT } from './blind-set-69-vault';

/** Positive templates of set 69 (identity verification and e-signature integrations). */
export const POSITIVE_TEMPLATES_69: readonly Tpl69[] = [...ONFIDO, ...PERSONA, ...SOCURE, ...SUMSUB, ...STRIPE, ...BANK, ...DOCUSIGN, ...ESIGN, ...OCR, ...NATID, ...VAULT];
export const NEGATIVE_TEMPLATES_69: readonly Tpl69[] = [...NEG_A, ...NEG_B];
const PER_NEGATIVE_TEMPLATE = 4;

/**
 * Cases per positive template, fixed by what the template plants in a probe draw (independent of the seed):
 * 7 for templates with financial values, 9 for credential-only ones, 2 for those with a few personal values,
 * 1 for dense applicant dumps, so that the set stays credential-led with a financial share above an eighth.
 */
function instances(t: Tpl69): number {
  const c = new Ctx69(new Rng9(hash9(`69probe|${t.src}/${t.name}`)));
  t.make(c);
  const n = (g: Val69['group']): number => c.vals.filter((v) => v.group === g).length;
  if (n('financial') > 0) return 7;
  if (n('personal') === 0) return 9;
  return n('personal') >= 4 ? 1 : 2;
}

/** Every planted value sits in the text, and a short one exactly once. */
function wellFormed(text: string, vals: readonly Val69[]): boolean {
  return vals.length > 0 && vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Writes one case; a draw whose short values collide with other text is drawn again from the next stream. */
function positive(t: Tpl69, id: string, seed: number): { id: string; text: string; values: Val69[] } {
  for (let attempt = 0; attempt < 64; attempt++) {
    const c = new Ctx69(new Rng9(hash9(`69|${seed}|${id}|${attempt}`)));
    const text = t.make(c);
    if (wellFormed(text, c.vals)) return { id, text, values: c.vals };
  }
  throw new Error(`blind set 69: no well-formed draw for ${id}`);
}

/**
 * Sealed blind set 69: identity verification (KYC/KYB/AML) and e-signature integrations as their
 * failures reach an alert. Deterministic in `seed`.
 */
export function buildBlindSet69(seed: number): BlindSetShape {
  const positives = POSITIVE_TEMPLATES_69.flatMap((t) => Array.from({ length: instances(t) }, (_, i) => positive(t, `${t.src}/${t.name}#${i}`, seed)));
  const negatives = NEGATIVE_TEMPLATES_69.flatMap((t) =>
    Array.from({ length: PER_NEGATIVE_TEMPLATE }, (_, i) => {
      const id = `${t.src}/${t.name}#${i}`;
      return { id, text: t.make(new Ctx69(new Rng9(hash9(`69n|${seed}|${id}`)))) };
    }),
  );
  return { positives, negatives };
}
