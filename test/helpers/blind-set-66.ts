import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { EGRESS66 } from './blind-set-66-egress';
import { GATEWAY66 } from './blind-set-66-gateway';
import { GRAPHQL66 } from './blind-set-66-graphql';
import { GRPC66 } from './blind-set-66-grpc';
import { INTERNAL66 } from './blind-set-66-internal';
import { MESH66 } from './blind-set-66-mesh';
import { NEGATIVES66 } from './blind-set-66-negatives';
import { PAYMENTS66 } from './blind-set-66-payments';
import { VALIDATION66 } from './blind-set-66-validation';
import { Gen66, type Tpl66, type Value66 } from './blind-set-66-values';

/** The positive templates by source. */
export const SOURCES66: Record<string, Tpl66[]> = {
  grpc: GRPC66,
  graphql: GRAPHQL66,
  mesh: MESH66,
  gateway: GATEWAY66,
  validation: VALIDATION66,
  internal: INTERNAL66,
  egress: EGRESS66,
  payments: PAYMENTS66,
};

/** Draws per template of each source (more for the credential- and financial-dense sources). */
const DRAWS: Record<string, number> = { grpc: 5, graphql: 5, mesh: 5, gateway: 5, validation: 4, internal: 6, egress: 10, payments: 10 };
const NEG_DRAWS = 4;

/**
 * Sealed blind set 66: internal APIs, API gateways and service mesh as their errors reach an alert.
 * Every case is drawn from its own stream (`hash9` of seed and id), so the set is a function of the seed.
 */
export function buildBlindSet66(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Value66[] }[] = [];
  for (const [source, tpls] of Object.entries(SOURCES66)) {
    tpls.forEach((tpl, t) => {
      for (let k = 0; k < (DRAWS[source] ?? 5); k++) {
        const id = `66-${source}/${t}-${k}`;
        const g = new Gen66(new Rng9(hash9(`${seed}:${id}`)));
        const text = tpl(g);
        positives.push({ id, text, values: g.taken });
      }
    });
  }
  const negatives: { id: string; text: string }[] = [];
  NEGATIVES66.forEach((tpl, t) => {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const id = `66-neg/${t}-${k}`;
      const g = new Gen66(new Rng9(hash9(`${seed}:${id}`)));
      const text = tpl(g);
      if (g.taken.length > 0) throw new Error(`${id}: a negative drew a sensitive value`);
      negatives.push({ id, text });
    }
  });
  return { positives, negatives };
}
