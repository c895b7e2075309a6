import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { AWS59 } from './blind-set-59-aws';
import { AZURE59 } from './blind-set-59-azure';
import { DD59 } from './blind-set-59-dd';
import { EDGE59 } from './blind-set-59-edge';
import { EXTRA59 } from './blind-set-59-extra';
import { GCP59 } from './blind-set-59-gcp';
import { Gen59, type NegTpl59, type Planted59, type Tpl59 } from './blind-set-59-gen';
import { K8S59 } from './blind-set-59-k8s';
import { NEG_A59 } from './blind-set-59-neg-a';
import { NEG_B59 } from './blind-set-59-neg-b';
import { PAAS59 } from './blind-set-59-paas';

/** Every positive template of set 59, by platform. */
export const POSITIVE_TEMPLATES59: readonly Tpl59[] = [...AWS59, ...K8S59, ...GCP59, ...AZURE59, ...PAAS59, ...EDGE59, ...DD59, ...EXTRA59];
const DENSE = new Set(EXTRA59.map((t) => t.id));
/** Every negative template of set 59. */
export const NEGATIVE_TEMPLATES59: readonly NegTpl59[] = [...NEG_A59, ...NEG_B59];

/** Log-record templates are written 3 times; the credential- and bank-dense config/CLI templates 6 times. */
const POS_REPS = 3;
const DENSE_REPS = 6;
const NEG_REPS = 4;

const genFor = (seed: number, id: string): Gen59 => new Gen59(new Rng9(hash9(`59:${seed}:${id}`)));

/**
 * Sealed blind set 59: cloud platforms' logs of integration services as Datadog ingests them (AWS CloudWatch,
 * Kubernetes, GCP Cloud Logging, Azure, Heroku, Vercel, Netlify, Cloudflare Workers, Fly.io, Render, Datadog
 * envelopes). Each template is written `POS_REPS` (`DENSE_REPS`)/`NEG_REPS` times with fresh values, each case seeded from
 * `59:<seed>:<case id>`.
 */
export function buildBlindSet59(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted59[] }[] = [];
  for (const t of POSITIVE_TEMPLATES59) {
    for (let k = 1; k <= (DENSE.has(t.id) ? DENSE_REPS : POS_REPS); k++) {
      const id = `${t.id}-${k}`;
      const g = genFor(seed, id);
      const text = t.f(g);
      positives.push({ id, text, values: g.values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of NEGATIVE_TEMPLATES59) {
    for (let k = 1; k <= NEG_REPS; k++) {
      const id = `${t.id}-${k}`;
      const g = genFor(seed, id);
      const text = t.f(g);
      if (g.values.length > 0) throw new Error(`negative ${id} planted a value`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
