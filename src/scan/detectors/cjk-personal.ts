import { plausibleBirthDate } from '../birth-dates';
import { isCompanyAddress } from '../company-addresses';
import { defineDetector } from '../define-detector';
import type { Detector, Verdict } from '../detector';
import { krRrnValid, myNumberValid } from '../id-checksums-extra';
import { cnRicValid } from '../id-checksums-world';

/** A CJK character (kana, kanji/hanzi, hangul): lines without one never run the CJK-keyed detector. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** Japanese, Chinese and Korean key names, by what their value is. */
const CJK_KEYS = {
  myNumber: 'マイナンバー|個人番号',
  phone: '電話番号|携帯電話(?:番号)?|携帯番号|携帯|電話|連絡先|手机号码?|手機號碼?|手机|手機|电话号码?|電話號碼|联系电话|聯絡電話|전화번호|휴대폰(?:\\s?번호)?|휴대전화(?:번호)?|핸드폰(?:번호)?|연락처',
  birth: '生年月日|誕生日|出生日期|出生年月日?|생년월일|생일',
  cnId: '身份证(?:号码?)?|身份證(?:號碼?)?|证件号码?|證件號碼?|公民身份号码',
  krId: '주민등록번호|주민번호|외국인등록번호',
} as const;

/** A date as East Asian records write it: `1983年10月1日`, `1988.03.12`, `1988-03-12`, `1988/3/12`, `1988년 3월 12일`. */
const CJK_DATE = /^(\d{4})(?:年|[./-]|년 ?)(\d{1,2})(?:月|[./-]|월 ?)(\d{1,2})(?:日|일)?$/;

/** True for a mobile or landline number as CJK forms write it: JP/KR `090-1234-5678`, `010-1234-5678`, CN `18612345678`, or `+81 …`. */
function cjkPhone(v: string): boolean {
  const d = v.replace(/\D/g, '');
  // A dummy number (`090-0000-0000`, `010-1111-1111`): the subscriber digits one repeated digit.
  if (/(\d)\1{7}$/.test(d)) return false;
  if (/^\+/.test(v)) return d.length >= 9 && d.length <= 15;
  if (/^1[3-9]\d{9}$/.test(d) && /^\d+$|^\d{3}[ -]\d{4}[ -]\d{4}$/.test(v)) return true;
  return /^0\d{1,4}[- ]?\d{2,4}[- ]?\d{4}$/.test(v) && d.length >= 10 && d.length <= 11;
}

/** Whether `v` is what the CJK key `key` names (checksums for ids, a real date for birth dates). */
function validUnderCjkKey(key: string, v: string): boolean | Verdict {
  if (new RegExp(`^(?:${CJK_KEYS.myNumber})`).test(key)) return /^\d{4}[ -]?\d{4}[ -]?\d{4}$/.test(v) && myNumberValid(v.replace(/\D/g, ''));
  if (new RegExp(`^(?:${CJK_KEYS.cnId})`).test(key)) return cnRicValid(v);
  if (new RegExp(`^(?:${CJK_KEYS.krId})`).test(key)) return /^\d{6}-?\d{7}$/.test(v) && krRrnValid(v);
  if (new RegExp(`^(?:${CJK_KEYS.birth})`).test(key)) {
    const m = CJK_DATE.exec(v);
    return m !== null && plausibleBirthDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  }
  return cjkPhone(v);
}

/** JP prefectures (都道府県): the start of a Japanese postal address. */
const PREFECTURE = String.raw`(?:東京都|北海道|(?:大阪|京都)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)`;
/** A block number: ASCII or full-width digits, or kanji numerals. */
const NUM = String.raw`[0-9０-９一二三四五六七八九十]{1,4}`;

/** Personal data under Japanese, Chinese and Korean keys, and Japanese postal addresses. */
export const CJK_PERSONAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'cjk-keyed-personal',
    wideOnly: true,
    name: 'Personal data under a Japanese, Chinese or Korean key (My Number, resident id, phone, birth date)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    // `{"マイナンバー":"4842 7055 7543"}`, `"身份证号":"3101…"`, `"주민등록번호":"800123-1036978"`, `"生年月日":"1983年10月1日"`.
    // No ASCII keyword names these keys: the precheck (a CJK character) keeps ASCII-only lines out.
    pattern: new RegExp(String.raw`(?<k>${Object.values(CJK_KEYS).join('|')})(?:号|番号)?["'\\]{0,3}\s{0,2}(?:[:=：]|=>)\s{0,2}["'\\]{0,3}(?<v>\+?[0-9][0-9 .\-/]{5,20}[0-9Xx]|\d{4}(?:年|년 ?)\d{1,2}(?:月|월 ?)\d{1,2}(?:日|일))(?![0-9A-Za-z])`),
    precheck: { re: CJK, reach: 0 },
    mask: 'full',
    validate: (v, ctx) => validUnderCjkKey(ctx.key ?? '', v),
    remediation: 'Remove this personal data from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'jp-postal-address',
    wideOnly: true,
    name: 'Japanese postal address (prefecture, city or ward, block numbers)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    // `東京都港区芝浦4丁目25番19号`, `大阪府大阪市北区梅田1-2-3`: a prefecture, the city/ward/town, then 丁目-番-号 or dashed numbers.
    // The postcode before it belongs to the address (`〒561-4355 東京都目黒区…`, `郵便番号：150-0002 東京都…`), and the building and
    // room after a space (`東京都渋谷区神宮前5-30-3 パークコート207`).
    pattern: new RegExp(String.raw`(?:(?:〒|郵便番号[:：]?)[ \u3000]?\d{3}[-－]\d{4}[ \u3000]{0,2}|(?<![\d-])\d{3}[-－]\d{4}[ \u3000]{1,2})?${PREFECTURE}[\u3040-\u30ff\u4e00-\u9fffー]{1,16}?${NUM}(?:丁目|[-－ー])${NUM}(?:番地?|[-－ー])${NUM}(?:号)?(?:[ \u3000]{1,2}[\u3040-\u30ff\u4e00-\u9fffーＡ-Ｚ]{1,16}[0-9０-９]{1,4}(?:号室)?)?`),
    precheck: { re: /[都道府県]/, reach: 28 },
    mask: 'full',
    // Round r73: a company's address (`{"Name":"Hooli Japan 株式会社","BillingStreet":"東京都千代田区丸の内1丁目1-1"}`) is public.
    validate: (_v, ctx) => (isCompanyAddress(ctx.text, ctx.start) ? { ok: true, public: true, severity: 'info' } : true),
    remediation: 'Remove this postal address from the logs (log a customer id instead)',
  }),
];
