import type { Detector } from '../detector';
import { AUTH_DETECTORS } from './auth';
import { CLOUD_DETECTORS } from './cloud';
import { DEVTOOLS_DETECTORS } from './devtools';
import { FINANCIAL_DETECTORS } from './financial';
import { GENERIC_DETECTORS } from './generic';
import { MESSAGING_DETECTORS } from './messaging';
import { PAYMENTS_DETECTORS } from './payments';
import { PERSONAL_DETECTORS } from './personal';
import { SAAS_DETECTORS } from './saas';

/** Every built-in detector, in catalogue order. */
export const DEFAULT_DETECTORS: readonly Detector[] = Object.freeze([
  ...CLOUD_DETECTORS,
  ...AUTH_DETECTORS,
  ...DEVTOOLS_DETECTORS,
  ...MESSAGING_DETECTORS,
  ...PAYMENTS_DETECTORS,
  ...SAAS_DETECTORS,
  ...GENERIC_DETECTORS,
  ...PERSONAL_DETECTORS,
  ...FINANCIAL_DETECTORS,
]);

export { TEST_CARD_NUMBERS } from './financial';
