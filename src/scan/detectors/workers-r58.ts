import { defineDetector, rei } from '../define-detector';
import type { Detector } from '../detector';
import { bsnValid } from '../id-checksums';
import { isFictionalPhone, isRoleMailbox } from '../public-values';
import { abaChecksumOk, abaValid, isLowEntropy, luhnValid } from '../validators';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';
import { personLike } from './paired-names';

/**
 * Round r58 (blind set 58: integration workers and HTTP clients in debug mode — job arguments,
 * retries, dead letters, wire logs, webhooks, OAuth exchanges, payouts). The classes:
 * - a given or a family name ALONE under a first-/last-name key (`"firstname":"Ada"`, `firstname=Ada,` in a
 *   Java map, `customer.lastName=Byrne}`, PHP `[FNAME] => Ada`, pretty-printed JSON) in a record that holds the
 *   person's own mailbox or phone (the older split-keys rule needs the other half on the same line);
 * - a full name under a mail recipient's or a signer's name key (`to_name = '…'`, `\"toName\":\"…\"`,
 *   `<UserName>Ada Lovelace</UserName>` of a DocuSign recipient);
 * - a given name greeted at the start of a message body (`Body=Hi Ada, your order…`, `"text":"Hello Ada!…"`);
 * - a full name introducing itself in a message (`This is Ada Lovelace, my new address…`) beside a phone or mailbox;
 * - a full name in prose right before its contact label (`reply to Ada Lovelace, phone +44…`);
 * - a job's positional arguments (`args: ["Ada Lovelace", "<routing>", "<account>", 12.50]`): the routing number,
 *   the account after it and the holder's name before them;
 * - ABA routing numbers under NACHA's RDFI/ODFI labels (`rdfi=…`, `odfi_routing: …`);
 * - Square webhook signature keys (`signatureKey=…`), webhook/OAuth verifier tokens (`QBO_WEBHOOK_VERIFIER=…`,
 *   `verifier_token: …`, `code_verifier=…`), Google OAuth authorization codes (`code=4/0A…`);
 * - a Dutch BSN under a social-security-number key (Adyen's `socialSecurityNumber`), which the SSN rules reject.
 */

const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The letters of a name word after its capital, with its joints (`Mei-Lin`, `O'Neil`): for cheap prechecks. */
const NAMECH = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’A-Z-]`;
/** One name word in title case (`Ada`, `Jae-won`, `Al-Sayed`, `O'Neil`, `Wiśniewski`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Lowercase particles that may open or sit inside a family name. */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten)`;

/** Values of name fields that name nobody: placeholders, test data, validation words. */
const NOT_A_NAME =
  /^(?:Null|None|Unknown|Test|Tester|Testing|String|First|Last|Name|Firstname|Lastname|Given|Family|Surname|Redacted|Anonymous|User|Admin|Customer|Client|Guest|Example|Sample|Demo|John|Jane|Doe|Smith|Roe|Placeholder|Required|Optional|Invalid|Missing|Empty|Blank|True|False|Text|Value|Field|Default|Masked|Hidden|Filtered|Undefined|Nobody|Someone|Member|Contact|Subscriber|Valued)$/;

/** A documentation mailbox domain (RFC 2606/6761). */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;
const MAIL = /([A-Za-z0-9._+-]{1,64})(?:@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})/g;
const PHONE = /(?:\+|%2B)\d[\d ().-]{6,18}\d/g;

/**
 * The person's own contact within `reach` of `[start, end)`: a mailbox that is neither a documentation nor a role
 * mailbox, or an international phone outside the fictional ranges. A documentation mailbox anywhere there: none
 * (a sample payload).
 */
function contactNear(text: string, start: number, end: number, reach: number): boolean {
  const s = text.slice(Math.max(0, start - reach), Math.min(text.length, end + reach));
  let found = false;
  for (const m of s.matchAll(MAIL)) {
    if (EXAMPLE_DOMAIN.test(m[2]!)) return false;
    if (!isRoleMailbox(m[1]!, m[2]!)) found = true;
  }
  if (found) return true;
  for (const m of s.matchAll(PHONE)) {
    const d = m[0].replace(/^%2B/i, '').replace(/\D/g, '');
    if (d.length >= 9 && d.length <= 15 && !isFictionalPhone(d) && !/^(\d)\1+$/.test(d)) return true;
  }
  return false;
}

/** A given or family name key (`first_name`, `firstName`, `customer.lastName`, `surname`, `FNAME`). */
const HALF_KEY = String.raw`(?:[Ff]irst|FIRST|[Gg]iven|GIVEN|[Ff]ore|FORE|[Ll]ast|LAST|[Ff]amily|FAMILY)[_-]?(?:[Nn]ame|NAME)|[Ss]ur_?name|SURNAME|[FL]NAME|[fl]name`;
/** Key, separator (`": "`, `=`, `=>`, `] => `, escaped quotes). */
const HALF_SEP = String.raw`(?:\\{0,3}["'])?\]?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?`;

/** A given name greeted at a message's start: words that greet no person (`Hi there,`, `Hello Team!`). */
const NOT_GREETED = /^(?:There|Team|All|Everyone|Everybody|Folks|Guys|Friend|Friends|Again|Sir|Madam|Hello|Hi|World|Customer|Customers|User|Users|Member|Members|Partner|Partners|Guest|Guests|Client|Clients|Colleague|Colleagues|Neighbor|Neighbour|Traveler|Traveller|Shopper|Buyer|Seller|Patient|Student|Parent|Tenant|Driver|Rider|Admin|Support|Developer|Developers|Valued|Dear|Name|First|Firstname|Subscriber|Reader|Human|Mate|Boss|Bot|Ops|Engineer|Engineers|Devs|Teammate|Teammates|Crew|Staff|Gang|Squad|Hiring|Recruiter|Manager)$/;

/** The greetings whose word after them is the message's recipient. */
const GREETINGS = ['hi', 'hello', 'hey', 'dear', 'hola', 'bonjour', 'hallo', 'ciao'];

/** A job's positional argument list opening (`args: [`, `"args":[`, `args=(`, `arguments: [`), then earlier arguments. */
const ARGS_OPEN = String.raw`(?<![A-Za-z])(?:args|arguments|Args|Arguments|ARGS)\\{0,3}["']?[ \t]{0,2}(?:=>|[:=])[ \t]{0,2}[[(](?:[^[\]()\n]{0,160}?,[ \t]{0,2})?`;
/** A quoted argument: its quote, value, quote and the comma to the next. */
const NEXT = String.raw`\\{0,3}["'][ \t]{0,2},[ \t]{0,2}\\{0,3}["']`;

/** The argument list (up to 400 characters) that starts before `start`. */
function argsListAt(text: string, start: number): string {
  const open = Math.max(text.lastIndexOf('[', start), text.lastIndexOf('(', start));
  const from = open < 0 ? Math.max(0, start - 200) : open;
  const rest = text.slice(from, Math.min(text.length, from + 400));
  const close = rest.search(/[\])]/);
  return close < 0 ? rest : rest.slice(0, close);
}

/** Another identifier of the person among a job's arguments: a mailbox, a phone, a routing+account pair, a card, a dashed SSN. */
function argsHoldIdentifier(list: string): boolean {
  for (const m of list.matchAll(MAIL)) if (!EXAMPLE_DOMAIN.test(m[2]!) && !isRoleMailbox(m[1]!, m[2]!)) return true;
  if (/["']\+\d{8,15}["']/.test(list) || /\b\d{3}-\d{2}-\d{4}\b/.test(list)) return true;
  const rt = /["'](\d{9})["'][ \t]{0,2},[ \t]{0,2}["']\d{4,17}["']/.exec(list);
  if (rt && abaValid(rt[1]!)) return true;
  for (const m of list.matchAll(/["'](\d{13,19})["']/g)) if (luhnValid(m[1]!)) return true;
  return false;
}

/** Letters of both cases and a digit, long enough and not a run: a generated secret, not a word or a setting. */
const generated = (v: string): boolean => v.length >= 16 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !/^(?:your|my|example|sample|placeholder|redacted|changeme|xxx)/i.test(v);

/**
 * A random key of base64url characters: both cases, and a digit or a symbol or 20+ characters that are not camel-case
 * words (a Square signature key may be letters alone: `CtiLHTRFNUinavHusSpUCj`).
 */
const keyLike = (v: string): boolean =>
  v.length >= 16 && /[a-z]/.test(v) && /[A-Z]/.test(v) && (/[\d_+/-]/.test(v) || (v.length >= 20 && !/^(?:[A-Z][a-z]+)+$/.test(v))) && !isLowEntropy(v) && !/^(?:your|my|example|sample|placeholder|redacted|changeme|xxx)/i.test(v);

/** Letters of a word or mailbox without accents, lowercase (`Ruairí` → `ruairi`). */
const folded = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** A quoted nine-digit run, then the next quoted argument of four to seventeen digits: the gate of both job-argument rules. */
const ROUTING_THEN_ACCOUNT = { re: /\d{9}\\{0,3}["'][ \t]{0,2},[ \t]{0,2}\\{0,3}["']\d{4,17}\\{0,3}["']/, reach: 220 };

export const WORKERS_R58_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-half-beside-contact',
    name: "Person's given or family name alone under a first-/last-name key, in a record holding the person's own mailbox or phone",
    category: 'personal',
    severity: 'medium',
    // Below the older name rules (split-keys 44, the r49 pairs 43): the forms they read stay theirs.
    priority: 36,
    confidence: 0.65,
    keywords: ['first_name', 'firstname', 'first-name', 'given_name', 'givenname', 'forename', 'last_name', 'lastname', 'last-name', 'surname', 'family_name', 'familyname', 'fname', 'lname'],
    // The key's `name`, its separator and a capital (or a particle): one cheap search before the key is read back.
    precheck: { re: new RegExp(String.raw`(?:name|NAME|Name)${HALF_SEP}(?:${UP}|${PARTICLE} )`), reach: 8 },
    // A pretty-printed record (Go resty, PHP print_r) puts the mailbox or phone a few lines away.
    span: 400,
    spanBack: 6,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>${HALF_KEY})${HALF_SEP}(?<v>(?:${PARTICLE} ){0,2}${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD})?)(?=\\{0,3}["']|[ \t]{0,2}[,};&)\]]|[ \t]*(?![^\r\n]))`),
    mask: 'full',
    validate: (v, ctx) => {
      const words = v.split(' ').filter((w) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(w));
      if (words.some((w) => NOT_A_NAME.test(w)) || !personLike(v)) return false;
      // Not a documentation sample, and the person's own contact within reach (a role mailbox is a team's).
      return !exampleMailboxLine(ctx.text, ctx.start, ctx.end) && contactNear(ctx.text, ctx.start, ctx.end, 400);
    },
    remediation: "Log CRM, mail and checkout payloads without the person's name fields (or by contact id)",
  }),
  defineDetector({
    id: 'person-name-recipient-user-key',
    name: "Person's full name under a mail recipient's or signer's name key (`to_name = '…'`, `\"toName\":\"…\"`, `<UserName>…</UserName>`)",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.65,
    keywords: ['to_name', 'toname', 'to-name', 'signer_name', 'signername', '<username>'],
    precheck: { re: new RegExp(String.raw`(?:[Nn]ame|NAME)(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']|>)${UP}${NAMECH}+ (?:[a-z]{1,4} ){0,2}${UP}`), reach: 8 },
    // A quoted value, or an XML element's text (a DocuSign recipient's `<UserName>`; a `user_name` key is often a
    // profile's handle or display name, which rounds r36/r41 leave alone); two to four title-case words.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:(?:[Tt]o|TO|[Ss]igner|SIGNER)[_-]?(?:[Nn]ame|NAME)(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']|<(?:UserName|ToName|SignerName|userName|toName)>)(?<v>${PERSON_R32})(?=\\{0,3}["']|<\/)`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_A_NAME.test(w)) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log mail sends and signing events by user id, not the recipient's name",
  }),
  defineDetector({
    id: 'person-given-name-greeted-in-body',
    name: "Person's given name greeted at the start of a message body (`Body=Hi Ada, your order…`, `\"text\":\"Hello Ada!`)",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.6,
    // The greeting where a value opens: after `=`, a quote, or `: `.
    keywords: GREETINGS.flatMap((g) => [`=${g} `, `=${g}+`, `"${g} `, `'${g} `, `: ${g} `]),
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:[Bb]ody|BODY|[Tt]ext|TEXT|[Mm]essage|MESSAGE|[Cc]ontent|[Ss]ms|SMS|[Mm]sg|[Pp]review|[Ss]ummary)(?:\\{0,3}["'])?[ \t]{0,2}(?:=>|[:=])[ \t]{0,2}(?:\\{0,3}["'])?(?:Hi|Hello|Hey|Dear|Hola|Bonjour|Hallo|Ciao)(?: |\+)(?<v>${WORD})(?=[ \t]?[,!]|%2[Cc1])`,
    ),
    mask: 'full',
    validate: (v, ctx) => !NOT_GREETED.test(v) && !NOT_A_NAME.test(v) && personLike(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log message sends by message id and template, not the rendered body that greets the recipient",
  }),
  defineDetector({
    id: 'person-name-this-is-beside-contact',
    name: "Person's full name introducing itself in a message (`This is Ada Lovelace, …`, `I'm Ada Lovelace from …`) beside a phone or mailbox",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.6,
    keywords: ['this is ', "i'm ", 'i’m ', 'i am '],
    precheck: { re: new RegExp(String.raw`(?:is|am|'m|’m) ${UP}${NAMECH}+ (?:[a-z]{1,4} ){0,2}${UP}`), reach: 8 },
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:[Tt]his is|I am|I'm|I’m) (?<v>${PERSON_R32})(?=[,.!;]| here\b| from\b| and\b| \()`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_A_NAME.test(w)) && contactNear(ctx.text, ctx.start, ctx.end, 300),
    remediation: "Log inbound messages by id, not their bodies (people introduce themselves by name)",
  }),
  defineDetector({
    id: 'person-name-before-contact-label',
    name: "Person's full name in prose right before its contact label (`reply to Ada Lovelace, phone 07…`, `…, email ada@…`)",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.6,
    keywords: [', phone', ', mobile', ', tel', ', cell', ', email', ', e-mail'],
    precheck: { re: /[a-z], (?:phone|mobile|tel|cell|e-?mail)\b/, reach: 100 },
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON_R32}), (?:phone|mobile|tel\.?|telephone|cell|email|e-mail)(?:[: ]|: )[ \t]?(?<c>\+?\(?\d[\d ().-]{6,18}\d|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24})`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_A_NAME.test(w)) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end) && contactNear(ctx.text, ctx.end, ctx.end + 60, 60),
    remediation: "Send prompts and notes with a contact id, not the person's name and number",
  }),
  defineDetector({
    id: 'aba-routing-in-job-args',
    name: 'US ABA routing number as a job positional argument, before the account number (`args: "…", "<routing>", "<account>"` in a list)',
    category: 'financial',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: ['args', 'arguments'],
    precheck: ROUTING_THEN_ACCOUNT,
    pattern: new RegExp(String.raw`${ARGS_OPEN}\\{0,3}["'](?<v>\d{9})${NEXT}\d{4,17}\\{0,3}["']`),
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Pass a bank account id to background jobs, not the routing and account numbers',
  }),
  defineDetector({
    id: 'bank-account-in-job-args',
    name: 'Bank account number as a job positional argument right after a routing number',
    category: 'financial',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: ['args', 'arguments'],
    precheck: ROUTING_THEN_ACCOUNT,
    pattern: new RegExp(String.raw`${ARGS_OPEN}\\{0,3}["'](?<r>\d{9})${NEXT}(?<v>\d{4,17})\\{0,3}["']`),
    mask: 'full',
    validate: (v, ctx) => {
      const r = /(\d{9})\\{0,3}["'][ \t]{0,2},[ \t]{0,2}\\{0,3}["']$/.exec(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
      return !!r && abaValid(r[1]!) && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Pass a bank account id to background jobs, not the routing and account numbers',
  }),
  defineDetector({
    id: 'person-name-in-job-args',
    name: "Person's full name as a job positional argument, when the same arguments hold their mailbox, phone, bank details or card",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.65,
    keywords: ['args', 'arguments'],
    precheck: { re: new RegExp(String.raw`["']${UP}${NAMECH}+ (?:[a-z]{1,4} ){0,2}${UP}${NAMECH}+(?: ${UP}${NAMECH}+){0,2}\\{0,3}["'][ \t]{0,2}[,)\]]`), reach: 200 },
    pattern: new RegExp(String.raw`${ARGS_OPEN}\\{0,3}["'](?<v>${PERSON_R32})\\{0,3}["'][ \t]{0,2}[,)\]]`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_A_NAME.test(w)) && argsHoldIdentifier(argsListAt(ctx.text, ctx.start)),
    remediation: 'Pass a customer id to background jobs, not the name and account details',
  }),
  defineDetector({
    id: 'aba-routing-under-dfi-label',
    name: "US ABA routing number under NACHA's RDFI/ODFI labels (`rdfi=…`, `odfi_routing: …`, `receiving_dfi_id`)",
    category: 'financial',
    severity: 'high',
    priority: 38,
    confidence: 0.75,
    keywords: ['dfi'],
    pattern: rei`(?<![A-Za-z0-9])(?:r|o|receiving_?|originating_?)dfi(?:[_-]?(?:id|aba|routing(?:[_-]?(?:number|no))?|rtn|transit|identification|number))?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>\d{9})(?!\d)`,
    mask: 'full',
    validate: (v) => abaChecksumOk(v),
    remediation: 'Log ACH entries by trace number, without the RDFI routing and account numbers',
  }),
  defineDetector({
    id: 'webhook-signature-key',
    name: 'Webhook signature key under its key (Square `signatureKey=…`, `SQUARE_WEBHOOK_SIGNATURE_KEY=…`)',
    category: 'credential',
    severity: 'high',
    priority: 40.2, // round l86: over webhook-signing-key-qualified (40.1), raised over secret-assignment
    confidence: 0.75,
    keywords: ['signature_key', 'signaturekey', 'signature-key'],
    pattern: rei`(?<![A-Za-z0-9])(?:[\w.-]{0,40}?[_.-])?signature[_-]?key(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_+/=-]{16,88})(?![A-Za-z0-9_+/=-])`,
    mask: 'full',
    validate: (v) => keyLike(v.replace(/=+$/, '')),
    remediation: "Replace this webhook signature key in the provider's dashboard and keep it in the secret store",
  }),
  defineDetector({
    id: 'webhook-verifier-token',
    name: 'Webhook or OAuth verifier token under its key (`QBO_WEBHOOK_VERIFIER=…`, `verifier_token: …`, `code_verifier=…`)',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: ['verifier'],
    precheck: { re: /verifier(?:[_-]?token)?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])/i, reach: 48 },
    pattern: rei`(?<![A-Za-z0-9])(?:[\w.-]{0,40}?[_.-])?verifier(?:[_-]?token)?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_+/.~=-]{20,128})(?![A-Za-z0-9_+/.~=-])`,
    mask: 'full',
    // Generated of base64url, or hex (Intuit writes its verifier token as 64 hex).
    validate: (v) => generated(v.replace(/=+$/, '')) || (/^[0-9a-f]{32,128}$/i.test(v) && /\d/.test(v) && /[a-f]/i.test(v) && !isLowEntropy(v)),
    remediation: 'Rotate the webhook verifier token and keep it out of error messages',
  }),
  defineDetector({
    id: 'google-oauth-authorization-code',
    name: 'Google OAuth authorization code (`code=4/0A…`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['4/0a', '4%2f0a'],
    pattern: /(?<![\w/%])(?<v>4(?:\/|%2[Ff])0A[A-Za-z0-9_-]{40,200})(?![A-Za-z0-9_-])/,
    mask: 'full',
    validate: (v) => /\d/.test(v.slice(4)) && /[a-z]/.test(v) && /[A-Z]/.test(v.slice(4)) && !isLowEntropy(v.slice(4)),
    remediation: 'Stop logging the token request body; an authorization code is exchanged once but must not be replayable from logs',
  }),
  defineDetector({
    id: 'bsn-under-social-security-key',
    name: "Dutch BSN under a social-security-number key (Adyen's `socialSecurityNumber`), where the US SSN rules reject it",
    category: 'personal',
    severity: 'high',
    priority: 35,
    confidence: 0.7,
    keywords: ['socialsecurity', 'social_security', 'social-security'],
    pattern: rei`(?<![A-Za-z0-9])social[_-]?security(?:[_-]?(?:number|no|nr))?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>\d{9})(?!\d)`,
    mask: 'full',
    validate: (v) => bsnValid(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Do not log payment requests with the shopper’s social security number',
  }),
  defineDetector({
    id: 'person-given-name-in-charge-description',
    name: "Person's given name opening a form body's description or memo, when the body's own mailbox is theirs (`receipt_email=ada.l@…&description=Ada order`)",
    category: 'personal',
    severity: 'medium',
    priority: 37,
    confidence: 0.6,
    keywords: ['description=', 'memo=', 'note=', 'notes=', 'comment='],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?:description|memo|notes?|comment)=(?<v>${WORD})(?=\+|%20|&|["'\\]|$)`),
    mask: 'full',
    validate: (v, ctx) => {
      const name = folded(v);
      if (name.length < 3 || NOT_A_NAME.test(v) || NOT_GREETED.test(v) || !personLike(v)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      const le = ctx.text.indexOf('\n', ctx.end);
      const line = ctx.text.slice(ls, le < 0 ? ctx.text.length : le);
      for (const m of line.matchAll(MAIL)) {
        // The mailbox is the person's: their given name and more letters (a family name), or digits after it (`ada1987@`).
        const raw = m[1]!.replace(/\+.*$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
        const local = folded(raw);
        const own = (local.includes(name) && local.length >= name.length + 3) || new RegExp(`^${name}[._-]?\\d{2,4}$`).test(raw);
        if (own && !EXAMPLE_DOMAIN.test(m[2]!) && !isRoleMailbox(m[1]!, m[2]!)) return true;
      }
      return false;
    },
    remediation: "Describe charges by order id, not by the customer's name",
  }),
];
