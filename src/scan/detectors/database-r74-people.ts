import { plausibleBirthDate, birthKey } from '../birth-dates';
import { bankColumn } from '../csv-header';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { abaValid } from '../validators';
import { NOT_PERSON } from './contact-names';
import { personNameKey } from './fixes-l56';
import { bareColumn, listedParamColumn } from './database-r74-lists';
import { comparedStarts } from './database-r74-starts';

/**
 * Round r74 (blind set 74): the personal and financial side of a value paired with its column by place — an ORM's
 * printed parameter list against its statement's placeholders (TypeORM one-line and multi-line `parameters: [`,
 * Ecto, Drizzle, Knex, MyBatis `==> Parameters: v(String), …`), a literal compared with a column in a logged
 * statement or plan (`p.last_name = 'Kobayashi'`, auto_explain's `((last_name)::text = 'Kobayashi'::text)`), and a
 * Rails bind pair (`["first_name", "Kofi"]`). The column says what the value is:
 * - a person's name (`first_name`, `lastName`, `surname`, `holder_name`, `card_holder`, a role and `name`): a name
 *   of one to four capitalised words, no company word;
 * - a date of birth (`dob`, `date_of_birth`, `birthDate`): a plausible birth date;
 * - a bank account (`account_number`, `acct_no`; not `account_id`): 6–17 digits; a routing number (`routing_number`,
 *   `aba`): nine digits whose ABA check holds.
 * Left alone on purpose: `Failing row contains (…)` and `INSERT … VALUES (…)` without a column list (no column to
 * read a date or a bare number by: a timestamp and a birthday look alike), `name` alone (a product's or a plan's).
 */

/** A column that holds a person's name. */
const NAME_COLUMN = /^(?:first|given|last|family|middle|full|legal|display|sur|fore|maiden|nick)_?name$|^(?:surname|forename|holder|cardholder|card_?holder|account_?holder|payee|beneficiary)$/i;

/** A column of a person's own name or birth date (not a role: `holder`, `payee`). */
const PERSON_COLUMN = /^(?:(?:first|given|last|family|middle|full|legal|sur|fore|maiden)_?name|surname|forename|dob|date_of_birth|birth_?date|birthday)$/i;

type ColumnKind = 'name' | 'dob' | 'account' | 'routing' | null;

/** columnKind's answers by column (a logged statement names the same few columns on every line); emptied at 1024. */
const KINDS = new Map<string, ColumnKind>();

/** What a column says its value is, or null (remembered: readColumnKind is a function of the column alone). */
function columnKind(column: string): ColumnKind {
  let kind = KINDS.get(column);
  if (kind === undefined) {
    if (KINDS.size >= 1024) KINDS.clear();
    kind = readColumnKind(column);
    KINDS.set(column, kind);
  }
  return kind;
}

/** What a column says its value is, or null. */
function readColumnKind(column: string): ColumnKind {
  const col = bareColumn(column);
  if (col.length === 0 || col.length > 60) return null;
  if (NAME_COLUMN.test(col) || personNameKey(col)) return 'name';
  if (birthKey(col)) return 'dob';
  const bank = bankColumn(col);
  return bank === 'account' ? 'account' : bank === 'routing' ? 'routing' : null;
}

/** A person's name: one to four capitalised words (letters of any script, `'`, `-`), no company or product word. */
const nameOk = (v: string): boolean =>
  /^\p{Lu}[\p{L}'’-]{0,30}(?: (?:(?:de|da|del|van|von|der|den|le|la|bin|al|el)\s)?\p{Lu}[\p{L}'’-]{0,30}){0,3}$/u.test(v) && !NOT_PERSON.test(v) && v.length >= 2;

/** True when `v` under `column` is personal data (`want` 'personal') or financial data (`want` 'financial'). */
export function columnValueOk(column: string | null, v: string, want: 'personal' | 'financial'): boolean {
  if (column === null) return false;
  const kind = columnKind(column);
  if (want === 'personal') return (kind === 'name' && nameOk(v)) || (kind === 'dob' && plausibleBirthDate(v));
  if (kind === 'account') return /^\d{6,17}$/.test(v) && !/^(\d)\1+$/.test(v);
  return kind === 'routing' && /^\d{9}$/.test(v) && abaValid(v);
}

/** Elements of a printed parameter list: quoted, or bare up to a comma, a bracket, a MyBatis `(Type)` or the line's end. */
const LIST_ELEMENT =
  /(?<=[[,] ?|[[,]\r?\n[ \t]{0,12}|(?:^|\n)params: |Parameters: )(?:"(?<v>[^"\\\r\n]{2,200})"|'(?<w>[^'\\\r\n]{2,200})'|(?<u>[^\s"',[\]()][^,\r\n\]()]{1,200}?))(?=\(\w{1,30}\)|,|\]|\r?\n|$)/;
// Ecto prints its list after the statement's last placeholder (`$2 [`).
const LIST_KEYWORDS = ['-- parameters: [', 'params: ', 'bindings: [', 'parameters: [', 'parameters: ', 'returning ', ') [', '" [', '0 [', '1 [', '2 [', '3 [', '4 [', '5 [', '6 [', '7 [', '8 [', '9 ['];

/**
 * A value compared with a column in a logged statement or plan: `p.last_name = 'v'`, `(last_name)::text = 'v'::text`.
 * The closing quote is looked at, not taken (the value ends the match: no second run for its offsets; no match can
 * start at that quote, so the next search finds the same).
 */
const COMPARED = /(?<![\w-])(?<k>[A-Za-z_][\w."]{0,60}\)?(?:::\w{1,20})?) ?= ?'(?<v>[^'\r\n]{2,80})(?=')/;

const inList = (want: 'personal' | 'financial') => (v: string, ctx: MatchContext) => columnValueOk(listedParamColumn(ctx.text, ctx.start), v.trim(), want);
/** A compared key as its column (`(last_name)::text` → `last_name`); a plain key (no `(`, `)` or `:`) is its own. */
const comparedColumn = (key: string): string => (key.includes(')') || key.includes(':') || key.startsWith('(') ? key.replace(/\)?(?:::\w+)?$/, '').replace(/^\(/, '') : key);
const compared = (want: 'personal' | 'financial') => (v: string, ctx: MatchContext) => columnValueOk(comparedColumn(ctx.key ?? ''), v, want);

export const DATABASE_R74_PEOPLE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sql-param-list-personal',
    name: "Person's name or date of birth in an ORM parameter list, paired with its column by the statement's placeholders",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: LIST_KEYWORDS,
    span: 3000,
    spanBack: 4,
    pattern: LIST_ELEMENT,
    mask: 'full',
    validate: inList('personal'),
    remediation: 'Stop the ORM logging parameter values (TypeORM logging without "query", Ecto log: false, MyBatis below DEBUG)',
  }),
  defineDetector({
    id: 'sql-param-list-bank',
    name: "Bank account or routing number in an ORM parameter list, paired with its column by the statement's placeholders",
    category: 'financial',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: LIST_KEYWORDS,
    span: 3000,
    spanBack: 4,
    pattern: LIST_ELEMENT,
    mask: 'full',
    validate: inList('financial'),
    remediation: 'Stop the ORM logging parameter values, and tokenise bank details before they reach the database layer',
  }),
  defineDetector({
    id: 'sql-compared-personal',
    name: "Person's name or date of birth compared with its column in a logged statement or plan (`last_name = '…'`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ["= '"],
    pattern: COMPARED,
    starts: comparedStarts,
    valueLast: true,
    mask: 'full',
    validate: compared('personal'),
    remediation: 'Log statements with bind placeholders, not literals (auto_explain.log_parameter_max_length=0, log_statement=none)',
  }),
  defineDetector({
    id: 'rails-bind-person-name',
    name: 'Person\'s name or date of birth in a Rails bind pair (`["first_name", "Kofi"]`)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['name", "', 'birth", "', 'dob", "', 'holder", "'],
    pattern: /\["(?<k>[A-Za-z_]{1,40})", "(?<v>[^"\\\r\n]{2,80})"\]/,
    mask: 'full',
    // Only a person's own name columns and birth dates: a role key (`holder`, `payee`) in a bind pair holds a product's or a bot's name as often.
    validate: (v, ctx) => PERSON_COLUMN.test(ctx.key ?? '') && columnValueOk(ctx.key ?? null, v, 'personal'),
    remediation: 'Filter personal columns from ActiveRecord logs (config.filter_parameters covers binds since Rails 7)',
  }),
];
