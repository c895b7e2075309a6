import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanStream, type LocatedFinding } from '../../../src/cli/scan-stream';
import { createScanner } from '../../../src/scan';
import { cleanLine, rng, SAMPLES } from './generators';

/** A text of clean lines with values of every sample kind and multi-line PEM keys and YAML block secrets among them. */
function corpus(seed: number): string {
  const r = rng(seed);
  const kinds = Object.keys(SAMPLES);
  const lines: string[] = [];
  for (let i = 0; i < 600; i++) {
    if (i % 7 === 3) {
      const [b, v, a] = SAMPLES[r.pick(kinds)]!(r);
      lines.push(b + v + a);
    } else if (i % 97 === 50) lines.push(`key:\n-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(2)}\n${'BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj'.repeat(2)}\n-----END PRIVATE KEY-----`);
    else if (i % 89 === 40) lines.push(`api_token: |\n  ${r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 32)}`); // a shorter span than a PEM block's
    else lines.push(cleanLine(r));
  }
  return lines.join('\n') + '\n';
}

async function streamed(text: string, chunk: number, overlap: number, piece: number): Promise<{ found: LocatedFinding[]; red: string }> {
  const found: LocatedFinding[] = [];
  let red = '';
  const pieces = Array.from({ length: Math.ceil(text.length / piece) }, (_, i) => text.slice(i * piece, (i + 1) * piece));
  await scanStream(Readable.from(pieces), createScanner({ cleanTexts: false }), { findings: (fs) => void found.push(...fs), text: (s) => void (red += s) }, { chunk, overlap, redact: true });
  return { found, red };
}

describe('scanStream', () => {
  it.each([
    [150, 1024, 61], // rounds shorter than a PEM block: its keyword's line is carried until its span fits
    [700, 1024, 97],
    [4096, 1024, 777],
    [20000, 2048, 4096],
    [1 << 20, 1 << 16, 65536],
  ])('finds what a scan of the whole text finds, once each, with lines and columns (chunk %i, overlap %i)', async (chunk, overlap, piece) => {
    const text = corpus(chunk);
    const scanner = createScanner({ cleanTexts: false });
    const whole = scanner.redact(text);
    const { found, red } = await streamed(text, chunk, overlap, piece);
    expect(found.map((f) => [f.detector, f.start, f.end])).toEqual(whole.findings.map((f) => [f.detector, f.start, f.end]));
    expect(red).toBe(whole.text);
    for (const f of found) {
      const before = text.slice(0, f.start);
      expect(f.line).toBe(before.split('\n').length);
      expect(f.column).toBe(f.start - (before.lastIndexOf('\n') + 1) + 1);
    }
    expect(found.some((f) => f.detector === 'private-key')).toBe(true);
    expect(found.some((f) => f.detector === 'yaml-block-secret')).toBe(true);
  });
});
