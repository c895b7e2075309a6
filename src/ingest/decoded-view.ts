/**
 * A decoded view of a text: `text` with percent-escapes (`%3D`, `%E2%82%AC`), JSON string
 * escapes (`\/`, `\"`, `\n`, `\u003d`), C/Python/Go byte escapes (`\x3d`, `\xc3\xa9`) and HTML
 * entities (`&amp;`, `&#x3D;`) decoded; quoted-printable (`=3D`, `=C3=A9`, soft line breaks) when
 * the text shows it is QP; hex dumps of printable text (`53472e…`, 8 bytes or more) decoded; and
 * Unicode disguises undone (fullwidth ASCII, NBSP and other odd spaces, zero-width characters and
 * soft hyphens, smart quotes, Cyrillic look-alikes inside a Latin word). `map` is as before:
 * `map[i]` = the offset in the original text where decoded character `i` came from
 * (`map[text.length]` = the original length). A span `[s, e)` of the view covers
 * `[map[s], map[e])` of the original: whole escape sequences, never half of one.
 */
export interface DecodedView {
  text: string;
  map: Int32Array;
}

/** True when the text holds something decodeView would change (cheap check). */
export function mayBeEncoded(text: string): boolean {
  return ENCODED.test(text);
}

const ENCODED =
  /%[0-9A-Fa-f]{2}|\\[\\/"bfnrtu]|\\x[0-9A-Fa-f]{2}|&(?:#[xX]?[0-9A-Fa-f]{1,6}|[A-Za-z]{2,6});|[\u00a0\u00ad\u2000-\u200d\u2018\u2019\u201c\u201d\u2060\u202f\u3000\ufeff\uff01-\uff5e]|[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]|(?<![0-9A-Za-z])(?:[2-7][0-9A-Fa-f]){8}|=3[Dd]|=[C-F][0-9A-F]=[89AB][0-9A-F]|[Qq]uoted-[Pp]rintable/;

/** Quoted-printable is decoded only in a text that shows it (a QP header, an encoded `=`, a UTF-8 pair). */
const QP_GATE = /=3[Dd]|=[C-F][0-9A-F]=[89AB][0-9A-F]|[Qq]uoted-[Pp]rintable/;

const JSON_ESCAPES: Record<string, string> = { '\\': '\\', '/': '/', '"': '"', "'": "'", b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const hex = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

/** The byte of a `%XX` escape at `i`, or -1. */
function pctByte(s: string, i: number): number {
  if (s.charCodeAt(i) !== 37 || i + 2 >= s.length) return -1;
  const h = hex(s.charCodeAt(i + 1));
  const l = hex(s.charCodeAt(i + 2));
  return h < 0 || l < 0 ? -1 : (h << 4) | l;
}

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function utf8Len(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** The byte of a two-hex-digit escape `<lead>XX` at `i` (`%3D`, `\x3d`, `=3D`; `w` = its width), or -1. */
function escByte(s: string, i: number, w: number): number {
  if (i + w - 1 >= s.length) return -1;
  const h = hex(s.charCodeAt(i + w - 2));
  const l = hex(s.charCodeAt(i + w - 1));
  return h < 0 || l < 0 ? -1 : (h << 4) | l;
}

/**
 * One UTF-8 character written as byte escapes of width `w` starting at `i` (`\xc3\xa9`, `=C3=A9`),
 * each escape starting with `lead` (the text at `i` is known to be one): the code point and the
 * length, or null when the bytes are no valid sequence.
 */
function byteEscChar(s: string, i: number, w: number, lead: string): { cp: number; len: number } | null {
  const b0 = escByte(s, i, w);
  if (b0 < 0) return null;
  const n = utf8Len(b0);
  if (n === 0) return null;
  if (n === 1) return { cp: b0, len: w };
  let cp = b0 & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const at = i + w * k;
    if (!s.startsWith(lead, at)) return null;
    const b = escByte(s, at, w);
    if (b < 0 || (b & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, len: w * n };
}

/**
 * The length of a hex dump of printable text starting at `i` (at a word boundary): an even run of
 * 16+ hex digits, one case and not digits only, ending at a word boundary, whose bytes are all printable ASCII (NULs
 * allowed at its end only); 0 when there is none. Linear in the run; random ids and digests fail it.
 */
function hexTextRun(s: string, i: number): number {
  if (i > 0 && isWord(s.charCodeAt(i - 1))) return 0;
  let j = i;
  let lower = false;
  let upper = false;
  while (j < s.length && j - i < 4096) {
    const c = s.charCodeAt(j);
    if (hex(c) < 0) break;
    if (c >= 97) lower = true;
    else if (c >= 65) upper = true;
    j++;
  }
  const len = j - i;
  if (len < 16 || len % 2 || (lower && upper) || !(lower || upper) || (j < s.length && isWord(s.charCodeAt(j)))) return 0;
  let nul = false;
  for (let k = i; k < j; k += 2) {
    const b = (hex(s.charCodeAt(k)) << 4) | hex(s.charCodeAt(k + 1));
    if (b === 0) nul = true;
    else if (nul || b < 0x20 || b > 0x7e) return 0;
  }
  return len;
}

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Unicode disguises: odd spaces become a space, smart quotes ASCII ones; 0 = dropped (zero-width, soft hyphen). */
const DISGUISE = new Map<number, number>([
  [0x00a0, 32], [0x2000, 32], [0x2001, 32], [0x2002, 32], [0x2003, 32], [0x2004, 32], [0x2005, 32], [0x2006, 32],
  [0x2007, 32], [0x2008, 32], [0x2009, 32], [0x200a, 32], [0x202f, 32], [0x3000, 32],
  [0x00ad, 0], [0x200b, 0], [0x200c, 0], [0x200d, 0], [0x2060, 0], [0xfeff, 0],
  [0x2018, 39], [0x2019, 39], [0x201c, 34], [0x201d, 34],
]);

/** Cyrillic letters that look like Latin ones (undone only inside a word that also holds Latin letters). */
const LOOKALIKE = new Map<number, number>(
  [...'аaеeоoрpсcхxуyіiѕsјjАAВBЕEКKМMНHОOРPСCТTХX'].flatMap((ch, k, all) => (k % 2 ? [] : [[ch.charCodeAt(0), all[k + 1]!.charCodeAt(0)] as [number, number]])),
);

const isCyr = (c: number): boolean => c >= 0x400 && c <= 0x4ff;
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** True when the word around `i` (letters, digits, `_`; 32 characters either side at most) holds a Latin letter. */
function inLatinWord(s: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 32; k--) {
    const c = s.charCodeAt(k);
    if (isLatin(c)) return true;
    if (!isCyr(c) && !isWord(c)) break;
  }
  for (let k = i + 1; k < s.length && k <= i + 32; k++) {
    const c = s.charCodeAt(k);
    if (isLatin(c)) return true;
    if (!isCyr(c) && !isWord(c)) break;
  }
  return false;
}

/** Preallocated answers for single-byte escapes (the common case: `%3D`, `%2F`, `%40`). */
const ASCII = Array.from({ length: 128 }, (_, cp) => ({ cp, len: 3 }));

/**
 * Decode one `%XX…` UTF-8 sequence at `i`: the code point and the escape's length, or null
 * when the bytes are not a valid sequence (the `%` is then kept as it is).
 */
function pctChar(s: string, i: number): { cp: number; len: number } | null {
  const b0 = pctByte(s, i);
  if (b0 < 0) return null;
  const n = utf8Len(b0);
  if (n === 0) return null;
  if (n === 1) return b0 < 0x80 ? ASCII[b0]! : null;
  let cp = b0 & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const b = pctByte(s, i + 3 * k);
    if (b < 0 || (b & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, len: 3 * n };
}

/** A `\…` JSON escape at `i`: the text it stands for and its length, or null. */
function jsonEscape(s: string, i: number): { out: string; len: number } | null {
  const c = s[i + 1];
  if (c === undefined) return null;
  if (c === 'u') {
    let v = 0;
    for (let k = 2; k < 6; k++) {
      const d = hex(s.charCodeAt(i + k));
      if (d < 0) return null;
      v = (v << 4) | d;
    }
    return { out: String.fromCharCode(v), len: 6 };
  }
  const out = JSON_ESCAPES[c];
  return out === undefined ? null : { out, len: 2 };
}

/** An HTML entity at `i` (`&amp;`, `&#61;`, `&#x3D;`): the text it stands for and its length, or null. */
function entity(s: string, i: number): { out: string; len: number } | null {
  const m = /^&(?:#([xX][0-9A-Fa-f]{1,6}|\d{1,7})|([A-Za-z]{2,6}));/.exec(s.slice(i, i + 12));
  if (!m) return null;
  if (m[2]) {
    const out = ENTITIES[m[2].toLowerCase()];
    return out === undefined ? null : { out, len: m[0].length };
  }
  const num = m[1]![0] === 'x' || m[1]![0] === 'X' ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
  if (!(num > 0 && num <= 0x10ffff) || (num >= 0xd800 && num <= 0xdfff)) return null;
  return { out: String.fromCodePoint(num), len: m[0].length };
}

/**
 * One level of decoding (see DecodedView). Linear in the text's length (typed arrays, no
 * per-character string building: a 256 KB body decodes in milliseconds); invalid escapes
 * are kept as they are. Returns null when nothing was decoded.
 */
export function decodeView(s: string): DecodedView | null {
  const n = s.length;
  // Every escape decodes to at most as many UTF-16 units as it is long, so n is enough.
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let o = 0;
  let changed = false;
  let i = 0;
  const put = (unit: number, from: number) => {
    out[o] = unit;
    map[o++] = from;
  };
  const putCp = (cp: number, from: number) => {
    if (cp > 0xffff) {
      put(0xd800 + ((cp - 0x10000) >> 10), from);
      put(0xdc00 + ((cp - 0x10000) & 0x3ff), from);
    } else put(cp, from);
  };
  const qpText = QP_GATE.test(s);
  let hexChecked = -1; // hex runs are looked for once per word start
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */) {
      const p = pctChar(s, i);
      if (p) {
        putCp(p.cp, i);
        i += p.len;
        changed = true;
        continue;
      }
    } else if (c === 92 /* \ */ || c === 38 /* & */) {
      if (c === 92 && s.charCodeAt(i + 1) === 120 /* x */) {
        const x = byteEscChar(s, i, 4, '\\x');
        if (x) {
          putCp(x.cp, i);
          i += x.len;
          changed = true;
          continue;
        }
      }
      const dec = c === 92 ? jsonEscape(s, i) : entity(s, i);
      if (dec) {
        for (let k = 0; k < dec.out.length; k++) put(dec.out.charCodeAt(k), i);
        i += dec.len;
        changed = true;
        continue;
      }
    } else if (c === 61 /* = */ && qpText) {
      const nx = s.charCodeAt(i + 1);
      if (nx === 10 || (nx === 13 && s.charCodeAt(i + 2) === 10)) {
        i += nx === 10 ? 2 : 3; // a soft line break: the line goes on
        changed = true;
        continue;
      }
      const q = byteEscChar(s, i, 3, '=');
      // Only what QP must encode (`=`, non-ASCII, a trailing blank): `retries=12` stays as it is.
      if (q && (q.cp >= 0x80 || q.cp === 61 || q.cp === 9 || q.cp === 32)) {
        putCp(q.cp, i);
        i += q.len;
        changed = true;
        continue;
      }
    } else if (c >= 48 && c <= 55 && i > hexChecked) {
      const len = hexTextRun(s, i);
      hexChecked = i;
      if (len) {
        for (let k = i; k < i + len; k += 2) {
          const b = (hex(s.charCodeAt(k)) << 4) | hex(s.charCodeAt(k + 1));
          if (b) put(b, k);
        }
        i += len;
        changed = true;
        continue;
      }
    } else if (c >= 0xa0) {
      const d = DISGUISE.get(c);
      if (d !== undefined) {
        if (d) put(d, i);
        i++;
        changed = true;
        continue;
      }
      if (c >= 0xff01 && c <= 0xff5e) {
        put(c - 0xfee0, i++);
        changed = true;
        continue;
      }
      const l = isCyr(c) ? LOOKALIKE.get(c) : undefined;
      if (l !== undefined && inLatinWord(s, i)) {
        put(l, i++);
        changed = true;
        continue;
      }
    }
    put(c, i++);
  }
  if (!changed) return null;
  map[o] = n;
  let text = '';
  for (let k = 0; k < o; k += 8192) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(o, k + 8192)) as unknown as number[]);
  return { text, map: map.slice(0, o + 1) };
}

/**
 * The decoded views of a text, one per level (double- and triple-encoded values decode one
 * level at a time), each mapped back to offsets of the original text. At most `levels`.
 */
export function decodedViews(text: string, levels = 3): DecodedView[] {
  const views: DecodedView[] = [];
  let cur = text;
  let toOrig: Int32Array | null = null;
  for (let l = 0; l < levels && mayBeEncoded(cur); l++) {
    const v = decodeView(cur);
    if (!v) break;
    const map: Int32Array = toOrig === null ? v.map : v.map.map((x) => toOrig![x]!);
    views.push({ text: v.text, map });
    cur = v.text;
    toOrig = map;
  }
  return views;
}
