import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText } from '../../../src/cli/file-text';
import { rng } from './generators';

const dir = mkdtempSync(path.join(tmpdir(), 'herald-file-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(file: string): Promise<string[]> {
  const pieces: string[] = [];
  for await (const p of fileText(file)) pieces.push(p);
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
});
