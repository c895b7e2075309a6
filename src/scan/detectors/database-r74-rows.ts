import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';
import { bareColumn, columnSecretOk, sessionValueOk, splitTop } from './database-r74-lists';

/**
 * Round r74 (blind set 74): rows printed without their column beside each value — the column is a header or a
 * declaration elsewhere, paired with the value by place.
 * - PostgreSQL `COPY t (cols) FROM stdin;` data (pg_dump): the n-th tab field under the n-th column, and a settings
 *   table's rows (`(key, value)`: `aws.secret_access_key<TAB>…`) where the row's own name column names a secret;
 * - fixed-width result tables under a dash rule (sqlcmd, sqlplus, `mysql --table` without pipes): the cell under a
 *   header that names a secret (`Secret`, `api_key`);
 * - a session store's rows: CSV under a header with a session column and the store's data or expiry column
 *   (`"session_id","user_id","data","expires"`), `INSERT INTO sessions VALUES(…)` read against its `CREATE TABLE
 *   sessions (id …)`, and the `_id` a MongoDB log prints for a `*.sessions` namespace.
 * Left alone on purpose: a session id column without its store's shape (an analytics export's `session_id` is an
 *   id, not a cookie), psql tables whose cells do not line up with their header (another rule's).
 */

/** Columns a session store keeps beside the id: the serialized session or its expiry. */
const STORE_COLUMN = /^(?:data|sess|session_data|payload|expires?|expires_at|expire_date|expiry|last_activity|valid_until)$/i;
const SESSION_ID_COLUMN = /^(?:session_?(?:id|key)|sid)$/i;

/** The line of `text` that holds offset `at`: its start and its text up to `at`. */
const lineTo = (text: string, at: number): { start: number; head: string } => {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return { start, head: text.slice(start, at) };
};

/** The header line above `at` that matches `re`, or null (within the window). */
function headerAbove(text: string, at: number, re: RegExp): string | null {
  const lines = text.slice(Math.max(0, at - 6000), at).split('\n');
  for (let i = lines.length - 2; i >= 0 && i >= lines.length - 60; i--) if (re.test(lines[i]!)) return lines[i]!;
  return null;
}

export const DATABASE_R74_ROW_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pg-copy-data-secret',
    name: 'Secret in PostgreSQL `COPY … FROM stdin` data, under a secret column or a settings row naming one',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: ['from stdin'],
    span: 4000,
    // Each tab-separated field of a data row.
    pattern: /(?<=\t)(?<v>[^\t\r\n]{6,512})(?=\t|\r?\n|$)|(?<=^|\n)(?<w>[^\t\r\n]{6,512})(?=\t)/,
    mask: 'full',
    validate: (v, ctx) => {
      const copy = /\bCOPY\s{1,3}[\w."]{1,128}\s{0,3}\((?<cols>[^()\r\n]{1,1500})\)\s{0,3}FROM\s{1,3}stdin;?/gi;
      let last: RegExpExecArray | null = null;
      // The window's last 4 000 characters: a data row's COPY line is above it within the span.
      const before = ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start);
      if (!/from\s{1,3}stdin/i.test(before)) return false;
      for (let m = copy.exec(before); m !== null; m = copy.exec(before)) last = m;
      if (last === null || before.indexOf('\n\\.', last.index) >= 0) return false;
      const cols = splitTop(last.groups!['cols']!)?.map(bareColumn);
      const { head } = lineTo(ctx.text, ctx.start);
      if (!cols || head.includes('\n')) return false;
      const fields = head.split('\t');
      const i = fields.length - 1;
      if (i >= cols.length) return false;
      if (columnSecretOk(cols[i]!, v)) return true;
      // A settings table: the row's name column (key/name/setting) names what its value column holds.
      const name = cols.findIndex((c) => /^(?:key|name|setting|config_key|param(?:eter)?)$/i.test(c));
      return name >= 0 && name < i && /^(?:value|val|setting_value|config_value)$/i.test(cols[i]!) && columnSecretOk(fields[name]!.replace(/^.*[.:/]/, ''), v);
    },
    remediation: 'Rotate these secrets and keep dumps of secret-bearing tables out of logs (pg_dump --exclude-table-data)',
  }),
  defineDetector({
    id: 'fixed-width-table-secret',
    name: 'Secret in a fixed-width query result (sqlcmd, sqlplus) under a column that names a secret',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    // The dash rule under the header: runs of dashes separated by single spaces.
    keywords: ['--- ---', '--- -', '- ---'],
    span: 4000,
    spanBack: 1,
    pattern: /(?<=^|[ \t\n])(?<v>[^\s]{6,512})(?=[ \t]|\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const text = ctx.text;
      const { start, head } = lineTo(text, ctx.start);
      const rule = /(?:^|\n)(?<h>[^\n]{1,2000})\n(?<r>-{2,200}(?: -{2,200}){1,30})[ \t]*\r?\n/g;
      let last: RegExpExecArray | null = null;
      const before = text.slice(Math.max(0, start - 4000), start);
      if (!before.includes('- -')) return false;
      for (let m = rule.exec(before); m !== null; m = rule.exec(before)) last = m;
      if (last === null) return false;
      // The value sits in the column whose dashes start where it starts.
      const col = head.length;
      const r = last.groups!['r']!;
      if (col > 0 && r[col - 1] !== ' ') return false;
      if (r[col] !== '-') return false;
      const end = r.indexOf(' ', col);
      const name = last.groups!['h']!.slice(col, end < 0 ? undefined : end).trim();
      return /^[A-Za-z_][\w.]{0,60}$/.test(name) && columnSecretOk(name, v);
    },
    remediation: 'Rotate these secrets and keep query output of credential tables out of job logs',
  }),
  defineDetector({
    id: 'session-store-csv-row',
    name: 'Session id in a CSV export of a session store (`"session_id",…,"data","expires"`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    // The header's session column: `sid` only as a whole cell (`sid,sess,expire`), not inside `side` or `inside`.
    keywords: ['session_id', 'session_key', 'sid,', 'sid;', 'sid"'],
    keywordBoundary: 'word',
    span: 6000,
    pattern: /(?<=^|,|\n)"?(?<v>[A-Za-z0-9_%+/=.-]{20,256})"?(?=,|\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/session_?(?:id|key)|\bsid\b/i.test(ctx.text.slice(Math.max(0, ctx.start - 6000), ctx.start))) return false;
      const header = headerAbove(ctx.text, ctx.start, /^"?[A-Za-z_]\w{0,40}"?(?:[,;]"?[A-Za-z_]\w{0,40}"?){1,40}\r?$/);
      if (header === null) return false;
      const cols = header.trim().split(/[,;]/).map(bareColumn);
      if (!cols.some((c) => STORE_COLUMN.test(c))) return false;
      const i = splitTop(lineTo(ctx.text, ctx.start).head.replace(/"$/, '') + 'x')?.length;
      return i !== undefined && i - 1 < cols.length && SESSION_ID_COLUMN.test(cols[i - 1]!) && sessionValueOk(v);
    },
    remediation: 'Expire these sessions and keep exports of the session table out of shared logs',
  }),
  defineDetector({
    id: 'session-table-insert-row',
    name: 'Session id in `INSERT INTO sessions VALUES(…)` (SQLite .dump, mysqldump) under its CREATE TABLE\'s id column',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['sessions values', 'sessions` values', 'sessions" values', 'sessions values('],
    span: 2000,
    spanBack: 30,
    pattern: /\bINSERT INTO [`"]?(?<k>\w{0,40}sessions?)[`"]? VALUES ?\('(?<v>[^'\r\n]{20,256})'/i,
    mask: 'full',
    validate: (v, ctx) => {
      const table = ctx.key ?? '';
      const create = new RegExp(String.raw`CREATE TABLE (?:IF NOT EXISTS )?[\x60"]?${table}[\x60"]? ?\(\s{0,4}[\x60"]?(\w{1,40})`, 'i').exec(ctx.text);
      const first = create?.[1] ?? '';
      return (first === 'id' || SESSION_ID_COLUMN.test(first)) && sessionValueOk(v);
    },
    remediation: 'Expire these sessions and keep dumps of the session table out of logs',
  }),
  defineDetector({
    id: 'mongo-sessions-id',
    name: 'Session id as the `_id` of a MongoDB sessions collection in a log (`"ns":"app.sessions"`, connect-mongo)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['sessions"', "sessions'"],
    pattern: /"_id"\s?:\s?"(?<v>[A-Za-z0-9_%+/=.-]{20,256})"/,
    mask: 'full',
    // An ObjectId (24 hex) is the row's id, not a cookie.
    validate: (v, ctx) =>
      /"(?:ns|collection|coll)"\s?:\s?"(?:\w{1,60}\.)?sessions"/.test(ctx.text) && !/^[0-9a-f]{24}$/i.test(v) && sessionValueOk(v) && !isLowEntropy(v) && !isPlaceholder(v),
    remediation: 'Expire these sessions and raise the slow-query log to omit values (or redact _id for the sessions namespace)',
  }),
];
