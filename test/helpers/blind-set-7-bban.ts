/**
 * National check digits inside BBANs for blind set 7, so IBANs are valid beyond mod 97: the French
 * RIB key, the Spanish DC pair, the Italian CIN letter and the Belgian mod-97 pair. Each takes a BBAN
 * with random check characters and returns it with the right ones, without drawing randomness.
 */

const RIB_LETTERS: Record<string, string> = { A: '1', B: '2', C: '3', D: '4', E: '5', F: '6', G: '7', H: '8', I: '9', J: '1', K: '2', L: '3', M: '4', N: '5', O: '6', P: '7', Q: '8', R: '9', S: '2', T: '3', U: '4', V: '5', W: '6', X: '7', Y: '8', Z: '9' };

/** FR: bank 5, branch 5, account 11 (letters allowed), RIB key 2 = 97 - (89 b + 15 g + 3 a) mod 97. */
export function frBban(bban: string): string {
  const acct = bban.slice(10, 21).replace(/[A-Z]/g, (c) => RIB_LETTERS[c]!);
  const sum = 89n * BigInt(bban.slice(0, 5)) + 15n * BigInt(bban.slice(5, 10)) + 3n * BigInt(acct);
  return bban.slice(0, 21) + String(97n - (sum % 97n)).padStart(2, '0');
}

const ES_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDigit = (ten: string): string => {
  const d = 11 - (ten.split('').reduce((s, c, i) => s + Number(c) * ES_WEIGHTS[i]!, 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};

/** ES: bank 4, branch 4, DC 2, account 10; DC over `00`+bank+branch and over the account. */
export function esBban(bban: string): string {
  return bban.slice(0, 8) + esDigit('00' + bban.slice(0, 8)) + esDigit(bban.slice(10, 20)) + bban.slice(10);
}

const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cinIndex = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);

/** IT: CIN letter, ABI 5, CAB 5, account 12; CIN from odd/even position tables mod 26. */
export function itBban(bban: string): string {
  const rest = bban.slice(1);
  const sum = rest.split('').reduce((s, c, i) => s + (i % 2 === 0 ? CIN_ODD[cinIndex(c)]! : cinIndex(c)), 0);
  return String.fromCharCode(65 + (sum % 26)) + rest;
}

/** BE: bank 3, account 7, check 2 = first ten mod 97 (97 when 0). */
export function beBban(bban: string): string {
  const m = Number(BigInt(bban.slice(0, 10)) % 97n);
  return bban.slice(0, 10) + String(m === 0 ? 97 : m).padStart(2, '0');
}
