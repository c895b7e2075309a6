import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { aadhaarValid } from '../id-checksums';

/**
 * Round r69 (blind set 69: identity verification), the text of identity documents as OCR and barcode readers print it
 * (credentials in kyc-r69.ts, payload names in kyc-names-r69.ts):
 * - an AAMVA driver's licence barcode (PDF417 `ANSI 636…` record): licence number `DAQ`, names `DCS`/`DAC`/`DAD`,
 *   birth date `DBB`, street `DAG`, postal code `DAK`, raw or with JSON-escaped line ends;
 * - labelled fields of Italian, Spanish, Portuguese and Brazilian cards (`COGNOME: …`, `NOME: …`, `FILIAÇÃO: …`,
 *   `DOMICILIO: …`, `INDIRIZZO DI RESIDENZA: …`) in upper case as OCR reads them;
 * - the numbered fields of a UK photocard licence (`1. SURNAME`, `2. GIVEN NAMES`, `3. 15.03.1978`, `5. <licence number>`,
 *   `8. <address>`) under a line naming the licence;
 * - the front of an Indian Aadhaar or PAN card (`Government of India` / `GOVT. OF INDIA`, then the holder's name lines,
 *   the birth date, the 12-digit Aadhaar number (Verhoeff) or the PAN).
 * Left alone: a name compared in a name-similarity line (`input: "…"`, `extracted: "…"`), free-text given names in prose.
 */

/** An upper-case OCR name: one to five words of capitals (accented too), particles allowed. */
const UPPER_NAME = String.raw`[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}(?: (?:DA|DE|DO|DOS|DAS|DI|DEL|DELLA|LA|LE|VAN|VON)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}){0,4}`;

export const KYC_OCR_R69_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'aamva-barcode-element',
    name: "AAMVA licence barcode element (`DAQ` number, `DCS`/`DAC`/`DAD` names, `DBB` birth date, `DAG` street, `DAK` postal code)",
    category: 'personal',
    severity: 'high',
    priority: 45,
    confidence: 0.85,
    keywords: ['ansi 636', 'ansi636'],
    span: 700,
    // Each element starts a line of the record (a real or a JSON-escaped line end, or the subfile's `DL` header).
    pattern: /(?:\\n|\n|\d{8}DL)(?:DAQ|DCS|DAC|DAD|DCT|DBB|DAG|DAK)(?<v>[A-Z0-9][A-Z0-9 ,.'-]{0,38}[A-Z0-9])(?=\\n|\r?\n|\\r|"|$)/,
    mask: 'full',
    validate: (v, ctx) => /ANSI ?636\d{3}/.test(ctx.text) && !/^(?:NONE|UNAVL|UNKNOWN)$/.test(v),
    remediation: "Log the barcode's parse status, not its record: every element is the holder's",
  }),
  defineDetector({
    id: 'id-card-ocr-labelled-field',
    name: 'Labelled field of an Italian, Spanish or Brazilian identity card in OCR text (`COGNOME: …`, `NOME: …`, `DOMICILIO: …`)',
    category: 'personal',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['cognome:', 'nome:', 'nombre:', 'apellidos:', 'filia', 'domicilio:', 'indirizzo di residenza:', 'residenza:', 'endere'],
    pattern: new RegExp(
      String.raw`(?<![^\n])(?:(?:COGNOME|NOME|NOMBRE|APELLIDOS|FILIA[ÇC][ÃA]O)[ \t]?:[ \t]{0,4}(?<v>${UPPER_NAME})|(?:DOMICILIO|INDIRIZZO DI RESIDENZA|RESIDENZA|ENDERE[ÇC]O)[ \t]?:[ \t]{0,4}(?<w>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 ,.'ºª°/-]{5,100}?))[ \t]*(?=\r?\n|$)`,
    ),
    mask: 'full',
    validate: (v) => (/\d/.test(v) ? /[A-ZÀ-Þ]{3}/.test(v) : !/^(?:NON|NO|SI|N\/D|ND)$/.test(v)),
    remediation: 'Log the OCR result by its job id and confidence, not the text it read',
  }),
  defineDetector({
    id: 'uk-licence-numbered-field',
    name: 'Numbered field of a UK photocard driving licence in OCR text (`1. SURNAME`, `2. NAMES`, `3. date`, `5. number`, `8. address`)',
    category: 'personal',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['licence', 'dvla'],
    span: 400,
    pattern: new RegExp(
      String.raw`(?<![^\n])(?:[12]\.[ \t](?<v>${UPPER_NAME})(?=\r?\n|$)|3\.[ \t](?<w>\d{2}\.\d{2}\.\d{4})(?=[ \t]|\r?\n|$)|5\.[ \t](?<u>[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})(?=[ \t]|\r?\n|$)|8\.[ \t](?<x>[A-Z0-9][A-Z0-9 ,.'-]{8,100})(?=\r?\n|$))`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      // The card's field list: a `1.` line, a `2.` line and a `4a.`/`5.` line below the licence's name.
      if (!/(?<![^\n])1\.[ \t]/.test(ctx.text) || !/(?<![^\n])2\.[ \t]/.test(ctx.text) || !/(?<![^\n])(?:4a|5)\.[ \t]/.test(ctx.text)) return false;
      return !/^\d/.test(v) || /^\d{2}\.\d{2}\.\d{4}$/.test(v) || /[A-Z]{3}/.test(v);
    },
    remediation: 'Log the OCR result by its job id and confidence, not the text it read',
  }),
  defineDetector({
    id: 'india-id-card-ocr-front',
    name: "Front of an Aadhaar or PAN card in OCR text (`Government of India` then the holder's name, birth date, number)",
    category: 'personal',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['government of india', 'govt. of india', 'govt of india'],
    span: 300,
    pattern: new RegExp(
      String.raw`(?<![^\n])(?:(?<v>[A-Z][a-z]{1,24}(?: [A-Z][a-z]{1,24}){1,3}|${UPPER_NAME})(?=\r?\n)|(?<w>\d{4} \d{4} \d{4})(?=\r?\n|$)|(?<u>\d{2}/\d{2}/(?:19|20)\d{2})(?=\r?\n)|(?<x>[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z])(?=\r?\n|$))`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(0, ctx.start);
      if (!/(?:Government|GOVT\.?) OF INDIA/i.test(before)) return false;
      if (/^\d{4} \d{4} \d{4}$/.test(v)) return aadhaarValid(v.replace(/ /g, ''));
      if (/^\d/.test(v) || /^[A-Z]{5}\d{4}[A-Z]$/.test(v)) return true;
      // A name line: not the card's own words.
      return !/INDIA|GOVERNMENT|GOVT|DEPARTMENT|INCOME|TAX|PERMANENT|ACCOUNT|NUMBER|MALE|FEMALE|AADHAAR|SIGNATURE|ENROL|DOB|YEAR/i.test(v);
    },
    remediation: 'Log the OCR result by its job id and confidence, not the text it read',
  }),
];
