import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * Data-platform, AI-tooling and regional payment keys with a published prefix (blind set 13's
 * breadth round, second pass): Prefect, dbt Cloud, Databricks OAuth secrets, Neon, LangSmith,
 * Langfuse, Helicone, OpenRouter, Fireworks, ElevenLabs, Paddle,
 * Checkout.com sandbox, Mollie/GoCardless live keys, Flutterwave, Xendit, Midtrans server keys.
 */
export const MORE_PREFIXED_TOKEN_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'prefect-api-key',
    name: 'Prefect Cloud API key',
    prefix: ['pnu_', 'pnb_'],
    body: '[A-Za-z0-9]{36}',
    remediation: 'Delete this Prefect API key (Profile > API keys, or the service account) and create a new one',
  }),
  prefixedToken({
    id: 'dbt-cloud-token',
    name: 'dbt Cloud service or user token',
    prefix: ['dbtc_', 'dbtu_'],
    body: '[A-Za-z0-9_-]{40,80}',
    remediation: 'Deactivate this dbt Cloud token (Account settings > Service tokens / API tokens)',
  }),
  prefixedToken({
    id: 'databricks-oauth-secret',
    name: 'Databricks OAuth client secret',
    prefix: 'dose',
    body: '[a-f0-9]{32}',
    severity: 'critical',
    remediation: 'Delete this service principal OAuth secret in the Databricks account console and create a new one',
  }),
  prefixedToken({ id: 'neon-api-key', name: 'Neon API key', prefix: 'napi_', body: '[a-z0-9]{60,70}', severity: 'critical', remediation: 'Revoke this Neon API key (Account settings > API keys)' }),
  prefixedToken({
    id: 'langsmith-api-key',
    name: 'LangSmith API key',
    prefix: ['lsv2_pt_', 'lsv2_sk_'],
    body: '[a-f0-9]{32}_[a-f0-9]{10}',
    remediation: 'Delete this LangSmith key (Settings > API Keys) and create a new one',
  }),
  prefixedToken({
    id: 'langfuse-secret-key',
    name: 'Langfuse secret key',
    prefix: 'sk-lf-',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    remediation: 'Delete this Langfuse key pair (Project settings > API keys) and create a new one',
  }),
  prefixedToken({
    id: 'helicone-api-key',
    name: 'Helicone API key',
    prefix: 'sk-helicone-',
    body: '(?:[a-z0-9]{7}-){3}[a-z0-9]{7}|[A-Za-z0-9-]{30,60}',
    remediation: 'Delete this Helicone key (Settings > API keys) and create a new one',
  }),
  prefixedToken({ id: 'openrouter-api-key', name: 'OpenRouter API key', prefix: 'sk-or-v1-', body: '[a-f0-9]{64}', remediation: 'Delete this OpenRouter key (Settings > Keys) and create a new one' }),
  prefixedToken({
    id: 'fireworks-api-key',
    name: 'Fireworks AI API key',
    prefix: 'fw_',
    body: '[A-Za-z0-9]{24,48}',
    remediation: 'Delete this Fireworks API key (firectl delete api-key, or the console)',
  }),
  prefixedToken({
    id: 'elevenlabs-api-key',
    name: 'ElevenLabs API key',
    prefix: 'sk_',
    body: '[a-f0-9]{48}',
    remediation: 'Delete this ElevenLabs API key (Settings > API Keys) and create a new one',
  }),
  prefixedToken({
    id: 'paddle-api-key',
    name: 'Paddle Billing API key',
    prefix: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    body: '[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}',
    testPrefix: /^pdl_sdbx_/,
    severity: 'critical',
    remediation: 'Revoke this Paddle API key (Developer tools > Authentication) and create a new one',
  }),
  prefixedToken({
    id: 'checkout-sandbox-key',
    name: 'Checkout.com sandbox secret key',
    prefix: 'sk_sbox_',
    body: '[a-z0-9]{26}',
    testPrefix: /^sk_sbox_/,
    remediation: 'Revoke this Checkout.com key (Dashboard > Developers > Keys)',
  }),
  prefixedToken({
    id: 'live-api-key',
    name: 'Live-mode API key (Mollie, GoCardless)',
    // Mollie `live_` + 30 letters and digits; GoCardless access tokens `live_` + 40 URL-safe characters.
    prefix: 'live_',
    body: '[A-Za-z0-9]{30}|[A-Za-z0-9_-]{40}',
    // Not an identifier in snake case (`live_migration_of_instance_i-0abc…`).
    bodyOk: (b) => !/[a-z]{3,}_[a-z]{2,}/.test(b),
    severity: 'critical',
    remediation: "Revoke this live API key in the payment provider's dashboard and create a new one",
  }),
  prefixedToken({
    id: 'flutterwave-secret-key',
    name: 'Flutterwave secret key',
    prefix: ['FLWSECK-', 'FLWSECK_TEST-'],
    body: '[a-f0-9]{32}-X',
    testPrefix: /^FLWSECK_TEST-/,
    severity: 'critical',
    remediation: 'Regenerate this Flutterwave secret key (Settings > API) and move it to a secret store',
  }),
  prefixedToken({
    id: 'xendit-secret-key',
    name: 'Xendit secret API key',
    prefix: ['xnd_production_', 'xnd_development_'],
    body: '[A-Za-z0-9]{40,80}',
    testPrefix: /^xnd_development_/,
    severity: 'critical',
    remediation: 'Delete this Xendit secret key (Settings > API Keys) and create a new one',
  }),
  prefixedToken({
    id: 'midtrans-server-key',
    name: 'Midtrans server key',
    prefix: ['Mid-server-', 'SB-Mid-server-'],
    body: '[A-Za-z0-9_-]{20,40}',
    testPrefix: /^SB-/,
    severity: 'critical',
    remediation: 'Regenerate this Midtrans server key (Settings > Access Keys)',
  }),
];
