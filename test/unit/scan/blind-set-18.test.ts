import { buildBlindSet18 } from '../../helpers/blind-set-18';
import { formatOk18 } from '../../helpers/blind-set-18-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 18: debugging and inspection artifacts that end up in alerts — what engineers paste
 * or tools attach when something breaks: telemetry, error-tracker events, traffic captures, client logs,
 * infrastructure inspection output, shell histories and REPL/database sessions.
 * Ids are `<source>/<case>`; sources: otel, errors, capture, browser, mobile, infra, shell, repl.
 *
 * Contents (257 positives, 323 values; 154 negatives; the same shape on every seed, values fresh per seed):
 * Credentials (171 values, 52.9 %, 93 kinds): 70 providers' published token layouts (AWS key id + secret,
 *   GitHub ghp_/gho_/ghs_ with the CRC32 base62 tail and github_pat_, GitLab, Slack bot/user/webhook, Stripe
 *   sk_live_/rk_live_/whsec_, OpenAI, Anthropic, SendGrid, npm, PyPI, Google API key and GOCSPX- OAuth secret,
 *   Hugging Face, Shopify, DigitalOcean, Databricks, Vault hvs., Terraform Cloud, Postman, Linear, New Relic,
 *   Grafana glsa_/glc_, Telegram, Azure storage key and SAS sig, age, Pulumi, Docker Hub, RubyGems, PlanetScale,
 *   LangSmith, Groq, Replicate, Perplexity, Airtable, Notion, Doppler, Contentful, Shippo, Mailchimp, Mailgun,
 *   Twilio SK/auth token, Square, Razorpay, Braintree, Flutterwave, Paystack, GoCardless, Mollie, Sentry,
 *   Datadog API/app keys, Heroku, Atlassian, Discord, Facebook, Okta, Cloudflare, Buildkite, CircleCI, FCM,
 *   Mapbox sk., Supabase service_role JWT, Dropbox, Confluent, Algolia admin) each once in an env-style
 *   artifact (docker inspect Env, kubectl describe / get -o yaml, /proc/<pid>/environ with `\0`, `^@` and
 *   Python `b'…\x00…'` separators, systemctl cat Environment=, bash history export, iOS crash-report env,
 *   terraform plan, helm get values, ansible -vvv module_args, Python traceback locals environ({…}),
 *   ps auxww `env K=V`, Node process.env, irb ENV, heroku config, ECS task definition, logcat, docker compose
 *   config, journalctl, printenv) and 34 of them again in a header-carrying artifact (OTLP JSON
 *   http.request.header.*, Jaeger and Zipkin JSON tags, Sentry/Bugsnag/Honeybadger cgi_data/Rollbar request
 *   headers, HAR headers, curl -v, mitmproxy, tcpdump -A with `..` line ends, Chrome "copy as fetch", Fiddler
 *   raw, OkHttp logcat, Flutter Dio, history `curl -H`, Go DumpRequest, ngrok inspect). Plus 62 hand-made
 *   cases: docker config.json auths (base64 user:pass), git remote -v / git config --list URLs, .netrc,
 *   .npmrc, pip config list, ps auxww `-p…`, `--spring.datasource.password=`, `vault login password=`,
 *   PGPASSWORD/`mysql -p'…'` and zsh extended history, psql expanded, MySQL boxed and \G rows, redis-cli
 *   CONFIG GET requirepass and AUTH, mongosh URI, kubectl secret base64 data, terraform show -json and
 *   output -raw PEM, ansible mysql_user login_password, journalctl AMQP URL, Go %+v, Java toString, Rails
 *   inspect, Python requests headers (Basic), Node REPL config, helm-held service-account JSON with `\n`
 *   escaped PEM, ~/.aws/credentials, configmap jsonpath, /etc/default env file; OTel http.url query tokens
 *   (access_token=, key=, SAS sig=, Telegram bot path), db.statement ALTER USER / IDENTIFIED BY, messaging
 *   URL, Kafka JAAS in exception.message, exception.stacktrace Redis URL, Azure connection string; Sentry
 *   cookies, Python frame vars repr, breadcrumb Slack webhook, Ruby env vars with a Rails session cookie,
 *   extra form data; Rollbar JSON-escaped body, Bugsnag breadcrumb Basic, Honeybadger session; HAR cookie
 *   connect.sid (`s%3A…`), form postData password (percent-encoded), base64 response body holding tokens,
 *   mitmproxy URLEncoded form, Charles laravel_session, curl -v Basic and Set-Cookie, tcpdump POST body;
 *   Chrome console JWT, Datadog RUM context idToken, iOS os_log headers, React Native log, Sentry vars with
 *   a JSON-escaped EC PEM.
 * Personal (92 values, 28.5 %): 46 person records, each a national id with real check digits from 23
 *   countries (US SSN, UK NINO, Steuer-ID, BSN, DNI, NIR, codice fiscale, PESEL, personnummer, HETU,
 *   fødselsnummer, CPF, SIN, Aadhaar (Verhoeff), Chinese resident id, Korean RRN, NRIC, Belgian national
 *   number, South African id, TC Kimlik, Teudat Zehut, TFN, RUT) plus a second value: phones in 18 layouts (16
 *   national, US E.164, one `%2B`-encoded E.164), mailboxes (two `%40`-encoded), birth dates (ISO, DD/MM/YYYY,
 *   DD.MM.YYYY, MM/DD/YYYY, `7 Mar 1984`), street addresses of 10 countries' layouts (US UK DE FR NL CA AU
 *   ES IT JP), passports (US DE IN FR UK) and driving licences (UK DVLA, California, Florida) — printed as a
 *   Sentry user, Rails inspect, Java toString, Go %+v, Python repr, psql aligned/expanded, MySQL boxed/\G,
 *   mongosh document, HAR form postData (`+` spaces, `%40`, `%2B`; the encoded form is the planted value),
 *   OTel span event, OTLP attribute list, Datadog RUM usr, logcat Kotlin data class, iOS Swift print,
 *   Flutter map, Bugsnag metaData, Chrome console object, Sentry vars dict, mitmproxy JSON, history curl -d.
 * Financial (60 values, 18.6 %): cards of 10 brands (Visa, Mastercard, Amex, Discover, JCB, UnionPay,
 *   Diners, Maestro 19-digit, Mir, RuPay; ungrouped, spaced, dashed, one form-encoded `+`), 10 CVCs beside
 *   a card, mod-97 IBANs of 14 countries (DE FR ES NL BE GB PL CH NO SE PT AT IE FI; compact and grouped,
 *   one form-encoded), ABA routing + account (3), sort code + account (2), BTC base58 P2PKH/P2SH and
 *   bech32, EIP-55 checksummed ETH addresses (3) — in the same record artifacts.
 * Written by an author who did not read src/scan/, docs/scanner.md, the README's scanner section, the
 * fixtures, other sets' cases or the git history. A value counts only when every character of every
 * occurrence lies inside leak findings; a negative is flagged when any leak finding lands in its text.
 * BLIND18_SEED picks the seed; BLIND18_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions (154 negatives: 46 env-style, 32 header, 33 infra/shell, 43 telemetry/error/capture/client):
 *   negatives — trace/span/parent ids, traceparent, sentry-trace, baggage (with the Sentry public key),
 *   X-Amzn-Trace-Id, X-Cloud-Trace-Context, Datadog trace ids, Sentry event_id/fingerprint/release SHA,
 *   Rollbar uuid/code_version, git SHAs, image ids and sha256 digests, k8s uids/resourceVersions, ARNs and
 *   terraform ids, Content-MD5, X-Amz-Content-Sha256, ETags, npm `sha512-` integrity, pip `--hash=sha256:`,
 *   sha256sum output, ssh known_hosts / authorized_keys / `SHA256:` fingerprints, a PEM PUBLIC KEY,
 *   GitHub X-Hub-Signature-256 and Stripe-Signature (request signatures, not reusable credentials),
 *   placeholders `(sensitive value)`, `<sensitive>`, `[REDACTED]`, `[Filtered]`, `[FILTERED]`, `[MASKED]`,
 *   `***`, `<redacted>`, `<hidden>`, `******`, pydantic SecretStr('**********'), ansible `censored`, npm
 *   `(protected)`, kubectl `<set to the key … in secret …>`, `${VAR}` references, .env.example values,
 *   `--db-password-file=` paths, prompted `mysql -p`; public-by-design keys (Stripe pk_live_, Firebase web
 *   apiKey AIza…, Sentry DSN, Mapbox pk., reCAPTCHA site key, PayPal client id, Supabase anon JWT, Twilio
 *   Account SID as an identifier); published test/doc values (AKIAIOSFODNN7EXAMPLE and its secret, 4242…,
 *   4111…, 5555 5555 5555 4444, GB82 WEST… docs IBAN, jwt.io sample token, example.com/.org/.test
 *   mailboxes, 555-01xx and Ofcom 020 7946 0xxx numbers); masked values (`****1234`, `***-**-6789`,
 *   `sk_live_…abcd`, `Bearer sk_live_****…abcd`); analytics cookies (_ga/_gid/_fbp, ajs_anonymous_id);
 *   UUIDs, request/correlation/idempotency ids, GA client ids, non-Luhn 16-digit order numbers, invoice,
 *   tracking and SKU numbers, ports, PIDs, versions, timestamps, base64 of non-sensitive JSON (HAR
 *   response), a base64 config hash, prose about passwords, `git@github.com:` SSH remotes. The placeholder
 *   name "Test User" stands in negatives. Positives: an AWS key id counts beside its secret; a Basic header,
 *   docker `auth` and k8s secret `data` plant the base64 string; a HAR base64 response body holding tokens
 *   plants the base64 string; URL-/form-encoded values plant the encoded form (`%40`, `%2B`, `+`, `%3D`,
 *   `s%3A`); JSON-escaped PEMs plant the `\n`-escaped text; a git remote URL token occurs twice (fetch and
 *   push) and both occurrences must be covered; session cookies (Django sessionid, connect.sid, Rails,
 *   Laravel, `__Host-session`) are credentials; a Steuer-ID sits under a generic `tax_id` and a
 *   fødselsnummer under `national_id` on purpose; names are never planted.
 *
 * FIRST SIGHT (2026-12-05 02:50 UTC, scanner = branch b18 as branched, untouched; cases committed first in
 * 0f3e9d5; no harness fix was needed). Every seed 1-10 gave the same figures and the same missed cases:
 *   seed   overall          credential       personal        financial       flagged
 *   1-10   94.1 % (304/323) 95.9 % (164/171) 92.4 % (85/92)  91.7 % (55/60)  3.2 % (5/154)
 * By source (every seed): shell 100 %, mobile 100 %, browser 100 %, errors 97.6 %, infra 96.7 %,
 *   capture 95.2 %, otel 92.3 %, repl 85.0 %.
 * Misses by class (19 values in 15 cases, every seed):
 *   credential (7): a Razorpay `rzp_live_` value in /proc/<pid>/environ shown with `^@` separators; an Okta
 *     SSWS token (`00…`, 42 chars) in an ECS task definition's `{"name": …, "value": …}` pair (name and value
 *     on separate lines); an OAuth client_secret (40 base62) in a psql expanded row; a password as redis-cli's
 *     `CONFIG GET requirepass` reply (`2) "…"` on the line after `1) "requirepass"`); a password after
 *     `AUTH default` at the redis-cli prompt; a Django `sessionid` cookie (32 lowercase alnum) in Sentry's
 *     request.cookies; an Express `connect.sid` cookie value (`s%3A…`) in a HAR cookies `{name, value}` pair.
 *   personal (7): a UK NINO spaced `AB 12 34 56 C` in a psql aligned table and form-encoded `AB+12+34+56+C`
 *     in a HAR postData (so NINO 0/2); a Finnish HETU in a psql expanded row (the Dutch address beside it
 *     found); a Singapore NRIC and a German passport number in an OTLP attribute list
 *     (`{"key": "app.customer.nric", "value": {"stringValue": …}}`); a Chilean RUT `12.345.678-5` and a
 *     Florida driving licence `X123-456-78-901-2` in a psql aligned table (column names only in the header).
 *   financial (5): a CVC in a psql expanded row beside its card (the card found); ABA routing + account
 *     number in a psql expanded row; UK sort code + account number in a psql aligned table.
 *   Pattern: column-header/row layouts (psql aligned/expanded) and key/value-split structures (OTLP
 *     attribute lists, ECS name/value, HAR cookie name/value, redis reply lines) lose the cue.
 * False alarms by class (5 negatives, every seed): a reCAPTCHA site key (`6L…`, public by design) under
 *   RECAPTCHA_SITE_KEY reported as a secret assignment (twice: Python traceback environ locals and a bash
 *   `export`); the placeholder `(sensitive value)` under `"STRIPE_SECRET_KEY"` in ansible module_args
 *   reported as a secret assignment; a masked `Authorization: Bearer sk_live_****…abcd` (the `sk_live_`
 *   prefix reported as a bearer token); `git@github.com` in a `git remote -v` SSH URL reported as an e-mail.
 * Realism slips noticed after measuring, left as written (cases are not changed after first sight):
 *   RAZORPAY_KEY_SECRET holds a `rzp_live_…` value, which is Razorpay's key id layout (the secret is a
 *   separate 24-character string); the Graph API span shows `http.status_code: 190` (an error code, not an
 *   HTTP status); env dumps draw the container name and HOSTNAME separately; logcat/AndroidRuntime lines in
 *   the env context use ISO timestamps; the Python REPL and mongosh records print an id other than the one
 *   queried; Canadian/Dutch addresses may pair a street with another city's postcode; the psql expanded
 *   header rule is not width-exact.
 * HELD OUT AGAINST ROUND 5 (2026-12-05 03:38 UTC, main 8f01cfe: branches cred18 and pf18 merged, 508 detectors;
 *   their authors worked from this set's theme only and never saw its cases; the latest held-out figure of issue 13):
 *   seeds 1-10 alike, 98.8 % covered (319/323): credential 99.4 % (170/171), personal 96.7 % (89/92), financial 100 %
 *   (60/60); flagged 2.6 % (4/154). Still missed: the `rzp_live_…` value in `/proc/<pid>/environ` with `^@` separators
 *   (Razorpay's key id layout under RAZORPAY_KEY_SECRET, see the realism slips); a UK NINO form-encoded with `+` for
 *   its spaces (`JH+63+08+95+C`, HAR postData); a Singapore NRIC and a German passport number in an OTLP attribute
 *   list (`{"key":"…","value":{"stringValue":"…"}}`). Still flagged: a reCAPTCHA site key under RECAPTCHA_SITE_KEY
 *   (twice), `(sensitive value)` under a secret key in ansible module_args, the `sk_live_` prefix of a masked
 *   `Bearer sk_live_****…abcd`.
 * TUNED (round fix18, 2026-12-05 03:45 UTC, 508 detectors: the classes above fixed generally, with tests of their own in
 *   test/unit/scan/blind-18-fixes.test.ts — OTLP attribute lists read as key/value pairs, `+` for a NINO's spaces,
 *   site keys and parenthesised placeholders not secrets, a kept prefix before a mask no secret, `^@` ends a bare
 *   value, a Razorpay key id under a key secret's name counted; an upper bound, no longer held out): 100 % covered
 *   and 0 % flagged on seeds 1-10. Floors raised under it.
 * Floors (first set under the first-sight figures: overall 94.1 %, credential 95.9 %, personal 92.4 %, financial
 * 91.7 %, flagged 3.2 %; then under the held-out figures; now under the tuned ones) fail on a regression.
 */
const MIN_COVERED = 0.995;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.99, personal: 0.99, financial: 0.99 };
const MAX_FLAGGED = 0.007;

describeBlindSet({
  n: 18,
  build: buildBlindSet18,
  formatOk: formatOk18,
  minSize: { positives: 190, values: 215, negatives: 120 },
  minShare: { credential: 0.5, personal: 0.27, financial: 0.13 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
