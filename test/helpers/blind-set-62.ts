import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx62 } from './blind-set-62-values';
import { runnerTemplates62 } from './blind-set-62-tpl-a';
import { cassetteTemplates62 } from './blind-set-62-tpl-b';
import { toolTemplates62 } from './blind-set-62-tpl-c';
import { ciTemplates62 } from './blind-set-62-tpl-d';
import { configTemplates62 } from './blind-set-62-tpl-e';
import { negTemplates62 } from './blind-set-62-neg';

const SOURCES = [
  ['runner', runnerTemplates62],
  ['cassette', cassetteTemplates62],
  ['tool', toolTemplates62],
  ['ci', ciTemplates62],
  ['config', configTemplates62],
] as const;

/** Builds sealed blind set 62 (API-client integration tests and CI runs as their failures reach an alert) for a seed. */
export function buildBlindSet62(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: { value: string; kind: string; group: string }[] }[] = [];
  for (const [src, tpls] of SOURCES) {
    tpls.forEach((tpl, t) => {
      for (let k = 0; k < 5; k++) {
        const id = `62-${src}-${t}-${k}`;
        const c = new Ctx62(new Rng9(hash9(`62:${seed}:${id}`)));
        const text = tpl(c);
        const seen = new Set<string>();
        const values = c.vals.filter((v) => (seen.has(v.value) ? false : (seen.add(v.value), true)));
        positives.push({ id, text, values });
      }
    });
  }
  const negatives = negTemplates62.flatMap((tpl, t) => [0, 1, 2, 3].map((k) => {
    const id = `62-neg-${t}-${k}`;
    return { id, text: tpl(new Rng9(hash9(`62:${seed}:${id}`))) };
  }));
  return { positives, negatives };
}
