import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';

// The built CLI as a child process (npm test builds first): --jobs 2 must print exactly what --jobs 1 prints.
const CLI = path.resolve(__dirname, '../../../dist/src/cli/herald.js');
const dir = mkdtempSync(path.join(tmpdir(), 'herald-scan-jobs-'));
const file = path.join(dir, 'service.log');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function herald(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'scan', ...args], { maxBuffer: 256 << 20 }, (e, out, err) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 99) : 0, out, err }),
    );
  });
}

const PEM_BODY = Array.from({ length: 14 }, (_, i) => `MIIEpAIBAAKCAQEA${i}x7Lq2Vw9Rt4Yp8Kd3Mn6Bz1Hc5Jf0Gs2Ua7Xe4Wk9Qo3Tv8Ny1`.slice(0, 64));
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', ...PEM_BODY, '-----END RSA PRIVATE KEY-----'].join('\n');

beforeAll(() => {
  // ~12 MB: nginx, JSON logs, stack traces, k8s events, SQL, a secret every 2,000 lines, some non-ASCII lines.
  const { text } = serviceLog(12 << 20, 7, 2000);
  const lines = text.split('\n');
  for (let i = 777; i < lines.length; i += 4000) lines[i] = `2026-12-03T10:00:00Z INFO café ☕ 用户 jöhn@acme-corp.com ${lines[i]}`;
  let out = lines.join('\n');
  // A PEM key across the 2 MiB mark: a piece boundary of --jobs and a round boundary of the stream.
  const at = out.indexOf('\n', (2 << 20) - 400) + 1;
  out = out.slice(0, at) + PEM + '\n' + out.slice(at);
  writeFileSync(file, out);
}, 60_000);

describe('herald scan --jobs 2 against --jobs 1 on a 12 MB log', () => {
  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`prints the same ${format} report byte for byte, with the same exit code`, async () => {
      const [one, two] = await Promise.all([herald(['--jobs', '1', '--format', format, file]), herald(['--jobs', '2', '--format', format, file])]);
      expect(one.err).toBe('');
      expect(one.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.out.length).toBeGreaterThan(1000);
      expect(two.out === one.out).toBe(true);
    }, 120_000);
  }

  it('finds the PEM key across the piece boundary, with its line', async () => {
    const { out } = await herald(['--jobs', '2', '--format', 'json', file]);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as { line: number; column: number; category: string; detector: string });
    const pemLine = readFileSync(file, 'utf8').split('\n').indexOf('-----BEGIN RSA PRIVATE KEY-----') + 1;
    expect(pemLine).toBeGreaterThan(1);
    expect(rows.some((r) => r.line === pemLine && r.column === 1)).toBe(true);
  }, 120_000);

  it('writes the same redacted text and report (--redact), and no PEM body line survives', async () => {
    const [one, two] = await Promise.all([herald(['--jobs', '1', '--redact', file]), herald(['--jobs', '2', '--redact', file])]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.err === one.err).toBe(true);
    expect(two.out.length).toBeGreaterThan(10 << 20);
    expect(two.out === one.out).toBe(true);
    for (const body of PEM_BODY) expect(two.out.includes(body)).toBe(false);
  }, 120_000);

  it('rejects a bad --jobs with exit 2', async () => {
    const r = await herald(['--jobs', '0', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jobs must be');
  });
});
