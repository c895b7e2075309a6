import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';

/**
 * Round r39 (blind set 39: data engineering and analytics): people's names as pipeline, BI and
 * data-quality tools write them in prose — who asked for a refresh or merged the change that
 * triggered a job (`Requested by: Ann Lee (ann@…)`, `"cause":"merge to main by Ann Lee"`), the
 * user an error line names before its own fields (`user: Ann Lee ip=…`), and the client or
 * customer a data-quality sample quotes (`Client Ann Lee called from …`, `customer Ann Lee / (555) …`), and an
 * unquoted logfmt name beside the same record's mailbox or phone (`name=Ann Lee email=…`).
 */

/** A name followed by nothing that continues it (a closing quote may follow; an apostrophe and a letter continue it). */
const NAME_END = String.raw`(?![\w’-]|['.]\w| [A-Z][a-z])`;

const personAt = (v: string, text: string, start: number, end: number): boolean => ciPersonOk(v) && !exampleMailboxLine(text, start, end);

export const NAMES_R39_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-requested-by',
    name: "Person's name after who requested, submitted or merged what a job ran for (`Requested by: Ann Lee`, `merge to main by Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['requested by', 'submitted by', 'refreshed by', 'initiated by', 'launched by', 'merge to ', 'merged to ', 'push to ', 'pushed to '],
    pattern: new RegExp(
      String.raw`\b(?:[Rr]equested|[Ss]ubmitted|[Rr]efreshed|[Ii]nitiated|[Ll]aunched|(?:[Mm]erged?|[Pp]ush(?:ed)?) to [\w./-]{1,60}) by:?[ \t]{1,2}(?<v>${PERSON_R32})${NAME_END}`,
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: "Log the requesting account's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-user-label',
    name: "Person's name after a `user:` label, before the line's next field (`user: Ann Lee ip=…`, `User: Ann Lee (ann@…)`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['user: ', 'user:\t'],
    pattern: new RegExp(
      String.raw`(?<![\w.-])[Uu]ser:[ \t]{1,2}(?<v>${PERSON_R32})(?=[ \t]+(?:ip|email|mail|uid|id|from|addr|remote_addr|client_ip|session)[=:]|[ \t]*\(|[ \t]*<[\w.+-]+@)`,
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: "Log the user's id, not their name",
  }),
  defineDetector({
    id: 'person-name-client-says',
    name: "Person's name of a client or customer a note or data-quality sample quotes (`Client Ann Lee called from …`, `customer Ann Lee / (555) …`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['client ', 'customer ', 'patient ', 'member '],
    pattern: new RegExp(
      String.raw`\b(?:[Cc]lient|[Cc]ustomer|[Pp]atient|[Mm]ember)[ \t](?<v>${PERSON_R32})(?=[ \t](?:called|phoned|emailed|wrote|asked|wants|wanted|requested|said|reported|complained|visited)\b|[ \t]/[ \t]|,[ \t](?:phone|tel|email|dob|born)\b)`,
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Keep free-text notes out of logs and data-quality samples, or mask names before printing rows',
  }),
  defineDetector({
    id: 'person-name-logfmt-beside-contact',
    name: "Person's name as an unquoted logfmt value (`name=Ann Lee email=…`) on a line that also holds their mailbox or phone",
    category: 'personal',
    severity: 'medium',
    priority: 40, // under person-name-under-bare-name-key (41), which takes the same value beside a birth date or national id
    confidence: 0.65,
    keywords: ['name='],
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?:name|full_name|fullname|customer_name|contact_name|display_name)=(?<v>${PERSON_R32})(?= [a-z][a-z_]{1,30}=)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personAt(v, ctx.text, ctx.start, ctx.end)) return false;
      const from = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      let to = ctx.text.indexOf('\n', ctx.end);
      if (to < 0) to = ctx.text.length;
      return /\b(?:email|e_mail|mail|phone|mobile|tel)=\S/.test(ctx.text.slice(from, to));
    },
    remediation: "Log the customer's id, not their name and contact details",
  }),
];
