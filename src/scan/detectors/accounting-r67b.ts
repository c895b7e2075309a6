import { csvColumnAt, foldName } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { einValid } from '../id-checksums-world';
import { abaValid, isLowEntropy } from '../validators';
import { vatValid } from '../vat-numbers';
import { ciPersonOk, PERSON_R32 } from './names-r32';

/**
 * Round r67 (blind set 67: accounting, billing and subscription integrations), people and bank fields (the credentials
 * are in accounting-r67.ts). The classes:
 * - a NACHA entry-detail record indented in an error message (`  6326268625705451308550601    0000088427…`): the
 *   line-start rules of nacha-entries.ts do not read it; routing, account, amount, id and name as one finding;
 * - bank fields in a Markdown/console table row under a key path (`| paymentMethod.bankAccounts[0].sortCode | 40-57-33 |`,
 *   `| …accountNumber | 20040643 |`, `| routing_number | … |`);
 * - routing and account numbers in a CSV column whose header names them in one word (`ACHBANKROUTINGNUMBER,ACHACCOUNTNUMBER`);
 * - a full account number (Yodlee `fullAccountNumber`) and a routing number as a typed id (`{"id":"…","type":"ROUTING_NUMBER"}`);
 * - an EU/UK VAT number under a tax-identifier key (Paddle `tax_identifier`, `tax_registration_number`), by its check digits;
 * - an EIN as an exemption-certificate number (Avalara `exemptionNumber`);
 * - a person's name under keys of bank and payroll records the name rules lack (`nameOnAcct`, `preferred_name`,
 *   `legalName.formattedName`, `contractor=`) and under a combined key (`firstName/last`, `FirstName + LastName=`).
 * Left alone on purpose: a name only in prose (`existing user Ann Lee owns this email`, `replacement card for Ann Lee - …`)
 * and a company field that repeats the person's name (`"organization":"Ann Lee"`): no key or shape of a person.
 */

/** A full name, a quote or separator after it. */
const NAME = String.raw`(?<v>${PERSON_R32})(?![\w’'-]|[\u00c0-\u024f])`;
/** `=`/`:`/`=>`, quotes allowed around (JSON, logfmt, properties). */
const SEP = String.raw`["'\\]{0,3}[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}["'\\]{0,3}`;
/** `re` (a regex source of lowercase key names) matching any letter case, the name after it staying case-sensitive. */
const anyCase = (re: string): string => re.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** NACHA record type 6 with a live transaction code, after an indentation. */
const CODES = ['622', '623', '627', '628', '632', '633', '637', '638'];

export const ACCOUNTING_R67B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'nacha-entry-indented',
    name: 'NACHA entry-detail record indented in a message (routing, account, amount, id and name)',
    category: 'financial',
    severity: 'high',
    priority: 47,
    confidence: 0.8,
    keywords: CODES.flatMap((c) => [` ${c}`, `\t${c}`]),
    lineHead: /[ \t]{1,8}6[23][2378]\d{9}/,
    pattern: /(?:^|\n)[ \t]{1,8}6[23][2378](?<v>\d{9}[0-9A-Za-z -]{17}\d{10}[0-9A-Za-z -]{15}[^\n]{22})/,
    mask: 'full',
    validate: (v, ctx) => {
      const line = ctx.text.slice(ctx.start - 3, ctx.text.indexOf('\n', ctx.start) === -1 ? ctx.text.length : ctx.text.indexOf('\n', ctx.start)).replace(/\r$/, '');
      if (line.length !== 94 || !abaValid(v.slice(0, 9)) || !/\d{4}/.test(v.slice(9, 26))) return false;
      return { ok: true, trimEnd: v.trimEnd().length };
    },
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
  defineDetector({
    id: 'bank-field-in-table-row',
    name: 'Sort code, account or routing number in a table row under a key path (`| bankAccounts[0].sortCode | 40-57-33 |`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['sortcode', 'sort_code', 'sort code', 'accountnumber', 'account_number', 'account number', 'routingnumber', 'routing_number', 'routing number'],
    precheck: { re: /\|[ \t]{0,40}\d/, reach: 120 },
    pattern: /\|[ \t]{0,3}[\w.[\]/ -]{0,80}?(?<k>sort[ _]?code|account[ _]?number|routing[ _]?number)[ \t]{0,40}\|[ \t]{0,3}(?<v>\d{2}-\d{2}-\d{2}|\d{4,17})[ \t]{0,40}\|/i,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key?.toLowerCase() ?? '';
      if (key.startsWith('sort')) return /^\d{2}-?\d{2}-?\d{2}$/.test(v) && !/^0+$/.test(v.replace(/-/g, ''));
      if (key.startsWith('routing')) return /^\d{9}$/.test(v) && abaValid(v);
      return /^\d{6,17}$/.test(v) && !isLowEntropy(v);
    },
    remediation: 'Keep bank details out of logged tables (log the record id)',
  }),
  defineDetector({
    id: 'bank-field-csv-column',
    name: 'Routing or account number in a CSV column whose header names it (`ACHBANKROUTINGNUMBER,ACHACCOUNTNUMBER`)',
    category: 'financial',
    severity: 'high',
    priority: 53,
    confidence: 0.8,
    keywords: ['routingnumber,', 'accountnumber,', ',routingnumber', ',accountnumber', 'routing_number,', 'account_number,', ',routing_number', ',account_number'],
    span: 2000,
    pattern: /(?<=(?:^|[\n,;\t])[ \t]{0,3}"?)(?<v>\d{4,17})(?="?[ \t]{0,3}(?:[,;\t\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (col === null) return false;
      const name = foldName(col).toLowerCase().replace(/[^a-z]/g, '');
      if (/routing(?:number|no)?$|aba$/.test(name)) return /^\d{9}$/.test(v) && abaValid(v);
      if (/(?:account|acct)(?:number|no|num)$/.test(name)) return /^\d{6,17}$/.test(v) && !isLowEntropy(v);
      return false;
    },
    remediation: 'Keep bank details out of logged imports and exports (log the row number)',
  }),
  defineDetector({
    id: 'bank-account-full-number-key',
    name: 'Bank account number under a full-account key (Yodlee `fullAccountNumber`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['fullaccountnumber', 'full_account_number', 'fullaccountno'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])full_?account_?(?:number|no)${SEP}(?<v>\d{5,17})(?!\d)`, 'i'),
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !/^0+$/.test(v),
    remediation: 'Log the masked account number the aggregator also returns (`accountNumber: xxxx1234`)',
  }),
  defineDetector({
    id: 'routing-number-typed-id',
    name: 'Routing number as an id typed ROUTING_NUMBER (Yodlee `bankTransferCode`)',
    category: 'financial',
    severity: 'medium',
    priority: 50,
    confidence: 0.8,
    keywords: ['routing_number'],
    precheck: { re: /\d{9}/, reach: 20 },
    pattern: /"id"[ \t]{0,3}:[ \t]{0,3}"(?<v>\d{9})"[ \t]{0,3},[ \t]{0,3}"type"[ \t]{0,3}:[ \t]{0,3}"ROUTING_NUMBER"/i,
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Keep bank transfer codes out of logged aggregator responses',
  }),
  defineDetector({
    id: 'vat-id-under-tax-identifier-key',
    name: 'EU/UK VAT number under a tax-identifier key (`"tax_identifier":"FR57818165527"`, `tax_registration_number=`)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.8,
    keywords: ['tax_identifier', 'taxidentifier', 'tax identifier', 'tax_registration', 'taxregistration', 'tax registration'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])tax[ _]?(?:identifier|registration(?:[ _]?(?:number|id|no))?)${SEP}(?<v>(?:CHE|[A-Z]{2})[0-9A-Z]{8,12})(?![0-9A-Za-z])`, 'i'),
    mask: 'full',
    validate: (v) => vatValid(v),
    remediation: "Log customers by id; a sole trader's VAT number identifies the person",
  }),
  defineDetector({
    id: 'ein-under-exemption-number-key',
    name: 'US EIN as an exemption-certificate number (Avalara `exemptionNumber="12-3456789"`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: ['exemptionnumber', 'exemption_number', 'exemption number', 'exemptionno', 'exemption_no'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])exemption[ _]?(?:number|no)${SEP}(?<v>\d{2}-\d{7})(?![\d-])`, 'i'),
    mask: 'full',
    validate: (v) => einValid(v) && !isLowEntropy(v.replace('-', '')),
    remediation: "Log exemption certificates by id; a sole proprietor's EIN is a person's",
  }),
  defineDetector({
    id: 'person-name-bank-payroll-key',
    name: "Person's name under a bank or payroll record key (`nameOnAcct`, `preferred_name`, `formattedName`, `contractor=`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: ['nameonacct', 'nameonaccount', 'name_on_account', 'name_on_acct', 'preferred_name', 'preferredname', 'formattedname', 'formatted_name', 'contractor'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])${anyCase('(?:name_?on_?acc(?:oun)?t|preferred_?name|formatted_?name|contractor(?:_?name)?)')}${SEP}${NAME}`),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: 'Log people by id, not by name',
  }),
  defineDetector({
    id: 'person-name-first-last-key',
    name: "Person's name under a key naming first and last name together (`firstName/last`, `FirstName + LastName=`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: ['firstname', 'first_name', 'first name'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])${anyCase('first[ _]?name')}[ \t]{0,2}(?:/|\+|&|and)[ \t]{0,2}${anyCase('last(?:[ _]?name)?')}(?:[ \t]{0,40}\|[ \t]{0,3}|${SEP})${NAME}`),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: 'Log people by id, not by name',
  }),
];
