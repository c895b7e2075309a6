import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { luhnValid } from '../validators';

/**
 * Round r37 (blind set 37: retail stores, restaurants and point of sale): card data as terminals
 * trace it and gift cards as stored-value services take them — EMV tag 57 (track 2 equivalent
 * data, `PAN D YYMM …`) and tag 5F20 (the cardholder's name) in a kernel trace, ISO 7813 track 1
 * with its `%B` and `?` sentinels, gift card numbers, PINs and access codes beside a gift card
 * service, and the password and card number of a Givex JSON-RPC `dc_` call.
 */

/** Words near a gift card request: the service, the host path or the program. */
const GIFT_CONTEXT = /gift[ _-]?cards?|giftcards?|stored[ _-]?value|\bSVS\b|givex|valutec|paytronix|printedCardNumber/i;

/** True when the text up to 400 characters before `start` (or the match's own line) names a gift card service. */
const giftNear = (text: string, start: number, end: number): boolean => {
  const lineEnd = text.indexOf('\n', end);
  return GIFT_CONTEXT.test(text.slice(Math.max(0, start - 400), lineEnd < 0 ? text.length : lineEnd));
};

/** Not one digit repeated and not a counting run (`1111…`, `1234…`). */
const digitsOk = (v: string): boolean => !/^(\d)\1+$/.test(v) && !/(?:0123456|1234567|9876543)/.test(v);

/** A track 2 expiry (YYMM) with a real month. */
const expiryOk = (yymm: string): boolean => {
  const mm = Number(yymm.slice(2, 4));
  return mm >= 1 && mm <= 12;
};

/** Between a key and its value: `=`, `: `, `" : "`, `=>`. */
const KSEP = String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=>|[:=])\s{0,3}(?:\\{0,3}["'])?`;

export const PAYMENTS_R37_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'emv-track2-equivalent',
    name: 'EMV tag 57 track 2 equivalent data (`PAN D YYMM service code …`) in a terminal or kernel trace',
    category: 'financial',
    severity: 'critical',
    priority: 73,
    confidence: 0.9,
    keywords: ['tag 57', '57 len', 'tag=57', 'tag:57', 'track2equivalent', 'track2_equivalent', 'track2equiv', 't2_equiv', 'track 2 equivalent'],
    // `TAG 57 LEN 13 VAL 4613…D3110201…F`: the PAN, `D`, YYMM and the service code, then discretionary data and an `F` pad.
    pattern: /(?<![0-9A-Za-z])(?<v>[2-6]\d{11,18}D\d{4}[0-9]{3}\d{0,24})F?(?![0-9A-Za-z])/,
    mask: 'card',
    validate: (v) => {
      const d = v.indexOf('D');
      return luhnValid(v.slice(0, d)) && expiryOk(v.slice(d + 1, d + 5));
    },
    remediation: 'Stop tracing EMV tags in clear: track 2 equivalent data (PCI DSS 3.2.1) must never be stored after authorization; mask tag 57, 5A and 5F20 in the kernel log',
  }),
  defineDetector({
    id: 'emv-cardholder-name-tag',
    name: "Cardholder's name in EMV tag 5F20 of a terminal trace (`TAG 5F20 … VAL LEE/ANN`)",
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.8,
    keywords: ['5f20'],
    pattern: /(?<![0-9A-Za-z])5F20(?:\s{1,3}LEN\s{1,3}[0-9A-F]{2})?\s{1,3}(?:VAL\s{1,3}|=\s{0,2}|:\s{0,2})(?<v>[A-Z][A-Z'-]{1,25}(?: [A-Z][A-Z'-]{1,25}){0,2} ?\/ ?[A-Z][A-Z'-]{1,25}(?: [A-Z][A-Z'.-]{0,25}){0,2})(?![A-Za-z'\/-])/,
    mask: 'full',
    validate: (v) => !/\b(?:CARDHOLDER|VALUED|CUSTOMER|VISA|MASTERCARD|DEBIT|CREDIT|TEST|CARD)\b/.test(v),
    remediation: 'Mask tag 5F20 (the cardholder name) with tags 57 and 5A in the kernel trace',
  }),
  defineDetector({
    id: 'card-track1-sentinels',
    name: 'Payment card track 1 data with its sentinels (from the `%B` start sentinel to the end sentinel)',
    category: 'financial',
    severity: 'critical',
    priority: 73, // above card-track-data, which reads the same track without the `%B` and `?` sentinels
    confidence: 0.9,
    keywords: ['%b'],
    pattern: /(?<![\w%])(?<v>%B[2-6]\d{12,18}\^[A-Z][A-Z .'\/-]{1,25}\^\d{7,40}\?)/,
    mask: 'card',
    validate: (v) => luhnValid(v.slice(2, v.indexOf('^'))),
    remediation: 'Stop logging reader output at once: track data (PCI DSS 3.2.1) must never be stored after authorization; rotate the cards',
  }),
  defineDetector({
    id: 'gift-card-number',
    name: 'Gift card number under a card-number key beside a gift card or stored-value service',
    category: 'financial',
    severity: 'high',
    priority: 60, // below credit-card: a Luhn-valid payment card under the same key stays a payment card
    confidence: 0.75,
    keywords: ['giftcard', 'gift_card', 'gift-card', 'gift card', 'printedcardnumber', 'printed_card_number', 'stored value', 'storedvalue'],
    // The request often follows its service's line (`GiftCardService.activate failed …` then the body).
    span: 400,
    pattern: /(?<![A-Za-z0-9_])(?<k>(?:gift_?card_?|printed_?card_?|card_?)(?:number|num|no)|number)(?:\\{0,3}["'])?\s{0,3}(?:=>|[:=])\s{0,3}(?:\\{0,3}["'])?(?<v>\d{12,19})(?![\d])/i,
    mask: 'tail',
    validate: (v, ctx) => digitsOk(v) && giftNear(ctx.text, ctx.start, ctx.end),
    remediation: 'Log gift cards by their last four digits: the number (with its PIN) spends the balance',
  }),
  defineDetector({
    id: 'gift-card-pin',
    name: 'Gift card PIN or access code beside a gift card or stored-value service',
    category: 'financial',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: ['giftcard', 'gift_card', 'gift-card', 'gift card'],
    span: 400,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?<k>(?:gift_?card_?|card_?)?(?:pin|PIN|Pin)|(?:access|security|scratch|redemption)_?[Cc]ode)${KSEP}(?<v>[A-Z0-9]{4,16})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v, ctx) => {
      if (/pin$/i.test(ctx.key ?? '') ? !/^\d{4,8}$/.test(v) : !/\d/.test(v) && !/^[A-Z]{6,16}$/.test(v)) return false;
      return digitsOk(v) && giftNear(ctx.text, ctx.start, ctx.end);
    },
    remediation: 'Never log gift card PINs or access codes: with the number they spend the balance; reissue the affected cards',
  }),
  defineDetector({
    id: 'givex-jsonrpc-password',
    name: 'Givex API password (4th parameter of a Givex JSON-RPC `dc_` call)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.85,
    keywords: ['"dc_'],
    // Givex GAPI calls are `{"method":"dc_9xx","params":[language, transaction code, user id, password, card number, …]}`.
    pattern: /"method"\s{0,3}:\s{0,3}"dc_\d{3}"[^\]\n]{0,80}?"params"\s{0,3}:\s{0,3}\[\s{0,3}"[a-z]{2}"\s{0,3},\s{0,3}"[^"\n]{0,40}"\s{0,3},\s{0,3}"\d{1,12}"\s{0,3},\s{0,3}"(?<v>[^"\s]{4,64})"/,
    mask: 'full',
    validate: (v) => !/^(?:\*+|x+|<[^>]*>|\$\{[^}]*\})$/i.test(v),
    remediation: "Change the Givex user's password in the Givex admin and log GAPI calls without their params",
  }),
  defineDetector({
    id: 'givex-jsonrpc-card',
    name: 'Givex gift card number (5th parameter of a Givex JSON-RPC `dc_` call)',
    category: 'financial',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['"dc_'],
    pattern: /"method"\s{0,3}:\s{0,3}"dc_\d{3}"[^\]\n]{0,80}?"params"\s{0,3}:\s{0,3}\[\s{0,3}"[a-z]{2}"\s{0,3},\s{0,3}"[^"\n]{0,40}"\s{0,3},\s{0,3}"\d{1,12}"\s{0,3},\s{0,3}"[^"\n]{0,64}"\s{0,3},\s{0,3}"(?<v>\d{12,21})"/,
    mask: 'tail',
    validate: (v) => digitsOk(v),
    remediation: 'Log Givex calls without their params: the card number (with its PIN) spends the balance',
  }),
];
