import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { buildKeywordTables, decodeKeywordTables, encodeKeywordTables, keywordTables, keywordTablesFile, writeKeywordTables } from '../../../src/scan/keyword-tables';
import { prefilterKeywords } from '../../../src/scan/prefilter-keywords';
import { defineDetector } from '../../../src/scan/define-detector';
import { openTextPass } from '../../../src/scan/text-pass';

const keywords = prefilterKeywords(DEFAULT_DETECTORS);
const dir = mkdtempSync(path.join(tmpdir(), 'herald-keyword-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every hit (position, reported ids) and shape of the pass over `text`. */
function passOver(tables: ReturnType<typeof buildKeywordTables>, text: string): [number[][], number[][]] {
  const pass = openTextPass(tables.tables, { skipPrivateIpv4: true });
  pass.run(text);
  const hits = Array.from({ length: pass.hits }, (_, i) => {
    const s = pass.hitState[i]!;
    return [pass.hitPos[i]!, ...tables.outIds.subarray(tables.outStart[s]!, tables.outStart[s + 1]!)];
  });
  return [hits, pass.shapePos.map((p, i) => [p, pass.shapeBits[i]!])];
}

describe('keyword tables', () => {
  const built = buildKeywordTables(keywords);

  it('read back from a file, run the same pass as when built (every hit and shape of a service log)', () => {
    const file = writeKeywordTables(DEFAULT_DETECTORS, dir);
    expect(path.basename(file)).toBe(keywordTablesFile(DEFAULT_DETECTORS));
    const text = serviceLog(200_000, 5, 50).text;
    const [hits, shapes] = passOver(built, text);
    expect(hits.length).toBeGreaterThan(500);
    expect(shapes.length).toBeGreaterThan(50);
    const read = keywordTables(DEFAULT_DETECTORS, dir);
    expect(read.tables.delta.buffer).not.toBe(built.tables.delta.buffer);
    expect(passOver(read, text)).toEqual([hits, shapes]);
    expect(read.tables.word).toBe(built.tables.word);
  });

  it('are named by what their keywords are made of: another detector set reads no file of this one', () => {
    const name = keywordTablesFile(DEFAULT_DETECTORS);
    const d0 = DEFAULT_DETECTORS[0]!;
    const spec = { id: 'x', name: 'x', category: d0.category, severity: d0.severity, pattern: /zzzq\d+/, remediation: 'x' };
    // Another keyword, another order, another anchor or span: another file.
    expect(keywordTablesFile([...DEFAULT_DETECTORS, defineDetector({ ...spec, keywords: ['zzzq'] })])).not.toBe(name);
    expect(keywordTablesFile([DEFAULT_DETECTORS[1]!, d0, ...DEFAULT_DETECTORS.slice(2)])).not.toBe(name);
    const one = defineDetector({ ...spec, keywords: ['zzzq'] });
    const spanned = defineDetector({ ...spec, keywords: ['zzzq'], span: 100 });
    const anchored = defineDetector({ ...spec, keywords: ['zzzq'], anchors: ['zzzq'], starts: () => -1 });
    const names = new Set([one, spanned, anchored].map((d) => keywordTablesFile([d])));
    expect(names.size).toBe(3);
    expect(keywordTablesFile([...DEFAULT_DETECTORS])).toBe(name);
  });

  it('are built when the file is missing, truncated or of another format', () => {
    const blob = encodeKeywordTables(built);
    expect(decodeKeywordTables(blob.subarray(0, blob.length - 1))).toBeNull();
    const other = blob.slice();
    other[4] = 99; // the format
    expect(decodeKeywordTables(other)).toBeNull();
    // An unaligned copy (a small Buffer from the pool) is read all the same.
    const unaligned = new Uint8Array(blob.length + 1).subarray(1);
    unaligned.set(blob);
    expect(decodeKeywordTables(unaligned)?.outIds).toEqual(built.outIds);
    const empty = mkdtempSync(path.join(dir, 'empty-'));
    expect(readdirSync(empty)).toEqual([]);
    writeFileSync(path.join(empty, keywordTablesFile(DEFAULT_DETECTORS)), blob.subarray(0, 100));
    const t = keywordTables(DEFAULT_DETECTORS, empty);
    // Compared as bytes: toEqual walks a million-entry table element by element (seconds under load).
    const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(t.tables.delta.length).toBe(built.tables.delta.length);
    expect(bytes(t.tables.delta).equals(bytes(built.tables.delta))).toBe(true);
  });
});
