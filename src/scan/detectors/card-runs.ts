import { cardBrand, luhnValid } from '../validators';

/** True when `token` is a whole card number: 13–19 digits, a brand's IIN and length, Luhn. */
function isCardNumber(token: string): boolean {
  return /^\d{13,19}$/.test(token) && cardBrand(token) !== null && luhnValid(token);
}

/**
 * True when the number at `text[start, end)` is one item of a comma-separated run of card
 * numbers (a CSV row or list: `4111…,5500…,3600…`): the item right before it or right after
 * it, across one comma, is a card number too. A card beside a card is card context, as the
 * word `card` is: a 14-digit Diners number in such a run is a card, alone it could be an id.
 */
export function besideCard(text: string, start: number, end: number): boolean {
  if (text[start - 1] === ',') {
    let s = start - 1;
    while (s > 0 && s > start - 21 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
    if (!/\d/.test(text[s - 1] ?? '') && isCardNumber(text.slice(s, start - 1))) return true;
  }
  if (text[end] === ',') {
    let e = end + 1;
    while (e < text.length && e < end + 21 && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
    if (!/[\w.-]/.test(text[e] ?? '') && isCardNumber(text.slice(end + 1, e))) return true;
  }
  return false;
}
