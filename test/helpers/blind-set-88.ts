import type { BlindSetShape } from './blind-set-measure';
import { finalize88 } from './blind-set-88-finalize';
import { NEG_A } from './blind-set-88-neg-a';
import { NEG_B } from './blind-set-88-neg-b';
import { Rng88 } from './blind-set-88-rng';
import { API_SOURCES } from './blind-set-88-src-api';
import { APP_SOURCES } from './blind-set-88-src-app';
import { CLOUD_SOURCES } from './blind-set-88-src-cloud';
import { DEV_SOURCES } from './blind-set-88-src-dev';
import { DOT_SOURCES } from './blind-set-88-src-dot';
import { INFRA_SOURCES } from './blind-set-88-src-infra';
import { MISC_SOURCES } from './blind-set-88-src-misc';
import { SEED_SOURCES } from './blind-set-88-src-people';
import { PKG_SOURCES } from './blind-set-88-src-pkg';
import { Case88, type NegativeCase88, type Positive88, type Source88 } from './blind-set-88-types';
import { WRAPS, wrapText } from './blind-set-88-wrap';

export const SOURCES_88: readonly Source88[] = [...PKG_SOURCES, ...CLOUD_SOURCES, ...INFRA_SOURCES, ...APP_SOURCES, ...DOT_SOURCES, ...DEV_SOURCES, ...API_SOURCES, ...SEED_SOURCES, ...MISC_SOURCES];
export const NEGATIVES_88 = [...NEG_A, ...NEG_B];

const POSITIVES = 500;
const NEGATIVES = 220;

/** A shuffled schedule of sources, each as often as its weight asks, so the mix varies little between seeds. */
function schedule(r: Rng88, n: number): Source88[] {
  const total = SOURCES_88.reduce((s, x) => s + (x.weight ?? 1), 0);
  const out: Source88[] = [];
  for (const s of SOURCES_88) for (let k = 0; k < Math.ceil(((s.weight ?? 1) * n) / total); k++) out.push(s);
  return r.shuffle(out).slice(0, n);
}

/**
 * Blind set 88: secrets and personal data in developer config files, dotfiles and repositories
 * as they reach an alert (500 positives over 37 sources, each wrapped raw, in Datadog markdown,
 * JSON-escaped once or twice, as a Slack attachment, per-line log prefixes or HTML mail), and 220
 * negatives that look close but hold nothing. Deterministic in the seed.
 */
export function buildBlindSet88(seed: number): BlindSetShape {
  const r = new Rng88(seed);
  const positives: Positive88[] = [];
  const plan = schedule(r, POSITIVES);
  for (let i = 0; i < POSITIVES; i++) {
    const src = plan[i]!;
    const pi = r.int(0, src.printers.length - 1);
    const printer = src.printers[pi]!;
    let made: { text: string; values: Positive88['values'] } | undefined;
    for (let attempt = 0; attempt < 6 && !made; attempt++) {
      const c = new Case88(r);
      const body = printer(c);
      const w = attempt < 5 ? wrapText(r, body) : { name: 'raw', text: WRAPS[0]!.wrap(r, body) };
      const values = finalize88(w.text, c.planted);
      if (values.length > 0) made = { text: w.text, values };
    }
    if (!made) throw new Error(`blind set 88: ${src.name}/${pi} planted nothing`);
    positives.push({ id: `${src.name}/${pi}-${String(i).padStart(3, '0')}`, text: made.text, values: made.values });
  }
  const negatives: NegativeCase88[] = [];
  let order = r.shuffle(NEGATIVES_88);
  for (let i = 0; i < NEGATIVES; i++) {
    if (i % NEGATIVES_88.length === 0 && i > 0) order = r.shuffle(NEGATIVES_88);
    const g = order[i % NEGATIVES_88.length]!;
    negatives.push({ id: `neg-${g.name}/${String(i).padStart(3, '0')}`, text: wrapText(r, g.make(r)).text });
  }
  return { positives, negatives };
}
