import { describe, expect, it } from 'vitest';
import type { Detector } from '../../../src/scan/detector';
import { createScanner } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { literalsOf } from '../../../src/scan/match-starts';
import { createPrefilter } from '../../../src/scan/prefilter';
import { rng } from './generators';

const byId = (id: string): Detector => DEFAULT_DETECTORS.find((d) => d.id === id)!;
/** The detectors whose start finder is a firstOf or that name literals they need (the prefilter rules their lines out on the whole text). */
const LITERAL_DETS = DEFAULT_DETECTORS.filter((d) => literalsOf(d.starts) !== null || d.needs !== null);

const PARTS = ['?', '&', ';', '%3F', '%26', '<', '>', '</', ' ', '\n', 'token=', 'api_key=', 'sig=', 'key>', '<auth>', '</auth>', '<db_pw>', '</db_pw>', 'cache_key=', 'Xk9vQ2mZ7pL4wR8tY1nBq3', '  ', '\t', ' \t', 'api_token', 'password', 'Sq9x!vT2#q', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', 'x'];

/** Lines where the literals stand at line starts, line ends, alone, and far from each other. */
function text(seed: number): string {
  const r = rng(seed);
  let s = '';
  for (let n = r.int(5, 60); n > 0; n--) s += r.pick(PARTS);
  return s;
}

const key = (m: RawMatch): string => `${m.detector.id}@${m.start}-${m.end}`;

/** Raw matches of `dets` on the prefilter's windows, as the scanner runs them. */
function viaWindows(dets: readonly Detector[], t: string): string[] {
  const out: RawMatch[] = [];
  for (const w of createPrefilter(dets).windows(t)) for (const d of w.detectors) matchInSlice(dets[d]!, t.slice(w.start, w.end), w.start, out);
  return out.map(key).sort();
}

/** Raw matches of `dets` run line by line on every line (no prefilter at all). */
function everyLine(dets: readonly Detector[], t: string): string[] {
  const out: RawMatch[] = [];
  let start = 0;
  for (const line of t.split('\n')) {
    for (const d of dets) matchInSlice(d, line, start, out);
    start += line.length + 1;
  }
  return out.map(key).sort();
}

describe('lines ruled out by a literal start finder', () => {
  it('covers the url-query and XML detectors', () => {
    expect(LITERAL_DETS.map((d) => d.id)).toEqual(expect.arrayContaining(['url-query-credential', 'url-query-app-key', 'xml-secret-element', 'cli-table-secret']));
  });

  it('drops no match: the windows find what every detector on every line finds', () => {
    let found = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const t = text(seed);
      const want = everyLine(LITERAL_DETS, t);
      found += want.length;
      expect(viaWindows(LITERAL_DETS, t), t).toEqual(want);
    }
    expect(found).toBeGreaterThan(50);
  });

  it('lists the detector for a line with its literal at the line start or end, not for a line without', () => {
    const xml = byId('xml-secret-element');
    const t = 'auth token key\n<\nkey <\nsecret token\n<auth>Xk9vQ2mZ7pL4wR8</auth>';
    const lines = createPrefilter([xml])
      .windows(t)
      .filter((w) => w.detectors.length > 0)
      .map((w) => t.slice(w.start, w.end));
    expect(lines).toEqual(['key <', '<auth>Xk9vQ2mZ7pL4wR8</auth>']);
  });
});

describe('cli-table-secret needs', () => {
  it('is listed for table lines with two spaces or a tab only', () => {
    const t = 'token Xk9vQ2mZ7pL4wR8tY1nB\ntoken  Xk9vQ2mZ7pL4wR8tY1nB\ntoken\tXk9vQ2mZ7pL4wR8tY1nB\ntoken \tXk9vQ2mZ7pL4wR8tY1nB';
    const lines = createPrefilter([byId('cli-table-secret')])
      .windows(t)
      .map((w) => t.slice(w.start, w.end));
    expect(lines).toEqual(t.split('\n').slice(1));
    expect(everyLine([byId('cli-table-secret')], t).length).toBeGreaterThanOrEqual(2); // the table lines do match
  });
});

describe('xml-secret-element keywords', () => {
  const scanner = createScanner({ cleanTexts: false });
  it.each(['auth', 'db_pw', 'dbLogin', 'requestSig', 'creds', 'apiKeys', 'SMTP_PASS', 'clientSecret', 'GHTOKEN'])('finds a secret in <%s>', (name) => {
    const t = `<config><${name}>Xk9vQ2mZ7pL4wR8tY1nB</${name}></config>`;
    const f = scanner.scan(t).filter((x) => x.detector === 'xml-secret-element');
    expect(f.map((x) => t.slice(x.start, x.end))).toEqual(['Xk9vQ2mZ7pL4wR8tY1nB']);
  });
});
