import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';

/**
 * Round r34 (blind set 34: security operations and incident response): people's names as SOC
 * tools, tickets and triage notes record them — the label of an incident's or a record's person
 * (`Victim:`, `Reporter:`, `Full Name :`, `Name on Card:`, `lastLoggedInUser:`, `Finance contact:`),
 * a name with its own mailbox (`Ann Lee <ann.lee@corp.com>`), the speaker of a pasted chat
 * timeline (`09:14 Ann Lee: …` in brackets), a SAML display-name attribute, the person object of a case
 * export (`"customer": {"name": …}`) and `<name>'s laptop`. The label, mailbox or format says the
 * value is a person; bots, roles and teams stay clean (ciPersonOk).
 */

/** `re` (a regex source of lowercase words) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Labels whose value is the person an incident or record is about (`Victim:`, `Name on Card:`, `lastLoggedInUser:`). */
const PERSON_LABEL = anyCase(
  String.raw`(?:victim|reporter|reported[ _]by|full[ _]?name|name[ _]on[ _]card|card[ _]?holder(?:[ _]?name)?|holder|last[ _]?logged[ _]?in[ _]?user|logged[ _]?on[ _]?user|finance[ _]contact|employee(?:[ _]name)?|worker|patient(?:[ _]name)?|beneficiary(?:[ _]name)?|owner|analyst|affected[ _]user|account[ _]holder)`,
);
/** Literals of which every PERSON_LABEL match holds one (lowercase). */
const LABEL_WORDS = ['victim', 'reporter', 'reported', 'full name', 'full_name', 'fullname', 'name on card', 'holder', 'loggedinuser', 'logged', 'finance contact', 'employee', 'worker', 'patient', 'beneficiary', 'owner', 'analyst', 'affected'];

/** After a label: `: `, ` = `, `"…": "`, or (with another identifier of the person nearby) a space. */
const LABEL_SEP = String.raw`(?:\\{0,3}["'])?(?:[ \t]{0,12}(?:=>|[:=])[ \t]{0,8}|[ \t](?=[A-Z]))(?:\\{0,3}["'])?`;

/** What may end a name: not another letter, name word or digit. */
const END = String.raw`(?![\w'’-]| (?:${'[A-Z][a-z]'}|de |van |von ))`;

/** Another identifier of the same person or record nearby: an e-mail, an SSN, a NINO, a card, an IBAN, an account. */
const IDENT = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\b\d{3}-\d{2}-\d{4}\b|\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b|\b\d{13,19}\b|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}|\b(?:NI|SSN|IBAN|MFA|card|acct|account|password|host|laptop)\b/;

/** True when the local part of `mail` is made of the name's words (`ann.lee`, `alee`, `lee.ann`, `ann_lee12`). */
export function mailboxOf(name: string, mail: string): boolean {
  const local = mail.toLowerCase().replace(/\+.*$/, '').replace(/[^a-z]/g, '');
  // Rounds r41/r42: accents folded first (`Sofía` against `sofia…@`, `Joaquín` against `joaquin@`), not dropped with their letter.
  // Round r76p: German and Nordic letters also as they are spelt in ASCII (`Schröder` as `schroeder`, `Bjørn` as `bjorn`).
  const spelt = name.replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue').replace(/[äÄ]/g, 'ae').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae');
  return ownMailbox(name, local) || (spelt !== name && ownMailbox(spelt, local));
}

function ownMailbox(name: string, local: string): boolean {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter((w) => w.length > 1);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // Round r42: a family name with a particle joined (`Tomasz De Luca` as `tdeluca`).
  const family = words.slice(1).join('');
  if (first.length < 2 || last.length < 2) return false;
  // Round r76p: a name written family name first (Hungarian `Kovács Gergő` as `gkovacs`).
  if (words.length === 2 && first.length > 2 && local.startsWith(last[0]! + first)) return true;
  return (local.includes(last) || local.startsWith(first)) && (local.includes(first) || local.startsWith(first[0]! + last) || (words.length > 2 && local.startsWith(first[0]! + family)));
}

export const NAME_R34_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-incident-label',
    name: "Person's name under a label naming an incident's or record's person (`Victim:`, `Reporter:`, `Full Name :`, `Name on Card:`, `lastLoggedInUser:`)",
    category: 'personal',
    severity: 'medium',
    // Below person-name-under-person-label (40), which has the labels they share.
    priority: 39.5,
    confidence: 0.65,
    span: 200,
    spanBack: 2,
    keywords: LABEL_WORDS,
    // A name starts with a capital (PERSON_R32): the label, its separator and a capital, searched first, so that a
    // logger named after a label word (`DEBUG worker: job 42`, on every line of a job log) costs one cheap search.
    precheck: { re: new RegExp(String.raw`(?:${PERSON_LABEL})${LABEL_SEP}[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`), reach: 0 },
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]))(?<k>${PERSON_LABEL})${LABEL_SEP}(?<v>${PERSON_R32})${END}`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!ciPersonOk(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      // A bare space after the label (`Employee Ann Lee NI …`, `patient Ann Lee has no MFA`): only with another identifier near.
      const lead = ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start);
      return /[:="']/.test(lead) || nearby(IDENT, ctx.text, ctx.start, ctx.end, 160);
    },
    remediation: "Refer to victims, reporters and record holders by user id or ticket, not by name",
  }),
  defineDetector({
    id: 'person-name-with-own-mailbox',
    name: "Person's name followed by their own e-mail address in `<…>` or `(…)` (`Ann Lee <ann.lee@corp.com>`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.25,
    confidence: 0.7,
    keywords: ['@'],
    // The search starts a name's length before the first ` <mailbox@`, not at every character of every line with an `@`.
    // Round l55: in parentheses too (`complaint from Ann Lee (ann.lee@corp.com)`, `for Ann Lee (ann.lee+billing@…)`).
    precheck: { re: /[a-z\u00df-\u024f] [<(][\w.+-]{2,64}@/, reach: 100 },
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON_R32}) (?:<(?<m>[A-Za-z0-9._+-]{2,64})@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}>|\((?<n>[A-Za-z0-9._+-]{2,64})@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\))`),
    mask: 'full',
    validate: (v, ctx) => {
      const m = /[<(]([^@>)]+)@/.exec(ctx.text.slice(ctx.start, ctx.end + 120));
      return !!m && ciPersonOk(v) && mailboxOf(v, m[1]!) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end);
    },
    remediation: "Log the user id instead of a person's name and mailbox",
  }),
  defineDetector({
    id: 'person-name-chat-timeline-speaker',
    name: "Person's name as the speaker of a pasted chat or incident timeline line (`09:14 Ann Lee: …` in brackets)",
    category: 'personal',
    severity: 'medium',
    priority: 42.25,
    confidence: 0.65,
    // Tried only where a line starts with `[` (see Detector.lineStart).
    keywords: ['['],
    lineStart: true,
    pattern: new RegExp(String.raw`(?<![^\n])\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\] (?:@)?(?<v>${PERSON_R32}): `),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: "Paste incident timelines with handles or roles, not people's full names",
  }),
  defineDetector({
    id: 'person-name-saml-name-attribute',
    name: "Person's name in a SAML assertion's display-name, given-name or surname attribute",
    category: 'personal',
    severity: 'medium',
    priority: 42.5,
    confidence: 0.75,
    span: 300,
    keywords: ['attributevalue'],
    pattern: new RegExp(String.raw`Name="[^"]{0,120}(?:claims/(?:displayname|name)|displayName|\bcn)"[^>]{0,200}>\s{0,4}<(?:saml2?:)?AttributeValue[^>]{0,120}>(?<v>${PERSON_R32})</`),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: 'Log SAML assertions without their attribute statements (NameID hash and session id suffice)',
  }),
  defineDetector({
    id: 'person-name-in-party-object',
    name: "Person's name in the customer, cardholder, victim or employee object of a case export (a `customer` object's `name`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.5,
    confidence: 0.7,
    span: 300,
    keywords: ['"customer', 'holder"', '"victim', '"employee', '"patient', '"beneficiary'],
    pattern: new RegExp(String.raw`"(?:customer|cardholder|victim|employee|patient|holder|beneficiary|account_holder)\\{0,3}"\s{0,2}:\s{0,2}\{[^{}]{0,200}?\\{0,3}"(?:name|full_?[Nn]ame|display_?[Nn]ame)\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?<v>${PERSON_R32})\\{0,3}"`),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: "Export fraud and HR cases with customer ids, not names",
  }),
  defineDetector({
    id: 'person-name-windows-event-data',
    name: "Person's name in a Windows event's `<Data Name=\"DisplayName\">` (or `FullName`, or a `Description` naming a person and role)",
    category: 'personal',
    severity: 'medium',
    priority: 42.5,
    confidence: 0.7,
    keywords: ['<data name="'],
    // Security 4720/4738 `DisplayName`, `FullName`; a Sysmon/WEF `Description` written `Ann Lee (helpdesk)`.
    pattern: new RegExp(String.raw`<Data Name="(?:DisplayName|FullName|FullUserName|SubjectUserFullName|Description)">(?<v>${PERSON_R32})(?:</Data>| \([a-z][\w -]{1,30}\)</Data>)`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && (!ctx.text.startsWith('Description', (ctx.matchStart ?? 0) + 12) || ctx.text[ctx.end] === ' '),
    remediation: "Forward Windows events without the account's display name (the SID identifies it)",
  }),
  defineDetector({
    id: 'person-name-possessive-device',
    name: "Person's name owning a device or account in triage prose (`Ann Lee's laptop`, `… for Ann Lee's workstation`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ["'s laptop", "'s workstation", "'s machine", "'s device", "'s account"],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON_R32})['’]s (?:laptop|workstation|machine|device|account)\b`),
    mask: 'full',
    validate: (v) => ciPersonOk(v) && v.split(' ').length <= 3,
    remediation: "Refer to a device by its host name or asset tag, not its owner's name",
  }),
  defineDetector({
    id: 'person-name-after-ticket-by',
    name: "Person's name after `comment by`, `(by …)`, `mail from \"…\"` or `beneficiary` in incident tickets",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['ed by ', 'comment by', 'assigned to', '(by ', 'mail from "', 'beneficiary ', '(owner '],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z])(?:[Cc]omment(?:ed)? by|[Oo]pened by|[Cc]losed by|[Uu]pdated by|[Hh]andled by|[Aa]ssigned to|\(by|\(owner|beneficiary) |\bmail from ")(?<v>${PERSON_R32})(?=[:),"]|\s<)`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Refer to ticket authors and parties by user id, not by name",
  }),
];
