import type { Rng9 } from './blind-set-9-rng';

/** An ISO timestamp in early December 2026. */
export const ts = (r: Rng9): string =>
  `2026-12-0${r.int(1, 5)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;

/** A Datadog-style trace id. */
export const traceId = (r: Rng9): string => String(r.int(1, 9)) + r.digits(18);

/** A log level. */
export const level = (r: Rng9): string => r.pick(['ERROR', 'WARN', 'INFO', 'DEBUG', 'error', 'warn']);

/** A device description. */
export const device = (r: Rng9): { model: string; os: string } =>
  r.pick([
    { model: 'iPhone15,3', os: 'iOS 18.1.1' },
    { model: 'iPhone14,7', os: 'iOS 17.6' },
    { model: 'SM-S918B', os: 'Android 14' },
    { model: 'Pixel 8 Pro', os: 'Android 15' },
    { model: 'iPad13,18', os: 'iPadOS 18.0' },
    { model: 'moto g84 5G', os: 'Android 13' },
  ]);

/** An app version. */
export const appVer = (r: Rng9): string => `${r.int(3, 9)}.${r.int(0, 30)}.${r.int(0, 9)} (${r.int(1000, 9999)})`;

/** Shuffles lines in place and returns them. */
export function shuffle<T>(r: Rng9, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** A service log prefix. */
export const prefix = (r: Rng9, svc: string): string => r.pick([`${ts(r)} ${level(r)} [${svc}]`, `[${ts(r)}] ${svc} ${level(r)}:`, `${level(r)} ${ts(r)} service=${svc} dd.trace_id=${traceId(r)}`]);

/** Keeps lines whose flag is true (optional fields). */
export const some = (r: Rng9, p: number, line: () => string): string[] => (r.next() < p ? [line()] : []);
