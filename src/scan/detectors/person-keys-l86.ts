import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { keyCoreWords } from '../key-names';
import { mailboxNear, personalMailbox } from './mail-names-l86';

/**
 * Lead round l86 (blind set 79 at a fresh seed): a given, family or full name under a key that names it, in any naming
 * convention and with any separator logs and dumps write (`First-Name->Zuzanna`, `Last-Name<TAB>Wojciechowska`,
 * `{FullName:Annelie Vasquez-Ruiz Tel:…}`, `spec.account.first.name Marisol`, `--last-name Hargreaves`,
 * `"Last Name" = 'Lindqvist'`, `last_name: "Mbeki"`, `<lastName><![CDATA[…]]>`), in a person's record: another name
 * key, a phone, a birth date, an address or the person's own mailbox within 300 characters (a given name alone under
 * `first_name` beside a plan and a team, or a room type under `<GivenName>`, identifies no one).
 */

/** A name word: a capital, then letters (any case), an apostrophe or hyphen part; not a key (no `:`/`=` after it). */
const WORD = String.raw`(?:[OD]['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,24}(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,24})?(?![\w:=(-]|['’][A-Za-z])`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al)`;
const NAME = String.raw`${WORD}(?: (?:${PARTICLE} ){0,2}${WORD}){0,3}`;

/** Core key words that name a person's name (`first name`, `surname`, `name_last`). */
const NAME_PAIRS = /^(?:first|last|given|family|middle|sur|full|maiden|fore|birth)$/;
const NAME_WORDS = /^(?:firstname|lastname|surname|surnames|givenname|givennames|familyname|fullname|middlename|forename|forenames|maidenname)$/;
/** Key words that make the name a thing's (`file_first_name`? no: `app.full.name`, `bank_first_name`…). */
const THING = /^(?:file|host|app|application|service|bank|company|business|merchant|org|organization|organisation|product|project|package|class|table|column|field|display|screen|user_?name|login|team|group|role|device|server|domain|branch|tag|label|brand|store|shop|legal|trade|vendor|provider|template|param|placeholder|example|sample|default|test)$/;

/** True when the key's core words end in a person-name pair or word and no word names a thing. */
function personNameKey(key: string): boolean {
  const words = keyCoreWords(key.replace(/^-{1,2}|["'\\]/g, ''));
  if (words.length === 0 || words.length > 6 || words.some((w) => THING.test(w))) return false;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2];
  if (NAME_WORDS.test(last)) return true;
  if ((last === 'name' || last === 'names') && before !== undefined && NAME_PAIRS.test(before)) return true;
  return before === 'name' && /^(?:first|last|given|family|middle|full)$/.test(last);
}

/** Fields of a person's record besides a name (the other name key, a phone, a birth date, an address, an id). */
const PERSON_FIELD = new RegExp(String.raw`(?:first|last|given|family|middle|sur|fore)[_. -]?names?|surname|forename|phone|mobile|\btel(?:ephone)?\b|birth|\bdob\b|\bssn\b|national[_ -]?id|passport|street|address[_ -]?line|\baddr\d?\b|postcode|postal|zip[_ -]?code`, 'i');

/** True when the key and name at `[start, end)` are in a person's record: another such field or the person's own mailbox within 300 characters. */
function personRecord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 300);
  const to = Math.min(text.length, end + 300);
  if (PERSON_FIELD.test(text.slice(from, start)) || PERSON_FIELD.test(text.slice(end, to))) return true;
  return personalMailbox(mailboxNear(text, from, start)) || personalMailbox(mailboxNear(text, end, to));
}

/** Words that fill a name slot but name no one. */
const NO_ONE = /^(?:String|Required|Optional|Unknown|Test|Tester|Null|None|Nil|Redacted|Masked|Hidden|Anonymous|Invalid|Missing|Empty|Example|Sample|User|Customer|Applicant|Value|Name|First|Last|Full|Default|Undefined|Pending|True|False|Mr|Mrs|Ms|Dr|Doe|Placeholder|Text|Field|Mandatory|Your|Enter|Type|Str|Varchar|Nvarchar|Char|Text|Is|Must|Should|Not|Please|The|This|Set|Get|Filter|Sort|Asc|Desc|Standard|Deluxe|Premium|Basic|Suite|Superior|Double|Single|Twin|Holdings|Group|Notices|Bot|Alerts|Updates)$/i;

export const PERSON_KEYS_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-person-name-key-any-form',
    name: "Given, family or full name under a key naming it, in any convention and separator (`First-Name->Zuzanna`, `spec.account.last.name Quinterro`, `--first-name Evander`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under person-name-under-name-key-wide (36), which names the same spans in records
    confidence: 0.7,
    keywords: ['name'],
    precheck: { re: /(?:first|last|given|family|middle|sur|full|maiden|fore|birth)[_. -]?names?|name[_.-]?(?:first|last|given|family|middle|full)/i, reach: 72 },
    pattern: new RegExp(
      String.raw`(?<![\w.$@-])(?<k>(?:--?)?(?=[\w. -]{0,60}?(?:[Ff]irst|FIRST|[Ll]ast|LAST|[Gg]iven|GIVEN|[Ff]amily|FAMILY|[Mm]iddle|MIDDLE|[Ss]ur|SUR|[Ff]ull|FULL|[Mm]aiden|MAIDEN|[Ff]ore|FORE|[Bb]irth|BIRTH)[_. -]?(?:[Nn]ame|NAME)|[\w.-]{0,50}?(?:[Nn]ame|NAME)[_.-]?(?:[Ff]irst|FIRST|[Ll]ast|LAST|[Gg]iven|GIVEN|[Ff]amily|FAMILY|[Mm]iddle|MIDDLE|[Ff]ull|FULL))[A-Za-z_][\w.-]{0,60}(?: [A-Z][a-z]{1,12}){0,2})(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|->|:=|[:=])[ \t]{0,3}|\t{1,3}| (?=[A-Z])|>(?:<!\[CDATA\[)?)(?:\\{0,3}["'])?(?<v>${NAME})(?=\\{0,3}["'<,;})\]&|]|[ \t]*(?:\r?\n|$)|\\[nrt]|[ \t]+(?:[|,;]|[\w.-]{1,40}(?:[:=]|->)|--?[a-z]))`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personNameKey(ctx.key ?? '')) return false;
      const words = v.split(' ');
      if (words.some((w) => NO_ONE.test(w))) return false;
      const near = ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 200));
      if (/@example\.(?:com|org|net)|\bJ(?:ohn|ane) Doe\b|sample payload|api reference|\{\{|<%=|\$\{|is_bot|_bot\b/i.test(near)) return false;
      return personRecord(ctx.text, ctx.matchStart ?? ctx.start, ctx.end);
    },
    remediation: 'Log people by id: a name field holds the person\'s name',
  }),
];
