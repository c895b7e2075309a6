import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { bsnValid, cpfValid, nirValid, tfnValid } from '../id-checksums';
import { personnummerValid } from '../id-checksums-more';
import { ssnValid } from '../validators';

/** A key's end and its value's start: `":"`, `=`, `: `, `>` (with an XML element's attributes before it), `,'` (DSN). */
const GAP = String.raw`(?:\\{0,3}["'])?(?:\s[\w:.-]{1,30}=(?:"[^"<>\n]{0,40}"|'[^'<>\n]{0,40}'))*\s{0,3}(?:>|(?:[:=,]|%3[AD])\s{0,3}(?:\\{0,3}["'])?)`;

/** The check digit of a UK Unique Taxpayer Reference by the remainder of its weighted sum (HMRC's table). */
const UTR_CHECK = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1];

/** True for a UK UTR: ten digits (an optional `K` suffix) whose first is the check digit of the other nine. */
export function utrValid(v: string): boolean {
  const d = v.replace(/[\s]/g, '').replace(/K$/i, '');
  if (!/^\d{10}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  const w = [6, 7, 8, 9, 10, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i + 1) - 48) * w[i]!;
  return UTR_CHECK[sum % 11] === d.charCodeAt(0) - 48;
}

/** Letters of a Medicare Beneficiary Identifier (no S, L, O, I, B, Z). */
const MBI_A = '[AC-HJKMNP-RT-Y]';
/** A US Medicare Beneficiary Identifier (CMS): C A AN N A AN N A A N N, dashed after the 4th and 7th characters or not. */
export const MBI = String.raw`[1-9]${MBI_A}[AC-HJKMNP-RT-Y0-9]\d-?${MBI_A}[AC-HJKMNP-RT-Y0-9]\d-?${MBI_A}{2}\d{2}`;

/** Key names of payroll, tax and social-security records in their own languages and the check each id passes. */
const RECORD_KEYS: readonly (readonly [RegExp, (v: string) => boolean])[] = [
  [/^cpf/i, (v) => cpfValid(v.replace(/\D/g, ''))],
  [/^(?:sofi|bsn|burgerservice)/i, (v) => bsnValid(v.replace(/\D/g, ''))],
  [/^(?:tax_?file|tfn)/i, (v) => tfnValid(v.replace(/\D/g, ''))],
  [/utr$|^unique_?tax/i, utrValid],
  [/^(?:betalningsmottagar|inkomsttagar|personnummer|personnr)/i, (v) => personnummerValid(v.replace(/\s/g, ''))],
  [/^S21\.G00\.30\.001$/, (v) => nirValid(v.replace(/\s/g, ''))],
];

/** Member ids of health plans, Medicare MBIs, and national ids under the field names of payroll and tax filings. */
export const HEALTH_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'health-plan-member-id',
    name: 'Health plan member id (subscriber, member, insured, cardholder id)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.75,
    keywords: ['subscriber', 'member', 'insured', 'cardholder', 'beneficiary', 'enrollee', 'policyholder', 'policy_holder'],
    // `"subscriberId":"LXJ874262684"` (FHIR Coverage), `memberId: W123456789` (eligibility APIs), `insured_id=…`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[a-z]{1,12}[_.-]?)?(?:subscriber|member|insured|cardholder|beneficiary|enrollee|policy[_ -]?holder)[_ -]?(?:id(?:entifier)?|number|no|num|nbr))${GAP}(?<v>[A-Z0-9][A-Z0-9-]{5,19})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      if (/[a-z]/.test(v) || /^(?:[X*]{2,}\d{0,4}|0+\d*)$/i.test(v) || /^(\d)\1+$/.test(v)) return false;
      const digits = v.replace(/\D/g, '').length;
      // Numbers only under the keys of insurance (a forum's `member_id=123456` is a row id).
      if (digits === v.replace(/-/g, '').length) return digits >= 9 && digits <= 12 && !/^member/i.test((ctx.key ?? '').replace(/^[a-z]{1,12}[_.-]?(?=member)/i, ''));
      return digits >= 5;
    },
    remediation: 'Log member ids masked (the last four characters at most): a member id names one person\'s coverage (HIPAA)',
  }),
  defineDetector({
    id: 'us-medicare-mbi',
    name: 'US Medicare Beneficiary Identifier (MBI)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['mbi', 'medicare'],
    // Round r43: the value may sit in a CSV row under an `mbi` header.
    span: 400,
    // `"system":"http://hl7.org/fhir/sid/us-mbi","value":"1EG4TE5MK73"`, `Medicare MBI 1EG4-TE5-MK73`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9-])(?<v>${MBI})(?![A-Za-z0-9-])`),
    mask: 'full',
    remediation: 'Log Medicare MBIs masked: the MBI is a HIPAA identifier of one beneficiary',
  }),
  defineDetector({
    id: 'national-id-record-field',
    name: 'National or tax id (under the field name of a payroll or tax filing: cpfTrab, SofiNr, TaxFileNumberId, UTR, personnummer)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['cpf', 'sofi', 'bsn', 'taxfile', 'tax_file', 'tfn', 'utr', 'unique_tax', 'uniquetax', 'betalningsmottagar', 'inkomsttagar', 'personnummer', 'personnr', 's21.g00.30.001'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[a-z]{1,6}[_-])?(?:cpf\w{0,12}|sofi_?(?:nr|nummer)|bsn|burgerservicenummer|tax_?file_?(?:number)?(?:_?id)?|tfn|(?:sa_?|ct_?)?utr|unique_?taxpayer_?ref(?:erence)?|betalningsmottagar_?id|inkomsttagar_?id|personnummer|personnr|S21\.G00\.30\.001))${GAP}(?<v>\d[\d .-]{7,16}\d(?:K)?)(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      const key = (ctx.key ?? '').replace(/^[a-z]{1,6}[_-](?=cpf|sofi|bsn|tax|tfn|utr|sa|ct|unique)/i, '');
      const rule = RECORD_KEYS.find(([re]) => re.test(key));
      return rule !== undefined && rule[1](v.trim());
    },
    remediation: 'Remove this national id from the logs (log the filing\'s record number instead)',
  }),
  defineDetector({
    id: 'efw2-employee-ssn',
    name: 'US SSN (EFW2 RW/RS employee wage record)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['rw record', 'rs record', ...[...'0123456789'].flatMap((d) => [`rw${d}`, `rs${d}`])],
    // SSA's EFW2 layout: `RW` then the SSN (positions 3-11), then the employee's first name; logs quote it as `RW record 0012: …`.
    pattern: /(?<![A-Za-z0-9])R[WS](?: record \d{1,6}:\s?)?(?<v>\d{9})(?=[A-Z][A-Z ])/,
    mask: 'ssn',
    validate: (v) => ssnValid(v),
    remediation: 'Log W-2 upload errors without the RW records (they hold SSNs and names)',
  }),
];
