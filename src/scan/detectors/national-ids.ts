import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, dniValid, nirValid, sinValid, steuerIdValid, tfnValid } from '../id-checksums';

/**
 * Between an id's key and its value: separators (`=`, `: "`, `%3D`, `[…]`) and a word people
 * write there (`NI number: `, `mi DNI es `, `CPF nº `, `PESEL to `, `CPR-nummer er `, `personnummer är `,
 * `henkilötunnus on `, `codice fiscale è `), at least one separator.
 */
// An HTML page's `&nbsp;` counts as a space (`N° de sécurité sociale&nbsp;: 2 61 …`).
export const GAP = String.raw`(?:\]|%5D)?(?:[^\w\n]|%3[AD]|%2[027]|&nbsp;){1,6}(?:(?:n[oº°]|nr|num(?:ber|ero)?|is|es|est|ist|er|är|to|jest|on|lautet)\.?(?:[^\w\n]|%3[AD]|%2[027]|&nbsp;){1,4})?`;

/**
 * A typed JSON value after its key: DynamoDB's `"idNumber":{"S":"…"}` (or `{"N":…}`), Avro unions of Debezium and
 * Kafka Connect (`{"string":"…"}`), SQS/SNS attributes (`{"StringValue":"…"}`), plain or JSON-escaped.
 */
export const TYPED_VALUE = String.raw`\\{0,3}"\s{0,3}:\s{0,3}\{\s{0,3}\\{0,3}"(?:S|N|string|long|stringValue)\\{0,3}"\s{0,3}:\s{0,3}(?:\\{0,3}")?`;

/** Fields named, then their value: `{"type":"national_insurance","value":"…"}`, `attribute=tax_id value="…"`. */
export const FIELD_VALUE = String.raw`(?![A-Za-z])[^\n]{0,40}?(?<![A-Za-z])(?:value|valor|valeur|wert)`;

/** A national id's key names, value layout and checksum. */
export interface IdSpec {
  id: string;
  name: string;
  keywords: string[];
  /** The key names (a regex fragment, matched case-insensitively, at a word start). */
  key: string;
  /** The value's layout (a regex fragment). */
  value: string;
  validate: (v: string) => boolean;
  what: string;
  /** Also `field … value=<id>` (default true). */
  fieldValue?: boolean;
}

/** A national id under one of its key names (or a field so named, its value after), its checksum verified. */
export function idUnderKey(s: IdSpec): Detector {
  return defineDetector({
    id: s.id,
    name: s.name,
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: s.keywords,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>${s.key})(?:${GAP}|${TYPED_VALUE}${s.fieldValue === false ? '' : `|${FIELD_VALUE}${GAP}`})(?<v>${s.value})(?![\w-])`, 'i'),
    mask: 'full',
    validate: s.validate,
    remediation: `Remove this ${s.what} from the logs and purge the affected log indexes`,
  });
}

/** National identity and tax numbers of European and other countries, under their key names, checksums verified. */
export const NATIONAL_ID_DETECTORS: readonly Detector[] = [
  idUnderKey({
    id: 'fr-nir',
    name: 'French social security number (NIR)',
    keywords: ['nir', 'insee', 'securite', 'secu', 'social'],
    key: String.raw`nir|insee|num[eé]ro[_ -]?(?:de[_ -])?s[eé]cu(?:rit[eé][_ -]sociale)?|s[eé]cu(?:rit[eé][_ -]sociale)?|n[_ -]?ss|social[_ -]security(?:[_ -]n(?:umber|o))?`,
    value: String.raw`[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}`,
    validate: nirValid,
    what: 'social security number',
  }),
  idUnderKey({
    id: 'es-dni',
    name: 'Spanish DNI / NIE',
    keywords: ['dni', 'nie', 'nif', 'documento', 'identidad'],
    key: String.raw`dni|nie|nif|documento(?:[_ ]?(?:de[_ ])?identidad)?|doc[_ -]?identidad`,
    value: String.raw`[XYZ]?-?\d{7,8}-?[A-Z]`,
    validate: dniValid,
    what: 'identity document number',
    // Its field-then-value form is es-dni-field-value (below).
    fieldValue: false,
  }),
  idUnderKey({
    id: 'it-codice-fiscale',
    name: 'Italian codice fiscale',
    // `cf` only before a separator: hex hashes hold `cf` everywhere.
    keywords: ['codice', 'fiscal', 'cf:', 'cf=', 'cf"', "cf'", 'cf ', 'c.f.', 'cf_', 'cf%3d', 'tax_code', 'taxcode', 'tax code', 'tax-code'],
    key: String.raw`codice[_ -]?fiscale|cod[_ .]?fisc\.?|fiscal[_ -]?code|c\.?f\.?|tax[_ -]?code`,
    value: String.raw`[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]`,
    validate: codiceFiscaleValid,
    what: 'codice fiscale',
  }),
  idUnderKey({
    id: 'nl-bsn',
    name: 'Dutch citizen service number (BSN)',
    keywords: ['bsn', 'burgerservice', 'sofi'],
    key: String.raw`bsn|burgerservicenummer|sofi(?:[_ -]?nummer)?`,
    value: String.raw`\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}`,
    validate: bsnValid,
    what: 'citizen service number',
  }),
  idUnderKey({
    id: 'de-steuer-id',
    name: 'German tax identification number (Steuer-ID)',
    keywords: ['steuer', 'idnr', 'identifikationsnummer', 'tax_id', 'taxid', 'tax id', 'tax-id'],
    key: String.raw`steuer[_ -]?(?:id(?:entifikationsnummer)?|nummer|nr)|idnr|identifikationsnummer|tax[_ -]?id(?:[_ -]?(?:de|number|no))?`,
    value: String.raw`[1-9]\d(?: ?\d{3}){3}|[1-9]\d{10}`,
    validate: steuerIdValid,
    what: 'tax identification number',
  }),
  idUnderKey({
    id: 'br-cpf',
    name: 'Brazilian CPF',
    keywords: ['cpf'],
    key: String.raw`cpf`,
    value: String.raw`\d{3}\.?\d{3}\.?\d{3}-?\d{2}`,
    validate: cpfValid,
    what: 'CPF',
  }),
  idUnderKey({
    id: 'br-cpf-tax-id',
    name: 'Brazilian CPF (under a tax id key)',
    keywords: ['tax_id', 'taxid', 'tax-id', 'tax id', 'documento', 'document'],
    // `{"tax_id":"123.456.789-09"}` (PagSeguro, Stripe, Mercado Pago): only the CPF's own dotted layout, checksum verified.
    key: String.raw`tax[_ -]?id|documento?(?:[_ -]?(?:number|nr|no))?`,
    value: String.raw`\d{3}\.\d{3}\.\d{3}-\d{2}`,
    validate: cpfValid,
    what: 'CPF',
  }),
  idUnderKey({
    id: 'in-aadhaar',
    name: 'Indian Aadhaar number',
    keywords: ['aadhaar', 'aadhar', 'uidai'],
    key: String.raw`aadhaa?r(?:[_ -]?(?:number|no|id))?|uidai`,
    value: String.raw`[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}`,
    validate: aadhaarValid,
    what: 'Aadhaar number',
  }),
  idUnderKey({
    id: 'in-pan',
    name: 'Indian PAN',
    // ` PAN ABCPE1234F` in prose (a space before: not `span `): the value's strict layout (capitals, holder type, digits) tells it from `pan tilt`.
    keywords: ['pan:', 'pan=', '"pan"', "'pan'", ' pan ', 'pan number', 'pan no', 'pan_number', 'pannumber', 'pan_no', 'pancard', 'pan card', 'pan_card', 'permanent account'],
    key: String.raw`pan(?:[_ -]?(?:card|number|no))?|permanent[_ ]account[_ ]number`,
    value: String.raw`[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]`,
    // Letters, the holder type (P, C, H, F, A, T, B, L, J, G), digits, a letter; no checksum is published.
    validate: (v) => /^[A-Z]{5}\d{4}[A-Z]$/.test(v),
    what: 'PAN',
  }),
  idUnderKey({
    id: 'ca-sin',
    name: 'Canadian social insurance number',
    keywords: ['sin:', 'sin=', 'sin"', "sin'", 'sin ', 'sin_', 'sin#', 'social insurance', 'social_insurance', 'socialinsurance', 'nas:', 'nas :', 'nas=', 'assurance sociale'],
    key: String.raw`sin(?:[_ -]?(?:number|no|nr))?|social[_ -]?insurance(?:[_ -]?n(?:umber|o))?|nas|num[ée]ro d'assurance sociale`,
    value: String.raw`\d{3}[ -]?\d{3}[ -]?\d{3}`,
    validate: sinValid,
    what: 'social insurance number',
  }),
  idUnderKey({
    id: 'au-tfn',
    name: 'Australian tax file number',
    keywords: ['tfn', 'tax file', 'tax_file', 'taxfile'],
    key: String.raw`tfn|tax[_ -]?file(?:[_ -]?n(?:umber|o))?`,
    value: String.raw`\d{3}[ -]?\d{3}[ -]?\d{2,3}`,
    validate: tfnValid,
    what: 'tax file number',
  }),  defineDetector({
    id: 'es-dni-field-value',
    name: 'Spanish DNI / NIE (a field named, its value after)',
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['dni', 'nie', 'nif', 'documento'],
    // Validation errors name the field, then give its value: `{"field":"documento","value":"12345678Z"}`, `field=dni value=…`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>dni|nie|nif|documento)(?![A-Za-z])[^\n]{0,40}?(?<![A-Za-z])(?:value|valor)${GAP}(?<v>[XYZ]?-?\d{7,8}-?[A-Z])(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => /^[XYZ]?-?\d{7,8}-?[A-Z]$/.test(v) && dniValid(v),
    remediation: 'Remove this identity document number from the logs and purge the affected log indexes',
  }),
];
