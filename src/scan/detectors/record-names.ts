import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';

/** A name word: a capital, then letters (accented too), apostrophes, hyphens. */
const WORD = String.raw`[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]{1,30}`;
/** A person's name as records write it: `First Last`, `FIRST MIDDLE LAST LAST2`, `Last, First`. */
const PERSON = String.raw`${WORD}(?:,? ${WORD}){1,3}`;

/** Words of company, place and system names: a value with one of them names no person. */
const NOT_PERSON = /\b(?:GmbH|Ltda?|LLC|Inc|Corp|Co|SA|SAS|SL|BV|NV|AG|PLC|Pty|Limited|Company|Clinic|Clinica|Medical|Health|Hospital|Pharmacy|Farmacia|Center|Centre|Bank|Group|Services?|Systems?|Solutions|Partners|Holdings|Insurance|Trust|University|School|District|Department|County|State|City|Test|Demo|Example|Sample|Unknown|Patient|Synthetic|Redacted|Anonymous|None|Null)\b/i;

/** `re` (a regex source of lowercase key names) matching any letter case, while the value's pattern stays case-sensitive. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Key names of a person's name in payment, payroll and tax records. */
const NAME_KEYS = anyCase(String.raw`payee(?:_?name)?|(?:account_?|card_?)?holder(?:_?name)?|name_?on_?(?:account|card)|beneficiary_?name|(?:employee|worker|payee|insured|subscriber|guarantor|patient|full|legal)_?name|nombre(?:_?completo)?|nom|name`);

/** Identifiers of the same record (a bank account, a tax or national id, a birth date): a name beside one names its holder. */
const RECORD_IDS = /(?:routing|account_?(?:number|num|no)|accountNumber|bank_?account|iban|clabe|sort_?code|bsb|\brfc\b|curp|\bssn\b|\btin\b|\bdob\b|birth|member_?id|nss\b|NumSeguridadSocial|depositAccount|associate_?oid|worker_?id|employee_?(?:id|number))/i;

/** True when `text` within 300 characters of `[start, end)` holds another identifier of the record. */
function besideRecordId(text: string, start: number, end: number): boolean {
  return nearby(RECORD_IDS, text, start, end, 300);
}

/** Names of payees, account holders and payroll recipients, reported only in the record of another identifier. */
export const RECORD_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-in-record',
    name: "Person's name (payee, account holder, employee or `Nombre` beside a bank account or national id)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['name', 'payee', 'holder', 'nombre', 'nom='],
    // `payee="Joaquin Delacroix" bankRoutingNumber=… bankAccountNumber=…`, CFDI `Receptor Rfc="…" Nombre="MARISOL LOZANO GUTIERREZ"`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>${NAME_KEYS})\\{0,3}["']?\s{0,2}[=:]\s{0,2}\\{0,3}["'](?<v>${PERSON})\\{0,3}["']`),
    mask: 'full',
    // A bare `name` names anything (a product, a queue): only a `Last, First` under it is taken for a person.
    validate: (v, ctx) => (!/^name$/i.test(ctx.key ?? '') || /^[^,]+, [^,]+$/.test(v)) && !NOT_PERSON.test(v) && besideRecordId(ctx.text, ctx.start, ctx.end),
    remediation: 'Log payment and payroll records without the holder\'s name (an id is enough to trace them)',
  }),
];
