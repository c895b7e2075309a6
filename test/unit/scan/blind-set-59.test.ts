import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet59 } from '../../helpers/blind-set-59';
import { formatOk59 } from '../../helpers/blind-set-59-format';

/** Sealed blind set 59: cloud platforms' logs of integration services as Datadog ingests them — AWS CloudWatch Logs
 * (Lambda START/END/REPORT, API Gateway access and execution logs, ECS/Fargate, Step Functions input/output, CloudTrail
 * requestParameters, RDS), Kubernetes pod logs, events, kubectl/helm output and manifests, Cloud Run / Cloud Functions /
 * GKE / App Engine entries (jsonPayload, textPayload, httpRequest, audit logs), Azure App Service, Functions, Application
 * Insights, Key Vault and DevOps logs, Heroku router and app logs, Vercel, Netlify, Cloudflare Workers tail and wrangler,
 * Fly.io, Render, Datadog log envelopes, APM spans, RUM, monitors and security signals; services calling payment (Stripe,
 * Adyen, Braintree, Square, PayPal, Plaid, Dwolla, Wise, Checkout.com), CRM (Salesforce, HubSpot, Zendesk, Intercom),
 * messaging (Twilio, SendGrid, Mailgun, Slack, Telegram, Discord), identity (Okta, Auth0) and AI providers (OpenAI,
 * Anthropic, Gemini, Cohere, Groq, Hugging Face, Replicate, Pinecone); env dumps, headers, connection strings, escaped
 * JSON, config files and request bodies with customers' personal and payment data. 163 positive templates (log records
 * 3 times, credential- and bank-dense config/CLI templates 6 times), 51 negative templates (4 times each).
 * Seed 1: 573 positives, 1755 values (918 credential, 615 personal, 222 financial), 204 negatives.
 *
 * First sight (lead, 2026-12-06 18:37 UTC, 1236 detectors, nothing aimed at it): seeds 1–3 94.4–94.6 % of values fully
 * covered (credential 95.4–95.5 %, personal 93.2–93.8 %, financial 93.2 %), 3.9 % of negatives flagged. Floors under it.
 * Tuned after round r59: seeds 1–5 99.5–99.7 %, 0.0 % flagged.
 */
describeBlindSet({ n: 59, build: buildBlindSet59, formatOk: formatOk59, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.994, minByGroup: { credential: 0.991, personal: 0.994, financial: 0.995 }, maxFlagged: 0.005 });
