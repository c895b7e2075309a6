/** Bits of the character-class shapes the prefilter tracks (detectors without a literal anchor). */
export const SHAPE = { card: 1, ssn: 2, phone: 4, ipv4: 8, ipv6: 16, mac: 32, hex32: 64, iban: 128, idnum: 256 } as const;

// Digit runs: maximal runs of digits and the separators phone, card and IP formats use, with
// at least 4 digits. Anchored at a run start (the lookbehind), so a run is scanned once.
const DIGIT_RUN = /(?<![\d \-.()+])[ \-.()+]*\d(?:[ \-.()+]*\d){3}[\d \-.()+]*/g;
// Three colons or dashes within a hex run (IPv6, MAC addresses): found here, then the whole
// run is measured in JavaScript.
const HEX_SEPS = /[:-][0-9a-fA-F]*[:-][0-9a-fA-F]*[:-]/g;
/** 1 for [0-9a-f], 2 for [A-F], 4 for ':' and '-' (hex run characters). */
const HEXC: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of '0123456789abcdef') t[ch.charCodeAt(0)] = 1;
  for (const ch of 'ABCDEF') t[ch.charCodeAt(0)] = 2;
  t[58] = t[45] = 4;
  return t;
})();
const hexc = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? HEXC[c]! : 0;
};
// Two capital letters then two digits (the start of an IBAN).
const IBAN_START = /[A-Z]{2}\d{2}/g;

/** Character kinds a text may contain, as bits: the shapes that need a kind the text lacks are not looked for. */
export const KIND = { digit: 1, sep: 2, upper: 4, all: 7 } as const;

/** The KIND bits of one character code (':' and '-' are the hex-run separators). */
export function kindOf(c: number): number {
  if (c >= 48 && c <= 57) return KIND.digit;
  if (c === 58 || c === 45) return KIND.sep;
  if (c >= 65 && c <= 90) return KIND.upper;
  return 0;
}

/** 1 for the characters of a digit run: digits and ` -.()+`. */
const RUNC: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of '0123456789 -.()+') t[ch.charCodeAt(0)] = 1;
  return t;
})();
const runc = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? RUNC[c]! : 0;
};

/**
 * Where the shapes occur in `text`: positions (ascending) and their shape bits, appended to
 * `pos`/`bits`. The regular expressions run in V8's native regex engine and only the few
 * runs they find are classified in JavaScript: much cheaper than tracking character classes
 * for every character of every field. They run with `test()` (no match arrays): each run's
 * start is found by walking back from where the match ended, over the run's own characters.
 */
export function findShapes(text: string, pos: number[], bits: number[], kinds: number = KIND.all, skipPrivateIpv4 = false): void {
  const from = pos.length;
  if ((kinds & KIND.digit) !== 0) findDigitRuns(text, pos, bits, skipPrivateIpv4);
  if ((kinds & KIND.sep) !== 0) findHexRuns(text, pos, bits);
  if (text.length >= 32) findHex32(text, pos, bits);
  if ((kinds & (KIND.digit | KIND.upper)) === (KIND.digit | KIND.upper)) {
    IBAN_START.lastIndex = 0;
    while (IBAN_START.test(text)) add(pos, bits, IBAN_START.lastIndex - 4, SHAPE.iban);
  }
  sortFrom(pos, bits, from);
}

/**
 * True when `text[start, end)` (spaces around, dashes after allowed) is exactly a dotted quad in a private,
 * loopback, link-local or CGNAT range: an address no IPv4, phone or card detector reports
 * when private addresses are ignored.
 */
export function isPrivateQuad(text: string, start: number, end: number): boolean {
  while (start < end && text.charCodeAt(start) === 32) start++;
  // Trailing spaces and dashes too (nginx's `10.1.2.3 - - [`): no digit follows them, so no
  // card, phone or SSN match can use them, and the IPv4 match is the quad alone.
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 45)) end--;
  // The first two octets and how many are complete (no array: this runs for every upstream address of a log).
  let a = -1;
  let b = -1;
  let done = 0;
  let v = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v < 0 ? c - 48 : v * 10 + c - 48;
      if (v > 255) return false;
    } else if (c === 46 && v >= 0 && done < 3) {
      if (done === 0) a = v;
      else if (done === 1) b = v;
      done++;
      v = -1;
    } else return false;
  }
  if (v < 0 || done !== 3) return false;
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/** Digit runs with card, SSN, phone or IPv4 shapes (private dotted quads skipped when asked). */
function findDigitRuns(text: string, pos: number[], bits: number[], skipPrivateIpv4: boolean): void {
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) {
    // The match is a whole run (lookbehind at its start, greedy to its end).
    const end = DIGIT_RUN.lastIndex;
    let start = end - 4;
    while (start > 0 && runc(text, start - 1) === 1) start--;
    // Fewer than 7 characters hold no shape (the shortest, an IPv4 quad, is `1.2.3.4`): the
    // many short numbers of a log (durations, ids, sizes) are not classified.
    if (end - start < 7) continue;
    const b = digitRunShapes(text, start, end);
    if (skipPrivateIpv4 && (b & SHAPE.ipv4) !== 0 && isPrivateQuad(text, start, end)) continue;
    if (b !== 0) add(pos, bits, start, b);
  }
}

/** Hex runs with three or more `:`/`-` (IPv6 and MAC addresses). */
function findHexRuns(text: string, pos: number[], bits: number[]): void {
  HEX_SEPS.lastIndex = 0;
  while (HEX_SEPS.test(text)) {
    let start = HEX_SEPS.lastIndex - 3;
    while (start > 0 && hexc(text, start - 1) !== 0) start--;
    let end = HEX_SEPS.lastIndex;
    while (end < text.length && hexc(text, end) !== 0) end++;
    const b = hexRunShapes(text, start, end);
    if (b !== 0) add(pos, bits, start, b);
    HEX_SEPS.lastIndex = end;
  }
}

/** IPv6 and MAC shapes of one hex run (hex digits, `:` and `-`), `text[start, end)`. */
export function hexRunShapes(text: string, start: number, end: number): number {
  let colons = 0;
  let dashes = 0;
  let double = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      colons++;
      if (text.charCodeAt(i + 1) === 58) double = true;
    } else if (c === 45) dashes++;
  }
  // An IPv6 address has 7 colons, 6 with an IPv4 tail, or `::` (so not `2026:10:11:12`).
  const ipv6 = colons >= 6 || (colons >= 2 && double);
  return (ipv6 ? SHAPE.ipv6 : 0) | (colons >= 5 || dashes >= 5 ? SHAPE.mac : 0);
}

/** Appends (p, b); each pass finds ascending positions, and sortFrom() orders the passes' results once at the end. */
function add(pos: number[], bits: number[], p: number, b: number): void {
  pos.push(p);
  bits.push(b);
}

/**
 * Sorts `pos[from..]` (with their bits) ascending, stably (a position found by an earlier
 * pass stays first): once per text, O(n log n), however the passes' results interleave.
 */
function sortFrom(pos: number[], bits: number[], from: number): void {
  let sorted = true;
  for (let i = from + 1; i < pos.length && sorted; i++) if (pos[i]! < pos[i - 1]!) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: pos.length - from }, (_, k) => from + k).sort((a, b) => pos[a]! - pos[b]!);
  const p = order.map((i) => pos[i]!);
  const b = order.map((i) => bits[i]!);
  for (let k = 0; k < order.length; k++) {
    pos[from + k] = p[k]!;
    bits[from + k] = b[k]!;
  }
}

/**
 * Stretches of exactly 32 lowercase hex characters. Any such stretch covers a multiple of
 * 16, so only every 16th character is looked at until one is hex; then its stretch is
 * measured once.
 */
function findHex32(text: string, pos: number[], bits: number[]): void {
  const n = text.length;
  let done = 0; // characters before this are measured
  for (let i = 15; i < n; i += 16) {
    if (i < done || hexc(text, i) !== 1) continue;
    let start = i;
    while (start > done && hexc(text, start - 1) === 1) start--;
    let end = i + 1;
    while (end < n && hexc(text, end) === 1) end++;
    // Only after `SK` or `AC` (Twilio SIDs, the shape's only users): trace ids and MD5s are not looked at.
    if (end - start === 32 && start >= 2 && isTwilioPrefix(text.charCodeAt(start - 2), text.charCodeAt(start - 1))) add(pos, bits, start, SHAPE.hex32);
    done = end;
  }
}

/** `SK` or `AC` (the prefixes of Twilio SIDs). */
export function isTwilioPrefix(a: number, b: number): boolean {
  return (a === 83 && b === 75) || (a === 65 && b === 67);
}

/** Two digits at `i` as a number (-1 when either is no digit). */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** A plausible date at `i`: `YYMMDD`, or `YYYYMMDD` with a 19xx/20xx year when `fullYear`. */
function dateAt(text: string, i: number, fullYear: boolean): boolean {
  if (fullYear) {
    const c = twoDigits(text, i);
    if (c !== 19 && c !== 20) return false;
    i += 2;
  }
  const m = twoDigits(text, i + 2);
  const d = twoDigits(text, i + 4);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * A long national-id layout in a group of `group` digits at `start`: 17-18 digits with a birth date at
 * 7-14 (a Chinese resident id; its check `X` ends the run), or the 7 digits after `YYMMDD-` (a Korean RRN).
 * Trace ids of 17-19 digits rarely hold such a date, so their lines wake no id detector.
 */
function idLayout(text: string, start: number, group: number, sixDash: boolean): boolean {
  if (group === 17 || group === 18) return dateAt(text, start + 6, true);
  return group === 7 && sixDash;
}

/**
 * True when the `n` digits at `at` can be a card number by their length: 14-16 digits, or 17-19 beginning as
 * UnionPay (`62`), JCB (`35`) or Mir (`220`) cards of that length do. Not any 17-19 digits: Datadog's decimal
 * trace and span ids (`dd.trace_id=6247446539346129000`) are 19 digits of any start, on most lines of a log.
 */
function cardGroup(text: string, at: number, n: number): boolean {
  if (n >= 14 && n <= 16) return true;
  if (n < 17 || n > 19) return false;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return (a === 54 && b === 50) || (a === 51 && b === 53) || (a === 50 && b === 50 && text.charCodeAt(at + 2) === 48);
}

/** Card, SSN, phone (international, US and national layouts) IPv4 and long national-id (idnum) shapes of one digit run (digits with separators), `text[start, end)` (default: all of it). */
export function digitRunShapes(text: string, start = 0, end = text.length): number {
  let digits = 0, group = 0, dash = 0, dot = 0, space = 0, paren = 0, plus = 0, pend = 0, card = 0, zero = 0, idnum = 0;
  let sixDash = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0 && c === 48) zero = 1;
      if (pend !== 0 && digits > 0) {
        if (pend === 45) dash++;
        else if (pend === 46) dot++;
        else if (pend === 32) space++;
      }
      pend = 0;
      digits++;
      group++;
      continue;
    }
    if (cardGroup(text, i - group, group)) card = 1;
    if (group > 0) {
      if (idLayout(text, i - group, group, sixDash)) idnum = 1;
      sixDash = group === 6 && c === 45 && dateAt(text, i - 6, false);
    } else sixDash = false;
    group = 0;
    if (c === 43) plus = 1;
    else if (c === 40 || c === 41) paren++;
    pend = c;
  }
  // 14: Diners (`38…`, `30…`), found in card context only (a SQL row's `pan` column).
  if (cardGroup(text, end - group, group)) card = 1;
  if (idLayout(text, end - group, group, sixDash)) idnum = 1;
  if (digits < 4) return 0;
  let b = 0;
  if (card === 1 || (digits >= 13 && dash + space >= 2)) b |= SHAPE.card;
  if (dash >= 2 && (digits === 9 || (space > 0 && digits >= 9))) b |= SHAPE.ssn;
  if ((plus === 1 && digits >= 8) || (digits >= 10 && (dash >= 2 || dot >= 2 || paren > 0 || space >= 2))) b |= SHAPE.phone;
  // National layouts: a trunk `0` and one separator (`07700 900123`, `0171 2345678`, `06-12345678`),
  // or 9 digits in four groups (`612 34 56 78`).
  else if (digits >= 9 && digits <= 13 && ((zero === 1 && dash + dot + space >= 1) || space >= 3)) b |= SHAPE.phone;
  if (dot >= 3) b |= SHAPE.ipv4;
  if (idnum === 1) b |= SHAPE.idnum;
  return b;
}
