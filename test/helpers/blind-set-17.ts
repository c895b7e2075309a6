import { negAudit } from './blind-set-17-neg-audit';
import { negHuman } from './blind-set-17-neg-human';
import { negStream } from './blind-set-17-neg-stream';
import { posAudit } from './blind-set-17-pos-audit';
import { posChat } from './blind-set-17-pos-chat';
import { posFinancial } from './blind-set-17-pos-financial';
import { posMail } from './blind-set-17-pos-mail';
import { posPersonalA } from './blind-set-17-pos-personal-a';
import { posPersonalB } from './blind-set-17-pos-personal-b';
import { posQueue } from './blind-set-17-pos-queue';
import { posSaas } from './blind-set-17-pos-saas';
import { hash17, Rng17 } from './blind-set-17-rng';
import type { BlindSet17 } from './blind-set-17-types';

export type { BlindSet17 } from './blind-set-17-types';

const POSITIVES = [...posQueue, ...posAudit, ...posMail, ...posChat, ...posSaas, ...posPersonalA, ...posPersonalB, ...posFinancial];
const NEGATIVES = [...negStream, ...negAudit, ...negHuman];

/** Blind held-out set 17: each case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet17(seed: number): BlindSet17 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng17(hash17(`blind17/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng17(hash17(`blind17/${seed}/neg/${i}`)))),
  };
}
