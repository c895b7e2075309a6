import { buildBlindSet17 } from '../../helpers/blind-set-17';
import { formatOk17 } from '../../helpers/blind-set-17-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 17: event streams, audit trails, e-mail plumbing and human-written text that end up
 * in alerts. 195 positives with 218 planted values, 96 negatives, every value fresh per seed (set 17's own
 * mulberry32 stream, test/helpers/blind-set-17-rng.ts; each case seeded by the set seed and its place).
 * Credentials (55 %, 120 values, 81 kinds over more than 60 providers' published formats with random
 * bodies of the right alphabet and length, GitHub's CRC32 tail computed): SQS dead-letter bodies with
 * JSON-in-JSON escaping, SNS-in-SQS envelopes (double escaping), EventBridge events in a DLQ, Kafka
 * console-consumer headers, Kafka Connect DLQ headers, Kafka config topics with a JSON-escaped PEM,
 * RabbitMQ/pika Basic.Return properties, AMQP URLs, Pub/Sub push `data` (base64 of JSON holding the
 * secret: the base64 is the value), Azure Service Bus and Event Grid keys, NATS options, Redis MONITOR
 * XADD, Debezium before/after (old and new token), webhook retries (Basic header), SQS message
 * attributes, Step Functions/Temporal/BullMQ inputs, SNS HTTP delivery URLs; Okta Workflows execution
 * history, CloudTrail ECS task definitions (env pairs), GitHub audit hook config URLs, Workspace admin
 * settings, Auth0 Actions logs, Vault audit with non-HMAC'd request keys and log_raw responses, k8s
 * audit RequestResponse bodies (base64 `data` and plain `stringData`), Postgres log_statement (ALTER
 * ROLE, UPDATE literal, CREATE USER MAPPING), MySQL general log, Snowflake/BigQuery/ClickHouse query
 * text with literals, MongoDB profiler `$set`, GraphQL variables, Databricks audit notebook params,
 * Atlantis/Argo CD parameters; SMTP AUTH LOGIN and AUTH PLAIN (base64 is the value), SMTP URLs,
 * Mandrill/Brevo/SendGrid/Mailgun mail-merge calls, JavaMail debug, IMAP XOAUTH2, a temporary password
 * in a quoted-printable bounce; and people pasting keys, tokens and passwords into Zendesk, Intercom,
 * Freshdesk, Jira, Slack, Teams, Linear, Discord bridges, SMS forwards and a spreadsheet paste.
 * Personal (29 %, 64 values): national ids of 21 countries with real check digits (US SSN ranges, UK
 * NINO prefixes, Steuer-ID MOD 11,10, BSN 11-proof, DNI, NIR key, PESEL, personnummer, HETU, fødsels-
 * nummer, Belgian register number, codice fiscale, CPF, SIN, Aadhaar Verhoeff, Chinese resident id,
 * South African id, RUT, TC Kimlik, NRIC, TFN) in CDC rows, DLQs, Kafka, webhooks and statement logs;
 * phones in 16 national layouts plus E.164 (one URL-encoded `%2B…` in a Twilio callback); mailboxes
 * (one inside base64 Pub/Sub data, one in a QP body); birth dates ISO, DMY, MDY-long, dotted, ordinal
 * ("27th of May 1990"); addresses in 7 countries' layouts (US, DE, FR, IT, NL, AU, IE); passports (UK, DE, IN); driving licences
 * (UK DVLA, California). Financial (16 %, 34 values): cards of 9 brands (Visa, Mastercard, Amex,
 * Discover, JCB, UnionPay, Diners, Maestro 19, Mir) with Luhn, ungrouped/grouped/dashed, in prose, CSV,
 * QP, JSON-in-JSON and form bodies; CVCs/CIDs beside a card; mod-97 IBANs of 11 countries (DE GB NL AT
 * CH IE ES FR BE PT NO, national check digits where they exist); ABA routing + account; UK sort code +
 * account; BTC base58check and bech32; ETH with EIP-55 (Keccak-256 implemented in the helpers).
 * Written without reading src/scan/, docs/scanner.md, the README's scanner section, the fixtures, other
 * sets' cases or the detector list; not run against the scanner before the measurement below. A value
 * counts only when every character of every occurrence lies inside leak findings; a negative is flagged
 * when any leak finding lands in it. BLIND17_SEED picks the seed; BLIND17_REPORT=1 prints the cases.
 *
 * Decisions (96 negatives): message/receipt/event/delivery/trace/request ids, offsets, stream and
 * JetStream sequences, Redis stream ids, LSNs, UUIDs, ETags, git and image digests, Kafka schema ids,
 * SNS signatures, webhook HMAC signatures (X-Hub-Signature-256, Stripe-Signature, svix), DKIM/ARC `b=`
 * and Message-IDs, Vault `hmac-sha256:` fields, GitHub audit `hashed_token`, idempotency/client request
 * tokens, x-amz-id-2, Twilio Account/Message SIDs, Slack channel/user/team ids, service-account
 * identities (e.g. `…@…iam.gserviceaccount.com`), MTA IPs and documentation IPs are negatives; so are
 * public-by-design keys (Stripe pk_live_, Firebase web apiKey, Sentry DSN, Mapbox pk.), public keys
 * (ssh-ed25519, PEM PUBLIC KEY), published test/doc values (AKIAIOSFODNN7EXAMPLE pair, Stripe/Visa test
 * cards, jwt.io sample, DE89 3704… example IBAN, QQ 12 34 56 C, 123-45-6789, the Dutch test BSN
 * 111222333, 555-01xx and Ofcom 07700 900xxx numbers, example.com/.test/.invalid mailboxes), placeholders
 * and references (`<redacted>`, `${…}`, `${{ secrets.X }}`, `****`, `[FILTERED]`, `[HIDDEN]`,
 * HIDDEN_DUE_TO_SECURITY_REASONS, `${file:…}`, SSM/Secrets Manager ARNs, "(in 1Password)"), masked
 * values (`•••• 1234`, `411111******1111`, `***-**-1234`, masked IBAN/phone/mailbox, `sk_live_…abcd`),
 * prose about passwords with none in it (also in quoted-printable), order/invoice/tracking numbers, a
 * 16-digit non-Luhn voucher code, EAN/ISBN, phone-like counters, incident dates, versions, tx hashes.
 * A Postmark server token and a Heroku API key are UUIDs: they count as credentials beside their key name.
 *
 * FIRST SIGHT (2026-12-05 00:14-00:16 UTC, scanner = branch blind17 as branched from main 4d9eaa1,
 * untouched; cases committed in db0067e before measuring). No harness fix was needed after measuring.
 *   seed  overall           credential        personal         financial        flagged
 *   1     93.1 % (203/218)  92.5 % (111/120)  92.2 % (59/64)   97.1 % (33/34)   7.3 % (7/96)
 *   2     92.7 % (202/218)  92.5 % (111/120)  90.6 % (58/64)   97.1 % (33/34)   8.3 % (8/96)
 *   3     93.1 % (203/218)  92.5 % (111/120)  92.2 % (59/64)   97.1 % (33/34)   7.3 % (7/96)
 *   4     93.1 % (203/218)  92.5 % (111/120)  92.2 % (59/64)   97.1 % (33/34)   7.3 % (7/96)
 *   5     93.1 % (203/218)  92.5 % (111/120)  92.2 % (59/64)   97.1 % (33/34)   7.3 % (7/96)
 *   6     92.7 % (202/218)  92.5 % (111/120)  90.6 % (58/64)   97.1 % (33/34)   7.3 % (7/96)
 *   7     92.2 % (201/218)  92.5 % (111/120)  89.1 % (57/64)   97.1 % (33/34)   7.3 % (7/96)
 *   8     92.7 % (202/218)  92.5 % (111/120)  90.6 % (58/64)   97.1 % (33/34)   7.3 % (7/96)
 *   9     93.1 % (203/218)  92.5 % (111/120)  92.2 % (59/64)   97.1 % (33/34)   7.3 % (7/96)
 *   10    92.7 % (202/218)  92.5 % (111/120)  90.6 % (58/64)   97.1 % (33/34)   7.3 % (7/96)
 * Misses by class (every seed unless said):
 *   credential (9): the base64 password line of an SMTP AUTH LOGIN transcript (after `334 UGFzc3dvcmQ6`);
 *     an IMAP XOAUTH2 initial response (base64 of `user=…^Aauth=Bearer ya29.…`); provider tokens in
 *     people's prose with only a product name as cue — a Datadog API key ("our api key for datadog is
 *     …"), an Okta API token ("new one is 00…"), a Vercel token ("my vercel token is …"), a Twilio API
 *     key secret after its SK… sid ("sid SK…, secret …": the sid was reported, the secret not);
 *     passwords in a tab-separated spreadsheet paste under a `Password` header (both rows); a password
 *     in a chat transcript ("changed the admin password yesterday to …").
 *   personal (5-7): a South African id in a CloudTrail DynamoDB PutItem (`"idNumber":{"S":"…"}`); a
 *     mailbox inside base64 Pub/Sub push `data`; an ordinal birth date after "DOB" ("27th of May 1990");
 *     addresses only partly covered — Italian `Via … NN, NNNNN Città PR`, Irish `NN … Road, City,
 *     Eircode`, and on seeds 2, 6, 7, 8, 10 a German `Am Mühlbach NN[a], NNNNN City` (in a Debezium row
 *     and/or a Freshdesk ticket; other German street forms were found).
 *   financial (1): a UK account number after its sort code in Slack prose ("sort code NN-NN-NN, acc no
 *     NNNNNNNN"): the sort code was found, the account number not.
 * False alarms by class (every seed unless said): an SNS envelope `Signature` and a GitHub audit
 *   `hashed_token` (base64 digests) and a Secrets Manager `clientRequestToken` (UUID) reported as secret
 *   assignments; a GCP service-account identity in BigQuery job metadata and a DKIM block's Message-ID
 *   reported as e-mail addresses (the same block's SES MTA IP as an IPv4 address); quoted-printable prose
 *   about resetting a password (`…password from the sign-in page.=0A=0AThanks`) as a password; the
 *   published Dutch test BSN 111222333; seed 2 only: the last twelve digits of a 16-digit non-Luhn
 *   voucher code as a UK national phone number.
 * Realism slips noticed after measuring, left as written (cases are not changed after first sight): the
 *   Irish and German address generators pair streets and towns freely (a Cork street with a Galway
 *   Eircode); a bounce's greeting name and username can differ; the Auth0 Actions log is labelled `sapi`.
 * HELD OUT AGAINST ROUND 4 (2026-12-05 01:06 UTC, main 58f1157: branches cred17 and pf17 merged, 490 detectors; their
 *   authors never saw this set, only its theme; the latest held-out figure of issue 13): seeds 1-10 96.3-97.2 % covered
 *   (96.3 % on seeds 2 and 7, 97.2 % on 4, 5 and 9, 96.8 % on the rest), credential 95.8-96.7 %, personal 93.8-96.9 %,
 *   financial 100 %; flagged 5.2 % (5/96) on every seed but 2 (6.3 %, 6/96). Still missed: an IMAP XOAUTH2 response, a
 *   Datadog API key and an Okta token named only by the product in prose, a password in a spreadsheet paste (only its
 *   neighbour cell found) and one in a Wi-Fi chat line, the ZA id in CloudTrail, the German `Am Mühlbach` address, part
 *   of the Italian `Via … BO` address. Still flagged: the Secrets Manager ClientRequestToken, the GCP service-account
 *   identity, the DKIM header's mail-server IP, the quoted-printable residue after "password", the published Dutch test
 *   BSN, and on seed 2 a non-Luhn voucher as a UK phone.
 * TUNED (round fix17, 2026-12-05 01:50 UTC, 493 detectors: the classes above fixed generally, with tests of their
 *   own in test/unit/scan/blind-17-credential-fixes.test.ts and blind-17-personal-fixes.test.ts; an upper bound, no
 *   longer held out): 100 % covered and 0 % flagged on seeds 1-10. Floors raised under it.
 * Floors (first set a hair under the lowest first-sight figure over seeds 1-10: overall 92.2 %, credential
 * 92.5 %, personal 89.1 %, financial 97.1 %, flagged at most 8.3 %; now under the held-out figures above) fail on a regression.
 */
const MIN_COVERED = 0.99;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.98, personal: 0.98, financial: 0.99 };
const MAX_FLAGGED = 0.011;

describeBlindSet({
  n: 17,
  build: buildBlindSet17,
  formatOk: formatOk17,
  minSize: { positives: 120, values: 140, negatives: 85 },
  minShare: { credential: 0.5, personal: 0.27, financial: 0.13 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
