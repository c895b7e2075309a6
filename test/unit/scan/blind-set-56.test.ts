import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet56 } from '../../helpers/blind-set-56';
import { formatOk56 } from '../../helpers/blind-set-56-format';

/** Sealed blind set 56: web frameworks behind webhook receivers and API clients as their request and error logs print them (Rails, Django/DRF/Celery, Flask/FastAPI, Spring Boot, ASP.NET Core, Laravel/Symfony, Express/NestJS/Next.js, Go) calling Stripe, Adyen, Square, PayPal, Salesforce, HubSpot, Twilio, SendGrid, Okta, Auth0, Shopify, GitHub and others; seed 1: 784 positives, 2443 values (1358 credential, 707 personal, 378 financial), 180 negatives.
 *
 * First sight (lead, 2026-12-06 17:47 UTC, 1229 detectors, nothing aimed at it): seeds 1–3 93.6–93.8 % of values fully
 * covered (credential 95.3–95.4 %, personal 91.1 %, financial 92.1–93.4 %), 0–0.6 % of negatives flagged. 35 of its values
 * are no secret by the scanner's convention (28 Sentry DSNs, whose key is public, and 7 bcrypt hashes): without them
 * 95.0–95.1 %. Other misses: names in Rails/Django parameter hashes and SQL binds, routing numbers beside an account in
 * tables, Plaid secrets and webhook secrets under framework config keys, Adyen keys, Packagist tokens. Floors under the
 * first-sight figures.
 *
 * After the lead's fixes aimed at its classes (fixes-l56.ts, 1236 detectors): seeds 1–5 97.2–97.4 % (credential 95.8–95.9 %,
 * personal 98.3–99.0 %, financial 100 %), 0–0.6 % flagged; left: Sentry DSNs and bcrypt hashes (no secret by convention),
 * secrets as bare positional job arguments, an Adyen key with `<` in its third part, a birth date in an unlabelled parameter list.
 */
describeBlindSet({ n: 56, build: buildBlindSet56, formatOk: formatOk56, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.97, minByGroup: { credential: 0.955, personal: 0.98, financial: 0.995 }, maxFlagged: 0.01 });
