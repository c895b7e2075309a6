import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, HEX, rng } from './sample-rng';
import { adoPat, asanaPat, pw21, uuid21, yandexIam } from './generators-r21';

/**
 * Round fix21 (blind set 21, secret-scanner rule tests, measured at first sight, now tuning
 * material): each class in several contexts, a value counting only when fully covered, and the
 * look-alikes beside it that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['FIX21_SEED'] ?? 21));

describe('round fix21: values that are not secrets', () => {
  it('reads a call or member expression as code, not as the value', () => {
    for (const t of [
      'String password = System.getenv("DB_PASSWORD");',
      'var apiKey = Environment.GetEnvironmentVariable("GITHUB_TOKEN");',
      "const token = req.headers.authorization?.split(' ')[1];",
      'password = forms.CharField(widget=forms.PasswordInput, min_length=12)',
      "$password = $request->input('password');\n$token = $request->bearerToken();",
      'dbPassword := os.Getenv("DB_PASSWORD")',
      'secret_token = config.get("auth.secret_token")',
      "apiSecret = Settings::get('api.secret')",
    ])
      expect(leaks(t), t).toEqual([]);
    // A password with parentheses stays a password.
    const p = `Pw(${r.str(B62, 10)})9`;
    expect(found(`DB_PASSWORD=${p}`, p)).toBe(true);
  });

  it('reads Symfony parameters and env processors as references', () => {
    for (const t of ["parameters:\n    database_password: '%env(DB_PASS)%'", 'secret: "%env(resolve:APP_SECRET)%"', "mailer_password: '%kernel.secret%'", 'api_token: %env(json:file:TOKENS_FILE)%'])
      expect(leaks(t), t).toEqual([]);
    const p = pw21(r);
    expect(found(`database_password: '%${p}%'`, p)).toBe(true);
  });

  it('reports documented example keys as example data, a random test key as a key', () => {
    for (const t of [
      'const stripe = require("stripe")("sk_test_4eC39HqLyjWDarjtT1zdp7dc");',
      'GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a',
      'curl -H "Authorization: token ghp_16C7e42F292c6912E7710c838347Ae178B4a" https://api.github.com/user',
    ])
      expect(leaks(t), t).toEqual([]);
    const key = `sk_test_${r.str(B62, 24)}`;
    expect(found(`stripe.api_key = "${key}"`, key)).toBe(true);
  });

  it('does not count a provider prefix on a value far shorter than the provider issues', () => {
    for (const t of [
      `GITHUB_TOKEN=ghp_${r.str(B62, 14)}`,
      `token: gho_${r.str(B62, 20)}`,
      `GITHUB_PAT=github_pat_${r.str(B62, 10)}`,
      `//registry.npmjs.org/:_authToken=npm_${r.str(B62, 12)}`,
      `STRIPE_SECRET_KEY=sk_live_${r.str(B62, 5)}`,
      'SLACK_BOT_TOKEN=xoxb-552',
      `GOOGLE_API_KEY=AIza${r.str(B62, 10)}`,
      `SENDGRID_API_KEY=SG.${r.str(B62, 6)}`,
      `GITLAB_TOKEN=glpat-${r.str(B62, 8)}`,
    ])
      expect(leaks(t), t).toEqual([]);
    const full = `glpat-${r.str(B62, 20)}`;
    expect(found(`GITLAB_TOKEN=${full}`, full)).toBe(true);
    const gapi = `AIza${r.str(B62 + '_-', 35)}`;
    expect(found(`GOOGLE_API_KEY=${gapi}`, gapi)).toBe(true);
  });

  it('still redacts the commonest passwords, as example data rather than leaks', () => {
    for (const [t, v] of [
      ['password: password123', 'password123'],
      ['DB_PASSWORD=qwerty123', 'qwerty123'],
      ['login failed for bob password=welcome1 ip=10.0.0.7', 'welcome1'],
    ] as const) {
      const found = scanner.scan(t).filter((f) => t.slice(f.start, f.end) === v);
      expect(found.length, t).toBe(1);
      expect(found[0]!.severity, t).toBe('info');
      expect(scanner.redact(t).text.includes(v), t).toBe(false);
    }
  });

  it('reads fixture words as placeholders and the commonest passwords as no leak', () => {
    for (const t of [
      "const mockToken = 'mock-token-2';",
      'API_KEY=fake-api-key',
      'client_secret: "dummy_secret_value"',
      'stub.password=stub-password-1',
      'password: password123',
      'DB_PASSWORD=qwerty123',
      "spring.datasource.password='admin123'",
      'keystore.password=changeit',
      'PGPASSWORD=P@ssw0rd',
    ])
      expect(leaks(t), t).toEqual([]);
    // A random value after a fixture word is not a fixture's name.
    const v = `fake-${r.str(B62, 24)}`;
    expect(found(`API_KEY=${v}`, v)).toBe(true);
  });
});

describe('round fix21: operators and forms', () => {
  it("reads R's <- before a quoted value", () => {
    const p = pw21(r);
    for (const t of [`db_password <- "${p}"`, `api_token <- '${p}'`, `Sys.setenv(X = 1)\nsmtp_pass <- "${p}"`]) expect(found(t, p), t).toBe(true);
    expect(leaks('token <- readline(prompt = "token: ")')).toEqual([]);
  });

  it('reads typed declarations with single quotes', () => {
    const s = r.str(HEX, 40);
    for (const t of [`const apiSecret: string = '${s}';`, `private val clientSecret: String = '${s}'`, `let authToken: string = '${s}'`]) expect(found(t, s), t).toBe(true);
    expect(leaks("const apiSecret: string = process.env.API_SECRET ?? '';")).toEqual([]);
  });

  it('reads the default of ${KEY:default} and ${KEY:-default} under a secret key', () => {
    const p = pw21(r);
    for (const t of [
      `@Value("\${spring.datasource.password:${p}}")\nprivate String dbPassword;`,
      `    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${p}}`,
      `export API_TOKEN="\${API_TOKEN:-${p}}"`,
    ])
      expect(found(t, p), t).toBe(true);
    for (const t of ['${DB_PASSWORD:?required}', '${DB_PASSWORD:-}', '@Value("${spring.datasource.password:${DB_PASS}}")', '${DB_HOST:-localhost}', '${API_TOKEN:-changeme}'])
      expect(leaks(t), t).toEqual([]);
  });

  it('reads a literal fallback of an environment lookup', () => {
    const s = r.str(HEX, 64);
    for (const t of [
      `config.secret_key_base = ENV['SECRET_KEY_BASE'] || '${s}'`,
      `ENV['OPSGENIE_API_KEY'] ||= '${s}'`,
      `token = ENV.fetch('GITHUB_TOKEN', '${s}')`,
      `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '${s}')`,
      `api_key = os.getenv("STRIPE_API_KEY", "${s}")`,
      `const secret = process.env.JWT_SECRET || '${s}';`,
      `const token = process.env['API_TOKEN'] ?? "${s}";`,
      `'password' => env('DB_PASSWORD', '${s}'),`,
    ])
      expect(found(t, s), t).toBe(true);
    for (const t of ["const port = process.env.PORT || '8080';", "host = os.environ.get('DB_HOST', 'localhost')", "secret = os.getenv('APP_SECRET', '')", "token = ENV.fetch('API_TOKEN', 'changeme')"])
      expect(leaks(t), t).toEqual([]);
  });
});

describe('round fix21: formats', () => {
  it('reads {PLAIN} password schemes, not hashed ones', () => {
    const p = pw21(r);
    for (const t of [`bob:{PLAIN}${p}:1001:1001::/home/vmail`, `passdb {\n  args = password={CLEARTEXT}${p}\n}`, `userPassword: {CLEAR}${p}`]) expect(found(t, p), t).toBe(true);
    for (const t of [
      'bob:{SHA512-CRYPT}$6$rounds=5000$abcdefgh$Xyz0123456789abcdef:1001:1001::/home/vmail',
      'userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=',
      'alice:{BLF-CRYPT}$2y$05$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234::',
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('reads .pgpass lines by their port field', () => {
    const p = pw21(r);
    for (const t of [`db.internal:5432:*:app:${p}`, `localhost:*:*:postgres:${p}\n`, `*:6432:billing:billing_rw:${p}`]) expect(found(t, p), t).toBe(true);
    for (const t of ['db.internal:5432:*:app:*', '12:34:56 worker:5432:ready:ok:true', 'redis:6379:0:cache:ttl']) expect(leaks(t), t).toEqual([]);
  });

  it('covers a JSON password with an escaped quote whole, but stops at \\" in escaped JSON', () => {
    const a = r.str(B62, 8);
    const b = r.str(B62, 8);
    for (const t of [`{"password": "${a}\\"${b}"}`, `{"db_password":"${a}\\\\${b}","port":5432}`, `  "client_secret": "${a}\\"${b}",`]) {
      const v = t.includes('\\\\') ? `${a}\\\\${b}` : `${a}\\"${b}`;
      expect(found(t, v), t).toBe(true);
    }
    const p = pw21(r);
    const esc = `{"body":"{\\"password\\":\\"${p}\\",\\"user\\":\\"app\\"}"}`;
    expect(found(esc, p)).toBe(true);
    const f = leaks(esc).find((x) => esc.slice(x.start, x.end).includes(p));
    expect(esc.slice(f!.start, f!.end)).not.toContain('user');
  });
});

describe('round fix21: provider formats', () => {
  it('finds 52-character Azure DevOps PATs where Azure DevOps is named', () => {
    const pat = adoPat(r);
    for (const t of [
      `AZURE_DEVOPS_PAT=${pat}`,
      `curl -u :${pat} https://dev.azure.com/contoso/_apis/projects`,
      `$env:AZURE_DEVOPS_EXT_PAT = '${pat}'`,
      `<?php\nreturn ['azure_devops_pat' => '${pat}'];`,
    ])
      expect(found(t, pat), t).toBe(true);
    expect(leaks(`build ${'abcdefghijklmnopqrstuvwxyz'.repeat(2)} devops`)).toEqual([]);
  });

  it('finds Yandex IAM tokens, app-scoped Asana PATs, Opsgenie and Gemfury keys', () => {
    const iam = yandexIam(r);
    for (const t of [iam, `YC_IAM_TOKEN=${iam}`, `curl -H "Authorization: Bearer ${iam}" https://compute.api.cloud.yandex.net`]) expect(found(t, iam), t).toBe(true);
    expect(leaks('instance_type = "t1.micro"')).toEqual([]);
    const asana = asanaPat(r);
    for (const t of [`${asana}\n`, `ASANA_TOKEN=${asana}`, `{"pat": "${asana}"}`]) expect(found(t, asana), t).toBe(true);
    expect(leaks('ratio 2/1234567890123456/6543210987654321:done')).toEqual([]);
    const key = uuid21(r);
    for (const t of [`Authorization: GenieKey ${key}`, `curl -H "Authorization: GenieKey ${key}" https://api.opsgenie.com/v2/alerts`, `OPSGENIE_API_KEY=${key}`]) expect(found(t, key), t).toBe(true);
    expect(leaks(`X-Request-Id: ${uuid21(r)}`)).toEqual([]);
    const fury = `${r.str('abcdefghij', 6)}${r.int(10, 99)}${r.str(B62, 12)}`;
    for (const t of [`pip install --extra-index-url https://${fury}:@pypi.fury.io/acme/ acme-sdk`, `git push https://${fury}@git.fury.io/acme/pkg.git`, `GEMFURY_PUSH_TOKEN=${fury}`])
      expect(found(t, fury), t).toBe(true);
    expect(leaks('gem source -a https://gem.fury.io/acme/')).toEqual([]);
  });
});
