import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { keywordTables } from '../../../src/scan/keyword-tables';
import { openTextPass } from '../../../src/scan/text-pass';
import { createScanner } from '../../../src/scan/create-scanner';
import type { Detector } from '../../../src/scan/detector';
import { rng, SAMPLES } from './generators';

/**
 * Keywords that count only at a line's start (Detector.lineStart: `10`–`19` of an Australian BECS
 * record, `622` of a NACHA entry, `| ` of a pipe table) are spelled after a newline in the
 * automaton (automatonWord): they make no hit inside a line, where dates, addresses and ports hold
 * them on every line of a log, and still make one at the text's start and after every newline.
 */
const ids = (names: string[]): number[] => names.map((n) => DEFAULT_DETECTORS.findIndex((d) => d.id === n));
const BECS = ids(['au-becs-detail-account', 'person-name-becs-detail']);
const NACHA = ids(['nacha-entry-account-number']);

const prefilter = createPrefilter(DEFAULT_DETECTORS, { skipPrivateIpv4: true });

/** True when the prefilter runs detector `id` on a window of `text` that holds position `at`. */
function wakes(text: string, id: number, at: number): boolean {
  return prefilter.windows(text).some((w) => w.detectors.includes(id) && w.start <= at && at < w.end);
}

describe('prefilter: keywords that count only at a line start', () => {
  it('every built-in line-start detector has them (all its keywords of its lineStart length)', () => {
    const withLineStart = DEFAULT_DETECTORS.filter((d) => d.lineStart);
    expect(withLineStart.length).toBeGreaterThan(5);
    for (const d of withLineStart) for (const k of d.keywords) expect(k.length, `${d.id}: ${k}`).toBe(d.lineStart);
  });

  it('make no hit inside a line: a log full of dates, addresses and `| ` wakes no line-start detector', () => {
    const line = '2026-12-05T10:11:12.131Z WARN upstream 10.12.13.14:18080 refused | retry 15, 16, 17 in 19 ms\n';
    const text = line.repeat(200);
    const t = keywordTables(DEFAULT_DETECTORS);
    const pass = openTextPass(t.tables, { skipPrivateIpv4: true });
    pass.run(text);
    const lineStartIds = new Set(DEFAULT_DETECTORS.flatMap((d, i) => (d.lineStart ? [i] : [])));
    for (let h = 0; h < pass.hits; h++) {
      const s = pass.hitState[h]!;
      for (const id of t.outIds.subarray(t.outStart[s]!, t.outStart[s + 1]!)) expect(lineStartIds.has(id), `hit at ${pass.hitPos[h]}`).toBe(false);
    }
    for (const w of prefilter.windows(text)) for (const id of [...BECS, ...NACHA]) expect(w.detectors).not.toContain(id);
  });

  it('make a hit at the text start, after `\\n` and after `\\r\\n`, also at the joints of long texts', () => {
    const becs = '1062-000 12345678 530000012345JOHN CITIZEN                    PAYROLL DEC      062-000 87654321ACME PTY LTD    00000000';
    const nacha = '622091000019123456789        0000012345ID0000000001   JANE Q PUBLIC           0091000010000001';
    for (const sep of ['\n', '\r\n']) {
      const filler = 'x'.repeat(70_000) + sep; // longer than one segment of the pass
      const text = `${becs}${sep}${nacha}${sep}${filler}${becs}${sep}${'y'.repeat(3000)}${sep}${nacha}`;
      const starts = [0, becs.length + sep.length, text.indexOf(becs, 10), text.lastIndexOf(nacha)];
      for (const id of BECS) expect(wakes(text, id, starts[0]!)).toBe(true);
      for (const id of NACHA) expect(wakes(text, id, starts[1]!)).toBe(true);
      for (const id of BECS) expect(wakes(text, id, starts[2]!)).toBe(true);
      for (const id of NACHA) expect(wakes(text, id, starts[3]!)).toBe(true);
      // The same records one character into their lines are no records.
      const inside = `${becs}${sep}`.replace(/^/, ' ') + ` ${nacha}`;
      for (const id of [...BECS, ...NACHA]) expect(wakes(inside, id, 1) || wakes(inside, id, inside.indexOf(nacha)), DEFAULT_DETECTORS[id]!.id).toBe(false);
    }
  });

  it('a line-start pattern tried only where lines start (lineStartFinder) finds what its own search finds', () => {
    const r = rng(5);
    const withFinder = DEFAULT_DETECTORS.filter((d) => d.lineStart && d.starts !== null);
    expect(withFinder.map((d) => d.id)).toEqual(expect.arrayContaining(['au-becs-detail-account', 'nacha-entry-account-number', 'person-name-signing-quoted-reply']));
    for (const d of withFinder) {
      // The same detector searching with its pattern alone (no finder, no sticky copy).
      const plain: Detector = { ...d, starts: null, sticky: null };
      const a = createScanner({ detectors: [d], cleanTexts: false });
      const b = createScanner({ detectors: [plain], cleanTexts: false });
      for (let i = 0; i < 25; i++) {
        const [before, value, after] = SAMPLES[d.id]!(r);
        const record = before + value + after;
        for (const text of [record, `x ${record}`, `log\r\n${record}\n${record}`, `${record}\n  ${record}\n\n${record}`, record.replace(/\n/g, '\r\n')]) {
          expect(a.scan(text), `${d.id}: ${JSON.stringify(text)}`).toEqual(b.scan(text));
        }
        expect(a.scan(record).length, `${d.id}: ${JSON.stringify(record)}`).toBeGreaterThan(0);
      }
    }
  });
});
