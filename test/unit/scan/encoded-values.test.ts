import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { decodeHtmlEntities, decodeJsonUnicode, encodedCardRun } from '../../../src/scan/encoded-text';
import { fullyCovered } from '../../helpers/coverage-tally';
import { pick } from '../../helpers/leak-checks';
import { card as luhnCard } from './generators-pf10';
import { rng } from './sample-rng';

/**
 * Values that arrive in a second layer of encoding (round f20): URL-encoded twice, quoted with HTML entities, card
 * groups separated by URL-encoded spaces or dashes, JSON `\u` escapes. Values are drawn at each run; a value counts
 * only when leak findings cover all of it; every class has close look-alikes that must stay unflagged.
 */
const scanner = createScanner({ cleanTexts: false });
const r = rng(Date.now() % 100_000);
const DIGITS = '0123456789';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';

/** True when leak findings cover every character of `value` in `text`. */
const found = (text: string, value: string): boolean => text.includes(value) && fullyCovered(text, value, scanner.scan(text).filter(isLeak));
/** The texts of the leak findings in `text`. */
const leaks = (text: string): string[] =>
  scanner
    .scan(text)
    .filter(isLeak)
    .map((f) => text.slice(f.start, f.end));

/** A password with every character class, `@` and `#` among them (what double encoding hides). */
const password = (): string => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 4)}@${pick(DIGITS, 2)}#${pick(LOWER, 3)}!${pick(DIGITS, 2)}`;
/** A mailbox at a non-reserved domain. */
const mailbox = (): [local: string, domain: string] => [`${pick(LOWER, 4)}.${pick(LOWER, 6)}`, `${pick(LOWER, 6)}.${r.pick(['pl', 'de', 'fr', 'io'])}`];
/** `s` URL-encoded twice (`@` → `%2540`). */
const twice = (s: string): string => encodeURIComponent(encodeURIComponent(s));
/** A Luhn-valid card of a common brand, as 4-digit groups joined with `sep`. */
const groupedCard = (sep: string, brand = r.pick(['4', '51', '52', '53', '54', '55'])): string => luhnCard(r, brand, 16).replace(/(\d{4})(?=\d)/g, `$1${sep}`);
/** A 16-digit number starting like a Visa card whose Luhn check fails. */
const notLuhn = (): string => {
  const c = luhnCard(r, '4', 16);
  return c.slice(0, 15) + ((Number(c[15]) + 1) % 10);
};

describe('values URL-encoded twice', () => {
  it('finds an e-mail `%2540` in an access-log query, a form body, a JSON log field and an encoded redirect', () => {
    for (const wrap of [
      (v: string) => `10.0.3.7 - - [12/Mar/2025:10:11:12 +0000] "GET /api/users?email=${v}&page=2 HTTP/1.1" 200 512 "-" "curl/8.4"`,
      (v: string) => `POST /signup body: name=Jan&email=${v}&consent=1`,
      (v: string) => `{"level":"warn","msg":"form rejected","body":"email=${v}&submit=1"}`,
      (v: string) => `redirect_uri=https%3A%2F%2Fapp.io%2Fcb%3Femail%253D${v}%2526step%253D2`,
      (v: string) => `<p>Request: /newsletter?subscribe=${v}</p>`,
    ]) {
      const [local, domain] = mailbox();
      const v = twice(`${local}@${domain}`);
      expect(v).toContain('%2540');
      expect(found(wrap(v), v), wrap(v)).toBe(true);
    }
    // A plus address encoded twice (`%252B`).
    const [local, domain] = mailbox();
    const plus = twice(`${local}+news@${domain}`);
    expect(found(`GET /unsubscribe?e=${plus} HTTP/1.1`, plus)).toBe(true);
  });

  it('finds a password `p%2540ss%2523…` under a password key in a form body, an access-log query and a JSON log field', () => {
    for (const wrap of [
      (v: string) => `POST /login body: user=jan&password=${v}&remember=1`,
      (v: string) => `10.0.3.7 - - [12/Mar/2025:10:11:12 +0000] "GET /login?u=jan&pwd=${v} HTTP/1.1" 302 0`,
      (v: string) => `{"msg":"bad request","body":"user=jan&passwd=${v}"}`,
      (v: string) => `<pre>POST /auth password=${v}</pre>`,
    ]) {
      const v = twice(password());
      expect(v).toMatch(/%2540.*%2523/);
      expect(found(wrap(v), v), wrap(v)).toBe(true);
    }
  });

  it('leaves encoded prose and `%2540` inside ids alone', () => {
    expect(leaks('GET /search?q=50%2540off%2520sale&sort=price HTTP/1.1')).toEqual([]);
    expect(leaks(`order_id=ord%2540${pick(DIGITS, 8)}&ref=cart%2540v2`)).toEqual([]);
    expect(leaks('msg=Hello%2520world%252C%2520see%2520you%2520%2540home')).toEqual([]);
    expect(leaks('GET /static/img%2540retina.png%3Fv%3D3 HTTP/1.1')).toEqual([]);
  });
});

describe('assignments quoted with HTML entities', () => {
  const forms: ((v: string) => string)[] = [
    (v) => `<h1>500 Internal Server Error</h1><pre>POST /api/login body={&quot;user&quot;:&quot;jan&quot;,&quot;password&quot;:&quot;${v}&quot;}</pre>`,
    (v) => `WARN login failed request={&#34;password&#34;: &#34;${v}&#34;, &#34;user&#34;: &#34;jan&#34;}`,
    (v) => `<td class="code">{&#x22;password&#x22;:&#x22;${v}&#x22;}</td>`,
    (v) => `<pre class="exception_value">{&#x27;username&#x27;: &#x27;jan&#x27;, &#x27;password&#x27;: &#x27;${v}&#x27;}</pre>`,
  ];

  it('finds a password between entity quotes in an HTML error page, a log line and a Django debug page', () => {
    for (const wrap of forms) {
      const v = password();
      expect(found(wrap(v), v), wrap(v)).toBe(true);
    }
  });

  it('finds a token after `api_key=&quot;` and a client secret in entity-escaped JSON', () => {
    const key = pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 14) + pick(DIGITS, 4);
    expect(found(`<p>config error near api_key=&quot;${key}&quot; (line 4)</p>`, key)).toBe(true);
    const secret = pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 20) + pick(DIGITS, 4);
    expect(found(`<td>{&quot;client_id&quot;:&quot;web&quot;,&quot;client_secret&quot;:&quot;${secret}&quot;}</td>`, secret)).toBe(true);
  });

  it('takes a value\'s own `&` (bare or `&amp;`) and stops at the closing quote\'s entity', () => {
    for (const amp of ['&amp;', '&']) {
      const v = `${pick('ABCDEFGH', 1)}${pick(LOWER, 3)}${amp}${pick(DIGITS, 3)}!${pick(LOWER, 2)}`;
      const text = `<pre>{&quot;password&quot;:&quot;${v}&quot;,&quot;remember&quot;:true}</pre>`;
      expect(found(text, v), text).toBe(true);
      expect(leaks(text)).toEqual([v]);
    }
  });

  it('leaves empty, masked and slot values and prose about a password alone', () => {
    expect(leaks('<pre>{&quot;password&quot;:&quot;&quot;}</pre>')).toEqual([]);
    expect(leaks('<pre>{&quot;password&quot;:&quot;********&quot;}</pre>')).toEqual([]);
    expect(leaks('<pre>{&quot;password&quot;:&quot;[REDACTED]&quot;,&quot;token&quot;:&quot;&lt;hidden&gt;&quot;}</pre>')).toEqual([]);
    expect(leaks('<p>Enter your &quot;password&quot; and your &quot;username&quot; below.</p>')).toEqual([]);
    expect(leaks('<pre>{&quot;token_count&quot;:&quot;12345678&quot;,&quot;password_hint&quot;:&quot;your pet&quot;}</pre>')).toEqual([]);
    expect(leaks('<pre>{&#34;password&#34;: &#34;${DB_PASSWORD}&#34;}</pre>')).toEqual([]);
  });
});

describe('cards grouped with URL-encoded separators', () => {
  it('finds a card with `%20` groups in a query string under any key, `+` groups under a card key, `%2D` groups in a JSON log field', () => {
    const cases: [string, string][] = [];
    let c = groupedCard('%20');
    cases.push([`10.0.3.7 - - [12/Mar/2025:10:11:12 +0000] "GET /pay?number=${c}&exp=0428 HTTP/1.1" 200 31`, c]);
    c = groupedCard('%20');
    cases.push([`POST /checkout body: card=${c}&exp=04%2F28&name=Jan+Kowalski`, c]);
    c = groupedCard('+');
    cases.push([`POST /charge body: amount=100&card=${c}&currency=EUR`, c]);
    c = groupedCard('+');
    cases.push([`{"msg":"declined","form":"debit_card=${c}&cvc=***"}`, c]);
    c = groupedCard('%2D');
    cases.push([`{"level":"error","msg":"payment failed","query":"acct=${c}&retry=1"}`, c]);
    c = groupedCard('%2d');
    cases.push([`<p>Bad request: /api/pay?cc=${c}</p>`, c]);
    for (const [text, value] of cases) expect(found(text, value), text).toBe(true);
  });

  it('leaves numbers that fail Luhn, timestamps and trace ids alone, and does not wake the card detectors on them', () => {
    const bad = notLuhn().replace(/(\d{4})(?=\d)/g, '$1%20');
    expect(leaks(`GET /pay?number=${bad}&exp=0428 HTTP/1.1`)).toEqual([]);
    expect(leaks(`q=${notLuhn().replace(/(\d{4})(?=\d)/g, '$1+')}+more`)).toEqual([]);
    const prefilter = createPrefilter(DEFAULT_DETECTORS);
    const cardDetectors = DEFAULT_DETECTORS.flatMap((d, i) => (d.shape === 'card' ? [i] : []));
    for (const line of [
      'GET /api/events?from=2025-03-12%2010%3A11%3A12&to=2025-03-12%2011%3A11%3A12 HTTP/1.1',
      `GET /report?range=2025-03-01%2000:00:00%20-%202025-03-31%2023:59:59 dd.trace_id=7${pick(DIGITS, 18)}`,
      'GET /cart?items=12%2034%2056&total=100%20EUR HTTP/1.1',
    ]) {
      expect(leaks(line), line).toEqual([]);
      expect(prefilter.windows(line).some((w) => w.detectors.some((id) => cardDetectors.includes(id))), line).toBe(false);
    }
  });

  it('reads encoded card runs by their digits and groups', () => {
    const text = 'x=5113%204076%207681%205541&t=2025-03-12%2010%3A11';
    expect(encodedCardRun(text, text.indexOf('%20'))).toBe(true);
    expect(encodedCardRun(text, text.lastIndexOf('%20'))).toBe(false);
    expect(encodedCardRun('id=12345678%2012345678%2012', 11)).toBe(false); // a group of 8 is no card group
  });
});

describe('JSON `\\u` escapes', () => {
  it('finds an e-mail with `\\u0040` in a JSON log, in JSON inside JSON, and with escaped letters in its local part', () => {
    const [l1, d1] = mailbox();
    const a = `${l1}\\u0040${d1}`;
    expect(found(`{"level":"info","msg":"invite sent","to":"${a}"}`, a)).toBe(true);
    const [l2, d2] = mailbox();
    const b = `${l2}\\\\u0040${d2}`;
    expect(found(`{"msg":"request {\\"email\\":\\"${b}\\"}"}`, b)).toBe(true);
    const [, d3] = mailbox();
    const c = `j\\u00fcrgen.m\\u00fcller\\u0040${d3}`;
    expect(found(`{"event":"signup","email":"${c}"}`, c)).toBe(true);
    const [, d4] = mailbox();
    const e = `fran\\u00e7ois.${pick(LOWER, 4)}@${d4}`;
    expect(found(`logging.info: {"user": {"email": "${e}", "lang": "fr"}}`, e)).toBe(true);
  });

  it('finds a password holding `\\u00XX` letters under a password key, in JSON, JSON inside JSON and a Python dict', () => {
    const v1 = `M\\u00fcller!${pick(DIGITS, 4)}${pick(LOWER, 2)}`;
    expect(found(`{"event":"login","password":"${v1}"}`, v1)).toBe(true);
    const v2 = `Gr\\\\u00fc\\\\u00dfe#${pick(DIGITS, 3)}x`;
    expect(found(`{"msg":"login body {\\"user\\":\\"anna\\",\\"password\\":\\"${v2}\\"}"}`, v2)).toBe(true);
    const v3 = `Se\\u00f1or${pick(DIGITS, 3)}&${pick(LOWER, 3)}`;
    expect(found(`payload={'user': 'ana', 'password': '${v3}'}`, v3)).toBe(true);
    const v4 = `K3y\\u0026${pick(LOWER, 4)}${pick(DIGITS, 3)}`; // Go's encoder writes `&` as `\u0026`
    expect(found(`{"db":{"password":"${v4}"}}`, v4)).toBe(true);
  });

  it('leaves escaped slots, masks and prose alone', () => {
    expect(leaks('{"password":"\\u003credacted\\u003e"}')).toEqual([]);
    expect(leaks('{"password":"\\u002a\\u002a\\u002a\\u002a\\u002a\\u002a\\u002a\\u002a"}')).toEqual([]);
    expect(leaks('{"msg":"caf\\u00e9 ouvert \\u00e0 8h, mot de passe oubli\\u00e9"}')).toEqual([]);
    expect(leaks('{"error":"invalid email: j\\u00fcrgen\\u0040localhost"}')).toEqual([]);
  });

  it('decodes the escapes it judges values by', () => {
    expect(decodeJsonUnicode('M\\u00fcller \\\\u0026 x')).toBe('Müller & x');
    expect(decodeHtmlEntities('&quot;a&amp;b&#34;&#x22;&lt;x&gt;&foo;')).toBe('"a&b""<x>&foo;');
  });
});
