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
    // Correctness, not speed: small chunks mean many rounds; the default 30 s is too close on a loaded machine.
  }, 180_000);
});

describe('scanStream across a round cut inside a multi-line record', () => {
  // A BAI2 file: its keyword is on the line before the records, the account on the 03 record line
  // below, and a line between holds the keyword of another multi-line detector (`account`, read as
  // a CSV header for thousands of characters). When a round ends past the BAI2 keyword's reach but
  // within `account`'s, the round is cut at the `account` line, after the BAI2 keyword: the next
  // round must still hold that keyword (as context), or the account number is lost (it was).
  const bai2 = (acct: string): string =>
    `BAI2 import failed\n2026-12-05T10:00:00Z INFO reconciling account batch 7\n01,021000021,ACMEBANK,261124,0200,1,,,2/\n02,ACMECORP,021000021,1,261123,2400,,2/\n03,${acct},USD,010,500000,,/\n16,195,12000,Z,,/\n`;
  const filler = (n: number, v: number): string =>
    Array.from({ length: n }, (_, i) => `2026-12-05T10:00:${String(i % 60).padStart(2, '0')}Z INFO worker ${v}: job ${i} done in ${i * 7 + v} ms`).join('\n') + '\n';
  it.each([0, 1, 2, 3])('finds every account a whole-text scan finds, wherever the rounds end (variant %i)', async (v) => {
    const scanner = createScanner({ cleanTexts: false });
    for (let pad = 0; pad < 12; pad++) {
      const text = filler(2 + pad, v) + bai2(`29186474${String(10 + pad + v * 12).padStart(2, '0')}`) + filler(40, v);
      const whole = scanner.scan(text).map((f) => [f.detector, f.start, f.end]);
      expect(whole.some(([d]) => d === 'bai2-account-record'), 'the whole text has the account').toBe(true);
      for (const chunk of [900, 1000, 1100, 1200, 1300]) {
        const found: LocatedFinding[] = [];
        const pieces = text.match(/[\s\S]{1,53}/g)!;
        await scanStream(Readable.from(pieces), scanner, { findings: (fs) => void found.push(...fs) }, { chunk: chunk + v * 7, overlap: 64 });
        expect(found.map((f) => [f.detector, f.start, f.end]), `pad ${pad}, chunk ${chunk}`).toEqual(whole);
      }
    }
  });
});
