import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS } from '../../../src/scan';

// The built CLI as a child process (npm test builds first).
const CLI = path.resolve(__dirname, '../../../dist/src/cli/herald.js');
const dir = mkdtempSync(path.join(tmpdir(), 'herald-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function herald(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, 'scan', ...args], { maxBuffer: 64 << 20 }, (e, out, err) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 99) : 0, out, err }),
    );
    child.stdin!.end(stdin);
  });
}

const STRIPE = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const PEM = ['-----BEGIN OPENSSH PRIVATE KEY-----', ...Array.from({ length: 6 }, (_, i) => `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${i}`), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
const LOG = `INFO all good\nERROR charge failed for jane@acme-corp.com key=${STRIPE}\nkey file:\n${PEM}\nINFO done\n`;
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('herald scan (built CLI)', () => {
  it('reports findings with file:line:column, exits 1 and never prints a raw value', async () => {
    const p = file('app.log', LOG);
    const r = await herald([p]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${p}:2:25  medium   personal       email`);
    expect(r.out).toContain(`${p}:2:48  critical credential     stripe-secret-key  sk_live_…p7dc`);
    expect(r.out).toContain(`${p}:4:1  critical credential     private-key`);
    expect(r.out).not.toContain(STRIPE);
    expect(r.out).not.toContain('b3BlbnNzaC1rZXkt');
  });

  it('--format json prints one object per finding with line, column and line-relative offsets', async () => {
    const p = file('app2.log', LOG);
    const r = await herald(['--format', 'json', p]);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    expect(rows.map((x) => x['detector'])).toEqual(['email', 'stripe-secret-key', 'private-key']);
    const line2 = LOG.split('\n')[1]!;
    expect(line2.slice(rows[1]!['start'] as number, rows[1]!['end'] as number)).toBe(STRIPE);
    expect(rows[2]).toMatchObject({ line: 4, column: 1, start: 0 });
  });

  it('--format sarif prints a SARIF 2.1.0 log with rules, levels and regions', async () => {
    const r = await herald(['--format', 'sarif', file('app3.log', LOG)]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as { $schema: string; version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((x) => x.id).sort()).toEqual(['email', 'private-key', 'stripe-secret-key']);
    expect(run.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.physicalLocation.region.startColumn])).toEqual([
      ['email', 'warning', 2, 25], ['stripe-secret-key', 'error', 2, 48], ['private-key', 'error', 4, 1],
    ]);
    expect(r.out).not.toContain(STRIPE);
  });

  it('--redact writes the redacted text to stdout (report on stderr) or to -o FILE', async () => {
    const p = file('app4.log', LOG);
    const r = await herald(['--redact', p]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('INFO all good\nERROR charge failed for [REDACTED:email] key=[REDACTED:stripe-secret-key]\nkey file:\n[REDACTED:private-key]\nINFO done\n');
    expect(r.err).toContain('stripe-secret-key');
    const o = path.join(dir, 'red.log');
    const s = await herald(['--redact', '-o', o, p]);
    expect(s.code).toBe(1);
    expect(readFileSync(o, 'utf8')).toBe(r.out);
    expect(s.out).toContain('private-key');
  });

  it('finds a PEM key that straddles the 1 MiB chunk boundary, at its line', async () => {
    const filler = 'INFO GET /healthz 200 in 3ms upstream=api-7d9f trace=4bf92f3577b34da6a3ce929d0e0e4736\n';
    const lines = Math.floor((1 << 20) / filler.length) - 2;
    const text = filler.repeat(lines) + PEM + '\n' + filler.repeat(20000);
    const r = await herald(['--format', 'json', file('big.log', text)]);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual([expect.objectContaining({ detector: 'private-key', line: lines + 1, column: 1 })]);
  });

  it('reads stdin with - and exits 0 when no leak is found (example data and private addresses are no leak)', async () => {
    const r = await herald(['-'], 'INFO synced 42 records trace_id=4815162342108153427 from 10.0.0.7 for user@example.com\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('example');
    expect(r.out).toContain('No leaks found.');
  });

  it('--list-detectors prints every detector with category, severity and description', async () => {
    const r = await herald(['--list-detectors']);
    expect(r.code).toBe(0);
    for (const d of DEFAULT_DETECTORS) expect(r.out).toMatch(new RegExp(`^${d.id} +${d.category} +${d.severity} +${d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it.each([[[]], [['--format', 'xml', 'a']], [['--frobnicate', 'a']], [['-o', 'x', 'a']]])('exits 2 on usage error %j', async (argv) => {
    const r = await herald(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: herald scan');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await herald(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: herald scan');
  });

  it('exits 2 when a file cannot be read', async () => {
    const r = await herald([path.join(dir, 'missing.log')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read');
  });
});
