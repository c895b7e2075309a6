/** Bits of the character-class shapes the prefilter tracks (detectors without a literal anchor). */
export const SHAPE = { card: 1, ssn: 2, phone: 4, ipv4: 8, ipv6: 16, mac: 32, hex32: 64, iban: 128 } as const;

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

/**
 * Where the shapes occur in `text`: positions (ascending) and their shape bits, appended to
 * `pos`/`bits`. The regular expressions run in V8's native regex engine and only the few
 * runs they find are classified in JavaScript: much cheaper than tracking character classes
 * for every character of every field.
 */
export function findShapes(text: string, pos: number[], bits: number[]): void {
  const found: [number, number][] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const b = digitRunShapes(m[0]);
    if (b !== 0) found.push([m.index, b]);
  }
  HEX_SEPS.lastIndex = 0;
  for (let m = HEX_SEPS.exec(text); m !== null; m = HEX_SEPS.exec(text)) {
    let start = m.index;
    while (start > 0 && hexc(text, start - 1) !== 0) start--;
    let end = m.index + m[0].length;
    while (end < text.length && hexc(text, end) !== 0) end++;
    let colons = 0;
    let dashes = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 58) colons++;
      else if (c === 45) dashes++;
    }
    const b = (colons >= 3 ? SHAPE.ipv6 : 0) | (colons >= 5 || dashes >= 5 ? SHAPE.mac : 0);
    if (b !== 0) found.push([start, b]);
    HEX_SEPS.lastIndex = end;
  }
  findHex32(text, found);
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) found.push([m.index, SHAPE.iban]);
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  for (const [p, b] of found) {
    pos.push(p);
    bits.push(b);
  }
}

/**
 * Stretches of exactly 32 lowercase hex characters. Any such stretch covers a multiple of
 * 16, so only every 16th character is looked at until one is hex; then its stretch is
 * measured once.
 */
function findHex32(text: string, found: [number, number][]): void {
  const n = text.length;
  let done = 0; // characters before this are measured
  for (let i = 15; i < n; i += 16) {
    if (i < done || hexc(text, i) !== 1) continue;
    let start = i;
    while (start > done && hexc(text, start - 1) === 1) start--;
    let end = i + 1;
    while (end < n && hexc(text, end) === 1) end++;
    if (end - start === 32) found.push([start, SHAPE.hex32]);
    done = end;
  }
}

/** Card, SSN, phone and IPv4 shapes of one digit run (digits with separators). */
export function digitRunShapes(run: string): number {
  let digits = 0, group = 0, dash = 0, dot = 0, space = 0, paren = 0, plus = 0, pend = 0, card = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) {
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
    if (group === 15 || group === 16) card = 1;
    group = 0;
    if (c === 43) plus = 1;
    else if (c === 40 || c === 41) paren++;
    pend = c;
  }
  if (group === 15 || group === 16) card = 1;
  if (digits < 4) return 0;
  let b = 0;
  if (card === 1 || (digits >= 13 && dash + space >= 2)) b |= SHAPE.card;
  if (dash >= 2 && (digits === 9 || (space > 0 && digits >= 9))) b |= SHAPE.ssn;
  if ((plus === 1 && digits >= 8) || (digits >= 10 && (dash >= 2 || dot >= 2 || paren > 0 || space >= 2))) b |= SHAPE.phone;
  if (dot >= 3) b |= SHAPE.ipv4;
  return b;
}
