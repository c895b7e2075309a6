import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round r33 (blind set 33: fintech back offices): secrets of bank connectivity and payment
 * providers under the names their products give them — a SWIFT Alliance LAU key, a Square webhook
 * signature key — and the bank login an aggregator's member request carries (MX `credentials`).
 */

/** A key name written in any of the styles config dumps use: `SQUARE_WEBHOOK_SIGNATURE_KEY`, `square.webhook.signature.key`, `squareWebhookSignatureKey`. */
const words = (...ws: string[]): string => ws.map((w) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('[_.-]?');

/** Between a key and its value: `=`, `: `, `" : "`, `=>`, `='`, or a table's column gap. */
const KSEP = String.raw`(?:\\{0,3}["'])?(?:\s{0,3}(?:=>|:=|[:=])\s{0,3}|[ \t]{2,40})(?:\\{0,3}["'])?`;

/** Not a placeholder or one character repeated. */
const tokenOk = (v: string): boolean => !/^(.)\1+$/.test(v) && !/^(?:x+|X+|0+)$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

export const SECRET_R33_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'swift-lau-key',
    name: 'SWIFT Alliance LAU key (local authentication between Alliance Access and the back office)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.85,
    keywords: ['lau_key', 'lau.key', 'lau-key', 'laukey', 'lau key'],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z])[Ll]|(?<=[a-z])L)[Aa][Uu][_. -]?${words('key')}(?:[_.-]?[A-Za-z0-9]{1,12})?${KSEP}(?<v>[0-9A-Fa-f]{32}|[A-Za-z0-9!#%&*+=?@^_-]{16,32})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v) => tokenOk(v),
    remediation: 'Agree a new LAU key with the SWIFT interface owners and keep it in the HSM-backed key store',
  }),
  defineDetector({
    id: 'square-webhook-signature-key',
    name: 'Square webhook signature key under its name',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['signature_key', 'signature.key', 'signature-key', 'signaturekey'],
    // Square's webhook subscriptions sign with a 22-character base64url key.
    pattern: new RegExp(String.raw`${words('webhook')}[_.-]?${words('signature')}[_.-]?${words('key')}${KSEP}(?<v>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])`),
    mask: 'full',
    validate: (v) => tokenOk(v),
    remediation: 'Rotate the webhook signature key in the Square Developer Console and keep it out of config dumps',
  }),
  defineDetector({
    id: 'mx-member-credential',
    name: 'Bank login (username or password) in an MX member `credentials` request',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.9,
    keywords: ['"crd-'],
    // `"credentials":[{"guid":"CRD-<uuid>","value":"<username>"},{"guid":"CRD-…","value":"<password>"}]`.
    pattern: /\\{0,3}"guid\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"CRD-[0-9a-f-]{36}\\{0,3}"\s{0,2},\s{0,2}\\{0,3}"value\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?<v>[^"\\\s]{2,128})\\{0,3}"/,
    mask: 'full',
    validate: (v) => !/^(?:x+|\*+|redacted|\[filtered\]|<[^>]*>)$/i.test(v),
    remediation: "Rotate the member's bank password with the customer and never log aggregator request bodies",
  }),
];
