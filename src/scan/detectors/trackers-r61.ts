import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { personNameKey } from './fixes-l56';
import { ciPersonOk } from './names-r32';

/**
 * Round r61 (blind set 61: error trackers' events — Sentry, Rollbar, Bugsnag, Honeybadger, Raygun, Datadog APM).
 * The classes:
 * - a password form field sent twice, as a framework's repeated field posts it (Symfony `RepeatedType`
 *   `"plainPassword":{"first":"…","second":"…"}`, `password: { new: …, confirm: … }`): each member is the password;
 * - a session id in a dumped session hash (Honeybadger/Rails `session: {"session_id":"…","warden.user…"}`,
 *   `_csrf_token` beside it), and an Express signed session cookie (`s%3A<id>.<signature>`) under any key;
 * - a person's name after a payment role before the person's IBAN (`pain.001 for creditor Ann Lee IBAN IT12…`);
 * - a name column set to a dollar-quoted string in SQL (`SET name = $$Ann Lee$$`, `$n$Ann Lee$n$`);
 * - a name column's bound parameter whose value an ORM writes in a comment (`FullName = @p0 /* "Ann Lee" *\/`).
 * Left alone: IPv6 addresses written with six groups and no `::` (not an address), bcrypt hashes in the session.
 */

/** Two to four title-case name words (particles between them). */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al)`;
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;

/** Words of companies and teams that a payment party or a name column may hold. */
const COMPANY = /\b(?:Inc|LLC|Ltd|GmbH|SARL|SpA|Srl|Corp|Company|Group|Services|Solutions|Systems|Trading|Supplies|Partners|Holdings|Industries|Logistics|Consulting|Technologies|Labs|Store|Shop|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Sample|Example)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !COMPANY.test(v);

/** A column that holds a person's name: `name`, `full_name`, `LastName`, `display_name`, or a person's role and `name` (`PatientName`). */
const personColumn = (key: string): boolean =>
  /^(?:(?:full|first|last|given|family|middle|display|legal|sur)_?)?name$/i.test(key) || personNameKey(key);

/** A password typed into a form: not a placeholder, a mask or a template slot. */
const typedPassword = (v: string): boolean =>
  v.length >= 6 && !isLowEntropy(v) && !/^(?:\*+|•+|x+|\[?filtered\]?|\[?redacted\]?|changeme|password|null|undefined|none)$/i.test(v) && !/^(?:\$\{|\{\{|<|%[a-z(])/i.test(v);

/** A session id: hex, base64url or a Rack/Express id of 20+ characters with letters and digits. */
const sessionValue = (v: string): boolean => v.length >= 20 && /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v);

export const TRACKERS_R61_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-repeated-form-field',
    name: 'Password sent twice in a repeated form field (`"plainPassword":{"first":"…","second":"…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.85,
    keywords: ['"first"', "'first'", '"second"', "'second'", '"confirm"', '"confirmation"', '"repeat"'],
    // The members of an object under a password key: `first`/`second` (Symfony), `new`/`confirm`, `password`/`repeat`.
    pattern:
      /(?<=(?:(?<![A-Za-z])(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Pp]wd|PWD)|(?<=[a-z_])(?:Pass(?:word|wd)?|Pwd))\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}[{[](?:[^{}\n]{0,300}?[,{]\s{0,2})?)\\{0,3}["']?(?:first|second|new|current|old|confirm(?:ation)?|repeat(?:ed)?|plain|value)\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["'](?<v>[^"'\\\n]{6,128})\\{0,3}["']/,
    mask: 'full',
    validate: (v) => typedPassword(v),
    remediation: 'Change this password and scrub password fields from the error tracker (Sentry `sendDefaultPii`, data scrubbing)',
  }),
  defineDetector({
    id: 'session-id-in-session-dump',
    name: "Session id in a dumped session hash (Honeybadger/Rails `session: {\"session_id\":\"…\"}`) beside the signed-in user's key",
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.8,
    keywords: ['session_id"', "session_id'", 'session_id:'],
    pattern: /(?<![\w.-])["']?session_id\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["'](?<v>[A-Za-z0-9%._+/-]{20,256})\\{0,3}["']/,
    mask: 'full',
    // Only in a session dump: the id sits beside warden's user key, a CSRF token or a flash hash, under `session`.
    validate: (v, ctx) => sessionValue(v) && /warden\.user|_csrf_token|["']flash["']|(?:^|\n)\s{0,8}"?session"?\s{0,2}[:=]/.test(ctx.text),
    remediation: 'Expire these sessions and filter the session from error reports (Honeybadger `filter_keys`)',
  }),
  defineDetector({
    id: 'express-signed-session-cookie',
    name: 'Express signed session cookie value (`s%3A<id>.<signature>`, `s:<id>.<signature>`) under any key',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.85,
    keywords: ['s%3a'],
    // express-session signs `s:` + the id with an HMAC-SHA256 in base64 without padding (43 characters), URL-encoded in the cookie.
    pattern: /(?<![\w%])(?<v>s%3A[A-Za-z0-9_-]{20,64}\.(?:[A-Za-z0-9/+]|%2[BbFf]){43,60})(?![A-Za-z0-9%/+])/,
    mask: 'full',
    remediation: 'Expire this session and stop logging cookies and session ids',
  }),
  defineDetector({
    id: 'person-name-payment-party-before-iban',
    name: "Person's name after a payment role before the person's IBAN (`for creditor Ann Lee IBAN IT12…`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['creditor', 'debtor', 'beneficiary', 'payee', 'remitter'],
    pattern: new RegExp(
      String.raw`\b(?:[Cc]reditor|[Dd]ebtor|[Bb]eneficiary|[Pp]ayee|[Rr]emitter|[Aa]ccount [Hh]older)(?:[ \t]?[:=][ \t]?|[ \t])["']?(?<v>${NAME})["']?,?[ \t]\(?(?:IBAN|iban)\b[:=]?[ \t]?[A-Z]{2}\d{2}`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log payment parties by mandate or account id, not by name',
  }),
  defineDetector({
    id: 'person-name-sql-dollar-quoted',
    name: "Person's name as a dollar-quoted SQL string under a name column (`SET name = $$Ann Lee$$`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['name = $', 'name=$', 'name =$', 'name= $'],
    pattern: new RegExp(
      String.raw`(?<![\w.])(?<k>[A-Za-z_]{0,24}(?:[Nn]ame|NAME))[ \t]?=[ \t]?(?<q>\$(?:[A-Za-z_]\w{0,15})?\$|\$)(?<v>${NAME})\k<q>`,
    ),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && personColumn(ctx.key ?? ''),
    remediation: 'Do not log SQL with customer values; use bind parameters and log their count',
  }),
  defineDetector({
    id: 'person-name-sql-parameter-comment',
    name: "Person's name a name column's parameter is bound to, written in a comment (`FullName = @p0 /* \"Ann Lee\" */`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['/* "', "/* '"],
    pattern: new RegExp(
      String.raw`(?<![\w.])(?<k>[A-Za-z_]{0,24}(?:[Nn]ame|NAME))\]?["\x60]?[ \t]{0,2}(?:=|LIKE|like)[ \t]{0,2}[@:$?]\w{0,10}[ \t]{0,2}/\*[ \t]?["'](?<v>${NAME})["'][ \t]?\*/`,
    ),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && personColumn(ctx.key ?? ''),
    remediation: 'Log bound parameters by count, not value (EF Core `EnableSensitiveDataLogging` off)',
  }),
];
