import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nationalPhoneDigits } from '../phone-digits';
import { labelledPhoneOk } from './contact-r76p';
import { labelledNameOk } from './names-h28';
import { PERSON, personLike } from './paired-names';

/**
 * Round r81 (blind set 81: mobile apps and web front ends), the personal classes:
 * - the user's name in a SharedPreferences string (`<string name="user_display_name">Ana Ruiz</string>`) beside their
 *   mailbox or phone in the same file;
 * - a name right before the person's phone in parentheses (`retry for user Ana Ruiz (+4915…)`, an app's log line);
 * - the other party of a payment in a notification's text (`790.00 EUR arrived from Ana Ruiz`, `You sent $20 to Ana Ruiz`);
 * - a name or phone under a subscriber attribute that wraps its value in an object (RevenueCat's
 *   `"$displayName": { "value": "Ana Ruiz", "updated_at_ms": … }`, `"$phoneNumber": { "value": "0639…" }`);
 * - the person a receipt or an order is billed or shipped to, before their address (`Billed to: Ana Ruiz, Prinsengracht 12, …`);
 * - a phone in a Swift `dump()` of an optional field (`▿ phone: Optional("0617…")` and its `- some: "0617…"` line).
 * Left alone on purpose: company and team names (NOT_GIVEN, personLike), UI strings of res/values files (no mailbox or phone
 * beside them), a bare number in a React hook's state (`State("0698…")`: nothing says it is a phone), a street written
 * without its type or city in a push message's text.
 */

/** Title-case words that start no person's name (banks, products, teams, places, days). */
const NOT_GIVEN = /^(?:Business|Bank|Capital|Card|Account|Treasury|Payments?|Payout|Transfer|Report|Ticket|Order|Invoice|Direct|Deposit|Joint|Global|United|First|National|Federal|Central|New|San|Los|Las|Santa|Saint|St|Mount|Lake|Port|Fort|Platform|Security|Finance|Accounts|Customer|Merchant|Partner|Vendor|Primary|Secondary|Front|Head|Hotel|Store|Shop|Apple|Google|Your|My|Our|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const nameOk = (v: string): boolean => labelledNameOk(v) && personLike(v) && !NOT_GIVEN.test(v);

/** A phone as a labelled field writes it: 8 to 15 digits, international or national. */
function phoneOk(v: string): boolean {
  if (!/^\+?[\d ().\/-]{7,22}$/.test(v) || !labelledPhoneOk(v)) return false;
  const d = v.replace(/\D/g, '');
  return v.startsWith('+') || nationalPhoneDigits(d);
}

/** Key names of a person's name in an app's store or a subscriber's attributes (`user_display_name`, `$displayName`, `fullName`). */
const NAME_KEY = /^(?:(?:user|account|profile|customer|member|owner|holder|contact|billing|shipping|subscriber)[_-]?)?(?:display|full|legal|real)[_-]?name$|^(?:user|account|profile|customer|member|subscriber)[_-]?name$/i;
/** Key names of a phone (`$phoneNumber`, `phone`, `mobile_number`, `user_phone`). */
const PHONE_KEY = /^(?:(?:user|account|profile|customer|member|contact|subscriber|home|work)[_-]?)?(?:phone|mobile|cell|tel)(?:[_-]?(?:number|no|num))?$/i;

/** A mailbox that is not a team's (`support@`, `noreply@`), or a phone: the person's own identifier beside their name. */
const OWN_ID = /(?<![\w.+-])(?!(?:support|help|info|contact|admin|no-?reply|hello|team|billing|sales|ops|notifications?|alerts?|security|privacy|service)@)[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}|\+\d[\d ()-]{7,16}\d|(?:phone|mobile)[^<\r\n]{0,12}>\s{0,3}\+?\d[\d ()-]{6,16}\d</i;

/** An amount of money: a currency sign or code before or after the figure. */
const AMOUNT = String.raw`(?:[€£$¥₹]\s?\d[\d.,]{0,14}\d|\d[\d.,]{0,14}\d?\s?(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|BRL|MXN|ZAR|SGD|HKD|€|£|\$))`;

export const PEOPLE_R81_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'android-string-resource-person-name',
    name: "User's name in an Android string element (`<string name=\"user_display_name\">…</string>` in shared_prefs XML) beside their mailbox or phone",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['<string name='],
    span: 700,
    spanBack: 12,
    pattern: new RegExp(String.raw`<string\s{1,3}name="(?<k>[A-Za-z_][\w.-]{0,79})"\s{0,3}>(?<v>${PERSON})<\/string>`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!NAME_KEY.test(ctx.key ?? '') || !nameOk(v)) return false;
      const s = ctx.matchStart ?? ctx.start;
      const around = ctx.text.slice(Math.max(0, s - 700), s) + ctx.text.slice(ctx.end, ctx.end + 700);
      return OWN_ID.test(around);
    },
    remediation: "Keep the user's profile out of SharedPreferences dumps and bug reports, or store it encrypted (EncryptedSharedPreferences)",
  }),
  defineDetector({
    id: 'person-name-before-phone-paren',
    name: "Person's name right before their phone in parentheses (`for user Ana Ruiz (+4915…)`, `((206) 555-…)`)",
    category: 'personal',
    severity: 'medium',
    priority: 35, // under person-name-before-phone-label-paren (round r59, 36), which names `(phone +44 …)` more specifically
    confidence: 0.6,
    keywords: [' (+', ' (0', ' ((', ' (tel', ' (phone', ' (mobile'],
    pattern: new RegExp(
      String.raw`(?<=(?:^|[\s:=,;(\[])(?:user|customer|client|member|guest|patient|rider|driver|passenger|recipient|sender|caller|owner|holder|contact|subscriber|buyer|seller|for|to|from|by|with|of)[ \t])(?<v>${PERSON}) \((?:tel[.:]? ?|phone:? ?|mobile:? ?)?(?:\+\d[\d ().-]{6,18}\d|0\d[\d .-]{7,13}\d|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4})\)`,
    ),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log the user by an id: their name and phone together identify them",
  }),
  defineDetector({
    id: 'person-name-payment-party-in-message',
    name: "Other party's name in a payment message (`790.00 EUR arrived from Ana Ruiz`, `You sent $20 to Ana Ruiz`)",
    category: 'personal',
    severity: 'medium',
    priority: 38,
    confidence: 0.6,
    // The preposition before the party (the prefilter's keywords are ASCII: not `€`/`£`); the amount is the precheck.
    keywords: [' from ', ' to ', ' by '],
    precheck: { re: /\d\s?(?:[A-Z]{3}|[€£$])|[€£$¥₹]\s?\d/, reach: 20 },
    pattern: new RegExp(String.raw`${AMOUNT}[ \t](?:[a-z]{2,12}[ \t]){0,3}(?:from|to|by)[ \t](?<v>${PERSON})(?![A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-]| [A-Z])`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep payers' and payees' names out of push payloads and their logs; show them from the app's own store",
  }),
  defineDetector({
    id: 'person-field-value-object',
    name: "Name or phone under a subscriber attribute that wraps its value (`\"$displayName\": { \"value\": \"Ana Ruiz\" }`, RevenueCat)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['"value"'],
    span: 120,
    spanBack: 2,
    pattern: /"\$?(?<k>[A-Za-z_][\w$]{1,40})"[ \t]{0,3}:[ \t]{0,3}\{\s{0,40}"value"[ \t]{0,3}:[ \t]{0,3}"(?<v>[^"\\\r\n]{3,80})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      if (PHONE_KEY.test(k)) return phoneOk(v);
      return (NAME_KEY.test(k) || /^name$/i.test(k)) && new RegExp(String.raw`^${PERSON}$`).test(v) && nameOk(v);
    },
    remediation: "Send subscriber attributes by id, and keep webhook bodies with users' attributes out of logs",
  }),
  defineDetector({
    id: 'person-name-billed-to',
    name: "Person a receipt or order is billed or shipped to, before their address (`Billed to: Ana Ruiz, Prinsengracht 12, …`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.6,
    keywords: ['billed to', 'bill to', 'ship to', 'shipped to', 'shipping to', 'deliver to', 'delivered to', 'sold to', 'invoiced to'],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Bb]illed|[Bb]ill|[Ss]hip(?:ped|ping)?|[Dd]eliver(?:ed)?|[Ss]old|[Ii]nvoiced|BILL(?:ED)?|SHIP(?:PED)?)[ \t](?:[Tt]o|TO)[ \t]{0,3}:[ \t]{0,3}(?<v>${PERSON})(?=,[ \t][^\r\n]{0,60}\d)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Forward receipts without the buyer's name and address, or redact them before they reach a ticket",
  }),
  defineDetector({
    id: 'swift-optional-phone',
    name: 'Phone in a Swift print or dump of an optional field (`phone: Optional("0617…")`)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['optional("'],
    pattern: /(?<![\w])(?<k>[A-Za-z_]\w{0,40})\s{0,2}[:=]\s{0,2}Optional\("(?<v>[^"\\\r\n]{7,30})"\)/,
    mask: 'full',
    validate: (v, ctx) => PHONE_KEY.test(ctx.key ?? '') && phoneOk(v),
    remediation: "Keep users' profiles out of debugger output and crash logs: log a record id",
  }),
  defineDetector({
    id: 'swift-dump-some-phone',
    name: 'Phone on the `- some:` line of a Swift dump() of an optional phone field (`▿ phone: Optional("…")` above it)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['- some: "'],
    span: 60,
    spanBack: 1,
    pattern: /(?<![\w])(?<k>[A-Za-z_]\w{0,40}): Optional\([^\r\n]{1,120}\)\r?\n[ \t]{0,40}- some: "(?<v>[^"\\\r\n]{7,30})"/,
    mask: 'full',
    validate: (v, ctx) => PHONE_KEY.test(ctx.key ?? '') && phoneOk(v),
    remediation: "Keep users' profiles out of debugger output and crash logs: log a record id",
  }),
];
