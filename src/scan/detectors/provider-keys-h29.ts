import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { prefixedToken } from './prefixed-token';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings): provider credentials of the mobile and
 * travel stack under their own formats and header names — Klarna API keys (`klarna_live_api_…`, sent as
 * `Authorization: Basic <key>`), Mews Connector API tokens (`ClientToken`/`AccessToken`, 32 + 31 upper-case hex;
 * the documentation's demo tokens are example data) and AppsFlyer's server-to-server `authentication` header.
 */
export const PROVIDER_KEY_H29_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'klarna-api-key',
    name: 'Klarna API key',
    prefix: ['klarna_live_api_', 'klarna_test_api_'],
    // Not the documentation's cut example (`klarna_live_api_elZG…[...]Uybz0`).
    body: '[A-Za-z0-9_+/-]{24,256}={0,2}(?!\\[\\.\\.\\.|…)',
    testPrefix: /^klarna_test_/,
    severity: 'critical',
    remediation: 'Disable this API key in the Klarna Merchant Portal (Settings > Klarna API keys) and generate a new one',
  }),
  defineDetector({
    id: 'mews-connector-token',
    name: 'Mews Connector API client or access token',
    category: 'credential',
    severity: 'high',
    priority: 74,
    confidence: 0.9,
    keywords: ['clienttoken', 'client_token', 'accesstoken', 'access_token', 'mews'],
    // `"ClientToken": "…"`, `AccessToken=…`, `MEWS_ACCESS_TOKEN=…`: 32 upper-case hex, `-`, 31 upper-case hex.
    pattern: /(?:token|mews)[\w-]{0,20}\\?["']?\s{0,2}[:=]\s{0,2}\\?["']?(?<v>[0-9A-F]{32}-[0-9A-F]{31})(?![0-9A-Za-z])/i,
    // The value's own case: a lower-case run is some other id.
    validate: (v) => /^[0-9A-F]{32}-[0-9A-F]{31}$/.test(v) && !isLowEntropy(v.replace('-', '')),
    remediation: 'Ask Mews to reissue the token (ClientToken: Mews Marketplace; AccessToken: the property reconnects) and keep request bodies out of logs',
  }),
  defineDetector({
    id: 'appsflyer-s2s-authentication',
    name: "Key in an `authentication` header or field (AppsFlyer's server-to-server dev key)",
    category: 'credential',
    severity: 'high',
    priority: 73,
    confidence: 0.85,
    keywords: ['authentication'],
    // `authentication: <dev key>`, `"authentication":"<dev key>"`, `-H 'authentication: …'`: AppsFlyer's dev keys are 22 letters and digits.
    pattern: /(?<![\w-])authentication\\?["']?\s{0,2}[:=]\s{0,2}\\?["']?(?<v>[A-Za-z0-9]{20,24})(?![\w-])/i,
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the AppsFlyer dev key (Configuration > App settings) and keep S2S request headers out of logs',
  }),
];
