import { buildBlindSet15 } from '../../helpers/blind-set-15';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-9-checks';
import { idChecks15 } from '../../helpers/blind-set-15-ids';
import { base58Ok, bech32Ok } from '../../helpers/blind-set-15-wallets';

/**
 * Blind held-out set 15 (issue #13): a month of a mid-size company's integration failures as Datadog
 * alerts would carry them. About 40 % common providers (Stripe, AWS, GCP, Azure, GitHub, Slack, Twilio,
 * SendGrid, Salesforce, HubSpot, Shopify, Okta, Auth0, OpenAI, Anthropic, Postgres/MySQL/MSSQL/Mongo/
 * Redis) in contexts tests rarely use (Python tracebacks with locals, pretty-printed JSON, YAML/Helm/k8s
 * dumps, HTTP/2 and gRPC metadata, GraphQL error extensions, protobuf text, Go %+v, Rust Debug, Elixir/
 * Erlang terms, PHP print_r/var_export, .NET ToString(), PowerShell, Terraform state/plan, Basic headers
 * in base64); about 35 % long-tail providers (Mailgun, Postmark, Zendesk, Intercom, PagerDuty, Datadog,
 * New Relic, Atlassian, GitLab, Snowflake, Confluent, Elastic, Atlas, Databricks, Vault, TFC, Cloudflare,
 * DigitalOcean, Linear, Notion, Supabase, Braintree, PayPal, Plaid, Adyen, Mollie, Mercado Pago, Xendit,
 * Brevo, Vonage, Plivo, Telnyx, Shippo, EasyPost, SAP BTP, BambooHR, Hugging Face, W&B, Pinecone, Groq,
 * Clerk, Stytch, Wise, Telegram, npm, Docker, Sentry, Doppler, Contentful, Algolia, Mapbox, Amplitude,
 * 1Password); about 25 % personal and financial data from HR, payroll, KYC, CRM, support desks, PSPs and
 * exchanges: national ids from 21 countries (19 with checksums) (Steuer-ID, BSN, DNI, personnummer, PESEL,
 * HETU, NIR, Belgian NRN, fødselsnummer, NINO, TC Kimlik, NIF, SSN, CPF, SIN, Aadhaar, Chinese RIC, SA
 * ID, RUT, TFN, NRIC), phones in 23 national layouts, mailboxes, dates of birth, addresses, a passport
 * and a driving licence; cards of seven brands (grouped, ungrouped, in a run, URL-encoded form), CVCs,
 * mod-97 IBANs of 11 countries, ABA routing + account numbers, BTC (base58 and bech32), Tron and ETH
 * addresses. Written by an author who did not read src/scan/, docs/scanner.md or other sets' cases.
 * A value counts only when every character of every occurrence lies inside leak findings; a negative
 * is flagged when any leak finding lands anywhere in its text. BLIND15_SEED picks the seed;
 * BLIND15_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions: public-by-design keys per the README (Stripe pk_live_, Firebase web config, Supabase anon,
 * Adyen clientKey, Mapbox pk.), Stripe cus_/evt_/pi_ ids, Twilio account SIDs, AWS's docs pair,
 * published Stripe test cards, the docs IBANs, 555-01xx, example.com/*.test/noreply mailboxes, masked
 * values, placeholders, secrets-manager references, public keys (SSH, JWKS, PEM PUBLIC KEY), Google
 * OAuth client ids and reCAPTCHA site keys are negatives. Basic-auth headers plant the base64 value.
 *
 * FIRST SIGHT (2026-12-04 19:14 UTC, scanner = main as branched, untouched; 146 positives, 209 values:
 * 109 credential, 66 personal, 34 financial; 84 negatives):
 *   raw, seeds 1-3: covered 90.4 % (189/209): credential 96.3 % (105/109), personal 80.3 % (53/66),
 *     financial 91.2 % (31/34); flagged 3.6 % (3/84)
 *   Harness fix before recording (one case, no value redrawn): the GCP service-account key planted the
 *   JSON escape `\n` after `-----END PRIVATE KEY-----` as part of the value; the value now ends at the
 *   END line (the key block itself was found whole). With it, seeds 1-3 (and 5, 7, 9, 10):
 *   covered 90.9 % (190/209): credential 97.2 % (106/109), personal 80.3 % (53/66), financial 91.2 % (31/34); flagged 3.6 % (3/84)
 *   seeds 4, 6, 8: 90.4 % (189/209), personal 78.8 % (52/66), the rest the same (one extra miss, below).
 * Misses by class (every seed unless said):
 *   credential: an AWS secret as a PowerShell argument (`Set-AWSCredential -AccessKey … -SecretKey …`,
 *     the key id beside it was found); a Twilio auth token in PowerShell (`ConvertTo-SecureString "<32
 *     hex>" -AsPlainText` with the AC SID as the PSCredential user); a Postgres password in Rust Debug
 *     output of sqlx (`password: Some("…")`).
 *   personal: national ids under local keys with no other cue — French NIR grouped `S YY MM DD CCC NNN
 *     KK` in PHP var_dump, Belgian NRN `YY.MM.DD-XXX.CC` under an itsme claim URL key, Turkish TC Kimlik
 *     under `identityNumber`, Aadhaar `NNNN NNNN NNNN` under `uid`, Chinese RIC under `身份证号`, Chilean
 *     RUT under `RUTRecep`, UK NINO `AB 12 34 56 C` in Workday XML `National_ID`; a US driving licence
 *     under `identification-number`; dates of birth `DD/MM/YYYY` under `date_de_naissance`, `MM/DD/YYYY`
 *     as a bare CSV field, ISO under camelCase `dataNascimento`; addresses: Finnish
 *     `Mannerheimintie 12 B 7, 00100 Helsinki` under `osoite`, a Singapore HDB `Blk 123 Tampines Street
 *     45 #12-345 Singapore 52xxxx` (only a part was found), and (seeds 4, 6, 8) a UK address whose house
 *     number has a letter suffix (`123a Ashby Road, …`).
 *   financial: an Amex grouped 4-6-5 inside a run of cards (the Discover and JCB beside it were found);
 *     an ungrouped UnionPay 62… under `accNo` in a Chinese log (its `cvn2` was found); an Amex CID (4
 *     digits) in .NET `CardDetails { … Cid = 1234 }` (the card was found).
 * False alarms by class (every seed): X.509 OIDs `2.5.4.3`/`2.5.29.17` reported as IPv4; Stripe's
 *   published 3DS test card `4000 0027 6000 3184`; a Java `Class@hashcode.method` frame
 *   (`com.corp.sync.HubspotPoller@6d06d69c.poll`) reported as an e-mail (that frame form is unusual
 *   for a JVM stack trace: a judgement call on the case, left as written).
 * Floors sit a hair under the first-sight figures (personal under seeds 4/6/8's), so the test fails on a regression.
 * HELD OUT AGAINST ROUNDS 1 AND 2 (2026-12-04 20:03 UTC, main 9a4fbbd: issue-cred13, issue-pf13, issue-r2c, issue-r2p
 *   merged; none of their authors saw this set; the latest held-out figure of issue 13): 94.7-95.2 % covered (95.2 % on
 *   seeds 1-3, 5, 7, 9, 10; 94.7 % on 4, 6, 8), credential 98.2, personal 89.4-90.9, financial 94.1; 3.6 % flagged.
 *   Still missed: an AWS secret as a PowerShell -SecretKey argument, a Postgres password in Rust sqlx Debug output, an Amex
 *   4-6-5 inside a card run, an Amex CID in a .NET dump, a French NIR and birth date in a PHP var_dump, a NINO in Workday
 *   XML, a US licence under identification-number, Singapore and Finnish addresses. False alarms: Stripe's 3-D Secure test
 *   card 4000 0027 6000 3184, a Java Class@hash.method frame as an e-mail, the OID 2.5.29.17 as an IPv4 address.
 *   Floors raised to just under this figure. Since (tuned on one class): Stripe's published 3-D Secure, decline and
 *   country test cards are marked test, so 2.4 % flagged.
 * TUNED ON (issue-pf16, 2026-12-04, before sealed set 16): the personal/financial misses and false alarms above fixed as
 *   classes (var_dump ids, namespaced XML elements, KYC generic fields, Nordic/Singapore/UK-letter addresses, cards in
 *   mixed runs, .NET CID, JVM object identities, OID-shaped quads): seeds 1-10 99.0 % covered (personal 100, financial
 *   100, credential 98.2), 0 of 84 flagged. A tuned figure, not a held-out one; personal/financial floors raised under it.
 */
const MIN_COVERED = 0.945;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.98, personal: 0.98, financial: 0.97 };
const MAX_FLAGGED = 0.04;

const jwtOk = (t: string): boolean => {
  const [h, b] = t.split('.');
  return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
};

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'btc-base58' || kind === 'tron-address') return base58Ok(value);
  if (kind === 'btc-bech32') return bech32Ok(value);
  if (kind === 'eth-address') return /^0x[0-9a-f]{40}$/.test(value);
  if (kind === 'auth0-mgmt-jwt' || kind === 'supabase-service') return jwtOk(value);
  if (kind.endsWith('-b64')) return Buffer.from(value, 'base64').toString('base64') === value && Buffer.from(value, 'base64').toString().includes(':');
  const check = idChecks15[kind];
  return check ? check(value) : true;
}

describeBlindSet({
  n: 15,
  build: buildBlindSet15,
  formatOk: formatOk,
  minSize: { positives: 110, values: 125, negatives: 80 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
