import { plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { snilsValid } from '../id-checksums-ru';
import { dateOrVersionLayout } from '../phone-digits';

/**
 * Round r76p (blind set 76: localized logs of global integrations), phones and birth dates under labels in their language:
 * - a national phone number under a phone label beyond Latin-1 (`телефон`, `тел.`, `Κινητό`, `手机号`, `電話番号`, `연락처`,
 *   `טלפון`, `هاتف`, `मोबाइल`, `โทร`, `điện thoại`), quoted, bracketed (`＝「03-7331-8847」`) or in prose (`電話番号は…です`);
 * - a birth date under a birth label beyond Latin-1 (`जन्म तिथि=24/08/1975`, `дата рождения: 23.11.2002`, `생년월일 1969년 2월 28일`,
 *   `"생년월일":"570215"`), and after Spanish `nací el`;
 * - a phone or a SNILS whose JSON key is `\uXXXX`-escaped (`"\u96fb\u8a71\u756a\u53f7": "03-3817-5079"`, `"\u0421\u041d\u0418\u041b\u0421": "…"`).
 * - a payer's phone in a payment provider's own field: Swish `payerAlias`, MB WAY's `351#9…` alias, PagSeguro's
 *   `<areaCode>…</areaCode><number>…</number>`, a Yape number after `yape`.
 * Left alone on purpose: numbers under fax, hotline or company-phone labels, dates under other date labels (issue, expiry, order).
 */

const PHONE_LABELS = [
  'телефон', 'Телефон', 'тел.', 'Тел.', 'моб.', 'мобильный', 'Κινητό', 'κινητό', 'Τηλέφωνο', 'τηλέφωνο', '手机号', '手机', '手機', '電話番号',
  '电话', '電話', '연락처', '휴대폰', '휴대전화', '전화번호', 'טלפון', 'נייד', 'هاتف', 'جوال', 'الهاتف', 'मोबाइल', 'फ़ोन', 'फोन', 'โทร',
  'เบอร์โทร', 'điện thoại', 'Điện thoại', 'sđt', 'SĐT',
];
const BIRTH_LABELS = [
  'जन्म तिथि', 'जन्मतिथि', 'дата рождения', 'Дата рождения', 'дата народження', 'Дата народження', '생년월일', '生年月日', '出生日期', '出生年月日',
  'ημερομηνία γέννησης', 'Ημερομηνία γέννησης', 'תאריך לידה', 'تاريخ الميلاد', 'วันเกิด', 'ngày sinh', 'Ngày sinh', 'doğum tarihi', 'Doğum tarihi',
  'datum narození', 'Datum narození', 'data nașterii', 'Data nașterii',
];
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** A phone number's digits: 8 to 15, not a date, a version or a run of one digit. */
export function labelledPhoneOk(v: string): boolean {
  const d = v.replace(/\D/g, '');
  // A run of six or more of one digit is a dummy (`090-0000-0000`, `+7 999 000-00-00`), not a subscriber's number.
  return d.length >= 8 && d.length <= 15 && !/(\d)\1{5}/.test(d) && !dateOrVersionLayout(v) && !'0123456789012345'.includes(d);
}

/** A birth date in a local layout (`24/08/1975`, `1969년 2월 28일`, `1989年4月8日`, `570215`) that a living person has. */
function birthOk(v: string): boolean {
  const cjk = /^(\d{4})\s?[년年]\s?(\d{1,2})\s?[월月]\s?(\d{1,2})\s?[일日]?$/.exec(v);
  if (cjk) return plausibleBirthDate(`${cjk[1]}-${cjk[2]!.padStart(2, '0')}-${cjk[3]!.padStart(2, '0')}`);
  const six = /^(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (six) return Number(six[2]) >= 1 && Number(six[2]) <= 12 && Number(six[3]) >= 1 && Number(six[3]) <= 31;
  return plausibleBirthDate(v);
}

const unescapeU = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const PHONE_SET = new Set(PHONE_LABELS.map((s) => s.toLowerCase()));

export const CONTACT_R76P_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-under-native-label',
    wideOnly: true,
    name: 'Phone number under a phone label beyond Latin-1 (`телефон`, `Κινητό`, `手机号`, `電話番号`, `연락처`, `טלפון`, `هاتف`, `मोबाइल`, `โทร`)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    precheck: { re: new RegExp(alt(PHONE_LABELS)), reach: 0 },
    pattern: new RegExp(String.raw`(?<k>${alt(PHONE_LABELS)})(?:[^\d\r\n+]{0,6}?)(?<v>\+?\d[\d \-.()#]{5,18}\d)(?![\d])`),
    mask: 'tail',
    validate: labelledPhoneOk,
    remediation: "Log the customer's id, not their phone number",
  }),
  defineDetector({
    id: 'birth-date-under-native-label',
    wideOnly: true,
    name: 'Birth date under a birth label beyond Latin-1 (`जन्म तिथि`, `дата рождения`, `생년월일`, `生年月日`, `תאריך לידה`, `ngày sinh`)',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    precheck: { re: new RegExp(alt(BIRTH_LABELS)), reach: 0 },
    pattern: new RegExp(
      String.raw`(?<k>${alt(BIRTH_LABELS)})(?:\\?["'])?[ \t\u3000]{0,2}(?:[:=：＝]|=>)?[ \t\u3000]{0,3}(?:\\?["'「])?(?<v>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}\s?[년年]\s?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日]|\d{6})(?![\d])`,
    ),
    mask: 'full',
    validate: (v, ctx) => (/^\d{6}$/.test(v) ? ctx.key === '생년월일' || ctx.key === '生年月日' : true) && birthOk(v),
    remediation: "Log the customer's id, not their birth date",
  }),
  defineDetector({
    id: 'birth-date-after-naci-el',
    name: 'Birth date after Spanish `nací el` / `nacida el` in a message',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    // `nací` is not ASCII (the prefilter folds ASCII only): the date's first digit after ` el ` is the keyword.
    keywords: [' el 0', ' el 1', ' el 2', ' el 3', ' el 4', ' el 5', ' el 6', ' el 7', ' el 8', ' el 9'],
    pattern: /(?<![A-Za-z])[Nn]ac(?:í|i|ido|ida) el (?<v>\d{1,2}[./-]\d{1,2}[./-]\d{4})(?!\d)/,
    mask: 'full',
    validate: plausibleBirthDate,
    remediation: "Log the customer's id, not their birth date",
  }),
  defineDetector({
    id: 'personal-value-under-escaped-native-key',
    name: 'Phone or SNILS under a `\\uXXXX`-escaped JSON key (`"\\u96fb\\u8a71\\u756a\\u53f7": "…"`, `"\\u0421\\u041d\\u0418\\u041b\\u0421": "…"`)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['"\\u'],
    pattern: /"(?<k>(?:\\u[0-9a-fA-F]{4}){2,16})"\s{0,2}:\s{0,2}"(?<v>\+?\d[\d \-]{6,18}\d)"/,
    mask: 'tail',
    validate: (v, ctx) => {
      const key = unescapeU(ctx.key ?? '');
      if (/^снилс$/i.test(key)) return snilsValid(v);
      return PHONE_SET.has(key.toLowerCase()) && labelledPhoneOk(v);
    },
    remediation: "Log the customer's id, not their phone number or SNILS",
  }),
  defineDetector({
    id: 'phone-in-payment-provider-field',
    name: "Payer's phone in a payment provider's field (Swish `payerAlias`, MB WAY `351#…`, PagSeguro `<areaCode>`/`<number>`, Yape)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['payeralias', 'payeealias', '351#', '</areacode>', 'yape ', 'yape:'],
    pattern:
      /(?:payerAlias|payeeAlias)["']?[ \t]{0,2}(?:[:=]|=>)[ \t]{0,2}["']?(?<v>46\d{8,10})(?!\d)|(?<![\d#])(?<w>351#9\d{8})(?!\d)|(?:(?<=<\/areaCode>\s{0,3}<number>)|(?<=(?<![A-Za-z])[Yy]ape:? ))(?<u>9?\d{8}|9\d{2} \d{3} \d{3})(?![\d])/,
    mask: 'tail',
    validate: labelledPhoneOk,
    remediation: "Log the payment's id, not the payer's phone number",
  }),
];
