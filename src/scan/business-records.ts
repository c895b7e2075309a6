import { LEGAL_FORM, ORG_END, ORG_NOUN } from './org-names';
import { companyTaxId, inFhirOrganisation } from './org-contexts';

/**
 * Round r78: a phone number, a street line or a postcode that is a business's, not a person's, in the object of an API
 * that describes a business (a CRM Account, a payments provider's Location, an accounting CompanyInfo, a payroll
 * provider's company, a mailing list's `contact` block, a helpdesk's organisation phone). Such values are public by
 * design (they are printed on invoices and storefronts): they are reported as public, not as leaks.
 *
 * The rule stays local and conservative. The scope is the object the value is a member of (and, for an object inside an
 * array or under a sub-key, its parent), or on a line with no object around the value, the 300 characters either side
 * on that line. The value is a business's when the scope names a business — a name member whose value ends in a legal
 * form (`"Name":"Acme Widgets GmbH"`, `business_name="Initech SAS"`, `CompanyName=Globex Corporation`), or the value's
 * own key is a company's (`org_phone`, `company_phone`, `CompanyAddr`) beside a role mailbox (`support@`, `accounts@`) —
 * and nothing in the scope is a person's: no first, last, given, family, display or contact name, no birth date, no
 * SSN or national id, no name member that is not a company's, no mailbox that is not a role's, and the value's own key
 * is not a home, mobile or personal one.
 */

/** A name member whose value ends in a legal form (JSON, a Ruby/Python hash, logfmt quoted or not). */
const LEGAL_NAME_MEMBER = new RegExp(
  String.raw`(?:^|[^A-Za-z])(?:(?:(?:company|business|legal|trade|org|organi[sz]ation|account|merchant|vendor|entity)[_ -]?)?name|company|organi[sz]ation|business|merchant|legal[_ -]?entity)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?[^"'\n{}=,]{1,80}?\s${LEGAL_FORM}(?=["'\s,;}]|$)`,
  'i',
);

/** A member whose key names the record's business, whatever its value (`business_name="Northwind Traders"`, `CompanyName=…`). */
const BUSINESS_NAME_KEY = /(?:^|[^A-Za-z])(?:company|business|trade|organi[sz]ation|merchant|store|shop|dba)[_ -]?name["']?\s{0,2}(?::|=>|=)\s{0,2}["']?[A-Za-z0-9]/i;

/** A record typed as a business's (`"type":"Account"`, `"object":"location"`, `"business_type":"company"`, `"entity_type":"organization"`). */
const BUSINESS_TYPE = /(?:^|[^A-Za-z])(?:type|object|entity_?type|business_?type|kind|resourceType)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?:company|business|organi[sz]ation|location|merchant|corporation|legal_?entity|Account|Organisation|Organization|Location|CompanyInfo)\b/;

/** A company key right before the value (`org_phone="`, `CompanyAddr=`, `"business_phone":"`). */
const COMPANY_OWN_KEY = /(?:^|[^A-Za-z])(?:org|organi[sz]ation|company|business|corporate|merchant|store|shop|location|support)[_ -]?(?:phone|tel|telephone|addr|address|street|line1|fax)\w{0,12}["']?\s{0,2}(?::|=>|=)\s{0,2}["']?$/i;

/** A role mailbox, not a person's (`support@`, `accounts@`, `payroll@`). */
const ROLE_MAILBOX = /(?:^|[^\w.+-])(?:support|info|help|helpdesk|contact|accounts?|billing|payroll|sales|hello|office|admin|noreply|no-reply|service|team|hr|finance|invoices?|orders|care|ap|ar)@/i;

/** Any mailbox in the scope, to see whether one is not a role's. */
const MAILBOX = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;

/** Keys that name a person or their personal data. */
const PERSON_KEY = /(?:^|[^A-Za-z])(?:first|last|given|family|middle|full|sur|display|contact|person|attn|attention|recipient|customer|employee|member|holder|owner|shopper|payer|buyer|patient|user)[_ -]?name|(?:^|[^A-Za-z])(?:employer|job_?title|occupation|[fl]name|firstname|lastname|givenname|familyname|dob|date_?of_?birth|birth_?date|birthdate|birthday|ssn|nin|national_?id|tax_?identifier|home_?email|personal_?email|home_?address|home_?phone|mobile_?phone)(?=["'\s:=])/i;

/** A name member with its value (to see whether one names no company). */
const NAME_MEMBER = /(?:^|[^A-Za-z_])["']?name["']?\s{0,2}(?::|=>|=)\s{0,2}["']([^"'\n{}]{1,80})["']/gi;

/** The value's own key when it is a person's (`home_phone`, `mobilePhone`, `personal_address`). */
const PERSONAL_OWN_KEY = /(?:home|mobile|cell|personal|private|residen|customer|employee|user|member|shipping|delivery|billing_details)\w{0,20}["']?\s{0,2}(?::|=>|=)\s{0,2}["']?$/i;

/** The key an object is opened under, when it names a person (`"recipient":{`, `customer=>{`, `'shipping': {`). */
const PERSON_OBJECT_KEY = /(?:recipient|customer|payee|payer|consignee|beneficiary|employee|user|member|holder|owner|person|individual|contact|patient|shopper|buyer|applicant|shipping|delivery|ship_?to|sold_?to|bill_?to|billing_details|home)\w{0,12}["']?\s{0,3}(?::|=>|=)\s{0,3}\[?\s{0,3}$/i;

const LEGAL_END = new RegExp(String.raw`\s${LEGAL_FORM}$`);

/** Stems of every business sign above: a value with none of them within 300 characters is in no business's record (a cheap first test). */
const BUSINESS_HINT = /compan|business|organi|clinic|hospital|medical|health|partners|universit|institut|foundation|insurance|bank|pharmac|resourceType|\borg_|merchant|legal|trade|store|shop|location|support|dba|GmbH|\bAG\b|\bInc\b|Incorporated|Corp|Ltd|Limited|LLC|LLP|plc|PLC|\bSAS?\b|SARL|S\.A\.|S\.r\.l|S\.p\.A|\bB\.?V\b|\bN\.?V\b|\bAB\b|\bOy\b|ApS|A\/S|\bAS\b|Pty|Pte|K\.K\.|\bSE\b|\bKG|\bS\.?L\b|Account|Organisation/i;

/** The object around `[start, end)`: its `{` and `}` within 600 characters, or null. */
function enclosing(text: string, start: number, end: number): [number, number] | null {
  let depth = 0;
  let open = -1;
  for (let i = start - 1, stop = Math.max(0, start - 600); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    } else if (c === 10) break;
  }
  if (open < 0) return null;
  depth = 0;
  for (let i = end, stop = Math.min(text.length, end + 600); i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) {
      if (depth === 0) return [open, i + 1];
      depth--;
    } else if (c === 10) break;
  }
  return null;
}

/** True when `scope` names a person (see the module's comment). */
function namesPerson(scope: string): boolean {
  if (PERSON_KEY.test(scope)) return true;
  for (const m of scope.matchAll(NAME_MEMBER)) if (!LEGAL_END.test(m[1]!.trim()) && !ORG_END.test(m[1]!.trim())) return true;
  for (const m of scope.matchAll(MAILBOX)) if (!ROLE_MAILBOX.test(` ${m[0]}`)) return true;
  return false;
}

/** True when `scope` names a business: the value's own company key, a legal-form name, a business name key, a business type. */
function namesBusiness(scope: string, ownKeyIsCompany: boolean): boolean {
  return ownKeyIsCompany || LEGAL_NAME_MEMBER.test(scope) || BUSINESS_NAME_KEY.test(scope) || BUSINESS_TYPE.test(scope);
}

/** True when the phone, street line or postcode at `text[start, end)` is a member of a business's record (module comment). */
export function inBusinessRecord(text: string, start: number, end: number): boolean {
  if (!BUSINESS_HINT.test(text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300)))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (PERSONAL_OWN_KEY.test(before)) return false;
  const ownKeyIsCompany = COMPANY_OWN_KEY.test(before);
  const obj = enclosing(text, start, end);
  if (obj !== null) {
    const scope = text.slice(obj[0], obj[1]);
    if (namesPerson(scope)) return false;
    // A company's name with its legal form decides; otherwise an object opened under a person's key is the person's.
    if (LEGAL_NAME_MEMBER.test(scope)) return true;
    if (PERSON_OBJECT_KEY.test(text.slice(Math.max(0, obj[0] - 40), obj[0]))) return false;
    if (namesBusiness(scope, ownKeyIsCompany)) return true;
    // An object inside an array or under a sub-key (`"locations":[{…}]`): its parent names the business.
    const parent = enclosing(text, obj[0], obj[1]);
    if (parent === null || PERSON_OBJECT_KEY.test(text.slice(Math.max(0, parent[0] - 40), parent[0]))) return false;
    const outer = text.slice(parent[0], parent[1]);
    return !namesPerson(outer) && namesBusiness(outer, ownKeyIsCompany);
  }
  // No object around the value: the line around it (logfmt, `Key=value` dumps).
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const scope = text.slice(Math.max(lineStart, start - 300), Math.min(lineEnd, end + 300));
  return !namesPerson(scope) && namesBusiness(scope, ownKeyIsCompany);
}

/** A company's name with its legal form, then a signature's separator, ` Support at`, or the line's end (`Nordpak B.V. · 0800 0231`). */
const COMPANY_LINE = new RegExp(String.raw`(?:^|[\s(])[A-Z][\w&'.-]{0,30}(?: [A-Z&][\w&'.-]{0,30}){0,4} (?:${LEGAL_FORM}|${ORG_NOUN})(?:\s+(?:Support|Customer|Service|Team|Kundenservice|Kundendienst|Helpdesk)\b[^\n·|•]{0,24})?(?:\s*(?:[·|•,–—]|=C2=B7|&middot;|&#183;)\s*|\s+(?:at|unter|au|al|em|pod|op)\s+|\s*$)|株式会社`);

/**
 * Round l86: true when the phone, street line or postcode at `start` is in a company's signature or footer: its own line
 * holds the company's name with its legal form before it (`Nordpak B.V. · 0800 0231`, `call Maison Lumen SAS Support at
 * 0 800 94 11 20`), or the line above opens with one (`Fernway Ltd · 0800 … · support@…` over `3 Brindley Place, …`).
 */
export function inCompanySignature(text: string, start: number): boolean {
  // Bounded reads only (at most 200 characters back to the line's start, 200 of the line above): a 256 KB line of phones
  // must not cost a scan back to its start per phone.
  const from = Math.max(0, start - 200);
  const nl = text.slice(from, start).lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const lineStart = nl < 0 ? 0 : from + nl + 1;
  if (COMPANY_LINE.test(text.slice(lineStart, start))) return true;
  // Round l87: an NPPES listing's line of an organisation (NPI entity type 2) gives the organisation's practice address.
  if (NPI_ORGANISATION.test(text.slice(lineStart, start))) return true;
  if (lineStart === 0 || start - lineStart > 60 || !CONTACT_PREFIX.test(text.slice(lineStart, start))) return false;
  // Round l87: the company's line up to three lines above, over the block's other short lines (`Sunbelt Orthopedic
  // Partners` / `1301 W 38th St, Austin, TX 78705` / `Main: (512) 476-2131 · Fax: …`); a blank or long line ends the block.
  let end = lineStart - 1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const above = text.slice(Math.max(0, end - 200), end);
    const nl = above.lastIndexOf('\n');
    if (nl < 0 && end > 200) return false;
    const prev = above.slice(nl + 1);
    if (prev.trim() === '' || prev.length > 120) return false;
    if (COMPANY_LINE.test(prev) && /^[^:]{0,120}(?:[·|•]|=C2=B7|&middot;|$)/.test(prev) && !/\b(?:name|customer|client|kunde|cliente)\s*[:=]/i.test(prev)) return true;
    end = end - above.length + nl;
  }
  return false;
}

/** An NPI listed with entity type 2 (an organisation, not an individual provider): `NPI 1868183520  type 2  taxonomy …`. */
const NPI_ORGANISATION = /\bNPI\b[^\n]{0,40}?\b(?:type|entity(?:[_ ]type)?(?:[_ ]code)?)[ \t:=]{1,3}2\b/i;

/** What may stand before a contact on a signature's line: nothing, labels (`Main:`, `Fax:`) and other phone numbers with separators. */
const CONTACT_PREFIX = /^(?:[\s\d()+./·|•–—-]|(?:Main|Tel|Phone|Fax|Office|Switchboard|Toll-free|Hotline|Reception|Front desk|Telefon|T|F)\b\.?:?)*$/i;

/** Round l85: a company's name with its legal form, then a comma: the opening of a business's address (`Acme GmbH, Friedrichstraße 68`). */
const LEGAL_OPEN = new RegExp(String.raw`^[^,\r\n]{1,60}\s${LEGAL_FORM},\s`);

/** True when an address value opens with a company's name and legal form (`Lumen Pay Ltd, 1 Canada Square, London`). */
export function opensWithLegalEntity(value: string): boolean {
  if (LEGAL_OPEN.test(value)) return true;
  if (!/%2C/i.test(value)) return false;
  try {
    return LEGAL_OPEN.test(decodeURIComponent(value.replace(/\+/g, ' ')));
  } catch {
    return false;
  }
}

/** A person-name match that is a company's name with its legal form (`Globex Corporation`, `Acme Widgets GmbH`), or an organisation's (`Lakeshore Family Clinics`, round l87). */
export function isLegalEntityName(value: string): boolean {
  return LEGAL_END.test(value.trim()) || ORG_END.test(value.trim());
}

/**
 * Round l86: the phones, street lines and postcodes among `matches` that stand in a company's signature or footer
 * (inCompanySignature), reported as public. Run on the whole text after the overlaps are resolved: a line window does
 * not hold the line above.
 */
export function markCompanySignatures<M extends ContactMatch>(text: string, matches: M[]): M[] {
  return matches.map((m) =>
    m.detector.category === 'personal' && !m.verdict.public && !m.verdict.test && ((CONTACT_DETECTOR.test(m.detector.id) && (inCompanySignature(text, m.start) || inFhirOrganisation(text, m.start))) || companyTaxId(text, m.start, m.end))
      ? { ...m, verdict: { ...m.verdict, public: true } }
      : m,
  );
}

/** What markCompanySignatures reads of a match (a RawMatch: its detector, offsets and verdict). */
interface ContactMatch {
  detector: { category: string; id: string };
  start: number;
  end: number;
  verdict: { public?: boolean; test?: boolean };
}

/** Detectors of a contact's phone or address (their ids say so). */
const CONTACT_DETECTOR = /phone|street|address|postcode|postal|zip/;
