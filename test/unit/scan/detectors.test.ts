import { describe, expect, it } from 'vitest';
import { createScanner, DEFAULT_DETECTORS } from '../../../src/scan';
import { rng, SAMPLES } from './generators';

const scanner = createScanner();
const PREFIX = '2026-09-30T10:04:58.123Z ERROR sync: ';

describe('detector catalogue', () => {
  it('has at least 60 detectors with unique ids, remediation and a sample generator each', () => {
    expect(DEFAULT_DETECTORS.length).toBeGreaterThanOrEqual(60);
    const ids = DEFAULT_DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DEFAULT_DETECTORS) {
      expect(d.remediation.length, d.id).toBeGreaterThan(10);
      expect(SAMPLES[d.id], `sample generator for ${d.id}`).toBeTypeOf('function');
    }
  });
});

describe.each(DEFAULT_DETECTORS.map((d) => d.id))('detector %s', (id) => {
  it('finds random true positives in realistic log lines', () => {
    const r = rng(id.length * 7919 + id.charCodeAt(0));
    for (let i = 0; i < 5; i++) {
      const [before, value, after] = SAMPLES[id]!(r);
      const line = PREFIX + before + value + after;
      const start = PREFIX.length + before.length;
      const findings = scanner.scan(line, 'logs[0].message');
      const hit = findings.find((f) => f.start <= start && f.end >= start + value.length);
      expect(hit, `${id} in ${line}`).toBeDefined();
      expect(hit!.detector).toBe(id);
      expect(hit!.path).toBe('logs[0].message');
      const redacted = scanner.redact(line).text;
      expect(redacted).not.toContain(value);
      expect(redacted).toContain(`[REDACTED:${id}]`);
    }
  });
});

/** Near misses: right neighbourhood, wrong length, checksum, charset or placeholder. */
const NEGATIVES: [string, string][] = [
  ['aws-access-key-id', 'key AKIA1234567890ABCDEF0 (too long, 0/1 not base32)'],
  ['aws-access-key-id', 'AKIAXXXXXXXXXXXXXXXX is a placeholder'],
  ['aws-secret-access-key', 'aws_secret_access_key=${AWS_SECRET_ACCESS_KEY}'],
  ['google-api-key', 'AIzaShort123'],
  ['github-pat', 'ghp_123 is too short; ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx placeholder'],
  ['slack-bot-token', 'xoxb-xxxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx'],
  ['stripe-secret-key', 'Invalid API Key provided: sk_live_************************FAKE'],
  ['stripe-secret-key', 'task_test_abcdefghijklmnop is a task id'],
  ['stripe-customer-id', 'cus_xxxxxxxxxxxxxx'],
  ['jwt', 'eyJub3QiOiJhIGp3dCJ9.eyJub3RoaW5nIjoxfQ.c2ln (header has no alg/typ)'],
  ['http-basic-auth', 'we offer a Basic plan and Basic support'],
  ['bearer-token', 'Bearer authentication failed'],
  ['bearer-token', 'Authorization: Bearer <token>'],
  ['password-assignment', 'password=******** user=bob'],
  ['password-assignment', 'password: invalid for user'],
  ['password-assignment', 'password=${DB_PASSWORD}'],
  ['password-assignment', 'password={{ secret }}'],
  ['password-assignment', 'event=password_reset status=ok'],
  ['secret-assignment', 'token=expired token_type=bearer max_tokens=4096'],
  ['secret-assignment', 'secret=changeme'],
  ['secret-assignment', 'api_key=REDACTED'],
  ['secret-assignment', 'token=refresh_access_token'],
  ['url-query-credential', 'GET /search?token=%s&page=1'],
  ['database-uri-password', 'postgres://user:***@db:5432/app'],
  ['database-uri-password', 'postgres://db.internal:5432/app'],
  ['url-credentials', 'https://git.internal.example/org/repo.git'],
  ['credit-card', 'card=4242 4242 4242 4241 (Luhn fails)'],
  ['credit-card', 'trace_id=4242424242424242123 span_id=1234567890123456789'],
  ['credit-card', 'order_id=4111111111111111 shipped'],
  ['credit-card', 'ts=1790762098000 took 1234 ms'],
  ['iban', 'iban=DE89370400440532013001 (mod-97 fails)'],
  ['iban', 'GB82 WEST 1234 5698 7654 33 (wrong length)'],
  ['aba-routing-number', 'routing_number=021000022 (checksum fails)'],
  ['aba-routing-number', 'order_id=021000021'],
  ['us-ssn', 'ssn=000-12-3456 and 666-12-3456 and 912-12-3456 (invalid areas)'],
  ['us-ssn', 'date 2026-09-30 and order 123-456-7890'],
  ['email', 'logo@2x.png and @webhook-alert-router-logs and service%3Async%20%40http.status_code'],
  ['phone-number', 'timestamp 2026-09-30T10:04:58+0000 and version 1.2.3.4567'],
  ['ipv4-address', 'version 1.2.3.4 and v10.0.0.1 and 127.0.0.1 and 999.1.1.1 and 01.02.03.04'],
  ['ipv6-address', 'at 10:04:58 and ::1 and a:b:c'],
  ['mac-address', 'uuid 4f0c7a1e-9b2d-4d2b-9c1e-0d9e8f7a6b5c'],
  ['twilio-account-sid', 'ACCOUNT 0123456789abcdef0123456789abcdef'],
  ['mailchimp-api-key', 'region -us1 and 0123456789abcdef-us1'],
  ['card-cvc', 'cvc_check=pass cvc=12345'],
  ['hubspot-private-app-token', 'path=/pat-na1-short'],
  ['salesforce-session-token', 'Error! 00D short!x'],
  ['private-key', '-----BEGIN RSA PRIVATE KEY----- -----END RSA PRIVATE KEY-----'],
  ['datadog-api-key', 'aggreg_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0 https://app.datadoghq.com/monitors/1'],
  ['oauth-client-id', 'client_id=my-integration-app'],
  // Issue 35: the new context rules stay quiet next to ids, hashes and non-personal keys.
  ['twilio-token-beside-sid', 'sid=AC0f1e2d3c4b5a69788796a5b4c3d2e1f0 status=queued'],
  ['mailgun-private-key', 'key: 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 (a UUID)'],
  ['url-query-app-key', 'GET /v1/items?app_id=1234567890&page_key=2 and ?appid=wx8a3f9c2d1e0b4a76'],
  ['field-value-secret', '{"field":"username","value":"Kx9mQ2pL7vN3"} and {"field":"password","value":"${DB_PASSWORD}"}'],
  ['date-of-birth', 'created_at=2026-09-30 dob_verified=true birth_year=1990 dob=1990-13-45'],
  ['us-tax-id-under-key', 'tin=000123456 tax_rate=123456789 order_tin=ab'],
  ['street-address', '{"ip_address":"10.0.3.14","email_address":"ops@acme.io","address":"0x52908400098527886E0F7030069857D2E4169EE7","listen_address":":8080"}'],
  ['secret-assignment', 'Stripe-Signature: t=1764012824,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd'],
  ['secret-assignment', 'X-Slack-Signature: v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503 X-Slack-Request-Timestamp: 1531420618'],
  ['password-assignment', 'password=$DB_PASSWORD user=app'],
  ['password-assignment', 'spring.mail.password=@mail.password@'],
  ['password-assignment', 'set SMTP_PASSWORD=%SMTP_PASSWORD% & start'],
];

describe('near-miss negatives', () => {
  it.each(NEGATIVES)('%s does not fire on: %s', (id, line) => {
    const ids = scanner.scan(PREFIX + line).map((f) => f.detector);
    expect(ids).not.toContain(id);
  });

  it('does not fire on UUIDs, trace ids, SHAs, timestamps or order numbers', () => {
    const line =
      '2026-09-30T10:04:58.123Z INFO sync: job 4f0c7a1e-9b2d-4d2b-9c1e-0d9e8f7a6b5c commit 3f2a9c8d1e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 ' +
      'trace_id=4815162342108153427 span_id=1234567890123456789 order ORD-2026-00012345 order_id=100234567 ts=1790762098000 ' +
      'request_id=req_8Xk2PqL0aZ3mNb aggreg_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0 host=ip-10-20-3-44 version=1.42.3';
    expect(scanner.scan(line)).toEqual([]);
  });
});
