import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet58 } from '../../helpers/blind-set-58';
import { formatOk58 } from '../../helpers/blind-set-58-format';

/** Sealed blind set 58: integration workers and HTTP clients in debug mode. Background-job systems (Sidekiq, Resque, Celery,
 * RQ, BullMQ, Hangfire, Temporal, AWS Lambda with SQS/SNS/EventBridge, Google Cloud Tasks/Pub/Sub, Azure Functions/Service Bus)
 * logging job arguments, retries, dead letters and their deployment configuration, around calls to Stripe, Adyen, Braintree,
 * Square, Salesforce, HubSpot, Zendesk, Twilio, SendGrid, Mailchimp, Shopify, QuickBooks, Xero, NetSuite, DocuSign, Okta, Auth0,
 * Slack, GitHub and OpenAI; HTTP clients' wire and debug logs (curl -v, Python http.client/urllib3/requests-oauthlib/httpx, Go
 * httputil dumps and resty, OkHttp, Apache HttpClient wire, Spring WebClient/RestTemplate/Feign/reactor-netty, .NET HttpClient,
 * axios/got/undici, Faraday and Net::HTTP, Guzzle and Laravel); inbound and outbound webhook deliveries with signatures; OAuth
 * code exchanges and refreshes; ACH/SEPA payout batches and card-vault migrations. 168 positive templates, 49 negative ones.
 * Seed 1: 624 positives, 2648 values (1418 credential, 855 personal, 375 financial), 196 negatives.
 *
 * First sight (lead, 2026-12-06 18:37 UTC, 1236 detectors, nothing aimed at it): seeds 1–3 96.7–96.8 % of values fully
 * covered (credential 99.4 %, personal 93.3–93.7 %, financial 94.1 %), 4.1 % of negatives flagged. Floors under it.
 * Tuned after round r58: seeds 1–5 99.96–100 %, 0 % flagged.
 */
describeBlindSet({ n: 58, build: buildBlindSet58, formatOk: formatOk58, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.998, minByGroup: { credential: 0.998, personal: 0.997, financial: 0.998 }, maxFlagged: 0.005 });
