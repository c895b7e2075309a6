import { decodeJsonUnicode } from '../encoded-text';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext, Verdict } from '../detector';
import { validUnderKey } from '../id-kinds';
import { isFictionalPhone, isRobotMailbox } from '../public-values';

/**
 * A PHP `var_dump` entry's value under a key that names a personal or financial id (id-kinds.ts): the value is
 * exactly as long as `string(N)` says; a grouped id (`2 83 07 62 557 533 17`) is taken whole.
 */
function dumpValue(v: string, ctx: MatchContext): boolean | Verdict {
  const n = /string\((\d{1,3})\)\s?"$/.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1];
  const value = n === undefined ? v : v.slice(0, Number(n));
  return validUnderKey(ctx.key ?? '', value) ? { ok: true, trimEnd: value.length } : false;
}

/** The column a Hibernate bound parameter fills: the `index`-th of the last `insert into t (cols) values (?…` before `at`. */
function boundColumn(text: string, at: number, index: number): string | null {
  const head = text.slice(0, at);
  let last: RegExpExecArray | null = null;
  // An INSERT's column list, or an UPDATE's `set a=?, b=? where id=?` (one line, as show_sql prints it): each `?` in order.
  const re = /insert\s+into\s+[\w."`\[\]]{1,80}\s*\(([^()]{1,2000})\)\s*values\s*\(\s*\?|\bupdate\s+[\w."`\[\]]{1,80}(?:\s+(?:as\s+)?\w{1,30})?\s+set\s+([^\r\n;]{1,2000})/gi;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) last = m;
  if (last === null) return null;
  const cols = last[1] !== undefined
    ? last[1].split(',').map((c) => c.trim())
    : [...last[2]!.matchAll(/([\w."`\[\]]{1,80})\s{0,3}(?:=|<>|!=|<=|>=|<|>|\blike\b)\s{0,3}\?/gi)].map((m) => m[1]!);
  const col = cols[index - 1];
  return col === undefined ? null : col.replace(/^[`"\[]|[`"\]]$/g, '').replace(/^.*\./, '');
}

/** Documentation and test mail domains (RFC 2606 / 6761), as the email detector reads them. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|localdomain)$/i;

/** Personal data in the dump formats of runtimes (the key on one line, the value on the next). */
export const PERSONAL_DUMP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-id-var-dump',
    name: 'Personal or financial id in PHP var_dump output (under a key that names it)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    // The same arrow keywords as php-var-dump-secret: lines of a var_dump, rare elsewhere.
    keywords: ['"]=>', '"] =>'],
    span: 160,
    // `["numero_securite_sociale"]=>\n  string(21) "2 83 07 62 557 533 17"`, `["date_de_naissance"]=> string(10) "26/12/1985"`, `["iban"]=>`.
    pattern: /\[["'](?<k>[A-Za-z_][\w.-]{0,63})["'](?::(?:"[\w\\]{1,128}":)?(?:private|protected|public))?\]\s?=>\s{0,40}string\(\d{1,3}\)\s?"(?<v>[^"\r\n]{4,64})"/,
    mask: 'full',
    validate: dumpValue,
    remediation: 'Remove this personal id from the logs, purge the affected log indexes and stop dumping records with var_dump',
  }),
  defineDetector({
    id: 'phone-json-escaped',
    name: 'Phone number (JSON-escaped plus sign)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['\\u002b'],
    // .NET's System.Text.Json escapes `+` by default: `{"Phone":"\u002B447911123456"}`, `\u002B33 6 12 34 56 78`.
    pattern: /(?<![\w\\])\\u002[Bb][1-9]\d{0,14}(?:[ .-]\(?\d{1,14}\)?){0,6}(?![\w-])/,
    mask: 'phone',
    validate: (v) => {
      const digits = v.slice(6).replace(/\D/g, '');
      const ok = /[ .(-]/.test(v.slice(6)) ? digits.length >= 9 && digits.length <= 15 : digits.length >= 11 && digits.length <= 15;
      if (!ok) return false;
      return isFictionalPhone(digits) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Remove this phone number from the log line (log a user id instead)',
  }),
  defineDetector({
    id: 'email-json-escaped',
    name: 'Email address (JSON-escaped at sign)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.85,
    keywords: ['\\u0040'],
    // `"email":"ann.lee\u0040corp.io"` (serializers that escape every non-alphanumeric character), `\\u0040` in JSON inside
    // JSON; the local part may hold escaped Latin-1 letters (`j\u00fcrgen.m\u00fcller\u0040firma.de`, Python's ensure_ascii).
    pattern: /(?<![A-Za-z0-9._%+\\-])(?:[A-Za-z0-9._+-]|\\{1,3}u00[c-fC-F][0-9A-Fa-f]){1,64}\\{1,3}u0040[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}(?![A-Za-z0-9_-])/,
    mask: 'full',
    validate: (v) => {
      const [local, domain] = decodeJsonUnicode(v).split('@') as [string, string];
      if (local.startsWith('.') || local.endsWith('.') || domain.startsWith('.') || domain.includes('..')) return false;
      if (isRobotMailbox(local, domain)) return false;
      return RESERVED_DOMAIN.test(domain) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Remove this email address from the log line (log a user id instead)',
  }),
  defineDetector({
    id: 'personal-id-hibernate-bind',
    name: 'Personal or financial id in a Hibernate bound parameter (the INSERT or UPDATE names its column)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    // Only statements with placeholders (`values (?, ?, …)`, `set a=?, b=? where id=?`): what Hibernate's SQL log
    // prints before its binds; a window without a bind line is not searched.
    keywords: ['values (?', 'values(?', '=?,', '= ?,', '=? where', '= ? where'],
    precheck: { re: /binding parameter/, reach: 0 },
    span: 3000,
    // Hibernate 5 `binding parameter [3] as [VARCHAR] - [AB123456C]`, Hibernate 6 `binding parameter (3:VARCHAR) <- [AB123456C]`.
    pattern: /binding parameter (?:\[(?<i>\d{1,3})\] as \[\w{1,24}\] - |\((?<j>\d{1,3}):\w{1,24}\) <- )\[(?<v>[^\]\r\n]{4,64})\]/,
    mask: 'full',
    validate: (v, ctx) => {
      // The statement's placeholders within the span before the bind (as the prefilter's window has them), on any text.
      const ms = ctx.matchStart ?? ctx.start;
      if (!/values ?\(\?|= ?\?(?:,| where)/i.test(ctx.text.slice(Math.max(0, ctx.end - 3000), ms))) return false;
      const m = /binding parameter (?:\[(\d{1,3})\]|\((\d{1,3}):)/.exec(ctx.text.slice(ctx.matchStart ?? 0, ctx.start));
      const column = m ? boundColumn(ctx.text, ctx.matchStart ?? ctx.start, Number(m[1] ?? m[2])) : null;
      return column !== null && validUnderKey(column, v);
    },
    remediation: 'Remove this personal id from the logs, purge the affected log indexes and turn off TRACE logging of bound parameters (org.hibernate.orm.jdbc.bind)',
  }),
];
