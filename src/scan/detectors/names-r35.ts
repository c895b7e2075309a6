import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid } from '../validators';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';

/**
 * Round r35 (blind set 35: games, media, streaming and creator platforms): people's names under
 * the labels game, media and creator-platform logs give them — an owner, a contact on record, an
 * escalation contact, a player or account holder (`owner contact: Ann Lee`, `UNITY_LICENSE_OWNER=Ann Lee`,
 * `player.real_name = Ann Lee`, a W-9's `line1_name`, a card `"holder":"ANN LEE"`), a writer who
 * says `my name is …`, a sender of `… from Ann Lee <ann@x.io>`; and a Stripe Connect account form's
 * `individual[first_name]`/`[last_name]` and US `individual[id_number]` (an SSN).
 */

/** A name in capitals as card forms and bank files write it (`ANN LEE`, `SEAN O'NEIL`). */
// Round r36: Latin Extended-A capitals too (`GIULIA WIŚNIEWSKA`, `ŁUKASZ NOWAK`).
const UPPER_PERSON = String.raw`[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]{1,20}(?: [A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]{1,20}){1,3}`;

/** `re` (a regex source of lowercase words) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Labels whose value is a person: an owner, a contact, a player, an account or card holder, a form's name line. */
const PERSON_LABEL = anyCase(
  String.raw`(?:contact on (?:record|file)|owner contact|escalation(?:[_ ]contact)?|(?:playlist|channel|license|licence|account)?[_ .-]?owner|player(?:\.real_?name)?|real_?name|account[_ ]holder(?: [a-z]{1,12}){0,4}|card_?holder|holder|line_?1_?name|username)`,
);

/** A capitals-only value that is a word of a form or a system, not a name. */
const NOT_UPPER_PERSON = /\b(?:N\/A|NONE|NULL|UNKNOWN|TEST|CARD|HOLDER|VISA|MASTERCARD|AMEX|DEBIT|CREDIT|CUSTOMER|USER|ADMIN|ERROR|INVALID|REDACTED)\b/;

/** `ANN O'NEIL` → `Ann O'Neil` (for the title-case checks). */
const titleCase = (v: string): string => v.toLowerCase().replace(/(^|[ '’-])(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());

/** Words of campaigns, funds and programmes a payout note names instead of a person (`Summer Campaign`, `Creator Fund`). */
const NOT_NOTE_PERSON = /\b(?:Campaign|Fund|Bonus|Bounty|Program|Programme|Payout|Reward|Rewards|Tip|Tips|Prize|Season|Event|Contest|Challenge|Drop|Drops|Sale|Promo|Giveaway|Winter|Summer|Spring|Autumn|Fall|Week|Month|Quarter|Referral|Affiliate|Partner|Creator|Creators|Royalty|Royalties|Refund|Invoice)\b/;

/** True when a decoded `first_name` / `last_name` form value is one capitalised name word. */
const nameWordOk = (raw: string): boolean => {
  let v: string;
  try {
    v = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return false;
  }
  const word = String.raw`[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,30}(?:['’-][A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]?[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,30}){0,2}`;
  return new RegExp(String.raw`^(?:${word} (?:(?:van|von|der|den|de|del|la|le|da|dos|di|du) ){0,2})?${word}$`, 'u').test(v) && ciPersonOk(`${v} ${v}`);
};

/** A US SSN's rules: no area 000, 666 or 9xx, no group 00, no serial 0000. */
const ssnOk = (v: string): boolean => !/^(?:000|666|9)/.test(v) && v.slice(3, 5) !== '00' && v.slice(5) !== '0000' && !/^(\d)\1{8}$/.test(v) && v !== '123456789';

export const NAMES_R35_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-role-label',
    name: "Person's name under an owner, contact, player or holder label (`owner contact: Ann Lee`, `UNITY_LICENSE_OWNER=Ann Lee`, `\"holder\":\"ANN LEE\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.5, // below the older name detectors' record-specific reads (`cc_owner` beside a card)
    confidence: 0.65,
    keywords: ['owner', 'contact', 'escalation', 'player', 'real_name', 'holder', 'line1_name', 'username'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?<k>${PERSON_LABEL})\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?:(?<v>${PERSON_R32})|(?<w>${UPPER_PERSON}))(?![\w'’-]|\.\w| [A-Z][a-z])`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      if (!/\p{Ll}/u.test(v)) return !NOT_UPPER_PERSON.test(v) && ciPersonOk(titleCase(v));
      return ciPersonOk(v);
    },
    remediation: "Log owners, contacts and players by id, not by name",
  }),
  defineDetector({
    id: 'person-name-my-name-is',
    name: "Person's name a writer gives in prose (`my name is Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.65,
    keywords: ['my name is ', "my name's "],
    pattern: new RegExp(String.raw`(?<![A-Za-z])[Mm]y name(?: is|['’]s) (?<v>${PERSON_R32})(?![\w'’-])`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Redact free-text ticket bodies before logging them',
  }),
  defineDetector({
    id: 'person-name-from-mailbox',
    name: "Person's name of a sender written `from Ann Lee <ann@x.io>`",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.65,
    keywords: ['from '],
    needs: ['@'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])[Ff]rom (?<v>${PERSON_R32}) (?:<|&lt;|\\u003c)[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Log senders by id, not by name and address',
  }),
  defineDetector({
    id: 'person-name-under-card',
    name: "Person's name a card or account is held `under` (`card was 4111… under Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.6,
    keywords: [' under '],
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:card|account|registered|subscription|order)\b[^\n]{0,60}? under (?:the name (?:of )?)?(?<v>${PERSON_R32})(?![\w'’-])`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Redact support transcripts before they are logged',
  }),
  defineDetector({
    id: 'person-name-in-payout-note',
    name: "Person's name closing the note of a payout item to an e-mail receiver (`receiver: ann@x.io … note: \"Creator fund - Ann Lee\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.5,
    confidence: 0.6,
    keywords: ['note', 'memo'],
    needs: ['@'],
    // PayPal Payouts items, Wise/Tipalti batch rows: the receiver's address, then a memo that names them.
    pattern: new RegExp(
      String.raw`(?:receiver|recipient|payee|email)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[^\n]{0,120}?(?<![A-Za-z])(?:note|memo)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["'][^"\n\\]{0,60}?(?: [-–—:] | (?:for|to) )(?<v>${PERSON_R32})\\{0,3}["']`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !NOT_NOTE_PERSON.test(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Write payout notes without the recipient\'s name (the item id and receiver id are enough)',
  }),
  defineDetector({
    id: 'person-name-form-field',
    name: 'First or last name in a URL-encoded account form (the first_name or last_name field of an individual or representative)',
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.7,
    keywords: ['first_name]=', 'last_name]='],
    pattern: /(?:individual|person|representative|owner|director|executive|account_holder|beneficiary)\]?\[(?:first|last)_name\]=(?<v>[A-Za-z0-9%.'+-]{2,90})(?=&|\s|$|")/,
    mask: 'full',
    validate: (v) => nameWordOk(v),
    remediation: 'Log Connect onboarding requests without the person fields of their form bodies',
  }),
  defineDetector({
    id: 'ssn-form-id-number',
    name: 'US SSN as the id_number field of a Stripe Connect individual form',
    category: 'personal',
    severity: 'high',
    priority: 44,
    confidence: 0.8,
    keywords: ['id_number]='],
    pattern: /(?:individual|person|representative|owner|director|executive)\]?\[id_number\]=(?<v>\d{9}|\d{3}-\d{2}-\d{4})(?![\w-])/,
    mask: 'full',
    validate: (v) => ssnOk(v.replace(/-/g, '')),
    remediation: 'Send identity numbers to Stripe from the client (Stripe.js tokens) and never log the form body',
  }),
];

/** A NACHA entry-detail record quoted after a label in a log line (`entry: 622<routing><account>…`), not at a line start. */
const QUOTED_ENTRY = String.raw`(?<![A-Za-z])(?:entry|record|entry[ _-]detail|detail)\s{0,2}[:=]\s{0,2}6[23][2378]`;

/** ACH entry-detail records an ODFI rejection or a payout runner quotes in its log: the routing number, the account and the receiver's name, by position. */
export const NACHA_R35_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'nacha-quoted-entry-routing',
    name: 'ABA routing number of a NACHA entry-detail record quoted in a log line',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['entry: 6', 'record: 6'],
    pattern: new RegExp(String.raw`${QUOTED_ENTRY}(?<v>\d{9})(?=[0-9A-Za-z -]{17}\d{10})`),
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Log the trace number of a rejected ACH entry, not the record',
  }),
  defineDetector({
    id: 'nacha-quoted-entry-account',
    name: 'Bank account number of a NACHA entry-detail record quoted in a log line',
    category: 'financial',
    severity: 'high',
    priority: 46,
    confidence: 0.75,
    keywords: ['entry: 6', 'record: 6'],
    pattern: new RegExp(String.raw`${QUOTED_ENTRY}(?<r>\d{9})(?<v>[0-9A-Za-z-]{4,17})(?= {0,13}\d{10})`),
    mask: 'full',
    validate: (v, ctx) => /\d{4}/.test(v) && !/^0+$/.test(v) && abaValid(ctx.text.slice(ctx.start - 9, ctx.start)),
    remediation: 'Log the trace number of a rejected ACH entry, not the record',
  }),
  defineDetector({
    id: 'nacha-quoted-entry-name',
    name: "Receiver's name (positions 55-76) of a NACHA entry-detail record quoted in a log line",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['entry: 6', 'record: 6'],
    pattern: new RegExp(String.raw`${QUOTED_ENTRY}\d{9}[0-9A-Za-z -]{17}\d{10}[0-9A-Za-z -]{15}(?<v>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{0,20}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]{0,20}){1,3})`),
    mask: 'full',
    validate: (v) => !NOT_UPPER_PERSON.test(v) && ciPersonOk(titleCase(v)),
    remediation: 'Log the trace number of a rejected ACH entry, not the record',
  }),
];
