/** Rate and retry limits of the Slack dispatcher. */
export interface DispatcherLimits {
  /** chat.postMessage per second, per channel (Slack: about 1). */
  postsPerSec: number;
  /** Posts a channel may send back to back before pacing starts. */
  postBurst: number;
  /** chat.update (and chat.postEphemeral) per second, per channel. */
  updatesPerSec: number;
  /** Updates a channel may send back to back before pacing starts. */
  updateBurst: number;
  /** All queued channel writes per second across the workspace (burst: one second's worth). */
  globalPerSec: number;
  /** Attempts per call, the first included (429s count too). */
  maxAttempts: number;
  /** Longest time a call keeps retrying, from its first attempt. */
  maxRetryMs: number;
}

/** Slack's documented limits, with a little headroom (posts at 0.95/s: arrival jitter at exactly 1/s draws 429s). */
export const DEFAULT_LIMITS: DispatcherLimits = Object.freeze({
  postsPerSec: 0.95,
  postBurst: 3,
  updatesPerSec: 2,
  updateBurst: 5,
  globalPerSec: 20,
  maxAttempts: 5,
  maxRetryMs: 30_000,
});

/** Merge overrides into the defaults; throws on a non-positive or non-finite value. */
export function resolveLimits(overrides: Partial<DispatcherLimits> = {}): DispatcherLimits {
  const limits: DispatcherLimits = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(overrides) as [keyof DispatcherLimits, number | undefined][]) {
    if (v !== undefined) limits[k] = v;
  }
  for (const [k, v] of Object.entries(limits)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(`dispatcher limit ${k} must be a positive number, got ${String(v)}`);
    }
  }
  if (limits.postBurst < 1 || limits.updateBurst < 1) {
    throw new RangeError('dispatcher bursts must be at least 1');
  }
  limits.maxAttempts = Math.floor(limits.maxAttempts);
  if (limits.maxAttempts < 1) throw new RangeError('dispatcher maxAttempts must be at least 1');
  return limits;
}
