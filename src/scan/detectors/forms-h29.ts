import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { vendorKeyValue } from '../vendor-keys';
import { keyedSecretValue } from '../secret-value';
import { labelledNameOk } from './names-h28';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings): record forms of mobile builds and payment
 * SDKs — property lists (`<key>stripeSecretKey</key><string>…</string>`, Info.plist dumps), pretty-printed
 * Postman environment exports (`"key": "…",` then `"value": "…"` on the next line), Swift debugger dumps of
 * optionals (`- securityCode : Optional("123")`, `cardholderName : Optional("Zoë Brennan")`) and form-encoded
 * card names (`card[name]=Zo%C3%AB%20Brennan`, `billing_details[name]=…`).
 */

/** A value under a key that says secret (key-names.ts), or a generated one under a vendor's key (`gorgiasKey`, vendor-keys.ts). */
function secretUnderKey(key: string, v: string, ctx: MatchContext): boolean {
  return keyedSecretValue(key, v) || vendorKeyValue(key, v, ctx);
}

/** Swift and Kotlin key names of a card's verification code (`securityCode`, `cvc`, `cardCode`, `cvv2`; not a bare `code`). */
const CODE_KEY = /^(?:(?:card_?)?(?:security|verification)_?code|card_?code|(?:card_?)?(?:cvc|cvv2?|csc|cvn)(?:_?code)?)$/i;
/** Key names of a card holder's or a person's name (`cardholderName`, `holderName`, `fullName`, `nameOnCard`). */
const NAME_KEY = /^(?:(?:card_?)?holder_?name|card_?holder|name_?on_?card|full_?name|(?:billing|customer|passenger|guest|traveller|traveler)_?name)$/i;

export const FORM_H29_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'plist-secret-value',
    name: 'Secret in a property list (`<key>…Secret</key><string>…</string>`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['</key>'],
    span: 200,
    // Info.plist and .plist dumps; the string may sit on the next line.
    pattern: /<key>(?<k>[A-Za-z_][\w.-]{0,79})<\/key>\s{0,60}<string>(?<v>[^<\r\n]{1,1024})<\/string>/,
    mask: 'full',
    validate: (v, ctx) => secretUnderKey(ctx.key ?? '', v, ctx),
    remediation: 'Keep server secrets out of app bundles (Info.plist ships to every device): rotate this one and fetch it from your backend',
  }),
  defineDetector({
    id: 'postman-environment-secret',
    name: 'Secret in a pretty-printed Postman environment export (`"key": …` then `"value": …`)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['"key": "'],
    span: 300,
    pattern: /"key": "(?<k>[A-Za-z_][\w.-]{0,79})",\s{1,40}"value": "(?<v>[^"\r\n]{1,4096})"/,
    mask: 'full',
    validate: (v, ctx) => secretUnderKey(ctx.key ?? '', v, ctx),
    remediation: 'Rotate this secret and export Postman environments without current values (or use Postman Vault)',
  }),
  defineDetector({
    id: 'swift-optional-card-code',
    name: "Card verification code in a Swift debugger dump (`securityCode : Optional(\"123\")`)",
    category: 'financial',
    severity: 'critical',
    priority: 64,
    confidence: 0.85,
    keywords: ['optional("'],
    pattern: /(?<![\w])(?<k>[A-Za-z_]\w{0,30})\s{0,2}[:=]\s{0,2}Optional\("(?<v>\d{3,4})"\)/,
    mask: 'full',
    validate: (_v, ctx) => CODE_KEY.test(ctx.key ?? ''),
    remediation: 'Never log card verification codes (PCI DSS 3.2): keep payment models out of debugger output and crash logs',
  }),
  defineDetector({
    id: 'swift-optional-person-name',
    name: "Card holder's or person's name in a Swift debugger dump (`cardholderName : Optional(\"…\")`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['optional("'],
    pattern: /(?<![\w])(?<k>[A-Za-z_]\w{0,30})\s{0,2}[:=]\s{0,2}Optional\("(?<v>[^"\\\r\n]{3,80})"\)/,
    mask: 'full',
    validate: (v, ctx) => NAME_KEY.test(ctx.key ?? '') && labelledNameOk(v),
    remediation: "Keep customers' names out of debugger output and crash logs: log a record id",
  }),
  defineDetector({
    id: 'form-card-name',
    name: "Card holder's name in a form-encoded payment request (the card's or billing details' name field)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['[name]=', '%5bname%5d='],
    pattern: /(?<![\w\]])(?:card|billing_details|owner|cardholder|holder|source|customer)(?:\[name\]|%5Bname%5D)=(?<v>[^&\s"'<>]{3,120})/i,
    mask: 'full',
    validate: (v) => labelledNameOk(v),
    remediation: "Don't log payment request bodies: the card holder's name travels with the card",
  }),
];
