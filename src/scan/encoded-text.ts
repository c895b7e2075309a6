/**
 * Helpers for values that arrive in a second layer of encoding: URL-encoded twice (`%2540`),
 * quoted with HTML entities (`&quot;`), grouped with URL-encoded separators (`%20`, `%2D`) or
 * holding JSON `\u` escapes. The detectors match the encoded text (a finding covers the encoded
 * span); these read what it encodes.
 */

/** Where the at sign of an e-mail match is and how long it is written: `@`, `%40` or `%2540` (URL-encoded twice); [-1, 0] for none. */
export function emailAtSign(v: string): [number, number] {
  const at = v.indexOf('@');
  if (at >= 0) return [at, 1];
  const twice = v.indexOf('%2540');
  if (twice >= 0) return [twice, 5];
  const once = v.toLowerCase().indexOf('%40');
  return once >= 0 ? [once, 3] : [-1, 0];
}

/** `s` with its JSON `\uXXXX` escapes (also written with two or three backslashes, JSON inside JSON) read as the characters they stand for. */
export function decodeJsonUnicode(s: string): string {
  return s.includes('\\') ? s.replace(/\\{1,3}u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ' };

/** `s` with its HTML character references (`&quot;`, `&#34;`, `&#x22;`, `&amp;`, `&lt;`…) read as the characters they stand for; unknown names are kept. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,6}));/g, (m, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? m;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The width of a card-group separator at `i`: 3 for `%20`/`%2D` (URL-encoded space and dash), 1 for `+` (form encoding's space), ` ` or `-`; 0 for none. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 43 || c === 32 || c === 45) return 1;
  if (c !== 37 || text.charCodeAt(i + 1) !== 50) return 0;
  const d = text.charCodeAt(i + 2);
  return d === 48 || d === 68 || d === 100 ? 3 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * True when the URL-encoded separator `%20` or `%2D` at `at` (`text[at]` is its `%`) lies between two digits of a
 * run that can be a grouped card: 13-19 digits in groups of at most 7, two or more separators, one an encoded one
 * (`5113%204076%207681%205541`, `4111%2D1111%2D…`). A URL-encoded timestamp (`2025-03-12%2010%3A11`) or an amount
 * (`100%20EUR`) is no such run, so its line does not wake the card detectors.
 */
export function encodedCardRun(text: string, at: number): boolean {
  if (at === 0 || !isDigit(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at + 3))) return false;
  // Back to the run's start: digits and separators, each separator between two digits.
  let start = at;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (isDigit(c)) start--;
    else if (start >= 3 && separatorAt(text, start - 3) === 3 && isDigit(text.charCodeAt(start - 4))) start -= 3;
    else if (separatorAt(text, start - 1) === 1 && start >= 2 && isDigit(text.charCodeAt(start - 2))) start--;
    else break;
    if (at - start > 64) return false;
  }
  let digits = 0;
  let seps = 0;
  let group = 0;
  for (let i = start; i < text.length && i - start <= 64; ) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (++group > 7) return false;
      i++;
      continue;
    }
    const w = separatorAt(text, i);
    if (w === 0 || !isDigit(text.charCodeAt(i + w))) break;
    seps++;
    group = 0;
    i += w;
  }
  return digits >= 13 && digits <= 19 && seps >= 2;
}
