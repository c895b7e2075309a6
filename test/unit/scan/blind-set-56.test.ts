import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet56 } from '../../helpers/blind-set-56';
import { formatOk56 } from '../../helpers/blind-set-56-format';

/** Sealed blind set 56: web frameworks behind webhook receivers and API clients as their request and error logs print them (Rails, Django/DRF/Celery, Flask/FastAPI, Spring Boot, ASP.NET Core, Laravel/Symfony, Express/NestJS/Next.js, Go) calling Stripe, Adyen, Square, PayPal, Salesforce, HubSpot, Twilio, SendGrid, Okta, Auth0, Shopify, GitHub and others; seed 1: 784 positives, 2443 values (1358 credential, 707 personal, 378 financial), 180 negatives. */
describeBlindSet({ n: 56, build: buildBlindSet56, formatOk: formatOk56, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
