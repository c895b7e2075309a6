import { describe, expect, it } from 'vitest';
import type { Detector } from '../../../src/scan/detector';
import { serviceLog } from '../../../bench/support/service-log';
import { createScanner } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { firstOf } from '../../../src/scan/match-starts';
import { B62, cleanLine, HEX, rng, SAMPLES, type Rng } from './generators';

const KEY_PARTS = ['token', 'TOKEN', 'secret', 'key', 'keys', 'Key', 'auth', 'creds', 'login', 'sig', 'signature', 'pass', 'password', 'pwd', 'pw', 'passcode', 'api', 'cache', 'count', 'value', 'b64', 'str', 'x', 'appid', 'access_token'];
const JOINS = ['', '_', '-', '.', ':', '$', '@', '--', '::', '0', 'é'];
const OPS = ['=', ':', ': ', ' = ', ':=', '::=', '=>', '?=', '.=', '+=', '%3D', '%3a', '":"', "'='", '\\":\\"', '\\\\\\"=', ' "', " '", '"', '==', ':::', '%', '  ', '\t\t'];
const VALUES = ['Xk9vQ2mZ7pL4wR8tY1nB', 'abc', 'orders:v3:4017b8766cadc1a5', '"quoted value 123"', "'Sq9x!vT2#q'", '${TOKEN}', 'deployed', '1234567890123456', 'a&b;c', '', 'Ab3%2Bx%40mail.example.com'];
const FILL = [' ', '  ', '\t', ',', ';', '{"', '"', '[', '(', 'x ', '--', '-', '.', '$', '@', '\\', '/', '?', '&', '%3F', '%26', '%40', '%2B', '<', '>', '</', 'é', '\n', '\r\n'];

/** A hostile line: keys glued from secret words, sigils and separators, odd operators, long runs. */
function hostile(r: Rng): string {
  let s = '';
  for (let n = r.int(1, 6); n > 0; n--) {
    s += r.pick(FILL);
    if (r.int(0, 5) === 0) s += r.str('abcXYZ_.-:$@0123456789', r.int(20, 90)); // longer than any key
    for (let k = r.int(1, 4); k > 0; k--) s += r.pick(KEY_PARTS) + r.pick(JOINS);
    s += r.pick(OPS) + r.pick(VALUES);
  }
  return s;
}

/** Near misses of the anchored shapes: mailbox parts, dashed hex runs, query strings, XML elements. */
function shapes(r: Rng): string {
  const local = r.str('abc.+_-%2B', r.int(0, 70));
  return r.pick([
    () => `${r.pick(FILL)}${'x%2B'.repeat(r.int(10, 33))}${r.pick(['@', '%40'])}mail.example.com`, // 64 units, up to 132 characters
    () => `${r.pick(FILL)}${local}${r.pick(['@', '%40', '@@', '%4'])}${r.str('abc.-', r.int(0, 12))}.${r.str('comde', r.int(1, 3))}${r.pick(FILL)}`,
    () => `${r.pick(['mailgun key: ', 'x '])}${r.pick(FILL)}${r.str(HEX, r.pick([32, 32, 31, 33, 40]))}-${r.str(HEX, r.pick([8, 8, 7, 9]))}-${r.str(HEX, r.pick([8, 8, 9]))}${r.pick(FILL)}`,
    () => `${r.pick(['', 'x', 'git+', 'HTTPS', 'hxxps', 'wss', 'kafka', 'smtps'])}://${r.str('ab:@', r.int(0, 6))}:${r.str(B62, r.int(1, 12))}@host`,
    () => `GET /x${r.pick(['?', '&', ';', '%3F', '%3f', '%26', '%'])}${r.pick(KEY_PARTS)}${r.pick(['=', '%3D', '%3d'])}${r.str(B62 + '%&=', r.int(4, 40))}`,
    () => {
      const k = r.pick(KEY_PARTS);
      return `<${k}>${r.str(B62 + '<>/', r.int(1, 30))}</${r.int(0, 3) === 0 ? r.pick(KEY_PARTS) : k}>`;
    },
    () => `${r.pick(['', ' ', '\n', 'x\n'])}${r.pick(KEY_PARTS)}${r.pick(['  ', '\t\t', ' '])}${r.str(B62, r.int(6, 30))}${r.pick(['', '  ', '\r', '\n'])}`,
    // Discord bot token shapes: a base64url run, a `.`, six (or five, seven) characters, a `.`, a run (lengths around the valid ones).
    () =>
      `${r.pick(FILL)}${r.pick([() => Buffer.from(`${r.int(1, 9)}${r.str('0123456789', r.int(16, 19))}`).toString('base64url'), () => r.pick(['M', 'N', 'O', 'x', '.M', '-N']) + r.str(B62 + '_-', r.int(20, 28))])()}.${r.str(B62 + '_-', r.pick([6, 6, 6, 5, 7]))}.${r.str(B62 + '_-', r.int(25, 40))}${r.pick([...FILL, '.x', '-'])}`,
  ])();
}

/** Texts to compare the fast path on: hostile lines, random characters, samples, clean log lines, and blocks of several lines. */
function texts(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  // Samples are picked at random among all detectors': enough rounds that each detector's own sample comes up often
  // (rounds grow with the number of samples: 3,600 for ~300 detectors, 4,400 for ~360, 4,500 after round r64, 5,600 after round r75).
  for (let i = 0; i < 5600; i++) {
    out.push(hostile(r), shapes(r), r.str('tokenkeyauth_.-:$@ ="\'\\x9<>?&;%4\n', r.int(1, 120)));
    const [b, v, a] = SAMPLES[r.pick(Object.keys(SAMPLES))]!(r);
    out.push(b + v + a, cleanLine(r));
  }
  for (let i = 0; i + 5 < out.length; i += 97) out.push(out.slice(i, i + 5).join('\n'));
  // Line-start detectors (their finders: lineStarts, newlineStarts) match only where a record starts a line, which the
  // random picks above give a few times: their own samples at the text's start, after `\n` and `\r\n`, and one space in.
  for (const d of DEFAULT_DETECTORS.filter((x) => x.lineStart && x.starts !== null)) {
    for (let i = 0; i < 60; i++) {
      const [b, v, a] = SAMPLES[d.id]!(r);
      out.push(r.pick(['', 'x\n', 'log line\r\n', ' ', '\n\n']) + b + v + a);
    }
  }
  // Detectors with a finder but no keyword the picks above give often (round r74's `sql-compared-personal`, on `= '`):
  // their own samples, and the compared column in the forms a logged statement or plan writes it.
  for (const d of DEFAULT_DETECTORS.filter((x) => x.starts !== null && !x.lineStart && x.keywords.every((k) => k.includes("'")))) {
    for (let i = 0; i < 40; i++) {
      const [b, v, a] = SAMPLES[d.id]!(r);
      out.push(r.pick(['', 'x ', '-', 'id=1 AND ']) + b + v + a);
    }
  }
  for (let i = 0; i < 300; i++) {
    const col = r.pick(['last_name', 'm.last_name', '"m"."surname"', '(first_name)', '(last_name)::text', 'dob', 'p.date_of_birth', 'x'.repeat(r.int(55, 70)) + '_name', 'status', 'a-b.last_name', '_name']);
    const val = r.pick(['Kobayashi', 'Ann Lee', '1984-03-12', 'open', "O'Brien", 'x', 'Jean-Luc Picard']);
    const fill = r.pick([' ', ' AND ', '(', ',', '-', '=', "='", ' = ', '\n', '.', '"']);
    out.push(`${r.pick(['WHERE ', 'Filter: ((', '', 'q='])}${col}${r.pick(['', ' '])}=${r.pick(['', ' '])}'${val}'${r.pick(['::text', '', ' AND '])}${fill}${r.pick(['first_name', 'x.y'])} = '${r.pick(['Evander', 'v'])}'`);
  }
  return out;
}

const fast = DEFAULT_DETECTORS.filter((d) => d.starts !== null);

/** The same detector without any shortcut: the pattern's own search and a `d`-flagged run for every match. */
function plainOf(d: Detector): Detector {
  return { ...d, starts: null, sticky: null, valueLast: false, keyOk: null, plain: null, precheck: null, anchors: null };
}

describe('Detector.starts', () => {
  it('is used by the detectors that cost most on logs', () => {
    expect(fast.map((d) => d.id)).toEqual(expect.arrayContaining(['password-assignment', 'secret-assignment', 'email', 'mailgun-private-key', 'url-query-credential', 'url-query-app-key', 'xml-secret-element', 'cli-table-secret', 'url-credentials']));
  });

  it('returns every position where the pattern matches (so running the pattern only there finds every match)', () => {
    const positions = new Map<string, number>();
    for (const text of texts(11)) {
      for (const d of fast) {
        const sticky = d.sticky!;
        for (let p = 0; p <= text.length; p++) {
          sticky.lastIndex = p;
          if (sticky.exec(text) === null) continue;
          positions.set(d.id, (positions.get(d.id) ?? 0) + 1);
          if (d.starts!(text, p) !== p) throw new Error(`${d.id}: a match at ${p} is not a start: ${JSON.stringify(text)}`);
        }
      }
    }
    for (const d of fast) expect(positions.get(d.id) ?? 0, d.id).toBeGreaterThan(50);
  });

  it('finds exactly what the plain pattern finds, with the same offsets and verdicts', () => {
    const found = new Map<string, number>();
    for (const text of texts(12)) {
      for (const d of fast) {
        const a: RawMatch[] = [];
        const b: RawMatch[] = [];
        matchInSlice(d, text, 3, a);
        matchInSlice(plainOf(d), text, 3, b);
        expect(a.map((m) => [m.start, m.end, m.verdict]), `${d.id} on ${JSON.stringify(text)}`).toEqual(b.map((m) => [m.start, m.end, m.verdict]));
        found.set(d.id, (found.get(d.id) ?? 0) + a.length);
      }
    }
    for (const d of fast) expect(found.get(d.id) ?? 0, d.id).toBeGreaterThan(20);
  }, 120_000); // every fast detector twice on each text: seconds alone, past 30 s on a loaded machine

  it('leaves every finding of the whole scanner unchanged on a service log and the texts above', () => {
    const withShortcuts = createScanner({ detectors: DEFAULT_DETECTORS, cleanTexts: false });
    const without = createScanner({ detectors: DEFAULT_DETECTORS.map(plainOf), cleanTexts: false });
    const text = serviceLog(400_000, 5, 15).text + texts(13).join('\n');
    const a = withShortcuts.scan(text);
    expect(a.length).toBeGreaterThan(500);
    expect(a).toEqual(without.scan(text));
  }, 120_000); // every detector without its shortcuts: ~7 s alone, past 30 s on a loaded 2-core machine

  it('firstOf finds what the smallest indexOf finds, for any order of calls and texts', () => {
    const r = rng(14);
    const find = firstOf('?', '%3F', '&');
    const pool = Array.from({ length: 20 }, () => r.str('ab?&%3F', r.int(0, 40)));
    for (let i = 0; i < 20_000; i++) {
      const text = r.pick(pool);
      const from = r.int(0, text.length + 1);
      const want = Math.min(...['?', '%3F', '&'].map((l) => text.indexOf(l, from)).map((x) => (x < 0 ? Infinity : x)));
      expect(find(text, from)).toBe(want === Infinity ? -1 : want);
    }
  });
});
