import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy, isPlainWord } from '../validators';

/**
 * Round r71 (blind set 71), records part (see legacy-r71.ts): EDIFACT NAD party names and streets of a person's
 * party (`NAD+BE+++NAME+STREET`), the NACHA individual name of an ACH JSON (`individualName`), a Mexican CLABE
 * (checksum) near SPEI/CLABE and the beneficiary beside it in a pipe record, the account and payee of a positive-pay
 * issue file, and escaped XML (`&lt;Password&gt;…&lt;/Password&gt;`, `&lt;Name&gt;…`) in a SOAP fault's payload; ASP.NET form
 * post name fields (`txtFirst=`), GovTalk name parts and clear authentication values, ISO 20022 JSON party names
 * (`"Dbtr":{"Nm":…}`), BAI2 03 account records, Brazilian `agencia`/`numero` accounts and `favorecido` names.
 */

/** A name word in capitals or title case, Latin-1 and Latin Extended-A letters too. */
// A JSON `\uXXXX` escape counts as a letter (`Sch\u00e4fer`).
const NW = String.raw`(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u[0-9a-fA-F]{4})(?:[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’.-]|\\u[0-9a-fA-F]{4}){0,30}`;
/** Two to four name words. */
const NAME = String.raw`${NW}(?: ${NW}){1,3}`;

/** The words that name a positive-pay file, within reach before its records. */
const PP_KEY = String.raw`(?:[Pp][Oo][Ss][Ii][Tt][Ii][Vv][Ee][ -]?[Pp][Aa][Yy]|[Ii][Ss][Ss][Uu][Ee] [Ff][Ii][Ll][Ee])`;
/** SPEI or CLABE in any case. */
const SPEI_KEY = String.raw`(?:[Ss][Pp][Ee][Ii]|[Cc][Ll][Aa][Bb][Ee])`;

/** A Mexican CLABE's check digit (weights 3, 7, 1 over the first 17 digits). */
export function clabeValid(v: string): boolean {
  if (!/^\d{18}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(v[i]) * [3, 7, 1][i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

/** A name, not a company or a header word (`PAYROLL`, `NOMINA`, `LLC`, `BANK`). */
const personish = (v: string): boolean =>
  /[A-Za-z]{2}/.test(v) && !/\b(?:LLC|INC|LTD|GMBH|BANK|CORP|COMPANY|PAYROLL|NOMINA|SA|AG|BV|PLC|HOLDINGS?|SERVICES?|GROUP|TRUST|FUND)\b/i.test(v);

export const LEGACY_R71_RECORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'aspnet-form-name-field',
    name: 'Person name in an ASP.NET form post field (`txtFirst=Kimberly&txtLast=Kowalczyk`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['txtfirst', 'txtlast', 'txtsur', 'txtgiven', 'txtfname', 'txtlname', 'txtfullname'],
    pattern: /(?:^|[&?\s$])(?:ctl\d{2}\$[\w$]{0,40}\$)?txt(?:First|Last|Sur|Given|F|L|Full|Middle)(?:_?Name)?=(?<v>[A-Z][A-Za-z'%-]{1,30}(?:(?:\+|%20)[A-Z][A-Za-z'%-]{1,30}){0,2})(?=&|\s|$)/i,
    mask: 'full',
    validate: (v) => /^[A-Z]/.test(v) && !/^(?:true|false|null|none|test)$/i.test(v),
    remediation: 'Stop dumping Request.Form on the error page (customErrors On) and log by record id',
  }),
  defineDetector({
    id: 'govtalk-name-parts',
    name: 'Person name parts of a GovTalk/HMRC body (`<Name><Fore>…</Fore><Sur>…</Sur></Name>`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['<fore>', '<sur>'],
    pattern: /<(Fore|Sur)>(?<v>[^<>\n]{1,40})<\/\1>/,
    mask: 'full',
    validate: (v) => /^[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9' .&;’-]{0,39}$/.test(v),
    remediation: 'Log HMRC submissions by correlation id, not the Body',
  }),
  defineDetector({
    id: 'govtalk-authentication-value',
    name: 'GovTalk clear-text authentication value (`<Authentication><Method>clear</Method>…<Value>…</Value>`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['<authentication>'],
    pattern: /<Authentication>(?:<(?:Method|Role)>[^<>\n]{0,20}<\/(?:Method|Role)>){0,3}<Value>(?<v>[^<>\s]{4,128})<\/Value>/,
    mask: 'full',
    validate: (v) => !isPlainWord(v) && !isLowEntropy(v),
    remediation: 'Rotate the Government Gateway password and log GovTalk headers without the Authentication block',
  }),
  defineDetector({
    id: 'iso20022-json-party-name',
    name: 'Debtor or creditor name of an ISO 20022 message as JSON (`"Dbtr":{"Nm":"…"}`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['"nm"'],
    pattern: new RegExp(String.raw`"(?:Dbtr|Cdtr|UltmtDbtr|UltmtCdtr|InitgPty|Pyee|Pyer)"\s{0,3}:\s{0,3}\{\s{0,3}"Nm"\s{0,3}:\s{0,3}"(?<v>${NAME})"`),
    mask: 'full',
    validate: personish,
    remediation: 'Log SEPA exports by message id, not the party names',
  }),
  defineDetector({
    id: 'bai2-account-identifier',
    name: 'Account number of a BAI2 03 (account identifier) record (`03,<account>,USD,…`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['03,'],
    lineStart: true,
    pattern: /(?:^|\n)03,(?<v>\d{6,17}),(?:[A-Z]{3})?,\d{3},/,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Log BAI2 imports by file id, not their account records',
  }),
  defineDetector({
    id: 'br-bank-account-agencia-numero',
    name: 'Brazilian bank account number beside its branch (`"agencia":"4463","numero":"72411403"`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['agencia', 'agência'],
    pattern: /"ag[eê]ncia"\s{0,3}:\s{0,3}"\d{3,5}(?:-\d)?"\s{0,3},\s{0,3}"(?:numero|n[uú]mero|conta|numero_?conta|numeroConta)"\s{0,3}:\s{0,3}"(?<v>\d{4,13}(?:-[\dXx])?)"/i,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v.replace('-', '')),
    remediation: 'Log PIX batches by end-to-end id, not the payee account',
  }),
  defineDetector({
    id: 'br-payee-name-key',
    name: 'Brazilian payee or account-holder name under its Portuguese key (`"favorecido":"…"`, `"titular":"…"`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['favorecido', 'titular', 'pagador', 'recebedor', 'beneficiario'],
    pattern: /"(?:nome_?)?(?:favorecido|titular|pagador|recebedor|beneficiario)(?:_?nome)?"\s{0,3}:\s{0,3}"(?<v>[A-Z](?:[A-Za-zÀ-ÿ'-]|\\u[0-9a-fA-F]{4}){1,30}(?: (?:d[aeo]s? )?[A-Z](?:[A-Za-zÀ-ÿ'-]|\\u[0-9a-fA-F]{4}){1,30}){1,4})"/,
    mask: 'full',
    validate: personish,
    remediation: 'Log PIX batches by end-to-end id, not the payee',
  }),
  defineDetector({
    id: 'edifact-nad-person-name',
    name: "EDIFACT NAD party name of a person's party (`NAD+BE+++OUYANG ZHIWEI+…`, `NAD+EMP+id::92++Lefèvre:Jérôme+…`)",
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['nad+'],
    pattern: /(?:^|['\n ])NAD\+(?:BE|EMP|PAT|PE|IP|UD|OY|BEN)\+[^+'\n]{0,40}\+[^+'\n]{0,80}\+(?<v>[^+'\n:?]{2,40}(?::[^+'\n:?]{1,40}){0,4})(?=[+'\n]|$)/,
    mask: 'full',
    validate: (v) => /^[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9' .:’-]+$/.test(v) && personish(v),
    remediation: 'Log EDIFACT messages by interchange reference, not their party segments',
  }),
  defineDetector({
    id: 'edifact-nad-street',
    name: "EDIFACT NAD street of a person's party (`NAD+BE+++NAME+31 TER CHEMIN DU MOULIN+…`)",
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['nad+'],
    pattern: /(?:^|['\n ])NAD\+(?:BE|EMP|PAT|PE|IP|UD|OY|BEN)\+[^+'\n]{0,40}\+[^+'\n]{0,80}\+[^+'\n]{0,80}\+(?<v>[^+'\n?]{4,60})(?=[+'\n]|$)/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-zÀ-ÿ]{3}/.test(v),
    remediation: 'Log EDIFACT messages by interchange reference, not their party segments',
  }),
  defineDetector({
    id: 'ach-individual-name-field',
    name: 'NACHA individual name under a JSON field (`"individualName":"KIMBERLY THIBODEAUX"`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['individualname', 'individual_name', 'receivername', 'receiver_name'],
    pattern: new RegExp(String.raw`["']?(?:individual|receiver)_?name["']?\s{0,3}[:=]\s{0,3}["'](?<v>${NAME})["']`, 'i'),
    mask: 'full',
    validate: personish,
    remediation: 'Log ACH entries by trace number, not the receiver name',
  }),
  defineDetector({
    id: 'mx-clabe-near-spei',
    name: 'Mexican CLABE (18 digits, check digit) on the lines after SPEI or CLABE',
    category: 'financial',
    severity: 'high',
    // Under mx-clabe (66), which reads a CLABE on the line that names it; this one reads the records below.
    priority: 60,
    confidence: 0.85,
    keywords: ['spei', 'clabe'],
    span: 600,
    // The keyword within 400 characters before the value (inside the window the prefilter opens at the keyword).
    pattern: /(?<![\d])(?<v>\d{18})(?!\d)(?<=(?:spei|clabe)[\s\S]{0,400})/i,
    mask: 'tail',
    validate: clabeValid,
    remediation: 'Log SPEI transfers by tracking key, not the beneficiary CLABE',
  }),
  defineDetector({
    id: 'spei-record-beneficiary',
    name: 'Beneficiary name beside a CLABE in a pipe-delimited SPEI record (`|<CLABE>|NAME|`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['spei', 'clabe'],
    span: 600,
    pattern: new RegExp(String.raw`\|(?<c>\d{18})\|(?<v>${NAME})\|(?<=${SPEI_KEY}[\s\S]{0,400})`),
    mask: 'full',
    validate: (v, ctx) => personish(v) && clabeValid(ctx.text.slice(ctx.start - 19, ctx.start - 1)),
    remediation: 'Log SPEI transfers by tracking key, not the beneficiary',
  }),
  defineDetector({
    id: 'positive-pay-issue-record',
    name: 'Positive-pay issue record (`account,check,amount,MM/DD/YYYY,PAYEE`): the account and the payee',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['positivepay', 'positive pay', 'positive-pay', 'issue file'],
    span: 2000,
    pattern: new RegExp(String.raw`(?:^|\n)(?<v>\d{6,17}),\d{1,10},\d{1,9}\.\d{2},\d{2}/\d{2}/\d{4},(?:${NAME})(?=\r?\n|$|,)(?<=${PP_KEY}[\s\S]{0,1500})`),
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Log positive-pay uploads by file id, not their issue records',
  }),
  defineDetector({
    id: 'positive-pay-issue-payee',
    name: 'Payee name of a positive-pay issue record (`account,check,amount,MM/DD/YYYY,PAYEE`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['positivepay', 'positive pay', 'positive-pay', 'issue file'],
    span: 2000,
    pattern: new RegExp(String.raw`(?:^|\n)\d{6,17},\d{1,10},\d{1,9}\.\d{2},\d{2}/\d{2}/\d{4},(?<v>${NAME})(?=\r?\n|$|,)(?<=${PP_KEY}[\s\S]{0,1500})`),
    mask: 'full',
    validate: personish,
    remediation: 'Log positive-pay uploads by file id, not their issue records',
  }),
  defineDetector({
    id: 'escaped-xml-password-element',
    name: 'Password in escaped XML (`&lt;Password&gt;…&lt;/Password&gt;`) of a string payload',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['password&gt;', 'passwd&gt;', 'secret&gt;', 'passphrase&gt;'],
    pattern: /&lt;(?:[A-Za-z]{1,12}:)?(?:Password|Passwd|Pwd|Secret|ClientSecret|Passphrase)(?: [^&]{0,80})?&gt;(?<v>[^&<>\s]{4,128})&lt;\//i,
    mask: 'full',
    validate: (v) => !isPlainWord(v) && !isLowEntropy(v),
    remediation: 'Rotate the password and log the payload without its Auth block',
  }),
  defineDetector({
    id: 'escaped-xml-name-element',
    name: 'Person name in escaped XML (`&lt;Name&gt;First Last&lt;/Name&gt;`) of a string payload',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.7,
    keywords: ['name&gt;'],
    pattern: new RegExp(String.raw`&lt;(?:[A-Za-z]{1,12}:)?(?:Name|FullName|PersonName|MemberName|EmployeeName|PatientName|CustomerName)&gt;(?<v>${NW.replace("'’", "'’&;")}(?: ${NW.replace("'’", "'’&;")}){1,3})&lt;/`),
    mask: 'full',
    validate: personish,
    remediation: 'Log the payload by record id, not its member fields',
  }),
];
