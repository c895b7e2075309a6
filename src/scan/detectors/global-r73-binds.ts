import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { rfcValid } from '../id-checksums-global';
import { isLowEntropy, isPlainWord } from '../validators';
import { anyScriptName } from './global-r73-names';

/**
 * Round r73 (blind set 73), values an SQL error's bind list ties to a column, and keyed ids and keys:
 * - SQLAlchemy's `[parameters: {'n': '…'}]` under `[SQL: … recipient_name=%(n)s …]` and Laravel's `bindings: ["…"]` under
 *   `(SQL: insert into t (`holder`, `iban`) values (?, ?))`: a bound value is a person's name or street when its column
 *   names one;
 * - a Mexican RFC of a person under a compound key (`rfc_curp=DOVT751213FX2`, `rfcBeneficiario`), its date and check digit;
 * - Personio API client credentials (`papi-<uuid>`: the id and the secret share the shape);
 * - a key written in prose after the word that says which (`retry with fallback key <hex>`, `backup key: …`).
 * Left alone on purpose: a bound value whose column names nothing personal; a company's RFC (three letters: public).
 */

/** Column names of a person's name and of a street. */
const NAME_COLUMN = /^(?:\w{0,20}_)?(?:name|full_?name|first_?name|last_?name|given_?name|family_?name|surname|holder|account_?holder|holder_?name|beneficiary(?:_?name)?|payee(?:_?name)?|recipient|recipient_?name|customer_?name|contact_?name|addressee|consignee)$/i;
const STREET_COLUMN = /^(?:\w{0,20}_)?(?:street|street_?address|address|address_?line_?1|address1|line1|addr)$/i;

/** A bound value of a name or a street column: the name in any script, the street with letters and a number. */
function boundValueOk(column: string, v: string): boolean {
  if (NAME_COLUMN.test(column)) return anyScriptName(v);
  return STREET_COLUMN.test(column) && /\d/.test(v) && /\p{L}{3}/u.test(v) && v.length <= 80;
}

/** The SQL statement's column for SQLAlchemy's named bind `key` (`col=%(key)s`, or `INSERT (a, b) VALUES (%(x)s, %(y)s)`). */
function namedBindColumn(sql: string, key: string): string | null {
  const esc = key.replace(/[^\w]/g, '');
  const set = new RegExp(String.raw`([A-Za-z_][\w.]{0,60})\s{0,2}=\s{0,2}%\(${esc}\)s`).exec(sql);
  if (set) return set[1]!.split('.').pop()!;
  // `INSERT INTO t (a, b) VALUES (%(x)s, %(y)s)`: the values hold parentheses of their own, so the list is cut by hand.
  const ins = /\(([^()]{1,600})\)\s{0,3}VALUES\s{0,3}\(/i.exec(sql);
  if (!ins) return null;
  const cols = ins[1]!.split(',').map((c) => c.trim().replace(/[`"[\]]/g, ''));
  const vals = sql.slice(ins.index + ins[0].length).split(',').map((c) => /%\(\w{1,40}\)s/.exec(c)?.[0] ?? c.trim());
  const i = vals.indexOf(`%(${esc})s`);
  return i >= 0 ? (cols[i] ?? null) : null;
}

/** RFC check digit (mod 11 over the first twelve characters, weights 13 down to 2). */
function rfcCheckDigitOk(v: string): boolean {
  const D = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
  const body = v.length === 12 ? ' ' + v.slice(0, 11) : v.slice(0, 12);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const d = D.indexOf(body[i]!);
    if (d < 0) return false;
    sum += d * (13 - i);
  }
  const r = 11 - (sum % 11);
  return v[v.length - 1] === (r === 11 ? '0' : r === 10 ? 'A' : String(r));
}

export const GLOBAL_R73_BIND_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-sqlalchemy-named-bind',
    name: "Person's name or street bound to a name or street column in SQLAlchemy's `[parameters: {'n': '…'}]`",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.75,
    keywords: ['[parameters: {'],
    // The `[SQL: …]` line is above the parameters' line.
    span: 600,
    spanBack: 3,
    pattern: /(?<=[{,]\s{0,2})'(?<k>[A-Za-z_]\w{0,40})':\s{0,2}'(?<v>[^'\n\\]{2,80})'/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start);
      const at = before.lastIndexOf('[parameters:');
      const sqlAt = before.lastIndexOf('[SQL:', at);
      if (at < 0 || sqlAt < 0) return false;
      const column = namedBindColumn(before.slice(sqlAt, at), ctx.key ?? '');
      return column !== null && boundValueOk(column, v);
    },
    remediation: 'Turn off hide_parameters=False on the engine, or log the statement without its parameters',
  }),
  defineDetector({
    id: 'personal-laravel-positional-binding',
    name: "Person's name or street in Laravel's `bindings: [\"…\"]` at the place of a name or street column",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.75,
    keywords: ['bindings: ['],
    pattern: /(?<=bindings: \[|", ?)"(?<v>[^"\n\\]{2,80})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start);
      const at = before.lastIndexOf('bindings: [');
      if (at < 0) return false;
      // The place of this value: the quoted values before it in the list.
      const index = (before.slice(at + 11).match(/"(?:[^"\\]|\\.)*"/g) ?? []).length;
      const ins = /\(([^()]{1,600})\)\s{0,3}values\s{0,3}\(([?,\s]{1,200})\)[^(]{0,40}$/i.exec(before.slice(0, at));
      if (!ins) return false;
      const column = ins[1]!.split(',').map((c) => c.trim().replace(/[`"[\]]/g, ''))[index];
      return column !== undefined && boundValueOk(column, v);
    },
    remediation: "Catch QueryException and log the statement without its bindings (Laravel's DB::listen or a custom handler)",
  }),
  defineDetector({
    id: 'mx-rfc-compound-key',
    name: "Mexican RFC of a person under a compound key (`rfc_curp=…`, `rfcBeneficiario`), date and check digit",
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['rfc'],
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z]{0,16}[_-]?[Rr](?:FC|fc)[A-Za-z_-]{0,24})["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A])(?![A-Za-z0-9])/,
    mask: 'full',
    validate: (v) => rfcValid(v) && rfcCheckDigitOk(v),
    remediation: 'Remove this RFC from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'personio-api-credential',
    name: 'Personio API client id or secret (`papi-<uuid>`)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.85,
    keywords: ['papi-'],
    pattern: /(?<![\w-])(?<v>papi-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    mask: 'prefix',
    kind: /^papi-/,
    validate: (v) => !isLowEntropy(v.slice(5).replace(/-/g, '')),
    remediation: 'Revoke these Personio API credentials (Settings > Integrations > API credentials) and create new ones',
  }),
  defineDetector({
    id: 'key-in-prose-after-which',
    name: 'API key in prose after the word that says which (`retry with fallback key <hex>`, `backup key: …`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['fallback key', 'backup key', 'secondary key', 'spare key', 'live key', 'production key', 'prod key', 'previous key', 'rotated key'],
    pattern: /\b(?:fallback|backup|secondary|spare|live|production|prod|previous|rotated) (?:api )?key(?: is| =|:)? (?<v>[0-9a-f]{32,64}|[A-Za-z0-9_-]{24,64})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !isPlainWord(v) && !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v),
    remediation: 'Rotate this key and keep fallback keys in the secret store, not in log messages',
  }),
];
