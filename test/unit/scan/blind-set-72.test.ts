import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet72 } from '../../helpers/blind-set-72';
import { formatOk72 } from '../../helpers/blind-set-72-format';

/**
 * Sealed blind set 72: the mainstream API providers, their token formats as each documents them, where an integration's
 * error logs leak them. Positives (7 families, 158 templates): SDK exceptions and reprs (stripe-node/python/ruby, boto3 and
 * botocore debug, google-auth, octokit, slack_sdk/bolt, openai/anthropic/HF/Groq/Mistral/Replicate/Cohere clients, twilio,
 * simple-salesforce, jsforce, SendGrid, Mailgun, Databricks, hvac); HTTP dumps (curl -v, axios config, Go httputil, logfmt,
 * nginx query strings, form bodies, retried-request logs, cookies); env dumps and config files (.env, printenv, k8s Secrets
 * with stringData/data, YAML, JSON, TOML, Spring properties, compose, tfvars, CI logs, .npmrc/.pypirc, Azure/Neon/MongoDB/
 * Redis connection strings, SAS URLs); OAuth token responses, webhook signing secrets, CLI output (heroku, gh, aws sts,
 * vault, stripe, docker login), stack traces with locals (Python, Ruby, Java, Go, PHP, .NET); provider objects with personal
 * data (Stripe customers, HubSpot contacts, Salesforce leads, Twilio messages, Shopify orders, Zendesk requesters, Plaid
 * identity, Segment, DocuSign); card numbers in raw bodies (7 brands, Luhn), IBANs (8 countries, mod 97), US accounts with
 * ABA-checked routing numbers (Plaid, Stripe, Adyen, Dwolla, NACHA, SQL). Tokens carry their documented prefixes, lengths,
 * alphabets and checksums (GitHub and npm CRC32 base62 tails, JWT structure, PEM bodies, base64 JSON inside sntrys_/ops_/sk.).
 * Seed 1: 652 positives, 1676 values (911 credential, 547 personal, 218 financial), 189 negatives from 63 templates.
 *
 * Negatives: the same providers' non-secret ids and public values: pk_live_, cus_/pi_/evt_/req_ ids, Stripe-Signature HMACs,
 * Slack C/U/T ids, Twilio SM/AC sids, commit SHAs and node ids, ARNs and request ids, Google OAuth client ids, masked keys,
 * placeholders, docs example keys, redactions, hashes, digests, cursors, JWKS and PEM public keys, business addresses.
 * Judgement calls (negatives): an AWS access key id alone (CloudTrail) and a Twilio Account SID alone are identifiers, no
 * secret; Firebase web config, Sentry DSNs, Mapbox pk., Supabase anon/publishable keys, Algolia search-only keys and Auth0
 * SPA client ids are public by design. A CVC is not marked (three digits cannot be told apart in a text).
 *
 * First sight (lead, 2026-12-07 03:00 UTC, main fd063be, 1534 detectors): seeds 1–3 96.7 % of values fully covered
 * (credential 97.4 %, personal 95.2 %, financial 97.2 %), 3.7–4.8 % of negatives flagged.
 * After round r72 (9 detectors, src/scan/detectors/providers-r72.ts; a Telegram bot's profile name no longer read as a
 * person's): seeds 1–3 99.2 % (credential 100 %, personal 97.4 %, financial 100 %), 2.1–3.2 % flagged. Left: names inside
 * file names (`Ana_Ruiz_statement.pdf`), in a chat message's prose without a noun of their role, and inside a bank
 * account's nickname (`"Ana Ruiz Checking"`); flagged by design: an AWS access key id alone (it names the key and its
 * account; Herald redacts it) and businesses' street addresses (an address rule cannot tell a headquarters from a home).
 */
describeBlindSet({ n: 72, build: buildBlindSet72, formatOk: formatOk72, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.99, minByGroup: { credential: 0.999, personal: 0.97, financial: 0.999 }, maxFlagged: 0.035 });
