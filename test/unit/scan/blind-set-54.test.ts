import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet54 } from '../../helpers/blind-set-54';
import { formatOk54 } from '../../helpers/blind-set-54-format';
/** Sealed blind set 54: an outside reviewer's second hour — the integration team's providers (Stripe, Adyen, PayPal, Braintree, Plaid, Shopify, Salesforce, HubSpot, Zendesk, Intercom, Segment, Twilio, SendGrid, Mailgun, Postmark, Slack, AWS, GCP, Entra ID, Okta, Auth0, GitHub, GitLab, OpenAI, Anthropic…) in service error logs; seed 1: 782 positives, 1702 values (870 credential, 617 personal, 215 financial), 189 negatives.
 *
 * First sight (lead, 2026-12-06 16:20 UTC, 1175 detectors, nothing aimed at it): seeds 1–3 94.1–94.3 % of values fully covered
 * (credential 98.2 %, personal 90.1–90.6 %, financial 89.3 %), 0 % of negatives flagged. The misses: ACH entry-detail records
 * quoted inside a log message and an SQL row tuple without column names (routing, account, name), CSV rows without a header
 * (birth dates, second address lines), names before their own mailbox in parentheses, Adyen card numbers under `number` with
 * `holderName` after, bcrypt hashes and SigV4 request signatures (no secret by convention). After two fixes aimed at its
 * classes (everyday-l55.test.ts: mailbox in parentheses, holderName after a card), seeds 1–5: 95.4–95.6 % (credential 98.2,
 * personal 92.1–92.7, financial 93.5), 0 % flagged. Floors under the first-sight figures.
 */
describeBlindSet({ n: 54, build: buildBlindSet54, formatOk: formatOk54, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.94, minByGroup: { credential: 0.975, personal: 0.895, financial: 0.885 }, maxFlagged: 0.01 });
