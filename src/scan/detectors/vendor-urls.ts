import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/** A generated key: letters and digits mixed, not a run or a word. */
const generated = (v: string): boolean => !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

/**
 * Vendor credentials found by the URL, call or token shape their vendor prints (blind set 12):
 * the secret of a `cloudinary://key:secret@cloud` URL, Dropbox short-lived access tokens
 * (`sl.…`, `sl.u.…`), a Loggly customer token in an `/inputs/` or `/bulk/` path, a Backblaze B2
 * application key given to `b2 authorize-account`.
 */
export const VENDOR_URL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'cloudinary-url-secret',
    name: 'Cloudinary API secret (in a CLOUDINARY_URL)',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    keywords: ['cloudinary://'],
    // `CLOUDINARY_URL=cloudinary://123456789012345:<secret>@my-cloud`.
    pattern: /cloudinary:\/\/\d{6,20}:(?<v>[A-Za-z0-9_-]{20,40})@/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Regenerate this Cloudinary API secret in the console and move CLOUDINARY_URL to a secret store',
  }),
  defineDetector({
    id: 'dropbox-access-token',
    name: 'Dropbox access token',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['sl.'],
    // Short-lived tokens: `sl.` or `sl.u.` and 130+ URL-safe base64 characters (not `ssl.` or `xsl.`).
    pattern: /(?<![\w.-])(?<v>sl\.(?:[a-z]\.)?[A-Za-z0-9_-]{130,1400})(?![\w-])/,
    mask: 'full',
    validate: (v) => generated(v.replace(/^sl\.(?:[a-z]\.)?/, '')),
    remediation: 'Revoke this Dropbox token (App Console or /2/auth/token/revoke) and stop logging API clients',
  }),
  defineDetector({
    id: 'loggly-token-url',
    name: 'Loggly customer token (in an input URL)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['loggly.com/inputs/', 'loggly.com/bulk/'],
    // `https://logs-01.loggly.com/inputs/<uuid>/tag/http/`, `…/bulk/<uuid>/tag/bulk/`.
    pattern: /loggly\.com\/(?:inputs|bulk)\/(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i,
    mask: 'full',
    remediation: 'Delete this Loggly customer token (Source Setup > Customer Tokens) and create a new one',
  }),
  defineDetector({
    id: 'b2-application-key',
    name: 'Backblaze B2 application key',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    keywords: ['authorize-account', 'authorize_account', 'account authorize'],
    // `b2 authorize-account <keyId> <applicationKey>`, `b2 account authorize <keyId> <key>`.
    pattern: /(?:authorize[-_]account|account authorize)\s+(?:--?[\w-]+\s+)*["']?[0-9a-f]{12,25}["']?\s+["']?(?<v>K\d{3}[A-Za-z0-9+/]{27})(?![A-Za-z0-9+/])/i,
    mask: 'full',
    validate: generated,
    remediation: 'Delete this B2 application key (Application Keys page) and create a new one',
  }),
];
