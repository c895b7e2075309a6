import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RulesHolder, RulesValidationError } from '../../../src/rules';
import { makeAlert } from './alert-factory';

const rulesFor = (channel: string) => `routes:\n  - match: { service: stripe-sync }\n    channel: "${channel}"\n`;

describe('RulesHolder', () => {
  let dir: string;
  let file: string;
  const logs: { level: string; msg: string; meta?: Record<string, unknown> }[] = [];
  const logger = {
    info: (msg: string, meta?: Record<string, unknown>) => logs.push({ level: 'info', msg, meta }),
    error: (msg: string, meta?: Record<string, unknown>) => logs.push({ level: 'error', msg, meta }),
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'herald-rules-'));
    file = join(dir, 'rules.yaml');
    logs.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start on a bad file', () => {
    writeFileSync(file, 'routes: nope\n');
    expect(() => new RulesHolder(file, logger)).toThrow(RulesValidationError);
  });

  it('reload swaps good rules and keeps the old ones on a bad file', () => {
    writeFileSync(file, rulesFor('#one'));
    const holder = new RulesHolder(file, logger);
    expect(holder.evaluate(makeAlert()).channels).toEqual(['#one']);

    writeFileSync(file, rulesFor('#two'));
    expect(holder.reload()).toEqual({ ok: true });
    expect(holder.evaluate(makeAlert()).channels).toEqual(['#two']);

    writeFileSync(file, rulesFor('Not A Channel'));
    const r = holder.reload();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/rules\.yaml:3:14 routes\[0\]\.channel: bad channel/);
    expect(holder.evaluate(makeAlert()).channels).toEqual(['#two']);
    expect(logs.at(-1)).toMatchObject({ level: 'error', msg: expect.stringMatching(/keeping the previous rules/) });

    rmSync(file);
    expect(holder.reload().ok).toBe(false);
    expect(holder.evaluate(makeAlert()).channels).toEqual(['#two']);
  });

  it('watch() reloads on change, ignores a bad version, and stops', async () => {
    writeFileSync(file, rulesFor('#one'));
    const holder = new RulesHolder(file, logger, { pollMs: 20, debounceMs: 20 });
    const stop = holder.watch();
    const waitFor = async (pred: () => boolean) => {
      for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
      return pred();
    };
    try {
      writeFileSync(file, rulesFor('#watched'));
      expect(await waitFor(() => holder.evaluate(makeAlert()).channels[0] === '#watched')).toBe(true);

      writeFileSync(file, 'routes: [\n');
      expect(await waitFor(() => logs.some((l) => l.level === 'error'))).toBe(true);
      expect(holder.evaluate(makeAlert()).channels).toEqual(['#watched']);
    } finally {
      stop();
    }
    writeFileSync(file, rulesFor('#after-stop-longer-name'));
    await new Promise((r) => setTimeout(r, 150));
    expect(holder.evaluate(makeAlert()).channels).toEqual(['#watched']);
  });
});
