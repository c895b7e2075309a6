import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cpfValid, bsnValid, dniValid, sinValid } from '../id-checksums';
import { ninoValid, personnummerValid } from '../id-checksums-more';
import { isIPv6 } from '../ip-text';
import { abaChecksumOk, isLowEntropy } from '../validators';
import { personNameKey } from './fixes-l56';
import { ciPersonOk } from './names-r32';

/**
 * Round r59 (blind set 59: cloud platforms' logs of integration services as Datadog ingests them).
 * The classes:
 * - people's names written with Vietnamese letters (`Hương`, `Nguyễn`: Latin Extended-B and Additional)
 *   under a person's key, which the other name rules' letter classes do not read;
 * - names in prose and records beside what identifies the person: before `(phone …`, after `contact=`
 *   before a phone, after `IBAN … for`, after `statement for … to <url>`, under a mandate's `full` key
 *   beside `given_name`, a form's `["name","…"]` pair beside a phone or address pair, a vendor key of a
 *   record with an IBAN or phone;
 * - a national id of another country (NINO, personnummer, CPF, DNI/NIE, BSN, SIN) under an `ssn`/`id_number` key;
 * - IPv6 client addresses in a PostgreSQL/RDS log line prefix (`UTC:2a02:…::1(51234):user@db:`);
 * - a registry's Basic credential in a pull error (`auth "cm9i…"`);
 * - PagerDuty routing/integration keys under their label; bank accounts in Argo `{name:… value:…}` parameters;
 * - the value of an Azure Key Vault `SecretSet`/`SecretGet` audit record;
 * - .NET configuration paths whose last segment names a secret (`"OpenAI__Key"`, `<add key="PayPal:ClientSecret" value=…>`);
 * - a secret piped into a platform's secret store (`echo "…" | wrangler secret put`, `gh secret set`, `vercel env add`);
 * - a password in parentheses (`(password: …)`), a `*_pass=` value holding `;` or `&`, a passphrase in a Spring
 *   actuator env dump, and the text a Datadog Synthetics step typed into a password field;
 * - ACH rows (`ACH batch: routing,account,Name,amount`) and NACHA entry detail records;
 * - an API key in parentheses after an HTTP status (`-> 401 (key=…)`).
 * Left alone on purpose: Adyen notifications' `hmacSignature` (a per-message signature, no reusable secret: see f25a).
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A, Vietnamese `Ơ`/`Ư` and Latin Extended Additional. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al)`;
/** Two to four title-case words (particles between them), Vietnamese letters too. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** Letters only Vietnamese writes (not in Latin-1 or Latin Extended-A). */
const VIET = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/** What may end a name: not another letter, name word or digit. */
const END = String.raw`(?![\w’'-]|[\u00c0-\u024f\u1ea0-\u1ef9])`;

/** Words of companies and teams a vendor or a form's `name` may hold. */
const COMPANY = /\b(?:Inc|LLC|Llc|GmbH|Corp|Corporation|Co|Company|Group|Services|Solutions|Systems|Trading|Traders|Supplies|Supply|Partners|Holdings|Industries|Logistics|Consulting|Technologies|Tech|Labs|Studio|Studios|Store|Shop|Foods|Media|Software|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Sample|Example)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !COMPANY.test(v);

/** A secret-looking value: letters and a digit or symbol, not a low-entropy run or a placeholder word. */
const secretish = (v: string, min = 8): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /[\d\W_]/.test(v) && !isLowEntropy(v) && !/^(?:\*+|x+|changeme|password|placeholder|redacted|example|secret|hidden|none|null|undefined|your[\w-]*)$/i.test(v) && !/^[$%{<[]/.test(v);

/** Decoded Basic credential `user:secret` of printable ASCII (not a documentation pair). */
const basicOk = (b64: string): boolean => {
  const s = Buffer.from(b64, 'base64').toString('latin1');
  const i = s.indexOf(':');
  return i > 0 && i < s.length - 4 && /^[\x21-\x7e]+$/.test(s) && !/^(?:user(?:name)?|admin|test|foo):(?:pass(?:word)?|secret|test|changeme|bar)$/i.test(s);
};

/** A national id of a country other than the US in one of its written forms, valid by its checksum. */
const foreignIdOk = (v: string): boolean => {
  if (/^[A-Z]{2}\d{6}[A-D]$/.test(v)) return ninoValid(v);
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return cpfValid(v);
  if (/^(?:\d{6}|\d{8})[-+]\d{4}$/.test(v)) return personnummerValid(v);
  if (/^[XYZ]?\d{7,8}[A-Z]$/.test(v)) return dniValid(v);
  if (/^\d{9}$/.test(v)) return !/^(\d)\1+$/.test(v) && (bsnValid(v) || sinValid(v));
  return false;
};

export const CLOUDLOGS_R59_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-vietnamese-under-key',
    name: "Person's name written with Vietnamese letters under a person's key (`\"full_name\": \"Priya Hương\"`, `holder: \"…\"`)",
    category: 'personal',
    severity: 'medium',
    // Over the contact-record rule (43), which reads Vietnamese letters too since round l88: this one names the script.
    priority: 43.5,
    confidence: 0.7,
    keywords: ['name', 'holder'],
    // A Vietnamese letter within the key, its separator and the name: one cheap search first.
    precheck: { re: VIET, reach: 160 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>(?:[A-Za-z][A-Za-z0-9_]{0,40}?)?(?:[Nn]ame|NAME|[Hh]older|HOLDER))\\{0,3}["']?(?:[ \t]{0,3}[:=][ \t]{0,3}|(?<=["'])[ \t]?,[ \t]?)\\{0,3}["'](?=[^"'\n]{0,80}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])(?<v>${NAME})\\{0,3}["']`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      return VIET.test(v) && (personNameKey(k) || /^(?:name|full_?name|display_?name|customer_?name|holder)$/i.test(k)) && personOk(v);
    },
    remediation: 'Log customers and applicants by id, not by name',
  }),
  defineDetector({
    id: 'person-name-before-phone-label-paren',
    name: "Person's name before a phone label in parentheses (`ticket from Ann Lee (phone +44…)`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['(phone', '(tel', '(mobile', '(cell'],
    pattern: new RegExp(String.raw`(?<=\b(?:[Ff]rom|[Ff]or|[Tt]o|[Bb]y|[Ww]ith|[Cc]ustomer|[Cc]ontact|[Cc]aller|[Cc]lient|[Aa]pplicant) )(?<v>${NAME}) \((?:phone|tel|mobile|cell)(?:[: ]|\.: ?) ?\+?\(?\d`),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Keep customers’ names and phone numbers out of prompts and logs; log a ticket id',
  }),
  defineDetector({
    id: 'person-name-contact-before-phone',
    name: "Person's name after `contact=` before the person's phone (`contact=Ann Lee +447…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['contact=', 'contact:'],
    pattern: new RegExp(String.raw`(?<![\w.-])contact[=:] ?\\{0,3}["']?(?<v>${NAME}) (?=\+?\(?\d[\d ()-]{6,18}\d)`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log contacts by CRM id, not by name and phone',
  }),
  defineDetector({
    id: 'person-name-after-iban-for',
    name: "Person's name after an IBAN and `for` (`Refund to IBAN FR76… for Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['iban'],
    pattern: new RegExp(String.raw`\bIBAN:? [A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8} (?:for|to|of|holder|beneficiary) (?<v>${NAME})${END}`),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log refunds and payouts by id, not by account holder',
  }),
  defineDetector({
    id: 'person-name-document-for-before-url',
    name: "Person's name a document is for, before where it goes (`uploading statement for Ann Lee to https://…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.65,
    keywords: ['statement for', 'invoice for'],
    pattern: new RegExp(String.raw`\b(?:statement|invoice) for (?<v>${NAME}) (?:to|at|into|in) (?=https?:|s3:|gs:|sftp:|/)`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: "Name uploaded documents by id, not by the customer's name",
  }),
  defineDetector({
    id: 'person-name-full-key-beside-given-name',
    name: "Person's name under a `full` key of an object with given/family name keys (GoCardless customer)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['full"', "full'"],
    pattern: new RegExp(String.raw`["']full["']\s{0,2}:\s{0,2}\\{0,3}["'](?<v>${NAME})\\{0,3}["']`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && /(?:given|family|first|last)_?name|email/i.test(ctx.text),
    remediation: "Log mandates and customers by id, not by the customer's name",
  }),
  defineDetector({
    id: 'person-name-form-pair-beside-contact',
    name: "Person's name in a form's `[\"name\",\"…\"]` pair beside a phone, e-mail, address or birth date pair (Next.js formData)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['["name"', '["full_name"', '["fullname"', "['name'"],
    pattern: new RegExp(String.raw`\[(?:"(?:name|full_?name|fullName)"|'name')\s?,\s?\\{0,3}["'](?<v>${NAME})\\{0,3}["']\s?\]`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && /\[\s?\\{0,3}["'](?:phone|mobile|email|e-mail|address|birth_?date|birthDate|dob)\\{0,3}["']\s?,/i.test(ctx.text),
    remediation: 'Do not log form data of profile updates; log the user id',
  }),
  defineDetector({
    id: 'person-name-vendor-key-beside-bank',
    name: "Person's name under a vendor or supplier key of a record with an IBAN, account or phone (a sole trader)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.6,
    keywords: ['vendorname', 'vendor_name', 'suppliername', 'supplier_name'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:vendor|supplier)_?[Nn]ame\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["'](?<v>${NAME})\\{0,3}["']`, 'i'),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && /iban|account_?(?:number|no)|"phone"|"mobile"|\+\d{7,}/i.test(ctx.text),
    remediation: 'Log vendors by id; a sole trader’s name is personal data',
  }),
  defineDetector({
    id: 'foreign-national-id-under-ssn-key',
    name: 'A national id of another country (NINO, personnummer, CPF, DNI/NIE, BSN, SIN) under an `ssn` or `id_number` key',
    category: 'personal',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['ssn', 'id_number', 'national_id'],
    pattern: /(?<![A-Za-z])(?:ssn|id_number|national_id)(?:\\{0,3}["'])?(?:\s{0,3}[:=]\s{0,3}| is )(?:\\{0,3}["'])?(?<v>[0-9A-Z][0-9A-Z.+-]{7,14}[0-9A-Z])(?![\w.-])/i,
    mask: 'full',
    validate: (v) => foreignIdOk(v),
    remediation: 'Do not log national identity numbers; log the applicant id',
  }),
  defineDetector({
    id: 'ipv6-in-postgres-log-prefix',
    name: 'IPv6 client address in a PostgreSQL/RDS log line prefix (`UTC:2a02:…(51234):user@db:`)',
    category: 'infrastructure',
    severity: 'low',
    priority: 31,
    confidence: 0.8,
    keywords: ['utc:', 'gmt:'],
    pattern: /\b(?:UTC|GMT):(?<v>[0-9a-fA-F]{1,4}:[0-9a-fA-F:.]{2,45})\(\d{1,5}\):/,
    mask: 'ip',
    validate: (v) => isIPv6(v) && (v.match(/:/g)?.length ?? 0) >= 3 && !/^(?:fe[89ab]|f[cd])/i.test(v) && !/^2001:0?db8:/i.test(v),
    remediation: 'Check whether this client IP identifies a person and drop %r/%h from log_line_prefix if so',
  }),
  defineDetector({
    id: 'registry-basic-auth-in-pull-error',
    name: 'Registry Basic credential quoted after `auth` in an image pull error (`auth "cm9ib3Q6…"`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['auth "', "auth '", 'auth \\"'],
    pattern: /(?<![\w-])auth \\?["'](?<v>[A-Za-z0-9+/]{12,400}={0,2})\\{0,3}["']/,
    mask: 'full',
    validate: (v) => basicOk(v),
    remediation: 'Rotate the registry robot account and keep imagePullSecrets out of event messages',
  }),
  defineDetector({
    id: 'pagerduty-routing-key-labelled',
    name: 'PagerDuty Events routing or integration key under its label',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['routingkey', 'routing_key', 'integrationkey', 'integration_key'],
    pattern: /(?<![A-Za-z])(?:routing|integration)_?key\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?<v>R0[A-Z0-9]{30}|[0-9a-f]{32})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the PagerDuty integration (routing) key and keep it in a secret store',
  }),
  defineDetector({
    id: 'bank-account-name-value-parameter',
    name: 'Bank account number in a `{name:bank_account value:…}` parameter (Argo workflow, Go struct dump)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['account value:', 'number value:'],
    pattern: /\bname:(?:bank_?)?account(?:_?number)? value:(?<v>\d{6,17})(?![\w])/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Pass bank details to workflows as secret references, not parameters',
  }),
  defineDetector({
    id: 'azure-keyvault-audit-secret-value',
    name: 'Secret value in an Azure Key Vault audit record (`SecretSet` with `"value":"…"`)',
    category: 'credential',
    severity: 'critical',
    priority: 55,
    confidence: 0.85,
    keywords: ['vault.azure.net/secrets/'],
    pattern: /vault\.azure\.net\/secrets\/[\w-]{1,127}(?![\w-])[^\n]{0,600}?\\{0,3}"value\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?<v>[^"\\\s]{8,400})\\{0,3}"/,
    mask: 'full',
    validate: (v) => secretish(v) && !/^https?:/.test(v),
    remediation: 'Rotate the secret in Key Vault and keep request bodies out of diagnostic logs',
  }),
  defineDetector({
    id: 'dotnet-config-path-secret',
    name: 'Secret under a .NET configuration path whose last segment names it (`"OpenAI__Key"`, `key="PayPal:ClientSecret"`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['__key', '__apikey', '__secret', '__clientsecret', '__password', ':key', ':apikey', ':secret', ':clientsecret', ':password'],
    pattern:
      /(?<k>[A-Za-z][\w.]{0,60}(?:__|:)(?:(?:Api)?Key|(?:Client)?Secret|Password))(?:\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"|" value=")(?<v>[^"\\\s]{12,400})\\{0,3}"/i,
    mask: 'full',
    validate: (v) => secretish(v, 12) && /\d/.test(v) && !/^(?:https?:|@Microsoft\.KeyVault)/i.test(v),
    remediation: 'Move this setting to Key Vault (or user secrets) and rotate it',
  }),
  defineDetector({
    id: 'secret-piped-to-platform-secret-store',
    name: 'Secret echoed into a platform secret store (`echo "…" | wrangler secret put`, `gh secret set`, `vercel env add`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['wrangler secret put', 'gh secret set', 'vercel env add'],
    pattern:
      /\b(?:echo|printf)(?: -n)? ["']?(?<v>[^\s"'|]{8,400})["']? \| (?:npx |bunx |pnpm dlx |yarn )?(?:wrangler secret put|gh secret set|vercel env add)\b/,
    mask: 'full',
    validate: (v) => secretish(v) && !v.startsWith('$'),
    remediation: 'Rotate the secret: commands that echo it end up in shell history and CI logs',
  }),
  defineDetector({
    id: 'password-in-parentheses-label',
    name: 'Password in parentheses after its label (`sftp … (password: …)`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['(password:', '(password='],
    pattern: /\(password[:=] ?(?<v>[^)\s][^)\n]{2,62}[^)\s])\)/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && !/\b(?:hidden|redacted|masked|not set|none|omitted|prompt|from env|see)\b|^\*+$|^\$/i.test(v),
    remediation: 'Change this password and use key-based or batch-file authentication that does not print it',
  }),
  defineDetector({
    id: 'underscore-pass-to-whitespace',
    name: 'Password of a `*_pass=` key holding `;`, `&`, `(` or spaces, up to the next space or key (`sftp_pass=Ab1;x&y ebics_key=…`)',
    category: 'credential',
    severity: 'high',
    // Over password-assignment (40), which stops at `;`: this one keeps the whole value.
    priority: 41,
    confidence: 0.75,
    keywords: ['_pass=', '_passwd=', '_password=', '_pwd='],
    // The value runs to the next space, or (a passphrase) to the next ` key=` or the line's end.
    // Lower-case keys only (`DB_PASS=…; cmd` in a shell is password-assignment's); the next token is a key or the line ends.
    // Round r60: keys of several words too (`basic_auth_pass=…`).
    pattern: /(?<![\w])[a-z][a-z0-9]{1,20}(?:_[a-z0-9]{1,20}){0,2}_(?:pass|passwd|password|pwd)=(?<v>[^\s"'<>][^\n"'<>]{4,62}?)(?=[ \t]{1,3}[a-z][\w.-]{1,30}=|[ \t]*$)/m,
    mask: 'full',
    validate: (v) =>
      !/[;&][A-Za-z_]\w{1,30}=|; /.test(v) && secretish(v) && /\d/.test(v) && (/[;&()^]/.test(v) || (v.includes(' ') && /[^\w\s]/.test(v) && v.split(' ').length <= 4)),
    remediation: 'Change this password and keep transfer credentials out of debug logs',
  }),
  defineDetector({
    id: 'actuator-env-passphrase',
    name: 'Password or secret (a passphrase with spaces too) in a Spring actuator env dump (`"…_PASSWORD":{"value":"…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['password":{', 'password": {', 'passwd":{', 'passwd": {', 'secret":{', 'secret": {'],
    pattern: /(?:PASSWORD|PASSWD|SECRET)"(?::\{|: \{)\s?"value"\s?:\s?"(?<v>[^"\n]{4,200})"/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && !/^\*+$|^\$\{|\[?redacted\]?/i.test(v),
    remediation: 'Set management.endpoint.env.show-values=NEVER (or mask keys) and rotate the secret',
  }),
  defineDetector({
    id: 'synthetics-password-step-value',
    name: 'Text a Datadog Synthetics browser step typed into a password field (`Type text in "password"` … `Value: …`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['type text in'],
    span: 300,
    pattern: /Type text in "[^"\n]{0,60}(?:password|passwd|passcode|pin)[^"\n]{0,60}"[^\n]{0,80}\n\s{0,8}Value: (?<v>[^\n]{4,128}?)[ \t]*(?=\n|$)/i,
    mask: 'full',
    validate: (v) => !/^\{\{.*\}\}$|^\*+$|^\$/.test(v) && !isLowEntropy(v),
    remediation: 'Store test passwords as Synthetics global variables marked secure, so results mask them',
  }),
  defineDetector({
    id: 'ach-csv-row-after-label',
    name: 'ACH row (`ACH batch: routing,account,Name,amount`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['ach batch', 'ach file'],
    pattern: new RegExp(String.raw`\bACH (?:batch|file)[^\n]{0,60}?[:=] ?(?<v>\d{9},\d{4,17},${NAME})(?=,\d)`, 'i'),
    mask: 'full',
    validate: (v) => abaChecksumOk(v.slice(0, 9)) && personOk(v.slice(v.indexOf(',', 10) + 1)),
    remediation: 'Log ACH exports by batch id and count, not their rows',
  }),
  defineDetector({
    id: 'nacha-entry-detail-record',
    name: 'NACHA entry detail record (type 6: routing, account, amount, id, name) on a line that names NACHA',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['nacha'],
    pattern: /NACHA\b[^\n]{0,80}?(?<![\d])6[23][2-9](?<v>\d{9}[0-9A-Za-z -]{17}\d{10}[\x20-\x7e]{15} ?[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9 ,.'’-]{0,21})/i,
    mask: 'full',
    validate: (v) => abaChecksumOk(v.slice(0, 9)) && /\d/.test(v.slice(9, 26)),
    remediation: 'Log rejected NACHA records by trace number, not the record',
  }),
  defineDetector({
    id: 'api-key-in-parentheses-after-status',
    name: 'API key in parentheses after a failed call (`-> 401 (key=…)`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['(key='],
    pattern: /\(key=(?<v>[A-Za-z0-9_\-]{24,100})\)/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the key and log a key id or fingerprint instead',
  }),
];
