import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { CLOUD_JOBS58 } from './blind-set-58-cloud-jobs';
import { CONFIG58 } from './blind-set-58-config';
import { Ctx58, type Named58, type Planted58 } from './blind-set-58-ctx';
import { HOOKS58 } from './blind-set-58-hooks';
import { HTTP_CLI58 } from './blind-set-58-http-cli';
import { HTTP_LIB58 } from './blind-set-58-http-lib';
import { NEG_HTTP58 } from './blind-set-58-neg-http';
import { NEG_JOBS58 } from './blind-set-58-neg-jobs';
import { NODE_NET_JOBS58 } from './blind-set-58-node-net-jobs';
import { PAYOUTS58 } from './blind-set-58-payouts';
import { PY_JOBS58, RUBY_JOBS58 } from './blind-set-58-ruby-py-jobs';

/** Every positive template of set 58 with its repetitions (configuration and payout records carry most credentials and financial values). */
export const POSITIVES58: { reps: number; tpls: Named58[] }[] = [
  { reps: 3, tpls: [...RUBY_JOBS58, ...PY_JOBS58, ...NODE_NET_JOBS58, ...CLOUD_JOBS58, ...HTTP_CLI58, ...HTTP_LIB58, ...HOOKS58] },
  { reps: 6, tpls: CONFIG58 },
  { reps: 8, tpls: PAYOUTS58 },
];
/** Every negative template of set 58. */
export const NEGATIVES58: Named58[] = [...NEG_JOBS58, ...NEG_HTTP58];

const NEG_REPS = 4;
const TRIES = 40;

/** True when every value sits in the text and each value of six characters or fewer occurs once. */
const wellPlaced = (text: string, values: readonly Planted58[]): boolean =>
  values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));

/**
 * Renders one case from its own stream seeded from `58:<seed>:<case id>`; when a short value
 * happens to occur twice, the next stream (`…:<id>:<try>`) is drawn, so the result stays a pure
 * function of the seed.
 */
function render(seed: number, id: string, t: Named58['t']): { text: string; values: Planted58[] } {
  for (let k = 0; k < TRIES; k++) {
    const c = new Ctx58(new Rng9(hash9(k === 0 ? `58:${seed}:${id}` : `58:${seed}:${id}:${k}`)));
    const text = t(c);
    if (wellPlaced(text, c.values)) return { text, values: c.values };
  }
  throw new Error(`blind set 58: ${id} never renders well formed`);
}

/**
 * Sealed blind set 58: background-job systems (Sidekiq, Resque, Celery, RQ, BullMQ, Hangfire,
 * Temporal, Lambda with SQS/SNS/EventBridge, Cloud Tasks/Pub/Sub, Azure Functions/Service Bus)
 * logging arguments, retries and dead letters of API calls, HTTP clients' wire and debug logs,
 * webhook deliveries and OAuth exchanges. A pure function of the seed.
 */
export function buildBlindSet58(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted58[] }[] = [];
  for (const { reps, tpls } of POSITIVES58) {
    for (let k = 0; k < reps; k++) {
      for (const { id: name, t } of tpls) {
        const id = `${name}#${k}`;
        positives.push({ id, ...render(seed, id, t) });
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (let k = 0; k < NEG_REPS; k++) {
    for (const { id: name, t } of NEGATIVES58) {
      const id = `${name}#${k}`;
      const c = new Ctx58(new Rng9(hash9(`58:${seed}:${id}`)));
      const text = t(c);
      if (c.values.length > 0) throw new Error(`blind set 58: negative ${id} planted a value`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
