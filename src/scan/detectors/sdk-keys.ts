import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Constructors of Algolia's clients that take `(appId, apiKey)`: JavaScript `algoliasearch(…)`,
 * PHP `SearchClient::create(…)`, Python/Java/.NET `SearchClient.create(…)`, Ruby
 * `Algolia::Search::Client.create(…)`, Go `search.NewClient(…)`.
 */
const ALGOLIA_CLIENTS = String.raw`(?:algoliasearch(?:\.default)?|(?:Algolia::Search::Client|(?:Default)?SearchClient)(?:::|\.)?(?:create|Create)?|search\.NewClient)`;

/** Feature-flag, experimentation and search providers' server-side keys (their client-side ids are public). */
export const SDK_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'launchdarkly-sdk-key',
    name: 'LaunchDarkly server-side SDK, mobile or API key',
    category: 'credential',
    severity: 'high',
    keywords: ['sdk-', 'mob-', 'launchdarkly'],
    // Server SDK keys `sdk-<uuid>`, mobile keys `mob-<uuid>`; API access tokens `api-<uuid>` where the text names LaunchDarkly.
    // Client-side ids (24 hex, no prefix) are public and not matched.
    pattern: new RegExp(String.raw`(?<![\w-])(?:sdk|mob|api)-${UUID}(?![\w-])`),
    kind: /^(?:sdk|mob|api)-/,
    validate: (v, ctx) => !v.startsWith('api-') || /launchdarkly|\bld[_-]?(?:api|access)/i.test(ctx.text),
    remediation: 'Reset this LaunchDarkly key in the environment settings (Account settings, Projects) and update the servers that use it',
  }),
  defineDetector({
    id: 'flagsmith-server-key',
    name: 'Flagsmith server-side environment key',
    category: 'credential',
    severity: 'high',
    keywords: ['flagsmith', 'environment_key', 'environment-key', 'environmentkey', 'environment_api_key'],
    // `ser.` + 22 characters; the client-side environment id (no prefix) is public.
    pattern: /(?<![\w.])ser\.[A-Za-z0-9]{22}(?![\w])/,
    kind: /^ser\./,
    remediation: 'Delete this Flagsmith server-side key in the environment settings and create a new one',
  }),
  defineDetector({
    id: 'unleash-api-token',
    name: 'Unleash API token',
    category: 'credential',
    severity: 'high',
    keywords: ['unleash', ':development.', ':production.', ':staging.', '*:*.', ':*.'],
    // `<project>:<environment>.<64 hex>` (`default:production.…`, admin `*:*.…`).
    pattern: /(?<![\w*-])(?:\*|[a-z0-9][\w-]{0,63}):(?:\*|[\w-]{1,64})\.[0-9a-f]{64}(?![\w])/,
    validate: (v) => !isLowEntropy(v.slice(-64)),
    mask: 'full',
    remediation: 'Delete this Unleash API token in Admin, API access and create a new one',
  }),
  defineDetector({
    id: 'statsig-server-secret',
    name: 'Statsig server secret key',
    category: 'credential',
    severity: 'high',
    keywords: ['secret-'],
    // `secret-` + random base62 (client keys `client-…` are public).
    pattern: /(?<![\w-])secret-[A-Za-z0-9]{32,64}(?![\w-])/,
    kind: /^secret-/,
    validate: (v) => generated(v.slice(7)) && /\d/.test(v),
    remediation: 'Rotate this Statsig server secret in Project settings, Keys & Environments',
  }),
  defineDetector({
    id: 'devcycle-server-key',
    name: 'DevCycle server SDK key',
    category: 'credential',
    severity: 'high',
    keywords: ['dvc_server_'],
    pattern: /(?<![\w])dvc_server_[A-Za-z0-9_-]{20,128}(?![\w-])/,
    kind: /^dvc_server_/,
    remediation: 'Rotate this DevCycle server SDK key in the environment settings',
  }),
  defineDetector({
    id: 'growthbook-secret-key',
    name: 'GrowthBook API secret key',
    category: 'credential',
    severity: 'high',
    keywords: ['secret_admin_', 'secret_readonly_', 'secret_user_'],
    pattern: /(?<![\w])secret_(?:admin|readonly|user)_[A-Za-z0-9]{16,64}(?![\w])/,
    kind: /^secret_[a-z]+_/,
    remediation: 'Revoke this GrowthBook secret key in Settings, API Keys',
  }),
  defineDetector({
    id: 'app-search-private-key',
    name: 'Elastic App Search / Swiftype private key',
    category: 'credential',
    severity: 'high',
    keywords: ['private-'],
    // `private-` + 24 characters (`search-…` keys are public search keys).
    pattern: /(?<![\w-])private-[a-z0-9]{24}(?![\w-])/,
    kind: /^private-/,
    validate: (v) => /\d/.test(v) && !isLowEntropy(v.slice(8)),
    remediation: 'Regenerate this App Search private key in the Credentials page',
  }),
  defineDetector({
    id: 'coveo-api-key',
    name: 'Coveo API key',
    category: 'credential',
    severity: 'high',
    keywords: ['coveo'],
    // `xx` + a UUID, where the text names Coveo (`xx` alone would make every `5xx` line a candidate).
    pattern: new RegExp(String.raw`(?<![\w-])xx${UUID}(?![\w-])`),
    kind: /^xx/,
    remediation: 'Disable this Coveo API key in the Administration Console and create a new one',
  }),
  defineDetector({
    id: 'algolia-client-key',
    name: 'Algolia API key passed with its application id',
    category: 'credential',
    severity: 'high',
    priority: 80,
    confidence: 0.8,
    keywords: ['algoliasearch', 'searchclient', 'search.newclient'],
    // `algoliasearch('APPID', '<32 hex>')` and the other clients' `(appId, apiKey)`. Policy: a search-only key is public by
    // design, but its format is the admin key's; a key written next to the app id in server code (stack traces, jobs) is
    // reported as a leak, unless the text calls it a search-only or public key.
    pattern: new RegExp(String.raw`(?<![\w.])${ALGOLIA_CLIENTS}\s{0,3}\(\s{0,3}["'][A-Z0-9]{10}["']\s{0,3},\s{0,3}["'](?<v>[a-f0-9]{32})["']`),
    validate: (v, ctx) => {
      if (isLowEntropy(v)) return false;
      return /search[-_ ]?only|searchkey|search[-_ ]api[-_ ]key|public/i.test(ctx.text) ? { ok: true, public: true } : true;
    },
    remediation: 'Regenerate this Algolia API key (admin and write keys never belong in source) and use a search-only key in clients',
  }),
];
