import { hash9, Rng9 } from './blind-set-9-rng';
import { Bag25, type Negative25, type NegTemplate25, type PosTemplate25, type Positive25 } from './blind-set-25-types';
import { HTTP_TEMPLATES } from './blind-set-25-http';
import { SDK_TEMPLATES } from './blind-set-25-sdk';
import { WEB_TEMPLATES } from './blind-set-25-web';
import { INFRA_TEMPLATES } from './blind-set-25-infra';
import { DATA_TEMPLATES } from './blind-set-25-data';
import { MONEY_TEMPLATES } from './blind-set-25-money';
import { CREDS_TEMPLATES } from './blind-set-25-creds';
import { KYC_TEMPLATES } from './blind-set-25-kyc';
import { NEG_HTTP_TEMPLATES } from './blind-set-25-neg-http';
import { NEG_INFRA_TEMPLATES } from './blind-set-25-neg-infra';

/**
 * Sealed blind set 25: "an outside reviewer's first hour". Error-log lines and payloads of the
 * mainstream API providers Herald's users integrate (Stripe, Salesforce, HubSpot, Shopify, Twilio,
 * SendGrid, Mailgun, Postmark, Slack, GitHub, GitLab, AWS, GCP, Azure, Okta, Auth0, Zendesk,
 * Segment, Intercom, Plaid, Adyen, PayPal, Square, Braintree, OpenAI, Anthropic, Snowflake,
 * Databricks, MongoDB Atlas, Redis Cloud, Cloudflare, Fastly, Vercel, Netlify, Heroku,
 * DigitalOcean, npm, Docker Hub, Sentry, New Relic, Datadog, internal KYC and payout APIs) as their
 * SDKs, HTTP clients and servers print them, with values planted in hostile encodings and fields:
 * query strings and form bodies (percent-encoded, `+` for spaces), double URL-encoding, base64 and
 * base64url (Basic auth, docker auth, k8s Secret data, JWT payloads, base64 JSON headers), `\uXXXX`
 * escapes in JSON-in-JSON, HTML entities (Django's 500 page), XML/SOAP entities, multipart parts
 * with CRLF, CSV rows, quoted-printable mail with soft line breaks inside a token, Cookie and
 * Set-Cookie, gRPC metadata, ANSI colours, k8s `stderr F` prefixes, YAML/TOML/INI/.properties/.env,
 * Python repr, Ruby inspect, Go %+v, stack traces with local variables, SQL bound parameters.
 *
 * Sources (id before `/`), each template drawn from its own seeded stream so the set is a pure
 * function of the seed: http, sdk, web, data (4 draws each), infra, money (5), creds (6), kyc (1
 * draw: every national id scheme once); negatives neg-http, neg-infra, neg-data (3 draws each).
 * A kind `base~enc` is a `base` value as the encoding `enc` left it (`email~url`, `password~b64`,
 * `email~url2`, `password~qp`, `email~json`, `password~html`, `card~form`, `blob~b64url`).
 * Counts (seed 1; other seeds differ by a few financial values): 314 positives, 1311 planted values
 * (credential 692 = 52.8 %, personal 428 = 32.6 %, financial 191 = 14.6 %), 129 negatives.
 *
 * DECISIONS (what is and is not a leak, and why):
 * - A value is planted verbatim as it sits in the text: `jane%40gmail.com` in a query string,
 *   `jane%2540gmail.com` in a double-encoded `next`, `\\u0040` doubled inside JSON-in-JSON, the
 *   whole base64 string of a k8s Secret value, a Basic header or a docker `auth` (the secret is
 *   only recoverable by decoding, so the whole blob must go), the whole payload segment of a JWT
 *   that carries e-mail, phone, birthdate and SSN claims (as well as the JWT itself, a credential),
 *   a QP-encoded token including its soft line break `=\r\n`.
 * - Leaks, credential: passwords (DSN URLs, form bodies, SOAP UsernameToken PasswordText, traceback
 *   locals, Rails params, Django POST tables), provider API keys and tokens of every shape above,
 *   client secrets, refresh and access tokens, signed JWTs, private keys (PEM, JSON-escaped and
 *   doubly escaped PEM), AWS key ids, secrets and session tokens, Azure storage keys and client
 *   secrets, Slack webhooks, webhook signing secrets, session cookies (Rails `_session`,
 *   `remember_user_token`, Django `sessionid`), TOTP seeds (`otp_secret`), Postmark server tokens
 *   (UUID-shaped, but a credential under their key), Segment write keys, Salesforce session ids.
 * - Leaks, personal: e-mails of people, phones (E.164 and national layouts of 15 countries), the
 *   national ids of 17 countries (SSN, NINO, SIN, NIR, Steuer-ID, DNI, NIE, codice fiscale, BSN,
 *   personnummer, CPF, CURP, Aadhaar, PAN, TFN, My Number, RRN, ZA id, PESEL) with valid check
 *   digits, birth dates, street lines, passport and driver's licence numbers, names only where one
 *   value sits beside another identifier in the same record, base64 JSON blobs holding these.
 * - Leaks, financial: cards of all brands (Luhn-valid, never published test cards), IBANs of 17
 *   countries (mod-97, plain and spaced), ABA routing + account, sort code + account, BSB +
 *   account, CLABE.
 * - Not leaks (negatives): Stripe pk_live_ keys, masked values (last4, `****`, `***`, [REDACTED],
 *   [FILTERED], [Redacted]), placeholders (`${VAR}`, `$(VAR)`, `<your-api-key>`, `changeme`,
 *   `sk_live_xxxx`, Slack's T00000000 webhook, base64 of a placeholder in Basic or docker auth or
 *   k8s data), documentation values (AKIAIOSFODNN7EXAMPLE, GB82 WEST, 4242…, 078-05-1120, 555-01xx),
 *   secrets-manager references (arn:aws:secretsmanager, vault:, op://, secretKeyRef), ids (request,
 *   trace, span, idempotency, order, Salesforce record ids, Twilio account SIDs, Okta client ids,
 *   pagination tokens that are base64 of an offset), digests (webhook HMACs, WS-Security
 *   PasswordDigest, bcrypt hashes, sha256 of e-mails, image digests), public keys, certificates and
 *   JWKS, unsigned (`alg: none`) JWTs with no personal claim, EINs and VAT numbers, role mailboxes
 *   at example.com. Negatives hold nothing personal anywhere in their text.
 * - Left unplanted in positives (identifiers, not secrets; a flag on them costs nothing here):
 *   Twilio account SIDs, Salesforce consumer keys (`client_id=3MVG9…`), PayPal and Plaid client
 *   ids, GCP `private_key_id`, Okta/Auth0 client ids, OAuth authorization `code`s, business phone
 *   numbers a message is sent from, request/correlation ids beside the planted values.
 * - Borderline calls made here: a Postmark server token is UUID-shaped but planted (a credential
 *   under its key); a Shopify webhook body's order `token`/`checkout_token` is a negative (order
 *   ids); a WS-Security PasswordDigest and webhook HMAC signatures are negatives (digests); an
 *   `alg: none` JWT with only scope/aud/iss claims is a negative; a TOTP seed (`otp_secret`) is a
 *   credential; a payee name beside an IBAN or card is personal; a PagerDuty routing key is a
 *   credential (`api-key`).
 *
 * First sight: to be measured by the lead.
 */
/** Each source with the number of times its templates are drawn. */
const POSITIVE: readonly [readonly PosTemplate25[], number][] = [
  [HTTP_TEMPLATES, 4],
  [SDK_TEMPLATES, 4],
  [WEB_TEMPLATES, 4],
  [DATA_TEMPLATES, 4],
  [INFRA_TEMPLATES, 5],
  [MONEY_TEMPLATES, 5],
  [CREDS_TEMPLATES, 6],
  [KYC_TEMPLATES, 1],
];
const NEGATIVE: readonly NegTemplate25[] = [...NEG_HTTP_TEMPLATES, ...NEG_INFRA_TEMPLATES];

const stream = (seed: number, id: string) => new Rng9(hash9(`blind-25:${seed}:${id}`));

export function buildBlindSet25(seed: number): { positives: Positive25[]; negatives: Negative25[] } {
  const positives: Positive25[] = [];
  for (const [templates, times] of POSITIVE)
    for (const t of templates)
      for (let k = 0; k < times; k++) {
        const id = `${t.source}/${t.name}-${k}`;
        const bag = new Bag25();
        const text = t.make(stream(seed, id), bag);
        positives.push({ id, text, values: bag.values });
      }
  const negatives: Negative25[] = [];
  for (const t of NEGATIVE)
    for (let k = 0; k < 3; k++) {
      const id = `${t.source}/${t.name}-${k}`;
      negatives.push({ id, text: t.make(stream(seed, id)) });
    }
  return { positives, negatives };
}
