/** When a channel is in an alert storm and how the storm's digest behaves. */
export interface StormSettings {
  /** New incidents within `windowMs` that start a storm (the `threshold`-th one joins the digest). */
  threshold: number;
  /** Sliding window for counting new incidents, ms. */
  windowMs: number;
  /** Critical incidents that still get their own message per `criticalWindowMs` inside a storm. */
  criticalCap: number;
  /** A storm ends after this long without a new incident, ms. */
  quietPeriodMs: number;
  /** At most one chat.update of a digest per this many ms (default 2 s). */
  updateIntervalMs?: number;
  /** Window of the critical cap (default one minute). */
  criticalWindowMs?: number;
  /** How long a digest's membership and counts are kept after the storm (default 3 days). */
  retentionMs?: number;
}

/** Settings with every optional field filled in. */
export type ResolvedStormSettings = Required<StormSettings>;

/** Defaults: 10 new incidents in 60 s start a storm; 5 criticals a minute keep their own message. */
export const DEFAULT_STORM_SETTINGS: ResolvedStormSettings = Object.freeze({
  threshold: 10,
  windowMs: 60_000,
  criticalCap: 5,
  quietPeriodMs: 120_000,
  updateIntervalMs: 2_000,
  criticalWindowMs: 60_000,
  retentionMs: 3 * 24 * 3600_000,
});

/** Fill in defaults and validate; throws RangeError on a bad value. */
export function resolveStormSettings(s: Partial<StormSettings> = {}): ResolvedStormSettings {
  const out: ResolvedStormSettings = { ...DEFAULT_STORM_SETTINGS };
  for (const [k, v] of Object.entries(s) as [keyof StormSettings, number | undefined][]) {
    if (v !== undefined) out[k] = v;
  }
  for (const [k, v] of Object.entries(out)) {
    const min = k === 'criticalCap' ? 0 : 1;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
      throw new RangeError(`storm setting ${k} must be a number >= ${min}, got ${String(v)}`);
    }
  }
  out.threshold = Math.floor(out.threshold);
  out.criticalCap = Math.floor(out.criticalCap);
  return out;
}
