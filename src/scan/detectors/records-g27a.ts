import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, foldName } from '../column-names';
import { abaValid } from '../validators';
import { plausibleAccount } from './bank-accounts';
import { validUnderKey } from '../id-kinds';
import { isPlaceholder } from '../placeholders';
import { NAME_COLUMN, personLike } from './paired-names';
import { PERSON_F26 } from './names-f26a';

/**
 * Round g27a (blind set 27: people operations and the service desk): values inside record formats
 * that name their fields themselves: PDF form field dumps (FDF `/T (field) /V (value)`, XFDF
 * `<field name="…"><value>…</value>`), vCard home addresses
 * (folded lines read on), bank details in table columns named only `bank`, USCIS receipt numbers
 * under a receipt key.
 */

/** A form field's name as a key (`employee_ssn`, `Passport No.`, `full name`): lower case, words joined by `_`. */
const fieldKey = (name: string): string =>
  foldName(name)
    .trim()
    .replace(/[\s.-]+/g, '_')
    .replace(/_+$/, '');

/** A whole value that is a person's full name. */
const WHOLE_PERSON = new RegExp(String.raw`^(?:${PERSON_F26})$`);

/** True when a form field named `name` holding `v` is a personal or financial id of its kind, or a person's name under a name field. */
function sensitiveField(name: string, v: string): boolean {
  const key = fieldKey(name);
  const value = v.trim();
  if (value.length < 2 || isPlaceholder(value)) return false;
  if (validUnderKey(key, value)) return true;
  // `employee_name`, `dependent_name`, `FullName`: a person's name, the whole value (no company or product word).
  const nameKey = NAME_COLUMN.test(key) || /^(?:dependent|spouse|beneficiary|candidate|employee|legal|first_and_last)_?(?:full_?)?name$/i.test(key);
  return nameKey && WHOLE_PERSON.test(value) && personLike(value);
}

/** A table column that holds bank details without saying which (`bank_1`, `bank_2`, `Bank`, `bank details`). */
const GENERIC_BANK_COLUMN = /^(?:bank|payee_?bank|employee_?bank)(?:[ _-]?(?:\d|details?|info|data|account_?details))?$/i;

/** A bank code that routes a payment: an Indian IFSC, a UK sort code, an Australian BSB, a US ABA routing number (check digit valid). */
function routingLike(v: string): boolean {
  return /^[A-Z]{4}0[A-Z0-9]{6}$/.test(v) || /^\d\d-\d\d-\d\d$/.test(v) || /^\d{3}-\d{3}$/.test(v) || (/^\d{9}$/.test(v) && abaValid(v));
}

/** Cells of a row: what a delimited line splits into (whichever of tab, comma, semicolon, pipe it holds). */
const ROW_CELL = /(?<=^|[,;\t|]"?)[A-Z0-9-]{6,17}(?="?(?:[,;\t|]|$))/g;

/**
 * True when the cell `v` at `text[start, end)` lies in a generic bank column (`bank_1`) of the table
 * whose header is above, and is a routing code, or an account number whose row holds a routing code
 * in another such column (the pair is what moves money).
 */
function inGenericBankColumn(v: string, text: string, start: number, end: number): boolean {
  const column = csvColumnAt(text, start, end);
  if (column === null || !GENERIC_BANK_COLUMN.test(column.trim())) return false;
  if (routingLike(v)) return true;
  if (!/^\d{6,17}$/.test(v) || !plausibleAccount(v)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  for (const m of line.matchAll(ROW_CELL)) {
    const at = lineStart + m.index;
    if (at === start || !routingLike(m[0])) continue;
    const other = csvColumnAt(text, at, at + m[0].length);
    if (other !== null && GENERIC_BANK_COLUMN.test(other.trim())) return true;
  }
  return false;
}

/** An identifier of the same person in the lines right after a record's name line (`SSN (last search): …`, `DOB: …`, `Passport: …`). */
const NEXT_LINE_ID = /^[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,2}?[ \t]{0,4}(?:SSN|SIN|NINO|ITIN|DOB|Date of birth|Birth ?date|Passport(?: (?:no|number))?|National id|Tax id)\b[^\n:=]{0,30}[:=][ \t]{0,3}\S/i;

/** Round g27a's detectors. */
export const RECORD_G27A_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pdf-form-field-value',
    name: 'Personal id or name in a PDF form field dump (FDF `/T (field) /V (value)`, XFDF `<field name>`), the field named for it',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['/t(', '/t (', 'field name'],
    // FDF `<</T(full_name)/V(Declan Okafor)>>`, XFDF `<field name="employee_ssn"><value>397-54-8182</value></field>`.
    pattern:
      /\/T\s?\(([A-Za-z][\w .#-]{0,40})\)\s?\/V\s?\((?<v>[^()\\\n]{2,60})\)|<field name="([A-Za-z][\w .#-]{0,40})"\s{0,3}>\s{0,3}<value>(?<w>[^<\n]{2,60})<\/value>/,
    mask: 'full',
    validate: (v, ctx) => {
      const m = /\(([^()]*)\)|name="([^"]*)"/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
      const name = m?.[1] ?? m?.[2];
      return name !== undefined && sensitiveField(name, v);
    },
    remediation: 'Log form imports by field name and document id, without the filled-in values',
  }),
  defineDetector({
    id: 'vcard-home-address',
    name: 'Home address in a vCard `ADR;TYPE=HOME:` property (folded lines read on)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['adr;type=home', 'adr;home'],
    // A folded value runs over the line end.
    span: 1200,
    // `ADR;TYPE=HOME:;;240 Weybridge Ln;C\r\n olumbus, OH;;43229;US`: a line that starts with a space continues the one above.
    pattern: /(?<![\w-])ADR;(?:TYPE=)?(?:[\w,=;-]{0,30}[;,=])?HOME(?:[,;][\w,=;-]{0,30})?:(?<v>[^\r\n]{4,200}(?:\r?\n[ \t][^\r\n]{1,200}){0,4})/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]{3}/.test(v) && !isPlaceholder(v.replace(/[;\s]/g, '')),
    remediation: "Log rejected contact cards by UID, without the person's address",
  }),
  defineDetector({
    id: 'bank-details-generic-csv-column',
    name: 'Bank routing code (IFSC, sort code, BSB, ABA) or account number in a table column named only `bank` (`bank_1`, `bank_2`)',
    category: 'financial',
    severity: 'high',
    priority: 62,
    confidence: 0.75,
    keywords: [',bank', ';bank', '\tbank', '|bank', '"bank'],
    // `emp_id\tname\tbank_1\tbank_2` then `27012\tAnanya Raman\tKKBK0482008\t76632776206`: the header says bank, the shapes say which.
    span: 8192,
    pattern: /(?<=[\n,;\t|]"?)(?<v>[A-Z]{4}0[A-Z0-9]{6}|\d{6,17}|\d{2}-\d{2}-\d{2}|\d{3}-\d{3})(?="?(?:[,;\t|\r\n]|$))/,
    mask: 'tail',
    validate: (v, ctx) => inGenericBankColumn(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Remove bank routing and account numbers from exported or logged tables',
  }),
  defineDetector({
    id: 'person-name-record-line',
    name: "Person's name on a record's `Candidate:` / `Applicant:` / `Employee:` line, with an SSN, birth date or passport on the lines below",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['candidate', 'applicant', 'employee:', 'employee name'],
    // `Candidate: Aaliyah Castellanos\nSSN (last search): 933-94-2060` (a screening vendor's result mail).
    span: 700,
    pattern: new RegExp(String.raw`(?<![^\n \t])(?:[Cc]andidate|[Aa]pplicant|[Ee]mployee|CANDIDATE|APPLICANT|EMPLOYEE)(?: [Nn]ame)?:[ \t]{1,3}(?<v>${PERSON_F26})(?=[ \t]{0,3}\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => personLike(v) && WHOLE_PERSON.test(v) && NEXT_LINE_ID.test(ctx.text.slice(ctx.end, ctx.end + 600)),
    remediation: "Log screening and onboarding results by case id, without the person's name",
  }),
  defineDetector({
    id: 'uscis-receipt-number',
    name: 'USCIS case receipt number (EAC, WAC, LIN, SRC, IOE… and ten digits) under a receipt key',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['receipt'],
    // `receipt=EAC2197681839`, `Receipt Number: IOE0912345678`, `"receiptNumber":"WAC2290123456"`.
    pattern: /receipt(?:[ _-]?(?:no|num|number|#))?["']?\s{0,2}[:=#]?\s{0,2}["']?(?<v>(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|ZLA|ZNY|ZSF|ZHN|ZNK|ZBA|ZMI|ZPH)\d{10})(?!\d)/i,
    mask: 'full',
    remediation: "Log immigration cases by the vendor's case id, without the USCIS receipt number",
  }),
];
