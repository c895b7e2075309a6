import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { createScanner, type Scanner } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { foldFullWidth, toFindings } from '../../../src/scan/create-scanner';
import { unwrapInvisible } from '../../../src/scan/unwrap-invisible';
import { unwrapText } from '../../../src/scan/unwrap-text';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { resolveOverlaps } from '../../../src/scan/resolve-overlaps';
import { echoesOf } from '../../../src/scan/echoes';
import { B62, cleanLine, HEX, LOWER, rng, SAMPLES, type Rng } from './generators';

/** Every detector on every line of `text` (detectors with a span, or with neither keyword nor shape, on the whole text). */
function everyDetector(text: string): RawMatch[] {
  const raw: RawMatch[] = [];
  const lines: [number, number][] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e]);
    s = e + 1;
  }
  for (const d of DEFAULT_DETECTORS) {
    if (d.span > 0 || (d.keywords.length === 0 && d.shape === null)) matchInSlice(d, text, 0, raw);
    else for (const [s, e] of lines) matchInSlice(d, text.slice(s, e), s, raw);
  }
  return raw;
}

/**
 * The scan without any prefilter: every detector on every line, of both readings the scanner
 * makes (the text without what prints as nothing, and that text unwrapped: unwrapText), the
 * second mapped back as createScanner maps it. What the prefilter's shortcuts (keyword
 * automaton, shapes, skipped private quads) must never change.
 */
function bruteForce(original: string): ReturnType<Scanner['scan']> {
  const text = foldFullWidth(original);
  const inv = unwrapInvisible(text);
  const visible = inv ? inv.text : text;
  let raw = everyDetector(visible);
  const u = unwrapText(visible);
  if (u) for (const m of everyDetector(u.text)) raw.push({ ...m, start: u.from[m.start]!, end: u.to[Math.max(m.start, m.end - 1)]! });
  if (inv) raw = raw.map((m) => ({ ...m, start: inv.from[m.start]!, end: inv.to[Math.max(m.start, m.end - 1)]! }));
  // Echoes (echoes.ts) follow from the resolved findings alone, whatever found them.
  const resolved = resolveOverlaps(raw);
  const echoes = echoesOf(text, resolved);
  return toFindings(text, echoes.length === 0 ? resolved : resolveOverlaps([...resolved, ...echoes]), '');
}

/** A varied log: the bench's service log with many planted secrets, sample values, address forms. */
function variedLog(seed: number): string {
  const r = rng(seed);
  const kinds = Object.keys(SAMPLES);
  const out: string[] = [serviceLog(200_000, seed, 25).text];
  const quads = ['10.1.2.3', '10.146.171.119', '192.168.100.117', '192.168.0.17', '172.20.4.9', '127.0.0.1', '100.64.3.2', '8.8.8.8', '203.0.113.9', '169.254.1.1'];
  for (let i = 0; i < 800; i++) {
    const q = r.pick(quads);
    const k = i % 6;
    if (k === 0) out.push(`${q} - - [03/Dec/2026:10:11:12 +0000] "GET / HTTP/1.1" 200 12`);
    else if (k === 1) out.push(`peer=${q}- x`, `via=+${q} x`, `at (${q}) y`, `z ${q}.`, `${q}-- z`, `call +1 415-555-${String(1000 + i).slice(-4)} - -`);
    else if (k === 2) {
      const [b, v, a] = SAMPLES[r.pick(kinds)]!(r);
      out.push(`${q} - - ${b}${v}${a}`);
    } else if (k === 3) out.push(...shortcutForms(r));
    else out.push(cleanLine(r));
  }
  return out.join('\n') + '\n';
}

/**
 * Forms whose matches the detectors' start finders and keywords must not miss: query parameters
 * after `?`, `&`, `;`, `%3F`, `%26` in any case, keys with sigils, dashes and colons at a line's
 * start, mailboxes with `%40` and `%2B`, Mailgun keys, XML elements and CLI tables.
 */
function shortcutForms(r: Rng): string[] {
  const tok = r.str(B62, 20) + r.int(10, 99);
  const hex = (n: number): string => r.str(HEX, n);
  return [
    `${r.pick(['GET /v1/x', 'https://api.example.io/cb', 'u'])}${r.pick(['?', '&', ';', '%3F', '%3f', '%26'])}${r.pick(['KEY', 'api_key', 'Access_Token', 'x_api_key', 'appid', 'sig', 'license_key'])}${r.pick(['=', '%3D', '%3d'])}${tok}${r.pick(['', '&x=1', ' -> 401'])}`,
    `${r.pick(['', '  ', '- ', 'export '])}${r.pick(['--token', ':api_token', '$DB_PASSWORD', '@auth_key', 'app:secret', 'key-secret', 'TOKEN_b64', 'x.pass'])}${r.pick(['=', ': ', ' => ', ':=', '%3D', '="'])}${tok}`,
    `${r.pick(['', 'to ', 'mailto:', '<'])}${r.str(LOWER, r.int(1, 8))}${r.pick(['', '%2B', '%2b', '+', '.'])}${r.str(LOWER, r.int(1, 8))}${r.pick(['@', '%40'])}${r.pick(['acme-corp.de', 'mail.partner.io'])}${r.pick(['', '>', ' x'])}`,
    `${r.pick(['', 'key: ', 'mailgun '])}${hex(32)}-${hex(8)}-${hex(8)}${r.pick(['', ' api:'])}`,
    `${r.pick(['', ' '])}key-${hex(32)}`,
    `<${r.pick(['password', 'ApiToken', 'client_secret', 'api_key'])}>${tok}</${r.pick(['password', 'ApiToken', 'client_secret', 'api_key'])}>`,
    `${r.pick(['token', 'client_secret', 'Password'])}${r.pick(['  ', '\t\t', '     '])}${tok}`,
  ];
}

describe('prefilter', () => {
  it.each([1, 2, 3])('finds exactly what every detector on every line finds (varied log, seed %i)', (seed) => {
    const text = variedLog(seed);
    const fast = createScanner({ cleanTexts: false }).scan(text);
    const ref = bruteForce(text);
    expect(ref.length).toBeGreaterThan(50);
    expect(fast.map((f) => [f.detector, f.start, f.end])).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
    // Correctness, not speed: the brute-force reference runs every detector on every line.
  }, 180_000);

  // Two detectors of one priority on one span, one in each reading: a `%20`-grouped IBAN is `iban-url-encoded` as
  // written and `iban` in the URL-decoded reading that the `%3d` later on the line asks for. Both scans name it as the
  // text as written does.
  it('names a tie between the text as written and its unwrapped reading as every detector on every line does', () => {
    for (const text of ['=BE78%200878%205585%209717&holder=A GET /v1/x?x_api_key%3dX', '=BE78%200878%205585%209717&holder=A GET /v1/x?y']) {
      const fast = createScanner({ cleanTexts: false }).scan(text);
      const ref = bruteForce(text);
      expect(ref.length).toBeGreaterThan(0);
      expect(fast.map((f) => [f.detector, f.start, f.end]), text).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
    }
  });

  // A rejected row whose line starts with a private IPv4 address (which has a phone's shape): the default scanner's
  // prefilter skips that address, so the row-name detector of the phone shape must not count it either, or a full scan
  // names the name cell `person-name-row-cell-ssn` and a scan of every detector `person-name-row-cell-phone`.
  it('names a row cell on a line led by a private IPv4 address as every detector on every line does', () => {
    for (const text of ['192.168.100.117 - - bad record: 7781;Casimir Vanterpool;175-30-4447;active', '203.0.113.9 - - bad record: 7781;Casimir Vanterpool;175-30-4447;active']) {
      const fast = createScanner({ cleanTexts: false }).scan(text);
      const ref = bruteForce(text);
      expect(ref.map((f) => f.detector)).toContain('us-ssn');
      expect(fast.map((f) => [f.detector, f.start, f.end]), text).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
    }
  });

  // Lines of several KB (a JSON document or a batch on one line): the prefilter then asks the
  // detectors' literal finders instead of searching the line itself.
  it.each([4, 5])('finds exactly what every detector on every line finds (varied log joined into long lines, seed %i)', (seed) => {
    const text = variedLog(seed)
      .split('\n')
      .map((line, i) => line + (i % 40 === 39 ? '\n' : ' '))
      .join('');
    expect(text.split('\n').filter((l) => l.length > 4096).length).toBeGreaterThan(5);
    const fast = createScanner({ cleanTexts: false }).scan(text);
    const ref = bruteForce(text);
    expect(ref.length).toBeGreaterThan(50);
    expect(fast.map((f) => [f.detector, f.start, f.end])).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
  });
});
