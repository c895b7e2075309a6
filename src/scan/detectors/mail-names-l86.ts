import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isRobotMailbox, isRoleMailbox } from '../public-values';
import { givenFamilyOk } from './given-names-l82';
import { mailboxOf } from './names-r34';

/**
 * Round l86 (blind set 85: support desks, messaging and inbound e-mail): people's names as mail and chat records carry
 * them, whatever the first name (no list of given names is asked for):
 * - a name key of a sender, requester or contact object that also holds the person's own mailbox
 *   (`"from":{"address":"…@gmail.com","name":"Rubén García Ortega"}`, `"SuppliedName"`, `"displayName"`, `'requester'`);
 * - the name that signs a message after a sign-off in ten languages, on the next line or after an escaped `\n` or a
 *   `<br>` (`Saluti,\nFrancesca Marchetti`, `Mit freundlichen Grüßen<br>Katrin Weißmann`).
 * A team's or a company's name (`Maison Support`, `Acme GmbH`) is none of these.
 */

/** A name word: a capital, then letters, an apostrophe or hyphen part; raw letters beyond ASCII included. */
const WORD = String.raw`(?:[OD]['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,24}(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]?[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,24})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al|y)`;
/** Two to four name words, particles between them. */
const NAME = String.raw`${WORD}(?: (?:${PARTICLE} ){0,2}${WORD}){1,3}`;

/** Words that make a display name a team's, a product's or a function's, not a person's. */
const NOT_PERSON = /^(?:Support|Team|Customer|Customers|Service|Services|Care|Desk|Help|Helpdesk|Billing|Sales|Orders|Notifications?|Alerts?|Admin|Administrator|Bot|Robot|No|Reply|Noreply|Mailer|Daemon|Info|Kundenservice|Kundendienst|Equipe|Équipe|Equipo|Zespół|Ekibi|Servizio|Clienti|Atendimento|Klantenservice|Dienst|Store|Shop|Online|Team|Group|Inc|Ltd|GmbH|The|Your|Our|Dear|Hello|Hi|Hallo|Bonjour|Hola|Ciao|Olá|Merhaba|Dzień|Thanks|Regards|Best|Sent|From|To|Re|Fwd|Fw|Subject|Date|Order|Ticket|Request|Case|Account|Payment|Invoice|Unknown|Anonymous|Guest|Visitor|User|Test|Demo|Example)$/;

/** True when the words of `v` (spaces or `+` between them) read as a person's name. */
function personWords(v: string): boolean {
  const words = v.split(/[ +]/).filter((w) => !/^(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al|y)$/.test(w));
  return words.length >= 2 && words.every((w) => !NOT_PERSON.test(w));
}

/** The first mailbox in `text[from, to)`, as [local, domain], or null. */
export function mailboxNear(text: string, from: number, to: number): [string, string] | null {
  const m = /([A-Za-z0-9._%+-]{1,64})(?:@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})/.exec(text.slice(from, to));
  return m === null ? null : [m[1]!, m[2]!];
}

/** True when the name is the mailbox owner's: the mailbox spells it, or it opens with a common given name (`Premium Plan` does neither). */
function ownerName(v: string, mb: [string, string] | null): boolean {
  const name = v.replace(/\+/g, ' ');
  return mb !== null && personalMailbox(mb) && (mailboxOf(name, mb[0]) || givenFamilyOk(name));
}

/** True when the mailbox is a person's: not a team's, a robot's or a documentation domain's. */
export function personalMailbox(mb: [string, string] | null): boolean {
  if (mb === null) return false;
  const [local, domain] = mb;
  return !isRoleMailbox(local, domain) && !isRobotMailbox(local, domain) && !/(?:^|\.)(?:example\.(?:com|org|net)|test|invalid)$/i.test(domain);
}

/** The object around `[start, end)`: from the nearest unclosed `{` before (at most 300 back) to its `}` (at most 300 on). */
function objectAround(ctx: MatchContext): [number, number] {
  const text = ctx.text;
  let depth = 0;
  let open = Math.max(0, ctx.start - 300);
  for (let i = ctx.start - 1; i >= Math.max(0, ctx.start - 300); i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  const close = text.slice(ctx.end, ctx.end + 300).indexOf('}'); // bounded: a long line without `}` is not searched to its end per match
  return [open, close < 0 ? Math.min(text.length, ctx.end + 300) : ctx.end + close];
}

/** Sign-offs of a message in the languages of blind set 85 (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish). */
const SIGN_OFF = String.raw`(?:[Kk]ind regards|[Bb]est regards|[Rr]egards|[Bb]est|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ss]incerely|[Mm]it freundlichen Grüßen|[Vv]iele Grüße|[Bb]este Grüße|[Ff]reundliche Grüße|[Ll]iebe Grüße|[Gg]rüße|[Dd]anke|[Cc]ordialement|[Bb]ien cordialement|[Bb]ien à vous|[Mm]erci|[Ss]aludos(?: cordiales)?|[Uu]n saludo|[Aa]tentamente|[Gg]racias|[Aa]tenciosamente|[Oo]brigad[oa]|[Aa]braços|[Cc]umprimentos|[Cc]ordiali saluti|[Ss]aluti|[Gg]razie|[Dd]istinti saluti|[Mm]et vriendelijke groet(?:en)?|[Vv]riendelijke groet(?:en)?|[Gg]roet(?:en|jes)?|[Bb]edankt|[Pp]ozdrawiam|[Zz] poważaniem|[Dd]ziękuję|[Ss]aygılarımla|[Tt]eşekkürler)`;

/** Between the sign-off and the name: a line end (real, escaped once or twice, `\r\n`), a `<br>` or a paragraph break. */
const BREAK = String.raw`[!,.]?[ \t]*(?:\r?\n|(?:\\{1,3}r)?\\{1,3}n|<br\s?\/?>|<\/p>\s?<p>|<\/div>\s?<div>){1,2}[ \t>]{0,4}`;

export const MAIL_NAMES_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-in-object-with-own-mailbox',
    name: "Person's name under a sender's, requester's or contact's name key in an object that holds their own mailbox",
    category: 'personal',
    severity: 'medium',
    priority: 30,
    confidence: 0.7,
    keywords: ['name', 'requester', 'nickname'],
    pattern: new RegExp(
      String.raw`(?<![\w.-])\\{0,3}["']?(?<k>(?:[a-z]{0,12}_)?(?:name|display_?[Nn]ame|nick_?name|full_?name|requester(?:_name)?|[A-Z][a-z]{1,12}Name|[a-z]{1,12}Name))\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["'](?<v>${NAME})(?=\\{0,3}["'])`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personWords(v) || /^(?:file|host|app|product|company|bank|org|team|group|channel|tag|display_?name_?of)/i.test(ctx.key ?? '')) return false;
      const [from, to] = objectAround(ctx);
      return ownerName(v, mailboxNear(ctx.text, from, ctx.start)) || ownerName(v, mailboxNear(ctx.text, ctx.end, to));
    },
    remediation: "Log the sender's or requester's id, not their name and address",
  }),
  defineDetector({
    id: 'person-name-after-signoff-any-language',
    name: "Person's name signing a message after a sign-off in ten languages, after a line end, an escaped `\\n` or a `<br>`",
    category: 'personal',
    severity: 'medium',
    priority: 30,
    confidence: 0.6,
    // ASCII keywords only (the prefilter's): the start of each sign-off, or an ASCII part of it (`freundlichen`, `sayg`, `dzi`).
    keywords: ['regards', 'best', 'thanks', 'thank you', 'cheers', 'sincerely', 'freundlichen', 'viele gr', 'beste gr', 'liebe gr', 'danke', 'cordialement', 'merci', 'saludo', 'atentamente', 'gracias', 'atenciosamente', 'obrigad', 'abra', 'cumprimentos', 'saluti', 'grazie', 'groet', 'bedankt', 'pozdrawiam', 'z powa', 'dzi', 'sayg'],
    span: 160,
    pattern: new RegExp(String.raw`(?:(?<![\w-])|(?<=\\[nr]))${SIGN_OFF}${BREAK}(?<v>${NAME})(?=[ \t]*(?:\r?\n|$|\\{1,3}[nr]|["'<]))`),
    mask: 'full',
    validate: (v) => personWords(v),
    remediation: "Forward customers' messages without their signature (name) and card or contact details",
  }),
];
