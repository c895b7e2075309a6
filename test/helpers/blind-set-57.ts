import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx57 } from './blind-set-57-ctx';
import { CONN, HTTP } from './blind-set-57-conn';
import { FIXTURES } from './blind-set-57-fixtures';
import { ALL_PROVIDERS, MULTI, type Multi57 } from './blind-set-57-multi';
import { NEG_PLACEHOLDERS, type Neg57 } from './blind-set-57-neg-a';
import { NEG_IDS } from './blind-set-57-neg-b';
import { PLACE_SRC, type Place57 } from './blind-set-57-place-a';
import { PLACE_CFG } from './blind-set-57-place-b';

type Positive = BlindSetShape['positives'][number];

/** Cases per family for every seed. */
export const SIZES57 = { src: 110, cfg: 100, multi: 170, conn: 50, http: 60, fixture: 120, negPh: 85, negId: 100 };

/** One-secret placements: template i cycles through the list, the provider walks through every provider. */
function placements(seed: number, source: string, tpls: readonly Place57[], n: number, phase: number): Positive[] {
  const out: Positive[] = [];
  for (let i = 0; i < n; i++) {
    const t = tpls[i % tpls.length]!;
    const p = ALL_PROVIDERS[(seed * 17 + i * 2 + phase) % ALL_PROVIDERS.length]!;
    const id = `${source}/${t.name}-${i}`;
    const c = new Ctx57(`57:${seed}:${id}`);
    out.push({ id, text: t.make(c, p), values: c.values });
  }
  return out;
}

/** Whole-fragment templates, cycled. */
function fragments(seed: number, source: string, tpls: readonly Multi57[], n: number): Positive[] {
  const out: Positive[] = [];
  for (let i = 0; i < n; i++) {
    const t = tpls[i % tpls.length]!;
    const id = `${source}/${t.name}-${i}`;
    const c = new Ctx57(`57:${seed}:${id}`);
    out.push({ id, text: t.make(c), values: c.values });
  }
  return out;
}

/** Negative templates, cycled. */
function negatives(seed: number, source: string, tpls: readonly Neg57[], n: number): { id: string; text: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const t = tpls[i % tpls.length]!;
    const id = `${source}/${t.name}-${i}`;
    return { id, text: t.make(new Rng9(hash9(`57:${seed}:${id}`))) };
  });
}

/**
 * Sealed blind set 57: integration secrets of 200+ providers as public secret-scanner rule tests
 * write them (source assignments in 20 languages, config formats, IaC, CLI, HTTP, connection
 * strings, credential stores) with the customer fixtures such suites plant beside them, and
 * negatives in the style of their false-positive cases.
 */
export function buildBlindSet57(seed: number): BlindSetShape {
  const s = SIZES57;
  return {
    positives: [
      ...placements(seed, 'src', PLACE_SRC, s.src, 0),
      ...placements(seed, 'cfg', PLACE_CFG, s.cfg, 1),
      ...fragments(seed, 'multi', MULTI, s.multi),
      ...fragments(seed, 'conn', CONN, s.conn),
      ...fragments(seed, 'http', HTTP, s.http),
      ...fragments(seed, 'fixture', FIXTURES, s.fixture),
    ],
    negatives: [...negatives(seed, 'neg-placeholder', NEG_PLACEHOLDERS, s.negPh), ...negatives(seed, 'neg-ids', NEG_IDS, s.negId)],
  };
}
