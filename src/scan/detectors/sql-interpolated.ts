import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { validUnderKey } from '../id-kinds';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { NAME_COLUMN, PERSON, personLike } from './paired-names';

/** An INSERT's column list and the opening of its VALUES tuple. */
const INSERT_HEAD = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]]{1,128}\s*\((?<cols>[^()]{1,1500})\)\s*values\s*\(/gi;

/** A column name without its quotes (`` `tax_id` `` → `tax_id`). */
const bare = (name: string | undefined): string | null => (name === undefined ? null : name.trim().replace(/^[`"[]|[`"\]]$/g, ''));

/** The last INSERT head ending before `at` within 2400 characters, and where its VALUES tuple opens. */
function lastInsert(text: string, at: number): { cols: string[]; open: number } | null {
  const from = Math.max(0, at - 2400);
  const head = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  for (let x = INSERT_HEAD.exec(head); x !== null; x = INSERT_HEAD.exec(head)) last = x;
  INSERT_HEAD.lastIndex = 0;
  return last === null ? null : { cols: last.groups!['cols']!.split(','), open: from + last.index + last[0].length };
}

/**
 * The column of an unquoted value in an INSERT whose bindings the framework wrote in (Laravel's
 * `QueryException … (SQL: insert into t (a, b) values (Ann Lee, ann@example.org))`), or null.
 */
export function interpolatedColumn(text: string, at: number): string | null {
  const insert = lastInsert(text, at);
  if (insert === null) return null;
  const between = text.slice(insert.open, at);
  if (between.includes(')') || between.includes('\n')) return null;
  return bare(insert.cols[between.split(',').length - 1]);
}

/**
 * The column of the n-th (1-based) bound value of an ORM's parameter array (Sequelize
 * `sql: 'INSERT INTO t (id, a, b) VALUES (DEFAULT,?,?)', parameters: [ 'x', 'y' ]`): the n-th `?`
 * of the VALUES tuple printed before it, or null.
 */
export function placeholderColumn(text: string, at: number, n: number): string | null {
  const insert = lastInsert(text, at);
  if (insert === null) return null;
  const close = text.indexOf(')', insert.open);
  if (close < 0 || close > at) return null;
  const items = text.slice(insert.open, close).split(',');
  let q = 0;
  for (let i = 0; i < items.length; i++) if (/^\s*(?:\?|\$\d+)\s*$/.test(items[i]!) && ++q === n) return bare(insert.cols[i]);
  return null;
}

/** A bound-parameter array's opening and its items before the value (on the value's line). */
const ARRAY_HEAD = /(?:parameters|bind|replacements)\s?[:=]\s?\[([^\]\n]*)$/i;

/** A column of a record's identifier or contact (besides a name): the row is a person's. */
const ID_COLUMN = /e-?mail|phone|mobile|iban|ssn|tax|national|birth|\bdob\b|account|card|passport|licen[cs]e|address|nino|curp|cpf/i;

/** True when the INSERT before `at` also has a column of an identifier or contact. */
function personalInsert(text: string, at: number): boolean {
  return lastInsert(text, at)?.cols.some((c) => ID_COLUMN.test(c)) ?? false;
}

/** The column a matched value goes to: an item of a bound-parameter array, or an interpolated INSERT value. */
function columnOf(ctx: MatchContext): string | null {
  const line = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.start - 3000), ctx.start);
  const array = ARRAY_HEAD.exec(line);
  if (array !== null) return placeholderColumn(ctx.text, ctx.start, (array[1]!.match(/,/g)?.length ?? 0) + 1);
  return interpolatedColumn(ctx.text, ctx.start);
}

/** A whole value that is a person's name. */
const WHOLE_PERSON = new RegExp(String.raw`^${PERSON}$`);

/**
 * An item of a comma-separated list: an unquoted value after `(` or `,` (an interpolated VALUES
 * tuple), or a quoted one after `[` or `,` (a bound-parameter array). Which list it is in, and
 * its column, is read by columnOf in validation (null: no INSERT tuple or parameter array around
 * it). The pattern itself looks back one character and a few spaces only: a lookbehind over the
 * whole tuple (`values\s?\((?:[^()]{0,200},){0,30}`) was tried at every position of a window
 * and took 40 s on a 1 MB text run as one window.
 */
const BOUND_VALUE = /(?<=[(,]\s{0,3})(?<w>[^\s,'()][^,'()\n]{2,100}?)(?=\s{0,3}[,)])|(?<=[[,]\s{0,3}')(?<v>[^'\n]{2,120})(?=')/;

/**
 * Ids and secrets in SQL whose bindings the log wrote in: Laravel's QueryException (`values (Ann
 * Lee, ER372777D, M04c…)`, no quotes) and ORM errors that print the statement with `?` and the
 * bound values as an array (Sequelize `parameters: [ … ]`).
 */
export const SQL_INTERPOLATED_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-id-sql-binding',
    name: 'Personal or financial id (SQL binding of a column named for it, written in or listed)',
    category: 'personal',
    severity: 'high',
    priority: 56,
    confidence: 0.8,
    keywords: ['sql: insert', 'parameters: [', 'bind: [', 'replacements: ['],
    span: 3000,
    spanBack: 3,
    pattern: BOUND_VALUE,
    mask: 'full',
    validate: (v, ctx) => {
      const column = columnOf(ctx);
      return column !== null && validUnderKey(column, v);
    },
    remediation: 'Log SQL errors without their bindings (Laravel: report the exception without `getSql()`/bindings; Sequelize: logQueryParameters off)',
  }),
  defineDetector({
    id: 'secret-sql-binding',
    name: 'Secret bound to a secret column (SQL binding written in or listed)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['sql: insert', 'parameters: [', 'bind: [', 'replacements: ['],
    span: 3000,
    spanBack: 3,
    pattern: BOUND_VALUE,
    mask: 'full',
    validate: (v, ctx) => {
      const column = columnOf(ctx);
      const kind = column === null ? null : secretKeyKind(column);
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret, store only its hash, and log SQL errors without their bindings',
  }),
  defineDetector({
    id: 'person-name-sql-binding',
    name: "Person's name (SQL binding of a name column, written in or listed)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['parameters: [', 'bind: [', 'replacements: ['],
    span: 3000,
    spanBack: 3,
    pattern: BOUND_VALUE,
    mask: 'full',
    validate: (v, ctx) => {
      const column = columnOf(ctx);
      return column !== null && NAME_COLUMN.test(column) && WHOLE_PERSON.test(v) && personLike(v) && personalInsert(ctx.text, ctx.start);
    },
    remediation: "Log SQL errors without their bindings (a record id is enough to trace a row)",
  }),
];
