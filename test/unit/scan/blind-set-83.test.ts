import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet83 } from '../../helpers/blind-set-83';
import { formatOk83 } from '../../helpers/blind-set-83-format';

/** Sealed blind set 83: cloud platforms' and PaaS providers' own logs and audit trails as a Datadog log monitor forwards them
 * (as markdown, as the webhook JSON with the log escaped in a string, or raw), with secrets and personal data leaked into them.
 * Sources (37): AWS CloudTrail (CreateAccessKey, AssumeRole, SSM PutParameter, Secrets Manager), Lambda START/REPORT and Invoke
 * Error lines, API Gateway and ALB access logs, S3 server access logs with presigned URLs, Step Functions execution events, ECS task
 * definitions; GCP Cloud Audit Logs (protoPayload), Cloud Run (httpRequest/jsonPayload/textPayload), Pub/Sub push bodies; Azure
 * Activity Log, App Service, Key Vault audit, Functions host logs, Application Insights traces; Heroku router/app logs and config:set
 * echoes, Vercel, Netlify, Render, Railway, Fly.io; Cloudflare `wrangler tail` and Logpush, Fastly, Akamai DataStream; Supabase
 * Postgres and Firebase functions logs; Terraform plans and state, Pulumi previews, CloudFormation events; GitHub Actions and
 * GitLab CI job logs; Kubernetes Secrets (YAML/JSON, base64 data recorded as shown), Helm values, docker inspect Env arrays.
 * Planted: AWS key pairs and STS session tokens (IQoJ…/FwoG…), GCP service-account private keys (raw, JSON-escaped once or twice,
 * base64) and private_key_id, Azure AccountKey connection strings, SAS sig=, Azure client secrets, function keys, Heroku API keys,
 * Vercel/Netlify/Cloudflare/Fly tokens, DB URL passwords, JWTs, webhook secrets, GitHub/GitLab tokens, Stripe/SendGrid/OpenAI keys;
 * end-user names, emails (also percent-encoded), public IPv4/IPv6, phones, addresses, birth dates, SSNs; cards (Luhn), CVCs, IBANs
 * (mod 97), ABA routing (checksum) and account numbers in request bodies, query strings, SQL statements and env arrays.
 * Negatives: the same records without a leak: ARNs, account ids, request/trace ids, AROA principal ids, HIDDEN_DUE_TO_SECURITY_REASONS,
 * AKIAIOSFODNN7EXAMPLE, KMS key ids, `***`/[MASKED]/(sensitive value)/[secret] masking, AWS/Google service callers, internal 10.x and
 * documentation IPs, image and sha256 digests, commit shas, placeholders, Firebase web API keys, company contact mailboxes.
 * Seed 1: 481 positives, 4092 values (2192 credential, 1345 personal, 555 financial), 198 negatives.
 * First sight (1681 detectors): seeds 1-2 96.8/96.7 % of values (credential 98.5/98.4, personal 94.9/94.7, financial 95.0/94.8),
 * 12/198 and 14/198 negatives flagged (Google health-check and serverIp addresses, Firebase web-config keys, a cache key run on
 * over a JSON-escaped line break).
 * After round r83 (`cloudlogs-r83.ts` 7 detectors, `cloudnames-r83.ts` 6; Google health-check ranges and `serverIp` in
 * public-values, `web config` notes beside a Google API key, prose tokens judged up to an escaped line break): seeds 1-2-3
 * 99.9/99.9/99.9 % of values (credential 100 % each, personal 99.9/99.8/99.9, financial 99.6 each), 0/198 negatives flagged.
 * Left: a few cards under a nested `card.number` key, Spanish street names beside an Irish postcode, a toll-free phone.
 */
describeBlindSet({ n: 83, build: buildBlindSet83, formatOk: formatOk83, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.998, minByGroup: { credential: 0.999, personal: 0.997, financial: 0.995 }, maxFlagged: 0.005 });
