import { defineDetector } from '../define-detector';
import type { Detector, Verdict } from '../detector';
import { curpValid } from '../id-checksums-more';
import { nikValid } from '../id-checksums-global';
import { validUnderKey } from '../id-kinds';

/**
 * Round f26b (blind set 26: the global commerce desk): national ids whose kind a sibling field names
 * (`doc_type=NIK doc_number=…`, `{"DocumentType":"MY_NUMBER","DocumentNumber":"…"}`), Kenyan ids (eight
 * digits, no check digit: only a Kenyan context tells them), and CURPs under compound keys (`rfcCurpBeneficiario`).
 */

/** A sibling field naming the document's kind: `doc_type=TC_KIMLIK`, `"DocumentType": "NIK"`, `"id_type":"SA_ID"`, `"sub_type":"NATIONAL_ID"`. */
const TYPE_FIELD = /(?<![A-Za-z])(?:doc(?:ument)?_?type|id_?type|identity_?type|sub_?type|type)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<t>[A-Za-z][A-Za-z_ -]{1,30}?)(?=["'\s,;}&]|$)/gi;

/** Type names of contact and payment data, which their own detectors read. */
const NOT_ID_TYPE = /phone|mobile|tel|fax|card|pan$|iban|email|mail|url|account|passport|licen/i;

/** Type names that say "the national id" without naming the country's scheme: the country field decides. */
const GENERIC_TYPE = /^(?:national(?:_id(?:entity)?)?(?:_card|_number)?|identity_card|id_card|nin|nid|national_identity_number|government_id)$/i;

/** The country a record names: `"country":"KE"`, `Country=ID`, `for KE:`. */
const COUNTRY = /(?:(?:[Cc]ountry|COUNTRY)(?:_?(?:[Cc]ode|CODE))?["']?\s{0,2}(?::|=>|=)\s{0,2}["']?|\bfor )(?<c>[A-Z]{2})(?![A-Za-z])/g;

/** Layouts of national ids without a check digit (or with one the generic layouts miss), by the country's ISO code. */
const COUNTRY_IDS: Readonly<Record<string, (v: string) => boolean>> = {
  // Kenya: the national id card's serial, 7-8 digits (no check digit).
  KE: (v) => /^\d{7,8}$/.test(v) && !/^(\d)\1+$/.test(v),
  // Nigeria: NIN and BVN, 11 digits (no check digit).
  NG: (v) => /^\d{11}$/.test(v) && !/^(\d)\1+$/.test(v),
  // Indonesia: NIK, 16 digits (region, birth date, serial).
  ID: (v) => nikValid(v),
};

/** The country codes named within `reach` characters of `[start, end)`. */
function countriesNear(text: string, start: number, end: number, reach: number): string[] {
  const around = text.slice(Math.max(0, start - reach), Math.min(text.length, end + reach));
  return [...around.matchAll(COUNTRY)].map((m) => m.groups!['c']!);
}

/** True when `v` is an id of the kind `type` names, or of the scheme of one of `countries` when the type is generic. */
function idOfType(type: string, v: string, countries: () => string[]): boolean {
  const t = type.trim().replace(/[ -]/g, '_');
  // An Indian PAN of a person (holder type P) under a `PAN` type (a card's PAN is the card detectors').
  if (/^pan$/i.test(t)) return /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v);
  if (NOT_ID_TYPE.test(t)) return false;
  if (validUnderKey(t, v)) return true;
  if (GENERIC_TYPE.test(t) || /^(?:nik|ktp|bvn|nin)$/i.test(t)) {
    for (const c of countries()) if (COUNTRY_IDS[c]?.(v.replace(/[ .-]/g, ''))) return true;
  }
  return false;
}

/** True when `v` is an id of the kind a sibling type field (within 160 characters) names, or of the record's country's scheme. */
function typedId(text: string, start: number, end: number, v: string): boolean {
  const around = text.slice(Math.max(0, start - 160), Math.min(text.length, end + 160));
  for (const m of around.matchAll(TYPE_FIELD)) if (idOfType(m.groups!['t']!, v, () => countriesNear(text, start, end, 300))) return true;
  return false;
}

/** A CSV header with a document-type column: `country;name;doc_type;doc_number;…`. */
const TYPE_HEADER = /^[^\n]*(?:^|[;,\t|])"?(?:doc(?:ument)?_?type|id_?type)"?(?:[;,\t|]|$)[^\n]*$/im;

/** True when `v` at `[start, end)` sits in a CSV table's number column and its row's type (and country) cells name its scheme. */
function csvTypedId(text: string, start: number, v: string): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', start);
  if (le < 0) le = text.length;
  const before = text.slice(Math.max(0, ls - 8192), ls);
  let header: string | null = null;
  for (const m of before.matchAll(new RegExp(TYPE_HEADER.source, 'gim'))) header = m[0];
  if (header === null) return false;
  const sep = [';', '\t', '|', ','].find((c) => header.includes(c));
  if (sep === undefined) return false;
  const cells = (line: string): string[] => line.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
  const head = cells(header).map((c) => c.toLowerCase());
  const typeAt = head.findIndex((c) => /^(?:doc(?:ument)?_?type|id_?type)$/.test(c));
  const numAt = head.findIndex((c) => /^(?:doc(?:ument)?_?(?:number|no|num)|id_?(?:number|no|num)|number|value)$/.test(c));
  const countryAt = head.findIndex((c) => /^country(?:_?code)?$/.test(c));
  const row = cells(text.slice(ls, le));
  if (typeAt < 0 || numAt < 0 || row.length !== head.length) return false;
  if (text.slice(ls, start).split(sep).length - 1 !== numAt) return false;
  return idOfType(row[typeAt]!, v, () => (countryAt >= 0 ? [row[countryAt]!] : []));
}

/** `v` or its longest prefix cut at a space that passes `ok` (an unquoted value runs into the next word). */
function longestPassing(v: string, ok: (s: string) => boolean): Verdict | boolean {
  if (ok(v)) return true;
  for (let i = v.lastIndexOf(' '); i > 0; i = v.lastIndexOf(' ', i - 1)) if (ok(v.slice(0, i))) return { ok: true, trimEnd: i };
  return false;
}

/** Words of a Kenyan context on a line: the country, its dialling code, M-Pesa. */
const KENYA = /(?:country(?:_?code)?["']?\s{0,2}(?::|=>|=)\s{0,2}["']?KE(?![A-Za-z])|\bfor KE\b|kenya|\+254|(?<!\d)254[17]\d{8}(?!\d)|safaricom|m-?pesa|daraja)/i;

export const ID_F26B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'national-id-doc-typed',
    name: 'National identity number (a document number whose type field names the id)',
    category: 'personal',
    severity: 'high',
    priority: 61,
    confidence: 0.8,
    keywords: ['doc_number', 'document_number', 'documentnumber', 'docnumber', 'doc_no', 'document_no', 'documentno', 'id_number', 'idnumber'],
    // `doc_type=NIK doc_number=3501122803682490`, `{"DocumentType": "MY_NUMBER", "DocumentNumber": "2251 7789 2485"}`,
    // `{"type":"IDENTITY_CARD","sub_type":"NATIONAL_ID","document_number":"…"}` with `"country":"ID"` beside.
    pattern: /(?<![A-Za-z0-9])(?<k>(?:doc(?:ument)?|id)_?(?:number|no|num))["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[0-9A-Za-z][0-9A-Za-z./-]{0,22}(?: [0-9A-Za-z./-]{1,22}){0,6})/i,
    mask: 'full',
    validate: (v, ctx) => longestPassing(v, (s) => s.replace(/\D/g, '').length >= 5 && typedId(ctx.text, ctx.start, ctx.start + s.length, s)),
    remediation: 'Remove government ids from logged payloads; log the customer or document id instead',
  }),
  defineDetector({
    id: 'national-id-csv-typed',
    name: 'National identity number (a CSV row whose type column names the id)',
    category: 'personal',
    severity: 'high',
    priority: 61,
    confidence: 0.8,
    keywords: [';doc_type;', ',doc_type,', '\tdoc_type\t', ';document_type;', ',document_type,', ';id_type;', ',id_type,'],
    // `country;name;doc_type;doc_number` then `KE;"Wanjiru Wambui";NATIONAL_ID;28780985;…`, `MX;…;RFC;RAMD6106185W6;…`.
    span: 8192,
    pattern: /(?<=[;,\t|]"?)(?<v>[0-9A-Z][0-9A-Z ./-]{4,22})(?="?(?:[;,\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => csvTypedId(ctx.text, ctx.start, v),
    remediation: 'Remove government ids from exported or logged tables',
  }),
  defineDetector({
    id: 'national-id-by-country',
    name: 'National identity number without a check digit (Kenya, Nigeria, Indonesia: in a record of that country)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.75,
    keywords: ['national_id', 'nationalid', 'national-id', 'id_no', 'idno', 'nin=', 'nin":', 'nin: ', 'occassion', 'occasion', '"remarks"'],
    // `NATIONAL_ID=29208760` in a KE onboarding record, `for NG: NIN=98558203538`; M-Pesa B2C `"Occassion":"ID 20120499 Njeri Mutua"`.
    pattern: /(?<![A-Za-z0-9])(?:(?:national[_-]?id(?:[_-]?(?:number|no))?|id[_-]?no|nin)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?|"(?:Occass?ion|Remarks)"\s{0,2}:\s{0,2}"[^"\n]{0,60}?\b(?:ID|National ID|ID No\.?)[ :#]{1,3})(?<v>\d{7,16})(?![\d-])/i,
    mask: 'full',
    validate: (v, ctx) => {
      if (COUNTRY_IDS['KE']!(v) && KENYA.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start + 400))) return true;
      return countriesNear(ctx.text, ctx.start, ctx.end, 200).some((c) => c !== 'KE' && COUNTRY_IDS[c]?.(v) === true);
    },
    remediation: 'Remove national id numbers from logged payloads and payout remarks',
  }),
  defineDetector({
    id: 'mx-curp-compound-key',
    name: 'Mexican CURP (under a compound key)',
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['curp'],
    // STP/SPEI `"rfcCurpBeneficiario":"LOLF890911MJCPPR68"`, `curp_titular=…`: the check digit decides.
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z]{0,16}[_-]?[Cc](?:URP|urp)[A-Za-z_-]{0,24})["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d)(?![A-Za-z0-9])/,
    mask: 'full',
    validate: curpValid,
    remediation: 'Remove this CURP from the logs and purge the affected log indexes',
  }),
];
