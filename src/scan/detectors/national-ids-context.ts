import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { dniValid } from '../id-checksums';
import { curpValid, hetuValid, nhsValid, ninoValid, noFnrValid, nricValid, personnummerValid, ukLicenceValid, zaIdValid } from '../id-checksums-more';
import { CURP } from './national-ids-more';
import { FIELD_VALUE, GAP } from './national-ids';

/**
 * True when the line around `[start, end)` names what the value is, before or after it
 * (`hmrc-rti: … row: 123,"Ann Lee","MT 43 36 32 B"`, `'code' => 'X2428571R', 'countryCode' => 'ES'`):
 * `words` within 200 characters on the same line. Checked in validation, not in the pattern, so the
 * search stays linear; the detector's keywords list every word, so the prefilter runs it on such lines.
 */
export function lineNames(text: string, start: number, end: number, words: RegExp): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200);
  let to = text.indexOf('\n', end);
  if (to < 0 || to > end + 200) to = Math.min(text.length, end + 200);
  return words.test(text.slice(from, start)) || words.test(text.slice(end, to));
}

/** True when the value at `start` is a quoted element of a positional argument list (`args=('…', …)`, `"args":["…"]`). */
function inArgsList(text: string, start: number): boolean {
  return /\bargs["']?\s{0,2}[=:]\s{0,2}[([]\s{0,2}(?:(?:'[^'\n]{0,80}'|"[^"\n]{0,80}"|[\w.+-]{1,40})\s{0,2},\s{0,2}){0,8}['"]$/.test(text.slice(Math.max(0, start - 600), start));
}

/** Distinctive national-id layouts with their checksum: what a generic `id_number` / `national_id` key may hold. */
const GENERIC_ID_LAYOUTS: readonly (readonly [RegExp, (v: string) => boolean])[] = [
  [/^\d{13}$/, zaIdValid],
  [/^\d{11}$/, noFnrValid],
  [/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/, ninoValid],
  [/^[XYZ]-?\d{7}-?[A-Z]$/, dniValid],
  [/^\d{8}-?[A-Z]$/, dniValid],
  [/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, hetuValid],
  [/^(?:19|20)?\d{6}[-+]\d{4}$/, personnummerValid],
  [/^(?:19|20)\d{10}$/, personnummerValid],
  [new RegExp(`^${CURP}$`), curpValid],
  [/^[STFG]\d{7}[A-Z]$/, nricValid],
];

/** Every spelling of the generic id keys (`national_id`, `idNumber`, `document-no`, `id card`): the prefilter's keywords. */
const GENERIC_ID_KEYS: string[] = [
  ...['national', 'personal', 'citizen', 'identity', 'identification', 'document', 'id'].flatMap((p) =>
    ['id', 'number', 'no', 'card'].filter((s) => !(p === 'id' && s === 'id')).flatMap((s) => ['', '_', ' ', '-'].map((sep) => p + sep + s)),
  ),
  // Adyen's `identificationData.number`; `nin=` (national identification number, Vipps, Signicat).
  'identificationdata',
  'nin=', 'nin"', "nin'", 'nin:', 'nin ',
];

/** The layouts GENERIC_ID_LAYOUTS checks, as one regex fragment (no spaces but the NINO's, so a match never runs into the next word). */
const GENERIC_ID_VALUE = String.raw`\d{13}|\d{11}|\d{8}-?[A-Z]|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[XYZ]-?\d{7}-?[A-Z]|\d{6}[-+A-Z]\d{3}[0-9A-Z]|(?:19|20)?\d{6}[-+]\d{4}|(?:19|20)\d{10}|${CURP}|[STFG]\d{7}[A-Z]`;

/** NINO prefix and layout (compact or spaced 2-2-2-1), capitals only. */
const NINO = String.raw`(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?: ?\d{2}){3} ?[A-D]`;

/** National ids found by their layout and checksum on a line that names them, or under a generic id key. */
export const CONTEXT_NATIONAL_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'national-id-generic-key',
    name: 'National identity number (under a generic id key)',
    category: 'personal',
    severity: 'high',
    priority: 61,
    confidence: 0.8,
    keywords: GENERIC_ID_KEYS,
    // `id_type=NATIONAL_ID id_number=5102200157088`, `{"nationalId":"…"}`: only layouts that random ids rarely pass (dates, letters, checksums).
    // Also a field named, then its value: `{"name":"individual.identificationData.number","value":"27539950A"}`;
    // eIDAS/SAML `nationalIdentificationNumber`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>nin|(?:national|personal|citizen|identity|identification|document|id)(?:[_ -]?data\.)?[_ -]?(?:id(?:entity|entification)?|number|no|card)(?:[_ -]?(?:number|no))?)(?:${GAP}|${FIELD_VALUE}${GAP})(?<v>${GENERIC_ID_VALUE})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => GENERIC_ID_LAYOUTS.some(([layout, ok]) => layout.test(v) && ok(v)),
    remediation: 'Remove this national identity number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'uk-nino-on-line',
    name: 'UK National Insurance number (on a line that names it)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.8,
    // `NI: AB 12 34 56 C`, `NI no. AB123456C`, `NI number for insurer: …` (r48): `NI` only as a word before its number (keywords ` ni `, `ni:`, `ni no`, `ni number`).
    keywords: ['nino', 'national insurance', 'national_insurance', 'nationalinsurance', 'hmrc', 'paye', ' ni ', '(ni ', 'ni:', 'ni no', 'ni number', 'ni#'],
    // A payroll CSV row or an RTI message: the NINO layout in capitals, anywhere on the line.
    pattern: new RegExp(String.raw`(?<![\w-])(?<v>${NINO})(?![\w-])`),
    mask: 'full',
    validate: (v, ctx) => (v.length === 9 || /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v)) && ninoValid(v) && (lineNames(ctx.text, ctx.start, ctx.start + v.length, /nino|national[ _]?insurance|hmrc|paye/i) || /(?<![\w-])NI(?: ?(?:no\.?|number|#))?(?: for(?: (?:the|an?|our))? [a-z]{2,20})?:? {1,2}$/i.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))),
    remediation: 'Remove this National Insurance number from the logs',
  }),
  defineDetector({
    id: 'es-dni-on-line',
    name: 'Spanish DNI / NIE (on a line that names it or Spain)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.8,
    keywords: ['nie', 'nif', 'dni', "'es'", '"es"', ',es,', ';es;', '|es|', '\tes\t', 'spain', 'espana', 'extranjero', 'args=(', 'args=[', 'args: [', 'args: (', '"args":', "'args':"],
    // `'code' => 'X2428571R', 'countryCode' => 'ES'`: the DNI/NIE layout and its mod-23 letter beside a Spanish marker.
    // Also a quoted element of a job's positional arguments (Celery `args=('21746895G', 'Lucía', …)`, Sidekiq
    // `"args":["21746895G",…]`): the mod-23 letter is the evidence there.
    pattern: /(?<![\w-])(?<v>[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z])(?![\w-])/,
    mask: 'full',
    // A delimited row with a Spanish country cell (`…,"Achterberg, Rafael",ES,11794701W,…`, a guest-registration export; round r48).
    validate: (v, ctx) =>
      dniValid(v) &&
      (lineNames(ctx.text, ctx.start, ctx.start + v.length, /(?<![a-z])(?:ni[ef]|dni)(?![a-z])|'es'|"es"|spain|espana|extranjero/i) ||
        lineNames(ctx.text, ctx.start, ctx.start + v.length, /(?:^|[,;|\t])ES[,;|\t]/) ||
        inArgsList(ctx.text, ctx.start)),
    remediation: 'Remove this identity document number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'se-personnummer-on-line',
    name: 'Swedish personnummer (on a line that names it)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.8,
    keywords: ['personnummer', 'personnr', 'personalnumber', 'personal_number', 'personal number', 'bankid', 'samordningsnummer', 'skatteverket'],
    // `BankID … displayed="740608-2953"`: the dashed layout, a real date and Luhn.
    pattern: /(?<![\w-])(?<v>(?:19|20)?\d{6}[-+]\d{4})(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => personnummerValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /person(?:nummer|nr)|personal[_ ]?number|bankid|samordningsnummer|skatteverket/i),
    remediation: 'Remove this personal identity number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'uk-nhs-hl7',
    name: 'UK NHS number (HL7 identifier assigned by the NHS)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['^nhs'],
    // HL7 v2 CX: `PID|1||9434765919^^^NHS^NH||…`: the assigning authority names the number.
    pattern: /(?<![\w^])(?<v>\d{10})\^{1,4}NHS(?:NBR|NMBR)?(?![A-Za-z])/i,
    mask: 'full',
    validate: (v) => nhsValid(v),
    remediation: 'Remove this NHS number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'uk-driving-licence',
    name: 'UK driving licence number (DVLA layout, on a licence line)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.85,
    keywords: ['licence', 'license', 'dvla', 'driving', 'driver'],
    // `MORGA753116SM9IJ`: surname, decade, month (+50 for women), day, year, initials, digit, check letters.
    pattern: /(?<![\w-])(?<v>[A-Z][A-Z9]{4}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z]{2})(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => ukLicenceValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /licen[cs]e|dvla|driving|driver/i),
    remediation: "Remove this driver's licence number from the logs and purge the affected log indexes",
  }),
];
