import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * Vendor keys with a published prefix that blind sets 13 and 14 showed in new places: Mollie
 * `test_` API keys (exactly 30 letters and digits, like the `live_` keys of live-api-key): a test
 * key still reads and writes the account's test data and webhooks, so it stays a secret.
 */
export const VENDOR_PREFIXED_TOKEN_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'mollie-test-key',
    name: 'Mollie test-mode API key',
    prefix: 'test_',
    body: '[A-Za-z0-9]{30}',
    severity: 'critical',
    remediation: 'Reset this Mollie API key (Dashboard > Developers > API keys) and stop logging client configuration',
  }),
];
