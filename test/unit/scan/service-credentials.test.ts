import { describe, expect, it } from 'vitest';
import { B62, covered, leaks, pick } from '../../helpers/leak-checks';

const HEX = '0123456789abcdef';
const LOWER_DIG = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** `n` base-62 characters with at least one digit, one lowercase and one uppercase letter. */
const mixed = (n: number): string => pick(B62, n - 3) + pick('0123456789', 1) + pick('abcdefghijklmnopqrstuvwxyz', 1) + pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1);

/** Documented token formats, each generated fresh. */
const TOKENS: [string, () => string][] = [
  ['honeycomb ingest key', () => 'hcaik_01' + pick(LOWER_DIG, 56)],
  ['honeycomb management key', () => 'hcamk_01' + pick(LOWER_DIG, 56)],
  ['mandrill', () => 'md-' + mixed(22)],
  ['brevo smtp', () => `xsmtpsib-${pick(HEX, 64)}-${mixed(16)}`],
  ['telnyx', () => `KEY01${pick('0123456789ABCDEF', 30)}_${mixed(22)}`],
  ['intercom', () => Buffer.from(`tok:${pick(HEX, 8)}_${pick(HEX, 4)}_${pick(HEX, 4)}_${pick(HEX, 4)}_${pick(HEX, 12)}:1:0`).toString('base64')],
  ['pagerduty user token', () => 'u+' + mixed(18)],
  ['woocommerce consumer key', () => 'ck_' + pick(HEX, 40)],
  ['woocommerce consumer secret', () => 'cs_' + pick(HEX, 40)],
  ['netlify', () => 'nfp_' + mixed(36)],
  ['vercel', () => 'vcp_' + mixed(40)],
  ['rubygems', () => 'rubygems_' + pick(HEX, 48)],
  ['replicate', () => 'r8_' + mixed(37)],
  ['groq', () => 'gsk_' + mixed(52)],
  ['pinecone', () => `pcsk_${mixed(5)}_${mixed(63)}`],
  ['supabase secret', () => 'sb_secret_' + mixed(32)],
  ['firebase fcm', () => `AAAA${mixed(7)}:APA91b${pick(B62 + '_-', 134)}`],
];

/** The contexts integration logs put a token in. */
const CONTEXTS: [string, (v: string) => string][] = [
  ['env line', (v) => `export SERVICE_TOKEN=${v}`],
  ['JSON body', (v) => `{"service":"sync","credentials":{"value":"${v}"},"status":401}`],
  ['HTTP header', (v) => `> GET /v1/items HTTP/1.1\n> X-Custom: ${v}\n> Accept: */*`],
  ['YAML', (v) => `integrations:\n  sync:\n    token: "${v}"`],
  ['stack trace', (v) => `Error: 401 Unauthorized\n    at Client.request (client.js:42) with key ${v}`],
];

describe('provider token formats', () => {
  for (const [name, make] of TOKENS) {
    it.each(CONTEXTS)(`${name} in a %s`, (_ctx, put) => {
      const v = make();
      const t = put(v);
      expect(covered(t, v), t).toBe(true);
    });
  }

  it('wrong lengths, placeholders and look-alikes are no tokens', () => {
    for (const t of [
      'hcaik_' + 'x'.repeat(58),
      'md-autocomplete-suggestion-list',
      '<div class="md-button md-primary md-raised">',
      'cs_' + pick(HEX, 39) + ' (39 hex)',
      'metrics_' + pick(HEX, 40),
      'u+0041 is the code point of A',
      'r8_short',
      'gsk_' + 'a'.repeat(52),
      'key0 of the map was missing',
      'nfp_your_token_here_nfp_your_token_here',
    ]) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('keys named by their header or a line (honeycomb-team-header, fastly-api-token, datadog-api-key-line)', () => {
  it('x-honeycomb-team in env, YAML and JSON headers', () => {
    for (const put of [(v: string) => `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${v}`, (v: string) => `      "x-honeycomb-team": "${v}"`, (v: string) => `{"headers":{"X-Honeycomb-Team":"${v}"}}`]) {
      const v = mixed(22);
      expect(covered(put(v), v), put(v)).toBe(true);
    }
  });

  it('Fastly-Key in a curl line, a header dump and env', () => {
    for (const put of [(v: string) => `curl -X POST -H "Fastly-Key: ${v}" https://api.fastly.com/purge_all`, (v: string) => `Fastly-Key: ${v}`, (v: string) => `FASTLY_API_TOKEN=${v}`]) {
      const v = mixed(32);
      expect(covered(put(v), v), put(v)).toBe(true);
    }
  });

  it('a bare 32-hex key on a line naming DD_API_KEY', () => {
    for (const put of [(v: string) => `${v} is the key in -e DD_API_KEY; rotate it`, (v: string) => `the DD_API_KEY is ${v}`, (v: string) => `> ${v}  <- datadog api key from the agent container`]) {
      const v = pick(HEX, 30) + '7a';
      expect(covered(put(v), v), put(v)).toBe(true);
    }
  });

  it('header names without a key, and trace ids, are no leaks', () => {
    expect(leaks('x-honeycomb-team header missing, dataset=checkout')).toEqual([]);
    expect(leaks('DD_API_KEY not set; trace_id=4bf92f3577b34da6a3ce929d0e0e4736 dropped')).toEqual([]);
    expect(leaks('Fastly-Key: ${FASTLY_API_TOKEN}')).toEqual([]);
  });
});

describe('Asana personal access tokens (asana-pat)', () => {
  const tok = (): string => `${pick('12', 1)}/${pick('0123456789', 16)}${Math.random() < 0.5 ? '/' + pick('0123456789', 16) : ''}:${pick(HEX, 32)}`;
  it.each([
    ['env', (v: string) => `ASANA_PAT=${v}`],
    ['CLI line', (v: string) => `asana-cli --token ${v} tasks list`],
    ['JSON', (v: string) => `{"integration":"asana","token":"${v}"}`],
    ['header', (v: string) => `asana request: Authorization: Bearer ${v}`],
  ])('%s', (_name, make) => {
    const v = tok();
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('a ratio and a hash outside an Asana line are no token', () => {
    expect(leaks(`progress 1/${pick('0123456789', 12)}:${pick(HEX, 32)} done`)).toEqual([]);
    expect(leaks(`asana sync: task 1205551234567890 moved, etag ${pick(HEX, 31)}`)).toEqual([]);
  });
});
