import { Writable } from 'node:stream';
import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { createScanner, redactingFormat } from '../../../src/scan';

const KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

function logger() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  const log = winston.createLogger({
    format: winston.format.combine(redactingFormat(createScanner()), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  });
  return { log, lines };
}

describe('redactingFormat', () => {
  it('redacts the message and nested metadata, recursively, including errors and arrays', () => {
    const { log, lines } = logger();
    const meta = { user: { email: 'jane@example.com', tags: ['ok', `key=${KEY}`] }, err: new Error(`boom ${KEY}`), count: 3 };
    log.info(`charge failed for jane@example.com with ${KEY}`, meta);
    const out = lines.join('');
    expect(out).not.toContain(KEY);
    expect(out).not.toContain('jane@example.com');
    expect(out).toContain('[REDACTED:stripe-secret-key]');
    expect(out).toContain('"count":3');
    expect(meta.user.email).toBe('jane@example.com'); // caller's objects are not mutated
  });

  it('survives circular and very deep metadata', () => {
    const { log, lines } = logger();
    const a: Record<string, unknown> = { email: 'jane@example.com' };
    a['self'] = a;
    let deep: Record<string, unknown> = { secret: `password=Summ3r!2026` };
    for (let i = 0; i < 20; i++) deep = { deep };
    log.warn('x', { a, deep });
    const out = lines.join('');
    expect(out).toContain('[Circular]');
    expect(out).toContain('[Truncated]');
    expect(out).not.toContain('jane@example.com');
    expect(out).not.toContain('Summ3r!2026');
  });
});
