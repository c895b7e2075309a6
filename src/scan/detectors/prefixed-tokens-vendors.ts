import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * Vendor keys with a published prefix that blind sets 13 and 14 showed in new places: Mollie
 * `live_`/`test_` API keys (exactly 30 letters and digits; a `test_` key still reads and writes
 * the account's test data, so it stays a secret).
 */
export const VENDOR_PREFIXED_TOKEN_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'mollie-api-key',
    name: 'Mollie API key',
    prefix: ['live_', 'test_'],
    body: '[A-Za-z0-9]{30}',
    severity: 'critical',
    remediation: 'Reset this Mollie API key (Dashboard > Developers > API keys) and stop logging client configuration',
  }),
];
