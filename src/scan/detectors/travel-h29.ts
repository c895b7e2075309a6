import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { documentNumber } from './identity-documents';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings): passenger data as the travel industry
 * writes it — PNR name elements (`NM1SMITH/JOHN MR`, Amadeus `1.SMITH/JOHN MR`, Sabre `1.1SMITH/JOHN MRS`),
 * APIS special service requests (`SSR DOCS … P/GBR/123456789/GBR/12JUL82/M/20NOV30/SMITH/JOHN`, Amadeus
 * entries with `-`, Sabre `3DOCS/…`; `DOCO` known-traveller and redress numbers and visas; `DOCA` addresses),
 * DHS redress numbers under their key, NDC `IdentityDocID` and OTA `Document DocID`, OpenTravel's
 * `SeriesCode` (a payment card's verification digits) and passport numbers under `documentNumber` in a
 * passport record. A record locator alone (`QMF5JR`) is an identifier, not personal data, and is not reported.
 */

/** The titles and passenger type codes a PNR name element ends with. */
const TITLE = String.raw`(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF|MX)`;
/** A name word as a GDS writes it: upper-case letters, maybe an apostrophe or hyphen inside. */
const GDS_WORD = String.raw`[A-Z](?:[A-Z'-]{0,33}[A-Z])?`;

/** One field of an SSR: up to the next `/` (slash form) or `-` (Amadeus entry form). */
const DOCS_SEP = String.raw`[/-]`;
/** A date as GDS write it (`12JUL82`). */
const GDS_DATE = String.raw`\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}`;
/** A name field of a DOCS element: words with single spaces (`VAN DER BERG`). */
const DOCS_NAME = String.raw`[A-Z][A-Z']{0,34}(?: [A-Z][A-Z']{0,34}){0,3}`;

/** `SSR DOCS`, `SRDOCS`, `3DOCS` and the carrier/status codes before the data (`BA HK1`, `YY HK1-`). */
// Round l88: PNRGOV's EDIFACT form too (`SSR+DOCS:HK:1:IB:::::/P/FRA/…`).
const SSR = (code: string): string => String.raw`(?:SSR ?${code}|SR${code}|3${code}A?|SSR\+${code}(?::[A-Z0-9]{0,3}){1,9}\/?)(?: ?[A-Z0-9]{2})?(?: ?[A-Z]{2}\d{1,2})?[ /-]{0,2}`;

/** Label, separators and value of a DHS redress number (`redressNumber`, `Redress No.:`, `"redress_number": "…"`). */
const REDRESS_LABEL = String.raw`redress(?:[ _-]?(?:control[ _-]?)?(?:number|num|no\.?|nr|#|id))?`;

/** True for a redress number: 6 to 13 characters with at least 6 digits, not one digit repeated. */
const redressOk = (v: string): boolean => (v.match(/\d/g)?.length ?? 0) >= 6 && !/^(.)\1+$/.test(v) && !/^(?:1234567|0+)/.test(v);

/** Words of a passport record that make its `documentNumber` a passport number. */
const PASSPORT_RECORD = /passport|nationality|\bmrz\b|travel ?document|issuingCountry|issuing_country|docType["'=: ]{1,4}P\b/i;

export const TRAVEL_H29_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pnr-passenger-name',
    name: "Passenger's name in a PNR name element (`NM1SMITH/JOHN MR`, `1.SMITH/JOHN MRS`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    // The adult titles wake it (` INF`, ` DR`, ` PROF` would wake every ` INFO`, ` DRAIN`, ` PROFILE` line); a child's
    // or a doctor's element is read when an adult's shares the line.
    keywords: [' mr', ' ms', ' miss', ' mstr'],
    // Case-sensitive: the title as a GDS writes it (`… ms` after a latency is not woken).
    needs: [' MR', ' MS', ' MISS', ' MSTR'],
    precheck: { re: /[A-Z]\/[A-Z]/, reach: 40 },
    // The element's number (`1.`, Sabre's `1.1`) or the entry (`NM1`), then SURNAME/GIVEN [GIVEN2] and the title; without a
    // number, only where a field starts (a line, two spaces, a quote, `:`, `>`): not `READ/WRITE MS` in prose.
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z0-9/.])(?:NM\d{1,2}|\d{1,2}\.\d{0,2})|(?<=^|[\n"'>:=]|\s{2}|\\n))(?<v>${GDS_WORD}(?: ${GDS_WORD}){0,2}\/${GDS_WORD}(?: (?!${TITLE}\b)${GDS_WORD}){0,2} ${TITLE})(?![A-Za-z0-9/])`),
    mask: 'full',
    // A surname of two letters or more; not an acronym pair (`TCP/IP`) — a given name of 2+ letters and some vowel.
    validate: (v) => {
      const [sur, giv] = v.split('/') as [string, string];
      return sur.replace(/[ '-]/g, '').length >= 2 && giv.replace(/[ '-]/g, '').length >= 2 && /[AEIOUY]/.test(sur) && /[AEIOUY]/.test(giv);
    },
    remediation: 'Keep PNR displays out of logs: log the record locator, not the passenger list',
  }),
  defineDetector({
    id: 'apis-docs-passenger-data',
    name: 'APIS passenger data in an SSR DOCS element (document number, nationality, birth date, names)',
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['docs'],
    needs: ['DOCS'],
    // `SSR DOCS BA HK1 P/GBR/123456789/GBR/12JUL82/M/20NOV30/SMITH/JOHN/MR/P1`, `SRDOCS YY HK1-P-GBR-…`,
    // `3DOCS/P/US/…`; Secure Flight's form without a document (`3DOCSA/DB/12JUL82/M/SMITH/JOHN`, `SSR DOCS … HK1 ////12JUL82/M//SMITH/JOHN`).
    pattern: new RegExp(
      String.raw`${SSR('DOCS')}(?:(?<v>(?:[PIACMFVN]|IP|PT|PP|PD)${DOCS_SEP}[A-Z]{2,3}${DOCS_SEP}[A-Z0-9]{5,17}${DOCS_SEP}[A-Z]{2,3}${DOCS_SEP}${GDS_DATE}${DOCS_SEP}(?:MI|FI|[MFUX])${DOCS_SEP}(?:${GDS_DATE})?${DOCS_SEP}${DOCS_NAME}${DOCS_SEP}${DOCS_NAME}(?:${DOCS_SEP}(?!H\b|P\d)${DOCS_NAME})?)|(?:DB|/{2,4})${DOCS_SEP}?(?<w>${GDS_DATE}${DOCS_SEP}(?:MI|FI|[MFUX])${DOCS_SEP}{1,2}${DOCS_NAME}${DOCS_SEP}${DOCS_NAME}))(?![A-Za-z0-9])`,
    ),
    mask: 'full',
    // The document number's own check (digits, no mask or run), or a birth date in Secure Flight's form.
    // Round l88: the element from its document type on (`P/FRA/42ES89702/…`): the number is the third field.
    validate: (v) => /^\d{2}[A-Z]{3}\d{2}[/-]/.test(v) || documentNumber(v.split(/[/-]/)[2] ?? ''),
    remediation: 'Keep APIS data (SSR DOCS) out of logs: log the record locator and redact the element',
  }),
  defineDetector({
    id: 'apis-doco-number',
    name: 'Known-traveller number, redress number or visa in an SSR DOCO element',
    category: 'personal',
    severity: 'high',
    priority: 61,
    confidence: 0.85,
    keywords: ['doco'],
    needs: ['DOCO'],
    // `SSR DOCO YY HK1 //K/123456789///US`, `/R/1234567/`, `/V/GBR/0123456789/…`: the place of birth may precede.
    pattern: new RegExp(String.raw`${SSR('DOCO')}[A-Z ]{0,30}\/(?:K|R)\/(?<v>[A-Z0-9]{6,25})|${SSR('DOCO')}[A-Z ]{0,30}\/V\/(?<w>[A-Z0-9]{5,20})(?=\/)`),
    mask: 'tail',
    validate: (v) => (v.match(/\d/g)?.length ?? 0) >= 5 && !/^(.)\1+$/.test(v),
    remediation: 'Keep APIS data (SSR DOCO) out of logs: log the record locator and redact the element',
  }),
  defineDetector({
    id: 'apis-doca-address',
    name: 'Residence or destination address in an SSR DOCA element',
    category: 'personal',
    severity: 'medium',
    priority: 60,
    confidence: 0.8,
    keywords: ['doca'],
    needs: ['DOCA'],
    // `SSR DOCA YY HK1 R/US/123 MAIN ST/NEW YORK/NY/10001`: type, country, then street, city, state, postcode.
    pattern: new RegExp(String.raw`${SSR('DOCA')}[RD][/-][A-Z]{2,3}[/-](?<v>\d{1,6}[A-Z]?[ ][A-Z0-9 .'-]{2,60}\/[A-Z .'-]{2,40}(?:\/[A-Z0-9 -]{1,12}){0,2})`),
    mask: 'full',
    remediation: 'Keep APIS data (SSR DOCA) out of logs: log the record locator and redact the element',
  }),
  defineDetector({
    id: 'redress-number',
    name: 'DHS redress number under its label',
    category: 'personal',
    severity: 'high',
    priority: 47,
    confidence: 0.8,
    keywords: ['redress'],
    // `"redressNumber": "1234567"`, `redress_number=…`, `Redress No.: …`, `<RedressNumber>…</RedressNumber>`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])${REDRESS_LABEL}(?:\\?["'])?\s{0,2}(?:[:=>]|%3[AD])\s{0,2}(?:\\?["'])?(?<v>[A-Z0-9]{6,13})(?![A-Za-z0-9])`, 'i'),
    mask: 'tail',
    validate: (v) => redressOk(v),
    remediation: 'Keep redress numbers out of logs and Secure Flight payload dumps: log the booking reference instead',
  }),
  defineDetector({
    id: 'ndc-identity-doc-id',
    name: 'Identity document number in an NDC `IdentityDocID` or OpenTravel `Document DocID`',
    category: 'personal',
    severity: 'high',
    priority: 47,
    confidence: 0.8,
    keywords: ['identitydocid', 'docid='],
    // NDC `<IdentityDocID>123456789</IdentityDocID>` (and its JSON `"IdentityDocID": "…"`), OTA `<Document DocID="…" DocType="2"`.
    pattern: /(?:<IdentityDocID>|["']IdentityDocID["']\s{0,2}:\s{0,2}["']|<Document\b[^<>]{0,80}?\bDocID=["'])(?<v>[A-Z0-9]{5,20})(?![A-Za-z0-9])/,
    mask: 'tail',
    validate: (v) => documentNumber(v),
    remediation: 'Keep passenger identity documents out of NDC/OTA message logs: redact IdentityDoc before logging',
  }),
  defineDetector({
    id: 'ota-card-series-code',
    name: "Payment card's verification code in an OpenTravel `SeriesCode`",
    category: 'financial',
    severity: 'critical',
    priority: 66,
    confidence: 0.85,
    keywords: ['seriescode'],
    // `<PaymentCard … SeriesCode="123" …>`, `<SeriesCode><PlainText>1234</PlainText></SeriesCode>`.
    pattern: /\bSeriesCode(?:=["']|>(?:<PlainText>)?)(?<v>\d{3,4})(?=["'<])/,
    mask: 'full',
    remediation: 'Never log card verification codes (PCI DSS 3.2): mask PaymentCard elements in OTA message logs',
  }),
  defineDetector({
    id: 'ota-card-holder-name',
    name: "Card holder's name in an OpenTravel `<CardHolderName>` element (its whole text, escapes included)",
    category: 'personal',
    severity: 'medium',
    priority: 47,
    confidence: 0.8,
    keywords: ['cardholdername>'],
    // `<CardHolderName>Zoë Brennan</CardHolderName>`, also a holder written with a company (`Zoë Brennan &amp; Co`): the element names the holder.
    pattern: /<CardHolderName>(?<v>[^<>\r\n]{3,80})<\/CardHolderName>/,
    mask: 'full',
    validate: (v) => /^[A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{2,}(?:['’.-]?[A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+)*(?: [^ ]+){1,6}$/.test(v) && /[a-z]/.test(v) && !/^(?:test|card ?holder|name|n\/a|none|null|unknown|xxx+)\b/i.test(v),
    remediation: 'Mask PaymentCard elements (number, SeriesCode, CardHolderName) before logging OTA messages',
  }),
  defineDetector({
    id: 'passport-document-number',
    name: 'Passport number under `documentNumber` in a passport record',
    category: 'personal',
    severity: 'high',
    // Above personal-id-under-key (56), which reads `documentNumber` as some document's number.
    priority: 57,
    confidence: 0.75,
    keywords: ['documentnumber', 'document_number', 'documentno'],
    span: 200,
    spanBack: 6,
    pattern: /(?<![A-Za-z])document(?:Number|_number|No)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Z0-9]{6,12})(?![A-Za-z0-9])/i,
    mask: 'tail',
    validate: (v, ctx) => documentNumber(v) && nearby(PASSPORT_RECORD, ctx.text, ctx.start, ctx.end, 400),
    remediation: 'Keep scanned passport data (MRZ results) out of logs and crash reports',
  }),
];
