import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH, sqlColumnAt } from '../column-names';
import { nearby } from '../nearby';

/** A name word in title case (`O'`, `D'` before it too; `Joon-ho`, `Mary-Jane`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}(?:['’-][A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** Lowercase particles of family names (`van der`, `de la`). */
// Round r65: Irish `Ó`/`Ní` too (`Camille Ó Súilleabháin`).
const PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|dos|di|Ó|Ní)`;
/** A person's name: two to four title-case words, particles between them (`Ana de la Cruz`, `Priya Van der Berg`). */
/** Round r44: a middle initial after the given name (`Marisol J. Gallagher`). */
export const PERSON = String.raw`${WORD}(?: [A-Z]\.)?(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** A name as a table or a list writes it for sorting: `Last, First`. */
const LAST_FIRST = String.raw`${WORD}(?: ${WORD})?, ${WORD}(?: ${WORD})?`;

/** `re` (a regex source of lowercase key names) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Key names of a person's name in any naming style (`name`, `holderName`, `card_holder_name`, `ShopperName`, `billing_details.name`). */
const NAME_KEY = anyCase(
  String.raw`(?:(?:full|legal|display|customer|shopper|payer|payee|recipient|beneficiary|account_?holder|card_?holder|holder|billing|contact|member|patient|employee|owner|applicant|debtor|creditor|subject)_?)?name|cardholder|account_?holder|holder|payee|beneficiary`,
);

/** A column of a table or an INSERT that holds a person's name. Round r35: a help desk export's `requester` column too. */
// Round r38: `your-name` (Contact Form 7's default field, as Flamingo and CF7 exports head the column).
export const NAME_COLUMN = /^(?:(?:full|legal|display|patient|customer|shopper|payer|payee|recipient|beneficiary|account_?holder|card_?holder|holder|contact|member|employee|owner|applicant|seller|buyer|consumer|sender|receiver|consignee|debtor|creditor|account|guest|passenger|travell?er|your|student|donor|borrower|volunteer|participant|claimant|guardian|parent|spouse)[ _-]?)?name$|^(?:payee|holder|cardholder|account_?holder|beneficiary|recipient|customer|employee|seller|buyer|consignee|debtor|creditor|guest|passenger|travell?er|requester|donor|borrower|volunteer|claimant|insured|tenant|signer|contact|empf(?:ä|ae|a)nger|registered_?owner|keeper|lessee|renter|foreman|superintendent|supervisor|technician|inspector)$/i; // Round r51: registered_owner, keeper, lessee, renter; round r53: foreman, superintendent, supervisor, technician, inspector (crew and work-order exports); round r50: contact, patient_name; round r43: student, donor, borrower, volunteer, participant, claimant, guardian, parent, spouse; round r44: insured, tenant, borrower, claimant, signer, Empfänger

/** Words of company, product, place and system names and of messages: a value with one of them names no person. */
const NOT_PERSON =
  /\b(?:GmbH|Ltda?|LLC|Inc|Corp|Co|SA|SAS|SL|BV|NV|AG|PLC|Pty|Limited|Company|Team|Support|Billing|Sales|Service|Services|Store|Shop|Bank|Group|Holdings|Partners|Solutions|Systems?|Checking|Savings|Account|Plan|Pro|Premium|Basic|Standard|Enterprise|Default|Test|Demo|Example|Sample|Unknown|Customer|User|Admin|Robot|Bot|Office|Warehouse|Street|Lane|Road|Avenue|North|South|East|West|Free|Gold|Silver|Monthly|Annual|Yearly|Clinic|Medical|Health|Hospital|Pharmacy|Center|Centre|Insurance|Trust|University|School|District|Department|County|State|City|Patient|Synthetic|Redacted|Anonymous|None|Null|Error|Invalid|Request|Response|Order|Payment|Payments|Checkout|Invoice|Card|Visa|Mastercard|Product|Item|Page|Home|New|Main|Primary|Secondary|Personal|Business|Corporate|Global|International|Limited|Foundation|Association|Club|Hotel|Restaurant|Cafe|Market|Project|Ops|Engineering|Finance|Marketing|Security|Platform|Cloud|Api|Web|App|Mobile|Server|Worker|Queue|Job|Task|Event|Staging|Production|Prod|Dev|Development|Sandbox|Portal|Console|Dashboard|Gateway|Client|Tenant|Workspace|Connection|Application|Integration|Webhook|Pipeline|Cluster|Region)\b/;

/**
 * Values of the same record that make a name personal data: an e-mail address, a phone, a street
 * line, a birth date, a card, an account, a national or tax id (as a value or a sibling key).
 */
const SIBLING = /[\w.+%-]+(?:@|%40)[\w-]+\.[a-z]{2,}|e-?mail|phone|mobile|iban|birth|address|line1|street|routing|sort_?code|account_?n(?:umber|o)|accountnumber|card|passport|licen[cs]e|national_?id|tax_?id|(?<![A-Za-z])(?:dob|ssn|bsb|tin|nino)(?![A-Za-z])/i;

/** True when the record around `[start, end)` (220 characters either side) holds another identifier of its person. */
const besideIdentifier = (text: string, start: number, end: number): boolean => nearby(SIBLING, text, start, end, 220);

/** Placeholder family names of documentation and test data (`Jane Doe`, `Doe, Jane`, `Richard Roe`, `Joe Bloggs`, `Max Mustermann`). */
const EXAMPLE_NAME = /\b(?:Doe|Roe|Bloggs|Mustermann|Musterfrau|Sixpack)\b/;

/** True when `v` reads as a person's name rather than a company, product, message or documentation placeholder. */
/**
 * Round l88 (the name readers read Vietnamese letters since): Vietnamese words of places, shops and firms (city, district,
 * street, restaurant, company, market, hospital) and the largest cities' names; bounded by spaces (`\b` ends at `ố`).
 */
const NOT_PERSON_VI = /(?:^| )(?:Thành|Phố|Quận|Huyện|Tỉnh|Đường|Phường|Xã|Quán|Phở|Cơm|Bún|Nhà|Công|Cửa|Khách|Chợ|Siêu|Bệnh|Viện|Hồ Chí Minh|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ)(?= |$)/;

export const personLike = (v: string): boolean => !NOT_PERSON.test(v) && !EXAMPLE_NAME.test(v) && !NOT_PERSON_VI.test(v);

/** The row (line) around `[start, end)` without the cell itself. */
function rowAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return text.slice(from, start) + text.slice(end, to);
}

/** A row cell that is an e-mail address or a long digit group (an id, an account, a phone). */
// Round c30: or a document number of letters and digits (`H9YFPH552`, a passport column's cell).
const ROW_ID = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\d{6,}|\d{2,4}[ .-]\d{2,4}[ .-]\d{2,6}|(?<![\w-])(?=[A-Z]{0,4}\d)(?=(?:[A-Z]*\d){3})[A-Z0-9]{8,12}(?![\w-])/i;

/**
 * Person names paired with another identifier of the same record: under a name key in JSON, JS
 * objects, Python reprs, Ruby inspects, XML elements, Go `%+v` and Java `toString` dumps; in a CSV
 * column named for a name (`"Last, First"`); in an SQL INSERT's name column.
 */
export const PAIRED_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-beside-identifier',
    name: "Person's name under a name key, beside an e-mail, phone, address, card, account or id of the same record",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name', 'holder', 'payee', 'beneficiary'],
    // `{"holderName":"Ann Lee"}`, `name: 'Ann Lee'`, `name='Ann Lee'`, `:name=>"Ann Lee"`, `<HolderName>Ann Lee</HolderName>`,
    // Go `{Name:Ann Lee Email:…}`, Java `Payee{name=Ann Lee, iban=…}`. Round r39: `subject_name` (a data subject, a reviewed person).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>${NAME_KEY})(?:\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["']|>|:|=)(?<v>${PERSON})` +
        String.raw`(?=\\{0,3}["']|</|[ ][A-Z][A-Za-z]{1,30}:|[,)}\]])`,
    ),
    mask: 'full',
    validate: (v, ctx) => personLike(v) && besideIdentifier(ctx.text, ctx.start, ctx.end),
    remediation: "Log customer, payee and card-holder records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-csv-column',
    name: "Person's name (CSV column named for it, in a row with an e-mail or id)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name,', ',name', 'name;', 'name\t', 'payee', 'holder', 'beneficiary', 'recipient,', 'customer,', ',guest', 'guest,', ',passenger', 'passenger,', ',traveler', 'traveler,', ',traveller', 'traveller,', ',requester', 'requester,', 'name",', 'name";', ',donor,', 'volunteer,', 'employee,', 'employee;', 'employee\t', ...['insured', 'tenant', 'borrower', 'claimant', 'signer', 'empf', 'registered_owner', 'keeper', 'lessee', 'renter', 'foreman', 'superintendent', 'supervisor', 'technician', 'inspector'].flatMap((n) => [`\t${n}`, `${n}\t`, `,${n}`, `${n},`, `;${n}`, `${n};`]), ...['employee', 'customer', 'recipient', 'guest', 'passenger', 'traveler', 'traveller', 'requester', 'donor', 'volunteer', 'insured', 'tenant', 'borrower', 'claimant', 'signer'].flatMap((n) => [`"${n}",`, `"${n}";`, `,"${n}"`, `;"${n}"`])], // Round r45: `employee;ssn;…`; round r35: `requester`; round r37: a quoted header (`"full_name","email"`); round r43: bare `donor`, `volunteer` columns; round r44: insured, tenant, borrower, claimant, signer, Empfänger; round r51: registered_owner, keeper, lessee, renter; round r53: foreman, superintendent, supervisor, technician, inspector; round l88: role columns quoted (`"employee","ssn"`)
    // `payee,email,iban` then `"Lee, Ann",ann@example.org,DE89…`: the header names the column.
    span: HEADER_REACH + 100,
    pattern: new RegExp(String.raw`(?<=(?:^|[\n,;\t|])[ \t]{0,3})(?:"(?<v>${LAST_FIRST}|${PERSON})"|(?<w>${PERSON}))(?=[ \t]{0,3}(?:[,;\t|\r\n]|$))`),
    mask: 'full',
    validate: (v, ctx) => {
      const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return column !== null && NAME_COLUMN.test(column.trim()) && personLike(v) && ROW_ID.test(rowAround(ctx.text, ctx.start, ctx.end));
    },
    remediation: "Export and log tables without the person's name (a record id is enough to trace a row)",
  }),
  defineDetector({
    id: 'person-name-sql-column',
    name: "Person's name (SQL INSERT column named for it, beside an id column)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['values'],
    // `INSERT INTO customers (name, email, tax_id) VALUES ('Ann Lee', …)`, Laravel's interpolated `values (Ann Lee, …)`.
    pattern: new RegExp(String.raw`(?<=[(,]\s{0,3})(?:N?'(?<v>${PERSON})'|(?<w>${PERSON})(?=\s{0,3}[,)]))`),
    mask: 'full',
    validate: (v, ctx) => {
      const column = sqlColumnAt(ctx.text, ctx.start);
      return column !== null && NAME_COLUMN.test(column) && personLike(v);
    },
    remediation: "Log SQL statements without their bound values (a record id is enough to trace a row)",
  }),
];
