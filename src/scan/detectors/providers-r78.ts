import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { myNumberValid } from '../id-checksums-extra';
import { aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, nirValid, sinValid, steuerIdValid, tfnValid } from '../id-checksums';
import { curpValid, ninoValid } from '../id-checksums-more';
import { isLowEntropy } from '../validators';
import { labelledNameOk } from './names-h28';

/**
 * Round r78 (blind set 78: personal and financial data inside the objects of SaaS and payment APIs as integration error
 * logs print them). Classes, each told by the API's own layout or by a national format with its checksum:
 * - a person's name and street line under bracketed form keys, as Go prints a `url.Values` map or Rails its params
 *   (`billing_details[name]:[Ainhoa García Ortega]`, `billing_details[address][line1]:[Avinguda Diagonal 107, 6º Dcha.]`,
 *   `shipping[name]=…`): Stripe's form-encoded API writes every object this way;
 * - an API key that is also a Basic auth user name, printed in plain beside the header (`Authorization: Basic <b64>;
 *   key <40 hex>`: BambooHR takes its API key as the user name, `x` as the password) — the plain value is the decoded user;
 * - a national id under a record's `nin`/`TaxIdentifier`/`tax_identifier` key (BambooHR's `nin`, QuickBooks' Vendor
 *   `TaxIdentifier`) in any of the national layouts whose checksum it passes: NINO, SIN, TFN, BSN, Steuer-ID,
 *   My Number, Aadhaar, CPF, CURP, NIR, codice fiscale;
 * - a Japanese street line in romaji (`3-10-17 Sakurashinmachi`: chōme-ban-gō, then the district) under an address key or
 *   on a line with Japanese signs (`+81`, `.jp`, `-shi`, `-ku`, a `NNN-NNNN` postcode);
 * - an Australian unit address (`Unit 11/106 Brunswick Rd`: unit/number, street, its type);
 * - a Brazilian mobile in national layout (`(70) 97915-4909`: area code in parentheses, 9 and eight digits);
 * - phone numbers under DocuSign's `senderProvidedNumbers` (a recipient's phone authentication).
 * Left alone on purpose: a bracketed `[name]` that is no person's (`[name]:[sepa_debit]`, a product), a `key` of hex
 * that no Basic header on its line decodes to, a number under `nin` that passes no checksum, a chōme-like run with no
 * address key or Japanese sign (`1-2-3 Release`), `Unit 3/4` with no street type after it.
 */

/**
 * True when a Basic auth header within 600 characters encodes `value:…`: the user name is the start of the decoded
 * credentials, so the header's base64 starts with the encoding of `value:` (its whole 4-character groups).
 */
function basicUserNear(text: string, start: number, value: string): boolean {
  const full = Buffer.from(`${value}:`, 'latin1').toString('base64');
  const head = full.slice(0, Math.floor((value.length + 1) / 3) * 4);
  const window = text.slice(Math.max(0, start - 600), Math.min(text.length, start + 600));
  const at = window.indexOf(head);
  return at >= 6 && /Basic\s{1,3}$/i.test(window.slice(Math.max(0, at - 10), at));
}

/** National layouts with their checksums: what a record's `nin` or tax identifier may hold. */
const NATIONAL_LAYOUTS: readonly (readonly [RegExp, (v: string) => boolean])[] = [
  [/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/, ninoValid],
  [/^\d{3}[ -]?\d{3}[ -]?\d{3}$/, (v) => sinValid(v) || tfnValid(v) || bsnValid(v)],
  [/^\d{11}$/, steuerIdValid],
  [/^\d{4} ?\d{4} ?\d{4}$/, (v) => myNumberValid(v) || aadhaarValid(v)],
  [/^\d{3}\.\d{3}\.\d{3}-\d{2}$/, cpfValid],
  [/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/, curpValid],
  [/^[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}$/, nirValid],
  [/^[A-Z]{6}[\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/, codiceFiscaleValid],
];

/** Signs that a line holds a Japanese address or contact (`+81`, a `.jp` mailbox, `-shi`/`-ku`/`-cho`, a `NNN-NNNN` postcode, 〒). */
const JP_SIGN = /\+81|\.jp\b|\b[A-Z][a-z]{2,20}-(?:shi|ku|cho|machi|gun)\b|(?<![\d-])\d{3}-\d{4}(?![\d-])|〒|\b(?:Tokyo|Osaka|Kyoto|Fukuoka|Sapporo|Yokohama|Nagoya|Kobe|Sendai|Japan)\b/;

export const PROVIDERS_R78_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-bracket-form-key',
    name: "Person's name under a bracketed form key (`billing_details[name]:[…]`, `shipping[name]=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 40, // under the older form-key name detectors (`…[name]=`), which name the same spans
    confidence: 0.7,
    keywords: ['[name]'],
    pattern: /\[(?:name|full_name|account_holder_name|cardholder_name|holder_name)\](?::\[|=|: ?\[?)(?<v>[^\][\r\n=&"]{3,60}?)(?=\]|&|"|\s{2}|$)/m,
    mask: 'full',
    validate: (v) => labelledNameOk(v.trim()) && v === v.trim(),
    remediation: "Log API requests by object id, without the customer's billing details",
  }),
  defineDetector({
    id: 'street-line-bracket-form-key',
    name: 'Street line under a bracketed form key (`billing_details[address][line1]:[…]`)',
    category: 'personal',
    severity: 'medium',
    priority: 46, // over the generic name and street detectors: the form key names the field
    confidence: 0.7,
    keywords: ['[line1]', '[line2]', '[address_line1]', '[street]'],
    pattern: /\[(?:line1|line2|address_line1|street)\](?::\[|=|: ?\[?)(?<v>[^\][\r\n=&"]{4,80}?)(?=\]|&|"|\s{2}|$)/m,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /\p{L}{3}/u.test(v) && v === v.trim() && !/^\d+$/.test(v),
    remediation: "Log API requests by object id, without the customer's address",
  }),
  defineDetector({
    id: 'basic-auth-user-in-plain',
    name: 'API key that is the user of a Basic auth header on its line, printed in plain (`Basic <b64>; key <hex>`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.85,
    keywords: ['basic '],
    pattern: /(?<![\w+/-])(?<v>[A-Za-z0-9_-]{20,80})(?![\w+/=-])/,
    validate: (v, ctx) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && basicUserNear(ctx.text, ctx.start, v),
    remediation: 'Rotate this API key (BambooHR: account → API keys) and log requests without their credentials',
  }),
  defineDetector({
    id: 'national-id-under-nin-or-tax-identifier',
    name: 'National id under a `nin`/`TaxIdentifier` key, in a national layout with a valid checksum',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['nin"', "nin'", 'nin=', 'nin:', 'taxidentifier', 'tax_identifier', 'tax-identifier'],
    pattern: /(?<![A-Za-z0-9_])(?:nin|[Tt]ax_?[Ii]dentifier|TAX_IDENTIFIER|tax-identifier)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[A-Z0-9][A-Z0-9 .-]{7,20}[A-Z0-9])(?=["',;}\s]|$)/,
    mask: 'full',
    validate: (v) => NATIONAL_LAYOUTS.some(([layout, ok]) => layout.test(v) && ok(v)),
    remediation: "Log employee and vendor records by id, without their national or tax identifiers",
  }),
  defineDetector({
    id: 'jp-chome-street-romaji',
    name: 'Japanese street line in romaji (`3-10-17 Sakurashinmachi`) under an address key or on a line with Japanese signs',
    category: 'personal',
    severity: 'medium',
    priority: 38,
    confidence: 0.65,
    keywords: ['address', 'street', 'addr', 'line1', '+81', '.jp', '-shi', '-ku'],
    pattern: /(?<![\w./:-])(?<v>[1-9]\d?-[1-9]\d?-[1-9]\d{0,2} (?:[A-Z][a-z]{3,20}(?:-[A-Z][a-z]{3,20})?)(?: (?:Honcho|Honmachi|Higashi|Nishi|Minami|Kita|Naka|Chuo))?)(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 40), ctx.start);
      if (/(?:address|street|addr|line1|line_1|Street)\w{0,10}["']?\s{0,2}(?::|=>|=)\s{0,2}["']?$/i.test(before)) return true;
      const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let lineEnd = ctx.text.indexOf('\n', ctx.end);
      if (lineEnd < 0) lineEnd = ctx.text.length;
      return JP_SIGN.test(ctx.text.slice(Math.max(lineStart, ctx.start - 300), Math.min(lineEnd, ctx.end + 300)));
    },
    remediation: "Log customer records by id, without their home address",
  }),
  defineDetector({
    id: 'au-unit-street-address',
    name: 'Australian unit address (`Unit 11/106 Brunswick Rd`)',
    category: 'personal',
    severity: 'medium',
    priority: 38,
    confidence: 0.7,
    keywords: ['unit ', 'apt ', 'flat ', 'suite '],
    pattern: /(?<![\w-])(?<v>(?:Unit|Apt|Flat|Suite) \d{1,4}[A-Z]?\/\d{1,5}[A-Z]? (?:[A-Z][a-z]{2,20} ){1,3}(?:St|Rd|Dr|Ave|Av|Pde|Cres|Hwy|Tce|Pl|Ct|Ln|Way|Blvd|Cl|Gr|Esp|Cct|Street|Road|Drive|Avenue|Parade|Crescent|Highway|Terrace|Place|Court|Lane|Boulevard|Close|Grove)\.?)(?![\w-])/,
    mask: 'full',
    remediation: "Log customer records by id, without their home address",
  }),
  defineDetector({
    id: 'br-mobile-national-parens',
    name: 'Brazilian mobile number in national layout (`(70) 97915-4909`)',
    category: 'personal',
    severity: 'medium',
    priority: 46, // over the generic phone layouts: the area code in parentheses and the mobile 9 are Brazil's
    confidence: 0.7,
    shape: 'phone',
    pattern: /(?<![\w(+-])(?<v>\([1-9]\d\) ?9\d{4}-\d{4})(?![\w-])/,
    mask: 'phone',
    remediation: "Log customers by id, without their phone number",
  }),
  defineDetector({
    id: 'docusign-sender-provided-number',
    name: "Recipient's phone under DocuSign's `senderProvidedNumbers` (phone authentication)",
    category: 'personal',
    severity: 'medium',
    priority: 50, // over the generic phone detectors: the key names the recipient's phone
    confidence: 0.75,
    keywords: ['senderprovidednumbers'],
    pattern: /senderProvidedNumbers["']?\s{0,2}:\s{0,2}\[\s{0,2}["'](?<v>\+?[\d() .-]{8,20}\d)["']/,
    mask: 'phone',
    validate: (v) => v.replace(/\D/g, '').length >= 8,
    remediation: "Log envelopes by id, without their recipients' phone numbers",
  }),
];
