import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { matchInSlice, type RawMatch } from '../match-detector';
import { KO_ADDRESS, RU_ADDRESS, TR_ADDRESS, ZH_ADDRESS } from '../native-address-patterns';
import { CJK_PERSONAL_DETECTORS } from './cjk-personal';
import { STREET_ADDRESS_DETECTORS } from './street-addresses';

/**
 * Escapes of characters an escaped address holds (lowercase; the keyword automaton folds case, so `\u53F7` wakes it
 * too): 号 (every Chinese address), 로 길 동 리 (Korean roads and lots), the Russian street types' first letters
 * (ул, пр, пер, наб, ш, бул, б-р, пл), Japanese 都 道 府 県, letters only Turkish writes (ğ ı İ ş Ş), and the
 * accented letters of European street and city names (ß ä ö ü é è á í ó ú ñ ç ã å ø ł ś ż).
 */
const ESCAPED_KEYWORDS = [
  '\\u53f7',
  '\\ub85c',
  '\\uae38',
  '\\ub3d9',
  '\\ub9ac',
  '\\u0443\\u043b',
  '\\u043f\\u0440',
  '\\u043f\\u0435\\u0440',
  '\\u043d\\u0430\\u0431',
  '\\u0448',
  '\\u0431\\u0443\\u043b',
  '\\u0431-\\u0440',
  '\\u043f\\u043b',
  '\\u90fd',
  '\\u9053',
  '\\u5e9c',
  '\\u770c',
  '\\u011f',
  '\\u0131',
  '\\u0130',
  '\\u015f',
  '\\u015e',
  // Lower- and upper-case letters alike (`\u00e7` ç, `\u00c7` Ç: a district's name starts with a capital).
  ...['df', 'e4', 'f6', 'fc', 'c4', 'd6', 'dc', 'e9', 'e8', 'e1', 'ed', 'f3', 'fa', 'f1', 'e7', 'e3', 'e5', 'f8', 'c9', 'c8', 'c1', 'cd', 'd3', 'da', 'd1', 'c7', 'c3', 'c5', 'd8'].map((h) => `\\u00${h}`),
  ...['142', '15b', '17c', '141', '15a', '17b', '11e'].map((h) => `\\u0${h}`),
];

/**
 * `v` with its JSON escapes decoded (`\u5317` 北, `\/` /) and full-width forms folded to ASCII, and for each decoded
 * character where it ends in `v` (so that a decoded offset maps back to the escaped text).
 */
function decodeEscapes(v: string): { text: string; ends: number[] } {
  let text = '';
  const ends: number[] = [];
  for (let i = 0; i < v.length; ) {
    let c: number;
    if (v.charCodeAt(i) === 92 && v.charCodeAt(i + 1) === 117 && /^[0-9A-Fa-f]{4}$/.test(v.slice(i + 2, i + 6))) {
      c = parseInt(v.slice(i + 2, i + 6), 16);
      i += 6;
    } else if (v.charCodeAt(i) === 92 && v.charCodeAt(i + 1) === 47) {
      c = 47;
      i += 2;
    } else {
      c = v.charCodeAt(i);
      i += 1;
    }
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 32;
    text += String.fromCharCode(c);
    ends.push(i);
  }
  return { text, ends };
}

/** Chinese, Korean and Russian addresses (one detector: a single precheck on a Latin-1 string fails at once). */
const NATIVE = defineDetector({
  id: 'native-postal-address',
  wideOnly: true,
  name: 'Postal address in a Chinese, Korean or Russian layout (省/市/区 路 号, 시/구 로/길, г. ул. д. кв.)',
  category: 'personal',
  severity: 'medium',
  priority: 55,
  confidence: 0.8,
  // `北京市朝阳区建国路88号SOHO现代城5号楼1203室`, `서울특별시 강남구 테헤란로 152, 12층`, `123456, Санкт-Петербург, Невский пр., д. 28`.
  // No keyword (the automaton reads ASCII): the precheck, an ideograph, a Hangul syllable or a Cyrillic letter at
  // most 10 characters after the start (a postcode may lead), fails at once on a Latin-1 string.
  pattern: new RegExp(`${ZH_ADDRESS}|${KO_ADDRESS}|${RU_ADDRESS}`),
  precheck: { re: /[\u4e00-\u9fff\uac00-\ud7a3\u0400-\u04ff]/, reach: 10 },
  mask: 'full',
  remediation: 'Remove this postal address from the logs (log a customer id instead)',
});

/** Turkish addresses, woken by their neighbourhood and street words. */
const TURKISH = defineDetector({
  id: 'tr-postal-address',
  name: 'Postal address in the Turkish layout (Mah., Cad./Sok., No:, D:, postcode, district/province)',
  category: 'personal',
  severity: 'medium',
  priority: 55,
  confidence: 0.8,
  // `Caferağa Mah. Moda Cad. No: 12 D: 4 34710 Kadıköy/İstanbul`: the neighbourhood and street words are the keywords.
  keywords: ['mah.', 'mahalle', ' mh.', 'cad.', 'caddesi', ' cd.', 'sok.', 'soka', ' sk.', 'bulvar', 'blv.', 'bul.'],
  pattern: new RegExp(TR_ADDRESS),
  mask: 'full',
  remediation: 'Remove this postal address from the logs (log a customer id instead)',
});

/**
 * The detectors an escaped string is decoded for: the native layouts, Japanese, and the European street layouts (not the
 * British closes and rows: English needs no escapes, and each detector more is run on every escaped string).
 */
const PLAIN_ADDRESS_DETECTORS: readonly Detector[] = [
  NATIVE,
  TURKISH,
  ...CJK_PERSONAL_DETECTORS.filter((d) => d.id === 'jp-postal-address'),
  ...STREET_ADDRESS_DETECTORS.filter((d) => d.id !== 'street-address-uk-types'),
];

/** Where the last address found in the decoded `text` ends, or -1 for none. */
function addressEnd(text: string): number {
  const out: RawMatch[] = [];
  for (const d of PLAIN_ADDRESS_DETECTORS) matchInSlice(d, text, 0, out);
  return out.reduce((end, m) => Math.max(end, m.end), -1);
}

/** Postal addresses written in native scripts and layouts: Chinese, Korean, Russian, Turkish, and any address `\u`-escaped. */
export const NATIVE_ADDRESS_DETECTORS: readonly Detector[] = [
  NATIVE,
  TURKISH,
  defineDetector({
    id: 'escaped-postal-address',
    name: 'Postal address inside a JSON string written with unicode escapes (Chinese, Korean, Russian, Turkish, Japanese, European)',
    category: 'personal',
    severity: 'medium',
    priority: 56,
    confidence: 0.8,
    // `"address":"\u5317\u4eac\u5e02\u671d\u9633\u533a…88\u53f7"`, `"street":"K\u00f6nigsweg 8, 23374 K\u00f6ln"`: a quoted
    // string with escapes, decoded, holds an address the plain detectors find; the finding covers the escaped text
    // from the string's start to the address's end.
    keywords: ESCAPED_KEYWORDS,
    pattern: /["'](?<v>(?:\\u[0-9A-Fa-f]{4}|\\\/|[^"'\\\r\n]){6,600})["']/,
    mask: 'full',
    validate: (v) => {
      if (!v.includes('\\u')) return false;
      const { text, ends } = decodeEscapes(v);
      const end = addressEnd(text);
      return end <= 0 ? false : { ok: true, trimEnd: ends[end - 1]! };
    },
    remediation: 'Remove this postal address from the logged payload (log a customer id instead)',
  }),
];
