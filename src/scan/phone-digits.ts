/** The digits of a phone number as written, URL-encoded separators (`%20`, `%2F`, `%2B`) read as what they encode. */
export function phoneDigits(v: string): string {
  return v.replace(/%2[0BF]/gi, ' ').replace(/\D/g, '');
}

/**
 * True when `d` (digits only, as written: trunk `0` kept, no `+`) reads as a phone number of
 * a national plan: a trunk `0` then 8-11 digits (FR, DE, UK, IT landlines, NL), `00` then an
 * international number, 9 digits from 6-9 (ES), 10 digits from 3 (IT mobiles) or a NANP
 * number (area and exchange codes from 2-9). Runs of one digit and counting runs are not.
 */
export function nationalPhoneDigits(d: string): boolean {
  if (/^(\d)\1+$|0{6}$/.test(d) || '01234567890123'.includes(d) || '98765432109876'.includes(d)) return false;
  if (d.startsWith('00')) return d.length >= 11 && d.length <= 15 && d[2] !== '0';
  if (d.startsWith('0')) return d.length >= 9 && d.length <= 12 && !/^0+$/.test(d.slice(1, 4));
  if (d.length === 9) return /^[6-9]/.test(d);
  if (d.length === 10) return /^3/.test(d) || /^[2-9]\d{2}[2-9]/.test(d);
  if (d.length === 11) return /^1[2-9]\d{2}[2-9]/.test(d);
  return false;
}

/** True when a number's groups read as a date, a time or a version (`12.03.2024`, `2024-03-12 10`, `1.2.3.4`). */
export function dateOrVersionLayout(v: string): boolean {
  return /^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|^(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|^\d{1,3}(?:\.\d{1,3}){3}$/.test(v);
}

/**
 * True when national digits are a freephone or shared-cost service number (`0800 …`, `0808`, `0801`, `0900`, DE `0180x`,
 * UK `0845`/`0870`): numbers companies rent for hotlines, never a person's line.
 */
export function serviceNumberDigits(d: string): boolean {
  return /^0(?:80[0-8]|900|180[1-7]|845|870)\d{5,8}$/.test(d);
}

/**
 * True when digits (`+1`/`1` kept or not) are a North American toll-free number (`800`, `833`, `844`, `855`, `866`,
 * `877`, `888`): lines businesses rent for hotlines and reservations desks, not a person's phone.
 */
export function tollFreeNanpDigits(d: string): boolean {
  return /^1?8(?:00|33|44|55|66|77|88)[2-9]\d{6}$/.test(d);
}

/**
 * A company's service line by its label (`Support: +44 161 …`, `Customer service line: …`, `Reservations (24/7): …`,
 * `Hotline …`): the number right after the label on its line, as printed on a contact card or in a signature. Public.
 */
const SERVICE_LABEL = /(?:\bsupport|\bhelp ?line|\bhot ?line|\bcustomer (?:service|care|support)|\bswitchboard|\breservations|\bfront desk|\bhelp ?desk|\bcall cent(?:re|er)|\bhead office|\bmain line|\benquiries|\binquiries)(?: (?:line|number|no\.?|tel\.?|phone|desk))?(?: ?\(24\/7\))?\s{0,2}[:：]\s{0,2}$/i;

/** True when the phone at `[start, …)` of `text` follows a service label on its line (SERVICE_LABEL). */
export function afterServiceLabel(text: string, start: number): boolean {
  // The 48 characters before it, from its line's start (no search back through a long line: adversarial one-line bodies).
  const before = text.slice(Math.max(0, start - 48), start);
  return SERVICE_LABEL.test(before.slice(before.lastIndexOf('\n') + 1));
}
