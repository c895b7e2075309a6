import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { COMMERCE65 } from './blind-set-65-commerce';
import { DUMPS65 } from './blind-set-65-dumps';
import { MESSAGING65 } from './blind-set-65-messaging';
import { NEGATIVES65 } from './blind-set-65-negatives';
import { Ctx65, type Val65 } from './blind-set-65-values';

/** Draws per positive template and per negative template. */
const DRAWS = 6;
const NEG_DRAWS = 4;

/**
 * Sealed blind set 65: commerce platforms' webhooks and API errors (Shopify, BigCommerce, WooCommerce, Magento,
 * SFCC, commercetools, Amazon SP-API, eBay, Etsy) and messaging providers' callbacks, SDK debug logs and env dumps
 * (Twilio, SendGrid, Mailgun, Postmark, SES/SNS, Vonage, MessageBird, Klaviyo, FCM, APNs, OneSignal, Pusher, Ably,
 * Mailchimp, Brevo). Ids: `65-<source>/<template>-<draw>`; every value freshly drawn from the seed.
 */
export function buildBlindSet65(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val65[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  const tpls = [...COMMERCE65, ...MESSAGING65, ...DUMPS65];
  tpls.forEach((tpl, t) => {
    for (let k = 0; k < DRAWS; k++) {
      const id = `65-${tpl.src}/${t}-${k}`;
      const x = new Ctx65(new Rng9(hash9(`${seed}:${id}`)));
      const text = tpl.t(x);
      positives.push({ id, text, values: x.vals });
    }
  });
  NEGATIVES65.forEach((tpl, t) => {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const id = `65-neg-${tpl.src}/${t}-${k}`;
      negatives.push({ id, text: tpl.t(new Rng9(hash9(`${seed}:${id}`))) });
    }
  });
  return { positives, negatives };
}
