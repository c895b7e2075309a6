import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { generated } from './service-credentials';

/**
 * API keys sent as the user of HTTP Basic with a dummy or empty password, written into a URL:
 * `https://KEY:x@api.bamboohr.com/…` (BambooHR), `https://KEY:X@acme.freshdesk.com/…`
 * (Freshdesk), `https://KEY:xxx@acme.teamwork.com` (Teamwork), `https://KEY:@acme.chargebee.com`
 * (Chargebee, Recurly, Stripe's curl style). The password says nothing; the user is the key.
 */
export const URL_USER_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'url-user-api-key',
    name: 'API key as the user of a URL (dummy password)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['://'],
    pattern: /(?<=\b(?:https?|wss?|ftps?):\/\/)(?<v>[A-Za-z0-9_-]{16,128}):(?:[xX]{1,3}|\*{1,3}|)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
    mask: 'full',
    validate: (v) => generated(v) || (/^[0-9a-f]{32,64}$/i.test(v) && /\d/.test(v)),
    remediation: 'Regenerate this API key at its issuer and keep credentials out of URLs',
  }),
];
