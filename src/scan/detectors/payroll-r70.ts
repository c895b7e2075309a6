import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { ssnValid } from '../validators';

/**
 * Round r70 (blind set 70: payroll, benefits and tax-filing integrations as their sync and filing failures reach an alert).
 * The classes (this file: a person's pay and the fixed-width payroll records; payroll-r70-keys.ts: keys and names):
 * - a person's pay under a compensation key (`annual_salary`, `annualSalary`, `net_pay`, `gross_pay`, `pay_rate`,
 *   `hourly_rate`, `wage`, `ytdGross`, `box_1`, `NonemployeeCompensationAmt`, T4 `empt_incamt`, `disposable_earnings`,
 *   `deferral_amt`) in JSON, kv, Ruby-hash, Python-kwarg and XML forms, and Gusto's `"rate"` beside its `payment_unit`;
 * - pay written after a pay word with its currency sign (`gross €168.000,00 p.a.`, `current support $594.37`, `arrears $63.50`);
 * - a pay cell of a CSV whose header (or SQL `COPY … (cols)` list) names a compensation column (`Annual Salary`, `box1`,
 *   `deferral_amt`, `Pensionable earnings`), and a person cell under an `employee`/`obligor`/`participant` column;
 * - the amount of a NACHA entry-detail record; the fields of a BACS Standard 18 record after a line that names BACS;
 *   a CPA-005 credit record's amount, institution, account and payee; a BECS (.aba) record's BSBs, amount and trace account;
 * - SSN, names and amounts of a pipe-delimited contribution record (`ssn|LAST|FIRST|EE|amount|ER|amount`), and the
 *   names of an EFW2 `RW` record.
 * - an ACH entry amount built in code beside its `individual_name`.
 * Left alone on purpose: an order, invoice or fee amount (Deel's invoice `amount`, which a contractor bills, not a wage);
 * a plan loan `repayment`; a bare amount with no compensation key or column; a payroll run's totals (`268 employees,
 * gross $685,994.01`: gross, net and salary count only with a pay period after them); a prenote's zero amount.
 * Also in this round: table-row-secret (key-forms-more.ts) reports only on a line holding one of its keywords, as the
 * prefilter runs it; person-name-after-role (names-t31.ts) refuses a negation or auxiliary verb (`Customer Advises Not
 * Authorized`, an ACH return reason).
 */

/** An amount as payroll writes it: `$82,500`, `163000.00`, `202,000.00`, `€168.000,00`, `0000517099` is not one. */
const AMOUNT = String.raw`[$€£]?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,8}(?:\.\d{1,2})?)`;

/** A plausible pay figure: a digit other than zero, not a year or a version. */
const payOk = (v: string): boolean => {
  const d = v.replace(/[^\d]/g, '');
  return /[1-9]/.test(d) && !/^(?:19|20)\d{2}$/.test(v) && !/^\d+\.\d+\.\d+/.test(v);
};

/** A pay period written after an amount (`p.a.`, `per month`, `/yr`, `annually`). */
const PAY_PERIOD = /^[ \t]{0,2}(?:p\.a\.|per (?:year|annum|month|hour|week)|\/yr\b|a (?:year|month)|annually|monthly|yearly)/i;

/** Keys of a person's pay: every spelling holds one of PAY_KEYWORDS (separators are `_` or none). */
const PAY_KEY = String.raw`(?:\w{0,20}salary(?:_?amount)?|base_?pay|gross_?pay|net_?pay|pay_?rate|hourly_?rate|\w{0,12}wages?(?:_?amt)?|ytd_?(?:gross|net|earnings)|gross_?earnings|disposable_?earnings|deferral_?amt|pensionable_?earnings|box_?[1-6](?!\d)|NonemployeeCompensationAmt|empt_incamt|take_?home_?pay)`;

/** Lowercase spellings that wake the compensation-key detector: each PAY_KEY alternative with `_` and without. */
const PAY_KEYWORDS = [
  'salary', 'wage', 'nonemployeecompensationamt', 'empt_incamt',
  ...['base_pay', 'gross_pay', 'net_pay', 'pay_rate', 'hourly_rate', 'ytd_gross', 'ytd_net', 'ytd_earnings', 'gross_earnings', 'disposable_earnings', 'deferral_amt', 'pensionable_earnings', 'take_home', 'box_1', 'box_2', 'box_3', 'box_4', 'box_5', 'box_6'].flatMap((k) => [k, k.replace('_', '')]),
];

/** Column headers of a person's pay in a CSV or a `COPY … (cols)` list. */
const PAY_COLUMN = /^(?:annual[ _-]?salary|salary|base[ _-]?salary|gross[ _-]?pay|net[ _-]?pay|pay[ _-]?rate|hourly[ _-]?rate|wages|box[ _]?1|deferral[ _-]?amt|deferral[ _-]?amount|pensionable[ _-]?earnings|disposable[ _-]?earnings|ytd[ _-]?gross)$/i;
/** Keywords of the pay-column detector: one is in every header PAY_COLUMN accepts. */
const PAY_COLUMN_KEYWORDS = ['salary', 'box1', 'box 1', 'box_1', 'deferral_amt', 'deferral amount', 'deferral-amt', 'pensionable', 'disposable', 'gross_pay', 'gross pay', 'gross-pay', 'grosspay', 'net_pay', 'net pay', 'net-pay', 'netpay', 'pay_rate', 'pay rate', 'pay-rate', 'payrate', 'hourly_rate', 'hourly rate', 'hourly-rate', 'hourlyrate', 'ytd_gross', 'ytd gross', 'ytd-gross', 'ytdgross', 'wages'];
/** Column headers of a person in such a file. */
const PERSON_COLUMN = /^(?:employee|employee_name|obligor|participant)$/i;
/** Keywords of the person-column detector: the column name beside a separator. */
const PERSON_COLUMN_KEYWORDS = ['employee,', ',employee', ', employee', 'employee_name,', ',employee_name', ', employee_name', 'obligor,', ',obligor', ', obligor', 'participant,', ',participant', ', participant', 'employee\t', '\temployee'];

/** Splits one CSV line into cells with their offsets (double quotes group commas). */
function csvCells(line: string, sep: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let i = 0;
  while (i <= line.length) {
    const at = i;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      const end = close < 0 ? line.length : close + 1;
      out.push({ text: line.slice(i + 1, close < 0 ? line.length : close), at });
      i = end;
      if (line[i] === sep) i++;
      else break;
      continue;
    }
    const next = line.indexOf(sep, i);
    const end = next < 0 ? line.length : next;
    out.push({ text: line.slice(i, end), at });
    if (next < 0) break;
    i = next + 1;
  }
  return out;
}

/** The header of the CSV above the line at `lineAt` (up to 12 lines back): a `COPY t (a, b)` list or a header line, with where its line starts. */
function headerAbove(text: string, lineAt: number, sep: string): { names: string[]; line: string; at: number } | null {
  let end = lineAt - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    if (end - from > 2000) return null;
    const line = text.slice(from, end).replace(/\r$/, '');
    const copy = /\bCOPY\s+[\w.]{1,60}\s*\(([^)]{1,400})\)/i.exec(line);
    if (copy) return { names: copy[1]!.split(',').map((c) => c.trim()), line, at: from };
    const cells = csvCells(line, sep).map((c) => c.text.trim());
    if (cells.length >= 3 && cells.every((c) => /^[A-Za-z][\w ()./-]{0,40}$/.test(c))) return { names: cells, line, at: from };
    end = from - 1;
  }
  return null;
}

/**
 * True when the cell at ctx.start lies under a header column `col` accepts, on a header line that holds one of `keywords`
 * at most 1000 characters back (so the prefilter's window from that keyword, 1200 long, holds the cell).
 */
function underColumn(ctx: MatchContext, col: RegExp, keywords: readonly string[]): boolean {
  const from = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  let to = ctx.text.indexOf('\n', from);
  if (to < 0) to = ctx.text.length;
  // A CSV row or header is short: a long line is no file row, and splitting it at every candidate would cost its length each time.
  if (to - from > 2000) return false;
  const line = ctx.text.slice(from, to).replace(/\r$/, '');
  const sep = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  const cells = csvCells(line, sep);
  if (cells.length < 3) return false;
  const rel = ctx.start - from;
  let idx = -1;
  for (let i = 0; i < cells.length; i++) if (cells[i]!.at <= rel) idx = i;
  if (idx < 0) return false;
  const header = headerAbove(ctx.text, from, sep);
  if (!header || header.names.length !== cells.length || ctx.start - header.at > 1000) return false;
  const lower = header.line.toLowerCase();
  return col.test(header.names[idx] ?? '') && keywords.some((k) => lower.includes(k));
}

/** True when one of `re` (the detector's keywords) occurs at most `reach` characters before the value: the prefilter's window from it holds the value. */
const keywordBefore = (ctx: MatchContext, re: RegExp, reach: number): boolean => re.test(ctx.text.slice(Math.max(0, ctx.start - reach), ctx.start));

/** A name of a person in capitals or title case (ASCII, Latin-1 and Latin Extended-A letters, apostrophes and hyphens). */
const NAME_WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]{1,24}`;
const PERSON = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,3}`;
/** Words of companies and things a name-shaped cell may be. */
const NOT_PERSON = /\b(?:INC|LLC|LTD|CORP|CO|COMPANY|GROUP|PAYROLL|SALARY|BANK|TRUST|PTY|FUND|SERVICES|HOLDINGS|TEST|SAMPLE|EXAMPLE|DEMO|JOHN DOE|JANE DOE|NULL|NONE|PENDING|TOTAL)\b/i;
const personOk = (v: string): boolean => !NOT_PERSON.test(v) && /[aeiouyAEIOUYÀ-ÿ]/.test(v);

/** The last line tested by pipeRecordLine (a long line with many matches is tested once). */
let pipeText = '';
let pipeFrom = -1;
let pipeOk = false;
/** The line of ctx.start holds `|EE|` or `|ER|` (a keyword of the pipe-record detectors, any case). */
const pipeRecordLine = (ctx: MatchContext): boolean => {
  const from = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (ctx.text === pipeText && from === pipeFrom) return pipeOk;
  const to = ctx.text.indexOf('\n', ctx.start);
  pipeText = ctx.text;
  pipeFrom = from;
  pipeOk = /\|e[er]\|/i.test(ctx.text.slice(from, to < 0 ? ctx.text.length : to));
  return pipeOk;
};
/** The source-code field before an amount of a pipe record. */
const PIPE_AMOUNT_AFTER = /\|E[ER]\|$/;

/** Positions of a BACS Standard 18 record: sort code, account, type, transaction code, originator sort code and account, free, amount. */
const BACS = String.raw`\d{6}\d{8}\d(?:99|17|01|18|19|Z4|Z5)\d{6}\d{8}[ \d]{4}\d{11}`;

export const PAYROLL_R70_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pay-amount-compensation-key',
    name: "A person's pay under a compensation key (`annual_salary`, `net_pay`, `pay_rate`, `wage`, `ytdGross`, `box_1`, `<NonemployeeCompensationAmt>`)",
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: PAY_KEYWORDS,
    pattern: new RegExp(
      String.raw`(?<![\w-])(?<k>${PAY_KEY})(?:["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\?["']?|>)(?<v>${AMOUNT})(?![\d,.]?\d)(?=\\?["']?(?:[ \t]{0,2}(?:USD|EUR|GBP|CAD|AUD))?(?:[\s,;)}\]<&/|]|$))`,
      'i',
    ),
    mask: 'full',
    validate: (v) => payOk(v),
    remediation: "Log a compensation change by its record id, not the person's pay",
  }),
  defineDetector({
    id: 'pay-rate-payment-unit',
    name: 'A pay rate beside its payment unit (Gusto `"rate"=>"207250.00", "payment_unit"=>"Year"`)',
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['payment_unit', 'paymentunit'],
    pattern: new RegExp(String.raw`(?<![\w-])["']?rate["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["']?(?<v>${AMOUNT})(?=["']?[ \t]{0,3},[ \t]{0,3}["']?payment_?unit)`, 'i'),
    mask: 'full',
    validate: (v) => payOk(v),
    remediation: "Log a compensation change by its record id, not the person's pay",
  }),
  defineDetector({
    id: 'pay-amount-after-pay-word',
    name: 'Pay written after a pay word with its currency sign (`gross €168.000,00 p.a.`, `current support $594.37`, `arrears $63.50`)',
    category: 'financial',
    severity: 'medium',
    priority: 38,
    confidence: 0.65,
    // The pay period gross, net and salary need, or the support words: ASCII literals (the prefilter reads bytes).
    keywords: ['p.a.', 'per annum', 'per year', 'per month', 'per hour', 'per week', '/yr', 'annually', 'monthly', 'yearly', 'a year', 'a month', 'current support', 'arrears'],
    pattern: /(?<![\w-])(?<k>gross|net|current support|arrears|salary(?: of)?)[ \t](?<v>[$€£](?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,7}(?:[.,]\d{2})?))(?![\d])/i,
    mask: 'full',
    // A support order's amounts stand alone; gross, net or salary only with a pay period after (`p.a.`, `per month`):
    // a payroll run's totals (`268 employees, gross $685,994.01, net …`) are a company's, not a person's.
    validate: (v, ctx) => {
      if (!payOk(v)) return false;
      const word = /(current support|arrears)[ \t]$/i.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start));
      return word || PAY_PERIOD.test(ctx.text.slice(ctx.end, ctx.end + 16));
    },
    remediation: "Keep a person's pay and support orders out of logs and alerts",
  }),
  defineDetector({
    id: 'pay-amount-csv-column',
    name: 'A pay cell of a CSV or COPY under a compensation column (`Annual Salary`, `box1`, `deferral_amt`, `Pensionable earnings`)',
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: PAY_COLUMN_KEYWORDS,
    span: 1200,
    pattern: /(?<=^|[,\t;\n])"?(?<v>[$€£]?(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{1,8}\.\d{2}))"?(?=[,\t;\r\n]|$)/,
    mask: 'full',
    validate: (v, ctx) => payOk(v) && underColumn(ctx, PAY_COLUMN, PAY_COLUMN_KEYWORDS),
    remediation: "Keep payroll and census files out of logs; log the file name and row count instead",
  }),
  defineDetector({
    id: 'person-name-csv-employee-column',
    name: 'A person in a CSV or COPY row under an `employee`, `obligor` or `participant` column of a payroll file',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: PERSON_COLUMN_KEYWORDS,
    span: 1200,
    pattern: new RegExp(String.raw`(?<=^|[,\t;\n])"?(?<v>${PERSON})"?(?=[,\t;\r\n]|$)`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && underColumn(ctx, PERSON_COLUMN, PERSON_COLUMN_KEYWORDS),
    remediation: "Keep payroll and census files out of logs; log the file name and row count instead",
  }),
  defineDetector({
    id: 'ach-entry-amount-beside-individual-name',
    name: 'Amount of an ACH entry built in code beside its `individual_name` (`amount=2253.54, individual_name="…"`)',
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['individual_name', 'individualname'],
    pattern: /(?<![\w-])amount["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?<v>\d{1,8}(?:\.\d{1,2})?)["']?(?=[ \t]{0,2},[ \t]{0,2}["']?individual_?name)/i,
    mask: 'full',
    validate: (v) => payOk(v),
    remediation: 'Keep ACH entries out of exception text; log the trace number instead',
  }),
  defineDetector({
    id: 'nacha-entry-amount',
    name: 'Amount of a NACHA entry-detail record (positions 30-39: a person’s net pay)',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['622', '623', '627', '628', '632', '633', '637', '638'],
    lineStart: true,
    pattern: /(?<![^\n])6[23][2378]\d{9}[0-9A-Za-z -]{17}(?<v>\d{10})(?=[0-9A-Za-z -]{15}[A-Za-z0-9 '&.,-]{22})/,
    mask: 'full',
    validate: (v, ctx) => /[1-9]/.test(v) && /^[A-Za-z0-9 -]{15}[A-Z]/.test(ctx.text.slice(ctx.end, ctx.end + 16)),
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
  defineDetector({
    id: 'bacs-standard18-record-fields',
    name: 'Sort codes, accounts and amount of a BACS Standard 18 record after a line that names BACS',
    category: 'financial',
    severity: 'high',
    // Over bacs-standard18-account (60), which reads the account alone after an HDR1 label: where both read a record, the
    // wider finding wins in every reading (with and without the prefilter).
    priority: 61,
    confidence: 0.8,
    keywords: ['bacs', 'standard 18'],
    span: 600,
    pattern: new RegExp(String.raw`(?<=\n)(?<v>${BACS})(?=[A-Za-z0-9 &'.,/-]{18})`),
    mask: 'full',
    validate: (v, ctx) => /[1-9]/.test(v.slice(-11)) && keywordBefore(ctx, /bacs|standard 18/i, 500),
    remediation: 'Keep BACS input files out of logs; log the submission serial and record count instead',
  }),
  defineDetector({
    id: 'person-name-bacs-standard18-named',
    name: 'Destination account name of a BACS Standard 18 record after a line that names BACS',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['bacs', 'standard 18'],
    span: 600,
    pattern: new RegExp(String.raw`(?<=\n${BACS}[^\n]{36})(?<v>[A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){1,3})(?= *(?:\r?\n|$))`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && keywordBefore(ctx, /bacs|standard 18/i, 450),
    remediation: 'Keep BACS input files out of logs; log the submission serial and record count instead',
  }),
  defineDetector({
    id: 'cpa005-credit-record-fields',
    name: 'Amount, institution id and account of a Canadian CPA-005 credit (D) record',
    category: 'financial',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['cpa-005', 'cpa005', 'cpa 005'],
    span: 800,
    // D, record count and originator, then transaction type (3), amount (10), due date (5-6), institution 0bbbttttt (9), account (up to 12).
    pattern: /(?<=\nD\d{9}(?:[A-Z0-9]{10})?\d{4}[1-9]\d{2})(?<v>\d{10}\d{5,6}0\d{8}\d{5,12})(?= {2,40}[A-Z])/,
    mask: 'full',
    validate: (v, ctx) => /[1-9]/.test(v.slice(0, 10)) && keywordBefore(ctx, /cpa[- ]?005/i, 650),
    remediation: 'Keep CPA-005 files out of logs; log the file creation number and record count instead',
  }),
  defineDetector({
    id: 'person-name-cpa005-payee',
    name: 'Payee name of a Canadian CPA-005 credit (D) record',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['cpa-005', 'cpa005', 'cpa 005'],
    span: 800,
    pattern: /(?<=\nD\d{30,60} {2,40})(?<v>[A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){1,3})(?= *(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => personOk(v) && keywordBefore(ctx, /cpa[- ]?005/i, 650),
    remediation: 'Keep CPA-005 files out of logs; log the file creation number and record count instead',
  }),
  defineDetector({
    id: 'au-becs-detail-fields',
    name: 'BSB, amount and trace account of a BECS direct-entry (.aba) detail record',
    category: 'financial',
    severity: 'high',
    priority: 51,
    confidence: 0.8,
    keywords: [...'0123456789'].map((d) => `1${d}`),
    lineStart: true,
    lineHead: /1\d{3}-\d{3}/,
    pattern: /(?<v>(?<=(?<![^\n])1)\d{3}-\d{3}(?=[ \d-]{9}[ NWXY]\d{12})|(?<=(?<![^\n])1\d{3}-\d{3}[ \d-]{9}[ NWXY]\d{2})\d{10}|(?<=(?<![^\n])1\d{3}-\d{3}[ \d-]{9}[ NWXY]\d{12}[^\n]{45,52})\d{3}-\d{3}\d{9}(?=[A-Za-z ]))/,
    mask: 'full',
    validate: (v) => /[1-9]/.test(v),
    remediation: 'Keep direct-entry files out of logs: log the batch id and a count instead of the records',
  }),
  defineDetector({
    id: 'contribution-record-pipe-fields',
    name: 'SSN and amounts of a pipe-delimited contribution record (`ssn|LAST|FIRST|EE|amount|ER|amount`)',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['|ee|', '|er|'],
    pattern: /(?<v>(?<![^\n])\d{9}(?=\|[A-Z][A-Z'’ -]{0,30}\|[A-Z])|(?<=\|(?:EE|ER)\|)\d{1,10}(?:\.\d{2})?(?=[|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => (/^\d{9}$/.test(v) && !PIPE_AMOUNT_AFTER.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)) ? ssnValid(v) : /[1-9]/.test(v)) && pipeRecordLine(ctx),
    remediation: 'Keep benefit contribution files out of logs; log the file name and record count instead',
  }),
  defineDetector({
    id: 'person-name-contribution-record-pipe',
    name: 'LAST|FIRST names of a pipe-delimited contribution record after its SSN',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['|ee|', '|er|'],
    pattern: /(?<=(?<![^\n])\d{3}-?\d{2}-?\d{4}\|)(?<v>[A-Z][A-Z'’ -]{0,30}\|[A-Z][A-Z'’ -]{0,30})(?=\|)/,
    mask: 'full',
    validate: (v, ctx) => personOk(v.replace('|', ' ')) && pipeRecordLine(ctx),
    remediation: 'Keep benefit contribution files out of logs; log the file name and record count instead',
  }),
  defineDetector({
    id: 'person-name-efw2-rw',
    name: 'Employee first, middle and last names of an SSA EFW2 `RW` record',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['rw'],
    lineStart: true,
    lineHead: /RW\d{9}[A-Z]/,
    pattern: /(?<![^\n])RW\d{9}(?<v>[A-Z][A-Z'’-]{0,14}(?: {1,30}[A-Z][A-Z'’-]{0,19}){1,2})(?= )/,
    mask: 'full',
    validate: (v) => personOk(v.replace(/ +/g, ' ')),
    remediation: 'Keep W-2 wage files out of logs; log the submitter id and record count instead',
  }),
];
