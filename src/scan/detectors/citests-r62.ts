import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isRoleMailbox } from '../public-values';
import { isLowEntropy } from '../validators';
import { ciPersonOk, exampleMailboxLine } from './names-r32';

/**
 * Round r62 (blind set 62: API clients' integration tests, VCR/WireMock cassettes, Newman/Pact/k6 runs, CI logs).
 * The classes:
 * - people's names in test fixtures and assertion diffs: a full name under a first/last/given/family-name key
 *   (a JUnit `"LastName":"[Ann Lee]"` diff marker too), a lone first name under such a key beside the person's
 *   own mailbox when the assertion's expected side holds a documentation one (which clears the line for person-name-half-beside-contact), a name after `seeding customer` before a field, a name
 *   before a parenthesised mailbox (`reply to Ann Lee (ann@…)`), after `Refund failed for`, a patient before a DOB
 *   or MRN, a name in a percent-encoded JSON body (`%22customer%22%3A%22Ann%20Lee%22`), and names whose family or
 *   middle name is written with Vietnamese letters (`Trần Thị`) wherever the older rules cut them at the first such letter;
 * - Datadog API/application keys under short keys of a Go map or env (`datadog_api:<32 hex>`, `dd_app=<40 hex>`);
 * - a vendor's label before its hex secret (`Braintree: <32 hex>`, `rollbar=<32 hex>`);
 * - a PayPal REST client secret (`E` + 79 base64url) under a bare `paypal=` key;
 * - an HMAC key under its label (`HMAC key: <hex>`), a Basic credential under a `Basic:` label;
 * - passwords with spaces and `;`: a connection string's `Password=Winter ab12; &3598;` (a part without `=` after `; `),
 *   an env dump line `POSTGRES_PASSWORD=pw with spaces`, a `passphrase: …` label to the line's end, and a quoted
 *   `-var "db_password=pw with spaces"` (terraform, docker `-e`, helm `--set`, newman `--env-var`).
 * Left alone on purpose: values that are not in their vendor's format — "Adyen keys" of 64 random base64url
 * characters (real ones are `AQE…==-…=-…`, found by adyen-api-key), "Discord bot tokens" whose first part is not
 * a base64 user id, routing numbers whose first two digits no Federal Reserve district uses, and toll-free phone numbers.
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A, Vietnamese `Ơ`/`Ư` and Latin Extended Additional. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al)`;
/** Two to four title-case words (particles between them), Vietnamese letters too. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** What may end a name: not another letter, name word or digit (a closing quote may: `'Ann Lee'`, not `Lee's`). */
const END = String.raw`(?![\w-]|[\u00c0-\u024f\u1ea0-\u1ef9]|['’][a-z])`;

/** Words of companies, teams, products and placeholders that a name's place may hold. */
const NOT_NAME = /\b(?:Inc|LLC|Llc|GmbH|Ltd|Corp|Corporation|Co|Company|Group|Services?|Solutions|Systems|Trading|Supplies|Partners|Holdings|Industries|Logistics|Consulting|Technologies|Tech|Labs|Studio|Store|Shop|Foods|Media|Software|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Tests|Testing|Sample|Example|Fixture|Dummy|Placeholder|Customer|Client|User|Guest|Account|Order|Invoice|Payment|Refund|Webhook|Api|Sandbox|Staging|Production|Connect|Checkout|Stripe|Adyen|Square|Paypal|PayPal|Plaid|Braintree)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !NOT_NAME.test(v);

/** A lone first name that is a placeholder, not a person. */
const PLACEHOLDER_FIRST = /^(?:Test|Testing|Tester|Demo|Sample|Example|Dummy|Fake|Foo|Bar|Baz|User|Customer|Client|Guest|First|Firstname|Name|Unknown|Anonymous|Null|None|Nil|Undefined|Jane|John|Joe|Max|Admin|Root|Default|String|Value|Placeholder|Redacted|Hidden)$/;

/** Vietnamese family and middle names written with letters only Vietnamese uses (the older name rules stop at them). */
const VIET_NAMES = ['Trần', 'Nguyễn', 'Phạm', 'Huỳnh', 'Đặng', 'Đỗ', 'Dương', 'Trịnh', 'Lương', 'Thị', 'Đức', 'Hữu', 'Quốc'];
const VIET_NAME = `(?:${VIET_NAMES.join('|')})`;
/** Places and things written like names (`Hồ Chí Minh`, `Thành phố`). */
const VIET_PLACE = /\b(?:Chí Minh|Hà Nội|Đà Nẵng|Huế|Cần Thơ|Hải Phòng|Phố|Quận|Phường|Đường|Tỉnh|Việt Nam)\b/u;

/** A secret-looking value: letters and a digit or symbol, not a low-entropy run or a placeholder word. */
const secretish = (v: string, min = 8): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /[\d\W_]/.test(v) && !isLowEntropy(v) && !/^(?:\*+|x+|changeme|password|placeholder|redacted|example|secret|hidden|none|null|undefined|your[\w-]*)$/i.test(v) && !/^[$%{<[*]/.test(v);

/** Words of prose that a password's place may hold (`password: must be at least 8 characters`). */
const PROSE = /(?:^|\s)(?:is|was|are|were|must|be|the|not|for|of|to|and|or|too|at|least|required|invalid|expired|incorrect|wrong|reset|changed|missing|set|unset|characters?|chars|updated|please|should|contain|use|with|from|in|on|by|see|via|env|file|vault|prompt|stdin|enter|empty|omitted|masked|hidden|redacted|rotated|length|policy|minimum|maximum|ok|failed|error)(?=\s|$)/i;

/** A password or passphrase of two to five space-separated words holding a digit: not prose, not a placeholder. */
const spacedSecretOk = (v: string): boolean => {
  const words = v.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && v.length >= 8 && v.length <= 80 && /\d/.test(v) && /[A-Za-z]/.test(v) && !PROSE.test(v) && !/[<>{}$*]|\.\.\./.test(v) && !isLowEntropy(v.replace(/\s+/g, ''));
};

/** Decoded Basic credential `user:secret` of printable ASCII (not a documentation pair). */
const basicOk = (b64: string): boolean => {
  if (b64.length % 4 !== 0) return false;
  const s = Buffer.from(b64, 'base64').toString('latin1');
  const i = s.indexOf(':');
  return i > 0 && i < s.length - 4 && /^[\x21-\x7e]+$/.test(s) && !/^(?:user(?:name)?|admin|test|foo):(?:pass(?:word)?|secret|test|changeme|bar)$/i.test(s);
};

/** Keys that hold a person's name in a percent-encoded JSON body. */
const ENCODED_NAME_KEY = /^(?:name|full_?name|fullName|customer|customer_?name|customerName|holder|holder_?name|holderName|payer|payee|recipient|recipient_?name|contact|contact_?name|patient|patient_?name|sender_?name|account_?holder(?:_?name)?|accountHolderName|cardholder|cardholder_?name|display_?name|displayName)$/;

/** A percent-encoded value (`Joaqu%C3%ADn%20Lee`, `+` for spaces) that decodes to a person's name. */
const NAME_WHOLE = new RegExp(`^${NAME}$`);
function encodedNameOk(v: string): boolean {
  let s: string;
  try {
    s = decodeURIComponent(v.replace(/\+/g, '%20'));
  } catch {
    return false;
  }
  return NAME_WHOLE.test(s) && personOk(s);
}

export const CITESTS_R62_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-full-under-split-name-key',
    name: "Person's full name under a first/last/given/family-name key, in a fixture or an assertion diff (`\"firstname\": \"Ann Lee\"`, JUnit `\"LastName\":\"[Ann Lee]\"`)",
    category: 'personal',
    severity: 'medium',
    // Below the older name rules: they keep the names they read.
    priority: 36,
    confidence: 0.7,
    keywords: ['firstname', 'first_name', 'first-name', 'lastname', 'last_name', 'last-name', 'surname', 'givenname', 'given_name', 'given-name', 'familyname', 'family_name', 'family-name'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?:(?:[Ff]irst|FIRST|[Ll]ast|LAST|[Gg]iven|GIVEN|[Ff]amily|FAMILY)[_-]?(?:[Nn]ame|NAME)|[Ss]urname|SURNAME)\\{0,3}["']?[ \t]{0,3}(?:=>|:|=)[ \t]{0,3}\\{0,3}["']\[?(?<v>${NAME})\]?\\{0,3}["']`,
    ),
    mask: 'full',
    // A bot's profile (Telegram `getMe`: `"is_bot":true,"first_name":"Acme Alerts"`) names the bot, not a person.
    validate: (v, ctx) => personOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end) && !/["']is_bot["']\s{0,2}:\s{0,2}true/.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 200)),
    remediation: 'Use made-up names in test fixtures and keep recorded customer data out of assertion output',
  }),
  defineDetector({
    id: 'person-name-first-name-beside-own-mailbox',
    name: "Person's first name alone under a first-name key beside the person's mailbox, where an assertion's other side holds a documentation one (`assert {'email': 'ann@…', 'first_name': 'Ann'} == {'email': 'x@example.com'}`)",
    category: 'personal',
    severity: 'medium',
    // Below person-name-half-beside-contact (36), which reads such names unless a documentation mailbox is near.
    priority: 35,
    confidence: 0.6,
    keywords: ['firstname', 'first_name', 'first-name', 'givenname', 'given_name', 'given-name'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?:[Ff]irst|FIRST|[Gg]iven|GIVEN)[_-]?(?:[Nn]ame|NAME)\\{0,3}["'][ \t]{0,3}(?:=>|:)[ \t]{0,3}\\{0,3}["'](?<v>${WORD})\\{0,3}["']`),
    mask: 'full',
    validate: (v, ctx) => {
      if (PLACEHOLDER_FIRST.test(v) || !personOk(v)) return false;
      // The record around the name (from the `{` before it to the next `}`, on its line) holds the person's own mailbox, no documentation or role one.
      const line = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      const from = Math.max(line, ctx.text.lastIndexOf('{', ctx.start));
      let to = ctx.text.indexOf('}', ctx.end);
      const eol = ctx.text.indexOf('\n', ctx.end);
      if (to < 0 || (eol >= 0 && eol < to)) to = eol < 0 ? ctx.text.length : eol;
      const mails = [...ctx.text.slice(from, to).matchAll(/([\w.+-]{1,64})@([\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24})/gi)];
      return mails.length > 0 && mails.every((m) => !exampleMailboxLine(m[0], 0, m[0].length) && !isRoleMailbox(m[1]!, m[2]!));
    },
    remediation: 'Use made-up names in test fixtures and keep recorded customer data out of assertion output',
  }),
  defineDetector({
    id: 'person-name-seeded-record-before-field',
    name: "Person's name after `seeding customer` (creating, importing … a customer, user, patient) before a field or contact (`seeding customer Ann Lee iban=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['seeding ', 'seeded ', 'creating ', 'created ', 'inserting ', 'inserted ', 'importing ', 'imported ', 'upserting ', 'upserted ', 'syncing ', 'synced ', 'onboarding ', 'onboarded ', 'enrolling ', 'enrolled ', 'registering ', 'registered '],
    pattern: new RegExp(
      String.raw`\b(?:[Ss]eed(?:ing|ed)|[Cc]reat(?:ing|ed)|[Ii]nsert(?:ing|ed)|[Ii]mport(?:ing|ed)|[Uu]psert(?:ing|ed)|[Ss]ync(?:ing|ed)|[Oo]nboard(?:ing|ed)|[Ee]nroll(?:ing|ed)|[Rr]egister(?:ing|ed)) (?:test )?(?:customer|user|contact|patient|member|employee|tenant|applicant|account holder|payee|lead|subscriber|guest|student|donor|borrower) (?<v>${NAME})(?= [a-z][a-z_]{1,24}[=:]| \(| <|, ?[a-z_]{2,24}[=:])`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Seed test databases with made-up people, not copies of customers',
  }),
  defineDetector({
    id: 'person-name-before-paren-mailbox',
    name: "Person's name before the person's mailbox in parentheses (`reply to Ann Lee (ann@mail.com)`, `refund failed for Ann Lee (ann@…)`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    // The mailbox's `@`, which every match's line holds (its look-ahead reads it): far rarer than the look-behind's
    // words (`to `, `for `: 47,000 lines of the 50 MB bench log against ~11,000 with an `@`).
    keywords: ['@'],
    // Tried only on lines holding ` (…@`: one cheap search first.
    precheck: { re: /[A-Za-z\u00c0-\u024f] \([\w.+-]{1,64}@/, reach: 200 },
    pattern: new RegExp(
      String.raw`(?<=\b(?:[Tt]o|[Ff]or|[Ff]rom|[Bb]y|[Ww]ith|[Cc]ustomer|[Cc]ontact|[Cc]lient|[Aa]bout|[Rr]egarding|[Pp]atient|[Uu]ser|[Mm]ember|[Aa]pplicant|[Dd]ear) )(?<v>${NAME}) \((?=[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,40}\))`,
    ),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Keep customers' names and mailboxes out of prompts, notifications and test logs; log an id",
  }),
  defineDetector({
    id: 'person-name-after-failed-for',
    name: "Person's name after `Refund failed for` (a payment, payout, order … failed, declined or disputed for someone)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.65,
    keywords: ['failed for', 'declined for', 'rejected for', 'disputed for', 'reversed for', 'bounced for', 'blocked for', 'overdue for', 'cancelled for', 'canceled for', 'refused for'],
    pattern: new RegExp(
      String.raw`\b(?:[Rr]efund|[Pp]ayment|[Cc]harge|[Pp]ayout|[Tt]ransfer|[Oo]rder|[Ii]nvoice|[Ss]ubscription|[Bb]ooking|[Dd]elivery|[Ss]hipment|[Dd]ebit|[Mm]andate|[Cc]apture|[Rr]enewal|[Ww]ithdrawal|[Dd]eposit)s? (?:has |was |have |were )?(?:failed|declined|rejected|disputed|reversed|bounced|blocked|overdue|cancell?ed|refused) for (?<v>${NAME})${END}(?! ${UP})`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Name failed payments by id in alerts and issue titles, not by the customer',
  }),
  defineDetector({
    id: 'person-name-patient-before-dob',
    name: "Person's name after `patient` (member, insured …) before a date of birth or record number (`patient Ann Lee, DOB 1980-01-02`)",
    category: 'personal',
    severity: 'high',
    priority: 36,
    confidence: 0.75,
    keywords: ['dob', 'd.o.b', 'born', 'date of birth', 'mrn', 'nhs', 'ssn'],
    pattern: new RegExp(
      String.raw`\b(?:[Pp]atient|[Mm]ember|[Ii]nsured|[Ss]ubscriber|[Bb]eneficiary|[Rr]esident|[Cc]laimant|[Aa]pplicant|[Ee]mployee|[Cc]ustomer|[Gg]uest|[Pp]assenger|[Cc]lient)(?: name)?[:=]? (?<v>${NAME}),? \(?(?=(?:DOB|D\.O\.B\.|[Dd]ob|[Bb]orn|[Dd]ate of birth|MRN|NHS|SSN)\b)`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: "Keep patients' and members' names out of stub logs and fixtures; match bodies on ids",
  }),
  defineDetector({
    id: 'person-name-percent-encoded-json',
    name: "Person's name in a percent-encoded JSON body (`MessageBody=%7B%22customer%22%3A%22Ann%20Lee%22…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['%22%3a%22'],
    pattern: /%22(?<k>[A-Za-z_]{2,30})%22%3A%22(?<v>(?:[A-Za-z'-]|%(?:[89ABCDEabcde][0-9A-Fa-f]|27)){2,60}(?:(?:%20|\+)(?:[A-Za-z'-]|%(?:[89ABCDEabcde][0-9A-Fa-f]|27)){2,60}){1,3})%22/,
    mask: 'full',
    validate: (v, ctx) => {
      return ENCODED_NAME_KEY.test(ctx.key ?? '') && encodedNameOk(v);
    },
    remediation: 'Keep customer records out of recorded request bodies (filter cassettes before they are written)',
  }),
  defineDetector({
    id: 'person-name-percent-encoded-form-field',
    name: "Person's name with percent-encoded letters under a form field naming the holder (`external_account[account_holder_name]=Joaqu%C3%ADn%20Lee`)",
    category: 'personal',
    severity: 'medium',
    // person-name-form-holder-field (44) reads ASCII names; this one the names whose letters are encoded bytes.
    priority: 36,
    confidence: 0.7,
    keywords: ['holder_name', 'holdername', 'billing_name', 'billingname', 'first_name', 'firstname', 'full_name', 'fullname', 'display_name', 'displayname', 'customer_name', 'customername', 'legal_name', 'legalname', 'payer_name', 'payername', 'recipient_name', 'recipientname'],
    pattern: /(?<![A-Za-z])(?:account_?holder|card_?holder|holder|billing|first|full|display|customer|legal|payer|recipient)_?name(?:\]|%5[Dd])?(?:=|%3[Dd])(?<v>(?:[A-Za-z'-]|%(?:[89A-Ea-e][0-9A-Fa-f]|27)){2,60}(?:(?:%20|\+)(?:[A-Za-z'-]|%(?:[89A-Ea-e][0-9A-Fa-f]|27)){2,60}){1,3})(?=[&\s"']|%26|$)/,
    mask: 'full',
    validate: (v) => {
      return /%[89A-Ea-e][0-9A-Fa-f]/.test(v) && encodedNameOk(v);
    },
    remediation: "Log form bodies and payout requests without the holder's name",
  }),
  defineDetector({
    id: 'person-name-vietnamese-family-name',
    name: "Person's name holding a Vietnamese family or middle name written with Vietnamese letters (`Siobhan Trần Thị`, `Nguyễn Văn An`)",
    category: 'personal',
    severity: 'medium',
    // Below every other name rule: where one of them read the name up to its first Vietnamese letter, this one widens it.
    priority: 35,
    confidence: 0.65,
    // No ASCII keyword names them: run only on texts with a character above U+00FF, on lines holding a Vietnamese-only letter.
    wideOnly: true,
    precheck: { re: /[\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/, reach: 90 },
    pattern: new RegExp(String.raw`(?<![\w\u00c0-\u024f\u1ea0-\u1ef9-])(?<v>(?:${WORD}(?: ${PARTICLE}){0,2} ){0,2}${VIET_NAME}(?: ${WORD}){0,2})${END}`),
    mask: 'full',
    validate: (v) => v.includes(' ') && !VIET_PLACE.test(v) && personOk(v),
    remediation: 'Log customers and applicants by id, not by name',
  }),
  defineDetector({
    id: 'datadog-key-short-key',
    name: 'Datadog API or application key under a short key (`datadog_api:<32 hex>` in a Go map, `dd_app=<40 hex>`)',
    category: 'credential',
    severity: 'critical',
    priority: 50,
    confidence: 0.85,
    keywords: ['datadog_api', 'datadog_app', 'datadog-api', 'datadog-app', 'datadog.api', 'datadog.app', 'datadogapi', 'datadogapp', 'dd_api', 'dd_app', 'dd-api', 'dd-app', 'dd.api', 'dd.app', 'ddapi', 'ddapp'],
    pattern: /(?<![\w.-])(?:datadog|dd)[_.-]?(?:api|app|application)(?:[_.-]?key)?\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?(?<v>[0-9a-f]{32}(?:[0-9a-f]{8})?)(?![\w])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.text.slice(ctx.matchStart ?? Math.max(0, ctx.start - 30), ctx.start).toLowerCase();
      const app = /(?:datadog|dd)[_.-]?app/.test(key);
      return (app ? v.length === 40 : v.length === 32) && !isLowEntropy(v) && /[a-f]/.test(v) && /\d/.test(v);
    },
    remediation: 'Revoke this Datadog key in Organization Settings and load keys from the environment in tests',
  }),
  defineDetector({
    id: 'vendor-label-hex-secret',
    name: "A vendor's name as a label before its hex secret (`Braintree: <32 hex>`, `rollbar=<32 hex>`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['braintree', 'recurly', 'algolia', 'bugsnag', 'rollbar', 'pagerduty', 'mixpanel', 'amplitude', 'datadog'],
    pattern: /(?<![\w.-])(?:braintree|recurly|algolia|bugsnag|rollbar|pagerduty|mixpanel|amplitude|datadog)(?:[ _-]?(?:private|admin|server|api|secret|access))?(?:[ _-]?(?:key|secret|token))?(?::[ \t]{1,4}|=)["']?(?<v>[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && /[a-f]/.test(v) && /\d/.test(v),
    remediation: "Rotate this key in the vendor's dashboard and keep keys out of test output",
  }),
  defineDetector({
    id: 'paypal-secret-bare-key',
    name: 'PayPal REST client secret under a bare `paypal` key (`paypal=E…` with 79 more base64url characters)',
    category: 'credential',
    severity: 'critical',
    priority: 50,
    confidence: 0.8,
    keywords: ['paypal'],
    pattern: /(?<![\w.-])paypal(?:[_.-]?(?:client)?[_.-]?secret)?\\{0,3}["']?[ \t]{0,2}(?:=|:[ \t]{0,2})\\{0,3}["']?(?<v>E[A-Za-z0-9_-]{79})(?![\w-])/i,
    mask: 'full',
    validate: (v) => /[A-Z]/.test(v.slice(1)) && /[a-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v),
    remediation: 'Reset this PayPal REST app secret in the developer dashboard',
  }),
  defineDetector({
    id: 'hmac-key-label',
    name: 'HMAC key or secret under its label (`HMAC key: <hex>`, `hmac_secret=<base64>`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['hmac key', 'hmac_key', 'hmac-key', 'hmackey', 'hmac secret', 'hmac_secret', 'hmac-secret', 'hmacsecret', 'hmac signing', 'hmac_signing', 'hmac-signing', 'hmacsigning'],
    pattern: /(?<![\w.-])hmac[ _-]?(?:signing[ _-]?)?(?:key|secret)\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?(?<v>[0-9a-fA-F]{32,128}|[A-Za-z0-9+/_-]{32,88}={0,2})(?![\w+/=-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v),
    remediation: 'Rotate this HMAC key and keep signing secrets out of test output',
  }),
  defineDetector({
    id: 'basic-label-credential',
    name: 'Basic credential under a `Basic:` label (`Basic: dXNlcjpwYXNz…`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['basic:'],
    pattern: /(?<![\w-])[Bb]asic:[ \t]{1,3}["']?(?<v>[A-Za-z0-9+/]{12,200}={0,2})(?![\w+/=])/,
    mask: 'full',
    validate: (v) => basicOk(v),
    remediation: 'Change this password and keep Authorization values out of test output',
  }),
  defineDetector({
    id: 'connection-string-password-semicolon-space',
    name: 'Connection-string password holding `; ` (`Password=Winter ab12; &3598;Encrypt=True`: a part without `=` belongs to the password)',
    category: 'credential',
    severity: 'high',
    // Over jdbc-password (70) and password-assignment, which stop at the first `;`.
    priority: 72,
    confidence: 0.75,
    keywords: ['password=', 'pwd='],
    pattern: /(?<![\w])(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)=(?<v>[^;=\n'"]{1,64}(?:;[ \t][^;=\s'"]{1,16}){1,2})(?=;[ \t]?[A-Za-z][A-Za-z ]{1,30}=|;?["']?[ \t]*$)/m,
    mask: 'full',
    validate: (v) => {
      const parts = v.split(';');
      return secretish(parts[0]!.trim(), 4) && parts.slice(1).every((p) => /[^A-Za-z\s]/.test(p)) && !PROSE.test(v);
    },
    remediation: 'Change this database password and keep connection strings out of test output',
  }),
  defineDetector({
    id: 'env-dump-password-with-spaces',
    name: 'Password with spaces in an env dump line (`POSTGRES_PASSWORD=Koala ab12; !5975`, `web-1  | DB_PASS=…`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['password=', 'passwd=', 'passphrase=', '_pwd=', '_pass='],
    // The key starts the line or follows a space or a compose service's `|`; the value runs to the line's end.
    pattern: /(?:^|[ \t|])(?:export[ \t]+)?[A-Z][A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASSPHRASE|_PWD|_PASS)=(?<v>[^\s'"$][^\n'"]{2,78}?)[ \t]*$/m,
    mask: 'full',
    // Not a shell command after the value (`MYSQL_PWD=…; mysql -u etl`, `… && make`).
    validate: (v) => v.includes(' ') && spacedSecretOk(v) && !/;\s*[a-z][\w.-]*(?:\s|$)|&&|\|\|/.test(v),
    remediation: 'Change this password and keep container environments out of CI logs',
  }),
  defineDetector({
    id: 'passphrase-label-with-spaces',
    name: 'Passphrase or password with spaces under its label, to the line end (`kms key passphrase: Winter ab12; !1010`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['passphrase:', 'pass phrase:', 'password:', 'passwd:'],
    pattern: /(?<![\w-])(?:pass ?phrase|password|passwd):[ \t]{1,3}(?<v>[^\s'"<>{}$*][^\n'"]{6,60}?)[ \t]*$/im,
    mask: 'full',
    validate: (v) => spacedSecretOk(v) && /[^\w\s]|\d[A-Za-z]|[A-Za-z]\d/.test(v),
    remediation: 'Change this passphrase and keep it out of test output',
  }),
  defineDetector({
    id: 'quoted-var-flag-secret',
    name: 'Secret in a quoted `-var "db_password=…"` flag (terraform, docker `-e`, helm `--set`, newman `--env-var`), spaces included',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['-var ', '-var=', '--var', '-e "', "-e '", '-e \\"', "-e \\'", '-e="', "-e='", '--env ', '--env=', '--build-arg', '--set ', '--set=', '--set-string', '--env-var', '--extra-vars', '--global-var'],
    pattern: /(?<![\w-])(?:-var|--var|-e|--env|--build-arg|--set|--set-string|--env-var|--extra-vars|--global-var)[ =]\\?(?<q>["'])(?<k>[A-Za-z][\w.-]{0,60})=(?<v>[^"'\n\\]{1,120}?)\\?\k<q>/,
    mask: 'full',
    validate: (v, ctx) => secretKeyKind(ctx.key ?? '') !== null && (v.includes(' ') ? spacedSecretOk(v) || secretish(v.replace(/\s+/g, '')) && /[^\w\s]/.test(v) : secretish(v, 6)),
    remediation: 'Pass secrets to terraform, docker and helm through the environment or a file, not the command line',
  }),
];
