import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, B64, DIG, HEX, LOWER, rng, type Rng } from './sample-rng';

/**
 * Round fth (key forms measured missing against TruffleHog's per-detector pattern tests, outside the
 * repository): random values of each format in our own contexts, a value counting only when fully
 * covered, and beside each class the look-alikes that must stay clean (cache, S3, sort, i18n and
 * idempotency keys, query strings, docs tables, shell pipes).
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['FTH_SEED'] ?? 2026));

/** A random string of `alphabet` that holds a digit and a letter of each case the alphabet has (a generated key). */
function key(g: Rng, alphabet: string, n: number): string {
  for (;;) {
    const s = g.str(alphabet, n);
    if (/\d/.test(s) && (!/[a-z]/.test(alphabet) || /[a-z]/.test(s)) && (!/[A-Z]/.test(alphabet) || /[A-Z]/.test(s))) return s;
  }
}

describe('round fth: bare and vendor keys', () => {
  it('finds a generated value under a bare Key or a vendor key', () => {
    for (let i = 0; i < 5; i++) {
      const b = key(r, B62, 40 + i * 7);
      const l = key(r, LOWER + DIG, 52);
      const h = key(r, HEX, 32);
      for (const [t, v] of [
        [`2026-03-02T10:00:01Z [DEBUG] Using Key=${b}`, b],
        [`[DEBUG] Using Key=${h}`, h],
        [`notifier:\n  courier_key: "pk_${b}"`, `pk_${b}`],
        [`azure:\n  azure_key: ${l}\n  region: westeurope`, l],
        [`billingKey: ${b} / billingId: 42`, b],
        [`exchangekey: ${b} + exchangesecret: ${key(r, B62, 48)}`, b],
        [`{"key": "${b}", "region": "eu"}`, b],
        [`partner key='${l}' - secret='${key(r, LOWER + DIG, 32)}'`, l],
      ] as const)
        expect(found(t, v), t).toBe(true);
    }
  });

  it('leaves data keys alone: cache, object, sort, i18n, idempotency, message and row keys', () => {
    const h = r.str(HEX, 40);
    for (const t of [
      'cache hit key=user:42:profile ttl=300',
      's3 put key=uploads/2026/05/avatar-7.png bucket=media',
      `s3 put key=tenants/${r.str(LOWER, 6)}/exports/${r.str(HEX, 12)}.csv.gz`,
      'Idempotency-Key: 8e03978e-40d5-43e8-bc93-6894a57f9324',
      '{"key": "checkout.paymentForm.submitButton2", "value": "Pay"}',
      'i18nKey: "errors.validation.minLength8"',
      'sort key=01HQ3R7Y2K8M9N4P5T6V7W8X9Z',
      'GET /search?key=value&page=2',
      `cache key=${h}`,
      `key=${h}`,
      `row key=${r.str(HEX, 24)}`,
      `cache_key=orders:v3:${r.str(HEX, 16)}`,
      `translation_key = '${key(r, B62, 32)}'`,
      `sortKey: ${key(r, B62, 28)}`,
      'key: node-role.kubernetes.io/control-plane',
      'kafka produce key=order-2026-000123 partition=3',
      `message key: tenants/AcmeCorp/orders/${r.str(HEX, 6)}`,
      `launchdarkly context key: "${crypto.randomUUID()}"`,
      `key: ${key(r, LOWER + DIG, 32)}`,
      `dedup key=${key(r, LOWER + DIG, 40)}`,
    ])
      expect(leaks(t), t).toEqual([]);
  });
});

describe('round fth: numbered names and sessions', () => {
  it('finds secrets under names with a run-in number', () => {
    const v = key(r, B62, 32);
    const h = key(r, HEX, 64);
    for (const [t, val] of [
      [`token1 = '${v}'`, v],
      [`harness_token2 = '${v}'`, v],
      [`sumoKey1 = '${key(r, B62, 64)}'`, null],
      [`phrase token1 = '${h}'`, h],
      [`secret2: "${v}"`, v],
    ] as const) {
      const want = val ?? t.slice(t.indexOf("'") + 1, -1);
      expect(found(t, want), t).toBe(true);
    }
    for (const t of ["token1 = 'changeme-please'", 'key1 = 42', "password1 = 'password1'", 'row_key1: 01HQ3R7Y2K8M9N4P5T6V7W8X9Z'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds an STS session token beside its key pair, not a short session id', () => {
    const s = `FwoGZXIvYXdzE${key(r, B64, 300)}`;
    const t = `aws credentials {\n  id: ASIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\n  secret: ${key(r, B64, 40)}\n  session: ${s}\n}`;
    expect(found(t, s)).toBe(true);
    for (const x of ['session=abc123def456', 'session: 7f3a9c2e-aaaa-bbbb-cccc-123456789012', `session: ${r.str(HEX, 32)}`]) expect(leaks(x), x).toEqual([]);
  });
});

describe('round fth: subscripts, table rows and dash separators', () => {
  it('finds secrets assigned through a subscript', () => {
    const v = key(r, B62, 36);
    const h = key(r, HEX, 32);
    for (const [t, val] of [
      [`os.environ["OPENAI_API_KEY"] = '${h}'`, h],
      [`ENV['SECRET_TOKEN'] = "${v}"`, v],
      [`$_ENV['API_KEY'] = '${v}';`, v],
      [`config["api_key"] = '${v}'`, v],
      [`settings[:auth_token] = "${v}"`, v],
    ] as const)
      expect(found(t, val), t).toBe(true);
    for (const t of ["keys[i] = 'abc'", 'headers["Authorization"] = token', 'os.environ["OPENAI_API_TYPE"] = "azure"', `config["api_key"] = os.environ["API_KEY"]`, 'env["TOKEN"] = "${TOKEN}"'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds a secret in a Markdown or CLI table row', () => {
    const h = key(r, HEX, 40);
    const v = key(r, B62, 30);
    for (const [t, val] of [
      [`| name | value |\n|---|---|\n| apiKey | ${h} |`, h],
      [`apiKey |${h}`, h],
      [`DEPLOY_TOKEN | ${v} | prod`, v],
    ] as const)
      expect(found(t, val), t).toBe(true);
    for (const t of ['| Key | Value |', '| api_key | string | The API key to use |', 'cat token | jq .access_token', 'echo $API_KEY | base64 -d', '| password | required | at least 12 characters |'])
      expect(leaks(t), t).toEqual([]);
  });

  it("finds a quoted value after ' - ' when the word before names a secret", () => {
    const v = key(r, LOWER + DIG, 48);
    const h = key(r, HEX, 30);
    for (const [t, val] of [
      [`crm token - '${v}'`, v],
      [`ledger secret - "${h}"`, h],
    ] as const)
      expect(found(t, val), t).toBe(true);
    for (const t of ["token - 'see docs'", "openvpn token - 'https://vpn.example.com'", "service key - 'acme.psdb.cloud'", "retry - 'Xa7pQ2rLm9vB3nK8sT1w'"])
      expect(leaks(t), t).toEqual([]);
  });
});

describe('round fth: Jenkins credentials and provider prefixes', () => {
  it("redacts Jenkins' encrypted {AQAAAB…} secrets and braced values in credential elements", () => {
    const enc = `AQAAABAAAAAQ${key(r, B64, 64)}=`;
    const v = key(r, B62, 40);
    for (const [t, val] of [
      [`<com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>\n  <id>deploy</id>\n  <secret>{${enc}}</secret>\n</com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>`, enc],
      [`<apiToken>{${enc}}</apiToken>`, enc],
      [`<password>{${enc}}</password>`, enc],
      [`<secret>{svc ${v}}</secret>`, v],
    ] as const)
      expect(found(t, val), t).toBe(true);
    for (const t of ['<secret>{}</secret>', '<secret>{hidden}</secret>', '<description>{AQAAABAAAAAQ}</description>', '<token>{token}</token>'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds Rootly API keys by their prefix', () => {
    const k = `rootly_${key(r, HEX, 64)}`;
    expect(found(`ROOTLY_API_TOKEN=${k}`, k)).toBe(true);
    expect(found(`curl -H "Authorization: Bearer ${k}" https://api.rootly.com/v1/incidents`, k)).toBe(true);
    for (const t of ['rootly_incident_id=42', `rootly_${'0'.repeat(64)}`, 'rootly_service: checkout']) expect(leaks(t), t).toEqual([]);
  });
});
