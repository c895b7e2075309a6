import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/** A phone object's key before the part (`"phone":{"phone_number":{`, `PhoneNumber{countryCode=1, `, dotted `payer.phone.`). */
const PHONE_BEFORE = /(?:phone|mobile|msisdn|tel(?:ephone)?)\w{0,20}\\{0,3}["']?\s{0,2}[:={(.]/i;

/**
 * A phone number's national part under its own key inside a phone object: PayPal's
 * `"phone":{"phone_number":{"national_number":"4085551234"}}`, libphonenumber's
 * `{ countryCode: 44, nationalNumber: 7700900123 }`: digits only, no phone layout to know it by.
 */
export const PHONE_PART_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-national-number',
    name: 'Phone number (national number inside a phone object)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.75,
    keywords: ['national_number', 'nationalnumber'],
    pattern: /(?<![A-Za-z0-9])(?<k>national_?number|nationalNumber|NationalNumber)\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>\d{6,14})(?![\d.])/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 80), ctx.matchStart ?? ctx.start);
      return PHONE_BEFORE.test(before) && !/^(\d)\1+$/.test(v) && !'0123456789012345'.includes(v);
    },
    remediation: "Log payer and contact records without the phone number (an id is enough to trace them)",
  }),
];
