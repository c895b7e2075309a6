import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { prefixedToken } from './prefixed-token';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Round gh28 (GitHub secret scanning's provider list): tokens with a published prefix that were found only
 * under a secret-sounding key name, never bare in prose, a header or a stack trace: Adobe client secrets,
 * Bitbucket Data Center HTTP access tokens, Cloudflare's prefixed API tokens and keys, Flutterwave
 * encryption keys, GoCardless sandbox tokens, Persona API keys, redirect.pizza API
 * keys, Samsara API tokens, Segment public API tokens, WakaTime API keys, Mercury API tokens.
 */
export const PROVIDER_KEY_GH28_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'adobe-client-secret',
    name: 'Adobe OAuth client secret',
    prefix: 'p8e-',
    body: '[A-Za-z0-9]{32}',
    severity: 'critical',
    remediation: 'Rotate this client secret in the Adobe Developer Console (project > credential > Retrieve client secret > Rotate)',
  }),
  prefixedToken({
    id: 'bitbucket-dc-http-token',
    name: 'Bitbucket Data Center HTTP access token',
    prefix: 'BBDC-',
    body: '[A-Za-z0-9+/]{44}',
    remediation: 'Revoke this Bitbucket HTTP access token (Profile or repository settings > HTTP access tokens) and create a new one',
  }),
  prefixedToken({
    id: 'cloudflare-prefixed-token',
    name: 'Cloudflare API token or key (cfut_, cfat_, cfk_)',
    prefix: ['cfut_', 'cfat_', 'cfk_'],
    body: '[A-Za-z0-9]{40,64}',
    severity: 'critical',
    remediation: 'Roll this Cloudflare API token or key (My Profile > API Tokens, or the account\'s API Tokens page)',
  }),
  prefixedToken({
    id: 'flutterwave-encryption-key',
    name: 'Flutterwave encryption key',
    prefix: ['FLWSECK_TEST', 'FLWSECK'],
    body: '[a-f0-9]{12}',
    testPrefix: /^FLWSECK_TEST/,
    remediation: 'Regenerate the Flutterwave API keys (Settings > API) and move the encryption key to a secret store',
  }),
  prefixedToken({
    id: 'gocardless-sandbox-token',
    name: 'GoCardless sandbox access token',
    prefix: 'sandbox_',
    body: '[A-Za-z0-9_=-]{40}',
    // Not an identifier in snake case (`sandbox_environment_…`).
    bodyOk: (b) => !/[a-z]{3,}_[a-z]{2,}/.test(b),
    testPrefix: /^sandbox_/,
    remediation: 'Revoke this GoCardless sandbox access token (Developers > Access tokens) and create a new one',
  }),
  prefixedToken({
    id: 'persona-api-key',
    name: 'Persona API key',
    prefix: ['persona_production_', 'persona_sandbox_'],
    body: UUID,
    testPrefix: /^persona_sandbox_/,
    severity: 'critical',
    remediation: 'Delete this Persona API key (Dashboard > API > API keys) and create a new one',
  }),
  prefixedToken({
    id: 'redirect-pizza-api-key',
    name: 'redirect.pizza API key',
    prefix: 'rpa_',
    body: '[A-Za-z0-9]{64}',
    remediation: 'Delete this redirect.pizza API key (Account > API tokens) and create a new one',
  }),
  prefixedToken({
    id: 'samsara-api-token',
    name: 'Samsara API token',
    prefix: 'samsara_api_',
    body: '[A-Za-z0-9]{30}',
    remediation: 'Revoke this Samsara API token (Settings > Developer > API tokens) and create a new one',
  }),
  prefixedToken({
    id: 'segment-public-api-token',
    name: 'Segment public API token',
    prefix: 'sgp_',
    body: '[A-Za-z0-9]{64}',
    // Sourcegraph's `sgp_` tokens are hex (sourcegraph-token).
    bodyOk: (b) => /[g-zG-Z]/.test(b),
    remediation: 'Revoke this Segment token (Settings > Workspace settings > Access management > Tokens)',
  }),
  prefixedToken({
    id: 'wakatime-api-key',
    name: 'WakaTime API key',
    prefix: 'waka_',
    body: UUID,
    remediation: 'Reset this WakaTime API key (Settings > Account > API key) and update the editor plugins',
  }),
  defineDetector({
    id: 'mercury-api-token',
    name: 'Mercury API token',
    category: 'credential',
    severity: 'critical',
    priority: 75,
    keywords: ['mercury_production_', 'mercury_sandbox_'],
    needs: ['mercury_production_', 'mercury_sandbox_'],
    // `secret-token:mercury_production_wma_<base62>_yrucrem` (the `secret-token:` scheme is part of the token).
    pattern: /(?<![\w-])(?:secret-token:)?mercury_(?:production|sandbox)_[a-z]{3}_[A-Za-z0-9]{30,64}_yrucrem(?![\w-])/,
    kind: /^(?:secret-token:)?mercury_(?:production|sandbox)_/,
    validate: (v) => {
      const body = /_([A-Za-z0-9]{30,64})_yrucrem$/.exec(v)?.[1] ?? '';
      if (isLowEntropy(body) || !/\d/.test(body)) return false;
      return v.includes('mercury_sandbox_') ? { ok: true, test: true, severity: 'low' } : true;
    },
    remediation: 'Revoke this Mercury API token (Settings > API tokens) and create a new one',
  }),
];
