import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { NOT_PERSON } from './contact-names';

/**
 * Round r73 (blind set 73), people's names in any script and bank details under native keys:
 * - a PHP `var_dump`/`print_r` member named for a person's name (`["first_name"]=> string(6) "Şebnem"`, `[last_name] => Doğan`);
 * - a name under a key of the person's role that other rules do not read (`"addressee":"…"`, `"recipients":["…"]`, `holder=…`,
 *   `recipient: …`, `"contact":"王雨桐"`, `member=…`, `titular`, `destinatario`), in Latin, Greek, Cyrillic, Arabic, Hebrew,
 *   Thai, Devanagari, CJK or Hangul script;
 * - a name under a Japanese, Korean or Chinese label (`お届け先名: 鈴木 陽菜`, `수하인명=최서연`, `受取人名=伊藤 健太`, `收件人：王芳`);
 * - an LDIF entry's `cn:`/`displayName:` under its `dn:`;
 * - a domestic account number under a Japanese, Korean or Chinese key (`口座番号=6331514`, `계좌번호: …`).
 * Left alone on purpose: names in fixed-width NACHA entries and after an IBAN in a free-form row (no key, no delimiter),
 * a name bound to an SQL placeholder through a parameter map (`{'n': '…'}`: the key names no person), one-word Latin values
 * under these keys (a first name alone, a team or a system: no shape tells them apart).
 */

/** Letters of the scripts people's names are written in (Latin with its extensions and Vietnamese, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic, Devanagari, Thai, kana, Han, Hangul). (Detector patterns run without the `u` flag.) */
const L = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0600-\u065F\u066E-\u06FF\u0900-\u097F\u0E00-\u0E7F\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3`;
/** A name in any script: up to five words of letters and marks, apostrophes, hyphens and dots inside. */
export const NAME_ANY_SCRIPT = String.raw`[${L}][${L}'’.-]{0,29}(?:[ \u3000][${L}'’.-]{1,30}){0,4}`;
/** Family-name particles written in lower case (`van der`, `de la`, `bin`, `'t`). */
const PARTICLE = /^(?:van|von|der|den|de|dela|del|della|delos|la|le|da|das|dos|di|du|ter|ten|bin|binti|bint|ibn|ben|abu|al|el|y|e|'t|’t|zu|af|av)$/;
/** Han, kana and Hangul. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;
/** Words no name is (`null`, `none`, `redacted`, `unknown`, `n/a`). */
const NOT_A_NAME = /^(?:null|none|nil|undefined|unknown|redacted|anonymous|n\/a|na|true|false|test|demo|sample|example|string|required|missing|invalid|empty|total|summe|gesamt|sum|ok|error|fehler)$/i;

/** More words of teams, departments, companies and products, and the placeholder people of documentation (`Jane Doe`). */
const NOT_PERSON_MORE = /\b(?:Accounts?|Payable|Receivable|Department|Dept|Finance|Payroll|Operations|Logistics|Trading|Industries|Foods|Fulfil?ment|Export|Exports|Letters|Train|Actions|Science|Chrome|Release|Platform|Portal|Gateway|Services?|Desk|Helpdesk|Doe|Roe|Bloggs|Mustermann|Musterfrau|Sixpack)\b/;

/** CJK words no name is (unknown, not set, none, test, anonymous). */
const CJK_NOT_A_NAME = /^(?:不明|未定|未設定|なし|無し|テスト|匿名|未知|无|無|测试|測試|未填写|없음|미상|미정|테스트|익명)$/;

/**
 * True for a person's name: CJK or Hangul of 2–8 characters (one space allowed); two to five words in another script,
 * a Latin word title-case or all capitals (particles in lower case), no company or product word.
 */
export function anyScriptName(v: string, minWords = 2): boolean {
  const t = v.trim();
  if (NOT_A_NAME.test(t) || /\d|@|_/.test(t) || NOT_PERSON.test(t) || NOT_PERSON_MORE.test(t)) return false;
  const words = t.split(/[ \u3000]/).filter((w) => w.length > 0);
  if (CJK.test(t)) {
    const letters = t.replace(/[ \u3000]/g, '');
    if (CJK_NOT_A_NAME.test(letters)) return false;
    return words.length <= 2 && letters.length >= 2 && letters.length <= 8 && [...letters].every((c) => CJK.test(c) || c === '・');
  }
  if (words.length < minWords || words.length > 5) return false;
  const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.-]+$/.test(words.join(''));
  if (!latin) return words.every((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 2);
  let named = 0;
  for (const w of words) {
    if (PARTICLE.test(w)) continue;
    if (!/^(?:[A-Z\u00C0-\u00DE\u0100-\u024F]|[dDlL]['’]|O['’]|M[ac])/.test(w)) return false;
    named++;
  }
  return named >= Math.min(minWords, 2);
}

/** Keys of a person's name in a PHP dump (`first_name`, `lastName`, `full_name`, `surname`). */
const PHP_NAME_KEY = String.raw`(?:first|last|given|family|middle|full|sur|maiden|display|legal|contact|recipient|customer|holder|payee|beneficiary)[_-]?name|firstName|lastName|fullName|surname|forename|cardholder|card_holder|account_holder`;

/** Keys of a person's role whose value is the person's name. */
// Round l88: signers (`certify_signer`, a customs declaration's) and a port-out's `authorizedName`.
const ROLE_KEY = String.raw`(?:[a-z]{1,20}_)?(?:signer|signatory)(?:[_ ]?name)?|authori[sz]ed[_ ]?(?:name|person|contact)|addressee|recipients?|recipient[_ ]?name|consignee(?:[_ ]?name)?|receiver(?:[_ ]?name)?|holder(?:[_ ]?name)?|account[_ ]?holder|card[_ ]?holder|titular|beneficiario|destinatario|destinataire|empf(?:ä|ae)nger|contact(?:[_ ]?name)?|member|payee(?:[_ ]?name)?`;

/** Japanese, Korean and Chinese labels of a recipient's, a sender's or a holder's name. */
const CJK_NAME_LABELS = ['お届け先名', 'お届け先氏名', '受取人名', '受取人氏名', '依頼主名', '宛名', '氏名', '名前', '수하인명', '수취인명', '수취인', '받는분', '받는 분', '받는사람', '보내는분', '성명', '예금주', '收件人姓名', '收件人', '收货人', '寄件人', '联系人', '姓名', '户名', '口座名義'];

/** Japanese, Korean and Chinese keys of a bank account number. */
const CJK_ACCOUNT_LABELS = ['口座番号', '계좌번호', '银行账号', '银行卡号', '账号'];

/** Keys of one part of a name (`First_Name`, `lastname`, `family_name`, `surname`). */
const PART_KEY = /^(?:first|last|given|family|middle|sur|fore)[_ -]?name$|^surname$|^forename$/i;
/** Personal fields beside a bare `name` that make its record a person's. */
const PERSON_SIBLING = /["'\s,{(](?:e-?mail\w{0,12}|phone|mobile|tel(?:ephone)?\d?|address\w{0,8}|street|iban|dob|birth\w{0,8}|date_?of_?birth|passport\w{0,8}|national_?id)["']?\s{0,2}(?::|=>|=)/i;

/**
 * A name a Latin-only rule does not read: written in another script (`"name":"张秀英"`, `'Last_Name': '李'`,
 * `"firstname": "Анастасия"`), or Latin with a particle in lower case (`"lastname": "van 't Hek"`, `dela Cruz`, `bin Ismail`).
 * A part key (`last_name`) holds one word or one character; a whole name holds two words or more (CJK: two to eight characters).
 */
function nameOtherRulesMiss(v: string, part: boolean): boolean {
  const t = v.trim();
  // Vietnamese (Latin Extended Additional) is Latin: the Latin rules read it.
  const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’. -]+$/.test(t);
  if (!latin) return part && CJK.test(t) ? t.length <= 4 && [...t].every((c) => CJK.test(c)) : anyScriptName(t, part ? 1 : 2);
  const words = t.split(' ');
  if (!words.some((w) => PARTICLE.test(w)) || !words.some((w) => /^[A-Z\u00C0-\u00DE]/.test(w))) return false;
  return anyScriptName(t, part ? 1 : 2);
}

export const GLOBAL_R73_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-script-or-particle-under-name-key',
    name: "Person's name in a non-Latin script or with a lower-case particle under a name key (`\"name\":\"张秀英\"`, `'Last_Name': '李'`, `\"lastname\": \"van 't Hek\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.65,
    keywords: ['name"', "name'", 'name\\"', 'name:', 'name='],
    // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:account[_ -]?)?(?:(?:full|display|customer|contact|recipient|holder|Holder|first|last|given|family|middle|sur|fore)[_ -]?)?name|surname|forename)\\?["']?\s{0,2}(?::|=>|=)\s{0,2}\\?["'](?<v>${NAME_ANY_SCRIPT})\\?["']`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      const part = PART_KEY.test(key);
      if (!nameOtherRulesMiss(v, part)) return false;
      // A bare `name` is a person's where the record has a personal field (an e-mail, a phone, an address) nearby.
      return !/^name$/i.test(key) || PERSON_SIBLING.test(ctx.text.slice(Math.max(0, ctx.start - 250), ctx.end + 250));
    },
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-php-dump-member',
    name: "Person's name in a PHP var_dump or print_r member (`[\"first_name\"]=> string(6) \"Şebnem\"`, `[last_name] => Doğan`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['"]=>', '] =>'],
    // var_dump writes the value on the line after the key (`["last_name"]=>\n  string(5) "Doğan"`).
    span: 160,
    // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
    pattern: new RegExp(String.raw`\[["']?(?<k>${PHP_NAME_KEY})["']?\]\s{0,2}=>\s{0,6}(?:string\(\d{1,4}\)\s{1,2}")?(?<v>${NAME_ANY_SCRIPT})(?=["\r\n]|$)`, 'i'),
    mask: 'full',
    // A first or a last name alone is the person's under a name key.
    validate: (v) => anyScriptName(v, 1) && !/^[a-z]/.test(v),
    remediation: 'Do not var_dump request payloads into error logs; log the record id instead',
  }),
  defineDetector({
    id: 'person-name-under-role-key-any-script',
    name: "Person's name in any script under a key of their role (`\"addressee\":\"…\"`, `\"recipients\":[\"…\"]`, `holder=…`, `\"contact\":\"王雨桐\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.65,
    keywords: ['addressee', 'recipient', 'consignee', 'receiver', 'holder', 'titular', 'beneficiario', 'destinatari', 'empf', 'contact', 'member', 'payee', 'signer', 'signatory', 'authorizedname', 'authorisedname', 'authorized_', 'authorised_'],
    pattern: new RegExp(
      // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
      String.raw`(?<![${L}\d_])(?<k>${ROLE_KEY})["']?\s{0,2}(?:[:=]|=>)\s{0,2}(?:\[\s{0,2})?["']?(?<v>${NAME_ANY_SCRIPT})(?=["'\],;&)}\r\n]|\s\/|\s{2}|\s[A-Za-z_]{2,24}[=:]|$)`,
      'i',
    ),
    mask: 'full',
    // A Latin name under a key other rules read (`payee`, `holder`, `contact`, `member`, `recipient`) counts beside
    // another identifier of the person (a phone, a mail, a birth date, an account), as those rules ask.
    validate: (v, ctx) =>
      anyScriptName(v) &&
      (!/^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’. -]+$/.test(v) ||
        /^(?:addressee|recipients|consignee|receiver|titular|beneficiario|destinatario|destinataire|empf)/i.test(ctx.key ?? '') ||
        /(?:e-?mail|phone|mobile|tel|dob|birth|bsb|account|acct|iban|card|pan|passport|ssn|address|street)\w{0,12}["']?\s{0,2}[:=]/i.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 200))),
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-under-cjk-label',
    wideOnly: true,
    name: "Person's name under a Japanese, Korean or Chinese label (`お届け先名: 鈴木 陽菜`, `수하인명=최서연`, `受取人名=伊藤 健太`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    // The prefilter's keywords are ASCII: no keyword names these labels, so (like cjk-keyed-personal) the detector runs on
    // texts with a character above U+00FF only, and the precheck (a label) keeps other lines out.
    precheck: { re: new RegExp(CJK_NAME_LABELS.join('|')), reach: 0 },
    pattern: new RegExp(
      String.raw`(?:${CJK_NAME_LABELS.join('|')})["']?\s{0,2}[:=：]\s{0,2}["']?(?<v>[\uac00-\ud7a3]{2,5}|[\u3040-\u30ff\u4e00-\u9fff]{1,5}(?:[ \u3000][\u3040-\u30ff\u4e00-\u9fff]{1,5})?|[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){1,3})(?![\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])`,
    ),
    mask: 'full',
    validate: (v) => anyScriptName(v),
    remediation: "Log the shipment's or the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-ldif-entry',
    name: "Person's name on an LDIF entry's `cn:` or `displayName:` line under its `dn:`",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['dn: '],
    span: 600,
    // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
    pattern: new RegExp(String.raw`(?<![^\n])(?:cn|displayName|gecos):[ \t](?<v>${NAME_ANY_SCRIPT})(?=\r?\n|$)`),
    mask: 'full',
    validate: (v) => anyScriptName(v),
    remediation: "Log the entry's uid, not the LDIF of a person's entry",
  }),
  defineDetector({
    id: 'bank-account-under-cjk-key',
    wideOnly: true,
    name: 'Domestic bank account number under a Japanese, Korean or Chinese key (`口座番号=6331514`, `계좌번호: …`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    precheck: { re: new RegExp(CJK_ACCOUNT_LABELS.join('|')), reach: 0 },
    pattern: new RegExp(String.raw`(?:${CJK_ACCOUNT_LABELS.join('|')})["']?\s{0,2}[:=：]\s{0,2}["']?(?<v>\d{6,8}|\d{3}-\d{2,6}-\d{2,8}(?:-\d{1,4})?|\d{10,19})(?![\d-])`),
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/-/g, '')) && !'0123456789012345678'.includes(v.replace(/-/g, '')),
    remediation: 'Log the payee id, not the bank account number',
  }),
];
