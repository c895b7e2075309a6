import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { anyScriptName } from './global-r73-names';

/**
 * Round r76p (blind set 76: localized logs of global companies' integrations), people's names under the labels of
 * ~25 languages:
 * - a whole name under a localized label (`"naam":"Sanne Jansen"`, `nominativo=Giuseppe Marino;`, `Kontoinhaber: …`,
 *   `"ФИО":"…"`, `"піб":"…"`, `ονοματεπώνυμο=…`, `שם: …`, `الاسم: …`, `नाम=…`, `ชื่อ: …`, `"hoTen":"…"`, `氏名"=>"…"`,
 *   `購入者＝「…」`, `고객명: …`, `付款人：…，`), quoted, bare up to the next key or a delimiter, with a transliteration in
 *   parentheses (`नाम=अनीता शर्मा (Anita Sharma)`, `氏名：鈴木 美咲（Suzuki Misaki）`);
 * - one part of a name under a part label (`"vorname":"Katrin"`, `"nachname":"Müller"`, `"prenom"`, `"cognome"`, `<Cognome>`),
 *   and `nom`/`nome` beside such a part label;
 * - a name in an e-invoice element (`<xNome>`, `<Nazwa>`, `<Nome>`);
 * - a name after a role word in prose (`titular Lucía García móvil …`, `cliente Lucrezia Galli cellulare …`, `tên Lê Minh Tuấn BSB`);
 * - a name whose JSON is `\uXXXX`-escaped or whose form body is percent-encoded, label and value alike (`"\u0424\u0418\u041e": "…"`,
 *   `%D0%A4%D0%98%D0%9E=%D0%95…`).
 * Left alone on purpose: one-word values under a whole-name label (a first name alone, a team or a product: no shape tells
 * them apart), company names (legal-form words: `S.A.`, `GmbH`, `Ltda`, `MEI`, `ООО`, `株式会社`), names in free prose
 * without a label (`Pieter Jansen belde …`).
 */

/** Labels of a whole name (lowercase; matched case-insensitively). */
const FULL = [
  'nombre_completo', 'nombre completo', 'nombrecompleto', 'nome_completo', 'nome completo', 'nomecompleto', 'nom_complet', 'nom complet',
  'nominativo', 'naam', 'navn', 'namn', 'nimi', 'név', 'jméno a příjmení', 'imię i nazwisko', 'nume', 'ad soyad', 'ad_soyad', 'adsoyad',
  'hoten', 'hoTen', 'ho_ten', 'họ tên', 'họ và tên', 'titulaire', 'kontoinhaber', 'karteninhaber', 'kunde', 'klant', 'deudor', 'adquirente',
  'payeur', 'alıcı', 'empleado', 'ονοματεπώνυμο', 'όνομα', 'onoma', 'фио', 'имя', 'піб', 'плательщик', 'получатель', 'отримувач',
  'שם', 'الاسم', 'اسم العميل', 'नाम', 'ग्राहक', 'ชื่อ', 'ชื่อ-นามสกุล', '名前', '氏名', '姓名', '用户', '付款人', '收款人', '注文者', '購入者',
  '送信先', '搭乗者', '주문자', '고객명', '이름', '성명', '예금주',
];
/** Labels of one part of a name (a first or a last name alone counts). */
const PART = [
  'vorname', 'nachname', 'prenom', 'prénom', 'cognome', 'apellidos', 'apellido', 'sobrenome', 'voornaam', 'achternaam', 'nazwisko',
  'imię', 'фамилия', 'отчество', 'soyad', 'efternamn', 'förnamn', 'fornavn', 'etternavn', 'efternavn', 'etunimi', 'sukunimi',
  'příjmení', 'vezetéknév', 'keresztnév', 'prenume',
];
/** `nom`/`nome`/`Nome`: a name's part where a part label stands beside it. */
const BESIDE_PART = ['nom', 'nome'];
/** Role words a name follows in prose, after a single space. */
const PROSE = ['titular', 'cliente', 'favorecido', 'nome', 'nombre', 'від', 'pojištěnce', 'sono'];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
/** The label as written in lower case, capitalized, in capitals and in camel case (the patterns are case-sensitive: a name's case matters). */
const cased = (xs: readonly string[]): string[] =>
  [...new Set(xs.flatMap((x) => [x, x.charAt(0).toUpperCase() + x.slice(1), x.toUpperCase(), x.replace(/[_ ]([a-z])/g, (_, c: string) => c.toUpperCase())]))];

/** Letters of the scripts names are written in (as global-r73-names), with Thai and Devanagari marks. */
const L = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0600-\u065F\u066E-\u06FF\u0900-\u097F\u0E00-\u0E7F\u1E00-\u1EFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3`;
const WORD = String.raw`[${L}][${L}'’.-]{0,29}`;
/** A name, lazily (the terminator decides where it ends), with a transliteration in parentheses after it. */
const LAZY = String.raw`${WORD}(?:[ \u3000]${WORD}){0,4}?`;
/** A name and its transliteration in parentheses (the parenthesis ends it). */
const PAREN = String.raw`${LAZY}[ \u3000]?[(（]${WORD}(?: ${WORD}){1,3}[)）]`;
/** Where a bare name ends: a delimiter, the next key, a lower-case word, a number, an acronym before a value. */
const END = String.raw`(?=[ \t\u3000]{0,2}(?:$|[\r\n,;，、；·•|/(（<\[«"'」]|[.。:：](?:\s|$)|[-—–]\s)|[ \t\u3000]+(?:[^\s=:：＝(（「"'<\[]{1,40}[ \t]{0,2}[=＝]|(?![A-ZÀ-ÖØ-ÞĀ-ſ\u0391-\u03a9\u0410-\u042f][a-zß-öø-ÿ\u0430-\u045f\u03ac-\u03ce])[^\s=:：＝]{1,40}[ \t]{0,2}[:：])|[ \t]+[a-zß-öø-ÿ\u0430-\u045f\u03ac-\u03ce]|[ \t]+[+\d]|[ \t]+[A-Z]{2,5}(?=[ \t]{0,2}[:=]|[ \t]+[+\d])|様|さん|씨|님)`;

/** Legal forms and words of companies (set 76's negatives name companies under the same labels). */
const COMPANY = /(?:^|[\s,])(?:S\.?A\.?|SA|S\.?L\.?|SAS|SARL|S\.?p\.?A\.?|S\.?r\.?l\.?|SRL|B\.?V\.?|N\.?V\.?|Ltda|LTDA|MEI|EIRELI|GmbH|AG|KG|Inc|LLC|Ltd|AB|AS|A\/S|Oy|Kft|s\.r\.o\.|DE CV|ООО|ОАО|ПАО|АО|ТОВ|ПАТ)(?=$|[\s,.])|株式会社|有限会社|有限公司|公司|주식회사|\b(?:Comercializadora|Distribuidora|Industria|Industrias|Comercial|Empresa|Loja|Tienda|Negozio|Handel|Servizi|Servicios|Serviços|Soluciones|Soluções|Consulting|Logistics|Logística)\b/i;

/** True for a person's name (with an optional transliteration in parentheses), not a company. */
function personName(v: string, minWords: number): boolean {
  const m = /^(.*?)[ \u3000]?[(（](.*)[)）]$/.exec(v);
  const parts = m ? [m[1]!, m[2]!] : [v];
  return parts.every((p) => !COMPANY.test(p) && anyScriptName(p, minWords) && !/^[a-z]/.test(p));
}

const FULL_RE = new RegExp(`^(?:${alt(FULL)})$`, 'i');
const PART_RE = new RegExp(`^(?:${alt(PART)})$`, 'i');
const PART_NEAR = new RegExp(`["'<]?(?:${alt(PART)})["'>]?\\s{0,2}[:=>]`, 'i');

/** How many words the value under `key` must have: one under a part label (or `nom` beside one), two otherwise; 0 = not a label. */
function wordsFor(key: string, text: string, start: number, end: number): number {
  const k = key.toLowerCase();
  if (PART_RE.test(k)) return 1;
  if (FULL_RE.test(k)) return 2;
  if (BESIDE_PART.includes(k)) return PART_NEAR.test(text.slice(Math.max(0, start - 160), end + 160)) ? 1 : 2;
  return 0;
}

const ALL = [...FULL, ...PART, ...BESIDE_PART];
/** Labels in ASCII or Latin-1 (the prefilter's keywords find them) and labels beyond (the detector runs on wide texts only). */
const isWide = (s: string): boolean => /[\u0100-\uffff]/.test(s);
const NARROW = ALL.filter((s) => !isWide(s));
const WIDE = ALL.filter(isWide);
/** Keywords of the narrow labels: the short ones with their separator (`nom"`, not every `nombre`). */
/** Keywords of the narrow labels: the label, or a Latin-1 label's ASCII tail (`prénom` by `nom`); labels without one are left out. */
const asciiTail = (s: string): string => (/[a-z_ ]{3,}$/.exec(s.toLowerCase()) ?? [''])[0];
const NARROW_KEYWORDS = [...new Set(NARROW.map(asciiTail).filter((k) => k.length >= 3))];
const NARROW_LABELS = NARROW.filter((s) => asciiTail(s).length >= 3);

const NOT_BEFORE = String.raw`(?<![${L}\d_])`;

/** Decodes `\uXXXX` escapes. */
const unescapeU = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
/** Decodes a form-encoded string, or null. */
function unpercent(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A label, its separator and the name: quoted, bare up to its end, or an XML element. */
const labelled = (labels: readonly string[], xml: boolean): RegExp =>
  new RegExp(
    String.raw`${NOT_BEFORE}(?:(?<k>${alt(cased(labels))})(?:\\?["'])?[ \t]{0,2}(?:[:=：＝]|=>)[ \t\u3000]{0,3}(?:(?:\\?["'「«])(?<v>${LAZY}|${PAREN})(?=\\?["'」»])|(?<w>${PAREN}|${LAZY}${END}))${xml ? String.raw`|<x?(?:Nome|Cognome|Nazwa|Nombre|Apellidos?|Vorname|Nachname)>(?<u>${LAZY})</` : ''})`,
  );

/** A name marked as an example right after it (`Juan Pérez (ejemplo)`, `Max Mustermann (Beispiel)`): a template's, not a person's. */
const EXAMPLE_AFTER = /^[ \u3000]?[(（](?:ejemplo|example|exemple|beispiel|esempio|exemplo|przykład|voorbeeld|exempel|пример|приклад|例|예시|sample|muster|test|demo)[)）]/i;

function labelledOk(v: string, ctx: { text: string; start: number; end: number; key?: string }): boolean {
  if (EXAMPLE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16))) return false;
  const xml = /<x?([A-Za-z]+)>$/.exec(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start));
  let n: number;
  if (ctx.key === undefined && xml) {
    const tag = xml[1]!.toLowerCase();
    n = tag === 'nazwa' ? 2 : tag === 'nome' || tag === 'nombre' ? (PART_NEAR.test(ctx.text.slice(ctx.end, ctx.end + 80)) || /cognome/i.test(ctx.text.slice(ctx.end, ctx.end + 80)) ? 1 : 2) : 1;
  } else n = wordsFor(ctx.key ?? '', ctx.text, ctx.start, ctx.end);
  return n > 0 && personName(v, n);
}

const PROSE_WIDE = PROSE.filter(isWide);
const PROSE_NARROW = PROSE.filter((s) => !isWide(s));
const prose = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`${NOT_BEFORE}(?:${alt(cased(words))}):? (?<v>${LAZY})${END}`);
const proseOk = (v: string, ctx: { text: string; end: number }): boolean =>
  personName(v, 2) && !/^[A-Z]{2,}(?: [A-Z]{2,})*$/.test(v) && !EXAMPLE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16));

export const NAMES_R76P_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-localized-label',
    name: "Person's name under a label in the language of the log (`\"naam\":\"…\"`, `nominativo=…;`, `\"vorname\":\"…\"`, `<xNome>…</xNome>`)",
    category: 'personal',
    severity: 'medium',
    // Below person-name-under-role-key and person-name-after-foreign-label (42) and id-card-ocr-labelled-field (40), which read some of
    // the same labels (`nombre`, `nome`, `titular`): the older, narrower reading names the finding; never a tie, so one winner whichever runs.
    priority: 39.5,
    confidence: 0.65,
    keywords: [...NARROW_KEYWORDS, 'nazwa>', 'nombre>'],
    pattern: labelled(NARROW_LABELS, true),
    mask: 'full',
    validate: labelledOk,
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-under-native-label',
    wideOnly: true,
    name: "Person's name under a label in a script beyond Latin-1 (`\"ФИО\":\"…\"`, `\"піб\":\"…\"`, `שם: …`, `الاسم: …`, `नाम=…`, `ชื่อ: …`, `氏名：…`, `고객명: …`)",
    category: 'personal',
    severity: 'medium',
    priority: 34,
    confidence: 0.65,
    precheck: { re: new RegExp(alt(WIDE), 'i'), reach: 0 },
    pattern: labelled(WIDE, false),
    mask: 'full',
    validate: labelledOk,
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-after-localized-role-word',
    name: "Person's name after a role word in prose (`titular Lucía García móvil …`, `cliente Lucrezia Galli cellulare …`)",
    category: 'personal',
    severity: 'medium',
    priority: 32,
    confidence: 0.6,
    keywords: PROSE_NARROW.flatMap((w) => (/^[a-z]{4,}$/.test(w) ? [`${w} `, `${w}:`] : [])),
    pattern: prose(PROSE_NARROW),
    mask: 'full',
    validate: proseOk,
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-after-native-role-word',
    wideOnly: true,
    name: "Person's name after a role word beyond Latin-1 in prose (`tên Lê Minh Tuấn`, `від Юлія Ткаченко`, `pojištěnce Jiří Dvořák`)",
    category: 'personal',
    severity: 'medium',
    priority: 32,
    confidence: 0.6,
    precheck: { re: new RegExp(alt(PROSE_WIDE), 'i'), reach: 0 },
    pattern: prose(PROSE_WIDE),
    mask: 'full',
    validate: proseOk,
    remediation: "Log the record's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-in-cardholder-object',
    name: "Cardholder's name in a card payload's holder object (`\"cardholder\":{\"name\":\"MARIA NUNEZ\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['holder"', 'holder\\"'],
    // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
    pattern: new RegExp(String.raw`holder\\?"\s{0,2}:\s{0,2}\{\s{0,2}\\?"name\\?"\s{0,2}:\s{0,2}\\?"(?<v>${LAZY})\\?"`, 'i'),
    mask: 'full',
    validate: (v) => personName(v, 2),
    remediation: "Do not log card payloads; log the card token's id instead",
  }),
  defineDetector({
    id: 'person-name-before-localized-wrote',
    name: "Person's name before a localized `wrote` of a quoted message (`Hélène Gauthier a écrit :`, `Jan Novák napsal:`)",
    category: 'personal',
    severity: 'medium',
    priority: 32,
    confidence: 0.6,
    // ASCII literals only (the prefilter folds ASCII): `crit` of `a écrit`, `escrib` of `escribió`, `napisa` of `napisał`.
    keywords: ['crit :', 'crit:', ' schrieb', ' escrib', ' escreveu', ' ha scritto', ' schreef', ' napisa', ' napsal', ' skrev', ' kirjoitti', ' wrote:'],
    // eslint-disable-next-line no-misleading-character-class -- the script ranges hold combining vowel signs (Devanagari, Thai, Hebrew points)
    pattern: new RegExp(String.raw`(?<![${L}'’.-])(?<v>${WORD}(?: ${WORD}){1,3}) (?:a écrit|schrieb|escribió|escreveu|ha scritto|schreef|napisał|napsal|skrev|kirjoitti|wrote)\s?:`),
    mask: 'full',
    validate: (v) => personName(v.replace(/^(?:Am|Le|On|El|Em|Il|Op|Den)\b.*?\d{2}:\d{2},? /, ''), 2),
    remediation: "Log the ticket's requester id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-escaped-under-localized-label',
    name: "Person's name under a localized label in `\\uXXXX`-escaped JSON or a percent-encoded form (`\"\\u0424\\u0418\\u041e\": \"…\"`, `%D0%A4%D0%98%D0%9E=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.65,
    keywords: ['\\u', '%d0%', '%d1%', '%e3%', '%e4%', '%e5%', '%e6%', '%e7%', '%e8%', '%e9%', '%ea%', '%eb%', '%ec%', '%ed%', '%ce%', '%cf%', '%d7%', '%d8%', '%d9%', '%e0%', '%c3%', '%c4%', '%c5%'],
    pattern:
      /"(?<k>(?:\\u[0-9a-fA-F]{4}|[A-Za-z_ ]){1,40})"\s{0,2}:\s{0,2}"(?<v>(?:\\u[0-9a-fA-F]{4}|[A-Za-z .'-]){2,240})"|(?<![^&?\s])(?<k2>(?:%[0-9A-Fa-f]{2}|[A-Za-z_]){2,120})=(?<w>(?:%[0-9A-Fa-f]{2}|[A-Za-z.'+-]){2,400})(?=[&\s]|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const raw = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
      const escaped = v.includes('\\u') || !v.includes('%');
      const km = escaped ? /"((?:\\u[0-9a-fA-F]{4}|[A-Za-z_ ]){1,40})"\s{0,2}:\s{0,2}"$/.exec(raw) : /((?:%[0-9A-Fa-f]{2}|[A-Za-z_]){2,120})=$/.exec(raw);
      if (!km) return false;
      const key = escaped ? unescapeU(km[1]!) : unpercent(km[1]!);
      const val = escaped ? unescapeU(v) : unpercent(v);
      // Only what the keywords find: an escape (`\\u`), or a percent-encoded letter beyond ASCII.
      if (key === null || val === null || (escaped ? !`${km[1]}${v}`.includes('\\u') : !/%(?:c[345ef]|d[01789]|e[03-9a-d])%/i.test(`${km[1]}${v}`))) return false;
      const n = wordsFor(key, ctx.text, ctx.start, ctx.end);
      return n > 0 && personName(val, n);
    },
    remediation: "Log the record's id, not the person's name",
  }),
];
