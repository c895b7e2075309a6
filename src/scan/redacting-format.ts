import winston from 'winston';
import type { Scanner } from './create-scanner';

const MESSAGE = Symbol.for('message');
const SPLAT = Symbol.for('splat');

/** Options for `redactingFormat`. */
export interface RedactingFormatOptions {
  /** How deep nested metadata is followed (default 8); deeper values become `[Truncated]`. */
  maxDepth?: number;
}

function redactDeep(scanner: Scanner, v: unknown, depth: number, max: number, seen: WeakSet<object>): unknown {
  if (typeof v === 'string') return v.length ? scanner.redact(v).text : v;
  if (v === null || typeof v !== 'object') return v;
  if (depth >= max) return '[Truncated]';
  if (seen.has(v)) return '[Circular]';
  seen.add(v);
  if (Array.isArray(v)) return v.map((x) => redactDeep(scanner, x, depth + 1, max, seen));
  if (v instanceof Error) {
    const e = new Error(scanner.redact(v.message).text);
    e.name = v.name;
    e.stack = v.stack === undefined ? undefined : scanner.redact(v.stack).text;
    return e;
  }
  if (v instanceof Date || Buffer.isBuffer(v) || v instanceof Map || v instanceof Set) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[scanner.redact(k).text] = redactDeep(scanner, x, depth + 1, max, seen);
  return out;
}

/**
 * A winston format that redacts every string in a log entry (message and metadata,
 * recursively, bounded depth, also the splat and an already-rendered message): the last
 * line of defence so that no secret reaches the logs. Put it before the final format.
 */
export function redactingFormat(scanner: Scanner, opts: RedactingFormatOptions = {}): winston.Logform.Format {
  const max = opts.maxDepth ?? 8;
  return winston.format((info) => {
    const rec = info as unknown as Record<string | symbol, unknown>;
    const seen = new WeakSet<object>();
    for (const key of Object.keys(rec)) {
      if (key === 'level') continue;
      rec[key] = redactDeep(scanner, rec[key], 0, max, seen);
    }
    if (typeof rec[MESSAGE] === 'string') rec[MESSAGE] = scanner.redact(rec[MESSAGE]).text;
    if (Array.isArray(rec[SPLAT])) rec[SPLAT] = redactDeep(scanner, rec[SPLAT], 0, max, seen);
    return info;
  })();
}
