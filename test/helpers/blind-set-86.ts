import type { BlindSetShape } from './blind-set-measure';
import { envLine } from './blind-set-86-kit';
import { finalizeCase, type Drops86 } from './blind-set-86-finalize';
import { Rng86 } from './blind-set-86-rng';
import { NEG_OPS } from './blind-set-86-neg-ops';
import { NEG_PROTO } from './blind-set-86-neg-proto';
import { DIR_SOURCES } from './blind-set-86-src-dir';
import { FED_SOURCES } from './blind-set-86-src-fed';
import { FINANCE_SOURCES } from './blind-set-86-src-finance';
import { GWS_AWS_SOURCES } from './blind-set-86-src-gws-aws';
import { KC_ENTRA_SOURCES } from './blind-set-86-src-kc-entra';
import { MFA_SOURCES } from './blind-set-86-src-mfa';
import { OKTA_SOURCES } from './blind-set-86-src-okta';
import { VAULT_SOURCES } from './blind-set-86-src-vault';
import { VENDOR_SOURCES } from './blind-set-86-src-vendors';
import { Case86, type Neg86, type NegSource86, type Pos86, type Source86 } from './blind-set-86-types';
import { wrapAlert } from './blind-set-86-wrap';

/**
 * Blind set 86 (sealed, held out): identity, access and secrets infrastructure as integration and
 * platform code logs it when something fails, forwarded into an alert raw, in a Datadog monitor's
 * markdown or JSON-escaped inside a webhook body (sometimes twice). See blind-set-86.test.ts.
 */

export const SOURCES_86: readonly Source86[] = [...OKTA_SOURCES, ...KC_ENTRA_SOURCES, ...GWS_AWS_SOURCES, ...FED_SOURCES, ...DIR_SOURCES, ...VAULT_SOURCES, ...MFA_SOURCES, ...VENDOR_SOURCES, ...FINANCE_SOURCES];
export const NEG_SOURCES_86: readonly NegSource86[] = [...NEG_PROTO, ...NEG_OPS];

const POSITIVES = 500;
const ENV_SHARE = 0.7;
const NEGATIVES = 220;
const T0 = 1714521600;

export function buildBlindSet86(seed: number, drops?: Drops86): BlindSetShape {
  const root = new Rng86(seed * 7919 + 86);
  const positives: Pos86[] = [];
  const S = SOURCES_86.length;
  const offset = root.int(0, 1000);
  for (let i = 0; i < POSITIVES; i++) {
    const src = SOURCES_86[i % S]!;
    const f = (Math.floor(i / S) + offset) % src.formats.length;
    const c = new Case86(root.fork(`p${i}`));
    let text = src.formats[f]!(c);
    const t = T0 + c.rng.int(0, 90 * 86400);
    // The integration logs the credentials it loaded next to the failure in most cases.
    if (c.rng.chance(ENV_SHARE)) text += `\n${envLine(c, t)}`;
    text = wrapAlert(c.rng, text, src.name, t);
    const pos = finalizeCase(`${src.name}/${f}/${i}`, text, c.vals, drops);
    if (pos) positives.push(pos);
  }
  const negatives: Neg86[] = [];
  const N = NEG_SOURCES_86.length;
  for (let i = 0; N > 0 && i < NEGATIVES; i++) {
    const src = NEG_SOURCES_86[i % N]!;
    const f = (Math.floor(i / N) + offset) % src.formats.length;
    const r = root.fork(`n${i}`);
    const text = src.formats[f]!(r);
    negatives.push({ id: `${src.name}/${f}/${i}`, text: wrapAlert(r, text, src.name.replace(/^neg-/, ''), T0 + r.int(0, 90 * 86400)) });
  }
  return { positives, negatives };
}
