import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round h28 (blind set 28: AI application and agent logs): client-side analytics keys that are public by
 * design. A PostHog project API key (`phc_` and 43 letters or digits) is embedded in every page that loads
 * posthog-js, like Stripe's `pk_live_`; it only sends events. PostHog personal API keys (`phx_…`) read
 * data and stay secrets (their own detector).
 */
export const PUBLIC_KEY_H28_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'posthog-project-key',
    name: 'PostHog project API key (public, client-side)',
    category: 'credential',
    severity: 'low',
    priority: 60,
    confidence: 0.9,
    keywords: ['phc_'],
    pattern: /(?<![\w])phc_[A-Za-z0-9]{32,64}(?![A-Za-z0-9])/,
    kind: /^phc_/,
    validate: () => ({ ok: true, public: true, severity: 'low' }),
    remediation: 'No rotation needed (PostHog project keys are public by design); check that no personal phx_ key was logged next to it',
  }),
];
