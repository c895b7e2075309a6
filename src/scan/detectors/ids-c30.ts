import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { bsnValid, steuerIdValid } from '../id-checksums';
import { nearby } from '../nearby';
import { ssnValid } from '../validators';

/**
 * Round c30 (blind set 30: lead forms, age gates, partner webhooks): identity documents whose kind a
 * sibling field names (`"idType":"drivers_license", "idNumber":"…"`), national ids under a generic
 * `documento` key told by the record's country and their check digits, a bare SSN right after the word
 * SSN, street lines under address-line keys, and Graph API object ids (public, no card).
 */

/** A sibling field naming the document's kind. */
const DOC_TYPE = /"(?:id_?type|idType|document_?type|documentType|doc_?type|docType|id_?kind|identification_?type)"\s{0,2}:\s{0,2}"(?:drivers?[_ -]?licen[cs]e|driving[_ -]?licen[cs]e|dl|dln|passport|national[_ -]?id|id[_ -]?card|state[_ -]?id|residence[_ -]?permit)"/i;

/** The record's country, as a field or prose (`"country":"NL"`, `for country DE`). */
const COUNTRY = /(?:"country(?:_?code)?"\s{0,2}:\s{0,2}"|\bcountry[ =:]{1,3})([A-Z]{2})\b/;

/** Keys of a street line in an address object. */
const LINE_KEY = String.raw`line1|line_1|address_?line_?1|addressLine1|address1|street1|street_?address|streetAddress`;

/** Sibling keys of the same address. */
const ADDRESS_SIBLING = /"(?:city|town|zip|zip_?code|postal_?code|postalCode|postcode|state|province|country)"\s{0,2}:/i;

/** A letter of a Latin-script place or street name. */
const L = String.raw`[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The end of an address: a postal code with its town or region (CA `BC V4T 2H2`, AU `QLD 4004`, US `TX 78701`, SE `360 00 Stockholm`, `75001 Paris`). */
const POSTAL_END = String.raw`(?:[A-Z]{2,3} )?[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{2,3} \d{4,5}(?:-\d{4})?|\d{3} \d{2} ${L}{2,30}|\d{4,5} ${L}{2,30}`;

export const ID_C30_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'postal-address-after-address-word',
    name: 'Postal address written after `my/home/billing address` in a message, ending in a postal code',
    category: 'personal',
    severity: 'medium',
    priority: 46.5,
    confidence: 0.7,
    keywords: ['address'],
    // `send the quote to my home address, Björkvägen 17, 360 00 Stockholm, I am…`, `home address: Unit 23/64 Bourke Street, Paddington QLD 4004`.
    pattern: new RegExp(
      String.raw`\b(?:[Hh]ome|[Mm]y|[Bb]illing|[Ss]hipping|[Dd]elivery|[Pp]ostal|[Mm]ailing|[Nn]ew|[Rr]esidential) [Aa]ddress(?: is)?[,:]?\s{1,2}` +
        String.raw`(?<v>(?:(?:Unit|Apt|Flat|Suite) ?\d{1,5}[A-Za-z]?\/)?[0-9A-ZÀ-Þ][^\n,;]{3,50}, (?:[^\n,;]{2,40}, ){0,2}(?:${L}[A-Za-zÀ-ÿ' -]{1,30} )?(?:${POSTAL_END}))(?![\w])`,
    ),
    mask: 'full',
    validate: (v) => /\d/.test(v.slice(0, v.indexOf(','))) && !/\b(?:Example|Sample|Main Street 123|123 Main St)\b/i.test(v),
    remediation: 'Keep customers\' addresses out of forwarded form messages and logs',
  }),
  defineDetector({
    id: 'document-number-typed-by-sibling',
    name: "Identity document number whose kind a sibling field names (`idType: drivers_license`, `idNumber`)",
    category: 'personal',
    severity: 'high',
    priority: 56.5,
    confidence: 0.8,
    keywords: ['idnumber', 'id_number', 'document_number', 'documentnumber', 'doc_number', 'docnumber'],
    // `{"idType":"drivers_license","idState":"IL","idNumber":"K564-030-66-397"}`, `"document_type":"passport","document_number":"X1234567"`.
    pattern: /"(?:id_?number|idNumber|document_?number|documentNumber|doc_?number|docNumber)"\s{0,2}:\s{0,2}"(?<v>[A-Za-z0-9][A-Za-z0-9 -]{4,20}[A-Za-z0-9])"/,
    mask: 'tail',
    validate: (v, ctx) => /\d/.test(v) && !/^(\w)\1+$/.test(v.replace(/[ -]/g, '')) && nearby(DOC_TYPE, ctx.text, ctx.start, ctx.end, 300),
    remediation: 'Log identity verifications by their reference, without the document number',
  }),
  defineDetector({
    id: 'national-id-under-documento-by-country',
    name: 'National id under a generic document key, checked against the record\'s country (NL BSN, DE Steuer-ID)',
    category: 'personal',
    severity: 'high',
    priority: 56.5,
    confidence: 0.8,
    keywords: ['documento', 'document"', 'document=', 'documentid', 'document_id', 'id_fiscal', 'tax_number'],
    // The record's country may follow on the next lines: the window reaches 320 characters past the key, the check 250 past the value.
    span: 320,
    // `"documento":"430162765"` … `failed validation for country NL`, `"documento":"92 084 617 383"` with country DE.
    pattern: /"(?:documento|document|documentId|document_id|id_fiscal|tax_number)"\s{0,2}:\s{0,2}"(?<v>\d{9}|\d{11}|\d{2} \d{3} \d{3} \d{3})"/,
    mask: 'tail',
    validate: (v, ctx) => {
      const rest = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.end + 250);
      const m = COUNTRY.exec(rest);
      const c = m?.[1];
      const d = v.replace(/ /g, '');
      if (c === 'NL') return d.length === 9 && bsnValid(d);
      if (c === 'DE') return d.length === 11 && steuerIdValid(d);
      return false;
    },
    remediation: 'Log partner webhook rejections by lead id, without the applicant\'s national id',
  }),
  defineDetector({
    id: 'us-ssn-bare-after-mention',
    name: 'US SSN as 9 bare digits in a sentence that names it (`SSN … (571857209)`)',
    category: 'personal',
    severity: 'high',
    priority: 52.5,
    confidence: 0.75,
    keywords: ['ssn', 'social security'],
    // `a rep pasted a customer's SSN into the HubSpot notes for Dustin Castellano (571857209)`.
    pattern: /(?<![\w.+\/#:-])(?<v>\d{9})(?![\w-]|\.\d)/,
    mask: 'ssn',
    validate: (v, ctx) => ssnValid(v) && /\b(?:SSN|ssn|[Ss]ocial [Ss]ecurity)\b/.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start)),
    remediation: 'Remove this SSN from the message and from wherever it was pasted (CRM note, call recording)',
  }),
  defineDetector({
    id: 'street-line-under-address-line-key',
    name: 'Street line under an address-line key (`line1`, `street1`, `address_line_1`) beside city or postal code',
    category: 'personal',
    severity: 'medium',
    priority: 44.5,
    confidence: 0.7,
    keywords: ['line1', 'line_1', 'address1', 'street1', 'street_address', 'streetaddress', 'addressline1', 'address_line1', 'address_line_1'],
    // `"billing_address":{"line1":"1-4-16 Nishi-Shinjuku, Shinjuku-ku","city":"Tokyo"}`, `"street1":"Unit 13/40 Bourke Street"`.
    pattern: new RegExp(String.raw`"(?:${LINE_KEY})"\s{0,2}:\s{0,2}"(?<v>[^"\\\n]{5,80})"`),
    mask: 'full',
    placeholders: true,
    validate: (v, ctx) =>
      /\d/.test(v) && /\p{L}{3}/u.test(v) && !/^(?:n\/?a|none|null|redacted|\*+|x+)$/i.test(v) && !/\*{3}|\[redacted\]|<[a-z_]+>/i.test(v) &&
      nearby(ADDRESS_SIBLING, ctx.text, ctx.start, ctx.end, 200),
    remediation: 'Log billing and shipping updates by customer id, without the street address',
  }),
  defineDetector({
    id: 'graph-api-object-id',
    name: 'Meta Graph API object id in a request path (public id, no card)',
    category: 'personal',
    severity: 'low',
    priority: 72.5,
    confidence: 0.8,
    keywords: ['graph.facebook.com/'],
    // `POST https://graph.facebook.com/v19.0/381722758284150/events`: a pixel's, page's or ad account's id, Luhn-valid by chance.
    pattern: /graph\.facebook\.com\/(?:v\d{1,2}\.\d\/)?(?:act_)?(?<v>\d{6,20})(?![\w])/,
    mask: 'full',
    validate: () => ({ ok: true, public: true, severity: 'low' }),
    remediation: 'No action needed: a Graph API object id is public',
  }),
];
