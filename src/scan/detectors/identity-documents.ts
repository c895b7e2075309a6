import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';

/** `=`, `:`, `: "`, `%3D`, `[…]=`, or a word between (`Passport No. `, `passport number: `). */
// A `%` only as part of an encoded separator (`%3A`, `%20`): `sansuydl%40acme.de` is an e-mail, not `dl` and a number.
const GAP = String.raw`(?:\]|%5D)?(?:[^\w\n%]|%3[AD]|%2[027]){1,6}(?:(?:n[oº°]|nr|num(?:ber|ero)?|#)\.?(?:[^\w\n%]|%3[AD]|%2[027]){1,4})?`;

/** True for a document number: letters and digits (2+ digits), not a date, a run of one character or a placeholder. */
export function documentNumber(v: string): boolean {
  const s = v.replace(/[\s-]/g, '');
  if ((s.match(/\d/g)?.length ?? 0) < 2 || /^(.)\1+$/.test(s)) return false;
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(s)) return false; // yyyymmdd
  // A mask keeps at most the last four digits (`XXXXX1234`); `X65262938` is a number (an NIE or a passport begins so).
  return !/^(?:x+\d{0,4}|0+\d?|123456789?|a?1234567[89]?)$/i.test(s);
}

/** A personal identifier of the same record: an e-mail address, a passport, a birth date, a national id. */
const PERSONAL_SIBLING = /[\w.+-]+@[\w-]+\.[a-z]{2,}|passport|birth|\bdob\b|\bssn\b|national_?id/i;

/** Passport and driving-licence numbers under their key names (the number has no format of its own). */
export const IDENTITY_DOCUMENT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'passport-number',
    name: 'Passport number (under a passport key)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'paspoort'],
    // `passport_no=X1234567`, `"passportNumber":"533380006"`, `Passport No. C01X00T47`; not `passport_expiry` or `passport_country`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[A-Za-z]{1,20}[_.-]?)?(?:passport|reisepass|passeport|pasaporte|passaporto|paspoort)(?:[_ .-]?(?:no|nr|num(?:ber|ero)?|id|#))?)${GAP}(?<v>[A-Z0-9]{1,3}[ -]?[A-Z0-9]{4,9})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => documentNumber(v) && v.replace(/[\s-]/g, '').length >= 6 && v.replace(/[\s-]/g, '').length <= 10,
    remediation: 'Remove this passport number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'driver-licence-number',
    name: "Driver's licence number (under a licence key)",
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['driver', 'driving', 'dl_', 'dl-', 'dlnumber', 'dl number', 'dl no', 'dl#', 'dln=', 'dln:', 'dln"', 'hrerschein', 'permis de', 'permis_de', 'licencia', 'patente'],
    // `drivers_license_number=S123-456-78-901-0`, `"driverLicence":"MORGA753116SM9IJ"`, `DL#: D1234567`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:(?:[A-Za-z]{1,20}[_.-]?)?(?:driver'?s?[_ .-]?licen[cs]e|driving[_ .-]?licen[cs]e|f[uü]hrerschein|permis[_ ]de[_ ]conduire|licencia[_ ]de[_ ]conducir|patente)|(?:[A-Za-z]{1,20}[_.-])?dl)(?:[_ .-]?(?:no|nr|num(?:ber|ero)?|id|#)|n(?=\s{0,3}[=:"]))?)${GAP}(?<v>[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,19})(?![\w-])`, 'i'),
    mask: 'full',
    // A bare `DL` then only a space (`DL B407-4863-9106` in prose) is no key: none of the keywords holds it, so the
    // prefilter never listed this rule there; drivers-licence-dl-beside-birth-date reads it beside a birth date.
    validate: (v, ctx) =>
      documentNumber(v) &&
      !/^(?:true|false|null|none|valid|invalid|expired|pending)$/i.test(v) &&
      !(/(?:^|[^a-z])dl$/i.test(ctx.key ?? '') && /^\s+$/.test(ctx.text.slice((ctx.matchStart ?? 0) + (ctx.key ?? '').length, ctx.start))),
    remediation: "Remove this driver's licence number from the logs and purge the affected log indexes",
  }),
  defineDetector({
    id: 'driver-licence-bare-key',
    name: "Driver's licence number (under a bare `licence` key, beside a personal id)",
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.7,
    keywords: ['licence', 'license'],
    // `… passport [CI4168952] licence [P6204984]`, `license: S471-2833-6445`: a bare `licence` names software licences too,
    // so only a licence's layouts (a letter and 7-8 digits, a letter and dashed 3-4-4 or 3-3-2-3-1 groups, the UK's 16 characters) beside a personal id.
    pattern: /(?<![A-Za-z0-9_.-])(?<k>[Ll]icen[cs]e|LICEN[CS]E)(?:\s?\[|\s?[:=]\s?["']?)(?<v>[A-Z]\d{7,8}|[A-Z]\d{3}-\d{4}-\d{4}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => documentNumber(v) && nearby(PERSONAL_SIBLING, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Remove this driver's licence number from the logs and purge the affected log indexes",
  }),
];
