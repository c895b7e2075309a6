/**
 * Russian personal ids: the SNILS (pension insurance number, `112-233-445 95`) and the personal INN
 * (taxpayer number, 12 digits; a company's has 10 and is public, so only the 12-digit form is a person's).
 */

/** True for an 11-digit SNILS whose last two digits are its check number (weights 9…1 over the first nine, mod 101). */
export function snilsValid(v: string): boolean {
  const d = v.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(d) || /^(\d)\1{8}/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (9 - i);
  const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(d.slice(9));
}

/** True for a 12-digit personal INN with both check digits (the tax service's weights, mod 11, then mod 10). */
export function personalInnValid(v: string): boolean {
  const d = v.replace(/\s/g, '');
  if (!/^\d{12}$/.test(d) || /^0{4}/.test(d)) return false;
  const check = (weights: readonly number[]): number => (weights.reduce((s, w, i) => s + w * Number(d[i]), 0) % 11) % 10;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(d[10]) && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(d[11]);
}
