import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/ops/logger';

/** A logger at `level` whose redaction format counts the lines it sees. */
function harness(level: string) {
  const lines: Record<string, unknown>[] = [];
  let redacted = 0;
  const redact = winston.format((info) => (redacted++, info))();
  const logger = createLogger({ level, redact, sink: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { logger, lines, redacted: () => redacted };
}

describe('createLogger', () => {
  it('a line below the level is neither written nor run through the formats (no redaction pass)', () => {
    const h = harness('info');
    h.logger.debug('quiet', { big: 'x'.repeat(1000) });
    h.logger.log('debug', 'quiet too', { a: 1 });
    expect(h.lines).toEqual([]);
    expect(h.redacted()).toBe(0);
    h.logger.info('loud', { a: 1 });
    h.logger.log('warn', 'louder');
    expect(h.lines.map((l) => [l.level, l.message])).toEqual([
      ['info', 'loud'],
      ['warn', 'louder'],
    ]);
    expect(h.redacted()).toBe(2);
  });

  it('follows a level changed at run time, also for child loggers', () => {
    const h = harness('info');
    h.logger.level = 'debug';
    h.logger.child({ part: 'x' }).debug('now visible');
    expect(h.lines).toEqual([expect.objectContaining({ level: 'debug', message: 'now visible', part: 'x' })]);
    h.logger.level = 'error';
    h.logger.warn('hidden');
    expect(h.lines).toHaveLength(1);
  });
});
