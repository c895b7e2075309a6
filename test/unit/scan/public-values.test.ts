import { describe, expect, it } from 'vitest';
import { covered, leaks, pick, b62, B62 } from '../../helpers/leak-checks';
import { isSecretReference } from '../../../src/scan/placeholders';
import { isPlainWord } from '../../../src/scan/validators';
import { createScanner, isLeak } from '../../../src/scan/index';

const pw = (): string => `${pick(B62, 6)}${pick('!#%&*', 1)}${b62(7)}`;

describe('secrets-manager references are slots, not secrets (issue-fin)', () => {
  it.each([
    'op://Production/Postgres/password', 'vault:secret/data/db#password', 'vault://kv/prod/db', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf',
    'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db', 'sm://my-project/db-password', 'gcpsm://projects/acme/secrets/db/versions/latest',
    'projects/acme-prod/secrets/db-password/versions/3', '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db)', 'ref+awssecrets://prod/db#password',
    'secrets.DB_PASSWORD', 'doppler://prd/DB_PASSWORD', 'bws://9f0a1c1e-2b0d-4c4e-8f5a-1b2c3d4e5f60',
  ])('%s', (v) => expect(isSecretReference(v)).toBe(true));

  it('does not take a generated password for a reference', () => {
    for (let i = 0; i < 20; i++) expect(isSecretReference(pw())).toBe(false);
    expect(isSecretReference('op:Xk29!fQ2zz')).toBe(false);
  });

  it('flags no reference in env, YAML, JSON, CLI and CI contexts, and still finds the password beside one', () => {
    for (const t of [
      'DATABASE_PASSWORD=op://Production/Postgres/password',
      'db:\n  password: "vault:secret/data/db#password"',
      '{"password":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"}',
      'helm upgrade app --set db.password=ref+gcpsecrets://acme/db-password',
      'env:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
    ])
      expect(leaks(t), t).toEqual([]);
    const p = pw();
    const t = `DB_PASSWORD_REF=op://Production/Postgres/password DB_PASSWORD=${p}`;
    expect(covered(t, p), t).toBe(true);
  });
});

describe('quoted UI words in prose are not passwords (issue-fin)', () => {
  it.each([['Réinitialiser', true], ['Speichern', true], ['ENREGISTRER', true], ['mot', true], ['SommerWind', false], ['Réin1tialiser', false]])('isPlainWord(%s) → %s', (w, ok) =>
    expect(isPlainWord(w)).toBe(ok),
  );

  it('does not flag a button label quoted after a password word, and still finds a quoted password', () => {
    for (const t of ['Mot de passe oublié ? Cliquez sur « Réinitialiser » pour en choisir un nouveau.', 'Passwort vergessen? Klicken Sie auf „Zurücksetzen“.', 'Forgot your password? Click ‘Continue’ below.'])
      expect(leaks(t), t).toEqual([]);
    const p = pw();
    for (const t of [`Le mot de passe du compte admin est « ${p} »`, `Das Passwort lautet „${p}“`]) expect(covered(t, p), t).toBe(true);
  });
});

const lower = (n: number): string => pick('abcdefghijklmnopqrstuvwxyz', n);
// A public address: the first octet 11-99 (10/8 is private and not reported).
const ip = (): string => `${pick('23456789', 1)}${pick('0123456789', 1)}.${Number.parseInt(pick('0123456789', 2), 10)}.${Number.parseInt(pick('0123456789', 2), 10)}.${1 + Number.parseInt(pick('0123456789', 2), 10)}`;
const jwtOf = (claims: object): string =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${pick(B62 + '_-', 43)}`;

describe("robots' mailboxes are not personal data (issue-fin)", () => {
  it('does not flag noreply, bounce, notification and bot addresses in headers, JSON and git logs', () => {
    const d = `${lower(6)}.com`;
    for (const t of [
      `From: Acme Notifications <notifications@${d}>`,
      `{"from":"no-reply@${d}","to_count":3}`,
      `bounce from noreply+${lower(5)}@mail.${d} status=550`,
      `Author: CI Bot <ci-bot@users.noreply.github.com>`,
      `Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>`,
      `mail.log: <MAILER-DAEMON@${d}> delivery status notification`,
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it("still finds a person's address beside a robot's, on a company domain and on GitHub's noreply domain", () => {
    const person = `${lower(5)}.${lower(7)}@gmail.com`;
    const t = `mailer: sent via noreply@acme.io to ${person}`;
    expect(covered(t, person), t).toBe(true);
    for (const v of [`${lower(4)}.talbot@acme.io`, `1234567+${lower(8)}@users.noreply.github.com`, `anna.${lower(4)}@acme.io`]) {
      const line = `Author: X <${v}>`;
      expect(covered(line, v), line).toBe(true);
    }
  });
});

describe('fictional 555-01xx phone numbers are example data (issue-fin)', () => {
  it('does not count 555-0100..0199 numbers in prose, JSON and vCard lines', () => {
    const n = () => String(10 + Math.floor(Math.random() * 90));
    for (const t of [`Call us at (212) 555-01${n()} or +1-415-555-01${n()}`, `{"phone":"+1 646 555 01${n()}"}`, `TEL;TYPE=work:+1-202-555-01${n()}`]) expect(leaks(t), t).toEqual([]);
  });

  it('still finds numbers outside the reserved block', () => {
    for (const v of ['(212) 555-0247', '+1-415-555-1234', '(646) 556-0147']) {
      const t = `callback number ${v} unreachable`;
      expect(covered(t, v), t).toBe(true);
    }
  });
});

describe("a server's address in client output is not personal data (issue-fin)", () => {
  it('does not flag the address ssh -v, curl -v and wget print for the host they connect to', () => {
    const a = ip();
    for (const t of [
      `debug1: Connecting to github.com [${a}] port 22.`,
      `*   Trying ${a}:443...\n* Connected to api.partner.io (${a}) port 443`,
      `Resolving example.org (example.org)... ${a}\nConnecting to example.org (example.org)|${a}|:443... connected.`,
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('still finds client addresses: sshd logins, client_ip fields, connections from', () => {
    const a = ip();
    for (const t of [`sshd[812]: Accepted publickey for git from ${a} port 52311 ssh2`, `{"event":"login.failed","clientIp":"${a}"}`, `Connection from ${a} port 5555 on 10.0.0.4 port 22`]) expect(covered(t, a), t).toBe(true);
  });
});

describe('public-by-design keys and identifiers are reported, not counted (issue-fin)', () => {
  it('does not count a Supabase anon key, and counts its service_role key', () => {
    const ref = lower(20);
    const anon = jwtOf({ iss: 'supabase', ref, role: 'anon', iat: 1707943051, exp: 2097861372 });
    const service = jwtOf({ iss: 'supabase', ref, role: 'service_role', iat: 1707943051, exp: 2097861372 });
    for (const t of [`SUPABASE_ANON_KEY=${anon}`, `{"apikey":"${anon}"}`, `curl -H "apikey: ${anon}" https://${ref}.supabase.co/rest/v1/todos`]) expect(leaks(t), t).toEqual([]);
    for (const t of [`SUPABASE_SERVICE_ROLE_KEY=${service}`, `{"apikey":"${service}"}`, `Authorization: Bearer ${service}`]) expect(covered(t, service), t).toBe(true);
  });

  it('does not count an Adyen client key under a client key name', () => {
    const k = `${Math.random() < 0.5 ? 'test' : 'live'}_${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}`;
    for (const t of [`adyen checkout init clientKey=${k} environment=test`, `ADYEN_CLIENT_KEY=${k}`, `{"clientKey":"${k}","environment":"live"}`]) expect(leaks(t), t).toEqual([]);
    const secret = `${k.slice(0, 5)}${b62(32)}`;
    expect(covered(`ADYEN_HMAC_KEY=${secret}`, secret)).toBe(true);
  });

  it('does not count a Twilio account SID alone, and counts the auth token beside it', () => {
    const hex = () => pick('0123456789abcdef', 32);
    const sid = `AC${hex()}`;
    for (const t of [`Twilio account ${sid} over its rate limit (20429)`, `{"account_sid":"${sid}","status":"queued"}`, `POST /2010-04-01/Accounts/${sid}/Messages.json -> 429`]) expect(leaks(t), t).toEqual([]);
    const token = hex();
    for (const t of [`TWILIO_ACCOUNT_SID=${sid} TWILIO_AUTH_TOKEN=${token}`, `client = Client("${sid}", "${token}")`]) expect(covered(t, token), t).toBe(true);
  });

  it('does not flag analytics cookies or Set-Cookie attributes, and still finds a session cookie among them', () => {
    const ga = `GA1.2.${pick('0123456789', 10)}.${pick('0123456789', 10)}`;
    for (const t of [`Cookie: _ga=${ga}; _gid=${ga}; theme=dark`, `Set-Cookie: _ga=${ga}; Path=/; Max-Age=63072000; SameSite=Lax`, `cookie: _gcl_au=1.1.${pick('0123456789', 10)}.${pick('0123456789', 10)}; _fbp=fb.1.${pick('0123456789', 13)}.${pick('0123456789', 9)}`])
      expect(leaks(t), t).toEqual([]);
    const session = b62(40);
    const t = `Cookie: _ga=${ga}; _acme_session=${session}; _gid=${ga}`;
    expect(covered(t, session), t).toBe(true);
  });
});

describe("Stripe's published test cards are test values, not leaks", () => {
  const scanner = createScanner();
  it('redacts a 3-D Secure, decline or country test card and marks it test, in groups or compact', () => {
    for (const text of [
      'stripe: card_declined for card 4000 0027 6000 3184 (authentication_required)',
      '{"card":{"number":"4000000000009995","exp_month":12}}',
      'checkout test with 4000-0025-0000-3155 ok',
    ]) {
      const cards = scanner.scan(text).filter((f) => f.category === 'financial');
      expect(cards.length, text).toBeGreaterThan(0);
      expect(cards.every((f) => f.test === true && !isLeak(f)), text).toBe(true);
    }
  });
  it('still counts a real-looking card beside them as a leak', () => {
    const found = scanner.scan('cards: 4000 0027 6000 3184 and 4539 1488 0343 6467').filter(isLeak);
    expect(found.map((f) => f.detector)).toContain('credit-card');
  });
});
