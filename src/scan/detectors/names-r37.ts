import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { personLike } from './paired-names';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';
import { insertColumnAt, NAME_T31, personNameT31 } from './voip-t31';

/**
 * Round r37 (blind set 37: retail stores, restaurants and point of sale): people's names where
 * POS, ordering and supplier systems put them — given and family names under prefixed keys
 * (`ssl_first_name=`, `strFirstName=`, `<CardHolderFirstName>`, `dropoff_contact_given_name=`), a
 * customer, diner or guest label (`customer="Ann Lee"`, `order.diner: Ann Lee`, `{{ customer.name }}=Ann Lee`),
 * an X12 PER contact, a reservation's `Ann Lee, party of 4`, a kiosk's `Welcome back, Ann Lee!`, a message's
 * `Hi Ann,` to a person the record names in full, and the given and family names of an SQL INSERT.
 */

/** One name word, title or upper case (`Kayla`, `NGUYEN`, `O'Brien`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?:[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}|[A-ZÀ-Þ]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;

/** A given- or family-name key with a prefix: snake (`ssl_first_name`, `dropoff_contact_given_name`) or camel (`strFirstName`, `CardHolderLastName`). */
const PREFIXED_KEY = String.raw`(?:[a-z]{1,16}_){1,3}(?:first|last|given|family|sur)_?name|(?:[a-z]{2,10}|[A-Z][a-z]{2,12}){1,3}?(?:First|Last|Given|Family|Sur)[Nn]ame|(?:[A-Z]{2,12}_){1,3}(?:FIRST|LAST|GIVEN|FAMILY|SUR)_?NAME`;

/** A key of the other half of a name (any prefix). */
const FIRST_NEAR = /(?:first|given|fore)[_.-]?name/i;
const LAST_NEAR = /(?:last|family|sur)[_.-]?name/i;

/** Values under name keys that name nobody (placeholders, sort orders, system words). */
const NOT_A_NAME = /^(?:null|none|n\/a|unknown|test|tester|string|first|last|name|given|family|surname|redacted|anonymous|user|admin|customer|guest|example|sample|demo|john|jane|doe|smith|asc|desc|true|false|yes|no|required|missing|invalid|empty|blank|valued|cardholder)$/i;

/** Labels of a customer, diner or guest whose value is their full name. */
const CUSTOMER_KEY = String.raw`(?:[Cc]ustomer|CUSTOMER)(?:[_.](?:hint|display_?name|full_?name|name))?|[Dd]iner(?:[_.]name)?|[Gg]uest(?:[_.](?:name|hint))?|[Pp]atron`;

export const NAMES_R37_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-prefixed-split-key',
    name: "Person's given or family name under a prefixed first-/last-name key (`ssl_first_name=`, `strLastName=`, `<CardHolderFirstName>`), beside the other half",
    category: 'personal',
    severity: 'medium',
    priority: 43.8, // below person-name-split-keys, which reads the unprefixed keys
    confidence: 0.65,
    keywords: ['first_name', 'firstname', 'last_name', 'lastname', 'given_name', 'givenname', 'family_name', 'familyname', 'surname'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>${PREFIXED_KEY})(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|>)(?<v>${WORD}(?:[ -]${WORD})?)(?=\\{0,3}["'&<,;\s]|$)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (NOT_A_NAME.test(v) || !personLike(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      const first = FIRST_NEAR.test(ctx.key ?? '');
      return nearby(first ? LAST_NEAR : FIRST_NEAR, ctx.text, ctx.start, ctx.end, 250);
    },
    remediation: "Log payment, delivery and HR requests by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-customer-label',
    name: "Person's full name under a customer, diner or guest label (`customer=\"Ann Lee\"`, `order.diner: Ann Lee`, `{{ customer.name }}=Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.4,
    confidence: 0.65,
    keywords: ['customer', 'diner', 'guest', 'patron'],
    // The label and its separator, searched first: a SQL log's `customers c ON c.id = o.customer_id` holds the keyword on
    // every line and no label (the pattern's own search tries its optional prefixes at every character).
    precheck: { re: new RegExp(String.raw`(?:${CUSTOMER_KEY})(?:\s?\}\})?\\{0,3}["']?\s{0,3}(?:=>|[:=])`), reach: 20 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?:\{\{\s?)?(?:[a-z]{1,12}\.)?(?<k>${CUSTOMER_KEY})(?:\s?\}\})?\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?(?<v>${PERSON_R32})(?![\w'’-]|\.\w| [A-Z][a-z])`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && personNameT31(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log orders and reservations by customer id, not by the customer's name",
  }),
  defineDetector({
    id: 'x12-per-contact-name',
    name: "Contact person's name in an X12 PER segment (the name element after the contact function, before a number's qualifier)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['per*'],
    // PER01 the contact function (AR receivables, IC information, BD buyer…), PER02 the name, PER03/04 a number's qualifier and the number.
    pattern: new RegExp(String.raw`(?:^|~)\s{0,2}PER\*[A-Z0-9]{2}\*(?<v>${NAME_T31})\*(?:TE|EM|FX|EX|WP|UR|CP)\*`),
    mask: 'full',
    validate: (v) => personNameT31(v) && !/\b(?:ACCOUNTS?|RECEIVABLE|PAYABLE|DEPT|DEPARTMENT|SERVICE|SUPPORT|DESK|TEAM|OFFICE|SALES|BILLING|CUSTOMER|ORDERS?|EDI|PURCHASING|INC|LLC|LTD|CORP|CO)\b/i.test(v),
    remediation: 'Keep X12 documents out of translator logs; a PER segment names a person with their phone or e-mail',
  }),
  defineDetector({
    id: 'person-name-party-of',
    name: "Person's name a reservation is under (`Ann Lee, party of 4`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['party of'],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON_R32}),? (?:party|Party|table|Table) (?:of|for) \d{1,2}\b`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && personNameT31(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Log reservations by their id, not by the guest it is under',
  }),
  defineDetector({
    id: 'person-name-welcome-back',
    name: "Person's name in a kiosk or app greeting (`Welcome back, Ann Lee!`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.6,
    keywords: ['welcome back'],
    pattern: new RegExp(String.raw`[Ww]elcome back,? (?<v>${PERSON_R32})(?=[!.,?"']|\s*$)`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && personNameT31(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log greetings by the guest's id, not the rendered text with their name",
  }),
  defineDetector({
    id: 'person-name-greeting-named-elsewhere',
    name: "Person's given name in a message (`Hi Ann, your order …`, `please call Ann at …`) when the record names them in full or under a first-name key",
    category: 'personal',
    severity: 'medium',
    priority: 42.3,
    confidence: 0.6,
    keywords: ['hi ', 'hello ', 'dear ', 'hey ', 'call ', 'text ', 'ask for '],
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:(?:Hi|Hello|Hey|Dear) (?<v>${WORD}),|(?:[Cc]all|[Tt]ext|[Aa]sk for) (?<w>${WORD}) (?:at|on|when|before|if)\b)`),
    mask: 'full',
    // A given name alone is too weak; the same word starting a full name, or under a first-name key, elsewhere in the record ties it to a person.
    validate: (v, ctx) => {
      if (NOT_A_NAME.test(v) || !personLike(v)) return false;
      const keyed = new RegExp(String.raw`(?:first|given|fore)[_.-]?name\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?${v}(?![\w'’-])`, 'i');
      if (keyed.test(ctx.text)) return true;
      const full = new RegExp(String.raw`(?<![\w'’-])${v} ${WORD}(?![\w'’-])`, 'g');
      for (const m of ctx.text.matchAll(full)) if (m.index !== ctx.start && ciPersonOk(m[0]) && personNameT31(m[0])) return true;
      return false;
    },
    remediation: "Log messages by id and template, not the rendered body with the recipient's name",
  }),
  defineDetector({
    id: 'person-name-sql-insert-split',
    name: "Person's given or family name in an SQL INSERT under a first-/last-name column (the other half among the columns)",
    category: 'personal',
    severity: 'medium',
    priority: 43.7,
    confidence: 0.65,
    keywords: ['values'],
    pattern: new RegExp(String.raw`(?<=[(,]\s{0,3})'(?<v>${WORD}(?:[ -]${WORD})?)'(?=\s{0,3}[,)])`),
    mask: 'full',
    validate: (v, ctx) => {
      if (NOT_A_NAME.test(v) || !personLike(v)) return false;
      const col = insertColumnAt(ctx.text, ctx.start);
      if (col === null) return false;
      const first = /^(?:first|given|fore)_?names?$/.test(col);
      if (!first && !/^(?:last|family|sur)_?name$/.test(col)) return false;
      return nearby(first ? LAST_NEAR : FIRST_NEAR, ctx.text, ctx.start, ctx.end, 800);
    },
    remediation: 'Log SQL statements with bound parameters, not the values (a failed INSERT prints the whole row)',
  }),
];
