import { Rng9, hash9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { Ctx, type Planted, type Tpl } from './blind-set-74-core';
import { DSN } from './blind-set-74-dsn';
import { NEG_A } from './blind-set-74-neg-a';
import { NEG_B } from './blind-set-74-neg-b';
import { NOSQL } from './blind-set-74-nosql';
import { ORM } from './blind-set-74-orm';
import { ORM_JS } from './blind-set-74-orm-js';
import { PG } from './blind-set-74-pg';
import { ROWS } from './blind-set-74-rows';
import { SQL } from './blind-set-74-sql';

/** Every positive template by source (the part of an id before the slash). */
export const POSITIVE_SOURCES: Record<string, Tpl[]> = { pg: PG, sql: SQL, ormjs: ORM_JS, orm: ORM, nosql: NOSQL, dsn: DSN, rows: ROWS };
/** Cases per template by source, unless a template names its own count (connection strings hold one or two values each). */
const POS_CASES: Record<string, number> = { dsn: 8, sql: 3, orm: 3, ormjs: 3 };
export const NEGATIVE_TEMPLATES: Tpl[] = [...NEG_A, ...NEG_B];

const NEG_CASES = 3;

/** Well formed: every value inside the text, a value of 6 characters or fewer only once. */
const wellFormed = (text: string, values: readonly Planted[]): boolean => values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));

/**
 * Blind set 74: database, ORM, cache and search errors that echo the data (rows, bound parameters,
 * literals, connection strings). A case whose random draw breaks well-formedness (a name with an
 * apostrophe inside a SQL literal, a short name inside another word) is drawn again from the next
 * sub-seed, so the set stays a function of the seed.
 */
export function buildBlindSet74(seed: number): BlindSetShape {
  const positives: BlindSetShape['positives'][number][] = [];
  const negatives: BlindSetShape['negatives'][number][] = [];
  for (const [source, tpls] of Object.entries(POSITIVE_SOURCES)) {
    for (const [id, write, cases] of tpls) {
      for (let i = 0; i < (cases ?? POS_CASES[source] ?? 4); i++) {
        for (let attempt = 0; ; attempt++) {
          if (attempt > 40) throw new Error(`blind set 74: ${id} never well formed`);
          const x = new Ctx(new Rng9(hash9(`s74|${seed}|${id}|${i}|${attempt}`)));
          const text = write(x);
          if (!wellFormed(text, x.values)) continue;
          positives.push({ id: `${source}/${id}/${i}`, text, values: x.values.map((v) => ({ ...v })) });
          break;
        }
      }
    }
  }
  for (const [id, write, cases] of NEGATIVE_TEMPLATES) {
    for (let i = 0; i < (cases ?? NEG_CASES); i++) {
      const x = new Ctx(new Rng9(hash9(`s74|${seed}|${id}|${i}`)));
      const text = write(x);
      if (x.values.length > 0) throw new Error(`blind set 74: negative ${id} plants a value`);
      negatives.push({ id: `neg/${id}/${i}`, text });
    }
  }
  return { positives, negatives };
}
