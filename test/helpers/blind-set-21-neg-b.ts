import { B62, LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { base62, crc32, neg, sha1hex, sha256hex, wrap, type NegCase21, type Rng21 } from './blind-set-21-types';

const BCRYPT = './' + UPPER + LOWER + DIGITS;
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const word = (r: Rng21): string => r.pick(['release', 'deploy', 'build', 'auth', 'billing', 'search']);

/** A CRC-tailed token whose tail is deliberately wrong. */
function badCrc(r: Rng21, prefix: string): string {
  const body = r.b62(30);
  const good = base62(crc32(body), 6);
  let bad = r.b62(6);
  while (bad === good) bad = r.b62(6);
  return prefix + body + bad;
}

/** Digests and password hashes. */
export const NEG_HASH: NegCase21[] = [
  (r) => neg('hash/git-commit', `commit ${sha1hex(r.hex(8))}\nAuthor: Dana Kim <dana@example.com>\n\n    Bump ${word(r)} timeout`),
  (r) => neg('hash/docker-digest', `image: ghcr.io/acme/${word(r)}@sha256:${sha256hex(r.hex(8))}`),
  (r) => neg('hash/bcrypt-htpasswd', `admin:$2y$10$${r.chars(BCRYPT, 53)}\nops:$2y$05$${r.chars(BCRYPT, 53)}`),
  (r) => neg('hash/argon2', `password_hash: $argon2id$v=19$m=65536,t=3,p=4$${r.b64(16).replace(/=+$/, '')}$${r.b64(32).replace(/=+$/, '')}`),
  (r) => neg('hash/ssha', `userPassword: {SSHA}${r.b64(24)}`),
  (r) => neg('hash/npm-integrity', `"node_modules/${word(r)}-utils": {\n  "version": "1.${r.int(0, 9)}.${r.int(0, 9)}",\n  "integrity": "sha512-${r.b64(64)}"\n}`),
  (r) => neg('hash/go-sum', `github.com/acme/${word(r)} v1.${r.int(0, 20)}.0 h1:${r.b64(32)}`),
  (r) => neg('hash/cargo-lock', `[[package]]\nname = "${word(r)}-rs"\nversion = "0.${r.int(1, 9)}.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256hex(r.hex(6))}"`),
  (r) => neg('hash/md5sum', `${r.hex(32)}  ${word(r)}-2026.tar.gz`),
  (r) => neg('hash/sha256sum', `${sha256hex(r.hex(6))}  herald-linux-amd64`),
  (r) => neg('hash/django-pbkdf2', `"password": "pbkdf2_sha256$870000$${r.b62(22)}$${r.b64(32)}"`),
  (r) => neg('hash/git-index', `diff --git a/src/app.ts b/src/app.ts\nindex ${r.hex(7)}..${r.hex(7)} 100644`),
  (r) => neg('hash/sri', `<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>`),
];

/** Identifiers: request ids, object ids, trace ids. */
export const NEG_IDS: NegCase21[] = [
  (r) => neg('ids/request-id', `X-Request-Id: ${r.uuid()}`),
  (r) => neg('ids/k8s-uid', `metadata:\n  name: ${word(r)}-7d9f\n  uid: ${r.uuid()}\n  resourceVersion: "${r.digits(8)}"`),
  (r) => neg('ids/trace', `trace_id=${r.hex(32)} span_id=${r.hex(16)} level=info msg="request done"`),
  (r) => neg('ids/json-id', `{"id": "${r.uuid()}", "type": "invoice", "status": "paid"}`),
  (r) => neg('ids/amz', `x-amz-request-id: ${r.chars('0123456789ABCDEF', 16)}\nx-amz-id-2: ${r.b64(56)}`),
  (r) => neg('ids/stripe-objects', `customer: cus_${r.b62(14)}\npayment_intent: pi_${r.b62(24)}\ncharge: ch_${r.b62(24)}`),
  (r) => neg('ids/slack-ids', `channel: C${r.chars(UPPER + DIGITS, 10)}\nuser: U${r.chars(UPPER + DIGITS, 10)}\nts: "${r.digits(10)}.${r.digits(6)}"`),
  (r) => neg('ids/datadog-monitor', `monitor_id: ${r.digits(8)}\nalert_id: ${r.digits(19)}\nevent: "[Triggered] ${word(r)} latency"`),
  (r) => neg('ids/correlation', `correlationId: ${r.uuid()}\ntenantId: ${r.uuid()}`),
  (r) => neg('ids/gha-run', `https://github.com/acme/${word(r)}/actions/runs/${r.digits(11)}/job/${r.digits(11)}`),
];

/** Base64 of things that are not secrets. */
export const NEG_B64: NegCase21[] = [
  (r) => neg('b64/data-uri', `background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.b64(90)}");`),
  () => neg('b64/hello', `greeting: ${Buffer.from('hello world, this is a config banner').toString('base64')}`),
  (r) => neg('b64/sourcemap', `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, file: `${word(r)}.js`, sources: ['src/index.ts'], names: [], mappings: 'AAAA,SAAS' })).toString('base64')}`),
  (r) => neg('b64/configmap-binary', `binaryData:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAA${r.b64(60)}`),
  (r) => neg('b64/content-md5', `Content-MD5: ${r.b64(16)}\nContent-Type: application/octet-stream`),
  (r) => neg('b64/thumbnail', `{"name": "avatar.jpg", "thumbnail": "/9j/4AAQSkZJRgABAQ${r.b64(72)}"}`),
];

/** Public keys and publishable keys: meant to be shared. */
export const NEG_PUBLIC: NegCase21[] = [
  (r) => neg('public/pem-public', `-----BEGIN PUBLIC KEY-----\n${wrap(Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), r.bytes(256), Buffer.from('0203010001', 'hex')]).toString('base64'), 64)}\n-----END PUBLIC KEY-----\n`),
  (r) => neg('public/certificate', `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(700)]).toString('base64'), 64)}\n-----END CERTIFICATE-----\n`),
  (r) => neg('public/ssh-rsa', `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${r.b64(256)} deploy@${word(r)}-ci`),
  (r) => neg('public/ssh-ed25519', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(33).slice(1)} ${r.chars(LOWER, 5)}@laptop`),
  (r) => neg('public/stripe-pk-live', `const stripe = Stripe('pk_live_51${r.b62(97)}');`),
  (r) => neg('public/mapbox-pk', `mapboxgl.accessToken = 'pk.${Buffer.from(JSON.stringify({ u: `acme${r.chars(LOWER, 4)}`, a: r.chars(LOWER + DIGITS, 25) })).toString('base64url')}.${r.b64url(16)}';`),
  (r) => neg('public/flutterwave-pub', `FLW_PUBLIC_KEY=FLWPUBK-${r.hex(32)}-X`),
  (r) => neg('public/age-recipient', `creation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1${r.chars(BECH, 58)}`),
  (r) => neg('public/pgp-public', `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from('99018d04', 'hex'), r.bytes(390)]).toString('base64'), 64)}\n=${r.b64(3)}\n-----END PGP PUBLIC KEY BLOCK-----\n`),
  (r) => neg('public/known-hosts', `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(33).slice(1)}`),
  (r) => neg('public/recaptcha-site', `<div class="g-recaptcha" data-sitekey="6L${r.chars(B62 + '-_', 38)}"></div>`),
  (r) => neg('public/gpg-fingerprint', `pub   ed25519 2026-01-04 [SC]\n      ${r.hex(40).toUpperCase()}\nuid           Release Bot <release@example.com>`),
];

/** Provider prefixes in prose, identifiers and rule files. */
export const NEG_PREFIX: NegCase21[] = [
  () => neg('prefix/ghp-prose', 'GitHub personal access tokens start with ghp_ followed by 36 characters; fine-grained ones start with github_pat_.'),
  () => neg('prefix/sk-words', `pip install sk-video sk-learn-extras\n.sk-live-banner { display: none; }`),
  () => neg('prefix/slack-prose', 'Bot tokens begin with xoxb- and user tokens with xoxp-; app-level tokens use xapp-.'),
  () => neg('prefix/aws-prose', 'Keys that begin with AKIA are long-term access keys; ASIA keys are temporary credentials from STS.'),
  () => neg('prefix/npm-config', `npm_config_cache=/tmp/.npm\nnpm_package_version=4.2.1\nnpm_lifecycle_event=build`),
  () => neg('prefix/hf-hub', `from huggingface_hub import hf_hub_download, hf_hub_url`),
  () => neg('prefix/rule-regex', `[[rules]]\nid = "github-pat"\nregex = '''ghp_[0-9a-zA-Z]{36}'''\nkeywords = ["ghp_", "glpat-", "xoxb-"]`),
  () => neg('prefix/pypi-pkg', `pip install pypi-simple pypi-cli`),
  () => neg('prefix/stripe-prose', 'Never commit keys that start with sk_live_ or rk_live_; the pre-commit hook rejects them.'),
  () => neg('prefix/google-prose', 'Google API keys start with AIza and are 39 characters long.'),
  () => neg('prefix/vault-prose', 'Since Vault 1.10, service tokens start with hvs. and batch tokens with hvb.'),
  () => neg('prefix/sendgrid-prose', 'SendGrid keys look like SG.<22 chars>.<43 chars> and are shown only once.'),
  () => neg('prefix/dop-func', `def is_dop_v1_prefix(s: str) -> bool:\n    return s.startswith("dop_v1_")`),
];

/** Truncated, masked and invalid-checksum tokens. */
export const NEG_INVALID: NegCase21[] = [
  (r) => neg('invalid/ghp-short', `GITHUB_TOKEN=ghp_${r.b62(r.int(8, 20))}`),
  (r) => neg('invalid/ghp-bad-crc', `GITHUB_TOKEN=${badCrc(r, 'ghp_')}`),
  (r) => neg('invalid/npm-bad-crc', `//registry.npmjs.org/:_authToken=${badCrc(r, 'npm_')}`),
  (r) => neg('invalid/sk-live-short', `STRIPE_SECRET_KEY=sk_live_${r.b62(5)}`),
  (r) => neg('invalid/akia-short', `aws_access_key_id = AKIA${r.chars(UPPER + '234567', 8)}`),
  (r) => neg('invalid/xoxb-short', `SLACK_BOT_TOKEN=xoxb-${r.digits(3)}`),
  (r) => neg('invalid/aiza-short', `GOOGLE_API_KEY=AIza${r.b62(10)}`),
  (r) => neg('invalid/glpat-short', `GITLAB_TOKEN=glpat-${r.b62(6)}`),
  (r) => neg('invalid/masked-ghp', `Token ghp_${'*'.repeat(32)}${r.b62(4)} was revoked on ${r.int(1, 28)} Nov.`),
  (r) => neg('invalid/masked-openai', `Key: sk-...${r.b62(4)} (created 2026-10-${r.int(10, 28)}, last used never)`),
  (r) => neg('invalid/github-pat-short', `GITHUB_PAT=github_pat_${r.b62(10)}`),
  (r) => neg('invalid/sg-short', `SENDGRID_API_KEY=SG.${r.b62(6)}`),
];

/** Other text around secrets that holds none. */
export const NEG_MISC: NegCase21[] = [
  (r) => neg('misc/url-no-password', `DATABASE_URL=postgres://app@db.internal:5432/${word(r)}`),
  (r) => neg('misc/url-placeholder', `DATABASE_URL=postgres://user:password@localhost:5432/${word(r)}_dev`),
  () => neg('misc/url-var', `REDIS_URL=redis://:\${REDIS_PASSWORD}@cache:6379/0`),
  (r) => neg('misc/commit-message', `Rotate the ${r.pick(['Stripe', 'Slack', 'Datadog'])} API key and revoke the old token (no secrets in this diff)`),
  (r) => neg('misc/colors', `--primary: #${r.hex(6)};\n--accent: #${r.hex(6)};\n--muted: #${r.hex(6)};`),
  (r) => neg('misc/image-tags', `FROM node:20.${r.int(1, 18)}.1-alpine3.${r.int(18, 21)}\nFROM python:3.12-slim-bookworm`),
  () => neg('misc/login-failed', `2026-11-03T10:12:01Z WARN auth: login failed for user "alice": invalid password (attempt 3 of 5)`),
  (r) => neg('misc/git-clone', `git clone git@github.com:acme/${word(r)}.git && cd ${word(r)}`),
];
