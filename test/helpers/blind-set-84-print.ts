/**
 * Blind set 84: printers of values in the notations runtimes dump them in: Node `util.inspect`,
 * Python `repr`, Ruby `inspect`, PHP `print_r`, Go `%v` maps, Elixir structs.
 */
import { asciiEsc, jsInspect, pyRepr, rbInspect, type Hdrs, type Json } from './blind-set-84-ctx';

/** A value a printer can show: JSON plus opaque markers printed verbatim. */
export type Shown = Json | undefined | Raw | Shown[] | { [k: string]: Shown };

/** Text printed verbatim (`[Function: x]`, `<ref *1> ClientRequest {…}`, Python `None`). */
export class Raw {
  constructor(readonly text: string) {}
}

/** Shorthand for a verbatim marker. */
export function raw(text: string): Raw {
  return new Raw(text);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Node `util.inspect` (depth as given, 80-column breaking, 2-space indent). */
export function inspectJs(v: Shown, depth = 2, indent = 0, prefix = ''): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return jsInspect(v);
  if (typeof v !== 'object') return String(v);
  const isArr = Array.isArray(v);
  const entries: [string, Shown][] = isArr ? (v as Shown[]).map((x) => ['', x]) : Object.entries(v as Record<string, Shown>);
  if (entries.length === 0) return isArr ? '[]' : `${prefix}{}`;
  if (depth < 0) return isArr ? '[Array]' : '[Object]';
  const parts = entries.map(([k, x]) => (isArr ? '' : `${IDENT.test(k) ? k : jsInspect(k)}: `) + inspectJs(x, depth - 1, indent + 2));
  const open = isArr ? '[' : `${prefix}{`;
  const close = isArr ? ']' : '}';
  const one = `${open} ${parts.join(', ')} ${close}`;
  if (one.length + indent <= 76 && !one.includes('\n')) return one;
  const pad = ' '.repeat(indent + 2);
  return `${open}\n${parts.map((p) => pad + p).join(',\n')}\n${' '.repeat(indent)}${close}`;
}

/** Python `repr` of dicts, lists, strings, bools and None (bytes given as Raw). */
export function reprPy(v: Shown): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined || v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return pyRepr(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(reprPy).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${reprPy(x)}`).join(', ')}}`;
}

/** Ruby `inspect` of hashes (string keys `=>`, symbol keys when asked). */
export function inspectRb(v: Shown, symbols = false): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return rbInspect(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => inspectRb(x, symbols)).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${symbols && IDENT.test(k) ? ':' + k : rbInspect(k)}=>${inspectRb(x, symbols)}`).join(', ')}}`;
}

/** Elixir `inspect` (maps `%{"k" => v}`, keyword atoms `k: v`). */
export function inspectEx(v: Shown, atoms = false): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return rbInspect(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => inspectEx(x, atoms)).join(', ')}]`;
  const e = Object.entries(v);
  return `%{${e.map(([k, x]) => (atoms && IDENT.test(k) ? `${k}: ` : `${rbInspect(k)} => `) + inspectEx(x, atoms)).join(', ')}}`;
}

/** PHP `print_r` of nested arrays. */
export function printR(v: Shown, indent = 0): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '1' : '';
  if (typeof v !== 'object') return String(v);
  const pad = ' '.repeat(indent);
  const e: [string, Shown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
  return `Array\n${pad}(\n${e.map(([k, x]) => `${pad}    [${k}] => ${printR(x, indent + 8)}\n`).join('')}${pad})\n`;
}

/** Go `%v` of an http.Header (`map[Authorization:[Bearer x] Content-Type:[application/json]]`). */
export function goHeaderMap(h: Hdrs): string {
  const m = new Map<string, string[]>();
  for (const [k, v] of h) {
    const ck = k.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('-');
    m.set(ck, [...(m.get(ck) ?? []), v]);
  }
  return `map[${[...m.keys()].sort().map((k) => `${k}:[${m.get(k)!.join(' ')}]`).join(' ')}]`;
}

/** Canonical MIME header case as Go prints it. */
export function goCanon(k: string): string {
  return k.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('-');
}

/** Headers as a plain object (last one wins), optionally lower-cased. */
export function hdrObj(h: Hdrs, lower = false): Record<string, string> {
  const o: Record<string, string> = {};
  for (const [k, v] of h) o[lower ? k.toLowerCase() : k] = v;
  return o;
}

/** A JSON body pretty-printed with an indent (or the raw body when it is not JSON). */
export function pretty(body: string, indent: number | string = 2): string {
  try {
    return JSON.stringify(JSON.parse(body) as Json, null, indent);
  } catch {
    return body;
  }
}

/** Python `json.dumps(v)` with its default separators and ensure_ascii. */
export function pyJsonDumps(v: Json, ensureAscii = true): string {
  const str = (s: string) => (ensureAscii ? asciiEsc(JSON.stringify(s)) : JSON.stringify(s));
  if (v === null) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => pyJsonDumps(x, ensureAscii)).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${str(k)}: ${pyJsonDumps(x, ensureAscii)}`).join(', ')}}`;
}
