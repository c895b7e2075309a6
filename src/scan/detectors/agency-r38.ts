import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { pwShape } from './hosting-r38';

/**
 * Round r38 (blind set 38: web hosting, content management and agency operations): passwords
 * as agencies pass them around in chats, tickets and command lines — `user <name> pass <pw>`,
 * `mysql root on staging: <pw>`, a customer's `I tried my password <pw>`,
 * WP-CLI and installer flags (`--dbpass=`, `--admin_password=`), a registrar EPP code in a
 * handover table row, and a Laravel QueryException's interpolated `password…` column.
 */

/** The end of a value written in prose: a space, a comma, a sentence end, the line end. */
const PROSE_END = String.raw`(?=[\s,;)]|[.!?](?:\s|$)|$)`;

/** The column of the value at `start` in a Laravel `(SQL: insert into t (cols) values (vals))` (its values unquoted, split at `, `), or null. */
export function laravelInsertColumn(text: string, start: number): string | null {
  const from = Math.max(0, start - 1500);
  const before = text.slice(from, start);
  const at = before.lastIndexOf('(SQL: insert into ');
  if (at < 0) return null;
  const m = /^\(SQL: insert into [`"]?[\w.]{1,64}[`"]? \(([^()\n]{1,600})\) values \(([^\n]*)$/.exec(before.slice(at));
  if (m === null) return null;
  const cols = m[1]!.split(',').map((c) => c.trim().replace(/^[`"]|[`"]$/g, ''));
  const index = m[2]!.split(', ').length - 1;
  return cols[index] ?? null;
}

export const AGENCY_R38_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'chat-user-pass-pair',
    name: 'Password in a chat line that gives a login as `user <name> pass <password>`',
    category: 'credential',
    severity: 'high',
    priority: 36,
    confidence: 0.75,
    keywords: [' pass ', ' pw ', ' pwd ', ' password '],
    pattern: /\b(?:user(?:name)?|login)\s{1,3}[\w.@-]{1,64}\s{1,3}(?:pass(?:word)?|pw|pwd)\s{1,3}(?<v>[^\s]{6,128}?)(?=[\s,;)]|[.!?](?:\s|$)|$)/,
    mask: 'full',
    validate: pwShape,
    remediation: 'Change the password and share logins through the password manager, not chat messages',
  }),
  defineDetector({
    id: 'db-root-password-prose',
    name: 'Database root password after its label in a note (`mysql root on staging: <password>`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: ['mysql root', 'mariadb root', 'postgres root', 'db root'],
    pattern: /\b(?:mysql|mariadb|postgres|db) root\b[^\n:]{0,40}:\s{1,3}(?<v>\S{8,128})(?=[ \t]*(?:\r?\n|$))/i,
    mask: 'full',
    validate: pwShape,
    remediation: 'Change the database root password and share it through the password manager',
  }),
  defineDetector({
    id: 'prose-tried-password',
    name: 'Password a user quotes in a ticket (`I tried my password <password>`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.7,
    keywords: ['my password ', 'the password '],
    pattern: new RegExp(String.raw`\b(?:tried|typed|entered|using|used|with|use)\s(?:my|the)\s(?:old\s|new\s|current\s|temporary\s|temp\s)?password\s(?<v>[^\s"]{6,128}?)${PROSE_END}`, 'i'),
    mask: 'full',
    validate: pwShape,
    remediation: 'Reset the user password and scrub it from the ticket (ask users never to send passwords)',
  }),
  defineDetector({
    id: 'cli-db-admin-pass-flag',
    name: 'Password after a WP-CLI or installer flag (`--dbpass=`, `--admin_password=`, `--user_pass=`, `--db-password`)',
    category: 'credential',
    severity: 'high',
    priority: 40.5, // over the generic password-assignment (40) on the same value
    confidence: 0.85,
    keywords: ['--dbpass', '--db-pass', '--db_pass', '--admin_pass', '--admin-pass', '--user_pass', '--user-pass'],
    pattern: /--(?:db[_-]?pass|admin[_-]pass|user[_-]pass)(?:word)?[= ](?:"(?<v>[^"\r\n]{4,128})"|'(?<w>[^'\r\n]{4,128})'|(?<u>[^\s"']{4,128}))/i,
    mask: 'full',
    remediation: 'Change the password and pass it through a config file or environment, not a flag in shell history and logs',
  }),
  defineDetector({
    id: 'epp-code-table-row',
    name: 'Domain transfer (EPP/auth) code in a Markdown table row after its label cell (`Registrar EPP code`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.75,
    keywords: ['epp code', 'epp-code', 'eppcode', 'auth code', 'auth-code', 'authcode'],
    pattern: /\b(?:EPP|[Aa]uth)[ -]?[Cc]ode\s{0,3}\|(?:\s{0,3}[^|\n]{0,60}\|)?\s{0,3}(?<v>[^\s|]{6,64})\s{0,3}\|/,
    mask: 'full',
    validate: pwShape,
    remediation: 'Ask the registrar for a new EPP code (or lock the domain) and keep codes in the password manager',
  }),
  defineDetector({
    id: 'laravel-sql-password-column',
    name: "Password in a Laravel QueryException's interpolated insert (`(SQL: insert into users (…, password…) values (…))`)",
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.8,
    keywords: ['(sql: insert into '],
    pattern: /(?<=\) values \((?:[^\n(),]{1,200}, ){0,15})(?<v>[^\s,()][^,\n]{3,127}?)(?=, |\)\))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = laravelInsertColumn(ctx.text, ctx.start);
      return col !== null && /pass(?:word)?|passwd|pwd/i.test(col) && !/hash|digest|bcrypt/i.test(col) && !/^\$2[aby]\$|^\$argon/.test(v);
    },
    remediation: 'Change the password, stop storing plain passwords, and set Laravel to log queries without bindings',
  }),
];
