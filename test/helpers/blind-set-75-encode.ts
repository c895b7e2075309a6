/** The encodings a value can arrive in. Each is character-wise unless noted, so it commutes with concatenation. */

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encoding of every byte outside the unreserved set (upper-case hex unless `lower`). */
export function pct(s: string, lower = false): string {
  let out = '';
  for (const ch of s) {
    if (UNRESERVED.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + (lower ? b.toString(16).padStart(2, '0') : b.toString(16).toUpperCase().padStart(2, '0'));
  }
  return out;
}

/** application/x-www-form-urlencoded: `+` for space, the rest percent-encoded. */
export const form = (s: string, lower = false): string => s.split(' ').map((p) => pct(p, lower)).join('+');

/** Percent-encoded twice (`%` itself becomes `%25`). */
export const pct2 = (s: string, lower = false): string => pct(pct(s, lower), lower);

/** The inside of a JSON string literal (as JSON.stringify writes it, plus `\/` when `slash`). */
export function jsonEsc(s: string, slash = false): string {
  const j = JSON.stringify(s).slice(1, -1);
  return slash ? j.replace(/\//g, '\\/') : j;
}

/** Every character as a `\uXXXX` escape (or only those matching `which`). */
export function uEsc(s: string, which: RegExp = /[\s\S]/, upper = false): string {
  let out = '';
  for (const ch of s) {
    if (!which.test(ch)) {
      out += ch === '"' ? '\\"' : ch === '\\' ? '\\\\' : ch;
      continue;
    }
    const h = ch.charCodeAt(0).toString(16).padStart(4, '0');
    out += '\\u' + (upper ? h.toUpperCase() : h);
  }
  return out;
}

/** HTML/XML escaping of the five specials (and `=` as `&#61;` when `eq`). */
export function html(s: string, style: 'named' | 'dec' | 'hex' = 'named'): string {
  const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  let out = '';
  for (const ch of s) {
    if (/[&<>"'=+/]/.test(ch)) {
      if (style === 'named' && named[ch]) out += named[ch];
      else if (style === 'hex' || (style === 'named' && !named[ch])) out += `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;
      else out += `&#${ch.charCodeAt(0)};`;
    } else out += ch;
  }
  return out;
}

/** Every character as a decimal entity (`&#52;&#50;...`). */
export const htmlAll = (s: string): string => [...s].map((ch) => `&#${ch.charCodeAt(0)};`).join('');

/** Quoted-printable of the bytes (no soft breaks): `=` and non-ASCII as `=XX`. */
export function qp(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) out += b === 0x3d || b > 126 || b < 32 ? '=' + b.toString(16).toUpperCase().padStart(2, '0') : String.fromCharCode(b);
  return out;
}

/** Quoted-printable with a soft line break after `at` characters of the source (not inside an escape). */
export const qpSplit = (s: string, at: number, nl = '\r\n'): string => `${qp(s.slice(0, at))}=${nl}${qp(s.slice(at))}`;

/** `\xNN` escapes for every byte (C, Python bytes, Go %q of non-printables). */
export const xEsc = (s: string, which: RegExp = /[\s\S]/): string => [...Buffer.from(s, 'utf8')].map((b) => (which.test(String.fromCharCode(b)) ? '\\x' + b.toString(16).padStart(2, '0') : String.fromCharCode(b))).join('');

/** Lower-case hex of the bytes. */
export const hexOf = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

/** Base64 folded at `w` columns (MIME 76, PEM 64). */
export const b64Folded = (s: string | Buffer, w: number, nl = '\r\n'): string => ((typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64').match(new RegExp(`.{1,${w}}`, 'g')) ?? []).join(nl);

/** Inserts `mark` after the `at`-th character (a zero-width space, a soft hyphen, a wrap). */
export const splitWith = (s: string, at: number, mark: string): string => s.slice(0, at) + mark + s.slice(at);

/** ASCII letters and digits to their fullwidth forms. */
export const fullwidth = (s: string): string => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Latin letters that have Cyrillic look-alikes, swapped. */
export const cyr = (s: string): string => s.replace(/[aceopx]/g, (ch) => ({ a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445' })[ch]!);

/** A CSV field: quoted, inner quotes doubled. */
export const csvField = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Wraps a long line at `w` columns the way a log shipper does (hard break, no marker). */
export const hardWrap = (s: string, w: number, nl = '\n'): string => (s.match(new RegExp(`[\\s\\S]{1,${w}}`, 'g')) ?? []).join(nl);
