import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ibanValid } from '../validators';
import { PERSON_F26 } from './names-f26a';
import { personLike } from './paired-names';

/**
 * Round r33 (blind set 33: fintech back offices, bank files and rails): people and their accounts
 * in the fixed places bank formats give them — SWIFT MT103 ordering customer and beneficiary
 * (`:50K:`, `:59:`), MT940 statement lines (`:25:` account, `:86:` `?31` IBAN and `?32` name),
 * ISO 20022 parties under `<Pty>`, BAI2 `IND NAME:` addenda, BACS Standard 18 credit records, UK
 * Open Banking `SortCodeAccountNumber` identifications and SPEI beneficiary names and RFCs.
 */

/** A name in capitals as bank files write it (`SIOBHAN O'SULLIVAN`, `DAAN DE VRIES`, `RHYS PEMBERTON-HALE`). */
const UPPER_PERSON = String.raw`[A-Z][A-Z'’-]{1,24}(?: (?:VAN|VON|DE|DEL|DER|DEN|LA|LE|DA|DOS|DI|DU|TER))*(?: [A-Z][A-Z'’-]{1,24}){1,3}`;
/** A person's name in title case or in capitals. */
const NAME = `(?:${PERSON_F26}|${UPPER_PERSON})`;

/** Words of payment texts and companies that a capitalised field holds instead of a person's name. */
const NOT_PERSON_WORD = /\b(?:TRANSFER|PAYMENT|PAYMENTS|PAYROLL|SALARY|SALARIES|INVOICE|REF|REFERENCE|NOTPROVIDED|GUTSCHR|UEBERWEISUNG|LASTSCHRIFT|SEPA|CREDIT|DEBIT|DIRECT|RECEIVED|TREASURY|HOLDINGS|LOGISTICS|INDUSTRIES|RETAIL|FOODS|ENERGIA|SHIPPING|LENDING|ACH|WIRE|BANK|BANCO|TRUST|GMBH|LTD|LLC|INC|CORP|PLC|SA|SAS|AG|BV|NV|PTY|LIMITED|COMPANY|ACCOUNT|ACCOUNTS|CLIENT|CUSTOMER|UNKNOWN|TEST)\b/;

/** True when a title-case or capitalised value reads as a person's name. */
export function bankPersonName(v: string): boolean {
  if (NOT_PERSON_WORD.test(v.toUpperCase())) return false;
  const title = v.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return personLike(title);
}

export const BANKFILE_R33_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-mt103-party',
    name: "Ordering customer's or beneficiary's name in a SWIFT MT103 (`:50K:`/`:50F:`/`:59:`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: [':50k:', ':50f:', ':59:', ':59f:'],
    keywordBoundary: 'digit', // a field tag, not the minutes of `23:59:44`
    span: 120,
    // The field's account line (`/IBAN`), then the name on the next line (`1/` before it in the structured 50F/59F).
    pattern: new RegExp(String.raw`(?<!\S):(?:50[KF]|59F?):(?:/[A-Z0-9 ]{4,40})?\r?\n(?:1/)?(?<v>${NAME})(?=\r?\n|$)`),
    mask: 'full',
    validate: (v) => bankPersonName(v),
    remediation: 'Log SWIFT messages by their reference (:20:) and UETR, not their customer fields',
  }),
  defineDetector({
    id: 'address-mt103-party',
    name: "Ordering customer's or beneficiary's address line in a SWIFT MT103 (`:50K:`/`:59:`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: [':50k:', ':59:'],
    keywordBoundary: 'digit',
    span: 200,
    // The line after the name: a street with its number (`LINDENSTRASSE 31, 80331 MUNCHEN`, `84 CHURCH LANE, BRISTOL BS7 8HX`).
    pattern: new RegExp(String.raw`(?<!\S):(?:50K|59):(?:/[A-Z0-9 ]{4,40})?\r?\n(?:${NAME})\r?\n(?<v>(?![:-])[A-Z0-9][A-Z0-9 ,./'-]{6,34})(?=\r?\n|$)`),
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Z]{3}/.test(v) && !/^\d+$/.test(v.replace(/\W/g, '')),
    remediation: 'Log SWIFT messages by their reference (:20:) and UETR, not their customer fields',
  }),
  defineDetector({
    id: 'person-name-iso20022-pty',
    name: "Debtor's or creditor's name in an ISO 20022 party (`<Dbtr><Pty><Nm>` of camt.053/054, capitals)",
    category: 'personal',
    severity: 'medium',
    priority: 42, // below person-name-iso20022-party's 43, which names the finding where both match
    confidence: 0.75,
    keywords: ['dbtr>', 'cdtr>'],
    span: 200,
    // camt.05x wraps the party in `<Pty>`; bank files write names in capitals (`<Dbtr><Nm>KATRIN KUHN</Nm>`).
    pattern: new RegExp(String.raw`<(?:Ultmt)?(?:Dbtr|Cdtr)>\s{0,8}(?:<Pty>\s{0,8})?<Nm>(?<v>${NAME})</Nm>`),
    mask: 'full',
    validate: (v) => bankPersonName(v),
    remediation: 'Keep payment files out of logs; log the message id and end-to-end id instead',
  }),
  defineDetector({
    id: 'person-name-mt940-details',
    name: "Counterparty's name in an MT940 `:86:` information field (subfields 32 and 33)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['?32'],
    pattern: new RegExp(String.raw`\?3[23](?<v>${NAME})(?=\?\d\d|\r?\n|$)`),
    mask: 'full',
    validate: (v, ctx) => /:86:|\?[02]0/.test(ctx.text) && bankPersonName(v),
    remediation: 'Log bank statements by statement number and entry reference, not their counterparty details',
  }),
  defineDetector({
    id: 'iban-mt940-details',
    name: "Counterparty's IBAN in an MT940 `:86:` information field (subfield 31)",
    category: 'financial',
    severity: 'high',
    priority: 71,
    confidence: 0.9,
    keywords: ['?31'],
    // The subfield number runs into the IBAN (`?31DE89…`), which the IBAN detector's word boundary does not accept.
    pattern: /\?31(?<v>[A-Z]{2}\d{2}[A-Z0-9]{11,30})(?=\?\d\d|\r?\n|$)/,
    mask: 'iban',
    validate: (v) => ibanValid(v),
    remediation: 'Remove this bank account number (IBAN) from the logs',
  }),
  defineDetector({
    id: 'account-mt940-25',
    name: 'Account number of an MT940 statement (`:25:` bank code/account)',
    category: 'financial',
    severity: 'medium',
    priority: 60,
    confidence: 0.75,
    keywords: [':25:'],
    keywordBoundary: 'digit', // a field tag, not the minutes of `10:25:31`
    pattern: /(?:^|\n):25:\d{8}\/(?<v>\d{6,10})(?:[A-Z]{3})?(?=\r?\n|$)/,
    mask: 'tail',
    remediation: 'Log bank statements by statement number, not the account they are for',
  }),
  defineDetector({
    id: 'person-name-bai2-addenda',
    name: "Individual's name in a BAI2 `88` continuation (`IND NAME:`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['ind name:'],
    pattern: new RegExp(String.raw`IND NAME:\s?(?<v>${NAME})(?=\s{0,3}(?:/|,|\r?\n|$|[A-Z]{2,8}(?: [A-Z]{2,8})?:))`),
    mask: 'full',
    validate: (v) => bankPersonName(v),
    remediation: 'Log BAI2 files by file id and record counts, not the ACH addenda text',
  }),
  defineDetector({
    id: 'bacs-standard18-account',
    name: 'Destination account number of a BACS Standard 18 record',
    category: 'financial',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['hdr1'],
    span: 1600,
    // After the file's HDR1 label: sort code (6), account (8), type, transaction code (99 credit, 17 debit, 01/18/19 direct debits, Z4/Z5), originator.
    pattern: /(?<=\n)\d{6}(?<v>\d{8})\d(?:99|17|01|18|19|Z4|Z5)\d{14}[ \d]{4}[ \d]{11}\S/,
    mask: 'tail',
    remediation: 'Keep BACS input files out of logs; log the submission serial and record count instead',
  }),
  defineDetector({
    id: 'person-name-bacs-standard18',
    name: "Destination account name of a BACS Standard 18 record (positions 83-100)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['hdr1'],
    span: 1600,
    pattern: new RegExp(String.raw`(?<=\n)\d{6}\d{8}\d(?:99|17|01|18|19|Z4|Z5)\d{14}[ \d]{4}[ \d]{11}[^\n]{36}(?<v>${UPPER_PERSON})(?= *(?:\r?\n|$))`),
    mask: 'full',
    validate: (v) => bankPersonName(v),
    remediation: 'Keep BACS input files out of logs; log the submission serial and record count instead',
  }),
  defineDetector({
    id: 'uk-account-obie-identification',
    name: 'UK account number in an Open Banking `SortCodeAccountNumber` identification',
    category: 'financial',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['sortcodeaccountnumber'],
    // `"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"<sort code><account>"`, either order.
    pattern: /SortCodeAccountNumber\\{0,3}"\s{0,3},\s{0,3}\\{0,3}"Identification\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"\d{6}(?<v>\d{8})\\{0,3}"|"Identification\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"\d{6}(?<w>\d{8})\\{0,3}"\s{0,3},\s{0,3}\\{0,3}"SchemeName\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"UK\.OBIE\.SortCodeAccountNumber/,
    mask: 'tail',
    remediation: 'Log payment consents by their id, without the debtor or creditor account',
  }),
  defineDetector({
    id: 'spei-beneficiary',
    name: "Beneficiary's or ordering party's name or RFC in a SPEI order (`nombreBeneficiario`, `rfcCurpBeneficiario`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: ['nombrebeneficiario', 'nombreordenante', 'rfccurpbeneficiario', 'rfccurpordenante'],
    // SPEI writes names in capitals; a person's RFC is 4 letters, the birth date and a 3-character homoclave (a company's has 3 letters).
    pattern: new RegExp(String.raw`"(?:nombre(?:Beneficiario|Ordenante)2?"\s{0,2}:\s{0,2}"(?<v>${NAME})|rfcCurp(?:Beneficiario|Ordenante)2?"\s{0,2}:\s{0,2}"(?<w>[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z0-9]{3}))"`),
    mask: 'full',
    validate: (v) => /\d/.test(v) || bankPersonName(v),
    remediation: 'Log SPEI orders by claveRastreo, without the beneficiary',
  }),
];
