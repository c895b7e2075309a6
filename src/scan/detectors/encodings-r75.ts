import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyedSecretValue } from '../secret-value';
import { bankColumn } from '../csv-header';
import { abaChecksumOk, abaValid } from '../validators';
import { columnValueOk } from './database-r74-people';

/**
 * Round r75 (blind set 75: hostile bodies and every encoding). Values whose key stands in markup or a row rather
 * than in a `key=value` pair:
 * - an HTML table or definition list that pairs a key cell with its value cell (`<td>PGPASSWORD</td><td>…</td>`,
 *   `<th>…</th><td>…</td>`, `<dt>ABA</dt><dd>…</dd>`): a secret under a secret's key (the shared key and value
 *   rules), a person's name under a name column, a routing number (ABA check) or an account number under a bank
 *   column (the column rule of database-r74-people.ts); HTML entities in the value are read as the ingest view
 *   decodes them;
 * - a header-less quoted bank row (ACH batch and bank exports: `"Name","<routing>","<account>",…`, `;` too): a
 *   nine-digit field whose ABA check holds, between a person's name and a 4–17 digit field, reports all three;
 * - an e-mail address written out against harvesters (`jane.doe [at] example [dot] com`, `(at)`/`(dot)`, `[at] example.com`).
 * Left alone on purpose: cells under a bare `name`/`value`/`key` header (a product's), unquoted rows (a timestamp or
 * an amount beside an id looks the same), `user at example dot com` without brackets (prose).
 */

/** A key cell followed by its value cell. */
const CELL =
  /<(?:td|th|dt)\b[^<>]{0,80}>\s{0,20}(?:<(?:b|strong|code|span)\b[^<>]{0,40}>)?(?<k>[A-Za-z][\w .-]{0,50}?)(?:<\/(?:b|strong|code|span)>)?\s{0,3}:?\s{0,20}<\/(?:td|th|dt)>\s{0,40}<(?:td|dd)\b[^<>]{0,80}>\s{0,20}(?:<(?:code|span|tt)\b[^<>]{0,40}>)?(?<v>[^<>\s](?:[^<>\r\n]{0,300}[^<>\s])?)(?:<\/(?:code|span|tt)>)?\s{0,20}<\/(?:td|dd)>/;
const CELL_KEYWORDS = ['</td>', '</th>', '</dt>'];

/** The five entities markup writes in a value, and numeric ones, decoded (the ingest view decodes them too). */
function unescapeHtml(v: string): string {
  if (!v.includes('&')) return v;
  return v.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g, (m, d: string, h: string, n: string) => {
    if (n) return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[n]!;
    const cp = d ? Number(d) : parseInt(h, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

const cellKey = (ctx: MatchContext): string => (ctx.key ?? '').trim().replace(/[ .-]+/g, '_');
const cellPerson = (v: string, ctx: MatchContext): boolean => columnValueOk(cellKey(ctx), unescapeHtml(v).replace(/\s+/g, ' '), 'personal');
/** Under a labelled routing column the checksum alone is asked (any prefix), as under other routing labels. */
const cellBank = (v: string, ctx: MatchContext): boolean => {
  const kind = bankColumn(cellKey(ctx));
  const digits = unescapeHtml(v).replace(/[\s-]/g, '');
  if (kind === 'routing') return abaChecksumOk(digits);
  return kind === 'account' && /^\d{6,17}$/.test(digits) && !/^(\d)\1+$/.test(digits);
};

/** A person's name as a bank row writes it: two to four words of Latin or Cyrillic letters (the validation asks capitals). */
const ROW_NAME = String.raw`[A-Z\u00c0-\u00de\u0100-\u024f\u0400-\u042f][A-Za-z\u00c0-\u024f\u0400-\u04ff'’-]{1,30}(?: [A-Za-z\u00c0-\u024f\u0400-\u04ff'’-]{1,30}){1,3}`;
const ROW_SEP = String.raw`"[,;]"`;
/** The three fields of a quoted bank row; which one a detector reports is its `v` group. */
const ROW = (which: 'name' | 'routing' | 'account'): RegExp => {
  const name = which === 'name' ? `(?<v>${ROW_NAME})` : ROW_NAME;
  const routing = which === 'routing' ? String.raw`(?<v>\d{9})` : String.raw`\d{9}`;
  const account = which === 'account' ? String.raw`(?<v>\d{4,17})` : String.raw`\d{4,17}`;
  return new RegExp(String.raw`(?:^|[\n,;])"${name}${ROW_SEP}${routing}${ROW_SEP}${account}"(?=[,;\r\n]|$)`);
};

/** The row's routing field (the value itself, the field before an account, the field after a name) passes the ABA check. */
const rowOk = (which: 'name' | 'routing' | 'account', v: string, ctx: MatchContext): boolean => {
  const routing =
    which === 'routing'
      ? v
      : which === 'account'
        ? /"(\d{9})"[,;]"$/.exec(ctx.text.slice(Math.max(0, ctx.start - 14), ctx.start))?.[1]
        : /^"[,;]"(\d{9})"/.exec(ctx.text.slice(ctx.end, ctx.end + 14))?.[1];
  if (routing === undefined || !abaValid(routing) || /^(\d)\1+$/.test(routing)) return false;
  return which === 'name' ? columnValueOk('full_name', v, 'personal') : which === 'routing' || !/^(\d)\1+$/.test(v);
};

const bankRow = (which: 'name' | 'routing' | 'account', category: 'personal' | 'financial', name: string): Detector =>
  defineDetector({
    id: `quoted-bank-row-${which}`,
    name,
    category,
    severity: category === 'financial' ? 'high' : 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['","', '";"'],
    pattern: ROW(which),
    mask: 'full',
    validate: (v, ctx) => rowOk(which, v, ctx),
    remediation: 'Keep payment files (ACH batches, bank exports) out of logs: log the batch id and the failing line number, not the row',
  });

export const ENCODINGS_R75_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'html-cell-secret',
    name: 'Secret in an HTML table or definition list beside its key (`<td>PGPASSWORD</td><td>…</td>`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: CELL_KEYWORDS,
    pattern: CELL,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(cellKey(ctx), unescapeHtml(v)),
    remediation: 'Rotate the secret and stop rendering environment or configuration pages (diagnostics, admin dumps) into alerts and mails',
  }),
  defineDetector({
    id: 'html-cell-person',
    name: "Person's name or date of birth in an HTML table or definition list beside its column (`<dt>Beneficiary</dt><dd>…</dd>`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: CELL_KEYWORDS,
    pattern: CELL,
    mask: 'full',
    validate: cellPerson,
    remediation: 'Keep rendered customer pages out of alerts; link to the record instead',
  }),
  defineDetector({
    id: 'html-cell-bank',
    name: 'Routing or account number in an HTML table or definition list beside its column (`<dt>ABA</dt><dd>…</dd>`)',
    category: 'financial',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: CELL_KEYWORDS,
    pattern: CELL,
    mask: 'full',
    validate: cellBank,
    remediation: 'Keep rendered payout pages out of alerts; link to the payout instead',
  }),
  bankRow('name', 'personal', "Account holder's name in a quoted bank row (`\"Name\",\"<routing>\",\"<account>\"`)"),
  bankRow('routing', 'financial', 'Routing number in a quoted bank row (`"Name","<routing>","<account>"`, ABA check)'),
  bankRow('account', 'financial', 'Account number in a quoted bank row (`"Name","<routing>","<account>"`)'),
  defineDetector({
    id: 'obfuscated-email',
    name: 'E-mail address written against harvesters (`jane.doe [at] example [dot] com`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: [' [at] ', ' (at) ', '[at]', '(at)'],
    pattern:
      /(?<![\w.+-])(?<v>[A-Za-z0-9][\w.+-]{0,63} ?[[(]at[\])] ?[A-Za-z0-9][\w-]{0,62}(?:(?: ?[[(]dot[\])] ?|\.)[A-Za-z0-9][\w-]{0,62}){0,3}(?: ?[[(]dot[\])] ?|\.)[A-Za-z]{2,12})(?![\w-])/,
    mask: 'full',
    remediation: 'An obfuscated address is still an address: keep ticket and chat bodies out of alerts, or redact them at the source',
  }),
];
