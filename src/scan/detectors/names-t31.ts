import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH } from '../column-names';
import { nearby } from '../nearby';
import { NAME_COLUMN } from './paired-names';
import { NAME_T31, personNameT31 } from './voip-t31';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): people's names in subscriber, driver
 * and payer records — split into first/last-name keys (`"first_name":"Kayla","last_name":"Nguyen"`,
 * DVLA `firstNames`/`lastName`, bureau `firstName`/`lastName`), upper case as bureaus, banks and
 * carriers print them (`"caller_name":"NGUYEN MARCUS"`, BACS `ACCOUNT NAME` columns), under party
 * keys of telecom and fleet records (`subscriber=`, `driverName`, `beneficiary_name`,
 * `auth_person_name`), and in prose after a role (`Customer: …,`, `Name of debtor: …`, `driver … (CDL`).
 */

/** `re` (a regex source of lowercase key names) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** One name word, title or upper case (`Kayla`, `NGUYEN`, `O'Brien`, `García`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?:[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}|[A-ZÀ-Þ]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;

/** Lowercase particles inside a family name (`Van der Berg`, `De la Cruz`; round r48). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|dos|di)`;

/** Keys of a given name and of a family name, in any naming style. */
const FIRST_KEY = String.raw`(?:first[_-]?names?|given[_-]?names?|fore_?names?|fname)`;
const LAST_KEY = String.raw`(?:last[_-]?name|sur_?name|family[_-]?name|lname)`;
// Also an XML element (`<GivenName>`, `<ns:Surname>`, `<last_name>`: OTA, NDC and channel-manager messages, round r48); a
// bare `"name":` beside a surname key (Hotelbeds `"holder":{"name":"…","surname":"…"}`) is the given name.
const FIRST_RE = new RegExp(`["'\\s,{(]${anyCase(FIRST_KEY)}\\\\{0,3}["']?\\s{0,3}(?:=>|[:=])|<(?:\\w{1,12}:)?${anyCase(FIRST_KEY)}>|["']name["']\\s{0,3}:`);
const LAST_RE = new RegExp(`["'\\s,{(]${anyCase(LAST_KEY)}\\\\{0,3}["']?\\s{0,3}(?:=>|[:=])|<(?:\\w{1,12}:)?${anyCase(LAST_KEY)}>`);

/** Values under name keys that name nobody (placeholders, test data, system words). */
const NOT_A_NAME = /^(?:null|none|n\/a|unknown|test|tester|string|first|last|name|firstname|lastname|given|family|surname|redacted|anonymous|user|admin|driver|customer|example|sample|demo|john|jane|doe|smith)$/i;

/** Party keys of telecom, fleet and billing records whose value is a person's full name. */
const PARTY_KEY = anyCase(
  String.raw`(?:driver|subscriber|caller|beneficiary|auth_?person|authori[sz]ed_?person|entity|technician|end_?user|debtor|payer|account_?holder|bank_?account_?holder|name_?on_?account|cardholder|card_?holder|borrower|co_?borrower|filer|indiv(?:idual)?|participant|recommender|claimant|donor|bidder)(?:_?(?:full_?)?name)?|caller_?id_?name|cnam`,
);

/** Another identifier of the same person within reach: a long digit group, a phone, an e-mail, a card, an account, a birth date, a licence. */
const IDENTIFIER = /\d{6,}|\+\d{6,}|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:iban|dob|birth|sort code|account|licen[cs]e|cdl|ssn|nino|msisdn|phone|mobile|imsi|iccid)\b|\d{2}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/i;

/** Labels in prose after which a person's full name follows (`Customer: Ann Lee,`, `Name of debtor: …`, `driver Ann Lee (CDL …`). */
const PROSE_LABEL = String.raw`(?:[Cc]ustomer|[Dd]ebtor|[Pp]ayer|[Ss]ubscriber|[Hh]older|[Aa]ccount holder|[Nn]ame of (?:debtor|payer|account holder|customer|subscriber)|[Dd]river|[Tt]echnician|[Tt]enant|[Cc]aller|this is|[Mm]y name is)`;

export const NAME_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-split-keys',
    name: "Person's given or family name under a first-/last-name key, in a record holding the other half",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['first_name', 'firstname', 'first_names', 'given_name', 'givenname', 'forename', 'last_name', 'lastname', 'surname', 'family_name', 'familyname', 'sur_name', 'fname', 'lname', 'first-name', 'last-name', 'given-name', 'family-name'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>${anyCase(FIRST_KEY)}|${anyCase(LAST_KEY)})(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']|>)(?<v>${WORD}(?:(?: ${PARTICLE}){0,2}[ -]${WORD})?)(?=\\{0,3}["']|<\/)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (NOT_A_NAME.test(v) || !personNameT31(v)) return false;
      const first = new RegExp(`^${FIRST_KEY}$`, 'i').test(ctx.key ?? '');
      return nearby(first ? LAST_RE : FIRST_RE, ctx.text, ctx.start, ctx.end, 250);
    },
    remediation: "Log driver, subscriber and applicant records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-under-party-key',
    name: "Person's full name (title or upper case) under a party key of a telecom, fleet or billing record (`subscriber=`, `driverName`, `caller_name`, `beneficiary_name`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['driver', 'subscriber', 'caller', 'beneficiary', 'person', 'entity', 'technician', 'end_user', 'enduser', 'debtor', 'payer', 'holder', 'name_on_account', 'cnam', 'borrower', 'filer', 'indiv_name', 'individual_name', 'participant', 'recommender', 'claimant', 'donor', 'bidder'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>${PARTY_KEY})(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']|>)(?<v>${NAME_T31})(?=\\{0,3}["']|<\/)`,
    ),
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && nearby(IDENTIFIER, ctx.text, ctx.start, ctx.end, 250),
    remediation: "Log subscriber, driver and payer records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-after-role',
    name: "Person's full name after a role in prose (`Customer: Ann Lee,`, `Name of debtor: …`, `driver Ann Lee (CDL …`), beside another identifier",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    span: 250,
    // The label, then `:` or a space, as the pattern reads it: `customer_id`, `customerId` and `"driver":` wake nothing.
    keywords: ['customer:', 'customer ', 'debtor:', 'debtor ', 'payer:', 'payer ', 'subscriber:', 'subscriber ', 'holder:', 'holder ', 'driver:', 'driver ', 'technician:', 'technician ', 'tenant:', 'tenant ', 'caller:', 'caller ', 'name of ', 'this is ', 'my name is '],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${PROSE_LABEL}(?::[ \t]{1,3}| )(?<v>${NAME_T31})(?=[,.;)]|\s[(–-]|\s{2}|[ \t]?(?![^\r\n]))`),
    mask: 'full',
    // Round r70: no person's name holds a negation or an auxiliary verb (`Customer Advises Not Authorized`, an ACH return reason).
    validate: (v, ctx) => personNameT31(v) && !/^(?:[A-Z]{2,} ){1,3}[A-Z]{2,}$/.test(v) && !/(?:^| )(?:Not|Nor|Is|Was|Does|Did|Cannot|Should|Would)(?= |$)/.test(v) && nearby(IDENTIFIER, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Refer to customers and drivers by account or employee id in alerts and e-mails, not by name",
  }),
  defineDetector({
    id: 'person-name-csv-upper',
    name: "Person's name in upper case in a CSV column named for it (bank and bureau files: `ACCOUNT NAME`), in a row with an account or id",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['name,', ',name', 'name;', 'name\t'],
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>[A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z'’-]{1,20}){1,3})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (col === null || !NAME_COLUMN.test(col.trim().toLowerCase())) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      return personNameT31(v) && /\d{6,}|[\w.+-]+@[\w-]+\.[a-z]{2,}|\d{2}-\d{2}-\d{2}/i.test(ctx.text.slice(ls, le));
    },
    remediation: "Export and log bank and bureau files without the account holder's name (a record id is enough)",
  }),
];
