import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { bsnValid } from '../id-checksums';
import { peselValid, personnummerValid } from '../id-checksums-more';
import { td1Line1Valid, td1Line2Valid, td3Line2Valid } from '../mrz-checks';

/**
 * Round r69 (blind set 69: identity verification and e-signature integrations), personal values of KYC payloads
 * (the credentials are in kyc-r69.ts):
 * - a postcode under a postal-code key (`postcode`, `postalCode`, `address_postal_code`, `address-postal-code`, `zip`,
 *   `address_zip`, ISO 20022 `<PstCd>`) in a record that also holds a street or a name: the applicant's address;
 * - the holder's name in a bank name check (SurePay/IBAN name check, Confirmation of Payee): `account_holder`, the
 *   bank's `suggested` name (often the surname alone, upper case) and a `VerificationReport`'s `Name`, JSON-escaped
 *   letters (`Fran\u00e7ois`) included;
 * - names of a business's officers (`{"name":"DESHAWN PRESCOTT","titles":[…]}`, Middesk/KYB `people`/`officers` arrays);
 * - a given name in the label of a bank account (`"name":"Latoya's Checking"`, Dwolla/Plaid funding sources);
 * - document field values named by their field id (`{"field_id":"Recipient.Name","value":"…"}`, PandaDoc/DocuSign
 *   tab values): names and streets;
 * - names in typed field objects (Persona `"name-first":{"type":"string","value":"…"}`);
 * - given and family names under name keys in any case and script the older name rules leave (`"name_first":"DeShawn"`,
 *   `'surname': 'KOWALSKI'`, `"lastName":"\u0141\u0119cka"`, `lastName=Lindqvist`, URL-encoded `%5Bname%5D=Jos%C3%A9+Luis`,
 *   CJK and Cyrillic), and a watchlist screening's `search_term`;
 * - MRZ name lines beside a data line whose check digits hold (JSON fields and arrays), and a whole ID-card MRZ (three lines);
 * - a BSN, PESEL or personnummer (checksums hold) echoed in a validation message that names its kind.
 * Left alone: names in prose and comparisons (`given name …`, `input: "…"`), names in Cyrillic or CJK under no name key,
 * the line end between a passport MRZ's two lines (mrz-td3-name-line and mrz-line take each line).
 */

/** A letter of a Latin name, raw or as a JSON `\u` escape of Latin-1 or Latin Extended-A. */
const L = String.raw`(?:[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u00[c-f][0-9a-fA-F]|\\u01[0-7][0-9a-fA-F])`;
/** An initial capital, raw or escaped. */
const C = String.raw`(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u00[cd][0-9a-fA-F]|\\u01[0-7][0-9a-fA-F])`;
const WORD = String.raw`(?:[OD]['’])?${C}${L}{1,24}(?:['’-]${C}?${L}{1,24})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al|VAN|VON|DER|DEN|DE|DEL|DA|DOS|DI|DU)`;
/** One to four name words (particles between them). */
const NAME1 = String.raw`(?:${PARTICLE} ){0,2}${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,3}`;
/** Two to four name words. */
const NAME2 = String.raw`${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){1,3}`;
const Q = String.raw`\\{0,3}["']?`;
const COLON = String.raw`${Q}\s{0,3}[:=]\s{0,3}${Q}`;

/** Words that fill a name slot but name no one (statuses, placeholders). */
const NOT_NAME = /^(?:null|none|unknown|n\/a|test|string|true|false|pending|matched|no[ _]match|close[ _]match|redacted|name|first|last|full name|john doe|jane doe)$/i;

/** A letter of a name: raw, a JSON `\u` escape (Latin-1, Latin Extended-A) or URL-encoded UTF-8 (`%C3%A9`). */
const ANY_L = String.raw`(?:[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u00[c-fC-F][0-9a-fA-F]|\\u01[0-7][0-9a-fA-F]|%C[3-5]%[89AB][0-9A-F])`;
const ANY_C = String.raw`(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u00[cdCD][0-9a-fA-F]|\\u01[0-7][0-9a-fA-F]|%C3%[89][0-9A-F]|%C[45]%[89AB][0-9A-F])`;
/** One name word: a capitalised Latin word (any case after it: `DeShawn`, `JENNIFER`), a Cyrillic or a CJK run, raw or escaped. */
const ANY_NAME = String.raw`(?:(?:[OD]['’])?${ANY_C}${ANY_L}{1,24}(?:['’-]${ANY_L}{1,24})?|(?:[\u0400-\u04ff]|\\u04[0-9a-fA-F]{2}){2,30}|(?:[\u3040-\u30ff\u4e00-\u9fff]|\\u(?:30|[4-9][0-9a-fA-F])[0-9a-fA-F]{2}){1,8}|(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al))`;
/** Keys that hold a given, family or full name (each casing written out: the pattern has no `i` flag). */
const NAME_KEY = String.raw`(?:[Ff]irst[_ -]?[Nn]ames?|FIRST_NAME|[Ll]ast[_ -]?[Nn]ames?|LAST_NAME|[Mm]iddle[_ -]?[Nn]ames?|[Gg]iven[_ -]?[Nn]ames?|[Ff]amily[_ -]?[Nn]ames?|[Ss]ur[_ -]?[Nn]ames?|SURNAME|[Ff]ull[_ -]?[Nn]ame|[Ll]egal[_ -]?[Nn]ame|[Ss]igner[_ -]?[Nn]ame|name[_-](?:first|last|middle|full)|First(?:Given|Sur)Name|Second(?:Given|Sur)Name|id(?:First|Last)Name|search_term)`;
const NAME_KEY_WORDS = ['firstname', 'first_name', 'first-name', 'first name', 'lastname', 'last_name', 'last-name', 'middlename', 'middle_name', 'givenname', 'given_name', 'familyname', 'family_name', 'surname', 'sur_name', 'fullname', 'full_name', 'legalname', 'legal_name', 'signer_name', 'signername', 'name_first', 'name_last', 'name-first', 'name-last', 'name_middle', 'name-middle', 'name_full', 'firstgivenname', 'firstsurname', 'secondsurname', 'search_term'];
/** Words that fill a name slot but name no one. */
const COMMON = /^(?:String|Required|Unknown|Test|Tester|Null|None|Nil|Redacted|Anonymous|Invalid|Missing|Empty|Example|Sample|User|Customer|Applicant|Value|Name|First|Last|Default|Undefined|Pending|True|False|Mr|Mrs|Ms|Dr|Doe|Placeholder|Text|Field|Optional|Mandatory)$/i;

/** Postcode shapes: US ZIP(+4), UK, Canada, Ireland (Eircode), Netherlands, Brazil, Japan, Poland, Portugal, 4–6 digits. */
const POSTCODE =
  /^(?:\d{5}(?:-?\d{4})?|\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]\d[\dW] ?[A-Z\d]{4}|\d{4} ?[A-Z]{2}|\d{5}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4}-\d{3})$/;

/** A street, a name or a birth date is written in the same record (within `back` characters before or 160 after). */
/** A key and its value masked by the app: `"street":["[FILTERED]"]`, `name: '***'`, `"first_name":"[REDACTED]"`. */
const MASKED_PAIR = /[\w.-]+\\{0,3}["']?\s{0,3}(?:[:=]|=>)\s{0,3}\[?\\{0,3}["']?(?:\[(?:FILTERED|REDACTED|MASKED|HIDDEN|Filtered|Redacted|Masked)\]|\*{3,}|<redacted>|<masked>|REDACTED|FILTERED|\[REDACTED\]|%5B(?:FILTERED|REDACTED|Filtered|Redacted)%5D)\\{0,3}["']?\]?/g;

function personalRecord(text: string, start: number, end: number, back = 400): boolean {
  // Round l85: a street or a name the app masked itself (`"street":["[FILTERED]"]`, `'name': '***'`) makes no record of a person.
  const near = text.slice(Math.max(0, start - back), Math.min(text.length, end + 160)).replace(MASKED_PAIR, '');
  // Round l85: as keys (a separator or a tag's end after the word), not in a URL path (`/recipient/create`) or an enum value (`"AddressType":"STREET"`); a field list's
  // `"field_id":"Recipient.Street","value":…` names one.
  return /(?:street|line_?1|line1|address_?line|StrtNm|physicalAddress|address-street|first_?name|last_?name|name_first|name_last|full_?name|given_?name|family_?name|surname|"name"|birth|\bdob\b|\bRecipient\b|recipient_?name|holder)\w{0,20}\\{0,3}["']?\s{0,3}(?:[:=>]|=>|,\s{0,3}\\{0,3}["']value)/i.test(near);
}

const NAME_KEY_RE = new RegExp(String.raw`(?<![A-Za-z0-9_.-])${NAME_KEY}(?![A-Za-z])`, 'g');
/**
 * A name under its key counts only in an identity record: a second name key, or a birth date, national or document
 * number, address or KYC word beside it (a lone `first_name` beside a mailbox is round r58's to judge), and no
 * documentation sample (`@example.com`, `Doe`).
 */
function identityRecord(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300));
  if (/@example\.(?:com|org|net)|\bDoe\b|sample payload|api reference/i.test(near)) return false;
  if ((near.match(NAME_KEY_RE)?.length ?? 0) >= 2) return true;
  return /birth|\bdob\b|\bssn\b|social_insurance|national_?ids?\b|nationalid|id_?number|idNumber|identification|passport|document_?number|documentNumber|\btin\b|applicant|kyc|street|address_?line|line1/i.test(near);
}

export const KYC_NAMES_R69_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'postcode-under-postal-key',
    name: 'Postcode under a postal-code key in a record with a street or a name (`"postcode":"41018"`, `<PstCd>`)',
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['postcode', 'postalcode', 'postal_code', 'postal-code', 'post_code', 'zipcode', 'zip_code', 'address_zip', 'zip"', "zip'", 'zip=', 'pstcd'],
    pattern:
      /(?:(?<![A-Za-z])(?:(?:address|billing|shipping|home|mailing|residential)?[_.-]?(?:post(?:al)?[_ -]?code|zip(?:[_-]?code)?)|[A-Za-z]{2,20}\.(?:Post(?:al)?code|Zip(?:code)?))(?:\\{0,3}["']\s{0,3},\s{0,3}\\{0,3}["']value)?\\{0,3}["']?\s{0,3}[:=]\s{0,3}(?:\{\s{0,2}"type"\s{0,2}:\s{0,2}"string"\s{0,2},\s{0,2}"value"\s{0,2}:\s{0,2})?\\{0,3}["']?|<PstCd>)(?<v>[A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?)(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => POSTCODE.test(v.toUpperCase()) && /\d/.test(v) && !/^0+$/.test(v.replace(/\D/g, '')) && personalRecord(ctx.text, ctx.start, ctx.end),
    remediation: "Log the applicant by id; a postcode beside a street or a name is part of a person's address",
  }),
  defineDetector({
    id: 'person-name-bank-name-check',
    name: "Holder's name in a bank name check (`account_holder`, the bank's `suggested` name, a Confirmation of Payee `Name`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: ['account_holder', 'accountholder', 'suggested', 'verificationreport', 'holder_name', 'holdername'],
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z])(?:account_?holder(?:_?name)?|accountHolder(?:Name)?|holder_?name|holderName|suggested(?:_?name|Name)?)${COLON}|VerificationReport${Q}\s{0,3}:\s{0,3}\{[^{}\n]{0,200}?${Q}Name${COLON})(?<v>${NAME1})(?=\\{0,3}["',}]|$)`,
      'i',
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (NOT_NAME.test(v)) return false;
      // A bare `suggested` is a name only on a name-check line (an IBAN, a holder, a match result).
      if (/suggested/i.test(ctx.key ?? ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && !/iban|account_?holder|name ?check|match/i.test(ctx.text)) return false;
      return /[a-z]|\\u/.test(v) || v.length >= 3;
    },
    remediation: 'Log the name check by its result code, not the names compared',
  }),
  defineDetector({
    id: 'person-name-officer-with-titles',
    name: 'Name of a business officer in a KYB `people`/`officers` array (`{"name":"…","titles":[…]}`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.8,
    keywords: ['"titles"', '"title"', '"officers"', '"people"'],
    pattern: new RegExp(String.raw`["']name["']\s{0,2}:\s{0,2}["'](?<v>${NAME2})["']\s{0,2},\s{0,2}["'](?:titles?|role|position|officer_?title)["']\s{0,2}:`),
    mask: 'full',
    validate: (v, ctx) => !NOT_NAME.test(v) && !/\b(?:LLC|INC|LTD|CORP|GMBH|CO|COMPANY|SERVICES|SVCS|HOLDINGS|GROUP|BANK|TRUST)\b/i.test(v) && /people|officers|beneficial|owners|directors|titles/i.test(ctx.text),
    remediation: "Log the business by id; its officers' names are personal data",
  }),
  defineDetector({
    id: 'person-name-possessive-account-label',
    name: "Given name in a bank account's label (`\"name\":\"Latoya's Checking\"`)",
    category: 'personal',
    severity: 'low',
    priority: 40,
    confidence: 0.7,
    keywords: ["'s checking", "'s savings", "’s checking", "’s savings", "'s account", "'s bank"],
    pattern: /(?<![\w'])(?<v>[A-Z][a-zà-öø-ÿ]{1,20}(?:[ -][A-Z][a-zà-öø-ÿ]{1,20})?)['’]s (?:Checking|Savings|Bank|Account|Current|Business Checking)\b/,
    mask: 'full',
    validate: (v, ctx) => !/^(?:My|Your|Our|The|Joint|Family|Business|Company|Main|Primary|Default|Test)$/.test(v) && /name|nickname|label|funding|account/i.test(ctx.text),
    remediation: 'Log funding sources by id, not by the label their owner gave them',
  }),
  defineDetector({
    id: 'document-field-personal-value',
    name: 'Document field value named by its field id (`{"field_id":"Recipient.Name","value":"…"}`): a name or a street',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.8,
    keywords: ['field_id', 'fieldid', 'field_name', 'fieldname', 'tablabel'],
    pattern:
      /["'](?:field_?id|field_?name|fieldId|fieldName|tabLabel)["']\s{0,2}:\s{0,2}["'](?<k>[\w.-]{0,30}?(?:Name|name|NAME|Street|street|STREET|Address|address|Address1|address1|Line1|line1))["']\s{0,2},\s{0,2}["']value["']\s{0,2}:\s{0,2}["'](?<v>[^"'\\\n]{2,80})["']/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      if (/(?:company|business|org|organi[sz]ation|file|document|template|bank|field|user_?name|username|display)_?\.?name$/i.test(key)) return false;
      if (/name$/i.test(key)) return new RegExp(String.raw`^${NAME1}$`).test(v) && !NOT_NAME.test(v) && /[a-z]/i.test(v);
      // A street: a number and a word of letters.
      return /\d/.test(v) && /[A-Za-zÀ-ÿ]{3}/.test(v);
    },
    remediation: "Log the document's field ids and validation errors, not the values a signer filled in",
  }),
  defineDetector({
    id: 'person-name-typed-value-object',
    name: 'Name in a typed field object under a name key (Persona `"name-first":{"type":"string","value":"…"}`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.8,
    keywords: ['"type":"string"', '"type": "string"'],
    pattern: new RegExp(
      String.raw`["'](?:name[_-](?:first|last|middle|full)|(?:first|last|middle|full|given|family|legal)[_-]?name|surname)["']\s{0,2}:\s{0,2}\{\s{0,2}"type"\s{0,2}:\s{0,2}"string"\s{0,2},\s{0,2}"value"\s{0,2}:\s{0,2}"(?<v>${NAME1})"`,
      'i',
    ),
    mask: 'full',
    validate: (v) => !NOT_NAME.test(v),
    remediation: "Log the inquiry by id; its fields hold the applicant's name",
  }),
  defineDetector({
    id: 'mrz-name-line-beside-data-line',
    name: 'MRZ name line (passport line 1, ID-card line 3) beside a data line whose check digits hold (JSON fields, arrays)',
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['<<'],
    precheck: { re: /[A-Z<]{30}/, reach: 0 },
    // `"mrz_line1":"P<D<<BACKER<<LENA<<…","mrz_line2":"…"`; `"mrz":["I<NLD…","6705145M…","VAN<DER<BERG<<DAAN<<…"]`.
    pattern: /(?<![A-Z0-9<])(?<v>P[A-Z<][A-Z<]{3}[A-Z<]{39}|[A-Z<]{30})(?![A-Z0-9<])/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!v.includes('<<') || !/[A-Z]{2}/.test(v)) return false;
      if (v.length === 44) {
        const next = /^[^<\n]{1,40}?(?<![A-Z0-9<])([A-Z0-9<]{44})(?![A-Z0-9<])/.exec(ctx.text.slice(ctx.end, ctx.end + 90));
        return !!next && td3Line2Valid(next[1]!);
      }
      const prev = /(?<![A-Z0-9<])([A-Z0-9<]{30})(?![A-Z0-9<])[^<\n]{1,40}$/.exec(ctx.text.slice(Math.max(0, ctx.start - 72), ctx.start));
      return !!prev && /^\d/.test(prev[1]!) && td1Line2Valid(prev[1]!);
    },
    remediation: 'Remove this MRZ (it holds the document number, birth date and name) from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'mrz-td1-block',
    name: 'Whole MRZ of an ID card (3 lines of 30) whose check digits hold, line ends included',
    category: 'personal',
    severity: 'high',
    priority: 63,
    confidence: 0.95,
    keywords: ['<<'],
    span: 140,
    spanBack: 2,
    precheck: { re: /[A-Z0-9<]{30}\r?\n/, reach: 0 },
    // Lines 1 and 2 are mrz-line's and line 3 has no check digit: the block names the holder with its line ends.
    pattern: /(?<![A-Z0-9<])(?<v>[ACI][A-Z<][A-Z<]{3}[A-Z0-9<]{25}\r?\n[ \t]{0,8}[A-Z0-9<]{30}\r?\n[ \t]{0,8}[A-Z<]{30})(?![A-Z0-9<])/,
    mask: 'full',
    validate: (v) => {
      const lines = v.split(/\r?\n[ \t]*/);
      return td1Line1Valid(lines[0]!) && td1Line2Valid(lines[1]!) && lines[2]!.includes('<<') && /[A-Z]{2}/.test(lines[2]!);
    },
    remediation: 'Remove this MRZ (it holds the document number, birth date and name) from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'national-id-checksum-in-kyc-error',
    name: 'Checksummed national id (BSN, PESEL, personnummer) echoed in a KYC validation message naming its kind',
    category: 'personal',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['bsn', 'nationalid', 'national_id', 'pesel', 'personnummer', '.tin', 'tin rejected', '"tin"'],
    pattern: /(?<![\w.+-])(?<v>\d{9}|\d{11}|\d{6}[-+]\d{4}|(?:19|20)\d{6}-\d{4})(?![\w.+-])/,
    mask: 'full',
    validate: (v, ctx) => {
      const line = ctx.text;
      if (/^\d{9}$/.test(v)) return /\bbsn\b|burgerservicenummer|national_?ids?\b|nationalid/i.test(line) && /\bNLD?\b|bsn|dutch|netherlands/i.test(line) && bsnValid(v);
      if (/^\d{11}$/.test(v)) return /pesel|\bPOL\b|\bPL\b|\btin\b/i.test(line) && peselValid(v);
      return /personnummer|\bSWE\b|\bSE\b|\btin\b/i.test(line) && personnummerValid(v);
    },
    remediation: 'Log the validation error without the value it rejected',
  }),
  defineDetector({
    id: 'person-name-under-name-key-wide',
    name: "Given or family name under a name key, in any case and script (`name_first: DeShawn`, `surname: \\u0141\\u0119cka`, `lastName=Lindqvist`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: [...NAME_KEY_WORDS],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(?:${NAME_KEY})(?:${Q}\s{0,3}[:=]\s{0,3}|["']\s{0,2},\s{0,2}["']Value["']\s{0,2}:\s{0,2}|%5D=)(?:(?<q>\\{0,3}["'])(?<v>${ANY_NAME}(?:[ +]${ANY_NAME}){0,4})(?=\k<q>)|(?<![\\"'])(?<w>${ANY_NAME}(?:\+${ANY_NAME}){0,4}(?: ${ANY_NAME}(?![\w=:%'-])){0,2})(?=[\s,;&)}\]]|$))`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const words = v.split(/[ +]/);
      if (NOT_NAME.test(v.replace(/\+/g, ' ')) || words.some((w) => COMMON.test(w))) return false;
      // An initial capital (or a script without case): `string`, `required`, `john` stay clean.
      if (!/^(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0400-\u042f\u4e00-\u9fff\u3040-\u30ff]|\\u)/.test(v)) return false;
      if (/search_?term/i.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return /complyadvantage|watchlist|sanction|screening|monitored_search|client_ref|\bhits\b|\bpep\b|\baml\b/i.test(ctx.text);
      return identityRecord(ctx.text, ctx.start, ctx.end);
    },
    remediation: 'Log the applicant by id, not by name',
  }),
];
