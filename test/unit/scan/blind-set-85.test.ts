import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet85 } from '../../helpers/blind-set-85';
import { formatOk85 } from '../../helpers/blind-set-85-format';

/**
 * Blind set 85 (sealed, held out, written without sight of the detectors): customer-support,
 * messaging and inbound-email platforms as integration code logs them when a call fails or a
 * webhook is processed. 31 sources: Zendesk tickets (pino JSON with the request body JSON-escaped,
 * zenpy repr, ticket+comments+users API dump, zendesk_api Ruby inspect), Zendesk audits and trigger
 * webhooks, Intercom (webhook notification with HTML parts, requests error with header dict),
 * Freshdesk (automation webhook, API v2 ticket), Front (inbound event), Help Scout (webhook,
 * OAuth debug), Gorgias (axios error, Basic), Kustomer (JSON:API message escaped in a zap line),
 * Salesforce Service Cloud (Case, EmailMessage via Apex debug and simple_salesforce), Slack Events
 * API (Bolt JS/Python, mrkdwn-escaped text), Slack exports, Teams/Graph chatMessage (HTML) and
 * incoming webhooks, Twilio SMS and Conversations webhooks (form-encoded, ImmutableMultiDict),
 * WhatsApp Cloud API webhooks (raw and JSON-in-JSON), LiveChat, Drift, Crisp, Zendesk Chat
 * transcripts, SendGrid Inbound Parse (multipart), Mailgun routes (form-encoded `body-plain` /
 * `stripped-text`, Python dict), Postmark inbound JSON, SES notifications wrapped in SNS (raw MIME
 * escaped twice), raw MIME (quoted-printable with soft breaks, base64 parts, HTML with named
 * entities, quoted replies and forwards), SMTP/IMAP sessions (AUTH PLAIN/LOGIN, IMAP URLs), and
 * the integration's own Node/Python/Ruby/Java/Go logs and Datadog monitor markdown; most cases
 * also carry a config/env line of the worker's loaded credentials.
 * Planted: credentials (vendor tokens of Zendesk, Intercom, Front, Help Scout, Gorgias, Kustomer,
 * Freshdesk, Salesforce sessions, Slack bot/user/app tokens, signing secrets and webhook URLs,
 * Graph tokens, Teams webhooks, Twilio auth tokens and API secrets, SendGrid, Mailgun, Postmark,
 * Meta `EAA…`, AWS keys, Datadog, Basic credentials, AUTH PLAIN/LOGIN base64, webhook secrets, and
 * keys customers paste: Stripe, GitHub (valid CRC), Shopify, OpenAI; passwords in ten languages),
 * personal data (names, mailboxes, phones in national and E.164 forms, addresses, birth dates,
 * national ids with their check digits: SSN, NINO, Steuer-ID, NIR, DNI/NIE, NIF, CPF, codice
 * fiscale, BSN, PESEL, My Number, TC Kimlik; client IPs) and financial data (Luhn cards of eight
 * brands and CVCs, IBANs of ten countries with national checks, ABA routing and account numbers,
 * UK sort codes, Japanese account numbers), each planted in the form its printer gives it (JSON-,
 * double-JSON-, HTML-, form-, quoted-printable-escaped) and only where that form is contiguous.
 * Negatives: message headers (Message-ID, DKIM, ARC), SNS signatures, Twilio/Slack signature
 * headers, tracking numbers (UPS, USPS, DHL, FedEx), order and ticket ids, hashes and Gravatar URLs,
 * trace ids, templates and placeholders, masked dumps, versions, company signatures with their
 * published lines and offices, prose about passwords and tokens.
 * Seed 1: 540 positives, 3659 values (1917 credential, 1229 personal, 513 financial), 230 negatives.
 * First sight (lead, 2026-12-07, on the 1722-detector build after lead round l86's first two commits, nothing aimed at
 * this set): seeds 1-2 87.6/86.8 % of values (credential 92.4/92.3 %, personal 79.3/79.3 %, financial 89.3/84.9 %), 61/230 negatives flagged on
 * both (26.5 %: company signatures and footers with their offices and toll-free lines, list-unsubscribe and SES simulator
 * mailboxes, Mailgun message ids without brackets, pretty-printed SNS signatures, `X-Mailgun-Sid` read as a session).
 * After round l86 on it: seeds 1-2 93.2/92.1 %, 0/230 flagged; seed 3 (its cases not looked at) 92.8 %, 0/230.
 * Round l87 (form-encoded bodies read decoded, dotted cards beside their codes, Crisp's identifier/key pair, nicknames):
 * seeds 1-3 94.9/94.2/94.6 %, 0/230 flagged. Judged otherwise than the set: an SPF header's `client-ip` is the sending mail
 * server's, no person's (left unflagged, 15 values at seed 1).
 * Left: names in prose without a sign-off or a label, national phones in signatures, IPs in mail headers, tokens in prose
 * (`computed with auth token …`, `API token in use: …`), values inside form-encoded bodies (percent- and `+`-encoded prose).
 * Round l88 (field objects, names family name first, a secret's env name with its value in parentheses): seeds 1/2/4
 * 95.5/94.9/94.7 %, 0 flagged.
 */
describeBlindSet({ n: 85, build: buildBlindSet85, formatOk: formatOk85, minSize: { positives: 460, values: 3100, negatives: 195 }, minCovered: 0.935, minByGroup: { credential: 0.95, personal: 0.91, financial: 0.93 }, maxFlagged: 0.005 });
