/** Blind set 87: the escapings its printers apply (JSON, XML, HL7, form, base64, reprs). */

/** The inside of a JSON string literal; `ascii` escapes non-ASCII as \uXXXX (Python's ensure_ascii). */
export function jsonInner(s: string, ascii = false, slash = false): string {
  let out = JSON.stringify(s).slice(1, -1);
  if (ascii) out = out.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (slash) out = out.replace(/\//g, '\\/');
  return out;
}

/** Python's json.dumps: `, ` and `: ` separators and ensure_ascii. */
export function pyJson(v: unknown, indent?: number): string {
  const out = indent ? JSON.stringify(v, null, indent) : JSON.stringify(v).replace(/("(?:[^"\\]|\\.)*")|([,:])/g, (_m, str: string | undefined, sep: string | undefined) => str ?? `${sep} `);
  return out.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** PHP's json_encode: escaped slashes and \uXXXX. */
export function phpJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** XML text and attribute escaping (`&apos;` as XML writers give it). */
export function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** XML text escaping of element content only (`&`, `<`, `>`), as most serializers write text nodes. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HL7 v2 escaping of a component's text with the default encoding characters `|^~\&`. */
export function hl7(s: string): string {
  return s.replace(/\\/g, '\\E\\').replace(/\|/g, '\\F\\').replace(/\^/g, '\\S\\').replace(/~/g, '\\R\\').replace(/&/g, '\\T\\');
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it. */
export function form(s: string): string {
  return new URLSearchParams({ x: s }).toString().slice(2);
}

export function formBody(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${form(k)}=${form(v)}`).join('&');
}

export function pct(s: string): string {
  return encodeURIComponent(s);
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Base64 wrapped at `width` columns (PEM 64, MIME 76). */
export function b64Wrap(s: string, width = 64): string {
  return (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');
}

/** Ruby's String#inspect (UTF-8 kept). */
export function rubyStr(s: string): string {
  return JSON.stringify(s).replace(/#\{/g, '\\#{');
}

/** Python's repr of a str (single quotes unless the string holds one). */
export function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (q === "'") out = out.replace(/'/g, "\\'");
  return `${q}${out}${q}`;
}

/** Python's repr of a dict of plain values. */
export function pyDict(o: Record<string, unknown>): string {
  const v = (x: unknown): string =>
    typeof x === 'string' ? pyStr(x) : x === null ? 'None' : x === true ? 'True' : x === false ? 'False' : Array.isArray(x) ? `[${x.map(v).join(', ')}]` : typeof x === 'object' ? pyDict(x as Record<string, unknown>) : String(x);
  return `{${Object.entries(o).map(([k, x]) => `${pyStr(k)}: ${v(x)}`).join(', ')}}`;
}

/** Ruby's Hash#inspect (3.4 style `"k" => v`, or `k: v` with symbol keys). */
export function rbHash(o: Record<string, unknown>, sym = false): string {
  const v = (x: unknown): string =>
    typeof x === 'string' ? rubyStr(x) : x === null ? 'nil' : Array.isArray(x) ? `[${x.map(v).join(', ')}]` : typeof x === 'object' ? rbHash(x as Record<string, unknown>, sym) : String(x);
  return `{${Object.entries(o).map(([k, x]) => (sym ? `${k}: ${v(x)}` : `${rubyStr(k)} => ${v(x)}`)).join(', ')}}`;
}

/** A YAML scalar as a config dump writes it: plain, single- or double-quoted. */
export function yamlScalar(s: string, style: 0 | 1 | 2): string {
  if (style === 1 || /^[\s'"&*!|>%@`#]|: | #|[\n\\]/.test(s)) return style === 2 || /[\n\\]/.test(s) ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`;
  return style === 2 ? JSON.stringify(s) : s;
}

/** Every printed form the finalizer looks for, most literal first. */
export const PRINTED_FORMS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => jsonInner(s),
  (s) => jsonInner(s, true),
  (s) => jsonInner(s, true, true),
  (s) => jsonInner(s, false, true),
  (s) => jsonInner(jsonInner(s)),
  (s) => jsonInner(jsonInner(s, true)),
  (s) => jsonInner(jsonInner(jsonInner(s))),
  (s) => hl7(s),
  (s) => jsonInner(hl7(s)),
  (s) => jsonInner(jsonInner(hl7(s))),
  (s) => xml(s),
  (s) => xmlText(s),
  (s) => jsonInner(xml(s)),
  (s) => jsonInner(xmlText(s)),
  (s) => jsonInner(jsonInner(xml(s))),
  (s) => form(s),
  (s) => pct(s),
  (s) => jsonInner(form(s)),
  (s) => rubyStr(s).slice(1, -1),
  (s) => pyStr(s).slice(1, -1),
  (s) => yamlScalar(s, 1).slice(1, -1),
];
