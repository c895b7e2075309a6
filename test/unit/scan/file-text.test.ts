import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText } from '../../../src/cli/file-text';
import { rng } from './generators';

const dir = mkdtempSync(path.join(tmpdir(), 'herald-file-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(file: string, range?: { start?: number; end?: number }): Promise<string[]> {
  const pieces: string[] = [];
  for await (const p of fileText(file, range)) pieces.push(p);
  return pieces;
}

describe('fileText', () => {
  it('returns the file as UTF-8 in pieces, multi-byte characters split between reads decoded whole', async () => {
    const r = rng(7);
    const alphabet = ['a', 'Z', '9', ' ', '\n', 'é', '€', '😀', 'ß', '漢'];
    let text = '';
    while (text.length < 300_000) text += r.pick(alphabet);
    const file = path.join(dir, 'mixed.txt');
    writeFileSync(file, text);
    const pieces = await read(file);
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.join('')).toBe(text);
    expect(pieces.some((p) => p.includes('\uFFFD'))).toBe(false);
  });

  it('returns an ASCII file byte for byte, and nothing for an empty file', async () => {
    const file = path.join(dir, 'ascii.txt');
    const text = 'line 1\n'.repeat(30_000);
    writeFileSync(file, text);
    expect((await read(file)).join('')).toBe(text);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    expect(await read(path.join(dir, 'empty.txt'))).toEqual([]);
  });

  it('ends a piece at a line end when one is near, and cuts inside a long line where the read ends', async () => {
    const r = rng(11);
    let text = '';
    while (text.length < 400_000) text += r.pick(['a', 'é', '€', ' ', 'x']).repeat(r.int(1, 20)) + (r.int(0, 9) === 0 ? '\n' : '');
    text += 'z'.repeat(200_000) + '\n' + 'tail without a newline';
    const file = path.join(dir, 'lines.txt');
    writeFileSync(file, text);
    const pieces = await read(file);
    expect(pieces.join('')).toBe(text);
    const long = text.indexOf('z'.repeat(200_000));
    let at = 0;
    for (const p of pieces.slice(0, -1)) {
      at += p.length;
      // Short lines: every piece ends one; in the long line, pieces end where the reads do (64 KiB).
      if (at <= long) expect(p.endsWith('\n')).toBe(true);
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(96 << 10);
    }
    expect(pieces.filter((p) => !p.endsWith('\n')).length).toBeGreaterThanOrEqual(3);
  });

  it('reads a byte range, multi-byte characters split between reads decoded whole', async () => {
    const r = rng(12);
    const lines: string[] = [];
    while (lines.length < 20_000) lines.push(r.pick(['plain line', 'käse € 100', '😀😀 ok', '漢字 x']).repeat(r.int(1, 6)));
    const text = lines.join('\n') + '\n';
    const file = path.join(dir, 'range.txt');
    writeFileSync(file, text);
    const buf = Buffer.from(text);
    const from = buf.indexOf(10, 70_000) + 1;
    const to = buf.indexOf(10, 300_001) + 1;
    expect((await read(file, { start: from, end: to })).join('')).toBe(buf.toString('utf8', from, to));
    expect((await read(file, { start: to })).join('')).toBe(buf.toString('utf8', to));
    expect(await read(file, { start: from, end: from })).toEqual([]);
  });

  it('reads a file of several 1 MiB blocks: pieces of at most 96 KiB, each ending a line where one ends near, characters whole', async () => {
    const r = rng(13);
    const parts: string[] = [];
    const shortLines = (bytes: number): void => {
      for (let size = 0; size < bytes; ) {
        const line = r.pick(['plain ', 'käse € ', '😀 ', 'x']).repeat(r.int(1, 40));
        parts.push(line);
        size += Buffer.byteLength(line) + 1;
      }
    };
    // Short lines, a line longer than a block, short lines, a line longer than a piece, short lines.
    shortLines(1_500_000);
    parts.push('é'.repeat(700_000));
    shortLines(1_200_000);
    parts.push('漢y'.repeat(40_000));
    shortLines(900_000);
    const text = parts.join('\n');
    const file = path.join(dir, 'blocks.txt');
    writeFileSync(file, text);
    const pieces = await read(file);
    expect(pieces.join('')).toBe(text);
    expect(pieces.some((p) => p.includes('\uFFFD'))).toBe(false);
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(96 << 10);
    // Where lines are short, every piece but the last ends one.
    const short = pieces.filter((p) => !/(?:é|漢y){2000}/.test(p));
    expect(short.length).toBeGreaterThan(20);
    for (const p of short.slice(0, -1)) expect(p.endsWith('\n')).toBe(true);
  });
});
