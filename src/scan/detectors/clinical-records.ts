import { plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ssnValid } from '../validators';
import { personNameComponents } from './hl7-segments';

/** True for a compact `YYYYMMDD` date of a living person's birth. */
export function compactBirthDate(v: string): boolean {
  return /^(?:19|20)\d{6}$/.test(v) && plausibleBirthDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`);
}

/** A DICOM dump's element: `(0010,0010) PN [DOE^JOHN]` (dcmdump), `(0010, 0010) Patient's Name  PN: 'DOE^JOHN'` (pydicom). */
const dicom = (tag: string): string => String.raw`\(0010, ?${tag}\)(?:[^\[\]\n]{0,60}?\[|[^\n]{0,60}?\b[A-Z]{2}: ?['"])`;

/** NCPDP D.0 field separators as logs print them: the FS byte, `<FS>`, `\x1c`, `^\` (caret notation). */
const FS = String.raw`(?:\x1c|<FS>|\\x1c|\\u001[cC]|\^\\)`;
/** The end of an NCPDP field: the next separator (field, group, segment) or the line's end. */
const FS_END = String.raw`(?=\x1c|\x1d|\x1e|<[FGR]S>|\\x1[cde]|\\u001[cdeCDE]|\^[\\\]^]|$|\s)`;

/** The SSA's OID as an `id` element's root (not a longer OID that begins so). */
const SSA_ROOT = /root=\\{0,3}["']2\.16\.840\.1\.113883\.4\.1\\{0,3}["']/;

/** True for a member or patient id: letters and digits with 4+ digits, not a mask (`XXXXXX1234`) or a run. */
export function memberIdLike(v: string): boolean {
  const s = v.replace(/[\s-]/g, '');
  if ((s.match(/\d/g)?.length ?? 0) < 4 || /^(.)\1+$/.test(s)) return false;
  return !/^(?:[X*]{2,}\d{0,4}|0+\d?|123456789\d*|ANONYMI[SZ]ED)$/i.test(s);
}

/** DICOM patient modules, NCPDP claims and CDA headers: the patient's name, id, birth date, cardholder id and SSN. */
export const CLINICAL_RECORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'dicom-patient-name',
    name: "Patient's name (DICOM (0010,0010) PatientName)",
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.8,
    keywords: ['(0010,0010)', '(0010, 0010)'],
    pattern: new RegExp(String.raw`${dicom('0010')}(?<v>[A-Za-z][A-Za-z'’ -]{1,40}\^[A-Za-z][A-Za-z'’ ^-]{1,60}?)\^*(?=[\]'"])`),
    mask: 'full',
    validate: (v) => personNameComponents(v),
    remediation: 'Strip the patient module (0010,xxxx) from logged DICOM dumps (or anonymise before logging)',
  }),
  defineDetector({
    id: 'dicom-patient-id',
    name: 'Patient id (DICOM (0010,0020) PatientID)',
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.75,
    keywords: ['(0010,0020)', '(0010, 0020)'],
    pattern: new RegExp(String.raw`${dicom('0020')}(?<v>[A-Za-z0-9][A-Za-z0-9.-]{3,40})(?=[\]'"])`),
    mask: 'full',
    validate: (v) => memberIdLike(v),
    remediation: 'Strip the patient module (0010,xxxx) from logged DICOM dumps (or anonymise before logging)',
  }),
  defineDetector({
    id: 'dicom-birth-date',
    name: 'Date of birth (DICOM (0010,0030) PatientBirthDate)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['(0010,0030)', '(0010, 0030)'],
    pattern: new RegExp(String.raw`${dicom('0030')}(?<v>(?:19|20)\d{6})(?=[\]'"])`),
    mask: 'full',
    validate: (v) => compactBirthDate(v),
    remediation: 'Strip the patient module (0010,xxxx) from logged DICOM dumps (or anonymise before logging)',
  }),
  defineDetector({
    id: 'ncpdp-cardholder-id',
    name: 'Cardholder / patient id (NCPDP D.0 field C2, CY)',
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.75,
    keywords: ['\x1c', '<fs>', '\\x1c', '\\u001c', '^\\'],
    // `…<FS>AM04<FS>C2YDP527123416<FS>CCJOHN…`: C2 is the cardholder (member) id, CY the patient id.
    pattern: new RegExp(String.raw`${FS}(?:C2|CY)(?<v>[A-Z0-9]{5,20})${FS_END}`),
    mask: 'full',
    validate: (v) => memberIdLike(v),
    remediation: 'Log NCPDP transactions without their insurance and patient segments (AM04, AM01)',
  }),
  defineDetector({
    id: 'ncpdp-birth-date',
    name: 'Date of birth (NCPDP D.0 field C4)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['\x1c', '<fs>', '\\x1c', '\\u001c', '^\\'],
    pattern: new RegExp(String.raw`${FS}C4(?<v>(?:19|20)\d{6})${FS_END}`),
    mask: 'full',
    validate: (v) => compactBirthDate(v),
    remediation: 'Log NCPDP transactions without their patient segment (AM01)',
  }),
  defineDetector({
    id: 'cda-ssn-id',
    name: 'US SSN (CDA/CCD id under the SSA root 2.16.840.1.113883.4.1)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    keywords: ['113883.4.1'],
    // `<id root="2.16.840.1.113883.4.1" extension="294458892"/>` (either attribute first, escaped quotes too).
    pattern: /(?<![\w.-])extension=\\{0,3}["'](?<v>\d{3}-?\d{2}-?\d{4})\\{0,3}["']/,
    mask: 'ssn',
    validate: (v, ctx) => ssnValid(v.replace(/-/g, '')) && SSA_ROOT.test(ctx.text.slice(Math.max(0, ctx.start - 70), ctx.end + 70)),
    remediation: 'Log CDA documents without their recordTarget (or with the SSN masked)',
  }),
  defineDetector({
    id: 'cda-birth-time',
    name: 'Date of birth (CDA/CCD birthTime)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['birthtime'],
    // `<birthTime value="19881010"/>` (a TS: the time of day may follow).
    pattern: /birthTime\s{1,4}value=\\{0,3}["'](?<v>(?:19|20)\d{6})(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?\\{0,3}["']/i,
    mask: 'full',
    validate: (v) => compactBirthDate(v),
    remediation: 'Log CDA documents without their recordTarget',
  }),
  defineDetector({
    id: 'birth-date-query-bind',
    name: 'Date of birth (a DATE bind of a query on a birth-date column: Hibernate `binding parameter`)',
    category: 'personal',
    severity: 'medium',
    priority: 53,
    confidence: 0.75,
    keywords: ['binding parameter'],
    // `… where t0.SP_NAME='birthdate' and … = ? -- binding parameter [1] as [DATE] - [1984-07-01]` (HAPI FHIR's search index).
    pattern: /binding parameter \[\d{1,3}\] as \[(?:DATE|TIMESTAMP|DATE_?TIME|LOCAL_?DATE)\] - \[(?<v>(?:19|20)\d{2}-\d{2}-\d{2})[\] T]/i,
    mask: 'full',
    validate: (v, ctx) => plausibleBirthDate(v) && /birth_?(?:date|day)|\bdob\b|date_of_birth/i.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start)),
    remediation: 'Log query binds at a level that leaves out their values (birth dates are personal data)',
  }),
];
