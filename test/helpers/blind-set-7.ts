import { Rng } from './blind-set-7-rng';
import { aiCases } from './blind-set-7-ai';
import { observabilityCases } from './blind-set-7-observability';
import { vaultCases } from './blind-set-7-vaults';
import { identityCases } from './blind-set-7-identity';
import { messagingCases } from './blind-set-7-messaging';
import { commerceCases } from './blind-set-7-commerce';
import { fintechCases } from './blind-set-7-fintech';
import { sshGitCases } from './blind-set-7-ssh-git';
import { humanCases } from './blind-set-7-human';
import { negIdCases } from './blind-set-7-neg-ids';
import { negPublicCases } from './blind-set-7-neg-public';
import { negLogCases } from './blind-set-7-neg-logs';
import type { Blind7Negative, Blind7Positive } from './blind-set-7-types';

/** Blind held-out set 7: positives that leak listed values and negatives that leak nothing. */
export interface BlindSet7 {
  positives: Blind7Positive[];
  negatives: Blind7Negative[];
}

/**
 * Builds blind set 7 from `seed` (issue #13): every value is drawn fresh from the seed, so the same
 * seed gives the same set and another seed gives new values in the same contexts.
 */
export function buildBlindSet7(seed: number): BlindSet7 {
  const r = new Rng(seed);
  const positives = [aiCases, observabilityCases, vaultCases, identityCases, messagingCases, commerceCases, fintechCases, sshGitCases, humanCases].flatMap((f) => f(r));
  const negatives = [negIdCases, negPublicCases, negLogCases].flatMap((f) => f(r));
  return { positives, negatives };
}
