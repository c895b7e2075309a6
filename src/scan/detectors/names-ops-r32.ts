import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cardBrand, luhnValid } from '../validators';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';

/**
 * Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations): people's names in
 * the output of git and in operations records — `git blame` lines (`<sha> (Ann Lee 2026-01-13 …
 * 40)`), the line `git log --format='%an <%ae>'` prints, a mailbox written `e-mail (Name)`, an
 * incident timeline's actor (`11:24 Ann Lee declared SEV-2`, `Ann Lee (ann@x.io) requested
 * deployment`), and the holder's name at the head of a row of corporate-card charges.
 */

/** An e-mail address. */
const EMAIL = String.raw`[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`;

/** Verbs of an incident or deployment timeline whose subject is a person (`declared SEV-2`, `rolled back …`, `requested deployment`). */
const ACTOR_VERB = String.raw`(?:declared|acknowledged|acked|escalated|paged|approved|rejected|rolled back|requested (?:deployment|approval|access|a deploy|review)|took (?:over|IC|command)|is (?:the )?IC|joined the (?:bridge|call|incident)|handed (?:over|off))`;

export const NAME_OPS_R32_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-in-git-blame',
    name: "Person's name in `git blame` output (`<sha> (<name> <date> <time> <zone> <line>)`)",
    category: 'personal',
    severity: 'low',
    priority: 43.75,
    confidence: 0.75,
    keywords: ['blame'],
    // The blame lines follow the command that printed them.
    span: 2000,
    pattern: new RegExp(
      String.raw`(?<![^\n])\^?[0-9a-f]{7,40}(?: [\w./-]{1,200})? {1,4}\((?<v>${PERSON_R32}) {1,40}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} {1,8}\d{1,7}\)`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Print `git blame -e` or commit ids in CI messages instead of authors\' names',
  }),
  defineDetector({
    id: 'person-name-in-git-format-output',
    name: "Person's name on the line `git log --format='%an <%ae>'` prints",
    category: 'personal',
    severity: 'low',
    priority: 43.75,
    confidence: 0.75,
    keywords: ['%an', '%cn'],
    span: 400,
    // `+ git log -1 --format='%an <%ae>'` then, on one of the next two lines, `Ann Lee <ann@x.io>`.
    pattern: new RegExp(String.raw`%[ac][nN]\b[^\n]{0,120}\n(?:[^\n]{0,200}\n)?[ \t]*(?<v>${PERSON_R32}) <${EMAIL}>[ \t]*(?![^\r\n])`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Print commit ids, not authors' names and addresses, in CI logs",
  }),
  defineDetector({
    id: 'person-name-after-email-in-parens',
    name: "Person's name in a mailbox written `e-mail (Name)` (`user=ann@x.io (Ann Lee)`)",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.7,
    keywords: ['@'],
    needs: [' ('],
    // Every match holds `@domain (` a little before the name.
    precheck: { re: /@[\w.-]{3,200} \(/, reach: 300 },
    pattern: new RegExp(String.raw`(?<![\w.+%-])${EMAIL} \((?<v>${PERSON_R32})\)`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log users by id, not by e-mail address and name",
  }),
  defineDetector({
    id: 'person-name-acting-in-timeline',
    name: "Person's name as the actor of an incident or deployment timeline line (`11:24 Ann Lee declared SEV-2`, `Ann Lee (ann@x.io) requested deployment`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.75,
    confidence: 0.65,
    keywords: [' declared ', ' acknowledged ', ' acked ', ' escalated ', ' paged ', ' approved ', ' rejected ', ' rolled back ', ' requested ', ' took ', ' is ic', ' is the ic', ' joined the ', ' handed '],
    // A line's start, a time or timestamp, the name, an optional `(e-mail)`, the verb.
    pattern: new RegExp(
      String.raw`(?<![^\n])[ \t]{0,4}(?:\[?\d{1,4}[-:/.T\d ]{3,28}(?:Z|[+-]\d{2}:?\d{2}|UTC)?\]?[ \t]{1,3}(?:[-–—|][ \t]{1,3})?)?(?<v>${PERSON_R32})(?: \((?:${EMAIL}|@[\w.-]{2,40})\))? ${ACTOR_VERB}\b`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Post incident and deployment timelines with user ids or handles, not full names',
  }),
  defineDetector({
    id: 'person-name-heading-card-row',
    name: "Cardholder's name heading a row of card charges (`Ann Lee    4111 1111 1111 1111    AWS 12.00 USD`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.5,
    confidence: 0.65,
    shape: 'card',
    // The name starts the line; a column gap (or a cell separator), then a Luhn-valid card number.
    pattern: new RegExp(
      String.raw`(?<![^\n])[ \t]{0,4}"?(?<v>${PERSON_R32})"?(?:[ \t]{2,40}|\t|[ \t]{0,2}[|,;][ \t]{0,2}"?)(?=\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?(?![\d]))`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!ciPersonOk(v)) return false;
      const m = /^"?(?:[ \t]{0,40}|[ \t]{0,2}[|,;][ \t]{0,2}"?)(\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?)(?!\d)/.exec(ctx.text.slice(ctx.end, ctx.end + 70));
      const digits = m ? m[1]!.replace(/\D/g, '') : '';
      return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardBrand(digits) !== null;
    },
    remediation: "Export card charges by card token or last four digits, without the holder's name beside the full number",
  }),
];
