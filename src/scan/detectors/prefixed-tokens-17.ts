import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { generatedBody, prefixedToken } from './prefixed-token';

/** [id, name, prefix(es), body pattern, remediation] of each vendor format below. */
type Row = readonly [string, string, string | readonly string[], string, string];

/** Published formats (the vendors' docs, secret-scanning partner lists) that no detector knew before the credential round for blind set 17. */
const ROWS: readonly Row[] = [
  ['adafruit-io-key', 'Adafruit IO key', 'aio_', '[A-Za-z0-9]{28}', 'Regenerate this Adafruit IO key (io.adafruit.com > My Key) and update the devices that use it'],
  ['duffel-access-token', 'Duffel access token', ['duffel_live_', 'duffel_test_'], '[A-Za-z0-9_-]{43}', 'Revoke this Duffel access token (Dashboard > Developers > Access tokens) and create a new one'],
  ['octopus-deploy-api-key', 'Octopus Deploy API key', 'API-', '[A-Z0-9]{25,27}', 'Revoke this Octopus Deploy API key (Profile > My API Keys) and create a new one'],
  ['anyscale-api-key', 'Anyscale API key', 'esecret_', '[a-z0-9]{26,40}', 'Revoke this Anyscale key (Console > API Keys) and create a new one'],
  ['honeycomb-api-key', 'Honeycomb API or ingest key', ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'], '[a-z0-9]{58,64}', 'Delete this Honeycomb key (Environment settings > API Keys) and create a new one'],
  ['unkey-root-key', 'Unkey root key', 'unkey_', '[A-Za-z0-9]{16,40}', 'Revoke this Unkey root key (Settings > Root Keys) and create a new one'],
  ['zuplo-api-key', 'Zuplo API key', 'zpka_', '[a-f0-9]{32}_[a-f0-9]{8}', 'Roll this Zuplo API key (Services > API Key Service) and issue a new one'],
  // `EAAM`/`EAAC` are saas.ts' facebook-access-token; these are the other app-type prefixes Graph API tokens start with.
  ['meta-graph-access-token', 'Meta Graph API access token (EAAB, EAAG, EAAI, EAAJ, EAAU)', ['EAAB', 'EAAG', 'EAAI', 'EAAJ', 'EAAU'], '[A-Za-z0-9]{90,300}', 'Invalidate this Meta access token (log the user out, or reset the app secret for app tokens) and stop logging Graph API requests with tokens'],
];

/**
 * Vendor credentials with a published prefix added in the credential round for blind set 17
 * (found whatever surrounds them: chat messages, CSV cells, queue payloads): Adafruit IO, Duffel,
 * Octopus Deploy, Anyscale, Honeycomb, Unkey, Zuplo, Meta Graph API tokens and X bearer tokens.
 */
export const PREFIXED_TOKEN_17_DETECTORS: readonly Detector[] = [
  ...ROWS.map(([id, name, prefix, body, remediation]) => prefixedToken({ id, name, prefix, body, remediation })),
  defineDetector({
    id: 'twitter-bearer-token',
    name: 'X / Twitter app bearer token',
    category: 'credential',
    severity: 'high',
    priority: 75,
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
    needs: ['AAAAAAAAAAAAAAAAAAAAA'],
    // App-only bearer tokens start with 21 `A`s (a zero-padded id), then base62 with a URL-encoded `=` (`%3D`).
    pattern: /(?<![\w-])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{40,160}(?![\w%-])/,
    // The run of `A`s says nothing and would fill the preview: the whole token is masked.
    mask: 'full',
    validate: (v) => generatedBody(v.slice(21)),
    remediation: 'Regenerate this bearer token (developer portal > Keys and tokens) and update the apps that use it',
  }),
];
