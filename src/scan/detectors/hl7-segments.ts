import { plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nhsValid } from '../id-checksums-more';
import { ssnValid } from '../validators';
import { documentNumber } from './identity-documents';

/**
 * HL7 v2 segments read field by field: the segment id at a line start, after a literal `\r` (a message logged on one
 * line) or after a space or quote, then `|`-separated fields. `F` is one field (never a line end or a `|`).
 */
const SEG = String.raw`(?:(?<![A-Za-z0-9])|(?<=\\r))`;
const F = String.raw`[^|\r\n]*`;
/** `n` fields skipped after the segment id: `PID` then PID-1…PID-n. */
const skip = (n: number): string => `(?:\\|${F}){${n}}\\|`;

/** Words that are no one's name in an HL7 name field: masks, test and unknown patients. */
const NOT_NAMES = /^(?:TEST|TESTING|PATIENT|ANONYMI[SZ]ED|ANONYMOUS|UNKNOWN|UNK|DOE|NONE|NULL|NAME|LAST|FIRST|FAMILY|GIVEN|SYNTHETIC|DEMO|SAMPLE|ZZ\w*|XX+|REDACTED|MASKED|SUPPRESSED|BABY|BOY|GIRL|TRAUMA|JOHN DOE|JANE DOE)$/i;

/** True when `v` (`FAMILY^GIVEN[^MIDDLE]`, HL7 XPN or DICOM PN) names a person: two name words, none a mask or a test name. */
export function personNameComponents(v: string): boolean {
  const parts = v.split('^').filter((p) => p !== '');
  if (parts.length < 2) return false;
  const [family, given] = parts as [string, string];
  if (family.length < 2 || given.length < 2) return false;
  return !parts.some((p) => NOT_NAMES.test(p.trim()));
}

/** True when a segment's fields (up to a value) name a test or synthetic patient (`TEST^PATIENT`, `ZZTEST^…`): nothing in it is anyone's. */
function testRecord(fields: string): boolean {
  return fields.split('|').some((f) => /^(?:ZZ\w*|TEST\w*|SYNTHETIC|DEMO)\^/i.test(f));
}

/** A name component: a capital, then letters, apostrophes, hyphens, spaces (`O'NEIL`, `VAN DER BERG`). */
// Round l87 (blind set 87): written as the patient writes it too (`Schäfer^Ursula`, `D'Aubigné^Jérôme`, `Nguyễn^Hoa`).
const NAME = String.raw`(?:[DO]['’])?[A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’ -]{1,40}`;
/** An XPN or PN value: FAMILY^GIVEN, optionally ^MIDDLE. */
const XPN = String.raw`${NAME}\^${NAME}(?:\^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’ -]{0,40})?`;

/** Where a person's name sits: PID-5 (and PID-6 mother's maiden name, PID-9 alias), NK1-2, GT1-3, IN1-16, MRG-7. */
const NAME_FIELDS = String.raw`PID${skip(4)}|NK1${skip(1)}|GT1${skip(2)}|IN1${skip(15)}|MRG${skip(6)}`;
/** Where a birth date sits: PID-7, NK1-16, GT1-8, IN1-18. */
const BIRTH_FIELDS = String.raw`PID${skip(6)}|NK1${skip(15)}|GT1${skip(7)}|IN1${skip(17)}`;

const HL7_KEYWORDS = ['pid|', 'nk1|', 'gt1|', 'in1|', 'mrg|'];

/** Identifier type codes of HL7 table 0203 that name a person's national or insurance id, and the check each value passes. */
const TYPED_ID: Readonly<Record<string, (v: string) => boolean>> = {
  NH: (v) => nhsValid(v.replace(/ /g, '')),
  SS: (v) => ssnValid(v.replace(/-/g, '')),
  SB: (v) => ssnValid(v.replace(/-/g, '')),
  DL: (v) => documentNumber(v),
  PPN: (v) => documentNumber(v),
  MB: (v) => /\d{3}/.test(v) && !/^X+\d*$/i.test(v),
  MC: (v) => /\d{3}/.test(v) && !/^X+\d*$/i.test(v),
  MA: (v) => /\d{3}/.test(v) && !/^X+\d*$/i.test(v),
  MI: (v) => /\d{3}/.test(v) && !/^X+\d*$/i.test(v),
  NI: (v) => /\d{3}/.test(v),
  // Round l87 (blind sets 50, 52 and 87): a medical record number and a patient's internal id are identifiers of the patient
  // (HIPAA's list of the eighteen); not a test patient's (`TEST3`) nor a masked one.
  MR: (v) => /\d{4}/.test(v) && !/^(?:X+\d*|TEST\d*)$/i.test(v),
  PI: (v) => /\d{4}/.test(v) && !/^(?:X+\d*|TEST\d*)$/i.test(v),
};

/** What a PID field named in a field list holds, and the check its (first) component passes. */
const FIELD_CHECKS: Readonly<Record<string, (v: string) => boolean>> = {
  'PID-19': (v) => ssnValid(v.replace(/-/g, '')),
  'PID-20': (v) => /^[A-Z0-9-]{5,20}$/.test(v) && documentNumber(v),
  'PID-7': (v) => /^(?:19|20)\d{6}/.test(v) && plausibleBirthDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`),
};

/** HL7 v2 patient records: names, birth dates, typed identifiers (NHS, SSN, licence, member) and PID-19 SSNs. */
export const HL7_SEGMENT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'hl7-person-name',
    name: "Person's name (HL7 v2 PID-5, NK1-2, GT1-3, IN1-16 name field)",
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.75,
    keywords: HL7_KEYWORDS,
    // `PID|1||4412^^^SMH^MR||KOWALCZYK^FLORIAN^J||19850314|M`: PID-5 is FAMILY^GIVEN^MIDDLE, a name tied to the record's ids.
    pattern: new RegExp(String.raw`${SEG}(?:${NAME_FIELDS})(?<v>${XPN})(?=[|^~\r\n"]|\\r|$)`),
    mask: 'full',
    validate: (v) => personNameComponents(v),
    remediation: 'Log HL7 messages without their PID/NK1/GT1/IN1 segments (or with the names masked)',
  }),
  defineDetector({
    id: 'hl7-birth-date',
    name: 'Date of birth (HL7 v2 PID-7, NK1-16, GT1-8, IN1-18)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: HL7_KEYWORDS,
    // `PID|1||…||NAME^GIVEN||19850314|F`: the date (a DTM, time optional) in the birth-date field.
    pattern: new RegExp(String.raw`${SEG}(?:${BIRTH_FIELDS})(?<v>(?:19|20)\d{6})(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?(?=[|^~\r\n"]|\\r|$)`),
    mask: 'full',
    validate: (v, ctx) => plausibleBirthDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`) && !testRecord(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start)),
    remediation: 'Log HL7 messages without their PID/NK1/GT1/IN1 segments (or with the birth dates masked)',
  }),
  defineDetector({
    id: 'hl7-typed-identifier',
    name: 'National, licence, insurance or medical record id (HL7 v2 CX identifier with its type code: NH, SS, DL, PPN, MB, MC, MI, MR, PI)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['^nh', '^ss', '^sb', '^dl', '^ppn', '^mb', '^mc', '^ma', '^mi', '^ni', '^mr', '^pi'],
    // `PID|1||6722987728^^^NHS^NH~4471234^^^RVJ^MR`: CX.1 the id, CX.4 the assigning authority, CX.5 the type (table 0203).
    pattern: /(?<![A-Za-z0-9])(?<v>[A-Z0-9][A-Z0-9 -]{4,24}[A-Z0-9])\^[^^|~\r\n]{0,12}\^[^^|~\r\n]{0,20}\^[^^|~\r\n]{0,30}\^(?:NH|SS|SB|DL|PPN|MB|MC|MA|MI|NI|MR|PI)(?=[|^~\r\n&"]|\\r|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const t = /\^(NH|SS|SB|DL|PPN|MB|MC|MA|MI|NI|MR|PI)$/.exec(ctx.text.slice(ctx.end, ctx.end + 80).split(/[|~\r\n&"]/)[0] ?? '')?.[1];
      return t !== undefined && TYPED_ID[t]!(v);
    },
    remediation: 'Log HL7 messages without their PID identifiers (or with national and insurance ids masked)',
  }),
  defineDetector({
    id: 'hl7-pid-ssn',
    name: 'US SSN (HL7 v2 PID-19, GT1-12)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    keywords: ['pid|', 'gt1|'],
    // `PID|…|…|166364488|F6032245^OH`: PID-19 is the SSN, dashed or not.
    pattern: new RegExp(String.raw`${SEG}(?:PID${skip(18)}|GT1${skip(11)})(?<v>\d{3}-?\d{2}-?\d{4})(?=[|^~\r\n"]|\\r|$)`),
    mask: 'ssn',
    validate: (v) => ssnValid(v.replace(/-/g, '')),
    remediation: 'Log HL7 messages without PID-19 (or with the SSN masked)',
  }),
  defineDetector({
    id: 'hl7-street-address',
    name: 'Street address (HL7 v2 XAD address: street, other, city, state, zip components)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.75,
    keywords: ['pid|', 'pid-11', 'nk1|', 'gt1|', 'in1|', 'xad'],
    // `PID-11: 33 Ridge St\T\Apt 33^^Spokane^WA^99201^USA^H`: HL7 escapes (`\T\` is `&`) inside the street line.
    pattern: /(?<![\w\\])(?<v>\d{1,6}[A-Z]? [A-Za-z0-9 .#'\\-]{2,60}?[A-Za-z0-9.])\^[^^|~\r\n]{0,40}\^[A-Za-z .'-]{2,40}\^[A-Z]{2}\^\d{5}(?:-\d{4})?(?=[|^~\r\n"]|$)/,
    mask: 'full',
    remediation: 'Log HL7 messages without their PID-11/NK1-4/GT1-5 addresses',
  }),
  defineDetector({
    id: 'hl7-alternate-script-name',
    name: "Patient's name in another script (HL7 v2 PID-5's repetition: `TAKAHASHI^YUKI^^^^L~高橋 由紀^^^^^^N`)",
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.75,
    keywords: ['pid|'],
    // Round l87 (blind set 87): PID-5 repeats the name, in its own script, after a `~`; the first repetition is hl7-person-name's.
    pattern: new RegExp(String.raw`${SEG}PID${skip(4)}[^|~\r\n]{1,120}~(?<v>[^\x00-\x7f^|~\r\n\\][^^|~\r\n\\]{0,40}?)(?=\^)`),
    mask: 'full',
    validate: (v) => /\p{L}/u.test(v) && !/\d/.test(v) && !/^[X*]+$/.test(v),
    remediation: 'Log HL7 messages without their PID/NK1/GT1/IN1 segments (or with the names masked)',
  }),
  defineDetector({
    id: 'hl7-xad-address',
    name: "Patient's, relative's or guarantor's whole address (HL7 v2 PID-11, NK1-4, GT1-5 XAD: street, city, state, postcode)",
    category: 'personal',
    severity: 'medium',
    priority: 30, // under the street readers, which name the span; a winner is widened over the whole field
    confidence: 0.75,
    keywords: ['pid|', 'nk1|', 'gt1|'],
    // Round l87 (blind set 87): any country's layout (`Kastanienallee 57^^München^BY^80469^DE^H`, `48 rue des Lilas^^Lyon^^69003^FR`),
    // the whole field: its street, city and postcode together place the person.
    pattern: new RegExp(String.raw`${SEG}(?:PID${skip(10)}|NK1${skip(3)}|GT1${skip(4)})(?<v>[^|~\r\n^\\][^|~\r\n\\]{4,160}?)(?=[|~\r\n]|\\r|\\n|$)`),
    mask: 'full',
    validate: (v) => v.split('^').filter((c) => c.trim() !== '').length >= 3 && /\d/.test(v) && /[A-Za-zÀ-ÿ]{3}/.test(v.split('^')[0]!) && !/^(?:\*+|X+|\[[A-Z ]+\])/.test(v),
    remediation: 'Log HL7 messages without their PID-11/NK1-4/GT1-5 addresses',
  }),
  defineDetector({
    id: 'hl7-field-list-value',
    name: 'SSN, licence or birth date (a value of an HL7 field list quoted in prose, read by its field position)',
    category: 'personal',
    severity: 'high',
    priority: 54,
    confidence: 0.75,
    keywords: ['pid-'],
    // `offending fields (PID-1, PID-3, PID-19, PID-20): 1 | 4412^^^MAIN^MR | 166364488 | F6032245^OH`: the n-th value is the n-th field.
    pattern: /(?<=\((?:PID-\d{1,2}, ?){1,12}PID-\d{1,2}\): (?:[^|\n]*? \| ){0,12})(?<v>[^|\s][^|\n]{0,60}?)(?= \| |[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const m = /\(((?:PID-\d{1,2}, ?){1,12}PID-\d{1,2})\): ([^\n]*)$/.exec(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start));
      if (m === null) return false;
      const field = m[1]!.split(/, ?/)[m[2]!.split(' | ').length - 1];
      const first = v.split('^')[0]!;
      const cut = first.length < v.length ? { trimEnd: first.length } : {};
      const ok = FIELD_CHECKS[field ?? '']?.(first) ?? false;
      return ok && { ok: true, ...cut };
    },
    remediation: 'Log HL7 validation errors with field positions, not field values',
  }),
];
