import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { abaValid, luhnValid } from '../validators';
import { NAME_COLUMN } from './paired-names';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';

/**
 * Round r45 (blind set 45: developer workstations, package registries and source hosting): people's
 * names as developer tools print them — pretty-printed JSON records whose contact keys sit on the
 * lines around the name, `redis-cli` hash replies, rows of a Postgres `COPY … FROM stdin` block, a
 * MySQL dump's column-less `INSERT … VALUES` beside bank or card cells, pandas/psql fixed-width
 * rows with the person's own mailbox, `("Name", "mail")` pairs (Django `ADMINS`), `.gitconfig`'s
 * `[user] name =` and `git config user.name`, and CLI `--name "…"` flags beside `--email`.
 */

const person = (v: string, text: string, start: number, end: number): boolean => ciPersonOk(v) && !exampleMailboxLine(text, start, end);

/** Sibling keys of a contact record on the lines around a pretty-printed name. */
const CONTACT_KEY = /(?<![\w.])["']?(?:e-?mail(?:_?address)?|emailAddress|phone(?:_?number)?|mobile(?:_?phone)?|line1|address_?line_?1|street|iban|ssn|tax_?id|date_?of_?birth|dob|birth_?date|national_?id|nationalId)["']?[ \t]{0,2}:/i;
const NAME_KEY = String.raw`[Nn]ame|[Ff]ull_?[Nn]ame|full_name|[Dd]isplay_?[Nn]ame|display_name|[Cc]ustomer_?[Nn]ame|customer_name|[Hh]older_?[Nn]ame|holder_name|[Cc]ontact_?[Nn]ame|contact_name|[Ll]egal_?[Nn]ame|legal_name`;

/** A value's end in a tab-separated row. */
function copyColumnAt(text: string, start: number): string | null {
  const head = text.slice(0, start);
  const all = [...head.matchAll(/COPY [\w."]{1,120} \(([^()]{1,2000})\) FROM stdin;/g)];
  const last = all[all.length - 1];
  if (!last) return null;
  const rows = head.slice(last.index! + last[0].length);
  if (/\n\\\.\r?\n/.test(rows)) return null;
  const lineStart = head.lastIndexOf('\n') + 1;
  const col = (head.slice(lineStart).match(/\t/g) ?? []).length;
  const cols = last[1]!.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cols[col] ?? null;
}

/** A cell of an SQL VALUES tuple that identifies a person's bank account, card, mailbox or SSN. */
function tupleHasIdentifier(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open < 0 || close < 0) return false;
  const cells = text.slice(open + 1, close).split(',').map((c) => c.trim().replace(/^'|'$/g, ''));
  return cells.some((c) => (/^\d{9}$/.test(c) && abaValid(c)) || (/^\d{13,19}$/.test(c) && luhnValid(c)) || /^[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(c) || /^\d{3}-\d{2}-\d{4}$/.test(c));
}

export const NAMES_R45_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-pretty-json-contact',
    name: "Person's name under a name key of a pretty-printed JSON record whose e-mail, phone or street key sits on a nearby line",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name":', 'name" :', "name':", "name: '", 'name: "'],
    span: 260,
    spanBack: 3,
    pattern: new RegExp(String.raw`(?:["'](?<k>${NAME_KEY})["']|(?<![\w.$])(?<j>${NAME_KEY}))[ \t]{0,2}:[ \t]{0,2}["'](?<v>${PERSON_R32})["'],?[ \t]*(?=\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end) && nearby(CONTACT_KEY, ctx.text, ctx.start, ctx.end, 240),
    remediation: "Log customer records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-redis-hash-reply',
    name: "Person's name as the value of a `name` field in a redis-cli hash reply beside an e-mail, phone or id field",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name"'],
    span: 300,
    pattern: new RegExp(String.raw`\d{1,4}\) "(?:[a-z_]{0,20}name)"\r?\n[ \t]{0,4}\d{1,4}\) "(?<v>${PERSON_R32})"`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end) && nearby(/\d\) "(?:e-?mail|phone|mobile|cpf|ssn|dob|birth_?date|address|iban)"/i, ctx.text, ctx.start, ctx.end, 260),
    remediation: "Cache user records by id, and keep cache dumps out of tickets and logs",
  }),
  defineDetector({
    id: 'person-name-pg-copy-row',
    name: "Person's name in a name column of a Postgres `COPY … FROM stdin` data block (pg_dump)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['from stdin'],
    span: 6000,
    // A row starts after a newline, or where the window starts (the line of its keyword, when the COPY line and its rows are one long line).
    pattern: new RegExp(String.raw`(?<=(?:^|\n)(?:[^\t\r\n]{0,200}\t){0,40})(?<v>${PERSON_R32})(?=\t|\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => {
      const col = copyColumnAt(ctx.text, ctx.start);
      return col !== null && NAME_COLUMN.test(col) && person(v, ctx.text, ctx.start, ctx.end);
    },
    remediation: "Dump production tables with personal columns masked, or not at all, outside the database",
  }),
  defineDetector({
    id: 'person-name-sql-values-beside-account',
    name: "Person's name in a column-less SQL `VALUES` tuple beside a routing number, card, mailbox or SSN (mysqldump)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['values ('],
    pattern: new RegExp(String.raw`(?<=[(,][ \t]{0,2})'(?<v>${PERSON_R32})'(?=[ \t]{0,2},)`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end) && tupleHasIdentifier(ctx.text, ctx.start, ctx.end),
    remediation: "Dump production tables with personal columns masked, or not at all, outside the database",
  }),
  defineDetector({
    id: 'person-name-fixed-width-row',
    name: "Person's name in a fixed-width table row (pandas, psql) under a `name` header, followed by an e-mail cell",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name  '],
    span: 2000,
    pattern: new RegExp(String.raw`(?<=(?:^|\n|")[^\n]{0,40}?(?: {2}|\t))(?<v>${PERSON_R32})(?: {2,}|\t)(?<m>[A-Za-z0-9._+-]{2,64})@[A-Za-z0-9-]+\.[A-Za-z]`),
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.start);
      return person(v, ctx.text, ctx.start, ctx.end) && /(?:^|\n|")[ \t]*(?:[\w.-]+[ \t]{2,}){0,6}(?:full_?)?name[ \t]{2,}(?:[\w.-]+[ \t]{2,}){0,3}e-?mail\b/i.test(before);
    },
    remediation: "Clear notebook outputs and query results that print customer rows before committing or sharing them",
  }),
  defineDetector({
    id: 'person-name-mailbox-pair',
    name: 'Person\'s name paired with their mailbox in a tuple (`("Ann Lee", "ann@…")`, Django `ADMINS`)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['("', "('", '( "', "( '", '["', "['"],
    precheck: { re: /@[A-Za-z0-9-]+\./, reach: 200 },
    pattern: new RegExp(String.raw`[(\[][ \t]{0,2}["'](?<v>${PERSON_R32})["'][ \t]{0,2},[ \t]{0,2}["'][A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}["'][ \t]{0,2}[)\]]`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Keep administrators\' names and mailboxes in the environment or a secret store, not in committed settings',
  }),
  defineDetector({
    id: 'person-name-git-user-config',
    name: "Person's name as git's `user.name` (the user section of .gitconfig, `git config user.name`)",
    category: 'personal',
    severity: 'low',
    priority: 40,
    confidence: 0.6,
    keywords: ['[user]', 'user.name'],
    span: 300,
    pattern: new RegExp(
      String.raw`\[user\][ \t]*\r?\n(?:[ \t]*[\w.-]+[ \t]?=[^\r\n]*\r?\n){0,5}?[ \t]*name[ \t]?=[ \t]?(?<v>${PERSON_R32})[ \t]*(?=\r?\n|$)|user\.name[ \t=]{1,3}(?:"(?<w>${PERSON_R32})"|'(?<u>${PERSON_R32})')`,
    ),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Share dotfiles without the identity section (or with a placeholder name)',
  }),
  defineDetector({
    id: 'person-name-cli-name-flag',
    name: "Person's name passed as a CLI `--name \"…\"` flag beside `--email` or `--phone`",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: ['--name'],
    pattern: new RegExp(String.raw`--name[ =](?:"(?<v>${PERSON_R32})"|'(?<w>${PERSON_R32})')`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end) && nearby(/--(?:e-?mail|phone|address)/, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Keep shell history and transcripts of customer-creating commands out of shared files",
  }),
  defineDetector({
    id: 'person-name-cjk-self-introduction',
    wideOnly: true,
    name: "Person's name in Latin letters before a Japanese self-introduction (`Ann Leeです`, `Ann Leeと申します`, Korean `저는 Ann Lee입니다`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: [],
    // After a sentence end, a line start or a space: `これはBlue Widgetです` (\"this is …\") names a thing, not the writer.
    pattern: new RegExp(String.raw`(?:(?<=(?:^|[\n。、！!「 ]|저는 ))(?<v>${PERSON_R32})(?:です[。、！!]|と申します|と言います|でございます|입니다|이라고 합니다))`),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end) && (!/^입니다/.test(ctx.text.slice(ctx.end)) || ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start) === '저는 '),
    remediation: "Log support tickets by id, without the customer's name",
  }),
  defineDetector({
    id: 'person-name-self-introduction',
    name: "Person's name a writer introduces themselves with in Spanish, French, German, Italian, Portuguese, Dutch or Swedish (`soy Ana Ruiz`, `je m'appelle …`, `ich bin …`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.6,
    keywords: ['soy ', 'me llamo ', 'mi nombre es ', "m'appelle ", 'je suis ', 'ich bin ', 'mein name ist ', 'ich hei', 'mi chiamo ', 'meu nome ', 'eu sou ', 'ik ben ', 'mijn naam is ', 'jag heter '],
    pattern: new RegExp(
      String.raw`(?<![A-Za-zÀ-ÿ])(?:[Ss]oy|[Mm]e llamo|[Mm]i nombre es|[Jj]e m['’]appelle|[Jj]e suis|[Ii]ch bin|[Mm]ein Name ist|[Ii]ch hei(?:ß|ss)e|[Mm]i chiamo|[Mm]eu nome é|[Ee]u sou|[Ii]k ben|[Mm]ijn naam is|[Jj]ag heter) (?<v>${PERSON_R32})(?![\w'’-])`,
    ),
    mask: 'full',
    validate: (v, ctx) => person(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Redact free-text ticket bodies before logging them',
  }),
];
