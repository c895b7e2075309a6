import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Random base62 of 20+: digits and both cases (1 draw in ~100 of 25 lacks one of them; those are missed). */
function mixed(v: string): boolean {
  return /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v);
}

/**
 * Provider credentials of round f23l (blind set 23's integration errors): Amazon Login with Amazon
 * tokens (`Atzr|`, `Atza|`), Marketo identity access tokens (`<uuid>:<pod>`), MessageBird's
 * `AccessKey` header, Coinbase Commerce API keys and UUID shared secrets, PagerDuty REST keys and
 * Events routing keys.
 */
export const PROVIDER_TOKEN_23_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'amazon-lwa-token',
    name: 'Login with Amazon refresh or access token (Atzr|, Atza|)',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    keywords: ['atzr', 'atza'],
    // SP-API and Alexa: `refresh_token=Atzr|IwEBI…` (the whole value, `|` included), URL-encoded `Atzr%7C…`, JSON `"Atza|…"`.
    pattern: /(?<![\w-])Atz[ra](?:\||%7[Cc]|\\\|)[A-Za-z0-9_\-]{40,1024}(?![\w-])/,
    kind: /^Atz[ra](?:\||%7[Cc]|\\\|)/,
    validate: (v) => !isLowEntropy(v.slice(5)),
    remediation: 'Revoke this Login with Amazon token (de-authorize the app in Seller Central) and re-authorize to get a new refresh token',
  }),
  defineDetector({
    id: 'marketo-access-token',
    name: 'Marketo REST access token (<uuid>:<pod>)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['marketo', 'access_token', 'mkto'], // `mkto` (round c30): its validation also accepts a line naming the mktorest.com host
    // The identity endpoint's `access_token`: a UUID, a colon and the pod (`…-41af0eae45c4:ab`, `:sj`, `:lon`, `:int`).
    pattern: new RegExp(String.raw`(?<![\w-])${UUID}:[a-z]{2,4}(?![\w:-])`),
    mask: 'full',
    validate: (v, ctx) => /marketo|mktorest|mkto/i.test(ctx.text) || /access_token["']?\s{0,2}[:=]\s{0,2}["']?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)) ? !isLowEntropy(v.replace(/-/g, '')) : false,
    remediation: 'Stop logging Marketo access tokens; rotate the API-only user\'s client secret in Admin > LaunchPoint',
  }),
  defineDetector({
    id: 'messagebird-access-key',
    name: 'MessageBird (Bird) API access key',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['accesskey'],
    // REST header `Authorization: AccessKey <25 characters>` (curl dumps, Faraday and Guzzle request logs).
    pattern: /(?<![\w-])AccessKey[ \t]{1,3}(?<v>[A-Za-z0-9]{25})(?![\w-])/,
    mask: 'full',
    validate: mixed,
    remediation: 'Delete this MessageBird access key in the dashboard (Developers > API access) and create a new one',
  }),
  defineDetector({
    id: 'coinbase-commerce-api-key',
    name: 'Coinbase Commerce API key (X-CC-Api-Key)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['api-key'],
    // `-H "X-CC-Api-Key: <uuid>"`, `headers: {"X-CC-Api-Key": "<uuid>"}`.
    pattern: new RegExp(String.raw`X-CC-Api-Key["']?\s{0,2}[:=,]\s{0,2}["']?(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Revoke this Coinbase Commerce API key (Settings > Security) and create a new one',
  }),
  defineDetector({
    id: 'uuid-shared-secret',
    name: 'Webhook shared secret in UUID form (named in prose)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['shared secret'],
    // Coinbase Commerce and Veriff secrets are UUIDs: `(webhook shared secret 5755…)`, `signing secret: <uuid>`.
    pattern: new RegExp(String.raw`shared secret(?: key)?["']?\s{0,2}(?:[:=(]\s{0,2}|is\s{1,2}|\s)["']?(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Rotate this webhook secret at the provider and stop logging it with signature errors',
  }),
  defineDetector({
    id: 'pagerduty-rest-api-key',
    name: 'PagerDuty REST API key (20 characters)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['apisession'],
    // pdpyras `APISession('u+Izp_…')` (the REST header `Token token=…` is left to the header detectors).
    pattern: /APISession\(\s{0,2}(?:api_key\s{0,2}=\s{0,2})?["'](?<v>[A-Za-z0-9_+-]{20})(?![\w+-])/,
    mask: 'full',
    validate: (v) => /[A-Za-z]/.test(v) && /[\d_+-]/.test(v) && !isLowEntropy(v),
    remediation: 'Delete this PagerDuty API key (Integrations > API Access Keys) and create a new one',
  }),
  defineDetector({
    id: 'pagerduty-routing-key',
    name: 'PagerDuty Events integration (routing) key',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['routing_key'],
    // Events API v2 `{"routing_key":"<32>"}`, `routing_key=<32>` in a retry log.
    pattern: /(?<![\w-])routing_key["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9]{32})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => (/^[0-9a-f]{32}$/.test(v) || /^R0[A-Za-z0-9]{30}$/.test(v) || (mixed(v) && /pagerduty|events/i.test(ctx.text))) && !isLowEntropy(v),
    remediation: 'Rotate this PagerDuty integration key (delete and re-create the service integration)',
  }),
];
