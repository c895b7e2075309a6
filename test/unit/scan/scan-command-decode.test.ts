import { randomBytes } from '../../helpers/seeded-random';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScanCommand } from '../../../src/cli/scan-command';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number): string => [...randomBytes(n)].map((b) => B62[b % 62]).join('');

/** Runs `herald scan - <args>` in-process on `text`; returns the exit code, stdout and stderr. */
async function scan(text: string, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runScanCommand([...args, '-'], { stdin: Readable.from([text]), stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stderrIsTTY: false });
  return { code, out, err };
}

describe('herald scan decodes escapes line by line, as ingest does', () => {
  const gh = `ghp_${b62(36)}`;
  const lines = [
    `INFO plain line`,
    `GET /cb?next=%2Fhome%3Ftoken%3Dghp%5F${gh.slice(4)} 302`,
    `{"msg":"https:\\/\\/hooks.slack.com\\/services\\/T${b62(8).toUpperCase()}\\/B${b62(10).toUpperCase()}\\/${b62(24)}"}`,
    `{"cfg":"\\u0070assword\\u003d${b62(12)}9!"}`,
  ];

  it('finds values written with percent, JSON and \\u escapes and redacts the escaped spans', async () => {
    const text = lines.join('\n') + '\n';
    const r = await scan(text, ['--format', 'json']);
    expect(r.code).toBe(1);
    const found = r.out.trim().split('\n').map((l) => JSON.parse(l) as { line: number; detector: string });
    expect(new Set(found.map((f) => f.line))).toEqual(new Set([2, 3, 4]));
    const red = await scan(text, ['--redact']);
    expect(red.out).toContain('INFO plain line');
    expect(red.out).not.toContain(gh.slice(4));
    expect(red.out.split('\n')[2]).toMatch(/REDACTED/);
    expect(red.out.split('\n')[3]).toMatch(/REDACTED/);
  });

  it('text that only looks escaped finds nothing', async () => {
    const r = await scan('INFO 50% done, path C:\\\\tmp ok\n');
    expect(r.code).toBe(0);
  });
});
