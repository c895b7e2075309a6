import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet75 } from '../../helpers/blind-set-75';
import { formatOk75 } from '../../helpers/blind-set-75-format';

/**
 * Sealed blind set 75: hostile-but-authenticated bodies and every encoding a value can arrive in. Datadog webhook
 * bodies and alert texts (`$EVENT_MSG` markdown, `$LOGS_SAMPLE` tables, `user:` tags, @-notifications) and the HTTP
 * dumps, queue envelopes, mails, configs and stack traces behind them, carrying secrets and personal data
 * percent-encoded (once, twice, `+` for space, either hex case), form-encoded, JSON-escaped (`\"`, `\/`, `\uXXXX` for
 * some or all characters, Go's `\u0026`-style HTML-safe escapes, JSON-in-JSON two and three levels deep), as HTML
 * entities (`&quot;`, `&#x3D;`, `&#61;`, all-decimal), quoted-printable (`=3D`, soft line breaks inside the value),
 * base64 where real systems use it (Kubernetes Secret `data:` and `.dockerconfigjson`, `Authorization: Basic`,
 * git extraheader, SMTP AUTH PLAIN/LOGIN, JWTs with emails/names/phones in the payload, SAML responses (plain and
 * percent-encoded), Pub/Sub `message.data`, Kinesis records, API Gateway/Lambda `isBase64Encoded` bodies, Celery
 * bodies, data: URIs, gRPC `-bin` metadata, MIME parts folded at 76, PEM keys folded at 64, also JSON-escaped and
 * YAML-indented), hex dumps, C/Python/Go escapes (`\x3d`, `\n` inside values), multipart/form-data parts, YAML
 * block/folded/quoted scalars, CSV fields with doubled quotes, shell `'"'"'` quoting; and plain-but-hostile:
 * fullwidth letters, zero-width spaces, soft hyphens and Cyrillic look-alikes in key names, a zero-width space
 * inside a token, NBSP separators, smart quotes, values hard-wrapped by log shippers (the planted value includes the
 * line break and continuation prefix), values 3-5 KB into a line, obfuscated emails, Cyrillic and CJK names.
 *
 * Sources (first id segment): `pct`, `json`, `b64`, `textenc` (HTML, QP, hex, escapes, multipart, YAML, CSV),
 * `plain`. Every value is planted as it stands in the text (the encoded span); a datum inside a short base64 string
 * is planted as that whole string (kinds `k8s-secret-b64`, `basic-auth-b64`, `jwt`, `saml-response`, `b64-json-*`).
 * Credentials: passwords, DB/proxy/Redis passwords, Stripe/GitHub/npm/GitLab/Slack/SendGrid/OpenAI/Anthropic/
 * Datadog/Twilio/Mailgun/Shopify/Grafana/Vault/Telegram tokens, AWS key pairs, session tokens and SigV4 signatures,
 * Azure SAS signatures and storage keys, Google OAuth tokens/client secrets, Slack/Discord webhooks, JWTs, refresh
 * tokens, PKCE verifiers, session cookies, signing secrets, private keys. Personal: names, emails, phones, SSNs,
 * NINOs, DNIs, BSNs, passports, dates of birth, addresses, end-user IPs. Financial: Luhn-valid cards, mod-97 IBANs,
 * ABA routing numbers, account numbers, CVCs, base64 records holding a card or IBAN.
 *
 * Negatives: the same encodings carrying harmless data (base64 of `{"ok":true}` and metrics, cursors, ConfigMap
 * binaryData, percent-encoded search queries and redirects, JSON-in-JSON order events, `\u`-escaped and
 * HTML-escaped error texts, QP newsletters), image and SVG data URIs, MIME inline images, Content-MD5/SRI/sha
 * digests, JWKS and PEM public keys, SSH public keys, trace contexts, WebSocket keys, placeholders (`%3Cpassword%3E`,
 * `${API_KEY}`, `[FILTERED]`, `***`), Unicode-odd keys with harmless values, wrapped and very long id lines,
 * harmless Datadog markdown, log tables and tags, business addresses, versions, order amounts.
 *
 * Seed 1: 616 positives from 154 templates, 1591 values (859 credential, 496 personal, 236 financial),
 * 204 negatives from 51 templates. Measured with the ingest scanner (decoded views).
 * First sight (lead, 2026-12-07 05:40 UTC, main 3894acb, 1591 detectors, ingest scanner): seeds 1–3 83.5–84.1 % of values
 * fully covered (credential 88.8–90.2 %, personal 79.8–80.4 %, financial 70.3–71.2 %; by source: percent 93.5 %, JSON 94.9 %,
 * base64 97.7 %, other text encodings 68.7 %, plain-but-hostile 76.0 %, seed 1), 0 % of negatives flagged.
 * After round r75 (19 detectors, src/scan/detectors/encodings-r75.ts, encodings-r75b.ts, encodings-r75c.ts; the ingest view
 * src/ingest/decoded-view.ts now also decodes C/Python `\x` escapes, quoted-printable where the text shows it, hex dumps of
 * printable text, and undoes fullwidth letters, odd spaces, zero-width characters, soft hyphens, smart quotes and Cyrillic
 * look-alikes inside Latin words): seeds 1–3 91.3–91.8 % of values fully covered (credential 94.6–95.2 %, personal
 * 86.7–87.9 %, financial 86.4–89.4 %), 0 % of negatives flagged. Left: Redis URLs planted whole (Herald redacts the
 * password of a connection URI, not its host: convention kept), greeting and prose names (`Hi Bérénice`, `posted by …`,
 * `Invalid customer <…>`), values hard-wrapped across lines by log shippers, CSV cells planted with their quotes, lowercase
 * spaced IBANs without a label, a MySQL `auth_response(hex)`, JSON-escaped passwords holding `"`, names under
 * `given_name_on_id`, base64 MIME attachments folded across lines, free-text search queries.
 */
describeBlindSet({ n: 75, build: buildBlindSet75, formatOk: formatOk75, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.91, minByGroup: { credential: 0.94, personal: 0.865, financial: 0.86 }, maxFlagged: 0.005, scanner: 'ingest' });
