import { buildBlindSet16 } from '../../helpers/blind-set-16';
import { formatOk16 } from '../../helpers/blind-set-16-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 16: what SDKs, HTTP clients, frameworks and job systems actually print when an
 * integration fails, as Datadog alerts would carry it. Credentials (about 53 % of values, 118 values,
 * over 70 providers' published formats plus generic password/secret fields): Node AxiosError
 * inspections (config.headers, config.auth, JSON-escaped config.data), got/undici/node-fetch errors,
 * process.env dumps, Prisma/Mongoose/ioredis options, Sentry event JSON, OpenTelemetry span attributes
 * (http.request.header.*), GitHub Actions logs; Python http.client `send: b'…'`, urllib3/httpx lines,
 * botocore debug, Django/Werkzeug frame locals, Celery/RQ task args, Airflow connection URIs (URL-
 * encoded password) and extras, `dbt debug` profiles, twine, SQLAlchemy engines, google-auth bodies,
 * Azure connection strings and SAS URLs; OkHttp interceptor, Spring WebClient/RestTemplate logging,
 * JDBC URLs (Postgres, SQL Server, Oracle), Hibernate bound parameters, Kafka Connect JAAS configs,
 * Debezium configs, Spring bind failures, JavaMail properties, logback MDC, Gradle/Artifactory; .NET
 * HttpClient logging (Basic in base64), Serilog events, SqlClient connection strings; Android logcat
 * and iOS NSURLSession crash logs; Go httputil.DumpRequest and %+v structs; Terraform TF_LOG provider
 * debug and .terraformrc; `kubectl get secret -o yaml` (base64 data), `kubectl describe`, docker
 * inspect, TLS stringData with an indented multi-line PEM; curl -v; nginx and envoy access logs;
 * Postman/Insomnia exports; Ruby Faraday and Net::HTTP debug, Sidekiq and Resque payloads, Rails
 * unfiltered parameters; Laravel/Monolog context; Buildkite, docker build args, Ansible -vvv.
 * Personal (30 %, 67 values): webhook payloads and framework dumps from payroll, HR, EOR, KYC, CRM,
 * PSP, travel and shipping systems with national ids from 22 countries, all with real check digits
 * where the id has one (US SSN, UK NINO, Steuer-ID, BSN, DNI, NIR, PESEL, personnummer, HETU,
 * fødselsnummer, CPF, SIN, Aadhaar, Argentine CUIT, Korean RRN, Israeli Teudat Zehut, Romanian CNP,
 * Czech rodné číslo, Croatian OIB, Estonian isikukood, TC Kimlik, NRIC), phones in 18 national
 * layouts, mailboxes (one URL-encoded), birth dates in ISO/DMY/MDY/dotted form, postal addresses in 9
 * countries' layouts, passports (DE, IN, US). Financial (17 %, 39 values): cards of 10 brands (Visa,
 * Mastercard, Amex, Discover, JCB, UnionPay, Diners, Mir, RuPay, Maestro 19-digit) ungrouped, grouped
 * by space or dash, URL-encoded form bodies, JSON-escaped bodies, XML, Go/.NET dumps; CVCs/CIDs;
 * mod-97 IBANs of 11 countries (DE FR ES NL BE GB PL CH NO SE PT, grouped and compact); ABA routing +
 * US account numbers; UK sort code + account; BTC base58 and bech32, ETH and Tron addresses.
 * Written by an author who did not read src/scan/, docs/scanner.md, the README's scanner section,
 * the fixtures or other sets' cases. A value counts only when every character of every occurrence
 * lies inside leak findings; a negative is flagged when any leak finding lands anywhere in its text.
 * BLIND16_SEED picks the seed; BLIND16_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions (90 negatives): request/trace/span/job/run ids, UUIDs, git SHAs, image digests, ETags,
 * Content-MD5, npm integrity hashes, idempotency keys, Stripe object ids (cus_/pi_/ch_/evt_), base64
 * protobuf prefixes, Kafka offsets, k8s uids, crash-report ids are negatives; so are public-by-design
 * keys (Stripe pk_live_, Firebase web config, Supabase anon JWT, Mapbox pk., Adyen clientKey,
 * reCAPTCHA site key, PayPal JS client-id, Sentry DSN, Google OAuth client ids), public keys (SSH,
 * PEM PUBLIC KEY, JWKS), published test/doc values (AWS's AKIAIOSFODNN7EXAMPLE pair, Stripe test
 * cards, jwt.io's sample token, the docs IBANs, 555-01xx and Ofcom drama numbers, example.com/.org,
 * *.test and *.invalid mailboxes), placeholders (`<your-api-key>`, `${…}`, `${{ secrets.X }}`,
 * `xxxx`, `REPLACE_ME`, `.env.example` URLs), secret-manager references (Vault, AWS/GCP secret ARNs,
 * Key Vault, k8s secretKeyRef, Kafka `${file:…}`), masked values (`[FILTERED]`, `****`, `•••• 1234`,
 * `sk_live_…abcd`, `Authorization: *`), version strings, OIDs, timestamps, order/invoice/tracking
 * numbers, part numbers and counters, a 16-digit non-Luhn batch reference, coordinates, and clean
 * dumps with auth-shaped but empty fields. An AWS access key id counts as a credential value beside
 * its secret. Basic headers plant the base64 value; URL-encoded values plant the encoded form.
 *
 * FIRST SIGHT (2026-12-04 21:33 UTC, scanner = branch blind16 as branched, untouched; 165 positives,
 * 224 values: 118 credential, 67 personal, 39 financial; 90 negatives). No harness fix was needed
 * after measuring (two phone layouts, +47 and +34, were corrected before the first measurement).
 *   seed  overall          credential       personal        financial       flagged
 *   1     93.3 % (209/224) 98.3 % (116/118) 83.6 % (56/67)  94.9 % (37/39)  1.1 % (1/90)
 *   2     93.8 % (210/224) 98.3 % (116/118) 85.1 % (57/67)  94.9 % (37/39)  1.1 % (1/90)
 *   3     93.8 % (210/224) 98.3 % (116/118) 85.1 % (57/67)  94.9 % (37/39)  1.1 % (1/90)
 *   4     93.3 % (209/224) 98.3 % (116/118) 83.6 % (56/67)  94.9 % (37/39)  1.1 % (1/90)
 *   5     93.8 % (210/224) 98.3 % (116/118) 85.1 % (57/67)  94.9 % (37/39)  1.1 % (1/90)
 *   6, 8, 9 as seed 2; 7: 93.8 % with credential 99.2 % and personal 83.6 %; 10: 94.2 % (211/224),
 *   credential 99.2 %, personal 85.1 %. Financial 94.9 % and flagged 1.1 % on every seed 1-10.
 * Misses by class (every seed unless said):
 *   credential: an AWS access key id in a Node AWS SDK v3 `clientConfig` inspection (the secret beside
 *     it was found; the id was found on seeds 7 and 10 only); a datasource password in Spring Boot's
 *     "APPLICATION FAILED TO START" bind report (`Property: …hikari.password` then `Value: "…"` on the
 *     next line).
 *   personal: national ids with only a local-language key as cue — Israeli Teudat Zehut in Salesforce
 *     outbound SOAP (`<sf:Teudat_Zehut__c>`), Spanish DNI as a positional Celery task argument,
 *     Swedish personnummer `YYYYMMDD-NNNN` under BankID `personalNumber`, Romanian CNP in PHP print_r
 *     (`[cnp] => …`); a US passport number and an MM/DD/YYYY birth date as Hibernate bound parameters
 *     (the column names are only in the SQL above); addresses: Singapore HDB `Blk … #NN-NNN Singapore
 *     NNNNNN` (only part found), a Japanese 〒 address (only the postcode/prefecture part found), a
 *     Dutch address with a house-number suffix (`…gracht 175-hs, 1899 BE Utrecht`) in XML, a Brazilian
 *     `Rua …, N - apto N, São Paulo - SP, NNNNN-NNN` in Sidekiq args; seeds 4 and 7: a German address
 *     `Am Kirchberg 12a, NNNNN Leipzig` under a Personio "Anschrift" label; seed 1: a German passport
 *     number that happened to be drawn all letters.
 *   financial: an Amex CID as a Python repr in Sentry frame vars (`"cid":"'NNNN'"`) and a CVC in a
 *     Postman urlencoded key/value list (`{"key":"cvc","value":"NNN"}`) — the cards beside both found.
 * False alarms by class (every seed): a four-part dotted Maven version (`2.15.4.1`) reported as IPv4.
 * Realism slips noticed after measuring, left as written (cases are not changed after first sight): BankID
 *   returns personalNumber as 12 digits without the dash; the Japanese address generator may pair a ward
 *   with a neighbourhood of another ward; the German passport generator can draw an all-letter number.
 * Floors sit a hair under the lowest first-sight figure over seeds 1-10, so the test fails on a regression.
 * HELD OUT AGAINST ROUND 3 (2026-12-04 22:36 UTC, main 29c77dd: branches cred16 and pf16 merged, 462 detectors; their
 *   authors never saw this set; the latest held-out figure of issue 13): seeds 1-10 94.2-95.1 % covered (95.1 % on
 *   seed 10, 94.6 % on seeds 2, 3, 5-9, 94.2 % on seeds 1 and 4), credential 98.3-99.2 %, personal 86.6-88.1 %,
 *   financial 94.9 %; flagged 1.1 % (1/90). Gained: the Israeli id in Salesforce SOAP and the Brazilian `Rua … apto`
 *   address. Still missed: the other classes above, and the same false alarm.
 * TUNED (branch fix16, 2026-12-04 23:00 UTC, 463 detectors: the classes above fixed generally, with tests of
 *   their own in test/unit/scan/blind-16-fixes.test.ts; an upper bound, no longer held out): 99.6 % on seed 1 (a
 *   German passport number drawn all letters), 100 % on the other seeds; 0 % flagged. Floors raised under it.
 */
const MIN_COVERED = 0.99;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.99, personal: 0.98, financial: 0.99 };
const MAX_FLAGGED = 0.005;

describeBlindSet({
  n: 16,
  build: buildBlindSet16,
  formatOk: formatOk16,
  minSize: { positives: 120, values: 140, negatives: 85 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
