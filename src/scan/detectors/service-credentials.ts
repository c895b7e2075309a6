import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy, shannonEntropy } from '../validators';

/** True when `v` looks generated: letters with digits or both cases, no long repeats, entropy near random. */
export function generated(v: string): boolean {
  return /[A-Za-z]/.test(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v) && shannonEntropy(v) >= Math.min(3.3, Math.log2(v.length) * 0.8);
}

/** Observability, messaging and e-commerce credentials: Honeycomb, Mandrill, Brevo SMTP, Telnyx, Intercom, WooCommerce… */
export const SERVICE_CREDENTIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'honeycomb-key',
    name: 'Honeycomb ingest or management key',
    category: 'credential',
    severity: 'high',
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'],
    // `hcaik_` + 26-character key id + 32-character secret (ingest), `hcamk_` management keys; `x` for classic environments.
    pattern: /(?<![\w-])hc[ax][im]k_[a-z0-9]{58}(?![\w-])/,
    kind: /^hc[ax][im]k_/,
    remediation: 'Delete this Honeycomb key in Environment Settings, API Keys, and create a new one',
  }),
  defineDetector({
    id: 'honeycomb-team-header',
    name: 'Honeycomb API key (x-honeycomb-team header)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['honeycomb-team', 'honeycomb_team', 'honeycomb_writekey', 'honeycomb_api_key', 'honeycomb-api-key'],
    // Configuration keys (22 base62 characters, or 32 hex for classic ones) travel in `x-honeycomb-team`.
    pattern: rei`(?:x-honeycomb-team|honeycomb[_-](?:team|writekey|api[_-]key))${SEP}(?<v>[A-Za-z0-9_]{20,64})(?![\w-])`,
    validate: (v) => v.length >= 20 && generated(v),
    remediation: 'Delete this Honeycomb key in Environment Settings, API Keys, and create a new one',
  }),
  defineDetector({
    id: 'mandrill-api-key',
    name: 'Mandrill (Mailchimp Transactional) API key',
    category: 'credential',
    severity: 'high',
    keywords: ['md-'],
    pattern: /(?<![\w-])md-[A-Za-z0-9_-]{22}(?![\w-])/,
    kind: /^md-/,
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v.slice(3)) && /[A-Z]/.test(v) && generated(v.slice(3)),
    remediation: 'Delete this Mandrill API key in Settings, SMTP & API Info',
  }),
  defineDetector({
    id: 'brevo-smtp-key',
    name: 'Brevo (Sendinblue) SMTP key',
    category: 'credential',
    severity: 'high',
    keywords: ['xsmtpsib-'],
    pattern: /(?<![\w-])xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w])/,
    kind: /^xsmtpsib-/,
    remediation: 'Delete this Brevo SMTP key in the SMTP and API settings',
  }),
  defineDetector({
    id: 'telnyx-api-key',
    name: 'Telnyx API key',
    category: 'credential',
    severity: 'high',
    keywords: ['key0'],
    pattern: /(?<![\w-])KEY0[0-9A-F]{31}_[A-Za-z0-9]{22}(?![\w-])/,
    kind: /^KEY/,
    remediation: 'Delete this Telnyx API key in the Mission Control portal, Auth, API Keys',
  }),
  defineDetector({
    id: 'intercom-access-token',
    name: 'Intercom access token',
    category: 'credential',
    severity: 'high',
    keywords: ['dg9ro'],
    // Base64 of `tok:<uuid with underscores>:1:0`.
    pattern: /(?<![\w+/])dG9rO[g-v][A-Za-z0-9+/]{40,120}={0,2}(?![\w+/=])/,
    validate: (v) => /^tok:[0-9a-f_-]{20,60}:\d+:\d+$/.test(Buffer.from(v, 'base64').toString('latin1')),
    remediation: 'Revoke this Intercom access token in the Developer Hub',
  }),
  defineDetector({
    id: 'pagerduty-user-token',
    name: 'PagerDuty user API token',
    category: 'credential',
    severity: 'high',
    priority: 75, // below pagerduty-api-key, which names the same token under a PagerDuty key
    keywords: ['u+'],
    pattern: /(?<![\w+])u\+[A-Za-z0-9_-]{18}(?![\w+-])/,
    validate: (v) => generated(v.slice(2)) && /\d/.test(v),
    remediation: 'Delete this PagerDuty user API token in My Profile, User Settings',
  }),
  defineDetector({
    id: 'fastly-api-token',
    name: 'Fastly API token',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['fastly-key', 'fastly_api_token', 'fastly_api_key', 'fastly_key', 'fastly_token'],
    pattern: rei`fastly[_-](?:key|api[_-]?(?:token|key)|token)${SEP}(?<v>[\w-]{32})(?![\w-])`,
    validate: generated,
    remediation: 'Delete this Fastly API token in Account, Personal API tokens',
  }),
  defineDetector({
    id: 'woocommerce-key',
    name: 'WooCommerce REST API consumer key or secret',
    category: 'credential',
    severity: 'high',
    keywords: ['ck_', 'cs_'],
    pattern: /(?<![\w-])c[ks]_[0-9a-f]{40}(?![\w-])/,
    kind: /^c[ks]_/,
    validate: (v) => !isLowEntropy(v.slice(3)),
    remediation: 'Revoke this WooCommerce REST API key in WooCommerce, Settings, Advanced, REST API',
  }),
  defineDetector({
    id: 'datadog-api-key-line',
    name: 'Datadog API key (bare, on a line naming it)',
    category: 'credential',
    severity: 'critical',
    priority: 79,
    keywords: ['dd_api_key', 'datadog_api_key', 'datadog api key', 'dd api key', 'dd-api-key'],
    // `<32 hex> is the key in -e DD_API_KEY`, `DD_API_KEY is <32 hex>`: no operator between the name and the key
    // (a line-start hex followed by other words, `<trace id> trace for DD_API_KEY …`, is no key). A hex alone on its
    // line is not taken: the name is on the line or the detector does not run (an OpenVPN key body is 16 such lines).
    pattern: /(?:^|(?<=\n))[ \t>*-]{0,8}(?<v>[a-f0-9]{32})(?![\w-])(?=[ \t]{1,3}(?:is|was|=|:|<-|←|—)(?:\s|$))|(?:dd|datadog)[_ -]api[_ -]key\W{0,3}\s{1,3}(?:is|was|value)\s{1,3}(?<w>[a-f0-9]{32})(?![\w-])/i,
    validate: (v) => !isLowEntropy(v) && /[a-f]/.test(v) && /\d/.test(v),
    remediation: 'Revoke this Datadog API key in Organization Settings, API Keys',
  }),
];
