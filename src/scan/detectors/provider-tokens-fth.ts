import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/** Provider tokens with a distinctive prefix measured missing against TruffleHog's pattern tests (round fth). */
export const PROVIDER_TOKEN_FTH_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'rootly-api-key',
    name: 'Rootly API key',
    // `rootly_` + 64 hex (global, team and personal API keys alike; sent as a Bearer token).
    prefix: 'rootly_',
    body: '[0-9a-f]{64}',
    severity: 'critical',
    remediation: 'Revoke this Rootly API key (Organization settings > API Keys) and generate a new one with an expiry',
  }),
];
