/**
 * Street addresses that are a company's, not a person's: a registered office in a footer or an imprint, an IdP's
 * or a mailer's branding, a merchant's or a store's address. The street-address detectors report these as
 * public (redacted, not counted as a leak).
 */

/** Words right before an address that say whose it is: a company's office (English, German, French, Spanish, Italian, Dutch). */
const OFFICE_WORDS = String.raw`registered (?:office|address)|head ?(?:office|quarters)|headquarters|HQ|corporate (?:office|address|headquarters)|(?:company|business|office|visiting) address|principal (?:place of business|office)|our (?:office|address)|(?:firmen|gesch(?:ä|ae)fts)(?:sitz|adresse|anschrift)|sitz der gesellschaft|si(?:è|e)ge(?: social)?|sede (?:legale|social|operativa)|domicilio (?:social|fiscal de la empresa)|statutaire zetel|(?:bezoek|kantoor|vestigings)adres`;

/** Key names of a company's or a brand's address (`companyAddress`, `employer_address` of a W-2 header, `org.address`, `footer`, `imprint`, `merchant_address`). */
const COMPANY_KEY = String.raw`(?:company|employer|org|organi[sz]ation|business|office|corporate|hq|headquarters|registered|merchant|store|shop|branch|vendor|supplier|issuer|brand(?:ing)?|footer|imprint|impressum|legal[_ -]?entity)(?:[_ .-]?(?:address|addr|street|location|info|details|profile|settings))?`;

/** A company's name with its legal form, then a separator (`Acme GmbH, `, `Brightlake Inc. · `, `Northwind Health plc – `). */
const LEGAL_NAME = String.raw`[^,;\n"{}]{1,60}?\s(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|Corp\.?|S\.A\.?|SAS|SARL|S\.r\.l\.?|S\.p\.A\.?|B\.V\.?|N\.V\.?|AB|Oy|ApS|A\/S|AS|Pty\.? Ltd\.?)\s{0,2}[,·|–—-]\s{0,3}`;

/** The words or a company key right before the address (`Registered office: `, `"footer":"`, `companyAddress=`, `HQ – `, `Impressum: Acme GmbH, `). */
const OFFICE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${OFFICE_WORDS})\b\)?,?|(?<![A-Za-z])${COMPANY_KEY}\\{0,3}["']?)\s{0,3}(?:[:=]|=>|[-–—|·])?\s{0,3}\\{0,3}["']?\s{0,3}(?:${LEGAL_NAME})?$`,
  'i',
);

/** A capitalised company name with its legal form right before the address, as letterheads write it (`Acme GmbH, Hauptstraße 5`). */
const LEGAL_BEFORE = new RegExp(String.raw`(?:^|[\s"'(:])[A-Z]${LEGAL_NAME}$`);

/** An XML element or a SAML attribute named for a company's address (`<CompanyAddress>`, `Name="organizationAddress">…<AttributeValue>`). */
const XML_COMPANY_BEFORE = new RegExp(
  String.raw`(?:<(?:[\w-]{1,20}:)?${COMPANY_KEY}(?:\s[^<>]{0,200})?>|Name\s?=\s?["'](?:[^"']{0,80}[/:#])?${COMPANY_KEY}["'][^<>]{0,200}>\s{0,40}<(?:[\w-]{1,20}:)?AttributeValue(?:\s[^<>]{0,200})?>)\s{0,4}$`,
  'i',
);

/** A JSON or YAML object opened under a company key (`"company":{"name":"…","address":"`): its members are the company's. */
const COMPANY_OBJECT = new RegExp(String.raw`(?<![A-Za-z])${COMPANY_KEY}\\{0,3}["']?\s{0,3}[:=]\s{0,3}\{[^{}]{0,300}$`, 'i');

/** A stem of OFFICE_WORDS or COMPANY_KEY: without one before the address, neither can match. */
const COMPANY_HINT = /office|quarter|\bhq|compan|employer|organi|\borg|business|corporate|regist|merchant|store|shop|branch|vendor|supplier|issuer|brand|footer|imprint|impressum|legal|firmen|gesch|sitz|si(?:è|e)ge|sede|domicilio|zetel|adres/i;

/** A vCard `ADR` property typed as a work address, its empty post-office-box and extended fields (`ADR;TYPE=WORK,PREF:;;`). */
const VCARD_WORK_BEFORE = /(?:^|[\s"'])ADR;(?:TYPE=)?(?:[\w,=;-]{0,30}[;,=])?WORK(?:[,;][\w,=;-]{0,30})?:;{0,2}$/i;

/** A company's name ending in its legal form (`Globex Logistics GmbH`, `Stark Trading Pte. Ltd.`, `Hooli Japan 株式会社`). */
const LEGAL_VALUE = /(?:\s(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|Corp\.?|S\.A\.?|SAS|SARL|S\.r\.l\.?|S\.p\.A\.?|B\.V\.?|N\.V\.?|AB|Oy|ApS|A\/S|AS|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Sdn\.? Bhd\.?|K\.K\.|GK)|株式会社|有限会社|合同会社)$/;

/** A member of a JSON object or a Ruby/Python hash (`"Name":"Globex GmbH"`, `'company': 'Acme'`): its key and its value. */
const MEMBER = /["']([A-Za-z_][\w.-]{0,40})["']\s{0,3}(?::|=>)\s{0,3}["']([^"'\n{}]{0,120})["']/g;

/** Keys of a member that names a person (a contact's name, a recipient, an attention line). */
const PERSON_KEY = /(?:^|_)(?:first|last|given|family|middle|full|sur|display|contact|person|attn|attention|recipient|customer|employee|member|holder|owner|dob|birth)|^(?:first|last|given|family|full|display|contact)[A-Z]|name[_-]?(?:first|last)|^[flm]_?name$/i;

/**
 * Round r73: true when the address at `text[start]` is a member of one object whose other members name only a company —
 * a `company` or a `name` member whose value ends in a legal form (`{"Name":"Globex Logistics GmbH","BillingStreet":"…"}`
 * of a CRM account, `{"company":"Hooli Japan 株式会社","address":"…"}` of a shipper) — and none a person (no first or
 * last name, contact, recipient, attention line, a `name` that is no company's, a personal mailbox key).
 */
function inCompanyOnlyObject(text: string, start: number): boolean {
  const open = text.lastIndexOf('{', start);
  if (open < 0 || start - open > 600) return false;
  const closeRel = text.slice(start, start + 600).indexOf('}');
  if (closeRel < 0) return false;
  const body = text.slice(open, start + closeRel);
  if (body.includes('{', 1)) return false;
  // An object opened under a person's key (`"recipient":{…}`) is the person's; an address under a home key is theirs.
  if (/(?:recipient|customer|payee|consignee|beneficiary|employee|user|member|holder|person|contact|patient|shipping|delivery|ship_?to|sold_?to|bill_?to)\w{0,12}["']?\s{0,3}(?::|=>|=)\s{0,3}$/i.test(text.slice(Math.max(0, open - 60), open))) return false;
  const ownKey = /["']?([A-Za-z_][\w.-]{0,40})["']?\s{0,3}(?::|=>|=)\s{0,3}["']$/.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? '';
  if (/home|private|personal|residen|customer|employee|user|member|patient|shipping|delivery|mailing/i.test(ownKey)) return false;
  let company = false;
  for (const m of body.matchAll(MEMBER)) {
    const key = m[1]!;
    const value = m[2]!.trim();
    if (PERSON_KEY.test(key)) return false;
    // The company's name with its legal form: a bare value (`"organization":"Ann Lee"` of a client record) may be a person's.
    if (/^(?:company|company_?name|companyName|organi[sz]ation|org_?name|account_?name|AccountName|business_?name|name)$/i.test(key)) {
      if (!LEGAL_VALUE.test(value)) return false;
      company = true;
    }
  }
  return company;
}

/**
 * True when the address at `text[start]` is a company's: office words or a company key right before it
 * (`Registered office: 500 Howard Street…`, `"footer":"…"`, `"companyAddress":"…"`), or a member of an object
 * opened under such a key. A person's address beside a company name (`"company":"Acme","home_address":"…"`)
 * is not: the key that names the address decides.
 */
export function isCompanyAddress(text: string, start: number): boolean {
  if ((text[start - 1] === '"' || text[start - 1] === "'") && inCompanyOnlyObject(text, start)) return true;
  if (text[start - 1] === '>' && XML_COMPANY_BEFORE.test(text.slice(Math.max(0, start - 600), start))) return true;
  // The line before the address, at most 240 characters (no search back to a line start: a long line has none near).
  const window = text.slice(Math.max(0, start - 240), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  // Cheap tests first: every street match of a line full of addresses asks this.
  if (/[,·|–—-]\s{0,3}$/.test(before.slice(-5)) && LEGAL_BEFORE.test(before.slice(-90))) return true;
  // A vCard's work address (`ADR;TYPE=WORK:;;500 Howard St…`): the office's, as the card's ORG says.
  if (before.includes(';') && VCARD_WORK_BEFORE.test(before)) return true;
  if (!COMPANY_HINT.test(before)) return false;
  if (OFFICE_BEFORE.test(before)) return true;
  // A member of an object under a company key: the member's own key must not name a person's address.
  if (!before.includes('{') || !COMPANY_OBJECT.test(before)) return false;
  const key = /["']?([A-Za-z_][\w.-]{0,40})\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?$/.exec(before)?.[1] ?? '';
  return !/home|private|personal|residen|customer|employee|user|member|patient|billing|shipping|delivery/i.test(key);
}
