/** Blind set 86: the escapings its printers apply (JSON, HTML, form, quoted-printable, base64, reprs). */

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

const NAMED: Record<string, string> = {
  ä: 'auml', ö: 'ouml', ü: 'uuml', Ä: 'Auml', Ö: 'Ouml', Ü: 'Uuml', ß: 'szlig', é: 'eacute', è: 'egrave', ê: 'ecirc', à: 'agrave', á: 'aacute',
  â: 'acirc', ç: 'ccedil', ñ: 'ntilde', ó: 'oacute', ò: 'ograve', ô: 'ocirc', í: 'iacute', ì: 'igrave', ú: 'uacute', ù: 'ugrave', ã: 'atilde',
  õ: 'otilde', ë: 'euml', ï: 'iuml', É: 'Eacute', Ç: 'Ccedil', '€': 'euro', '·': 'middot', '–': 'ndash', '—': 'mdash', ' ': 'nbsp',
};

/** HTML text escaping; `named` also writes accented letters as named or numeric entities (as Outlook does). */
export function html(s: string, named = false): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  if (named) out = out.replace(/[\u0080-\uffff]/g, (ch) => (NAMED[ch] ? `&${NAMED[ch]};` : `&#${ch.charCodeAt(0)};`));
  return out;
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

/** Quoted-printable of one line, no soft breaks. */
export function qpInline(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Quoted-printable of a body: soft line breaks (`=` + newline) after a space where a line passes 76. */
export function qp(text: string): string {
  const lines = text.split('\n').map((l) => qpInline(l).replace(/ $/, '=20'));
  const out: string[] = [];
  for (let line of lines) {
    while (line.length > 76) {
      let cut = line.lastIndexOf(' ', 74);
      if (cut < 20) {
        cut = 74;
        while (cut > 0 && /=[0-9A-F]?$/.test(line.slice(0, cut))) cut--;
      } else cut += 1;
      out.push(`${line.slice(0, cut)}=`);
      line = line.slice(cut);
    }
    out.push(line);
  }
  return out.join('\n');
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Base64 wrapped at 76 columns, as a MIME part carries it. */
export function b64Mime(s: string): string {
  return (b64(s).match(/.{1,76}/g) ?? []).join('\n');
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

/** Ruby's Hash#inspect (3.4 style `"k" => v`). */
export function rbHash(o: Record<string, unknown>, sym = false): string {
  const v = (x: unknown): string =>
    typeof x === 'string' ? rubyStr(x) : x === null ? 'nil' : Array.isArray(x) ? `[${x.map(v).join(', ')}]` : typeof x === 'object' ? rbHash(x as Record<string, unknown>, sym) : String(x);
  return `{${Object.entries(o).map(([k, x]) => (sym ? `${k}: ${v(x)}` : `${rubyStr(k)} => ${v(x)}`)).join(', ')}}`;
}

/** XML text/attribute escaping (as a SAML or Windows event XML writer gives it). */
export function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** LDIF/shell single-quote escaping as a shell history line carries it. */
export function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const BASE_FORMS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => jsonInner(s),
  (s) => jsonInner(s, true),
  (s) => jsonInner(s, true, true),
  (s) => jsonInner(s, false, true),
  (s) => xml(s),
  (s) => html(s),
  (s) => html(s, true),
  (s) => form(s),
  (s) => pct(s),
  (s) => pyStr(s).slice(1, -1),
  (s) => rubyStr(s).slice(1, -1),
  (s) => shq(s).slice(1, -1),
];

/** Every printed form the finalizer looks for, most literal first: each base form raw, JSON-escaped once, then twice. */
export const PRINTED_FORMS: readonly ((s: string) => string)[] = [
  ...BASE_FORMS,
  ...BASE_FORMS.map((f) => (s: string) => jsonInner(f(s))),
  ...BASE_FORMS.map((f) => (s: string) => jsonInner(jsonInner(f(s)))),
  ...BASE_FORMS.map((f) => (s: string) => jsonInner(jsonInner(f(s), true))),
];
