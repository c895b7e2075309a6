import type { BlindSetShape } from './blind-set-measure';
import { APM61 } from './blind-set-61-apm';
import { CREDS61 } from './blind-set-61-creds';
import { FIN61 } from './blind-set-61-fin';
import { NEG61 } from './blind-set-61-neg';
import { SENTRY61 } from './blind-set-61-sentry';
import { TRACKERS61 } from './blind-set-61-trackers';
import { Ctx61, type Planted61 } from './blind-set-61-values';

/** Every positive template of blind set 61. */
export const POSITIVE_TEMPLATES61 = [...SENTRY61, ...TRACKERS61, ...APM61, ...CREDS61, ...CREDS61.map((t) => ({ id: `${t.id}-b`, make: t.make })), ...FIN61, ...FIN61.map((t) => ({ id: `${t.id}-b`, make: t.make }))];

/**
 * Blind set 61: error trackers' events (Sentry, Rollbar, Bugsnag, Honeybadger, Airbrake, Raygun, Datadog,
 * New Relic, Elastic APM) of services calling payment, CRM, messaging, identity, cloud and AI providers.
 * Each case is seeded from `61:<seed>:<case id>`; templates repeat with fresh values until the set is large enough.
 */
export function buildBlindSet61(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted61[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  let values = 0;
  for (let rep = 0; positives.length < 470 || values < 1500; rep++) {
    for (const t of POSITIVE_TEMPLATES61) {
      const id = `${t.id}#${rep}`;
      const c = new Ctx61(`61:${seed}:${id}`);
      const text = t.make(c);
      positives.push({ id, text, values: c.values });
      values += c.values.length;
    }
  }
  for (let rep = 0; negatives.length < 170; rep++) {
    for (const [nid, make] of NEG61) {
      const id = `${nid}#${rep}`;
      negatives.push({ id, text: make(new Ctx61(`61:${seed}:${id}`)) });
    }
  }
  return { positives, negatives };
}
