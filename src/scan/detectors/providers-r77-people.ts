import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ibanValid } from '../validators';
import { PERSON } from './contact-names';
import { labelledNameOk } from './names-h28';
import { mailboxOf } from './names-r34';

/**
 * Round r77 (blind set 77: the long tail of API providers): personal and financial values in the providers' records
 * and messages, each bound to the person's record by a strong neighbour:
 * - a name on the same line as a valid IBAN: a payout table's row (`1. Fatima Whitfield  FR04 1191 …`), or after
 *   `to`/`for` in a payout or report message (`payout to Marcus Moreau failed: … IBAN IE45 …`);
 * - a name right before an international phone number (`Ticket #93387 — Rafael Brennan, +49 151 …`);
 * - a name after a role noun in prose, before a verb of a report or a contact (`Customer Ana Ruiz says card …`,
 *   `Candidate Lorenzo Papadakis (l.p@web.de) already has …`);
 * - a name after an e-mail in parentheses (`(kaito@me.com, Kaito Gallagher)`);
 * - a name under a payment party key (Modern Treasury `party_name:`, Synctera `account_owner_names: ["…"]`);
 * - first and last names in a name object (`"fullName":{"first":"…","last":"…"}`, Unit's applications);
 * - a card's CVV under `cvv_number` (Marqeta with show_cvv_number), the last four of an SSN under a bare `"ssn"` key
 *   (Dwolla's personal verified customers), an account number under `account_identifiers` (Synctera).
 * Left alone on purpose: a name with no such neighbour (`memo="… travel card"`, a file name), companies and products
 * (NOT_PERSON, labelledNameOk's words), an `"ssn"` of other lengths (the SSN detectors' own), a `number` under other objects.
 */

/** Title-case words that start no person's name in payout and ticket prose (banks, products, places). */
const NOT_GIVEN = /^(?:Business|Bank|Capital|Card|Account|Treasury|Payments?|Payout|Transfer|Report|Ticket|Order|Invoice|Direct|Deposit|Sepa|Lemon|Modern|Revolut|Wise|Mercury|Global|United|First|National|Federal|Central|New|San|Los|Las|Santa|Saint|St|Mount|Lake|Port|Fort|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/;

/** A person's full name that reads as one (labelledNameOk) and starts with no listed non-name word. */
const nameOk = (v: string): boolean => labelledNameOk(v) && !NOT_GIVEN.test(v);

/** True when the window holds a valid IBAN (grouped by spaces or compact). */
function holdsIban(text: string): boolean {
  for (const m of text.matchAll(/(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])/g)) {
    if (ibanValid(m[0].replace(/ /g, ''))) return true;
  }
  return false;
}

/** Stricter than mailboxOf: the local part holds the family name, or is the given name and the family's initial (`priyai`). */
function ownMailbox(name: string, local: string): boolean {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter((w) => w.length > 1);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const l = local.toLowerCase().replace(/[^a-z]/g, '');
  return last.length > 1 && (l.includes(last) || (first.length > 1 && l.startsWith(first + last[0]!)));
}

export const PROVIDERS_R77_PEOPLE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-beside-iban',
    name: "Person's name on the line of a valid IBAN (a payout row, `payout to … IBAN …`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    shape: 'iban',
    pattern: new RegExp(String.raw`(?:(?<![\w'’-])(?<v>${PERSON})[ \t]{2,}(?=[A-Z]{2}\d{2} ?[A-Z0-9]{4})|\b(?:to|for) (?<w>${PERSON})(?=[;:,]?\s))`),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && holdsIban(ctx.text),
    remediation: "Log payouts and bank transfers by id, without the beneficiary's name and account",
  }),
  defineDetector({
    id: 'person-name-before-intl-phone',
    name: "Person's name right before an international phone number (`Rafael Brennan, +49 151 …`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.6,
    keywords: [', +'],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON})(?=, \+\d{1,3}[ \d().-]{6,18}\d(?!\d))`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep customers' names and phone numbers out of prompts, documents and logs: refer to them by id",
  }),
  defineDetector({
    id: 'person-name-after-role-prose',
    name: "Person's name after a role noun, before a report verb or their contact (`Customer Ana Ruiz says …`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.6,
    keywords: ['customer ', 'candidate ', 'applicant ', 'cardholder '],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Cc]ustomer|[Cc]andidate|[Aa]pplicant|[Cc]ardholder) (?<v>${PERSON})(?= ?\(\s?[\w.+-]{1,64}@| (?:says|said|reports|reported|asks|asked|wants|claims|claimed|disputes|disputed|requested|already|called|cannot|needs|paid|was|is|has|had)\b)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Write tickets, prompts and errors by customer id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-after-email-paren',
    name: "Person's name after their e-mail in parentheses (`(kaito@me.com, Kaito Gallagher)`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['@'],
    needs: ['@'],
    pattern: new RegExp(String.raw`\([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}, (?<v>${PERSON})\)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log customers by id, without their name and e-mail",
  }),
  defineDetector({
    id: 'person-name-under-payment-party-key',
    name: "Person's name under a payment party key (`party_name`, `account_owner_names`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['party_name', 'owner_name'],
    pattern: new RegExp(String.raw`(?<![\w-])["']?(?:(?:counter)?party|(?:account_?)?owner|beneficiary_?owner)_?names?["']?\s{0,2}(?::|=>|=)\s{0,2}\[?\s{0,2}["'](?<v>${PERSON})["']`, 'i'),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log payment orders and external accounts by id, without the account holder's name",
  }),
  defineDetector({
    id: 'person-name-object-first-last',
    name: 'First and last name in a name object (`"fullName":{"first":"…","last":"…"}`)',
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['"first"'],
    pattern: /"(?:full_?[Nn]ame|[Nn]ame|legal_?[Nn]ame|answer)"\s{0,2}:\s{0,2}\{\s{0,2}"first"\s{0,2}:\s{0,2}"(?<v>[^"\\\r\n]{1,40}"\s{0,2},\s{0,2}"last"\s{0,2}:\s{0,2}"[^"\\\r\n]{1,40})"/,
    mask: 'full',
    validate: (v) => {
      const m = /^(.*)"\s{0,2},\s{0,2}"last"\s{0,2}:\s{0,2}"(.*)$/.exec(v);
      return m !== null && nameOk(`${m[1]!} ${m[2]!}`);
    },
    remediation: "Log applications and customers by id, without the person's name",
  }),
  defineDetector({
    id: 'card-cvv-number-key',
    name: 'Card CVV under `cvv_number` (a card API returning its CVV) or a form\'s `cc_ccv` field',
    category: 'financial',
    severity: 'critical',
    priority: 45,
    confidence: 0.8,
    keywords: ['cvv_number', 'cvvnumber', 'cc_ccv'],
    pattern: /["'[]?(?:cvv_?number|cc_ccv)["'\]]?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>\d{3,4})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !/^0+$/.test(v),
    remediation: 'Never log card verification values: ask the card API without show_cvv_number, or drop the field before logging',
  }),
  defineDetector({
    id: 'ssn-last4-under-ssn-key',
    name: 'Last four digits of an SSN under a bare `"ssn"` key',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['"ssn"'],
    pattern: /"ssn"\s{0,2}:\s{0,2}"(?<v>\d{4})"/,
    mask: 'full',
    validate: (v) => v !== '0000',
    remediation: 'Keep SSNs, even their last four digits, out of logged request bodies',
  }),
  defineDetector({
    id: 'account-number-under-identifiers',
    name: 'Bank account number under `account_identifiers` (Synctera external accounts)',
    category: 'financial',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['account_identifiers'],
    pattern: /account_identifiers["']?\s{0,2}:\s{0,2}\{\s{0,2}["']number["']\s{0,2}:\s{0,2}["'](?<v>\d{6,17})["']/,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Log external accounts by id, without their account numbers',
  }),
  defineDetector({
    id: 'person-name-before-own-email',
    name: "Person's name right before their own e-mail (`Priya Iwu (priyai@…`, `Emeka Ferreira / emeka_ferreira@…`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['@'],
    needs: ['@'],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON}) ?(?:\(|/ )\s?(?=[\w.+-]{1,64}@[\w-]{1,63}\.)`),
    mask: 'full',
    validate: (v, ctx) => {
      const m = /^ ?(?:\(|\/ )\s?([\w.+-]{1,64})@/.exec(ctx.text.slice(ctx.end, ctx.end + 80));
      return m !== null && mailboxOf(v, m[1]!) && ownMailbox(v, m[1]!) && nameOk(v);
    },
    remediation: "Log requests and contacts by id, without the person's name and e-mail",
  }),
  defineDetector({
    id: 'person-name-before-identifier-word',
    name: "Person's name right before a labelled identifier of theirs (`… for Siobhan O'Sullivan passport Q70…`, `by Ana Ruiz phone (…`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.6,
    keywords: [' passport ', ' phone ', ' dob ', ' ssn '],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON}),? (?=(?:passport|phone|DOB|SSN)[: ]{1,2}(?:no\.? ?|#)?[A-Z0-9(+][A-Z0-9() -]{5,18}\d)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log events by record id, without the person's name and identifiers",
  }),
  defineDetector({
    id: 'person-name-logfmt-unquoted',
    name: "Person's name as an unquoted `name=`/`recipient=` value beside address or contact fields (`name=Mateo Kaczmarek street1=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.6,
    keywords: ['name=', 'recipient='],
    pattern: new RegExp(String.raw`(?<![\w.-])(?:(?:full_?|customer_?|recipient_?|contact_?|to_?)?name|recipient)=(?<v>${PERSON})(?= [a-z_][\w.]{0,30}=)`),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && /\b(?:street\d?|line\d?|address\d?|phone|email|zip|postal_?code)=|@/.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 200)),
    remediation: "Log shipments and addresses by id, without the recipient's name",
  }),
  defineDetector({
    id: 'person-name-form-label-value',
    name: "Person's name as a form field's value under a name label (`{\"label\":\"Full name\",\"value\":\"…\"}`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under the older name detectors, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['"label"'],
    pattern: new RegExp(String.raw`"label"\s{0,2}:\s{0,2}"(?:[Ff]ull [Nn]ame|[Yy]our (?:full )?name|[Nn]ame|[Ff]irst and last name|[Cc]ustomer name|[Cc]ontact name|[Ll]egal name)"\s{0,2},\s{0,2}"value"\s{0,2}:\s{0,2}"(?<v>${PERSON})"`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log form submissions by id, without the respondent's answers",
  }),
  defineDetector({
    id: 'birth-date-under-birthday-at',
    name: 'Birth date under a `birthdayAt`/`birthday_at` key',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['birthdayat', 'birthday_at', 'birthday_on'],
    pattern: /["']?birthday_?(?:[Aa]t|on)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>(?:19\d{2}|20[0-2]\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:T00:00:00(?:\.000)?Z)?(?![\w-])/,
    mask: 'full',
    remediation: "Log customer records by id, without their birth date",
  }),
];
