import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { plausibleBirthDate } from '../birth-dates';
import { nearby } from '../nearby';
import { abaValid, luhnValid } from '../validators';
import { GAP } from './national-ids';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms): an ACH payment method
 * written `routing:account` (Zuora, billing exports), the unhashed `user_data` of Meta's Conversions
 * API (a phone, names, a birth date sent where SHA-256 digests belong), and a Brazilian account
 * under a qualified `conta` key (`Conta_Reembolso`) beside the branch (`agencia`).
 */

/** Words of a payment method or bank details on the line or record. */
const ACH_WORDS = /,ach,|"ach"|'ach'|=ach|ach:| ach |ach=|ach\/|\(ach\)|routing|bank|echeck|e-check|checking|savings|debit|payment_method|paymentmethod|payment method|payment-method/i;

/** Where Meta's Conversions API user data starts, and the object's end. */
const USER_DATA = '"user_data"';

/** True when `[start)` lies inside a `"user_data":{…}` object opened at most 700 characters before. */
function inUserData(text: string, start: number): boolean {
  const from = Math.max(0, start - 700);
  const at = text.lastIndexOf(USER_DATA, start);
  if (at < from) return false;
  const between = text.slice(at + USER_DATA.length, start);
  return /^\s{0,2}:\s{0,2}\{/.test(between) && !between.includes('}');
}

/** A SHA-256 digest (what the API expects) rather than the raw value. */
const HEX64 = /^[0-9a-f]{64}$/i;

/** Sibling keys of a card in a billing-info object (Recurly, Braintree, Chargebee): expiry, CVV, holder's name. */
const CARD_SIBLING = /"(?:month|year|exp(?:iry|iration)?_?(?:month|year|date)|verification_value|cvv|cvc|cvv2|security_code|first_name|last_name|name_on_card|card_?holder)"\s{0,2}:/i;

export const RECORD_C30_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'card-number-under-number-key',
    name: 'Card number under a bare `number` key of a billing-info object (beside expiry month and year)',
    category: 'financial',
    severity: 'critical',
    priority: 66.5,
    confidence: 0.85,
    keywords: ['"number"'],
    // Recurly `{"first_name":"Ann","number":"343676276831768","month":10,"year":2026}`, Braintree `"number":"4111…","expirationMonth"`.
    pattern: /"number"\s{0,2}:\s{0,2}"(?<v>\d{13,19})"/,
    mask: 'tail',
    validate: (v, ctx) => luhnValid(v) && /^(?:3[47]|4|5[1-5]|2[2-7]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68])|35)/.test(v) && nearby(CARD_SIBLING, ctx.text, ctx.start, ctx.end, 160),
    remediation: 'Send card numbers to the billing provider from the browser (tokenised), never through logged server requests',
  }),
  defineDetector({
    id: 'ach-routing-account-pair',
    name: 'US bank account in an ACH `routing:account` pair',
    category: 'financial',
    severity: 'high',
    priority: 62.5,
    confidence: 0.85,
    // The words of ACH_WORDS, each a keyword (`ach` alone is in every `each` and `cache`).
    keywords: [',ach,', '"ach"', "'ach'", '=ach', 'ach:', ' ach ', 'ach=', 'ach/', '(ach)', 'routing', 'bank', 'echeck', 'e-check', 'checking', 'savings', 'debit', 'payment_method', 'paymentmethod', 'payment method', 'payment-method'],
    // `A35799756,ACH,319210756:874907727,114.03`, `bank=021000021:123456789012`: an ABA-valid routing number, then the account.
    pattern: /(?<![\w.:\/-])(?<r>\d{9})[:\/](?<v>\d{4,17})(?![\w:\/.-]|\.\d)/,
    mask: 'tail',
    validate: (v, ctx) => {
      const routing = ctx.text.slice(ctx.start - 10, ctx.start - 1);
      if (!abaValid(routing) || /^(\d)\1+$/.test(v)) return false;
      return nearby(ACH_WORDS, ctx.text, ctx.start - 10, ctx.end, 400);
    },
    remediation: 'Export payment methods masked (last four digits of the account), never with the full routing:account pair',
  }),
  defineDetector({
    id: 'meta-capi-unhashed-phone',
    name: "Phone number sent unhashed in Meta Conversions API `user_data` (`\"ph\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 50.5,
    confidence: 0.8,
    keywords: ['"ph"'],
    // `"user_data":{"em":["…"],"ph":["918358827623"]}`: the API wants SHA-256 digests; digits are the customer's phone.
    pattern: /"ph"\s{0,2}:\s{0,2}(?:\[\s{0,2})?"(?<v>\+?\d{8,15})"/,
    mask: 'phone',
    validate: (_v, ctx) => inUserData(ctx.text, ctx.start),
    remediation: 'Hash user data with SHA-256 before sending it to the Conversions API, and log events without it',
  }),
  defineDetector({
    id: 'meta-capi-unhashed-name-or-birth-date',
    name: "Name or birth date sent unhashed in Meta Conversions API `user_data` (`\"fn\"`, `\"ln\"`, `\"db\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 50.5,
    confidence: 0.75,
    keywords: ['"fn"', '"ln"', '"db"'],
    // `"fn":["lucia"]`, `"ln":["muñoz"]`, `"db":["19880214"]` inside `"user_data"`; 64-hex digests are what belongs there.
    pattern: /"(?<k>fn|ln|db)"\s{0,2}:\s{0,2}(?:\[\s{0,2})?"(?<v>[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9' -]{2,40}|\d{8}|\d{4}-\d\d-\d\d)"/,
    mask: 'full',
    validate: (v, ctx) => {
      if (HEX64.test(v) || !inUserData(ctx.text, ctx.start)) return false;
      if (ctx.key === 'db') return plausibleBirthDate(/^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v);
      return /[a-zà-ÿ]/i.test(v) && !/^(?:null|none|undefined|unknown|redacted|hashed)$/i.test(v);
    },
    remediation: 'Hash user data with SHA-256 before sending it to the Conversions API, and log events without it',
  }),
  defineDetector({
    id: 'bank-account-under-qualified-conta-key',
    name: 'Bank account under a qualified account key (`Conta_Reembolso`, `cuenta_devolucion`, `account_refund`) beside a branch code',
    category: 'financial',
    severity: 'high',
    priority: 63.5,
    confidence: 0.8,
    keywords: ['conta_', 'conta-', 'cuenta_', 'cuenta-'],
    // `"Agencia__c":"2894","Conta_Reembolso__c":"49790123-3"`, `cuenta_devolucion=0123456789`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[Cc]onta|CONTA|[Cc]uenta|CUENTA)[_-][A-Za-z]{3,20})${GAP}(?<v>\d{4,14}-[\dXx]|\d{5,18})(?![\w-])`),
    mask: 'tail',
    validate: (_v, ctx) =>
      !/^(?:conta|cuenta)[_-]?(?:ctos?|cto|cts|contable|gem|dor|agem)/i.test(ctx.key ?? '') &&
      nearby(/ag[eê]ncia|agencia|branch|banco|\bbank|sucursal|clabe|ispb/i, ctx.text, ctx.start, ctx.end, 250),
    remediation: 'Remove this bank account number from the logs',
  }),
];
