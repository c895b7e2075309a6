import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round np (Nosey Parker's public rule examples): provider formats Herald lacked and password shapes its rules did
 * not read, in contexts of our own with values drawn at test time; beside them the look-alikes that stay clean
 * (shell variables, concatenated calls, escaped slots, anchors, minified members, sequential placeholders).
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const clean = (text: string) => leaks(text).map((f) => text.slice(f.start, f.end));

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const B62 = UP + LO + '0123456789';
const HEX = '0123456789abcdef';
const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
/** A password with both cases, digits and a symbol. */
const pass = (): string => `${str(UP, 2)}${str(LO, 4)}${randomInt(100, 999)}${['!', '#', '_', '.'][randomInt(4)]}${str(B62, 3)}`;
/** A lower-case word password with digits inside, as people pick them. */
const wordPass = (): string => `${['cobalt', 'meadow', 'saffron', 'juniper'][randomInt(4)]}${randomInt(10, 99)}${['reef', 'dune', 'lark'][randomInt(3)]}`;

describe('round np: provider formats', () => {
  it('finds Dependency-Track keys, TrueNAS JSON-RPC keys and ThingsBoard device tokens in URL paths', () => {
    const dt = `odt_${str(B62, 32)}`;
    const t1 = `bom upload failed (401) with X-Api-Key ${dt}`;
    expect(found(t1, dt), t1).toBe(true);
    const tn = `${randomInt(1, 50)}-${str(B62, 64)}`;
    const t2 = `middleware ws >> {\n  "id": "${uuid()}",\n  "msg": "method",\n  "method": "auth.login_with_api_key",\n  "params": [\n    "${tn}"\n  ]\n}`;
    expect(found(t2, tn), t2).toBe(true);
    const tb = `${str(LO, 6)}${randomInt(10, 99)}${str(LO + '0123456789', 12)}`;
    const t3 = `gateway retry: POST http://iot.example.net:8080/api/v1/${tb}/telemetry -> 503`;
    expect(found(t3, tb), t3).toBe(true);
    // Look-alikes: a short `odt_` name, a REST path without a device endpoint, a placeholder token.
    expect(clean(`renamed odt_${str(LO, 8)} column`)).toEqual([]);
    expect(clean(`GET /api/v1/${str(LO, 8)}/users/${randomInt(100, 999)}`)).toEqual([]);
    expect(clean('POST /api/v1/YOUR_ACCESS_TOKEN_HERE/telemetry')).toEqual([]);
  });

  it('finds New Relic admin keys and region-prefixed license keys, not sequential placeholders', () => {
    const admin = `NRAA-${str(HEX, 27)}`;
    const lic = `eu01xx${str(HEX, 30)}NRAL`;
    const t = `newrelic.yml:\n  admin_api_key: ${admin}\n  license_key: ${lic}`;
    expect(found(t, admin), t).toBe(true);
    expect(found(t, lic), t).toBe(true);
    expect(clean(' --set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL')).toEqual([]);
    expect(clean(' --set chart.deployKey=px-dep-h8g7f6e5-d4c3-b2a1-k1j0-p5o4n3m2l1k0')).toEqual([]);
  });

  it('finds a legacy Grafana key passed as an argument, and provider secrets in their own setting shapes', () => {
    const gk = Buffer.from(`{"k":"${str(B62, 32)}","n":"sync-${str(LO, 4)}","id":${randomInt(1, 9)}}`).toString('base64').replace(/=+$/, '');
    const t1 = `api = GrafanaFace(auth="${gk}", host="grafana.internal")`;
    expect(found(t1, gk), t1).toBe(true);
    const cc = str(HEX, 64);
    const t2 = `jobs:\n  test:\n    env:\n      CC_TEST_REPORTER_ID: ${cc}`;
    expect(found(t2, cc), t2).toBe(true);
    const crumb = str(HEX, 32);
    const t3 = `curl -s -X POST "$JENKINS_URL/job/nightly/build" -H "Jenkins-Crumb:${crumb}"`;
    expect(found(t3, crumb), t3).toBe(true);
    const sq = str(HEX, 40);
    const t4 = `sonarqube {\n  properties {\n    property("sonar.login", "${sq}")\n  }\n}`;
    expect(found(t4, sq), t4).toBe(true);
    const fb = str(HEX, 32);
    const t5 = `  config.facebook.key = '${fb}'`;
    expect(found(t5, fb), t5).toBe(true);
    const pm = uuid();
    const t6 = `production:\n  postmark: '${pm}'\n  sentry_dsn: ~`;
    expect(found(t6, pm), t6).toBe(true);
    const bk = `${str(B62, 24)}${randomInt(0, 9)}`;
    const t7 = `    buildConfigField("String", "PAYMENTS_API_KEY", "\\"${bk}\\"")`;
    expect(found(t7, bk), t7).toBe(true);
    // Look-alikes: a Postmark message id, a facebook app id, a non-secret buildConfigField.
    expect(clean(`postmark_message_id: ${uuid()}`)).toEqual([]);
    expect(clean(`config.facebook.app_id = "${randomInt(100000000, 999999999)}${randomInt(100000, 999999)}"`)).toEqual([]);
    expect(clean(`buildConfigField "String", "BASE_URL", "\\"https://api.example.com/v${randomInt(1, 9)}\\""`)).toEqual([]);
  });

  it('finds a PEM private key built by string concatenation', () => {
    const lines = Array.from({ length: 5 }, () => str(B62 + '+/', 64));
    const body = lines.map((l) => `"${l}\\n"`).join(' +\n      ');
    const t = `private static final String KEY =\n      "-----BEGIN RSA PRIVATE KEY-----\\n" +\n      ${body} +\n      "-----END RSA PRIVATE KEY-----";`;
    for (const l of lines) expect(found(t, l), t).toBe(true);
    expect(clean('throw new Error("-----BEGIN PRIVATE KEY----- missing" + "\\n" + "-----END PRIVATE KEY----- expected")')).toEqual([]);
  });

  it('reads Telegram bot tokens of 34 characters after the colon too', () => {
    const tok = `${randomInt(100000000, 999999999)}:AA${str(B62 + '_-', 32).replace(/^[-_]/, 'x')}`;
    const t = `notify.sh: BOT=${tok} sendMessage`;
    expect(found(t, tok), t).toBe(true);
  });
});

describe('round np: password shapes', () => {
  it('finds psexec, DirectoryEntry, NetworkCredential app passwords and PHP variables', () => {
    const [a, b, c] = [pass(), pass(), pass()];
    const t1 = `C:\\> PsExec64.exe \\\\db${randomInt(1, 9)} -u CORP\\backup -p ${a} -accepteula cmd`;
    expect(found(t1, a), t1).toBe(true);
    const t2 = `var entry = new DirectoryEntry(\n    "LDAP://OU=Staff,DC=corp,DC=example",\n    "corp\\\\binder",\n    "${b}");`;
    expect(found(t2, b), t2).toBe(true);
    const app = str(LO, 16);
    const t3 = `smtp.Credentials = new NetworkCredential("reports.bot@gmail.com", "${app}");`;
    expect(found(t3, app), t3).toBe(true);
    const t4 = `echo "<?php \\$host = \\"db\\"; \\$password = \\"${c}\\"; ?>" > cfg.php`;
    expect(found(t4, c), t4).toBe(true);
    const w = wordPass();
    const t5 = `$dbhost = 'localhost';\n$dbpass = '${w}';`;
    expect(found(t5, w), t5).toBe(true);
    // Look-alikes: variables and placeholders after -p, a PHP call, a NetworkCredential with a word.
    expect(clean('psexec \\\\srv -u admin -p %ADMIN_PW% cmd')).toEqual([]);
    expect(clean('psexec \\\\srv -u admin -p $AdminPass cmd')).toEqual([]);
    expect(clean('$password = getenv("DB_PASS");')).toEqual([]);
    expect(clean('$password = null;')).toEqual([]);
  });

  it('finds bare user/password pairs, quoted prose passwords and REACT_APP passwords', () => {
    const [a, b, c, d] = [wordPass(), wordPass(), wordPass(), wordPass()];
    const t1 = `[db]\nhost = 10.0.0.${randomInt(2, 250)}\nuser = reporting\n; rotated by ops\npassword = ${a}\n`;
    expect(found(t1, a), t1).toBe(true);
    const t2 = `Note: the default password is "${b}" until you change it.`;
    expect(found(t2, b), t2).toBe(true);
    const t3 = `The password for the user 'grafana' is '${c}'.`;
    expect(found(t3, c), t3).toBe(true);
    const t4 = `# REACT_APP_ADMIN_PASSWORD=${d}\nREACT_APP_API_URL=https://api.example.com`;
    expect(found(t4, d), t4).toBe(true);
    // Look-alikes: prose about a password without one, a pair with a placeholder.
    expect(clean(`The password is 'incorrect' for user ${str(LO, 6)}.`)).toEqual([]);
    expect(clean('user = admin\npassword = changeme\n')).toEqual([]);
    expect(clean('REACT_APP_RESET_PASSWORD=$REACT_APP_BASE/#/reset_password')).toEqual([]);
  });

  it('takes a single-quoted value past a backslash, which escapes nothing there', () => {
    const v = `${str(B62, 8)}\\${str(B62, 10)}${randomInt(10, 99)}`;
    const t = `auth:\n  jwt_secret: '${v}'\n`;
    expect(found(t, v), t).toBe(true);
  });

  it('keeps code look-alikes of password assignments clean', () => {
    for (const t of [
      `password = ${['super', 'top', 'very'][randomInt(3)]}$ecret\n`,
      '"password": "$mega$secret",',
      'log.info("DbPassword: " + resolvePassword() + ", done");',
      '"//registry:4873/:_password = "+new Buffer(token).toString("base64")',
      '"/docs/account/choosing-a-password":"/help/security/passwords"',
      '"password": "&lt;YOUR_PASSWORD&gt;"',
      'this.resetPassword = "#reset-password";',
      'loginLabel:"Login",passwordLabel:"Password:",showPasswordLabel:"Show"',
    ]) expect(clean(t), t).toEqual([]);
  });
});
