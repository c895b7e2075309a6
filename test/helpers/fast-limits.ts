import type { DispatcherLimits } from '../../src/slack/dispatcher';

/** Dispatcher limits fast enough for tests (the real ones pace 1 post/s per channel). */
export const FAST_LIMITS: Partial<DispatcherLimits> = {
  postsPerSec: 20,
  postBurst: 1,
  updatesPerSec: 20,
  updateBurst: 1,
  globalPerSec: 1000,
  maxAttempts: 5,
  maxRetryMs: 4_000,
};
