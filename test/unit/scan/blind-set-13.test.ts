import { buildBlindSet13 } from '../../helpers/blind-set-13';
import { formatOk13 } from '../../helpers/blind-set-13-checks';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 13 (issue #13): integration error logs of providers across ERP/HR (SAP BTP,
 * NetSuite, Odoo, Workday, BambooHR), logistics (EasyPost, Shippo, DHL), telco (Vonage, Infobip,
 * Africa's Talking, 46elks), EU/APAC/LatAm/African payments and banking (Mollie, Adyen, GoCardless,
 * Nordigen, Plaid, Xendit, Midtrans, Flutterwave, Conekta, Wompi, LINE, DingTalk, Kakao), data and
 * MLOps (Snowflake, Redshift, ClickHouse, dbt Cloud, Fivetran, Databricks, Tecton, Feast, Neptune,
 * W&B, Hugging Face), auth libraries (Laravel, Rails, NextAuth, Keycloak) and a third on the common
 * providers (Stripe, AWS SDK v3, GitHub, GitLab, Slack, OpenAI, Anthropic, Azure, GCP, Okta, Auth0,
 * …) in new contexts (Faraday/OkHttp/urllib3 wire logs, axios config dumps, kubectl, Terraform,
 * Helm, CI, escaped nested JSON, URL-encoded bodies, base64 Basic headers). Personal data: national
 * ids with checksums from 24 countries (NINO, BSN, NIE, codice fiscale, NIR, Steuer-ID,
 * fødselsnummer, Belgian NN, NIF, CNP, isikukood, PPSN, SSN, CPF, Aadhaar, PRC RIC, ZA ID, CURP,
 * RUT, CUIL, TFN, NRIC, RRN, TC Kimlik, My Number), a passport MRZ, phones in 20 layouts, e-mails,
 * dates of birth, an address. Financial: cards of seven brands (grouped, ungrouped, in a run), CVCs,
 * mod-97 IBANs of 11 countries, ABA routing + account (JSON and a NACHA entry), sort code, CLABE,
 * bech32/base58check/ETH/TRON wallets. Written by an author who did not read the detectors or
 * docs/scanner.md; every checksum routine was checked against published example numbers. A value
 * counts only when every character of every occurrence lies inside leak findings; a negative is
 * flagged when any leak finding lands anywhere in its text. BLIND13_SEED picks the seed;
 * BLIND13_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions: public-by-design keys (Stripe pk_, Firebase web, Supabase anon, Adyen client, Mapbox
 * pk.), Stripe object ids, Twilio SIDs, published test cards, AWS's example pair, the docs IBAN DE89…,
 * 555-01xx phones, example.com/.org/*.test, noreply@/no-reply@, private IPs, curl -v server addresses,
 * op://, vault:, ${{ secrets.X }} and CloudFormation resolve references, masked values (***, ******,
 * (sensitive value), [REDACTED]), placeholders and documentation examples (Slack's
 * `xoxb-not-a-real-token…`, jwt.io's sample, `sk_test_xxxx…`) are negatives. A Bitcoin WIF private key
 * counts as a credential.
 *
 * FIRST SIGHT (2026-12-04 18:46 UTC, scanner = main untouched; 146 positives, 193 values:
 * 104 credential, 56 personal, 33 financial; 85 negatives):
 *   seed 1: covered 85.0 % (164/193): credential 93.3 % (97/104), personal 67.9 % (38/56), financial 87.9 % (29/33); flagged 3.5 % (3/85)
 *   seed 2: covered 85.0 % (164/193): credential 93.3 % (97/104), personal 67.9 % (38/56), financial 87.9 % (29/33); flagged 3.5 % (3/85)
 *   seed 3: covered 85.0 % (164/193): credential 93.3 % (97/104), personal 67.9 % (38/56), financial 87.9 % (29/33); flagged 3.5 % (3/85)
 *   (seeds 4-10: the same 85.0 % / 3.5 %, the same misses by class)
 * Misses by class (every seed):
 *   credential: a dbt Cloud token `dbtc_…` as the password of an Airflow `dbt-cloud://acct:token@host`
 *   URI; an Odoo API key (40 hex) as a positional argument of `execute_kw` in a Python traceback; a
 *   BambooHR API key (40 hex) as the user of `https://KEY:x@api.bamboohr.com/…`; a DHL API key (32
 *   base62) in a Java header map `dhl-api-key=[…]`; a Mollie `live_…` key under `"mollie.key"` in a
 *   Laravel JSON context; a PayPal client secret (80 base64url) as the password of `curl -u "id:secret"`;
 *   a Bitcoin WIF private key under `HOT_WALLET_WIF=` in a Go panic's env line.
 *   personal: national ids under non-English or vendor keys, or with no key: BSN (`BSN__c=`, Salesforce
 *   DML), Steuer-ID (DATEV CSV row), fødselsnummer (`pid=`), Belgian NN (itsme claim URL key), NIF
 *   (`fiscal_id`), CNP (`"cnp"`), isikukood inside a Smart-ID `PNOEE-…-XXXX-Q` document number,
 *   Aadhaar 4-4-4 (`'uid'`), PRC RIC (`cert_no`), RUT (`RutRecep=`), RRN and a KR `010-xxxx-xxxx` phone
 *   in a Spring SQL parameter list, TC Kimlik (`"TCKimlikNo"`), My Number and a JP `090-xxxx-xxxx`
 *   phone under Japanese keys; a US `MM/DD/YYYY` date of birth as a bare Zendesk custom-field value; a
 *   passport number (`document_number`) and the passport MRZ line 2 in a KYC extract.
 *   financial: the CVC beside a found card (Braintree XML `<cvv>`, PHP var_dump `["cc_cid"]`); a
 *   UnionPay card in escaped nested JSON (`accNo`); a Mexican CLABE (`cuentaBeneficiario=`).
 * False alarms by class (every seed): a Mapbox public `pk.` token in a style URL; Slack's docs token
 *   `xoxb-not-a-real-token-this-will-not-work`; a `sk_test_xxxx…` placeholder.
 * Harness fix before measuring (no scanner run involved): the Aadhaar generator's Verhoeff inverse
 *   table was wrong (the well-formedness test caught it). No case was changed after measuring.
 * Floors sit a hair under the first-sight figures, so the test fails on a regression.
 * HELD OUT AGAINST ROUND 1 (2026-12-04 19:50 UTC, main d151ec0: branches issue-cred13 and issue-pf13 merged, written
 *   by helpers who never saw this set): 89.1 % covered (credential 96.2, personal 75.0, financial 90.9), 3.5 % flagged, seeds 1-3.
 * AFTER ROUND 2 (2026-12-04 20:03 UTC, issue-r2c and issue-r2p, written from this set's and set 14's misses: tuned, an
 *   upper bound): 100 % covered, 0 % flagged, seeds 1-3. Floors raised to just under that.
 */
const MIN_COVERED = 0.99;
// Round 2 (issue-r2c, as tuning material): credential 100 % (104/104) and 0 % flagged on seeds 1-10; floors raised.
const MIN_BY_GROUP: Record<string, number> = { credential: 0.99, personal: 0.98, financial: 0.98 };
const MAX_FLAGGED = 0.012;

describeBlindSet({
  n: 13,
  build: buildBlindSet13,
  formatOk: formatOk13,
  minSize: { positives: 110, values: 125, negatives: 80 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
