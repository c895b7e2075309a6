import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';
import { mailboxOf } from './names-r34';

/**
 * Round r41 (blind set 41: integration platforms and workplace SaaS glue): people's names as the
 * records of iPaaS runs and workplace tools carry them — a name whose next field is the person's
 * own mailbox (a JSON `"user_name":"Ann Lee","email":"ann.lee@…"`, an HTML table's next cell, a
 * bundle's next labelled line), and a name that signs a message (`Thanks! Ann Lee`). The mailbox
 * spelling the name, or the sign-off word, is what says the value is a person.
 */

/** True when the name at `[start, end)` is not sample data (a documentation mailbox on its line) and reads as a person. */
const personAt = (v: string, ctx: MatchContext): boolean => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end);

/**
 * Between a name and the next field of its record: a separator and the next key, a mail key (`","email":"`,
 * `", "mail": "`), a table's next cell (`</td><td>`), the next labelled line of a bundle (`\n  Supplier e-mail: `).
 */
const NEXT_FIELD = String.raw`(?:["']?[ \t]{0,3}[,;|\t][ \t]{0,3}["']?[\w.-]{0,20}mail[\w.-]{0,10}["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|</t[dh]>[ \t]{0,3}<t[dh][^<>@]{0,40}>|\r?\n[ \t]{0,12}[\w .()-]{0,30}mail[\w .()-]{0,10}:[ \t]{0,3})`;

/** Sign-off words of a message or e-mail (`Thanks!`, `Kind regards,`, `Cheers`). */
const SIGN_OFF = String.raw`(?:[Mm]any thanks|[Tt]hanks(?: again| so much)?|[Tt]hank you(?: so much)?|[Tt]hx|[Cc]heers|(?:[Kk]ind |[Bb]est |[Ww]arm |[Ww]armest )?[Rr]egards|[Bb]est wishes|[Bb]est|[Ss]incerely(?: yours)?|[Yy]ours truly)`;

export const NAMES_R41_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-beside-own-mailbox',
    name: 'Person\'s name whose record\'s next field is their own mailbox (`"user_name":"Ann Lee","email":"ann.lee@…"`, `<td>Ann Lee</td><td>ann.lee@…</td>`)',
    category: 'personal',
    severity: 'medium',
    priority: 42.2,
    confidence: 0.7,
    // A mail key or label (`"email":`, `e-mail:`) or a table cell's end: not every line with an `@` (image digests, URLs).
    keywords: ['mail":', "mail':", 'mail\\":', 'mail:', 'mail :', 'mail=', '</td>', '</th>'],
    // The name may close the line above its mailbox's (`Supplier name: …` then `Supplier e-mail: …`).
    span: 200,
    spanBack: 1,
    // The search starts a name and a field's length before the first mailbox, not at every character of a line with an `@`.
    precheck: { re: /[A-Za-z0-9._+-]@[A-Za-z0-9-]+\.[A-Za-z]/, reach: 240 },
    pattern: new RegExp(String.raw`(?<![\w'’.@-])(?<v>${PERSON_R32})${NEXT_FIELD}(?<m>[A-Za-z0-9._+-]{2,64})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}`),
    mask: 'full',
    validate: (v, ctx) => {
      const m = /^[^@]{0,160}?([A-Za-z0-9._+-]{2,64})@/.exec(ctx.text.slice(ctx.end, ctx.end + 240));
      return !!m && mailboxOf(v, m[1]!) && personAt(v, ctx);
    },
    remediation: "Log a record id instead of a person's name and mailbox",
  }),
  defineDetector({
    id: 'person-name-message-signoff',
    name: "Person's name signing a message after a sign-off word, at the end of its line (`Thanks! Ann Lee`, `Kind regards,` and the name on the next line)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['thanks', 'thank you', 'thx', 'cheers', 'regards', 'best,', 'best!', 'best wishes', 'sincerely', 'yours truly'],
    span: 120,
    pattern: new RegExp(String.raw`(?<![\w-])${SIGN_OFF}[!,.]?(?:[ \t]{1,3}|[ \t]*\r?\n[ \t>]{0,4})(?<v>${PERSON_R32})(?=[ \t]*(?:\r?\n|$|["”<]))`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx),
    remediation: "Forward customers' messages without their signature (name) and card or contact details",
  }),
];
