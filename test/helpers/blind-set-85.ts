import type { BlindSetShape } from './blind-set-measure';
import { envLine } from './blind-set-85-kit';
import { finalizeCase, type Drops85 } from './blind-set-85-finalize';
import { Rng85 } from './blind-set-85-rng';
import { NEG_IDS } from './blind-set-85-neg-ids';
import { NEG_TEXT } from './blind-set-85-neg-text';
import { CHAT_SOURCES } from './blind-set-85-src-chat';
import { HELPDESK_SOURCES } from './blind-set-85-src-helpdesk';
import { LIVECHAT_SOURCES } from './blind-set-85-src-livechat';
import { LOG_SOURCES } from './blind-set-85-src-logs';
import { MAIL_SOURCES } from './blind-set-85-src-mail';
import { ZENDESK_SOURCES } from './blind-set-85-src-zendesk';
import { Case85, type Neg85, type NegSource85, type Pos85, type Source85 } from './blind-set-85-types';

/**
 * Blind set 85 (sealed, held out): customer-support, messaging and inbound-email platforms as
 * integration code logs them when a call fails or a webhook is processed. Customers and agents
 * paste their own credentials, cards, bank details and personal data in ten languages; the
 * integrations' own credentials sit in headers, configs and URLs. See blind-set-85.test.ts.
 */

export const SOURCES_85: readonly Source85[] = [...ZENDESK_SOURCES, ...HELPDESK_SOURCES, ...CHAT_SOURCES, ...LIVECHAT_SOURCES, ...MAIL_SOURCES, ...LOG_SOURCES];
export const NEG_SOURCES_85: readonly NegSource85[] = [...NEG_IDS, ...NEG_TEXT];

const POSITIVES = 540;
const ENV_SHARE = 0.75;
const NEGATIVES = 230;

export function buildBlindSet85(seed: number, drops?: Drops85): BlindSetShape {
  const root = new Rng85(seed * 7919 + 85);
  const positives: Pos85[] = [];
  const S = SOURCES_85.length;
  const offset = root.int(0, 1000);
  for (let i = 0; i < POSITIVES; i++) {
    const src = SOURCES_85[i % S]!;
    const f = (Math.floor(i / S) + offset) % src.formats.length;
    const c = new Case85(root.fork(`p${i}`));
    let text = src.formats[f]!(c);
    // The worker logs the credentials it loaded next to the failure in most cases.
    if (c.rng.chance(ENV_SHARE)) text += `\n${envLine(c, 1711929600 + c.rng.int(0, 5e6))}`;
    const pos = finalizeCase(`${src.name}/${f}/${i}`, text, c.vals, drops);
    if (pos) positives.push(pos);
  }
  const negatives: Neg85[] = [];
  const N = NEG_SOURCES_85.length;
  for (let i = 0; N > 0 && i < NEGATIVES; i++) {
    const src = NEG_SOURCES_85[i % N]!;
    const f = (Math.floor(i / N) + offset) % src.formats.length;
    negatives.push({ id: `${src.name}/${f}/${i}`, text: src.formats[f]!(root.fork(`n${i}`)) });
  }
  return { positives, negatives };
}
