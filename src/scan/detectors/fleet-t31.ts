import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nationalPhoneDigits } from '../phone-digits';
import { isFictionalPhone } from '../public-values';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): driver's licence numbers after a US
 * state code (`CDL CA Y2705185`, `DL# TX 12345678`) or under a licence-number key beside a state;
 * phone numbers under a `contact` key (Razorpay's customer contact and the like); utility account
 * numbers under their label; desk-phone provisioning passwords (Yealink `account.1.password`,
 * Polycom `reg.1.auth.password`); the device key `az iot dps … compute-device-key` prints.
 */

/** US state and territory codes. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(' '),
);

/** A licence number: letters and digits (dashes between groups), at least five digits, not one digit repeated. */
const licenceOk = (v: string): boolean => (v.match(/\d/g) ?? []).length >= 5 && !/^(.)\1+$/.test(v.replace(/-/g, '')) && !/^\d{4}-\d{2}-\d{2}$/.test(v);

export const FLEET_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'us-dl-after-state',
    name: "US driver's licence number after a licence label and its state code (`CDL CA Y2705185`, `DL# TX 12345678`)",
    category: 'personal',
    severity: 'high',
    priority: 48,
    confidence: 0.75,
    keywords: ['cdl ', 'dl ', 'dl#', 'dl:', 'licence', 'license'],
    pattern: /(?<![A-Za-z0-9_-])(?:C?DL|[Dd]river'?s? [Ll]icen[cs]e|[Ll]icen[cs]e)(?:\s?(?:no\.?|number|#))?[ :#]{1,3}(?<k>[A-Z]{2})[ :#-]{1,3}(?<v>[A-Z]{0,2}\d[\d-]{4,16}\d|[A-Z]\d{4,14})(?![A-Za-z0-9-])/,
    mask: 'tail',
    validate: (v, ctx) => US_STATES.has(ctx.key ?? '') && licenceOk(v),
    remediation: "Refer to drivers by employee id in compliance mail and logs, not by licence number",
  }),
  defineDetector({
    id: 'us-dl-under-licence-key',
    name: "US driver's licence number under a licence-number key beside a licence-state key (fleet and ELD APIs)",
    category: 'personal',
    severity: 'high',
    priority: 48,
    confidence: 0.75,
    keywords: ['licensenumber', 'license_number', 'licencenumber', 'licence_number', 'dlnumber', 'dl_number'],
    pattern: /(?<![A-Za-z0-9_])(?:drivers?_?)?(?:licen[cs]e_?number|licen[cs]eNumber|dl_?number|dlNumber)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["'](?<v>[A-Z0-9][A-Z0-9-]{4,20})\\{0,3}["']/i,
    mask: 'tail',
    validate: (v, ctx) => {
      const near = ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 200));
      return licenceOk(v) && /licen[cs]e_?state|licen[cs]eState|dl_?state|issuing_?state/i.test(near);
    },
    remediation: "Sync driver records without licence numbers in debug logs (log the driver id)",
  }),
  defineDetector({
    id: 'phone-under-contact-key',
    name: 'Phone number under a `contact` key (payment and CRM customer objects: Razorpay `customer.contact`)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['contact"', "contact'", 'contact\\"'],
    pattern: /(?<![A-Za-z0-9_])contact\\{0,3}["']\s{0,3}:\s{0,3}\\{0,3}["'](?<v>\+?\d[\d -]{8,15}\d)\\{0,3}["']/,
    mask: 'phone',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      if (isFictionalPhone(d)) return false;
      // An Indian mobile (10 digits from 6-9, or with 91), or a number of a national plan.
      return /^(?:91)?[6-9]\d{9}$/.test(d) || nationalPhoneDigits(d) || (v.startsWith('+') && d.length >= 10 && d.length <= 15);
    },
    remediation: "Log customer objects without their contact details (the customer id is enough)",
  }),
  defineDetector({
    id: 'utility-account-labelled',
    name: 'Utility account number under its label (`utility account 5826395995`, `electricity account no.`)',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['utility account', 'electricity account', 'energy account', 'gas account', 'water account', 'utility_account', 'billing account'],
    pattern: /(?<![A-Za-z0-9_])(?:utility|electricity|energy|gas|water|billing)[ _]account(?:[ _](?:number|no\.?|#))?[ :#=]{1,3}(?<v>\d{6,14})(?!\d)/i,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: "Log IVR and billing events with a reference, not the customer's account number",
  }),
  defineDetector({
    id: 'desk-phone-provisioning-password',
    name: 'SIP or admin password in a desk-phone provisioning file (Yealink `account.1.password`, Polycom `reg.1.auth.password`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['.password'],
    pattern: /(?<![\w.])(?:account\.\d{1,2}\.password|reg\.\d{1,2}\.auth\.password|static\.[\w.]{0,60}password|voice\.[\w.]{0,60}password|device\.[\w.]{0,60}password)[ \t]*=[ \t]*"?(?<v>[^\s"]{4,80})"?/,
    mask: 'full',
    validate: (v) => !/^(?:\*+|x+|%[A-Z_]+%|\$\w+)$/i.test(v),
    remediation: 'Rotate the SIP account password and serve provisioning files over authenticated HTTPS only',
  }),
  defineDetector({
    id: 'azure-dps-derived-device-key',
    name: 'Azure DPS device key printed by `az iot dps … compute-device-key`',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['compute-device-key'],
    span: 400,
    pattern: /compute-device-key[^\n]{0,300}\r?\n[ \t]{0,8}"?(?<v>[A-Za-z0-9+/]{42,86}={0,2})"?(?![A-Za-z0-9+/=])/,
    mask: 'full',
    remediation: 'Regenerate the enrollment group keys (every derived device key follows from them) and keep CLI output out of tickets',
  }),
];
