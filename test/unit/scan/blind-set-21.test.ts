import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet21 } from '../../helpers/blind-set-21';
import { formatOk21 } from '../../helpers/blind-set-21-format';

/**
 * Blind held-out set 21: secret-scanner rule tests.
 *
 * Theme: the material public secret scanners keep as per-rule test cases (gitleaks' tps/fps,
 * trufflehog's detector patterns, detect-secrets' keyword-plugin tests), written from the
 * author's own knowledge of the token formats providers publish; nothing copied from any
 * repository. Every value is drawn fresh per seed from set 9's seeded stream in the kind's
 * alphabet, length and (where published) checksum; the layout (language, quoting, spacing,
 * header or bare line) is chosen by the seed too.
 *
 * Contents (every seed): 320 positives holding 329 planted values, all group 'credential', and
 * 162 negatives.
 * - Provider tokens (221 cases, 146 providers, about 230 token kinds): cloud (AWS key id and
 *   secret, GCP, Google OAuth, Azure AD/storage/SAS/DevOps, Alibaba, Tencent, DigitalOcean,
 *   Linode, Heroku, Fly.io, Cloudflare, Scaleway, IBM, Yandex, Vault, Terraform Cloud, Pulumi,
 *   Doppler, 1Password, Tailscale, ngrok, Databricks, Supabase, PlanetScale, Neon, Render,
 *   Confluent), code hosting and CI (GitHub's five CRC-32-tailed kinds and fine-grained PATs,
 *   ten GitLab kinds, Bitbucket, CircleCI, Travis, Buildkite, Drone, Codecov, SonarQube, JFrog,
 *   Snyk, Sourcegraph, Harness), registries (npm with CRC-32 tail, PyPI and TestPyPI, RubyGems,
 *   NuGet, Docker Hub, crates.io, Clojars, Hex, packagecloud, Gemfury, Adafruit),
 *   observability, messaging (Slack's six token kinds and two webhook kinds, Discord bot and
 *   webhook, Teams webhook, Telegram, Twilio, SendGrid, Mailgun, Mailchimp, ...), payments
 *   (Stripe live, restricted, webhook and random test-mode keys, Square, Braintree, PayPal,
 *   Adyen, Razorpay, Plaid, Flutterwave, Shopify, ...), AI (OpenAI legacy/project/service
 *   account/admin, Anthropic, Cohere, Hugging Face, Replicate, Perplexity, Mistral, Groq, ...)
 *   and SaaS (Atlassian, Asana, Notion, Linear, Airtable, Figma, HubSpot, Intercom, Okta,
 *   Auth0, Postman, Contentful, Algolia, Mapbox, Dropbox, Box, Twitch, Twitter/X, Facebook,
 *   LinkedIn, ...); bare lines, code assignments in Go/Java/Kotlin/C#/PHP/Ruby/Python/JS/TS/
 *   Swift/Rust, shell export, YAML, TOML, JSON, XML attributes, Dockerfile ENV/ARG, Terraform
 *   HCL, .env, curl command lines and raw HTTP headers.
 * - Private keys and tokens (16): PEM RSA, PKCS#8 RSA and Ed25519, EC, encrypted PKCS#8, DSA,
 *   OpenSSH (real openssh-key-v1 structure), PGP private block (with CRC-24), PuTTY v3, a GCP
 *   service-account JSON, a kubeconfig client-key-data, an age secret key (valid bech32), four
 *   JWTs. For a PEM-style block the planted value is the base64 body, not the armour lines.
 * - Keyword assignments (83): passwords, secrets and tokens under :=, =>, ::=, <-, let, val,
 *   const, @Value defaults, define(), ENV[] ||, os.environ.setdefault, config.password =,
 *   dict/hash literals, method arguments, XML elements and attributes, .properties, .ini,
 *   my.cnf, .npmrc (_auth, _authToken, _password), .pypirc, .netrc, .git-credentials,
 *   dovecot {PLAIN} passwd lines, pgpass, database/broker URLs, ADO.NET and JDBC strings, CLI
 *   flags (mysql -p, sshpass, curl -u, helm --set), Basic headers, Kubernetes Secrets
 *   (stringData and base64 data), escaped-quote and spacing variants.
 *
 * Decisions (kept throughout):
 * - Test-mode keys with random bodies (sk_test_, FLWSECK_TEST-) are positives: they
 *   authenticate to the account's sandbox. Keys published in documentation (AWS's
 *   AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Stripe docs'
 *   sk_test_4eC39HqLyjWDarjtT1zdp7dc and pk_test_TYooMQauvdEDq54NiTphI7jx, jwt.io's token,
 *   Slack's "xoxb-not-a-real-token...", GitHub docs' ghp_16C7e42F...) are negatives.
 * - Placeholders and references are negatives: <YOUR_API_KEY>, x-runs, ${VAR}, $VAR, getenv/
 *   process.env/ENV.fetch/System.getenv, Helm/Jinja/GitHub Actions templates, %(x)s, %env()%,
 *   op:// and ref+vault:// references, ********, REDACTED, [FILTERED], empty values.
 * - Dictionary and default passwords (changeme, password, password123, admin, qwerty123,
 *   test) and low-entropy runs (aaaaaaaa, 12345678, abcdefgh, zeros) are negatives.
 * - Encrypted values (Ansible Vault, SOPS ENC[...]) and password hashes (bcrypt htpasswd,
 *   argon2, {SSHA}, Django pbkdf2) are negatives; so the .htpasswd-style positive is a
 *   dovecot {PLAIN} line. Base64 of a password (k8s Secret data, .npmrc _auth/_password,
 *   Basic headers) is a positive.
 * - Public material is negative: PEM PUBLIC KEY, certificates, ssh public keys, known_hosts,
 *   PGP public blocks, age recipients, Stripe pk_live_, Mapbox pk., FLWPUBK-, reCAPTCHA site
 *   keys. Identifiers (UUID request ids, trace ids, Stripe object ids, Slack ids) are negative
 *   unless named as a credential (a UUID under HEROKU_API_KEY is a positive).
 * - GitHub- and npm-shaped tokens whose CRC-32 tail is wrong, and truncated or masked
 *   tokens, are negatives; so are provider prefixes in prose, rule files and identifiers,
 *   and test fixtures whose value names itself (fake-api-key, mock-token-3, dummy).
 * - Webhooks: the planted value is the secret path (T.../B.../xxx, id/token), not the host.
 *
 * Blindness: written without reading src/scan/, docs/scanner.md, the README's scanner
 * section, test/fixtures/scan/, any scan unit test or any other blind set's cases or
 * generators, and without listing the detectors; only the suite, measure, tally, rng and
 * set 19's types file were read. The cases were committed before the first measurement.
 *
 * First sight (one run per seed against the scanner at 35887fb, cases committed in 44af82f,
 * nothing changed since): values fully covered 94.2-96.4 % (mean 95.1 %), negatives flagged
 * 11.1-12.3 % (mean 11.7 %).
 *   seed  1: 95.7 % (315/329) covered, 11.1 % (18/162) flagged
 *   seed  2: 95.4 % (314/329),          11.1 % (18/162)
 *   seed  3: 94.2 % (310/329),          12.3 % (20/162)
 *   seed  4: 94.8 % (312/329),          11.1 % (18/162)
 *   seed  5: 94.8 % (312/329),          11.1 % (18/162)
 *   seed  6: 96.4 % (317/329),          12.3 % (20/162)
 *   seed  7: 94.8 % (312/329),          12.3 % (20/162)
 *   seed  8: 94.5 % (311/329),          11.7 % (19/162)
 *   seed  9: 95.1 % (313/329),          12.3 % (20/162)
 *   seed 10: 95.1 % (313/329),          11.1 % (18/162)
 * No case, value or expectation was changed after measuring; none was found malformed.
 *
 * After round fix21 (the set became tuning material once measured): 96.7-99.1 % covered, 1.2 %
 * (2/162) flagged on every seed — an upper bound, not a held-out figure. The two still flagged are
 * a `ghp_` and an `npm_` token whose CRC32 tail is wrong: the scanner does not enforce the checksum
 * (older sets and corpora hold tokens with random tails; a corrupted real token missed would be a
 * leak). Floors sit just under the worst seed.
 */

describeBlindSet({
  n: 21,
  build: buildBlindSet21,
  formatOk: formatOk21,
  minSize: { positives: 200, values: 220, negatives: 110 },
  minShare: { credential: 0.99 },
  minCovered: 0.965,
  minByGroup: { credential: 0.965 },
  maxFlagged: 0.015,
});
