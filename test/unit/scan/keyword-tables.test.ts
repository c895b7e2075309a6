import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { buildKeywordTables, decodeKeywordTables, encodeKeywordTables, keywordTables, keywordTablesFile, writeKeywordTables } from '../../../src/scan/keyword-tables';
import { prefilterKeywords } from '../../../src/scan/prefilter';
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
    const file = writeKeywordTables(keywords, dir);
    expect(path.basename(file)).toBe(keywordTablesFile(keywords));
    const text = serviceLog(200_000, 5, 50).text;
    const [hits, shapes] = passOver(built, text);
    expect(hits.length).toBeGreaterThan(500);
    expect(shapes.length).toBeGreaterThan(50);
    const read = keywordTables(keywords, dir);
    expect(read.tables.delta.buffer).not.toBe(built.tables.delta.buffer);
    expect(passOver(read, text)).toEqual([hits, shapes]);
    expect(read.tables.word).toBe(built.tables.word);
  });

  it('are named by their keywords and ids: another set reads no file of this one', () => {
    const other = new Map(keywords);
    other.set('zzzq', [0]);
    expect(keywordTablesFile(other)).not.toBe(keywordTablesFile(keywords));
    const moved = new Map([...keywords].map(([k, ids]) => [k, ids.map((i) => i + 1)]));
    expect(keywordTablesFile(moved)).not.toBe(keywordTablesFile(keywords));
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
    writeFileSync(path.join(empty, keywordTablesFile(keywords)), blob.subarray(0, 100));
    const t = keywordTables(keywords, empty);
    expect(t.tables.delta).toEqual(built.tables.delta);
  });
});
