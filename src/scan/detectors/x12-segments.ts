import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid, ssnValid } from '../validators';
import { compactBirthDate, memberIdLike } from './clinical-records';

/**
 * X12 EDI (270/271, 276/277, 834, 835, 837) read segment by segment: a segment id after the segment terminator (`~`,
 * a line end, or the start), elements separated by `*` (or `|`). E is one element.
 */
const SEG = String.raw`(?:^|[~\s'"])`;
const E = String.raw`[^*~\r\n]*`;
/** The end of an element: the next element, the segment terminator, or the line's end. */
const END = String.raw`(?=[*~:'"\r\n\\]|$)`;

/** X12 segments that carry a person's data: subscriber and patient names, ids, birth dates, addresses, SSNs, payee accounts. */
export const X12_SEGMENT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'x12-member-id',
    name: 'Health plan member id or SSN (X12 NM1 subscriber/patient with qualifier MI, 34, II)',
    category: 'personal',
    severity: 'medium',
    priority: 54,
    confidence: 0.8,
    keywords: ['nm1*'],
    // `NM1*IL*1*DOE*JOHN****MI*W123456789~`: NM101 IL (insured) or QC (patient), NM108 the id's qualifier, NM109 the id.
    pattern: new RegExp(String.raw`${SEG}NM1\*(?:IL|QC|03|74)\*1(?:\*${E}){5}\*(?:MI|34|II|ZZ|N)\*(?<v>[A-Za-z0-9-]{5,30})${END}`),
    mask: 'full',
    validate: (v, ctx) => {
      const q = /\*(MI|34|II|ZZ|N)\*$/.exec(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))?.[1];
      return q === '34' ? ssnValid(v.replace(/-/g, '')) : memberIdLike(v);
    },
    remediation: 'Log X12 transactions without their subscriber and patient loops (2010BA, 2010CA)',
  }),
  defineDetector({
    id: 'x12-birth-date',
    name: 'Date of birth (X12 DMG demographic segment, D8 date)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.85,
    keywords: ['dmg*d8*', 'dmg|d8|'],
    // `DMG*D8*19850314*F~`: DMG02 is the birth date (D8 = CCYYMMDD).
    pattern: new RegExp(String.raw`${SEG}DMG[*|]D8[*|](?<v>(?:19|20)\d{6})${END}`),
    mask: 'full',
    validate: (v) => compactBirthDate(v),
    remediation: 'Log X12 transactions without their subscriber and patient loops (DMG, N3, N4)',
  }),
  defineDetector({
    id: 'x12-ssn-reference',
    name: 'US SSN (X12 REF reference with qualifier SY)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    keywords: ['ref*sy*', 'ref|sy|'],
    pattern: new RegExp(String.raw`${SEG}REF[*|]SY[*|](?<v>\d{3}-?\d{2}-?\d{4})${END}`),
    mask: 'ssn',
    validate: (v) => ssnValid(v.replace(/-/g, '')),
    remediation: 'Log X12 transactions without their subscriber loop (REF*SY holds the SSN)',
  }),
  defineDetector({
    id: 'x12-person-address',
    name: "Street address (X12 N3 after a person's NM1)",
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.75,
    keywords: ['nm1*'],
    // Round r50: the N3 may stand on the next line (one segment a line).
    span: 120,
    // `NM1*IL*1*DOE*JOHN~N3*2257 TILLMAN CT~`: the N3 that follows a subscriber, patient or dependent's name (not a provider's).
    pattern: new RegExp(String.raw`${SEG}NM1\*(?:IL|QC|03|74)\*1(?:\*${E}){0,8}~\s?N3\*(?<v>\d{1,6}[A-Za-z]? [A-Za-z0-9 .#'/-]{2,55}?)${END}`),
    mask: 'full',
    validate: (v) => /[A-Za-z]{2}/.test(v),
    remediation: 'Log X12 transactions without their subscriber and patient loops (DMG, N3, N4)',
  }),
  defineDetector({
    id: 'x12-payment-routing',
    name: 'Bank routing number (X12 835 BPR / 820 payee DFI id)',
    category: 'financial',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['bpr*', 'bpr|'],
    // `BPR*I*1234.56*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20261203~`.
    pattern: /[*|]0[1-4][*|](?<v>\d{9})[*|](?:DA|SG|ALC|03)[*|]\d{4,17}(?=[*|~]|$)/,
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Log 835/820 files without their BPR segment (it holds bank accounts)',
  }),
  defineDetector({
    id: 'x12-payment-account',
    name: 'Bank account number (X12 835 BPR / 820 DFI account)',
    category: 'financial',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['bpr*', 'bpr|'],
    pattern: /[*|]0[1-4][*|]\d{9}[*|](?:DA|SG|ALC|03)[*|](?<v>\d{4,17})(?=[*|~]|$)/,
    mask: 'tail',
    validate: (v, ctx) => {
      const rt = /(\d{9})[*|](?:DA|SG|ALC|03)[*|]$/.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1];
      return rt !== undefined && abaValid(rt) && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Log 835/820 files without their BPR segment (it holds bank accounts)',
  }),
];
