import { Rng9, hash9 } from './blind-set-9-rng';
import { accessCases } from './blind-set-22-access';
import { dirCases } from './blind-set-22-dir';
import { extraCases } from './blind-set-22-extra';
import { hrCases } from './blind-set-22-hr';
import { idpCases } from './blind-set-22-idp';
import { mfaCases } from './blind-set-22-mfa';
import { negAccessCases } from './blind-set-22-neg-access';
import { negDirCases } from './blind-set-22-neg-dir';
import { negFedCases } from './blind-set-22-neg-fed';
import { oidcCases } from './blind-set-22-oidc';
import { samlCases } from './blind-set-22-saml';
import { scimCases } from './blind-set-22-scim';
import type { BlindSet22, NegCase22, PosCase22 } from './blind-set-22-types';

/** Positive sources (the id's first part) and their cases. */
const POSITIVES: Record<string, Record<string, PosCase22>> = {
  saml: samlCases,
  oidc: oidcCases,
  idp: idpCases,
  directory: dirCases,
  scim: scimCases,
  hr: hrCases,
  mfa: mfaCases,
  access: accessCases,
  extra: extraCases,
};
/** Negative sources and their cases. */
const NEGATIVES: Record<string, Record<string, NegCase22>> = { 'neg-federation': negFedCases, 'neg-directory': negDirCases, 'neg-access': negAccessCases };

/** How many draws of each positive and negative case a seed makes (each from its own stream, so layouts differ). */
const POS_DRAWS = 2;
const NEG_DRAWS = 3;

/**
 * Blind held-out set 22 (identity and access) for one seed: every case drawn POS_DRAWS / NEG_DRAWS
 * times, each draw from a stream seeded by the seed and the case id, so values are fresh per seed
 * and the set is a function of the seed.
 */
export function buildBlindSet22(seed: number): BlindSet22 {
  const set: BlindSet22 = { positives: [], negatives: [] };
  for (const [source, cases] of Object.entries(POSITIVES)) {
    for (const [name, build] of Object.entries(cases)) {
      for (let k = 1; k <= POS_DRAWS; k++) {
        const id = `${source}/${name}-${k}`;
        set.positives.push(build(new Rng9(hash9(`b22:${seed}:${id}`)), id));
      }
    }
  }
  for (const [source, cases] of Object.entries(NEGATIVES)) {
    for (const [name, build] of Object.entries(cases)) {
      for (let k = 1; k <= NEG_DRAWS; k++) {
        const id = `${source}/${name}-${k}`;
        set.negatives.push(build(new Rng9(hash9(`b22:${seed}:${id}`)), id));
      }
    }
  }
  return set;
}
