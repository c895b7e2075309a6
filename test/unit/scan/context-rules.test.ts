import { randomBytes, randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, isPlaceholder } from '../../../src/scan';
import { isVariableReference } from '../../../src/scan/references';
import { isRequestSignature } from '../../../src/scan/signatures';
import { ssn as ssnOf, rng } from './generators';

/**
 * The general rules behind the held-out-2 fixes (issue 35), on values generated at test time:
 * `$`/`@` passwords vs references, short x-runs, webhook signatures, credentials known by
 * their neighbours, personal records under their keys, card runs and test cards.
 */
const scanner = createScanner();
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number, alphabet = B62) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
/** Base62 without x/X: a body that cannot extend the planted `XXxx` run by chance. */
const NO_X = B62.replace(/x/gi, '');
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
/** A random password with all classes and a symbol, starting with `lead`. */
const password = (lead = '') => `${lead}${b62(8)}${randomInt(10)}a!Z${b62(4)}`;
/** Luhn-complete `body` (digits). */
const luhn = (body: string) => {
  for (let d = 0; d <= 9; d++) {
    const n = body + d;
    const sum = [...n].reverse().reduce((s, ch, i) => s + (i % 2 ? (Number(ch) * 2 > 9 ? Number(ch) * 2 - 9 : Number(ch) * 2) : Number(ch)), 0);
    if (sum % 10 === 0) return n;
  }
  throw new Error('unreachable');
};
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** Leak findings that cover all of `value` in `line`. */
function covered(line: string, value: string): boolean {
  const at = line.indexOf(value);
  const leaks = scanner.scan(line).filter(isLeak);
  for (let i = at; i < at + value.length; i++) if (!leaks.some((f) => f.start <= i && i < f.end)) return false;
  return at >= 0;
}
const flagged = (line: string) => scanner.scan(line).filter(isLeak).map((f) => f.detector);

describe('references and passwords that start with a sigil', () => {
  it.each(['$DB_PASSWORD', '${SMTP_PASS}', '$(cat /run/secrets/pw)', '@db.password@', '@Password', '%SMTP_PASS%', '$dbPassword'])('%s is a reference', (v) =>
    expect(isVariableReference(v)).toBe(true),
  );
  it('a sigil before a random mixed string is a password, in every assignment form', () => {
    for (let i = 0; i < 20; i++) {
      const p = password(i % 2 ? '$' : '@');
      expect(isVariableReference(p), p).toBe(false);
      for (const line of [`SMTP_PASS=${p}`, `{"password":"${p}"}`, `dbPassword: '${p}',`, `Server=db;User ID=a;Password='${p}';`, `docker login -u bot -p '${p}' reg.io`, `spring.mail.password=${p}`])
        expect(covered(line, p), line).toBe(true);
    }
  });
});

describe('placeholders look at the whole value', () => {
  it('a live key with a short XXxx run inside a random body is no placeholder', () => {
    for (let i = 0; i < 20; i++) {
      const k = `sk_live_${b62(8, NO_X)}XXxx${b62(12, NO_X)}`;
      expect(isPlaceholder(k.slice(8))).toBe(false);
      expect(covered(`STRIPE_SECRET_KEY=${k}`, k)).toBe(true);
    }
  });
  it.each(['XXXX-XXXX', '4111xxxxxxxx1111', `sk_live_${'x'.repeat(24)}`, 'abcdXXXX'])('%s is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));
});

describe('webhook signatures are not secrets, signing secrets are', () => {
  it('per-request signatures in their headers', () => {
    const ts = String(1_760_000_000 + randomInt(9_999_999));
    expect(isRequestSignature('Stripe-Signature', `t=${ts},v1=${hex(32)}`)).toBe(true);
    expect(isRequestSignature('X-Slack-Signature', `v0=${hex(32)}`)).toBe(true);
    expect(isRequestSignature('X-Twilio-Signature', randomBytes(20).toString('base64'))).toBe(true);
    expect(isRequestSignature('client_secret', `v0=${hex(32)}`)).toBe(false);
    for (const line of [`Stripe-Signature: t=${ts},v1=${hex(32)}`, `ts=${ts} X-Slack-Signature: v0=${hex(32)} path=/slack/events`, `Svix-Signature: v1,${randomBytes(32).toString('base64')}`])
      expect(flagged(line), line).toEqual([]);
  });
  it('signing secrets stay flagged', () => {
    const s = hex(16);
    expect(covered(`SLACK_SIGNING_SECRET=${s}`, s)).toBe(true);
    expect(covered(`signing_secret: ${s} (rotated 2026-11-02)`, s)).toBe(true);
  });
  it('a random hex signing secret with few distinct digits (under 3 bits a character) stays flagged', () => {
    // 1 run in 1 001 of the test above failed; 17 draws in 100 000 are so (1115f6c0914c159105994019ce594a05: 2.9 bits).
    for (const s of ['1115f6c0914c159105994019ce594a05', '6bdd5de669d06a169b1f19d161491d96', '87228aa788ca5aacaa28774faaabda32']) {
      expect(covered(`SLACK_SIGNING_SECRET=${s}`, s), s).toBe(true);
      expect(covered(`signing_secret: ${s} (rotated 2026-11-02)`, s), s).toBe(true);
    }
  });
});

describe('credentials known by their neighbours', () => {
  it('finds them in several contexts', () => {
    for (let i = 0; i < 10; i++) {
      const t = hex(16);
      const mg = `${hex(16)}-${hex(4)}-${hex(4)}`;
      const k = b62(32);
      const phrase = `harbor ${b62(5).toUpperCase()} ember ${randomInt(10, 999)} pivot`;
      const cases: [string, string][] = [
        [`client = Client("AC${hex(16)}", "${t}")`, t],
        [`new twilio('AC${hex(16)}', '${t}')`, t],
        [`mailgun({ username: 'api', key: '${mg}' })`, mg],
        [`MAILGUN_API_KEY=${mg}`, mg],
        [`GET /data/2.5/weather?q=Lyon&appid=${k}&units=metric`, k],
        [`GET /v1/rates?base=EUR&app_key=${k}`, k],
        [`ValidationError: {"field":"passphrase","value":"${phrase}"}`, phrase],
        [`[{"Key":"db_password","Value":"${password()}"}]`, ''],
        [`engine = create_engine("postgresql+psycopg2://app:${k}@pg:5432/db")`, k],
        [`curl -sS -u deploy:'${phrase}' https://ci.internal/job`, phrase],
      ];
      for (const [line, v] of cases) expect(covered(line, v || line.match(/"Value":"([^"]+)"/)![1]!), line).toBe(true);
    }
  });
  it('stays quiet on ids next to them', () => {
    expect(flagged(`{"sid":"SM${hex(16)}","account_sid":"AC${hex(16)}","status":"sent"}`).filter((d) => d !== 'twilio-account-sid')).toEqual([]);
    expect(flagged(`GET /v1/items?app_id=${digits(10)}&page_token=${digits(6)}`)).toEqual([]);
    expect(flagged(`{"field":"username","value":"${b62(12)}"}`)).toEqual([]);
  });
  it('pagination tokens are cursors, not credentials', () => {
    const t = randomBytes(18).toString('base64url');
    for (const line of [`GET /v1/items?pageToken=${t}&maxResults=50`, `next_page_token=${t}`, `{"NextToken":"${t}"}`, `GET /calendars/x/events?syncToken=${t}`])
      expect(flagged(line), line).toEqual([]);
    expect(covered(`GET /v1/items?access_token=${t}`, t)).toBe(true);
  });
});

describe('digests written with their algorithm', () => {
  it('under a token or secret key are fingerprints; under a password key, or of the wrong length, they stay findings', () => {
    const h = (n: number): string => randomBytes(n).toString('hex');
    for (const line of [`token: "sha256:${h(32)}"`, `"signing_secret": "sha1:${h(20)}"`, `{"api_token":"sha512:${h(64)}"}`, `client_secret: md5:${h(16)}`])
      expect(flagged(line), line).toEqual([]);
    const pw = `md5:${h(16)}`;
    expect(covered(`password: "${pw}"`, pw)).toBe(true);
    const short = `sha256:${h(20)}`; // 40 hex is no SHA-256: a value that only starts like a digest
    expect(covered(`token: "${short}"`, short)).toBe(true);
  });
});

describe('personal records under their keys', () => {
  const r = rng(35);
  it('dates of birth, taxpayer numbers, street addresses', () => {
    for (let i = 0; i < 10; i++) {
      const y = randomInt(1940, 2006);
      const [m, d] = [String(randomInt(1, 13)).padStart(2, '0'), String(randomInt(1, 29)).padStart(2, '0')];
      const ssn = ssnOf(r).replace(/-/g, '');
      const street = `${randomInt(2, 900)} ${['Elm Street', 'Rue de la Paix', 'Oak Lane'][i % 3]}`;
      const cases: [string, string][] = [
        [`{"dob":"${y}-${m}-${d}"}`, `${y}-${m}-${d}`],
        [`birthDate=${d}/${m}/${y} failed age check`, `${d}/${m}/${y}`],
        [`<DateOfBirth>${y}-${m}-${d}</DateOfBirth>`, `${y}-${m}-${d}`],
        [`W-9 row failed tin=${ssn} reason=mismatch`, ssn],
        [`{"taxpayer_id":"${ssn}"}`, ssn],
        [`{"address_line1":"${street}","city":"Leeds"}`, street],
        [`streetAddress='Flat ${randomInt(1, 40)}, ${street}'`, street],
        [`"address":{"city":"Denver","line1":"${street}","postal_code":"80202"}`, street],
      ];
      for (const [line, v] of cases) expect(covered(line, v), line).toBe(true);
    }
  });
  it('leaves timestamps, versions and network addresses alone', () => {
    expect(flagged(`created_at=2026-09-30 birth_year=1990 dob=1990-13-45 tin_type=SSN birth_verified=2026-01-02 dob_checked_at=2026-01-02`)).toEqual([]);
    expect(flagged(`{"ip_address":"10.0.3.14","listen_address":":8080","address":"port 8080","server_address":"db-${digits(2)}.internal"}`)).toEqual([]);
  });
  it('finds an email with an encoded plus in a query string', () => {
    const e = `j.keller%2B${b62(4)}%40proton.me`;
    expect(covered(`GET /lookup?email=${e}&x=1`, e)).toBe(true);
  });
});

describe('cards', () => {
  it('every card of a separated run, Diners under cc keys, CVC in nested form keys', () => {
    for (let i = 0; i < 10; i++) {
      const cards = [luhn('4' + digits(14)), luhn('36' + digits(11)), luhn('6011' + digits(11))];
      const line = `row ${i}: ${cards.join(',')},EUR,2026-11-30`;
      for (const c of cards) expect(covered(line, c), line).toBe(true);
      expect(covered(`ccNumber=${cards[1]} gateway=adyen`, cards[1]!)).toBe(true);
      const cvc = String(randomInt(100, 1000));
      expect(covered(`card[number]=${cards[0]}&card[cvc]=${cvc}`, cvc)).toBe(true);
    }
  });
  it("reports Stripe's published test cards as documentation data, not a leak", () => {
    const f = scanner.scan('e2e: charged 4242 4242 4242 4242 and 5555555555554444 in test mode');
    expect(f.map((x) => [x.detector, x.test, x.severity])).toEqual([['credit-card', true, 'info'], ['credit-card', true, 'info']]);
    expect(f.filter(isLeak)).toEqual([]);
  });
});
