import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round l86: the customer's phone number in a WhatsApp Cloud API webhook: `wa_id` (the user's WhatsApp id is their number
 * in E.164 digits without `+`), and a message's `from`/`recipient_id` in the same payload. The business's own
 * `display_phone_number` and `phone_number_id` are not read.
 */
export const WHATSAPP_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'whatsapp-user-phone',
    name: "Customer's phone number as a WhatsApp Cloud API webhook gives it (`\"wa_id\":\"4479…\"`, a message's `from`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.8,
    keywords: ['wa_id', 'messaging_product'],
    pattern: /(?<![\w-])\\{0,3}["']?(?<k>wa_id|from|recipient_id|to)\\{0,3}["']?\s{0,3}:\s{0,3}\\{0,3}["'](?<v>[1-9]\d{7,14})(?=\\{0,3}["'])/,
    mask: 'full',
    // The payload's marks within 2,000 characters (bounded: a long line of `"from":…` pairs is not searched whole per match).
    validate: (_v, ctx) => ctx.key === 'wa_id' || /wa_id|messaging_product\\{0,3}["']?\s{0,3}:\s{0,3}\\{0,3}["']whatsapp/.test(ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.end + 2000)),
    remediation: 'Log the WhatsApp message id, not the customer\'s number',
  }),
];
