import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { CONFIG } from './blind-set-72-config';
import { EXTRA } from './blind-set-72-extra';
import { Ctx, type NegTpl, type Tpl } from './blind-set-72-core';
import { HTTP } from './blind-set-72-http';
import { MONEY } from './blind-set-72-money';
import { NEG_A } from './blind-set-72-neg-a';
import { NEG_B } from './blind-set-72-neg-b';
import { OAUTH } from './blind-set-72-oauth';
import { OBJECTS } from './blind-set-72-objects';
import { SDK } from './blind-set-72-sdk';

/** Positive sources: each template family and how many cases each of its templates writes. */
const SOURCES: [string, Tpl[], number][] = [
  ['sdk', SDK, 4],
  ['http', HTTP, 4],
  ['config', CONFIG, 4],
  ['oauth', OAUTH, 4],
  ['objects', OBJECTS, 3],
  ['money', MONEY, 6],
  ['extra', EXTRA, 4],
];
const NEGATIVES: [string, NegTpl[], number][] = [
  ['neg-ids', NEG_A, 3],
  ['neg-logs', NEG_B, 3],
];

/**
 * Sealed blind set 72: the mainstream API providers' tokens (as each provider documents them) and
 * the personal and payment data in their objects, where an integration's error logs leak them.
 */
export function buildBlindSet72(seed: number): BlindSetShape {
  const positives: BlindSetShape['positives'][number][] = [];
  const negatives: BlindSetShape['negatives'][number][] = [];
  for (const [src, tpls, reps] of SOURCES) {
    for (const [name, fn] of tpls) {
      for (let k = 0; k < reps; k++) {
        const x = new Ctx(new Rng9(hash9(`s72/${seed}/${src}/${name}/${k}`)));
        const text = fn(x);
        positives.push({ id: `${src}/${name}/${k}`, text, values: x.vals.slice() });
      }
    }
  }
  for (const [src, tpls, reps] of NEGATIVES) {
    for (const [name, fn] of tpls) {
      for (let k = 0; k < reps; k++) {
        const x = new Ctx(new Rng9(hash9(`s72n/${seed}/${src}/${name}/${k}`)));
        negatives.push({ id: `${src}/${name}/${k}`, text: fn(x) });
      }
    }
  }
  return { positives, negatives };
}
