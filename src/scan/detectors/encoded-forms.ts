import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isFictionalPhone } from '../public-values';

/** Where a form-encoded value ends: `&`, an encoded `&`/quote/comma, a quote, whitespace, end of text. */
const FORM_END = String.raw`(?=$|[&\s"',;<})\]]|%(?:26|22|27|2C)|\\)`;

/** Personal data as it appears URL- or form-encoded (request bodies, webhook payloads). */
export const ENCODED_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-url-encoded',
    name: 'Phone number (URL-encoded, %2B…)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['%2b'],
    // `To=%2B14155550123` (SMS webhooks), `phone=%2B49+155+1234567` (forms: `+` or `%20` for a space).
    pattern: new RegExp(String.raw`(?<![\w%])%2B[1-9]\d{0,14}(?:(?:\+|%20|[.-])\(?\d{1,14}\)?){0,6}` + FORM_END, 'i'),
    mask: 'phone',
    validate: (v) => {
      const digits = v.slice(3).replace(/%20/gi, ' ').replace(/\D/g, '');
      // With separators 9-15 digits (E.164); run together 11-15, as the plain phone detector asks.
      const ok = /[+.(-]|%20/i.test(v.slice(3)) ? digits.length >= 9 && digits.length <= 15 : digits.length >= 11 && digits.length <= 15;
      // Decoded, a number reserved for fiction (`%2B1+415+555+0123`) is example data, as the plain phone detectors report it.
      return ok && isFictionalPhone(digits) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : ok;
    },
    remediation: 'Remove this phone number from the logged request body',
  }),
];
