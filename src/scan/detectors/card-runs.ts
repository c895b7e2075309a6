import { cardBrand, luhnValid } from '../validators';

const isDigit = (t: string, i: number): boolean => t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57;

/** True when `token` is a whole card number: 13–19 digits, a brand's IIN and length, Luhn. */
function isCardNumber(token: string): boolean {
  return /^\d{13,19}$/.test(token) && cardBrand(token) !== null && luhnValid(token);
}

/** Item separators of a row: comma, semicolon, pipe, tab (one space may follow). */
const SEPARATORS = ',;|\t';

/**
 * True when the number at `text[start, end)` is one item of a separated run of card numbers
 * (a CSV/TSV row or list: `4111…,5500…,3600…`): the item right before it or right after it,
 * across one separator, is a card number too. A card beside a card is card context, as the
 * word `card` is: a 14-digit Diners number in such a run is a card, alone it could be an id.
 */
export function besideCard(text: string, start: number, end: number): boolean {
  const b = text[start - 1] === ' ' ? start - 1 : start;
  if (SEPARATORS.includes(text[b - 1] ?? 'x')) {
    const stop = text[b - 2] === ' ' ? b - 2 : b - 1;
    let s = stop;
    while (s > 0 && s > stop - 20 && isDigit(text, s - 1)) s--;
    if (!/\d/.test(text[s - 1] ?? '') && isCardNumber(text.slice(s, stop))) return true;
  }
  if (SEPARATORS.includes(text[end] ?? 'x')) {
    const from = text[end + 1] === ' ' ? end + 2 : end + 1;
    let e = from;
    while (e < text.length && e < from + 20 && isDigit(text, e)) e++;
    if (!/[\w.-]/.test(text[e] ?? '') && isCardNumber(text.slice(from, e))) return true;
  }
  return false;
}
