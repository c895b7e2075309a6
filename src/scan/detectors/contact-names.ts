import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';

/** A name word in title case (`O'`, `D'` before it too): a capital, then lowercase letters (accented too), an apostrophe or a hyphen inside. */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}(?:['’-][A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** Lowercase particles of family names (`van der`, `de la`). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|dos|di)`;
/** A person's name in a contact record: two or three title-case words, particles between them. */
export const PERSON = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?: ${WORD})?`;

/** Key names under which a contact record carries its person's name. */
const NAME_KEY = String.raw`[Nn]ame1?|NAME|[Dd]isplay_?[Nn]ame|display_name|[Ff]ull_?[Nn]ame|[Cc]ustomer_?[Nn]ame|[Rr]ecipient_?[Nn]ame|[Aa]ttention_?[Nn]ame|[Ll]egal_?[Nn]ame|[Cc]ontact_?[Nn]ame|employee`;

/** Sibling keys of the same contact record: an e-mail, a phone, a street line, a bank account. */
const CONTACT_KEY = /["'](?:e-?mail(?:_?address)?|EmailAddress|email_address|notificationEmail|phone(?:_?number)?|mobile(?:_?phone)?|street1?|address_?line_?1|line1|address1|addressStreet|AddressLine|iban|IBAN|bsn|ssn)["']\s{0,2}(?::|=>|=)/i;

/** Words of company, product, place and system names: a value with one of them names no person. */
export const NOT_PERSON = /\b(?:GmbH|Ltd|LLC|Inc|Corp|Limited|Company|Team|Support|Billing|Sales|Service|Services|Store|Shop|Bank|Group|Holdings|Partners|Solutions|Systems|Checking|Savings|Account|Plan|Pro|Premium|Basic|Standard|Enterprise|Default|Test|Demo|Example|Sample|Unknown|Customer|User|Admin|Robot|Bot|Office|Warehouse|Street|Lane|Road|Avenue|North|South|East|West|Free|Gold|Silver|Monthly|Annual|Yearly|Orders|Receipts|Notifications|Alerts|Payments|Invoices|Accounts|Updates|News|Newsletter|Shipping|Returns|Help|Care|Desk|Noreply|Mailer)\b/;

/** True when a contact key sits within 220 characters of `[start, end)` (the same record, a few fields apart). */
function besideContactKey(text: string, start: number, end: number): boolean {
  return nearby(CONTACT_KEY, text, start, end, 220);
}

/** Names of customers, recipients and employees under a name key, reported only in a record with an e-mail, phone, street or bank account. */
export const CONTACT_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-in-contact',
    name: "Person's name in a contact record (`\"name\"` beside an e-mail, phone, street line or IBAN)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['name"', "name'", 'name1"', 'employee"'],
    // Stripe `"customer_details":{…,"email":"…","name":"Ava Ortiz","phone":"…"}`, Ruby `{"name"=>"…", "email"=>"…"}`,
    // Xero `{"Contact":{"Name":"…","EmailAddress":"…"}}`, Square `"recipient":{"display_name":"…","email_address":"…"}`.
    pattern: new RegExp(String.raw`["'](?<k>${NAME_KEY})["']\s{0,2}(?::|=>|=)\s{0,2}["'](?<v>${PERSON})["']`),
    mask: 'full',
    validate: (v, ctx) => !NOT_PERSON.test(v) && besideContactKey(ctx.text, ctx.start, ctx.end),
    remediation: "Log customer and recipient records by id, without the person's name",
  }),
];
