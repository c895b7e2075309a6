import { LEGAL_FORM, ORG_NOUN } from './org-names';

/** An employer id's label right before the value (`EIN 74-2801563`, `(FEIN: …`, `Tax ID #`). */
const EIN_LABEL = /\b(?:F?EIN|Tax ID|Employer ID(?:entification Number)?)\s*(?:[:#=]|No\.?)?\s*$/i;
/** An organisation's name of two words or more anywhere (`Lakeshore Family Clinics (EIN …`, `Kestrel Analytics GmbH`). */
const ORG_NAME_ANY = new RegExp(String.raw`(?:^|[\s(,—–-])(?:[A-Z][\w&'.-]{0,30} ){1,5}(?:${LEGAL_FORM}|${ORG_NOUN})(?![\w])`);

/**
 * Round l87 (blind set 87): an EIN (`NN-NNNNNNN`) under an employer-id label after an organisation's name on its own line
 * (`Lakeshore Family Clinics (EIN 36-2167060)`), or on a signature's line (a `·` or `|` separator, a web address) with the
 * name within 400 characters above: the business's id, printed on its letterhead. Not a form's field on a line of its own
 * (`Federal EIN: 46-1168621` under `Commercial account setup - Riverside Dental LLC`: blind set 46 plants those).
 */
export function companyTaxId(text: string, start: number, end: number): boolean {
  if (!/^\d{2}-\d{7}$/.test(text.slice(start, end))) return false;
  if (!EIN_LABEL.test(text.slice(Math.max(0, start - 40), start))) return false;
  const lo = Math.max(0, start - 200);
  const lineStart = lo + text.slice(lo, start).lastIndexOf('\n') + 1;
  const before = text.slice(lineStart, start);
  if (ORG_NAME_ANY.test(before)) return true;
  return /[·|•]|https?:\/\/|\bwww\./.test(before) && ORG_NAME_ANY.test(text.slice(Math.max(0, start - 400), lineStart));
}

/** A FHIR resource's type (`"resourceType": "Organization"`, also JSON-escaped). */
const RESOURCE_TYPE = /\\{0,3}"resourceType\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"([A-Za-z]{2,40})/g;
/** FHIR resources that describe an organisation or a place, never a person. */
const ORG_RESOURCE = /^(?:Organization|Location|Endpoint|HealthcareService|InsurancePlan)$/;

/**
 * Round l87 (blind set 87): true when the contact at `start` is in a FHIR Organization or Location resource (pretty-printed
 * over many lines, which a line's object check does not see): the nearest `resourceType` within 2,000 characters before it
 * names one.
 */
export function inFhirOrganisation(text: string, start: number): boolean {
  // Bounded: a long text of contacts with no resource in it must not be searched back to its start per contact.
  const from = Math.max(0, start - 2000);
  const back = text.slice(from, start).lastIndexOf('resourceType');
  if (back < 0) return false;
  const at = from + back;
  RESOURCE_TYPE.lastIndex = Math.max(from, at - 4);
  let last: string | null = null;
  for (let m = RESOURCE_TYPE.exec(text); m && m.index < start; m = RESOURCE_TYPE.exec(text)) last = m[1]!;
  return last !== null && ORG_RESOURCE.test(last);
}

/** Words naming a business's site: a depot, a warehouse, a hub, a plant, a head office. */
const FACILITY = /\b(?:depot|warehouse|hub|fulfil?l?ment (?:center|centre)|distribution (?:center|centre)|sort(?:ing)? (?:center|centre|facility)|cross-?dock|terminal|plant|facility|headquarters|head office|branch office|HQ)\b/i;
/** Words that hand the address to a person after the site (`warehouse … ship to Ana Ruiz, …`). */
const PERSON_CUE = /\b(?:name|customer|recipient|consignee|ship(?:ping)? to|deliver(?:y)? to|attn|c\/o|home|residence|driver|courier|employee|patient)\b/i;
/** Carriers and postal services whose own address a log quotes (`(USPS, 475 L'Enfant Plaza SW, …)`, `(FedEx Customer Support, …`), and any firm's support desk. */
const CARRIER_BEFORE = /(?:(?:^|[(\s])(?:USPS|UPS|FedEx|DHL(?: Express)?|TNT|DPD|GLS|Royal Mail|Canada Post|La Poste|Deutsche Post|PostNL|Australia Post|Japan Post|Aramex|Purolator)(?: [A-Z][a-z]{1,12}){0,3}|\b(?:Customer (?:Support|Service|Care)|Corporate Office|Head Office))[,:] ?$/;

/**
 * Round l88 (blind set 89: logistics): true when the address at `start` is a business site's — a depot, warehouse, hub or
 * plant named before it on its line, with no word handing it to a person between (`depot FC PHX3 at (…) 6835 W Buckeye
 * Rd, Phoenix`), or a carrier's own (`(USPS, 475 L'Enfant Plaza SW, …)`). Bounded: 120 characters back, its line only.
 */
export function facilityAddress(text: string, start: number): boolean {
  const from = Math.max(0, start - 120);
  const nl = text.lastIndexOf('\n', start - 1);
  const before = text.slice(Math.max(from, nl + 1), start);
  if (CARRIER_BEFORE.test(before)) return true;
  const m = FACILITY.exec(before);
  return m !== null && !PERSON_CUE.test(before.slice(m.index));
}
