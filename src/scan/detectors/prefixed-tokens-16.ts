import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { generatedBody, prefixedToken } from './prefixed-token';

/** AI providers' keys with published prefixes and lengths: [id, name, prefix, body]. */
const AI_KEYS: readonly [string, string, string | string[], string][] = [
  ['nvidia-api-key', 'NVIDIA API key', 'nvapi-', '[A-Za-z0-9_-]{64}'],
  ['cerebras-api-key', 'Cerebras API key', 'csk-', '[a-z0-9]{48}'],
  ['together-api-key', 'Together AI API key', 'tgp_v1_', '[A-Za-z0-9_-]{43}'],
  ['jina-api-key', 'Jina AI API key', 'jina_', '[a-f0-9]{32}[A-Za-z0-9_-]{28}'],
  ['e2b-api-key', 'E2B API key', 'e2b_', '[a-f0-9]{40}'],
  ['browserbase-api-key', 'Browserbase API key', 'bb_live_', '[A-Za-z0-9_-]{27}'],
  ['tavily-api-key', 'Tavily API key', 'tvly-', '(?:dev-|prod-)?[A-Za-z0-9]{32}'],
  ['firecrawl-api-key', 'Firecrawl API key', 'fc-', '[a-f0-9]{32}'],
  ['voyage-api-key', 'Voyage AI API key', 'pa-', '[A-Za-z0-9_-]{43}'],
];

/**
 * Vendor credentials with a published prefix or signature that no detector knew before the
 * credential round for blind set 16 (formats from the vendors' documentation and the secret
 * scanning partner programmes): Google OAuth client secrets, GitLab runner registration tokens,
 * NuGet and crates.io API keys, PayPal access tokens, Stytch, Shippo, Elastic Cloud, Ory, Deno
 * Deploy, PostHog personal, Scaleway, Yandex Cloud, MailerSend, Clojars, ReadMe, Scalingo,
 * Infracost, Frame.io, Defined Networking, AI providers (NVIDIA, Cerebras, Together, Jina, E2B,
 * Browserbase, Tavily, Firecrawl, Voyage) and Azure DevOps' 84-character PATs.
 */
export const PREFIXED_TOKEN_16_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'google-oauth-client-secret',
    name: 'Google OAuth client secret',
    prefix: 'GOCSPX-',
    body: '[A-Za-z0-9_-]{28}',
    severity: 'critical',
    remediation: 'Reset this OAuth client secret (Google Cloud console > APIs & Services > Credentials) and update the apps that use it',
  }),
  prefixedToken({
    id: 'gitlab-runner-reg-token',
    name: 'GitLab runner registration token',
    prefix: 'GR1348941',
    body: '[A-Za-z0-9_-]{20,40}',
    remediation: 'Reset the runner registration token (project or group > CI/CD > Runners) and register runners with authentication tokens',
  }),
  prefixedToken({
    id: 'nuget-api-key',
    name: 'NuGet API key',
    prefix: 'oy2',
    body: '[a-z0-9]{43}',
    remediation: 'Regenerate this NuGet API key (nuget.org > API Keys) and publish from CI with a scoped key',
  }),
  prefixedToken({
    id: 'crates-io-token',
    name: 'crates.io API token',
    prefix: 'cio',
    body: '[A-Za-z0-9]{32}',
    remediation: 'Revoke this crates.io token (Account Settings > API Tokens) and create a scoped one',
  }),
  prefixedToken({
    id: 'paypal-access-token',
    name: 'PayPal OAuth access token',
    prefix: 'A21AA',
    body: '[A-Za-z0-9_-]{60,200}',
    severity: 'critical',
    remediation: 'Rotate the PayPal app secret that issued this token (developer dashboard) and stop logging API requests',
  }),
  prefixedToken({
    id: 'stytch-secret',
    name: 'Stytch project secret',
    prefix: ['secret-live-', 'secret-test-'],
    body: '[A-Za-z0-9_=-]{36}',
    testPrefix: /^secret-test-/,
    severity: 'critical',
    remediation: 'Rotate this Stytch secret (Dashboard > API keys) and stop logging client configuration',
  }),
  prefixedToken({
    id: 'shippo-api-token',
    name: 'Shippo API token',
    prefix: ['shippo_live_', 'shippo_test_'],
    body: '[a-f0-9]{40}',
    testPrefix: /^shippo_test_/,
    remediation: 'Regenerate this Shippo API token (Settings > API) and stop logging request headers',
  }),
  prefixedToken({
    id: 'elastic-cloud-api-key',
    name: 'Elastic Cloud API key',
    prefix: 'essu_',
    body: '[A-Za-z0-9+/]{40,200}={0,2}',
    remediation: 'Delete this Elastic Cloud API key (Organization > API keys) and create a new one',
  }),
  prefixedToken({
    id: 'ory-api-key',
    name: 'Ory Network API key or token',
    prefix: ['ory_pat_', 'ory_apikey_', 'ory_wak_'],
    body: '[A-Za-z0-9_-]{32,64}',
    remediation: 'Revoke this Ory key (Console > Project settings > API keys) and create a new one',
  }),
  prefixedToken({
    id: 'deno-deploy-token',
    name: 'Deno Deploy access token',
    prefix: ['ddp_', 'ddw_'],
    body: '[A-Za-z0-9]{36}',
    remediation: 'Revoke this Deno Deploy token (Account settings > Access tokens)',
  }),
  prefixedToken({
    id: 'posthog-personal-api-key',
    name: 'PostHog personal API key',
    prefix: 'phx_',
    body: '[A-Za-z0-9_]{40,50}',
    remediation: 'Delete this PostHog personal API key (Settings > Personal API keys) and create a scoped one',
  }),
  prefixedToken({
    id: 'scaleway-access-key',
    name: 'Scaleway access key id',
    prefix: 'SCW',
    body: '[A-Z0-9]{17}',
    bodyOk: (b) => /[A-Z]/.test(b) && /\d/.test(b),
    remediation: 'Delete this Scaleway API key (IAM > API keys) together with its secret key',
  }),
  prefixedToken({
    id: 'yandex-cloud-credential',
    name: 'Yandex Cloud API key or OAuth token',
    prefix: ['AQVN', 'y0_'],
    body: '[A-Za-z0-9_-]{35,58}',
    remediation: 'Revoke this Yandex Cloud key or token (console > Service accounts, or the OAuth app) and create a new one',
  }),
  prefixedToken({
    id: 'mailersend-api-token',
    name: 'MailerSend API token',
    prefix: 'mlsn.',
    body: '[a-f0-9]{64}',
    remediation: 'Delete this MailerSend token (Integrations > API tokens) and create a new one',
  }),
  prefixedToken({
    id: 'clojars-deploy-token',
    name: 'Clojars deploy token',
    prefix: 'CLOJARS_',
    body: '[a-z0-9]{60}',
    remediation: 'Disable this Clojars deploy token (Dashboard > Deploy tokens) and create a new one',
  }),
  prefixedToken({
    id: 'readme-api-key',
    name: 'ReadMe API key',
    prefix: 'rdme_',
    body: '[a-z0-9]{70}',
    remediation: 'Revoke this ReadMe API key (project dashboard > API keys)',
  }),
  prefixedToken({
    id: 'scalingo-api-token',
    name: 'Scalingo API token',
    prefix: ['tk-us-', 'tk-eu-'],
    body: '[A-Za-z0-9_-]{48}',
    remediation: 'Revoke this Scalingo API token (Profile > API tokens)',
  }),
  prefixedToken({
    id: 'infracost-api-key',
    name: 'Infracost API key',
    prefix: 'ico-',
    body: '[A-Za-z0-9]{32}',
    remediation: 'Rotate this Infracost API key (Infracost Cloud > Org settings)',
  }),
  prefixedToken({
    id: 'frameio-token',
    name: 'Frame.io developer token',
    prefix: 'fio-u-',
    body: '[A-Za-z0-9_=-]{64}',
    remediation: 'Revoke this Frame.io developer token (developer.frame.io > Tokens)',
  }),
  prefixedToken({
    id: 'defined-networking-key',
    name: 'Defined Networking API key',
    prefix: 'dnkey-',
    body: '[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}',
    remediation: 'Delete this Defined Networking API key (admin panel > API keys)',
  }),
  prefixedToken({
    id: 'lob-api-key',
    name: 'Lob API key',
    prefix: ['live_', 'test_'],
    // 35 lowercase hex (Mollie's and GoCardless' `live_` keys have 30 letters and digits: live-api-key).
    body: '[a-f0-9]{35}',
    testPrefix: /^test_/,
    remediation: 'Roll this Lob API key (Dashboard > Settings > API keys) and stop logging client configuration',
  }),
  ...AI_KEYS.map(([id, name, prefix, body]) =>
    prefixedToken({ id, name, prefix, body, remediation: "Revoke this API key in the provider's console, create a new one and keep it in a secret store" }),
  ),
  defineDetector({
    id: 'azure-devops-pat',
    name: 'Azure DevOps personal access token (84-character format)',
    category: 'credential',
    severity: 'critical',
    priority: 75,
    keywords: ['azdo'],
    needs: ['AZDO'],
    // Microsoft's common key format: 76 characters, the fixed signature `AZDO` at 77-80, four more.
    pattern: /(?<![\w-])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![\w-])/,
    validate: (v) => generatedBody(v.slice(0, 76)),
    remediation: 'Revoke this PAT (User settings > Personal access tokens) and use a Microsoft Entra token or a scoped, short-lived PAT',
  }),
];
