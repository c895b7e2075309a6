/** ICAO 9303 character value: digits, A=10…Z=35, `<` = 0. */
const mrzValue = (c: string): number => (c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);

/** The ICAO 9303 check digit (weights 7-3-1, mod 10) of an MRZ field. */
export function mrzCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += mrzValue(field[i]!) * [7, 3, 1][i % 3]!;
  return sum % 10;
}

/** True when `check` is the check digit of `field` (`<` counts as 0 for an empty optional field). */
const checks = (field: string, check: string): boolean => (check === '<' ? /^<*$/.test(field) : mrzCheckDigit(field) === Number(check));

/** A passport MRZ second line (TD3, 44 characters): document number, birth date, expiry and composite checks hold. */
export function td3Line2Valid(l: string): boolean {
  if (l.length !== 44) return false;
  const doc = l.slice(0, 10), dob = l.slice(13, 20), exp = l.slice(21, 28), personal = l.slice(28, 43);
  if (!checks(doc.slice(0, 9), doc[9]!) || !checks(dob.slice(0, 6), dob[6]!) || !checks(exp.slice(0, 6), exp[6]!)) return false;
  return checks(personal.slice(0, 14), personal[14]!) && mrzCheckDigit(doc + dob + exp + personal) === Number(l[43]);
}

/** An ID-card MRZ first line (TD1, 30 characters): the document number's check holds. */
export function td1Line1Valid(l: string): boolean {
  return l.length === 30 && checks(l.slice(5, 14), l[14]!) && /\d/.test(l.slice(5, 14));
}

/** An ID-card MRZ second line (TD1, 30 characters): birth date and expiry checks hold. */
export function td1Line2Valid(l: string): boolean {
  return l.length === 30 && checks(l.slice(0, 6), l[6]!) && checks(l.slice(8, 14), l[14]!);
}

/** A German card driving-licence number (11 characters): the tenth is the check of the first nine (weights 9…1, mod 11, 10 = X). */
export function deLicenceValid(v: string): boolean {
  if (!/^[0-9A-Z]\d{2}[0-9A-Z]{6}[0-9X][0-9A-Z]$/.test(v) || !/[A-Z]/.test(v.slice(3, 9) + v[0]) || (v.slice(0, 9).match(/\d/g)?.length ?? 0) < 3) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += mrzValue(v[i]!) * (9 - i);
  const m = sum % 11;
  return (m === 10 ? 'X' : String(m)) === v[9];
}
