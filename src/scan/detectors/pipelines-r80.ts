import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { keyedSecretValue } from '../secret-value';
import { isVariableReference } from '../references';
import { isPlaceholder } from '../placeholders';
import { abaChecksumOk, ibanValid, isLowEntropy, shannonEntropy } from '../validators';
import { PERSON } from './contact-names';
import { labelledNameOk } from './names-h28';
import { ROW_SIBLING } from './rows-r39';

/**
 * Round r80 (blind set 80: observability and security pipelines relaying another tool's record into an alert):
 * - a secret under an OpenTelemetry attribute, whose key and value are two fields of one object
 *   (`{"key":"db.password","value":{"stringValue":"…"}}` in OTLP JSON, Jaeger's `{"key":…,"vType":"STRING","vStr":"…"}`);
 * - a secret in a JSON body that NGINX's `escape=default` log format wrote with `\x22` for every quote
 *   (`body="{\x22password\x22:\x22…\x22}"`);
 * - a quoted passphrase with spaces after `sshpass -p` or `redis-cli -a` (the older flag rule stops at the first space);
 * - a Cloudflare API token (40 URL-safe characters) after a token label in a Cloudflare log or event;
 * - a bank account number under a payment party's account key (`sender_account`, `beneficiary_account_number`) in a
 *   transfer's record;
 * - a person's name before their account in parentheses (`invalid payload for Ana Ruiz (account 91367…, routing …)`),
 *   after an on-call or contact label and before their phone (`owner on call: Ana Ruiz +1415…`), and under a contact
 *   key of a record that also holds a phone or a mailbox (`"merchant_contact": "Ana Ruiz", "contact_phone": …`).
 * Left alone on purpose: keys that name no secret, hex-only and low-entropy values, references and placeholders,
 * company and team names, AWS account ids under source or destination keys.
 */

/** Title-case words that start no person's name in these records (banks, products, teams, places). */
const NOT_GIVEN = /^(?:Business|Bank|Capital|Card|Account|Treasury|Payments?|Payout|Transfer|Report|Ticket|Order|Invoice|Direct|Deposit|Joint|Global|United|First|National|Federal|Central|New|San|Los|Las|Santa|Saint|St|Mount|Lake|Port|Fort|Platform|Infra|Infrastructure|Security|Finance|Accounts|Customer|Merchant|Partner|Vendor|On|Primary|Secondary|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const nameOk = (v: string): boolean => labelledNameOk(v) && !NOT_GIVEN.test(v);

/** A secret's value as these rules accept it: the key names a secret and the value can be one (placeholders, references, hashes refused). */
const keyedSecret = (key: string | undefined, v: string): boolean => key !== undefined && v.length >= 6 && !isLowEntropy(v) && keyedSecretValue(key, v);

/** A quoted JSON key or value's quote, also escaped once or twice inside a string (`\"`, `\\\"`). */
const Q = String.raw`\\{0,3}"`;

/** A payment's record: a valid IBAN or the words of a transfer within reach. */
const TRANSFER_WORDS = /(?<![a-z])(?:transfers?|payouts?|payments?|remittances?|wires?|ach|sepa|beneficiary|routing|disbursements?|settlements?|refunds?)(?![a-z])/;
function transferRecord(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 600), end + 600);
  // Words of keys and identifiers too: `beneficiary_name`, `PayoutFailed`, `wire.returned`.
  if (TRANSFER_WORDS.test(around.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())) return true;
  for (const m of around.matchAll(/(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])/g)) {
    if (ibanValid(m[0].replace(/ /g, ''))) return true;
  }
  return false;
}

/** Label words that say the value is about a token, not the token (`token id:`, `token hash =`). */
const TOKEN_ABOUT = /\b(?:ids?|name|hash|digest|fingerprint|prefix|suffix|length|expir\w*|ttl|scopes?|type|tag)\b/i;

/** Keys of a person's full name in a body (`card_holder`, `customer_name`, `fullName`); a bare `name` only beside a phone or mailbox. */
const HEX_NAME_KEY = /^(?:(?:full|customer|client|card|account|billing|shipping|contact|display|legal|recipient|beneficiary|payee|payer|patient|employee|passenger|guest|member)[_-]?(?:holder[_-]?)?name|card[_-]?holder(?:[_-]?name)?|account[_-]?holder(?:[_-]?name)?|holder[_-]?name)$/i;

/** The OpenTelemetry Collector debug exporter's attribute line: `     -> customer.name: Str(Ana Ruiz)`. */
const DEBUG_ATTR = String.raw`(?<![^\s])->[ \t]{1,3}(?<k>[A-Za-z_][\w.-]{0,80}):[ \t]{1,3}Str\(`;
/** A person's name key among an attribute's dotted segments (`enduser.full_name`, `card.holder`, `customer.name`; not `service.name`). */
function personNameAttribute(key: string): boolean {
  const segs = key.toLowerCase().split('.');
  const last = segs[segs.length - 1]!;
  if (/^(?:(?:full|display|legal|given_and_family|customer|client|holder|card_?holder|account_?holder|contact|beneficiary|payee|payer|recipient|sender|patient|employee|member|passenger|guest)_?name|card_?holder|account_?holder|holder|beneficiary|payee|contact)$/.test(last)) return true;
  const owner = segs[segs.length - 2] ?? '';
  return last === 'name' && /^(?:user|enduser|end_user|customer|client|patient|employee|member|holder|cardholder|contact|beneficiary|payee|payer|sender|recipient|passenger|guest|applicant|person)$/.test(owner);
}
/** A birth date's key (`user.dob`, `customer.birth_date`, `date_of_birth`). */
const BIRTH_KEY = /(?:^|[._])(?:dob|birth_?date|birthday|date_?of_?birth)$/i;
/** A routing or account number's key (`bank.routing_number`, `payout.account_number`). */
const ROUTING_KEY = /(?:^|[._])(?:aba|routing)(?:[._]?(?:number|num|no))?$/i;
const ACCOUNT_KEY = /(?:^|[._])(?:bank[._]?)?(?:account|acct)[._]?(?:number|num|no)$/i;

export const PIPELINES_R80_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'otel-attribute-secret',
    name: 'Secret in an OpenTelemetry or Jaeger attribute (`{"key":"db.password","value":{"stringValue":"…"}}`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['stringvalue', 'vstr'],
    pattern: new RegExp(
      String.raw`${Q}key${Q}\s{0,2}:\s{0,2}${Q}(?<k>[A-Za-z_][\w.\/-]{0,127})${Q}\s{0,2},\s{0,2}(?:${Q}v?[Tt]ype${Q}\s{0,2}:\s{0,2}${Q}\w{1,12}${Q}\s{0,2},\s{0,2})?(?:${Q}value${Q}\s{0,2}:\s{0,2}\{\s{0,2}${Q}stringValue|${Q}vStr)${Q}\s{0,2}:\s{0,2}${Q}(?<v>[^"\\\r\n]{1,512})${Q}`,
    ),
    mask: 'full',
    validate: (v, ctx) => keyedSecret(ctx.key, v),
    remediation: 'Change this secret, and drop or hash credential attributes in the collector (attributes/redaction processor) before export',
  }),
  defineDetector({
    id: 'hex-escaped-json-secret',
    name: 'Secret in a JSON body logged with `\\x22` quotes (NGINX `escape=default`: `\\x22password\\x22:\\x22…\\x22`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['\\x22'],
    // Also inside a JSON string, where the backslash is escaped itself (`\\x22password\\x22`: a container runtime's log line).
    pattern: /\\{1,2}x22(?<k>[A-Za-z_][\w.-]{0,63})\\{1,2}x22\s{0,2}:\s{0,2}\\{1,2}x22(?<v>[^\\"\s]{1,256})\\{1,2}x22/,
    mask: 'full',
    validate: (v, ctx) => keyedSecret(ctx.key, v),
    remediation: 'Change this secret, and stop logging request bodies ($request_body) in the access log format',
  }),
  defineDetector({
    id: 'otel-debug-personal-attribute',
    name: "Person's name or birth date in an OpenTelemetry Collector debug exporter attribute (`-> customer.name: Str(Ana Ruiz)`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: [': str('],
    pattern: new RegExp(String.raw`${DEBUG_ATTR}(?<v>${PERSON}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\)`),
    mask: 'full',
    validate: (v, ctx) => (/^\d/.test(v) ? BIRTH_KEY.test(ctx.key ?? '') : personNameAttribute(ctx.key ?? '') && nameOk(v)),
    remediation: "Drop or hash end users' attributes in the collector (attributes or redaction processor) before any exporter",
  }),
  defineDetector({
    id: 'otel-debug-bank-attribute',
    name: 'Bank routing or account number in an OpenTelemetry Collector debug exporter attribute (`-> bank.routing_number: Str(…)`)',
    category: 'financial',
    severity: 'high',
    priority: 40,
    confidence: 0.65,
    keywords: [': str('],
    span: 400,
    spanBack: 6,
    pattern: new RegExp(String.raw`${DEBUG_ATTR}(?<v>\d{6,17})\)`),
    mask: 'tail',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      if (ROUTING_KEY.test(key)) return v.length === 9 && abaChecksumOk(v);
      if (!ACCOUNT_KEY.test(key) || /^(\d)\1+$/.test(v)) return false;
      // An account number needs its bank beside it: a bank word in its key, or a routing, sort code or IBAN attribute of the same record.
      return /bank/i.test(key) || /->[ \t]{1,3}[\w.-]{0,60}(?:routing|aba|sort_?code|bsb|iban|swift|bic)[\w.-]{0,20}:/i.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400));
    },
    remediation: 'Drop bank details from span and log attributes in the collector (attributes or redaction processor) before any exporter',
  }),
  defineDetector({
    id: 'hex-escaped-json-person-name',
    name: "Person's name under a name key in a JSON body logged with `\\x22` quotes (`\\x22card_holder\\x22:\\x22Ana Ruiz\\x22`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['\\x22'],
    pattern: new RegExp(String.raw`\\{1,2}x22(?<k>[A-Za-z_][\w-]{0,40})\\{1,2}x22\s{0,2}:\s{0,2}\\{1,2}x22(?<v>${PERSON})\\{1,2}x22`),
    mask: 'full',
    validate: (v, ctx) =>
      nameOk(v) && (HEX_NAME_KEY.test(ctx.key ?? '') || (/^name$/i.test(ctx.key ?? '') && nearby(ROW_SIBLING, ctx.text, ctx.start, ctx.end, 300))),
    remediation: "Stop logging request bodies ($request_body) in the access log format; they carry customers' names",
  }),
  defineDetector({
    id: 'cli-quoted-passphrase',
    name: 'Quoted passphrase with spaces after `sshpass -p` or `redis-cli -a`',
    category: 'credential',
    severity: 'high',
    priority: 61, // over cli-password-flag, which stops at the first space
    confidence: 0.8,
    keywords: ['sshpass', 'redis-cli'],
    pattern: /(?:\bsshpass\s{1,3}-p|\bredis-cli\b[^\r\n|]{0,200}?\s-a)\s{1,3}(?<q>['"])(?<v>[^'"\r\n]{4,128}?)\k<q>/,
    mask: 'full',
    validate: (v) => /\S \S/.test(v) && !isVariableReference(v.trim()) && !isPlaceholder(v.trim()) && !isLowEntropy(v),
    remediation: 'Change this password and pass it through SSHPASS/REDISCLI_AUTH or a file, not argv (which audit logs and ps show)',
  }),
  defineDetector({
    id: 'cloudflare-token-in-cloudflare-log',
    name: 'Cloudflare API token after a token label in a Cloudflare log or event',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.7,
    keywords: ['cloudflare'],
    span: 800,
    pattern: /\b(?:[Aa][Pp][Ii][ _-]?)?[Tt]oken\b[^:=\r\n"']{0,40}(?:[:=]|\bis)[ \t]{0,3}["']?(?<v>[A-Za-z0-9_-]{40})(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) =>
      !TOKEN_ABOUT.test(ctx.text.slice(ctx.matchStart, ctx.start)) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !/^[0-9a-f]+$/i.test(v) && shannonEntropy(v) >= 4 && !isLowEntropy(v),
    remediation: 'Roll this Cloudflare API token in the Cloudflare dashboard and keep it out of job logs',
  }),
  defineDetector({
    id: 'bank-account-under-party-account-key',
    name: "Bank account number under a payment party's account key (`sender_account`, `beneficiary_account_number`) in a transfer record",
    category: 'financial',
    severity: 'high',
    priority: 38,
    confidence: 0.65,
    keywords: ['sender', 'receiver', 'recipient', 'beneficiary', 'payer', 'payee', 'remitter', 'originator', 'debtor', 'creditor'],
    // A pretty-printed record: the transfer's IBAN and words on the lines around the key's.
    span: 600,
    spanBack: 12,
    pattern: /(?<![A-Za-z])(?:sender|receiver|recipient|beneficiary|payer|payee|remitter|originator|debtor|creditor)[_.-]?(?:bank[_.-]?)?(?:account|acct)(?:[_.-]?(?:number|num|no|nr))?\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>\d{8,17})(?![\d.-])/i,
    mask: 'tail',
    validate: (v, ctx) => !/^(\d)\1+$/.test(v) && transferRecord(ctx.text, ctx.start, ctx.end),
    remediation: "Log transfers by id, without the parties' account numbers",
  }),
  defineDetector({
    id: 'person-name-before-account-paren',
    name: "Person's name before their account, birth date, SSN or phone in parentheses (`payload for Ana Ruiz (account 91367…, routing …)`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: [' (account', ' (acct', ' (iban', ' (a/c', ' (dob', ' (born', ' (ssn', ' (phone', ' (tel', ' (mobile'],
    pattern: new RegExp(
      String.raw`(?:\b(?:for|to|from|of|by|[Pp]ayee|[Pp]ayer|[Cc]ustomer|[Hh]older|[Bb]eneficiary|[Uu]ser|[Mm]ember|[Aa]pplicant)|[:=,(])[ \t]{1,2}(?<v>${PERSON}) \((?:(?:[Aa]ccount|[Aa]cct|IBAN|iban|[Aa]\/[Cc])(?: ?(?:no\.?|number|#))?[ :#=]{1,3}(?:\d{8,17}|[A-Z]{2}\d{2} ?[A-Z0-9]{4})|(?:DOB|dob|[Bb]orn|SSN|ssn)[ :=]{1,3}\d|(?:[Pp]hone|[Tt]el|[Mm]obile)[ :=]{1,3}\+?[\d(])`,
    ),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Raise errors with the record's id, not the account holder's name and account",
  }),
  defineDetector({
    id: 'person-name-role-label-before-phone',
    name: "Person's name after an on-call, owner or contact label, before their phone (`owner on call: Ana Ruiz +1415…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.65,
    keywords: ['on call', 'on-call', 'oncall', 'owner', 'contact', 'escalation', 'responder', 'assignee'],
    precheck: { re: /:[ \t]{1,2}[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-]{1,20} /, reach: 48 },
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:[Oo]n[ _-]?[Cc]all|[Oo]wner|[Cc]ontact|[Ee]scalation|[Rr]esponder|[Aa]ssignee)[^:\r\n"']{0,24}?:[ \t]{1,2}(?<v>${PERSON})(?=,?[ \t]{1,2}\(?(?:\+\d[\d ().-]{7,18}\d|\(\d{3}\) ?\d{3}[ .-]\d{4})(?![\d-]))`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: 'Reference the on-call schedule or the contact record by id in alerts, not the person and their phone',
  }),
  defineDetector({
    id: 'person-name-under-contact-key',
    name: "Person's name under a contact key of a record that also holds a phone or mailbox (`\"merchant_contact\": \"Ana Ruiz\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.6,
    keywords: ['contact"', "contact'", 'contact\\"'],
    // A pretty-printed record: the phone or mailbox on the lines around the key's.
    span: 300,
    spanBack: 4,
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:[a-z]{2,16}[_-]?)?[Cc]ontact${Q}\s{0,2}:\s{0,2}${Q}(?<v>${PERSON})${Q}`),
    mask: 'full',
    validate: (v, ctx) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(v) && nameOk(v) && nearby(ROW_SIBLING, ctx.text, ctx.start, ctx.end, 300),
    remediation: "Link incidents and payouts to the merchant or customer record by id instead of copying the contact's name",
  }),
];
