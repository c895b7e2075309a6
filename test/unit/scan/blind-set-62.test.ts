import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet62 } from '../../helpers/blind-set-62';
import { formatOk62 } from '../../helpers/blind-set-62-format';

/** Sealed blind set 62: API-client integration tests and CI runs as their failing output reaches an alert — Jest/Vitest, pytest, RSpec, JUnit/Gradle, Go test, xUnit/NUnit, PHPUnit failures; VCR/Betamax/Polly/nock/WireMock/go-vcr cassettes and stub mappings; Newman/Postman, Insomnia, Pact, k6, Artillery, Playwright, Cypress runs; GitHub Actions, GitLab CI, CircleCI and Jenkins logs (env dumps, set -x traces, failing curl steps) — calling Stripe, Adyen, Square, PayPal, Plaid, GoCardless, Braintree, Twilio, SendGrid, Mailgun, Slack, HubSpot, Salesforce, Okta, Auth0, GitHub, npm, AWS, Azure, GCP, OpenAI, Anthropic and others; seed 1: 620 positives from 124 templates (5 each), 2030 values (1035 credential, 700 personal, 295 financial), 176 negatives from 44 templates. *
 * First sight (lead, 2026-12-06 20:15 UTC, 1281 detectors, nothing aimed at it): seeds 1–3 94.4–94.8 % of values fully
 * covered (credential 94.5–94.7 %, personal 92.6–93.4 %, financial 98.6 %), 0 % of negatives flagged. Floors under it.
 * Tuned (round r62, 1299 detectors): seeds 1–5 98.7–98.8 % (credential 98.1 %, personal 99.9–100 %, financial 98.0–98.6 %),
 * 0 % of negatives flagged. Left on purpose: "Adyen keys" of 64 random characters (not the `AQE…` format), "Discord bot
 * tokens" whose first part is no base64 user id, routing numbers with a prefix no Federal Reserve district uses, and
 * toll-free phone numbers (public lines). Floors just under it.
 */
describeBlindSet({ n: 62, build: buildBlindSet62, formatOk: formatOk62, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.985, minByGroup: { credential: 0.978, personal: 0.995, financial: 0.975 }, maxFlagged: 0.005 });
