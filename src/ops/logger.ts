import { Writable } from 'node:stream';
import winston from 'winston';

/** The logger every stage takes: winston's, narrowed to what Herald uses. */
export type Logger = winston.Logger;

/** Options for createLogger. */
export interface LoggerOptions {
  level?: string;
  /** A format that redacts secrets (the scanner's); applied to every line, last. */
  redact?: winston.Logform.Format;
  /** Where lines go; default stdout. Tests pass a function to capture them. */
  sink?: (line: string) => void;
  /** Static fields on every line (e.g. role). */
  defaultMeta?: Record<string, unknown>;
}

/**
 * Structured JSON logs (one object per line) with a redaction pass on every line written.
 * A line below the level costs nothing: winston runs the whole format chain (the redaction
 * pass included) before its transports filter by level, so the level is checked first, in
 * the level methods (`logger.debug(…)` returns at once) and as the first format (`log(level, …)`).
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const self: { logger?: Logger } = {};
  const enabled = winston.format((info) => (!self.logger || self.logger.isLevelEnabled(info.level) ? info : false))();
  const formats = [enabled, winston.format.timestamp(), winston.format.errors({ stack: false })];
  if (opts.redact) formats.push(opts.redact);
  formats.push(winston.format.json());
  const sink = opts.sink;
  const transport = sink
    ? new winston.transports.Stream({
        stream: new Writable({
          write(chunk, _enc, cb) {
            sink(String(chunk).trimEnd());
            cb();
          },
        }),
      })
    : new winston.transports.Console();
  const logger = winston.createLogger({
    level: opts.level ?? 'info',
    format: winston.format.combine(...formats),
    defaultMeta: opts.defaultMeta,
    transports: [transport],
  });
  self.logger = logger;
  skipDisabledLevels(logger);
  return logger;
}

/** Make each level method (`info`, `debug`, …) return at once when its level is off. */
function skipDisabledLevels(logger: Logger): void {
  const methods = logger as unknown as Record<string, (...args: unknown[]) => Logger>;
  for (const level of Object.keys(logger.levels)) {
    const write = methods[level];
    if (typeof write !== 'function') continue;
    methods[level] = function (this: Logger | undefined, ...args: unknown[]): Logger {
      const target = this ?? logger;
      return target.isLevelEnabled(level) ? write.apply(target, args) : target;
    };
  }
}

/** Describe an error for a log line without leaking request details (no headers, no bodies). */
export function errorMeta(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    const out: Record<string, unknown> = { error: e.message, errorName: e.name };
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') out.errorCode = code;
    return out;
  }
  return { error: String(e) };
}
