import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx49, type Planted49 } from './blind-set-49-ctx';
import { CREATOR49 } from './blind-set-49-creator';
import { DATING49 } from './blind-set-49-dating';
import { EXTRA49 } from './blind-set-49-extra';
import { MESSAGING49, type Tpl49 } from './blind-set-49-messaging';
import { MODERATION49 } from './blind-set-49-moderation';
import { NEGATIVES49 } from './blind-set-49-negatives';
import { VERIFICATION49 } from './blind-set-49-verification';

const POSITIVE_TEMPLATES: readonly Tpl49[] = [...MESSAGING49, ...MODERATION49, ...VERIFICATION49, ...DATING49, ...CREATOR49, ...EXTRA49];
const PER_POSITIVE = 8;
/** Fewer cases of the templates dense in personal data, more of those dense in secrets and bank data. */
const FEW = ['reports/doxxing-ticket', 'reports/cybertipline-xml', 'reports/queue-csv', 'reports/ban-appeal-sql', 'verification/onfido-applicant', 'verification/veriff-session', 'verification/persona-webhook', 'verification/jumio-callback', 'verification/mrz-ocr-log', 'verification/kyc-sql', 'dating/profile-api-dump', 'community/discourse-admin', 'moderation/activefence-webhook', 'messaging/sendbird-webhook', 'dating/match-log4j', 'verification/stripe-identity'];
const MANY = ['messaging/pubnub-pusher-env', 'messaging/stream-chat-go', 'notify/brevo-properties', 'messaging/plivo-spring-xml', 'moderation/rekognition-java', 'moderation/queue-worker-env', 'dating/agora-config', 'dating/apple-iap-verify', 'dating/segment-amplitude', 'creator/patreon-oauth', 'creator/twitch-eventsub', 'community/discord-py', 'community/synapse-homeserver', 'community/mattermost-rocket', 'dating/chargeback-csv', 'creator/1099-sql', 'creator/stripe-connect-bank', 'dating/adyen-payment', 'creator/gocardless-mandate', 'creator/wise-recipient', 'creator/uk-payout-csv', 'creator/payout-w9', 'dating/raw-card-form', 'dating/braintree-xml', ...EXTRA49.slice(0, 7).map((t) => t[0])];
const casesOf = (name: string): number => (FEW.includes(name) ? 3 : MANY.includes(name) ? 12 : PER_POSITIVE);
const PER_NEGATIVE = 8;

/** True when every value sits in the text and every short value occurs exactly once. */
function sound(text: string, values: readonly Planted49[]): boolean {
  return values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 49: online communities, dating and social apps, and trust and safety
 * (moderation queues, abuse reports, age and identity verification, creator payouts,
 * messaging and notification providers). A pure function of `seed`.
 */
export function buildBlindSet49(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted49[] }[] = [];
  for (const [name, make] of POSITIVE_TEMPLATES) {
    for (let k = 0, n = casesOf(name); k < n; k++) {
      const id = `${name}/${k}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Ctx49(new Rng9(hash9(`49:${seed}:${id}:${attempt}`)));
        const text = make(c);
        if (sound(text, c.values)) {
          positives.push({ id, text, values: c.values });
          break;
        }
        if (attempt > 50) throw new Error(`blind set 49: cannot build ${id}`);
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, make] of NEGATIVES49) {
    for (let k = 0; k < PER_NEGATIVE; k++) {
      const id = `${name}/${k}`;
      const c = new Ctx49(new Rng9(hash9(`49:${seed}:${id}:0`)));
      negatives.push({ id, text: make(c) });
    }
  }
  return { positives, negatives };
}
