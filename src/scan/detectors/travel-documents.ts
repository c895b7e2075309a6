import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { deLicenceValid, td1Line1Valid, td1Line2Valid, td3Line2Valid } from '../mrz-checks';
import { documentNumber } from './identity-documents';
import { lineNames } from './national-ids-context';

/** Words that say a record is an identity document (KYC vendors' type fields: `"idDocType":"PASSPORT"`, `"document_type":"driving_licence"`). */
const DOCUMENT_WORDS = /passport|reisepass|passeport|pasaporte|driving[_ ]?licen[cs]e|drivers?[_ ]?licen[cs]e|id[_ ]?card|identity[_ ]?card|national[_ ]?id|residence[_ ]?permit/i;

/** Passport MRZ lines (checked digits), identity-document numbers in KYC records, German driving-licence numbers. */
export const TRAVEL_DOCUMENT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'mrz-line',
    name: 'Machine-readable zone line of a passport or ID card (check digits hold)',
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    // Issued lines nearly always pad an empty field with `<<`: the keyword keeps XML and HTML lines (one `<`) out.
    keywords: ['<<'],
    // TD3 line 2 (44): number, check, nationality, birth date, check, sex, expiry, check, personal number, check, composite.
    // TD1 lines 1 and 2 (30 each): type, issuer, number, check, optional data / birth date, check, sex, expiry, check, nationality.
    pattern: /(?<![A-Z0-9<])(?<v>[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d|[ACI][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[\d<][A-Z0-9<]{15}|\d{6}\d[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d)(?![A-Z0-9<])/,
    mask: 'full',
    validate: (v) => v.includes('<') && (v.length === 44 ? td3Line2Valid(v) : /^\d/.test(v) ? td1Line2Valid(v) : td1Line1Valid(v)),
    remediation: 'Remove this MRZ (it holds the document number, birth date and name) from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'kyc-document-number',
    name: 'Identity document number in a KYC record (the record names the document type)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['passport', 'reisepass', 'passeport', 'pasaporte', 'licen', 'id_card', 'idcard', 'identity_card', 'identitycard', 'national_id', 'residence_permit'],
    // A letter-heavy number (Dutch `TPRNES9QP`) counts at passport length (8-9).
    // Sumsub `{"idDocType":"PASSPORT","country":"GBR","number":"TQ1807373"}`, Onfido/Veriff `"document_number":"…"`.
    pattern: /(?<![A-Za-z0-9])(?<k>(?:id[_-]?)?(?:doc(?:ument)?[_-]?)?(?:number|no|num))["'\\]{0,3}\s{0,2}[:=]\s{0,2}["'\\]{0,3}(?<v>[A-Z0-9]{1,3}[ -]?[A-Z0-9]{4,12})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => /^[A-Z0-9 -]+$/.test(v) && /[A-Z]|^\d{8,10}$/.test(v) && (documentNumber(v) || /^(?=.*\d)[A-Z0-9]{8,9}$/.test(v)) && v.replace(/[\s-]/g, '').length >= 6 && lineNames(ctx.text, ctx.start, ctx.start + v.length, DOCUMENT_WORDS),
    remediation: 'Remove this identity document number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'de-driving-licence',
    name: 'German driving-licence number (card layout and check digit, on a licence line)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.85,
    keywords: ['hrerschein', 'licen', 'driving', 'driver', 'permis'],
    // `"Führerscheinnummer":"O671T3KKY5C"`, `license_number=B072RRE2I55`: authority, serial, check (9…1 mod 11), issue number.
    pattern: /(?<![\w-])(?<v>[0-9A-Z]\d{2}[0-9A-Z]{6}[0-9X][0-9A-Z])(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => deLicenceValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /f(?:ü|u|ue)hrerschein|licen[cs]e|driving|driver|permis/i),
    remediation: "Remove this driver's licence number from the logs and purge the affected log indexes",
  }),
];
