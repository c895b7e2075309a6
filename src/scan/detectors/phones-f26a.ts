import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round f26a: mobile-money phone numbers under M-Pesa Daraja keys (`PartyA`/`PartyB` of STK push and
 * B2C, `PhoneNumber`, `MSISDN`), written in E.164 without the `+` (`254712345678`).
 */
export const PHONE_F26A_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-mobile-money-party',
    name: 'Phone number of a mobile-money party (M-Pesa `PartyB`, `PhoneNumber`, `MSISDN`)',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['partya', 'partyb', 'phonenumber', 'msisdn'],
    // Daraja B2C `"PartyA":600981,"PartyB":"254712345678"`, STK push `"PartyA":"254712345678","PhoneNumber":"254712345678"`.
    // East and Southern African country codes (Kenya 254, Tanzania 255, Uganda 256, Rwanda 250, Mozambique 258, DRC 243, Ghana 233, Lesotho 266) and a mobile prefix.
    pattern: /(?<![A-Za-z])(?<k>PartyA|PartyB|PhoneNumber|MSISDN|Msisdn|msisdn)\\?["']?\s{0,2}[:=]\s{0,2}\\?["']?(?<v>(?:25[0-8]|243|233|266)[17]\d{8})(?!\d)/,
    mask: 'phone',
    remediation: 'Log mobile-money requests by conversation id, without the payer or payee phone',
  }),
];
