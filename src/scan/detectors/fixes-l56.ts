import { defineDetector, rei } from '../define-detector';
import type { Detector } from '../detector';
import { ninoValid } from '../id-checksums-more';
import { isRoleMailbox } from '../public-values';
import { abaChecksumOk, isLowEntropy } from '../validators';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';
import { NAME_COLUMN } from './paired-names';

/**
 * The lead's fixes after blind set 56 (web frameworks' request and error logs): a person's name
 * under any key that names a person's role and ends in `name` (`PayoutName:"…"` in a Go struct
 * dump, `card[name]` in a Stripe form, `{'holder_name': '…'}` in a pydantic error, a Rails bind
 * `["holder", "…"]`), the display name of a mail address field (`to="Ann Lee <…>"`), a name in a
 * CSV row's cell before the person's mailbox, a UK National Insurance number standing as a cell of
 * such a row (a person's mailbox, not a team's), and Private Packagist tokens.
 */

/** Key words that, before a final `name`, make the key a person's (`payout_name`, `cardHolderName`, `card[name]`). */
const ROLE = new Set(
  'holder cardholder accountholder policyholder card account payout payee payer recipient beneficiary customer cust client contact sender receiver owner member patient employee guest passenger traveler traveller applicant borrower coborrower tenant insured driver signer signatory debtor creditor consignee buyer seller full legal billing shipping subscriber student donor volunteer claimant guardian parent spouse requester reporter assignee agent representative individual person remitter originator'.split(' '),
);
/** Keys that name the person on their own (`holder`, `payee`, `beneficiary`, `cardholder`). */
const ROLE_ALONE = /^(?:holder|cardholder|accountholder|payee|beneficiary|remitter|nameoncard|nameonaccount)$/;

/** The lowercase words of an identifier (`external_account[account_holder_name]`, `PayoutName`, `cardHolderName`). */
const keyWords = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

/** True when a key names a person: its last word is `name` after a role word (or `details`/`address` after one), or it is a role alone. */
export function personNameKey(key: string): boolean {
  const w = keyWords(key);
  if (w.length === 0) return false;
  if (ROLE_ALONE.test(w.join(''))) return true;
  if (w[w.length - 1] !== 'name' || w.length < 2) return false;
  const before = w[w.length - 2]!;
  if (ROLE.has(before)) return true;
  return (before === 'details' || before === 'address') && w.length > 2 && ROLE.has(w[w.length - 3]!);
}

const KEY_END = String.raw`(?:[Nn]ame|NAME|[Hh]older|HOLDER|[Pp]ayee|PAYEE|[Bb]eneficiary|BENEFICIARY|[Rr]emitter)`;
/** `": "`, `': '`, ` = "`, `=>`, `:=`, a Rails bind's `", "`, an XML element's `>`. */
const SEP = String.raw`(?:\]|%5[Dd])?(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}|(?<=["'])[ \t]?,[ \t]{0,2}|>)(?:\\{0,3}["'])?`;
/** What may end a name: not another letter, name word or digit (a closing `'` is no `O'`). */
const END = String.raw`(?![\w’-]|'[A-Za-z]| (?:[A-Z][a-z]|de |van |von ))`;
/** A mailbox in angle brackets. */
const MAILBOX = String.raw`<[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}>`;
/** A mailbox standing as a row's cell. */
const CELL_MAIL = String.raw`[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w.-]*@)`;
/**
 * The column an EF Core command parameter (`@p0`) fills: the INSERT's column at the parameter's place in
 * its VALUES list, or the column an UPDATE sets to it, in the statement that follows the parameters.
 */
export function efColumnOf(text: string, from: number, param: string): string | null {
  const sql = text.slice(from, from + 4000);
  const ins = /INSERT INTO [^(\n]{1,120}\(([^)]{1,2000})\)\s{0,40}(?:OUTPUT [^\n]{0,300}?)?VALUES\s{0,4}\(([^)]{1,2000})\)/i.exec(sql);
  if (ins) {
    const at = ins[2]!.split(',').map((x) => x.trim()).indexOf(`@${param}`);
    const cols = ins[1]!.split(',').map((x) => x.trim().replace(/^[[`"]|[\]`"]$/g, ''));
    if (at >= 0 && at < cols.length) return cols[at]!;
  }
  const set = new RegExp(String.raw`[[\`"]?(\w{1,60})[\]\`"]?\s{0,2}=\s{0,2}@${param}(?!\w)`).exec(sql);
  return set ? set[1]! : null;
}

/** A UK National Insurance number's shape (no spaces). */
const NINO = String.raw`(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]`;

export const FIXES_L56_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-role-name-key',
    name: "Person's name under any key naming a person's role and ending in `name` (`PayoutName:`, `card[name]`, `'holder_name':`, `[\"holder\", …]`)",
    category: 'personal',
    severity: 'medium',
    // Below every other name rule: the keys they know keep their own detector.
    priority: 38,
    confidence: 0.7,
    keywords: ['name', 'holder', 'payee', 'beneficiary', 'remitter'],
    // The key's end, its separator and a capital: one cheap search before the key itself is read back.
    precheck: { re: new RegExp(String.raw`${KEY_END}${SEP}[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`), reach: 72 },
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?<k>(?:[A-Za-z][A-Za-z0-9_.\-[]{0,60}?)?${KEY_END})${SEP}(?<v>${PERSON_R32})${END}`),
    mask: 'full',
    validate: (v, ctx) => {
      const k = /^[A-Za-z][A-Za-z0-9_.\-[]*/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
      if (!k || !personNameKey(k[0]) || !ciPersonOk(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      // A role alone (`payee: Ann Lee` in a message) may name a company or a prose party: only as a quoted or marked-up field.
      return !ROLE_ALONE.test(keyWords(k[0]).join('')) || /["'>]/.test(ctx.text.slice((ctx.matchStart ?? 0) + k[0].length, ctx.start));
    },
    remediation: "Log payouts, cards and records by id, not by the holder's name",
  }),
  defineDetector({
    id: 'person-name-mail-address-field',
    name: "Person's name as the display name of a mail address field (`to=\"Ann Lee <ann@…>\"`, `From: Ann Lee <…>`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.25,
    confidence: 0.7,
    keywords: ['@'],
    precheck: { re: /[a-z] <[\w.+-]{1,64}@/, reach: 220 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:[Tt]o|TO|[Ff]rom|FROM|[Cc]c|CC|[Bb]cc|BCC|[Rr]eply[_-]?[Tt]o|REPLY[_-]?TO|[Rr]ecipients?|RECIPIENTS?|[Ss]ender|SENDER|[Rr]cpt|[Dd]elivered[_-][Tt]o)\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}(?:\[[ \t]?)?\\{0,3}["']?(?<v>${PERSON_R32}) ${MAILBOX}`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log a message's recipient by user id, not by name and mailbox",
  }),
  defineDetector({
    id: 'person-name-before-mailbox-cell',
    name: "Person's name as a row's cell just before the person's mailbox (`Ann Lee,ann@…,+44…` in a CSV row or a pasted record)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['@'],
    precheck: { re: /[a-z][,;|\t] ?[\w.+-]{1,64}@/, reach: 200 },
    pattern: new RegExp(String.raw`(?:^|(?<=[\n,;|\t"']))(?<v>${PERSON_R32})(?:[,;\t]| ?\| ?)${CELL_MAIL}(?=$|[\s,;|"'\\])`, 'm'),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Export and log customer rows without the name column, or by id",
  }),
  defineDetector({
    id: 'uk-nino-person-row-cell',
    name: 'UK National Insurance number as a cell of a row that also holds a mailbox',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.7,
    keywords: ['@'],
    // The shape without its excluded prefixes: one class test per character, not seven lookaheads.
    precheck: { re: /[A-Z]{2}\d{6}[A-D](?!\w)/, reach: 0 },
    pattern: new RegExp(String.raw`(?<=[,;|\t])(?<v>${NINO})(?=$|[\s,;|"'\\])`, 'm'),
    mask: 'full',
    validate: (v, ctx) => {
      const from = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      const nl = ctx.text.indexOf('\n', ctx.end);
      const row = ctx.text.slice(from, nl < 0 ? ctx.text.length : nl);
      const mail = /([A-Za-z0-9._+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,24})/.exec(row);
      return ninoValid(v) && !!mail && !isRoleMailbox(mail[1]!, mail[2]!);
    },
    remediation: 'Remove this National Insurance number from the logs',
  }),
  defineDetector({
    id: 'person-name-efcore-parameter',
    name: "Person's name as an EF Core command parameter (`@p0='…'`) that fills a name column of the INSERT or UPDATE below it",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.7,
    keywords: ['parameters=['],
    span: 2400,
    pattern: new RegExp(String.raw`(?<=[[ ,])@(?<p>[A-Za-z_]\w{0,30})='(?<v>${PERSON_R32})'`),
    mask: 'full',
    validate: (v, ctx) => {
      const p = /^@(\w+)=/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
      const col = p ? efColumnOf(ctx.text, ctx.end, p[1]!) : null;
      return col !== null && (personNameKey(col) || NAME_COLUMN.test(col.replace(/([a-z])([A-Z])/g, '$1_$2'))) && ciPersonOk(v);
    },
    remediation: 'Turn off EF Core sensitive data logging (EnableSensitiveDataLogging) in production',
  }),
  defineDetector({
    id: 'aba-routing-under-label',
    name: 'US ABA routing number under a routing or branch-code label, in forms the older rules do not read',
    category: 'financial',
    severity: 'medium',
    // Below the other routing rules, which keep their own forms.
    priority: 39,
    keywords: ['routing', 'branch_code', 'branchcode'],
    // A Rails bind's `["routing_number", "…"]`, a CLI table's padded `ach_routing         …`, `"branch_code":"…"`; any prefix
    // (a value under its own label is a routing number whatever the Fed district).
    pattern: rei`(?:routing|branch_?code)[A-Za-z_]{0,12}(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|[:=,])[ \t]{0,3}|[ \t]{4,24})(?:\\{0,3}["'])?(?<v>\d{9})(?![\d])`,
    mask: 'full',
    validate: (v) => abaChecksumOk(v),
    remediation: 'Remove this routing number (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'private-packagist-token',
    name: 'Private Packagist token',
    category: 'credential',
    severity: 'high',
    priority: 90,
    keywords: ['packagist_'],
    // `packagist_` + kind (`ort`, `out`, `uut`, `ut`, …) + 60 hex + an 8-hex checksum.
    pattern: /(?<![\w])packagist_[a-z]{2,4}_[0-9a-f]{68}(?![0-9a-zA-Z])/,
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v.slice(-68)),
    remediation: 'Revoke this token in Private Packagist and read it from the CI secret store',
  }),
];
