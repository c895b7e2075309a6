/** The encodings real systems wrap values in: JSON escapes, HTML entities, URL/QP/MIME/base64, reprs. */

/** Base64 of a UTF-8 string. */
export const b64s = (s: string): string => Buffer.from(s).toString('base64');
/** Base64url (unpadded) of a UTF-8 string. */
export const b64u = (s: string): string => Buffer.from(s).toString('base64url');

/** JSON with every non-ASCII character as `\uXXXX` and `/` as `\/` (PHP json_encode's defaults). */
export const jsonU = (o: unknown): string =>
  JSON.stringify(o)
    .replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
    .replace(/\//g, '\\/');

/** Escapes non-ASCII as `\uXXXX` only (Java .properties after native2ascii, Go %+q, Python ascii()). */
export const uEsc = (s: string): string => s.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

/** HTML-escapes `& < > " '` (`'` as `&#39;`). */
export const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Numeric character references for every non-ASCII character (old CMS mailers). */
export const ncr = (s: string): string => s.replace(/[\u0080-\uffff]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Percent-encoding as application/x-www-form-urlencoded does it (space as `+` when `plus`). */
export const urlEnc = (s: string, plus = false): string => {
  const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return plus ? e.replace(/%20/g, '+') : e;
};

/** Python bytes repr of the UTF-8 of a string (`b'\xe3\x83\x91…'`), without the b'' wrapper. */
export const pyBytes = (s: string): string =>
  [...Buffer.from(s)].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('');

/** Quoted-printable of one line's UTF-8 (no soft breaks: callers keep lines short or accept long ones). */
export const qpLine = (s: string): string =>
  [...Buffer.from(s)].map((b) => (b === 0x3d || b >= 0x7f || (b < 0x20 && b !== 0x09) ? '=' + b.toString(16).toUpperCase().padStart(2, '0') : String.fromCharCode(b))).join('');

/** Quoted-printable of a body, soft-wrapping at 76 columns only between encoded triplets or spaces. */
export const qp = (body: string): string =>
  body
    .split('\n')
    .map((line) => {
      const enc = qpLine(line);
      if (enc.length <= 76) return enc;
      const out: string[] = [];
      let rest = enc;
      while (rest.length > 76) {
        let cut = 75;
        while (cut > 0 && rest[cut - 1] !== ' ' && !(rest[cut] === '=')) cut--;
        if (cut < 20) break;
        out.push(rest.slice(0, cut) + '=');
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');

/** An RFC 2047 encoded-word (`=?UTF-8?B?…?=`). */
export const mimeB = (s: string): string => `=?UTF-8?B?${b64s(s)}?=`;
/** An RFC 2047 Q encoded-word. */
export const mimeQ = (s: string): string => `=?UTF-8?Q?${qpLine(s).replace(/ /g, '_').replace(/\?/g, '=3F')}?=`;

/** Full-width digits and ASCII punctuation (Japanese IME input). */
export const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A CSV line joined with `;` and quoted where needed (European Excel). */
export const csvLine = (cells: string[], sep = ';'): string => cells.map((c) => (/[;",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep);

/** The UTF-8 byte order mark Excel writes. */
export const BOM = '\ufeff';
