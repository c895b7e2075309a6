import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { dateOk } from '../id-checksums-more';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy, luhnValid } from '../validators';

/**
 * Round r48 (blind set 48: hospitality and travel): what travel systems print — UN/EDIFACT PAXLST
 * (APIS) travel-document and birth-date segments, a GDS form-of-payment card (`FP CCVI4111…/0727`),
 * a BACS line's sort code and account, an Indian PAN a few words after `PAN` in prose, loyalty and
 * frequent-flyer member numbers under their keys or after `Member … (#…)`, known-traveller numbers
 * under `ktn`, licence objects' numbers, addresses after a label in prose, and a shared secret named in prose.
 */

/** True when `v` (`YYMMDD` or `CCYYMMDD`) is a real calendar date. */
function ediDate(v: string): boolean {
  const [y, m, d] = v.length === 8 ? [+v.slice(0, 4), +v.slice(4, 6), +v.slice(6, 8)] : [2000 + +v.slice(0, 2), +v.slice(2, 4), +v.slice(4, 6)];
  return dateOk(y, m, d);
}

/** Keys of a loyalty or frequent-flyer member number. */
const MEMBER_KEY = String.raw`(?:member(?:_?(?:no|number|num|id))?|partner_?ff|ffp|ff_?(?:no|number|num)|frequent_?fl(?:y|i)er(?:_?(?:no|number|num|id))?|loyalty_?(?:no|number|num|id)|membership_?(?:no|number|num))`;

/** A member number: optionally a two-letter programme or airline code, then 8 to 12 digits. */
const MEMBER_VALUE = String.raw`(?:[A-Z]{2} ?)?\d{8,12}`;

export const TRAVEL_R48_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'edifact-paxlst-document',
    name: 'Travel document number (UN/EDIFACT PAXLST `DOC` segment, APIS)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['doc+'],
    // `DOC+P:110:111+39JE64069'`: document type (P passport, V visa, I/C/A id cards), code list qualifiers, the number.
    pattern: /(?<![A-Z])DOC\+(?:P|V|I|C|A|IP|AC|F|M|PT)(?::\d{1,3}){0,2}\+(?<v>[A-Z0-9]{5,20})(?=['+:\r\n]|$)/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Keep APIS/PAXLST messages out of logs; log the flight and message reference only',
  }),
  defineDetector({
    id: 'edifact-paxlst-birth-date',
    name: 'Date of birth (UN/EDIFACT PAXLST `DTM` segment, qualifier 329, APIS)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['dtm+329'],
    // `DTM+329:660813'`: qualifier 329 is the date of birth (YYMMDD, or CCYYMMDD with format 102).
    pattern: /(?<![A-Z])DTM\+329:(?<v>\d{6}(?:\d{2})?)(?=['+:\r\n]|$)/,
    mask: 'full',
    validate: ediDate,
    remediation: 'Keep APIS/PAXLST messages out of logs; log the flight and message reference only',
  }),
  defineDetector({
    id: 'gds-form-of-payment-card',
    name: 'Payment card number (GDS PNR form of payment `FP CC…`)',
    category: 'financial',
    severity: 'critical',
    priority: 70,
    keywords: ['fp cc', 'fpcc', 'fp pax cc', 'fp*cc', 'fp *cc'],
    // Amadeus `FP CCVI4111111111111111/0727/N123456`, `FP PAX CCCA…`: the card code (VI, CA, AX, MC, DC, JC, TP) glued to the PAN.
    pattern: /(?<![A-Z])FP ?(?:PAX ?)?\*?CC[A-Z]{2}(?<v>\d{13,19})(?=[/\s]|$)/,
    mask: 'card',
    validate: (v) => luhnValid(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Mask the form of payment in PNR dumps (PCI DSS) before logging them',
  }),
  defineDetector({
    id: 'bacs-sort-code-account',
    name: 'UK sort code and account number (a BACS line)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    keywords: ['bacs', 'sort code', 'sortcode', 'sort_code', 'faster payment', 'chaps'],
    // `BACS refund file line: 89-17-24 66617495 99 …`, `sort code 20-00-00 account 12345678`: the dashed sort code, then the 8-digit account.
    pattern: /(?<![\w-])(?<v>\d{2}-\d{2}-\d{2}(?:[ \t]{1,4}|[ \t]{0,2}[/,][ \t]{0,2}|[ \t]{1,2}(?:account|acct|a\/c)(?: no\.?| number)?:?[ \t]{1,2})\d{8})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => /bacs|sort[ _]?code|faster payment|chaps/i.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start + 200)),
    remediation: 'Remove bank details (sort code and account number) from logged payment files',
  }),
  defineDetector({
    id: 'in-pan-prose',
    name: 'Indian PAN (a few words after `PAN` in prose)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: [' pan ', 'pan for', 'pan is'],
    // `my Aadhaar-linked PAN for the GST invoice is ABCPE1234F`: the strict layout (holder type P, C, H, F, A, T, B, L, J, G) within 40 characters.
    pattern: /(?<![\w-])PAN\b[^\n]{0,40}?(?<![\w-])(?<v>[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z])(?![\w-])/,
    mask: 'full',
    validate: (v) => !/^[A-Z]{5}0000[A-Z]$/.test(v),
    remediation: 'Remove this PAN from transcripts and logs',
  }),
  defineDetector({
    id: 'loyalty-member-number',
    name: 'Loyalty or frequent-flyer member number (under a member key)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.7,
    keywords: ['member=', 'member:', 'member_no', 'memberno', 'member_number', 'membernumber', 'member_id', 'memberid', 'partner_ff', 'ffp', 'ff_no', 'ff_number', 'frequent_fl', 'frequentfl', 'loyalty_no', 'loyalty_number', 'loyaltynumber', 'loyalty_id', 'membership_no', 'membership_number'],
    // logfmt `member=894993756 partner_ff=247319432`, JSON `"ffp":"BA 8323967996"`, SQL `WHERE member_no = '73385558340'`.
    pattern: new RegExp(String.raw`(?<![\w.])${MEMBER_KEY}["']?\s{0,2}(?:[:=]|==)\s{0,2}["']?(?<v>${MEMBER_VALUE})(?![\w.-])`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')) && /loyal|point|member|tier|ff|flyer|miles|redemption|partner|status|gold|elite/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + 300)),
    remediation: 'Log loyalty accounts by an internal id, not the member number',
  }),
  defineDetector({
    id: 'loyalty-member-prose',
    name: 'Loyalty member number (after `Member <name> (#…)` in a case note)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.7,
    keywords: ['member '],
    // `Member Hannah Thornbury (#100564899) reports …`: the number in brackets after the member's name.
    pattern: /\b[Mm]ember (?:(?:[A-Z][\w'’-]{1,20}|van|von|der|den|de|del|la|le|da|dos|di) ){1,5}\((?:#|no\.? ?)(?<v>(?:[A-Z]{2})?\d{8,12})\)/,
    mask: 'tail',
    remediation: 'Log loyalty accounts by an internal id, not the member number',
  }),
  defineDetector({
    id: 'known-traveler-number-key',
    name: 'Known-traveller / redress number (under a `ktn` or known-traveller key)',
    category: 'personal',
    severity: 'high',
    priority: 56,
    confidence: 0.75,
    keywords: ['ktn', 'known_trav', 'knowntrav', 'known-trav', 'redress'],
    // `"ktn":"984987000"`, `ktn=TT3476025`: Global Entry PASSID or redress number (9 digits), PreCheck/NEXUS (letters, 7-8 digits).
    pattern: /(?<![\w.])(?:ktn|known[_-]?travell?er(?:[_-]?(?:number|no|id))?|redress(?:[_-]?(?:number|no))?)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>\d{9}|[A-Z]{2,3}\d{7,8})(?![\w.-])/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Remove trusted-traveller numbers from logs',
  }),
  defineDetector({
    id: 'drivers-licence-nested-number',
    name: "Driver's licence number (a `license`/`licence` object's `number`)",
    category: 'personal',
    severity: 'high',
    priority: 56,
    confidence: 0.75,
    keywords: ['"license":{', '"licence":{', '"license": {', '"licence": {', '"driverslicense":{', '"driver_license":{'],
    // A rental agreement's `"license":{"number":"R586-615-68-292-0","state":"TX"}`: the licence object's number field.
    pattern: /"(?:drivers?_?)?licen[cs]e"\s{0,2}:\s{0,2}\{\s{0,2}"(?:number|no|id|licen[cs]e_?number)"\s{0,2}:\s{0,2}"(?<v>[A-Z0-9][A-Z0-9 -]{4,22}[A-Z0-9])"/i,
    mask: 'full',
    validate: (v) => /\d{3}/.test(v) && !/^(\d)\1+$/.test(v),
    remediation: "Log rentals by agreement number, without the renter's licence",
  }),
  defineDetector({
    id: 'address-after-label-prose',
    name: 'Postal address after a `registered/billing/home address` label in prose',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['registered address', 'billing address', 'home address', 'mailing address', 'postal address', 'shipping address', 'residential address', 'delivery address'],
    // A case note's `registered address 5 Camden High Street, London BS8 6YS. Reset …`: to the sentence's end, a number and a comma in it.
    pattern: /\b(?:registered|billing|home|mailing|postal|shipping|residential|delivery) address(?: is| on file)?:? (?<v>[\dA-ZÀ-Þ][^.\n;:]{8,90}?)(?=\.(?:\s|$)|;|\n|$)/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && v.includes(',') && /[A-Za-zÀ-ÿ]{3}/.test(v) && !/@|https?\/\//.test(v),
    remediation: "Refer to the member's address on file instead of copying it into case notes",
  }),
  defineDetector({
    id: 'shared-secret-prose',
    name: 'Shared secret (named in prose or a comment, then a colon)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['shared secret', 'shared_secret', 'sharedsecret', 'shared-secret'],
    // `# shared secret (rapid.expedia.com partner portal): VzAa8o9pB6fxE`: the value after a colon within 60 characters of the words.
    pattern: /\bshared[ _-]?secret\b[^\n:=]{0,60}[:=][ \t]{0,3}["']?(?<v>[A-Za-z0-9+/_.~!@#$%^&*-]{10,128})(?=["']?(?:\s|$))/i,
    mask: 'full',
    validate: (v) => !isPlaceholder(v) && /[A-Za-z]/.test(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v),
    remediation: 'Rotate this shared secret in the partner portal and keep it in a secret store',
  }),
];
