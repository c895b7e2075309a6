import { nationalPhoneDigits, phoneDigits } from '../phone-digits';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { aadhaarValid } from '../id-checksums';
import { krRrnValid } from '../id-checksums-extra';
import { cnRicValid } from '../id-checksums-world';
import { lineNames } from './national-ids-context';

/** CN province codes (the first two digits of a resident id's region). */
const CN_PROVINCE = String.raw`(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|91)`;

/** What makes a bare KR RRN a person's: a Korean key or word, Hangul, or a KR mobile on the line (`[Brennan, 760511-…, 010-5739-3456]`). */
const KR_CONTEXT = /rrn|jumin|resident|korea|member|[\uac00-\ud7af]|(?<!\d)01[016789]-\d{3,4}-\d{4}(?!\d)/i;
/** What makes a bare 4-4-4 group an Aadhaar: UIDAI's words, e-KYC, or an Indian phone on the line. */
const IN_CONTEXT = /uid|aadha|kyc|digilocker|india|\+91/i;

/**
 * National ids and mobile numbers whose own layout and check say what they are, with no key:
 * KR resident registration numbers (beside Korean data), CN resident ids, Aadhaar in 4-4-4 groups (on an e-KYC line), JP/KR/TR mobiles.
 */
export const ASIAN_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'kr-rrn-layout',
    name: 'Korean resident registration number (layout, birth date and check digit)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    // `parameters: [Brennan, 760511-1013473, 010-…]`: yymmdd, a dash, the sex/century digit, serial and check.
    pattern: /(?<![\w.-])(?<v>\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6})(?![\w-])/,
    shape: 'idnum',
    precheck: { re: /\d{6}-[1-8]\d{6}/, reach: 0 },
    mask: 'full',
    validate: (v, ctx) => krRrnValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, KR_CONTEXT),
    remediation: 'Remove this resident registration number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'cn-resident-id-layout',
    name: 'Chinese resident identity card number (region, birth date, ISO 7064 check)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    // `"cert_no":"310104195806017095"`: 18 characters whose date and MOD 11-2 check hold (a random id passes ~1 in 40 000).
    pattern: new RegExp(String.raw`(?<![\w.-])(?<v>${CN_PROVINCE}\d{4}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX])(?![\w-])`),
    shape: 'idnum',
    precheck: { re: /\d{17}[\dX]/, reach: 0 },
    mask: 'full',
    validate: (v) => cnRicValid(v),
    remediation: 'Remove this identity card number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'aadhaar-grouped',
    name: 'Aadhaar number (4-4-4 groups and Verhoeff check)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['uid', 'aadha', 'kyc', 'digilocker', 'india', '+91'],
    // `{'uid': '9712 3968 7179'}`: the grouping UIDAI prints, a first digit 2-9 and the Verhoeff check.
    pattern: /(?<![\w.+-]|\d[ -])(?<v>[2-9]\d{3}([ -])\d{4}\2\d{4})(?![\w-]|[ -]\d)/,
    mask: 'full',
    validate: (v, ctx) => aadhaarValid(v.replace(/\D/g, '')) && lineNames(ctx.text, ctx.start, ctx.start + v.length, IN_CONTEXT),
    remediation: 'Remove this Aadhaar number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'cn-mobile-under-key',
    name: 'Chinese mobile number (11 bare digits under a phone key)',
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.8,
    keywords: ['mobile', 'phone', 'tel', 'msisdn', 'cell'],
    // `{"mobile":"18698811077"}`, `phoneNumber=+8613912345678`: the 1[3-9] mobile prefix and 11 digits.
    pattern: /(?<![A-Za-z0-9])(?<k>(?:[A-Za-z]{1,12}[_.-]?)?(?:mobile|phone|tel|msisdn|cell)(?:[_.-]?(?:number|no|num))?)["'\\]{0,3}\s{0,2}[:=]\s{0,2}["'\\]{0,3}(?<v>(?:\+?86[ -]?)?1[3-9]\d{9})(?!\d)/i,
    mask: 'phone',
    // `1907 555 0121` is a fictional NANP number (+1, exchange 555), not a CN mobile.
    validate: (v) => !/^1\d{3}555/.test(v.replace(/^\+?86[ -]?/, '')),
    remediation: 'Remove this phone number from the logs (log a customer id instead)',
  }),
  defineDetector({
    id: 'east-asian-mobile',
    name: 'Mobile number (JP 070/080/090, KR 010, TR 05xx national layouts)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.8,
    shape: 'phone',
    // `090-2923-3638`, `010-5739-3456`, `0532 082 31 70`: the trunk 0 and the mobile prefix, in their printed groups.
    pattern: /(?<![\w.+\/-]|\d[ -])(?<v>0[789]0([- ])\d{4}\2\d{4}|01[016789]([- ])\d{3,4}\3\d{4}|05[0-5]\d ?\d{3} \d{2} \d{2})(?![\w\/-]|[ -]\d)/,
    // A dummy number (`090-0000-0000`) is none.
    validate: (v) => nationalPhoneDigits(phoneDigits(v)),
    mask: 'phone',
    remediation: 'Remove this phone number from the logs (log a customer id instead)',
  }),
];
