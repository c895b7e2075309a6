import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { an, hex, password, uuid } from './generators-cred16';
import { CRED18_TOKENS } from './generators-cred18';
import { B62, rng, type Rng } from './sample-rng';

/** True when some leak finding overlaps `value` in `text`. */
const touched = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return leaks(text).some((f) => f.start < at + value.length && at < f.end);
};

/** One class: a value generator, the contexts it must be found in, and close look-alikes that must not be flagged. */
type Case = { value: (r: Rng) => string; contexts: ((v: string, r: Rng) => string)[]; negatives: ((r: Rng) => [string, string])[] };

const SEED = Number(process.env['CRED18_SEED'] ?? 18);
/** A password without the characters some dump forms use as delimiters (`#` opens a comment only after a space). */
const pw = (r: Rng): string => password(r, 14).replace(/[.\-_~^]$/, 'x').replace(/["'\\\s]/g, 'x');

const CASES: Record<string, Case> = {
  'key and operator aligned with many spaces (terraform plan and state show, kubectl describe, crash reports)': {
    value: pw,
    contexts: [
      (v) => `  + resource "aws_db_instance" "main" {\n      + password                              = "${v}"`,
      (v) => `# aws_db_instance.main:\nresource "aws_db_instance" "main" {\n    password                              = "${v}"`,
      (v, r) => `      ~ api_token               = "${an(r, 32)}" -> "${v}"`,
      (v) => `    Environment:\n      POSTGRES_USER:      app\n      POSTGRES_PASSWORD:  ${v}\n    Mounts:`,
      (v) => `      API_TOKEN:       ${v}`,
      (v) => `Environment:\n  DATABASE_PASSWORD     = ${v}\n  HOME = /root`,
    ],
    negatives: [
      () => ['      ~ password                = (sensitive value)', 'sensitive value'],
      () => ['    password                 = <sensitive>', 'sensitive'],
      () => ["      DB_PASSWORD:  <set to the key 'password' in secret 'db-creds'>  Optional: false", 'set to the key'],
      () => ['Data\n====\npassword:       24 bytes\ntoken:          952 bytes', '24 bytes'],
      () => ['{Username:bob Password: Token:}', 'Token:'],
      () => ['{Username:bob Password:<nil> Token:}', 'Token:'],
    ],
  },
  'tcpdump -A and ngrep payloads: CR LF printed as dots': {
    value: (r) => an(r, 40),
    contexts: [
      (v) => `E..<..@.@...GET /v1/me HTTP/1.1..Host: api.corp.io..X-Api-Key: ${v}..`,
      (v) => `....Authorization: Bearer ${v}....`,
      (v) => `0x0040:  4865 6164  ....X-Auth-Token: ${v}..Accept: */*..`,
      (v) => `T 10.0.0.5:52144 -> 10.0.0.9:80 [AP]\n  GET /x HTTP/1.1..Host: a..Authorization: Bearer ${v}..User-Agent: curl/8.4.0....`,
    ],
    negatives: [
      (r) => { const t = `ops_eyJzaWdu${an(r, 6)}..`; return [`token=${t}`, t]; },
      () => ['E..<..@.@...GET /v1/items?page=2 HTTP/1.1..Host: api.corp.io..Accept: */*....', 'page=2'],
    ],
  },
  'Kubernetes env lists: a bare value with # inside': {
    value: (r) => `${pw(r).slice(0, 6)}#${pw(r).slice(0, 7)}`,
    contexts: [
      (v) => `        env:\n        - name: REDIS_PASSWORD\n          value: ${v}\n        - name: PORT\n          value: "6379"`,
      (v) => `    - name: DB_PASSWORD\n      value: ${v}`,
    ],
    negatives: [
      () => ['    - name: DB_PASSWORD\n      value: # set by the operator', 'set by the operator'],
      () => ['    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n          key: password', 'secretKeyRef'],
    ],
  },
  'psql and MySQL result tables with two columns, psql expanded records': {
    value: pw,
    contexts: [
      (v) => ` usename | password\n---------+----------\n app     | ${v}\n(1 row)`,
      (v) => `+------+----------------+\n| user | password       |\n+------+----------------+\n| app  | ${v} |\n+------+----------------+`,
      (v) => ` id |      password      | name\n----+--------------------+------\n  1 | ${v} | bob`,
      (v) => `-[ RECORD 1 ]-----\nusename  | app\npassword | ${v}\nvaluntil | infinity`,
      (v) => `app=# \\x\nExpanded display is on.\n-[ RECORD 1 ]-+---------\nid            | 7\napi_token     | ${v}`,
    ],
    negatives: [
      () => ['-[ RECORD 1 ]----+---------\nusename          | app\npasswd           | ********\nvaluntil         | infinity', '********'],
      (r) => { const h = `SCRAM-SHA-256$4096:${an(r, 24)}$${an(r, 44)}:${an(r, 44)}`; return [`-[ RECORD 1 ]-----\nrolname       | app\nrolpassword   | ${h}`, h]; },
      () => [' usename | password_set | token_count\n---------+--------------+-------------\n app     | t            | 42', '42'],
      () => [' name | value\n------+-------\n port | 5432', '5432'],
      (r) => { const id = uuid(r); return [`-[ RECORD 1 ]-----\nid          | ${id}\ntoken_id    | ${id}`, id]; },
    ],
  },
  'Redis: AUTH at the redis-cli prompt, in MONITOR and span statements; CONFIG GET requirepass replies': {
    value: pw,
    contexts: [
      (v) => `127.0.0.1:6379> AUTH ${v}\nOK`,
      (v) => `redis-primary:6379> auth default ${v}`,
      (v) => `1733365867.123456 [0 10.0.0.5:52144] "AUTH" "${v}"`,
      (v) => `1733365867.123456 [0 10.0.0.5:52144] "AUTH" "app" "${v}"`,
      (v) => `{"key":"db.statement","value":{"stringValue":"AUTH ${v}"}},{"key":"db.system","value":{"stringValue":"redis"}}`,
      (v) => `127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${v}"`,
      (v) => `redis:6379> CONFIG GET masterauth\n1) "masterauth"\n2) "${v}"`,
    ],
    negatives: [
      () => ['127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) ""', 'requirepass'],
      () => ['127.0.0.1:6379> AUTH ${REDIS_PASSWORD}', 'REDIS_PASSWORD'],
      () => ['C: "AUTH LOGIN"\nS: 334 VXNlcm5hbWU6', 'LOGIN'],
      () => ['{"mechanism":"AUTH PLAIN","auth":"none"}', 'none'],
      () => ['127.0.0.1:6379> AUTH\n(error) ERR wrong number of arguments', 'ERR'],
    ],
  },
  'session cookies in captured requests (HAR cookie lists, Sentry cookies as objects or pairs)': {
    value: (r) => an(r, 40),
    contexts: [
      (v) => `"cookies":[{"name":"session","value":"${v}","path":"/","httpOnly":true}]`,
      (v) => `"cookies": [\n        {\n          "name": "_gh_sess",\n          "value": "${v}",\n          "path": "/"\n        }\n      ]`,
      (v) => `"cookies":[{"name":"_ga","value":"GA1.2.1234.5678"},{"name":"connect.sid","value":"${v}"}]`,
      (v) => `"request":{"cookies":{"sessionid":"${v}","csrftoken":"abc"}}`,
      (v) => `"cookies":{"__Secure-next-auth.session-token":"${v}"}`,
      (v) => `"cookies":[["_ga","GA1.2.1234.5678"],["_myapp_session","${v}"]]`,
      (v) => `'cookies': {'sessionid': '${v}', 'csrftoken': 'x'}`,
      (v) => `"cookies":{"remember_user_token":"${v}"}`,
    ],
    negatives: [
      (r) => { const c = an(r, 32); return [`"cookies":{"csrftoken":"${c}","django_language":"en"}`, c]; },
      () => ['"cookies":[{"name":"_gid","value":"GA1.2.1987654321.1701234567"},{"name":"theme","value":"dark-high-contrast-v2"}]', 'GA1.2'],
      () => ['"cookies":[{"name":"OptanonConsent","value":"isGDPR=1&datestamp=Tue+Dec+05+2026&version=6.30.0"}]', 'isGDPR'],
      () => ['"cookies":[{"name":"session","value":"[REDACTED]"}]', 'REDACTED'],
      (r) => { const c = an(r, 32); return [`"cookies":[],"headers":{"x-session-id":"${c}"},"data":{"session":"${c}"}`.replace('"session":', '"note":'), c]; },
      () => ['Cookie: _ga=GA1.1.123456789.1701234567; OptanonConsent=isGDPR=1&datestamp=Tue+Dec+05+2026; cookieconsent_status=dismiss', 'isGDPR'],
    ],
  },
  'process environments with printed NULs (/proc/<pid>/environ)': {
    value: pw,
    contexts: [
      (v) => `HOSTNAME=web-1\\0DB_PASSWORD=${v}\\0HOME=/root`,
      (v) => `PATH=/usr/bin^@REDIS_PASSWORD=${v}^@HOME=/root`,
      (v) => `LANG=C.UTF-8\\x00API_TOKEN=${v}\\x00`,
      (v) => `"environ": "PATH=/usr/bin\\u0000SECRET_KEY=${v}\\u0000HOME=/root"`,
    ],
    negatives: [
      () => ['HOSTNAME=web-1\\0DB_PASSWORD_FILE=/run/secrets/db\\0HOME=/root', '/run/secrets/db'],
      () => ['PATH=/usr/bin^@API_TOKEN=${API_TOKEN}^@HOME=/root', 'API_TOKEN}'],
      () => ['PATH=/usr/bin\\0TOKEN_TTL=3600\\0LOG_LEVEL=debug', '3600'],
    ],
  },
  'pretty-printed HAR headers and parameters': {
    value: (r) => an(r, 40),
    contexts: [
      (v) => `"headers": [\n  {\n    "name": "x-api-key",\n    "value": "${v}"\n  }\n]`,
      (v) => `"queryString": [\n  {\n    "name": "access_token",\n    "value": "${v}"\n  }\n]`,
    ],
    negatives: [
      () => ['"headers": [\n  {\n    "name": "x-request-id",\n    "value": "0f8fad5b-d9cb-469f-a165-70867728950e"\n  }\n]', '0f8fad5b'],
      () => ['"headers": [\n  {\n    "name": "x-api-key",\n    "value": "<redacted>"\n  }\n]', 'redacted'],
    ],
  },
  'repr-quoted masks and scp-style git remotes are no leaks': {
    value: pw,
    contexts: [(v) => `"vars":{"password":"'${v}'","user":"'ops'"}`],
    negatives: [
      () => [`"vars":{"password":"'[Filtered]'","token":"'********'"}`, 'Filtered'],
      () => ["origin\tgit@github.com:corp/app.git (fetch)\norigin\tgit@github.com:corp/app.git (push)", 'git@github.com'],
      () => ['deploy@build-01.corp.io:/srv/app/releases', 'deploy@build-01.corp.io'],
    ],
  },
};

describe('credential round for blind set 18 (debugging and inspection artifacts)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    describe(name, () => {
      it('covers the value whole in every context', () => {
        const r = rng(SEED);
        for (const ctx of c.contexts) {
          const v = c.value(r);
          const text = ctx(v, r);
          expect(covered(text, v), text).toBe(true);
        }
      });
      it('flags none of the look-alikes', () => {
        const r = rng(SEED + 1);
        for (const neg of c.negatives) {
          const [text, value] = neg(r);
          expect(touched(text, value), text).toBe(false);
        }
      });
    });
  }
  it('finds the new vendor formats in span attributes, docker inspect env arrays and tcpdump payloads', () => {
    const r = rng(SEED + 2);
    for (const [id, tok] of Object.entries(CRED18_TOKENS)) {
      const v = tok(r);
      for (const text of [
        `{"key":"http.request.header.authorization","value":{"stringValue":"Bearer ${v}"}}`,
        `"Env": ["PATH=/usr/bin", "SOME_VAR=${v}"]`,
        `  1001  curl -H "Authorization: Bearer ${v}" https://api.corp.io`,
      ]) {
        expect(covered(text, v), `${id}: ${text}`).toBe(true);
      }
    }
  });
  it('does not take ids of the same shape for the new vendor formats', () => {
    const r = rng(SEED + 3);
    for (const text of [`trace ${hex(r, 32)} span ${hex(r, 16)}`, `xaat-${uuid(r).slice(0, 20)}`, `hbp_${r.str(B62, 10)}`, `"Id": "sha256:${hex(r, 64)}"`]) {
      expect(leaks(text), text).toEqual([]);
    }
  });
});
