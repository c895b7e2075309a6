import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScanCommand } from '../../../src/cli/scan-command';

function io(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    io: {
      stdin: Readable.from([Buffer.from(stdin)]),
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: no such file '${p}'`);
        return files[p]!;
      },
    },
  };
}

const LOG = 'INFO all good\nERROR charge failed for jane@example.com key=sk_live_4eC39HqLyjWDarjtT1zdp7dc\nINFO done\n';

describe('herald scan', () => {
  it('--json prints one object per finding with line-relative offsets and exits 1', async () => {
    const t = io({ 'app.log': LOG });
    expect(await runScanCommand(['--json', 'app.log'], t.io)).toBe(1);
    const rows = t.out.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(2);
    const line2 = LOG.split('\n')[1]!;
    for (const row of rows) {
      expect(row['line']).toBe(2);
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['line', 'start', 'end', 'detector', 'category', 'severity', 'masked']));
    }
    expect(rows.map((r) => r['detector'])).toEqual(['email', 'stripe-secret-key']);
    expect(line2.slice(rows[0]!['start'] as number, rows[0]!['end'] as number)).toBe('jane@example.com');
    expect(line2.slice(rows[1]!['start'] as number, rows[1]!['end'] as number)).toBe('sk_live_4eC39HqLyjWDarjtT1zdp7dc');
    expect(t.out.join('')).not.toContain('sk_live_4eC39');
  });

  it('prints a report and the redacted text without --json', async () => {
    const t = io({ 'app.log': LOG });
    expect(await runScanCommand(['app.log'], t.io)).toBe(1);
    const text = t.out.join('');
    expect(text).toContain('2 findings');
    expect(text).toContain('stripe-secret-key');
    expect(text).toContain('ERROR charge failed for [REDACTED:email] key=[REDACTED:stripe-secret-key]');
    expect(text).not.toContain('jane@example.com');
  });

  it('reads stdin with - and exits 0 when nothing is found', async () => {
    const t = io({}, 'INFO synced 42 records trace_id=4815162342108153427\n');
    expect(await runScanCommand(['--json', '-'], t.io)).toBe(0);
    expect(t.out.join('')).toBe('');
    const u = io({}, 'nothing here\n');
    expect(await runScanCommand(['-'], u.io)).toBe(0);
    expect(u.out.join('')).toContain('No sensitive data found.');
  });

  it.each([[[]], [['--json']], [['a', 'b']], [['--frobnicate', 'a']]])('exits 2 on usage error %j', async (argv) => {
    const t = io({ a: '', b: '' });
    expect(await runScanCommand(argv as string[], t.io)).toBe(2);
    expect(t.err.join('')).toContain('usage: herald scan');
  });

  it('exits 2 when the file cannot be read', async () => {
    const t = io({});
    expect(await runScanCommand(['missing.log'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('cannot read missing.log');
  });
});
