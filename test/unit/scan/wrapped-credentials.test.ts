import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, scanner } from '../../helpers/leak-checks';
import { discordToken, dockerConfig, webhookUrl } from './generators-s9cred';
import { B62, DIG, rng } from './sample-rng';

const r = rng(randomInt(1, 2 ** 31));
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pw = (): string => r.str(B62, 12) + '!' + r.str(DIG, 2);
const openai = (): string => `sk-proj-${r.str(B62 + '_-', 74)}T3BlbkFJ${r.str(B62 + '_-', 74)}`;

/** Contexts for a value that stands on its own (env, JSON, header/URL, YAML, stack trace). */
const CONTEXTS: [string, (v: string) => string][] = [
  ['env line', (v) => `WRAPPED_VALUE=${v}`],
  ['JSON body', (v) => `{"level":"error","data":"${v}","status":401}`],
  ['HTTP header', (v) => `> POST /v1/hook HTTP/1.1\n> X-Payload: ${v}`],
  ['YAML', (v) => `data:\n  payload: ${v}\n`],
  ['stack trace', (v) => `Error: decode failed\n    at load (/app/secrets.js:12:9) value=${v}`],
];

describe('base64 blobs that wrap a credential', () => {
  const makers: [string, () => string][] = [
    ['dockerconfigjson', () => dockerConfig(r)],
    ['JSON bundle with a provider key', () => b64(JSON.stringify({ OPENAI_API_KEY: openai(), region: 'eu' }))],
    ['pretty JSON with a password', () => b64(`{\n  "user": "svc",\n  "password": "${pw()}"\n}`)],
  ];
  for (const [name, make] of makers)
    for (const [ctx, wrap] of CONTEXTS)
      it(`${name} in a ${ctx} is covered whole`, () => {
        const v = make();
        expect(covered(wrap(v), v)).toBe(true);
      });

  it('SMTP AUTH PLAIN in a transcript, a JSON log and a debug dump', () => {
    for (const wrap of [(v: string) => `C: AUTH PLAIN ${v}\nS: 535 5.7.8`, (v: string) => `{"smtp":"> AUTH PLAIN ${v}"}`, (v: string) => `DEBUG smtplib send: 'auth plain ${v}\\r\\n'`]) {
      const v = b64(`\0alerts@example.org\0${pw()}`);
      expect(covered(wrap(v), v)).toBe(true);
    }
  });

  it('leaves base64 JSON without a credential, JWT segments, redacted docker auths and AUTH PLAIN without a password alone', () => {
    const cursor = b64(JSON.stringify({ after: r.str(DIG, 12), sort: 'timestamp', id: `${r.str(DIG, 8)}-aaaa-bbbb` }));
    expect(leaks(`GET /api/v2/logs?page[cursor]=${cursor}`)).toEqual([]);
    expect(leaks(`payload=${b64(JSON.stringify({ event: 'deploy', service: 'api', version: '4.12.0', ok: true }))}`)).toEqual([]);
    const redacted = b64(JSON.stringify({ auths: { 'registry.example.io': { auth: b64('ci:<password>') } } }));
    expect(leaks(`.dockerconfigjson: ${redacted}`)).toEqual([]);
    expect(leaks(`C: AUTH PLAIN ${b64('\0user@example.org\0')}`)).toEqual([]);
    expect(leaks(`C: AUTH PLAIN ${b64('not a plain triple')}`)).toEqual([]);
  });
});

describe('Discord bot tokens', () => {
  const ctxs: ((v: string) => string)[] = [
    (v) => `DISCORD_TOKEN=${v}`,
    (v) => `{"discord":{"token":"${v}"}}`,
    (v) => `> GET /api/v10/users/@me\n> Authorization: Bot ${v}`,
    (v) => `discord:\n  bot_token: ${v}`,
    (v) => `DiscordAPIError[40001]: Unauthorized\n    at client.login("${v}")`,
  ];
  for (const [i, wrap] of ctxs.entries())
    it(`context ${i}`, () => {
      const v = discordToken(r);
      expect(covered(wrap(v), v)).toBe(true);
    });

  it('leaves three-part ids whose first part is not a base64 snowflake alone', () => {
    // Starts like one (`M…`, 24 chars) but decodes to letters.
    const notSnowflake = b64('1' + r.str('abcdefghijklmnopqrstuvwxyz', 17)).replace(/=+$/, '');
    expect(leaks(`discord trace=${notSnowflake}.${r.str(B62, 6)}.${r.str(B62, 30)}`)).toEqual([]);
    // A 15-digit id is no snowflake.
    expect(leaks(`discord message ref ${b64('1' + r.str(DIG, 14)).replace(/=+$/, '')}.${r.str(B62, 6)}.${r.str(B62, 30)}`)).toEqual([]);
  });
});

describe('URL-encoded webhook URLs', () => {
  const ctxs: ((v: string) => string)[] = [
    (v) => `POST /relay body="payload=%7B%7D&webhook_url=${v}"`,
    (v) => `{"form":"url=${v}&channel=%23ops"}`,
    (v) => `GET /proxy?target=${v} HTTP/1.1`,
    (v) => `relay:\n  callback: ${v}`,
  ];
  for (const [i, wrap] of ctxs.entries())
    it(`context ${i}`, () => {
      const v = encodeURIComponent(webhookUrl(r));
      expect(covered(wrap(v), v)).toBe(true);
    });

  it('leaves encoded documentation and non-webhook Slack URLs alone', () => {
    expect(leaks(`next=${encodeURIComponent('https://hooks.slack.com/services/')}`)).toEqual([]);
    expect(leaks(`next=${encodeURIComponent('https://api.slack.com/messaging/webhooks')}`)).toEqual([]);
  });
});

describe('secret properties in {"value": …} objects (Spring actuator /env)', () => {
  const ctxs: ((k: string, v: string) => string)[] = [
    (k, v) => `{"properties":{"${k}":{"value":"${v}"}}}`,
    (k, v) => `{"propertySources":[{"name":"systemEnvironment","properties":{"${k}": { "value": "${v}", "origin": "System Environment Property \\"X\\"" }}}]}`,
    (k, v) => `GET /actuator/env 200 body={"${k}":{"value":"${v}"}}`,
  ];
  for (const k of ['spring.mail.password', 'spring.datasource.password', 'app.api-token', 'DB_SECRET'])
    it(k, () => {
      for (const wrap of ctxs) {
        const v = pw();
        expect(covered(wrap(k, v), v)).toBe(true);
      }
    });

  it('leaves non-secret properties and masked values alone', () => {
    expect(leaks(`{"spring.mail.host":{"value":"smtp.example.org"},"server.port":{"value":"8080"}}`)).toEqual([]);
    expect(leaks(`{"spring.mail.password":{"value":"******"}}`)).toEqual([]);
    expect(leaks(`{"cache.key":{"value":"${r.str(B62, 16)}"}}`)).toEqual([]);
  });
});

describe("jwt.io's example token", () => {
  const doc = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
  it('is reported as test data, not a leak', () => {
    const t = `401 invalid signature for Authorization: Bearer ${doc}`;
    expect(leaks(t)).toEqual([]);
    expect(scanner.scan(t).some((f) => f.detector === 'jwt')).toBe(true);
  });
  it('a token with other claims stays a leak', () => {
    const payload = Buffer.from(JSON.stringify({ sub: r.str(DIG, 10), name: 'John Doe', iat: 1516239022 })).toString('base64url');
    const t = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${payload}.${r.str(B62, 43)}`;
    expect(covered(`session=${t}`, t)).toBe(true);
  });
});
