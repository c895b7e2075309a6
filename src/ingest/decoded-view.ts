/**
 * A decoded view of a text: `text` with percent-escapes (`%3D`, `%E2%82%AC`), JSON string
 * escapes (`\/`, `\"`, `\n`, `\u003d`) and HTML entities (`&amp;`, `&#x3D;`) decoded, and
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

const ENCODED = /%[0-9A-Fa-f]{2}|\\[\\/"bfnrtu]|&(?:#[xX]?[0-9A-Fa-f]{1,6}|[A-Za-z]{2,6});/;

const JSON_ESCAPES: Record<string, string> = { '\\': '\\', '/': '/', '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
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
      const dec = c === 92 ? jsonEscape(s, i) : entity(s, i);
      if (dec) {
        for (let k = 0; k < dec.out.length; k++) put(dec.out.charCodeAt(k), i);
        i += dec.len;
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
