import { BIRTH_DATE, birthKey, plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { bsnValid, cpfValid, dniValid, sinValid } from '../id-checksums';
import { ninoValid, personnummerValid } from '../id-checksums-more';
import { abaChecksumOk, isLowEntropy } from '../validators';
import { ciPersonOk } from './names-r32';

/**
 * Round r60 (blind set 60: CRM, marketing and support integrations' sync services — Salesforce, HubSpot, Zendesk,
 * Intercom, Marketo, Braze, Klaviyo, Segment, Pipedrive, Close, Attio, Hightouch/Census).
 * The classes:
 * - Close API keys (`api_<22>.<22>`) wherever they stand, a Mandrill key under a key label even without a digit;
 * - a vendor-named key of a CRM, marketing or support platform (`iterable_key = …`, `klaviyo_private_key: …`);
 * - webhook signing keys and secrets under a key with a qualifier (`signature_key=<hex>`, `"signatureKey":"<hex>"`,
 *   `x-zendesk-webhook-signing-secret-used=…`) and in prose (`X-CIO-Signature checked with key <hex>`);
 * - a password in a comma-separated property dump (`crm.salesforce.password=Fjord oibpq 555&, crm.zendesk…=`);
 * - sync diffs: a date of birth after `old ->` (`Date_of_Birth__c: null -> 1948-07-23`), a routing number or bank
 *   account after `old →`, and `{"field":"birthdate","old":…,"new":"…"}` records, old and new values (national ids too);
 * - a national id (NINO, CPF, DNI, BSN, SIN, personnummer) under a CRM's hashed custom-field key (Pipedrive's 40 hex);
 *   a date of birth in a sync tool's `Property "date_of_birth" value …` error; HubSpot `propertyName`/`propertyValue` pairs;
 * - addresses: a house number and one compound street word (`516 Kastanienallee`, `835 Sveavägen`), and a street
 *   line with its city and a postcode after the city (`1445 Maple Grove Ave, Madrid 28014`, `…, Lisboa 1100-053`);
 * - names: a chat transcript's speaker label (`[customer Ann Lee]`), Salesforce Web-to-Case `SuppliedName`,
 *   `… failed validation for Ann Lee`, Mailchimp merge fields `FNAME`/`LNAME` (url-encoded forms too).
 * Narrow fixes elsewhere: day-first birth dates beside an SSN (record-birth-dates), `basic_auth_pass=` keys of several
 * words (cloudlogs-r59), a Freshdesk `-u KEY:X` of letters only (call-arguments); in match-detector, `+1` numbers no
 * line can have (`+1 (555) 010-0199`) are no phone, and a documentation persona (a name beside its own `@example.com`
 * mailbox under an e-mail key) is example data.
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al|Van|Thi|Thị)`;
/** Two to four title-case words (particles between them). */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** What may end a name: not another letter, name word or digit. */
const END = String.raw`(?![\w’'-]|[\u00c0-\u024f])`;

/** Words of companies, teams and placeholders a name slot may hold. */
const COMPANY = /\b(?:Inc|LLC|Llc|GmbH|Ltd|Corp|Corporation|Co|Company|Group|Services|Solutions|Systems|Trading|Partners|Holdings|Industries|Consulting|Technologies|Tech|Labs|Studio|Store|Shop|Media|Software|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Sample|Example|Account|Contact|Lead|Field|Name|Record|Object|Customer|User|Owner|Admin|Unknown)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !COMPANY.test(v);

/** A generated key: letters and digits (or both cases), not a run or a placeholder. */
const keyish = (v: string): boolean =>
  v.length >= 16 &&
  !isLowEntropy(v) &&
  !/^(?:your|my|example|sample|placeholder|redacted|changeme|xxx|test|dummy|fake|none|null)/i.test(v) &&
  ((/[0-9]/.test(v) && /[A-Za-z]/.test(v)) || (/[a-z]/.test(v) && /[A-Z]/.test(v) && v.length >= 20));

/** 32 to 128 hex digits with letters and digits (a signing key, an API key). */
const hexKey = (v: string): boolean => /^[0-9a-fA-F]{32,128}$/.test(v) && /[a-fA-F]/.test(v) && /\d/.test(v) && !isLowEntropy(v);

/** A national id of a country other than the US in one of its written forms (spaces allowed), valid by its checksum. */
const foreignIdOk = (raw: string): boolean => {
  const v = raw.replace(/ /g, '');
  if (/^[A-Z]{2}\d{6}[A-D]$/.test(v)) return ninoValid(v);
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return cpfValid(v);
  if (/^(?:\d{6}|\d{8})[-+]\d{4}$/.test(v)) return personnummerValid(v);
  if (/^[XYZ]?\d{7,8}[A-Z]$/.test(v)) return dniValid(v);
  // Nine digits: a Canadian SIN written in groups (`222 390 064`), or a Dutch BSN / SIN by its checksum.
  if (/^\d{9}$/.test(v)) return !/^(\d)\1+$/.test(v) && (/^\d{3} \d{3} \d{3}$/.test(raw) ? sinValid(v) : bsnValid(v) || sinValid(v));
  return false;
};

/** A key that names a national id (`national_id`, `ssn`, `tax_id`, `nino`, `bsn`, `cpf`, `dni`, `sin`, `id_number`). */
const NATIONAL_KEY = /^(?:[\w.-]{0,20}[_.-])?(?:national_?id(?:_?number)?|ssn|tax_?id|nino|nin|bsn|cpf|dni|nie|sin|personnummer|id_?number|passport_?number|government_?id)$/i;

/** The value of a field-diff record under a birth or national-id key: a date of birth, or a valid foreign national id. */
const diffValueOk = (v: string, k: string): boolean =>
  birthKey(k) ? new RegExp(`^(?:${BIRTH_DATE})$`).test(v) && dobOk(v) : NATIONAL_KEY.test(k) && foreignIdOk(v);

/** A date of birth of a living adult or child (not a default). */
const dobOk = (v: string): boolean => plausibleBirthDate(v) && Number((/(?:19|20)\d{2}/.exec(v) ?? ['0'])[0]) <= new Date().getUTCFullYear() - 1;

/** Compound street words of Germanic and Nordic names (`Kastanienallee`, `Prinsengracht`, `Sveavägen`, `Drottninggatan`). */
const COMPOUND_STREET = String.raw`[A-ZÄÖÜÅÆØ][a-zäöüßåæøé]{2,24}(?:allee|gracht|vägen|vagen|gatan|strasse|weg|plein|kade|laan|gade|vej|veien|gata|gasse|platz|singel|dijk|steeg)`;
/** ASCII keywords (the prefilter reads ASCII only): `gen` stands for `-vägen`. */
const COMPOUND_KEYWORDS = ['allee', 'gracht', 'gen', 'gatan', 'strasse', 'weg', 'plein', 'kade', 'laan', 'gade', 'vej', 'veien', 'gata', 'gasse', 'platz', 'singel', 'dijk', 'steeg'];

/** A capitalised word of a street or city name (Latin-1 letters too). */
const CW = String.raw`[A-ZÀ-Þ][a-zß-ÿ'’]{1,24}`;
/** A street line written number first: English types, Romance types first, or one compound street word. */
const STREET_LINE = String.raw`\d{1,5}[A-Za-z]? (?:(?:${CW} ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Crescent|Grove|Parkway|Square)\.?(?: (?:North|South|East|West|N|S|E|W)\b)?|(?:Calle|Avenida|Via|Viale|Rua|Rue|Avenue|Piazza|Corso|Carrer|Plaza|Paseo)(?: (?:de la|de los|del|de|da|do|dos|das|di|della|des))? ${CW}(?: ${CW}){0,2}|${COMPOUND_STREET})`;
/** A postcode after the city: 5 digits (ES, FR, DE, IT), `1100-053` (PT), `113 50` (SE), `1016 GV` (NL), UK, Canadian, 4 digits. */
const POSTCODE_AFTER_CITY = String.raw`(?:\d{4}-\d{3}|\d{3} \d{2}|\d{4} [A-Z]{2}|\d{5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d|\d{4})`;

export const CRMSYNC_R60_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'close-api-key',
    name: 'Close CRM API key (`api_<22>.<22>`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['api_'],
    precheck: { re: /api_[A-Za-z0-9]{22}\./, reach: 0 },
    pattern: /(?<![\w.-])api_[A-Za-z0-9]{22}\.[A-Za-z0-9]{22}(?![\w.-])/,
    mask: 'full',
    validate: (v) => /\d/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)) && !isLowEntropy(v.slice(4)),
    remediation: 'Delete this Close API key in Settings, Developer, API Keys, and create a new one',
  }),
  defineDetector({
    id: 'mandrill-key-under-label',
    name: 'Mandrill API key under a key label (`key=md-…`), letters only too',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['md-'],
    // mandrill-api-key wants a digit; a key of 22 random letters has none one time in fifty.
    pattern: /(?<![\w-])(?:key|api_?key|apikey|mandrill_?key)\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>md-[A-Za-z0-9_-]{22})(?![\w-])/i,
    mask: 'full',
    validate: (v) => /[a-z]/.test(v.slice(3)) && /[A-Z]/.test(v.slice(3)) && !isLowEntropy(v.slice(3)),
    remediation: 'Delete this Mandrill API key in Settings, SMTP & API Info',
  }),
  defineDetector({
    id: 'crm-vendor-named-key',
    name: 'Key of a CRM, marketing or support platform under its vendor-named key (`iterable_key = …`, `klaviyo_private_key: …`)',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.75,
    keywords: ['iterable', 'klaviyo', 'braze', 'customerio', 'customer_io', 'mailchimp', 'mandrill', 'pipedrive', 'attio', 'hightouch', 'rudderstack', 'marketo', 'pardot', 'intercom', 'zendesk', 'freshdesk', 'hubspot', 'gorgias', 'kustomer', 'helpscout', 'onesignal', 'closekey', 'close_key', 'close_api', 'closeapi', 'census_', 'censuskey', 'censustoken', 'segment_', 'segmentwrite'],
    pattern:
      /(?<![A-Za-z0-9])(?<k>(?:[\w-]{0,30}[_.-])?(?:iterable|klaviyo|braze|customer_?io|mailchimp|mandrill|pipedrive|attio|hightouch|rudderstack|marketo|pardot|intercom|zendesk|freshdesk|hubspot|gorgias|kustomer|helpscout|onesignal|close|census|segment)[_.-]?(?:private[_.-]?|rest[_.-]?|app[_.-]?|write[_.-]?|server[_.-]?)?(?:api[_.-]?)?(?:key|token|secret))(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_.+/=-]{16,128})(?![A-Za-z0-9_.+/=-])/i,
    mask: 'full',
    validate: (v) => keyish(v) && !/^(?:https?|sk_test|pk_test)/i.test(v),
    remediation: "Rotate this key in the platform's settings and read it from the secret store",
  }),
  defineDetector({
    id: 'webhook-signing-key-qualified',
    name: 'Webhook signing key or secret under its key, a qualifier after it too (`signature_key=<hex>`, `…-signing-secret-used=…`)',
    category: 'credential',
    severity: 'high',
    priority: 40.1, // round l86: over secret-assignment (40), which reads qualified keys (`…_current`) now too and would name it generically
    confidence: 0.75,
    keywords: ['signature_key', 'signaturekey', 'signature-key', 'signing_secret', 'signing-secret', 'signingsecret', 'signing_key', 'signing-key', 'signingkey'],
    pattern:
      /(?<![A-Za-z0-9])(?:[\w.-]{0,40}?[_.-])?(?:signature|signing)[_-]?(?:key|secret)(?:[_-](?:used|value|current|active|primary|secondary|new|old))?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_+/=-]{24,128})(?![A-Za-z0-9_+/=-])/i,
    mask: 'full',
    validate: (v) => hexKey(v) || (keyish(v.replace(/=+$/, '')) && /[a-z]/.test(v) && /[A-Z]/.test(v)),
    remediation: "Roll this webhook signing secret in the provider's settings and keep it in the secret store",
  }),
  defineDetector({
    id: 'webhook-signature-checked-with-key',
    name: 'Signing key in prose after a signature check (`X-CIO-Signature checked with key <hex>`)',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.75,
    keywords: ['with key', 'using key', 'with secret', 'using secret', 'with the key', 'with the secret', 'with signing key', 'with signing secret'],
    pattern:
      /\b(?:signature|signing|signed|hmac)\b[^\n]{0,60}?\b(?:checked|verified|validated|computed|signed|verify|check) (?:with|using) (?:the )?(?:(?:signing|webhook|hmac) )?(?:key|secret)[:= ]{1,3}["']?(?<v>[A-Za-z0-9_+/=-]{24,128})(?![A-Za-z0-9_+/=-])/i,
    mask: 'full',
    validate: (v) => hexKey(v) || (keyish(v.replace(/=+$/, '')) && /[a-z]/.test(v) && /[A-Z]/.test(v)),
    remediation: 'Log which key verified a webhook by its id, never the key',
  }),
  defineDetector({
    id: 'password-in-comma-property-dump',
    name: 'Password in a comma-separated property dump, spaces and `;` inside (`crm.salesforce.password=Fjord oibpq 555&, crm.…=`)',
    category: 'credential',
    severity: 'high',
    // Over password-assignment (40), which stops at `;` or a space: this one keeps the whole value.
    priority: 41,
    confidence: 0.75,
    keywords: ['.password=', '.passwd=', '.pass=', '.passphrase=', '.pwd='],
    // Spring's PropertySourcesLoader / Environment dumps: `a.b.password=…, a.b.other=…`; the value runs to `, <dotted key>=`.
    pattern:
      /(?<![\w.-])(?:[a-z][\w-]{0,30}\.){1,6}(?:password|passwd|pass|passphrase|pwd)=(?<v>[^\s,="'`][^\n,="'`]{3,62}?)(?=, (?:[a-z][\w-]{0,30}\.){1,6}[\w-]{1,40}=|\s*$|[}\]])/m,
    mask: 'full',
    validate: (v) =>
      /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && v.split(' ').length <= 4 && !/^\$\{|^\*+$|\b(?:redacted|masked|hidden|not set|none)\b/i.test(v),
    remediation: 'Mask secrets in property dumps (Spring Boot sanitizes keys; do not log property sources) and rotate the password',
  }),
  defineDetector({
    id: 'birth-date-after-diff-arrow',
    name: 'Date of birth after a diff arrow under a birth key (`Date_of_Birth__c: null -> 1948-07-23`)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: ['birth', 'dob'],
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?<k>[A-Za-z][\w.-]{0,40})\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,20}\\{0,3}["']?(?:null|none|nil|""|''|-|[^\s:][^\n:]{0,40}?)\\{0,3}["']?[ \t]{0,3}(?:->|→|=>|⇒)[ \t]{0,3}\\{0,3}["']?(?<v>${BIRTH_DATE})(?![\w/.:-])`,
    ),
    mask: 'full',
    validate: (v, ctx) => birthKey((ctx.key ?? '').replace(/__c$/i, '')) && dobOk(v),
    remediation: 'Log which fields a sync changed, not their values',
  }),
  defineDetector({
    id: 'bank-number-after-diff-arrow',
    name: 'Routing number or bank account after a diff arrow (`bank_routing: 0423… → 1075…`, `bank_account: … → …`)',
    category: 'financial',
    severity: 'high',
    priority: 36,
    confidence: 0.8,
    keywords: ['routing', 'account'],
    pattern:
      /(?<![\w.-])(?<k>(?:[A-Za-z][\w.-]{0,30}?[_.-])?(?:routing(?:_?number)?|aba|account(?:_?number|_?no)?|acct(?:_?no)?))\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,20}\\{0,3}["']?(?:null|none|""|\d{4,17})\\{0,3}["']?[ \t]{0,3}(?:->|→|=>)[ \t]{0,3}\\{0,3}["']?(?<v>\d{4,17})(?![\w.-])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const k = (ctx.key ?? '').toLowerCase();
      if (/routing|(?:^|[_.-])aba$/.test(k)) return v.length === 9 && abaChecksumOk(v);
      // An account under a bank key, not a user or ledger account id.
      return /bank|iban|ach|payout|deposit|checking|savings|direct/.test(k) && v.length >= 6 && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Log which bank fields a sync changed, not their values',
  }),
  defineDetector({
    id: 'personal-value-in-field-diff-record',
    name: 'Date of birth or national id as the new value of a field-diff record (`{"field":"birthdate","old":null,"new":"…"}`)',
    category: 'personal',
    severity: 'high',
    priority: 36,
    confidence: 0.8,
    keywords: ['"new":', '"after":', '"new_value":', '"newvalue":'],
    pattern:
      /\\{0,3}"(?:field|property|attribute|name)\\{0,3}"\s?:\s?\\{0,3}"(?<k>[\w.-]{1,40})\\{0,3}"\s?,\s?\\{0,3}"(?:old|before|previous|old_?[Vv]alue)\\{0,3}"\s?:\s?(?:null|\\{0,3}"[^"\n]{0,80}\\{0,3}")\s?,\s?\\{0,3}"(?:new|after|new_?[Vv]alue)\\{0,3}"\s?:\s?\\{0,3}"(?<v>[^"\\\n]{6,40})\\{0,3}"/,
    mask: 'full',
    validate: (v, ctx) => diffValueOk(v, ctx.key ?? ''),
    remediation: 'Log which fields a sync changed, not their values',
  }),
  defineDetector({
    id: 'personal-old-value-in-field-diff-record',
    name: 'Date of birth or national id as the old value of a field-diff record (`{"field":"birthdate","old":"…","new":…}`)',
    category: 'personal',
    severity: 'high',
    priority: 36,
    confidence: 0.8,
    keywords: ['"new":', '"after":', '"new_value":', '"newvalue":'],
    pattern:
      /\\{0,3}"(?:field|property|attribute|name)\\{0,3}"\s?:\s?\\{0,3}"(?<k>[\w.-]{1,40})\\{0,3}"\s?,\s?\\{0,3}"(?:old|before|previous|old_?[Vv]alue)\\{0,3}"\s?:\s?\\{0,3}"(?<v>[^"\\\n]{6,40})\\{0,3}"\s?,\s?\\{0,3}"(?:new|after|new_?[Vv]alue)\\{0,3}"/,
    mask: 'full',
    validate: (v, ctx) => diffValueOk(v, ctx.key ?? ''),
    remediation: 'Log which fields a sync changed, not their values',
  }),
  defineDetector({
    id: 'national-id-under-hashed-custom-field',
    name: "National id under a CRM's hashed custom-field key (Pipedrive `\"7a3f…(40 hex)\":\"AB 86 97 11 B\"`)",
    category: 'personal',
    severity: 'high',
    priority: 36,
    confidence: 0.75,
    keywords: ['pipedrive', '.person', 'person"', 'custom_fields'],
    precheck: { re: /[0-9a-f]{40}\\{0,3}"\s?:/, reach: 4 },
    pattern: /\\{0,3}"[0-9a-f]{40}\\{0,3}"\s?:\s?\\{0,3}"(?<v>[A-Z0-9][A-Z0-9 .+-]{7,16}[A-Z0-9])\\{0,3}"/,
    mask: 'full',
    validate: (v) => foreignIdOk(v),
    remediation: 'Keep national ids out of CRM webhooks and logs (mask the custom field)',
  }),
  defineDetector({
    id: 'birth-date-in-property-value-error',
    name: 'Date of birth in a sync error about a birth property (`Property "date_of_birth" value 04/01/1958 is not a valid date`)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: ['birth', 'dob'],
    pattern: new RegExp(
      String.raw`\b(?:[Pp]roperty|[Ff]ield|[Cc]olumn|[Aa]ttribute)\s\\{0,3}["'\x60]?(?<k>[\w.-]{2,40})\\{0,3}["'\x60]?\s(?:value|with value|has value|=)\s\\{0,3}["']?(?<v>${BIRTH_DATE})(?![\w/.:-])`,
    ),
    mask: 'full',
    validate: (v, ctx) => birthKey(ctx.key ?? '') && dobOk(v),
    remediation: 'Log the failing property name and row id, not its value',
  }),
  defineDetector({
    id: 'personal-property-value-pair',
    name: 'Personal value of a HubSpot-style `propertyName`/`propertyValue` pair (address, name, date of birth)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: ['propertyvalue', 'property_value'],
    pattern:
      /\\{0,3}"property_?[Nn]ame\\{0,3}"\s?:\s?\\{0,3}"(?<k>[\w.-]{2,40})\\{0,3}"\s?,\s?\\{0,3}"property_?[Vv]alue\\{0,3}"\s?:\s?\\{0,3}"(?<v>[^"\\\n]{2,120})\\{0,3}"/,
    mask: 'full',
    validate: (v, ctx) => {
      const k = (ctx.key ?? '').toLowerCase().replace(/[_.-]/g, '');
      if (/^(?:address|street|streetaddress|address1|address2|mailingstreet|homeaddress)$/.test(k)) return /\d/.test(v) && /[A-Za-zÀ-ÿ]{3}/.test(v) && !/^\d+$/.test(v);
      if (/^(?:firstname|lastname|fullname|name)$/.test(k)) return /^[A-ZÀ-Þ][\p{L}'’ -]{1,40}$/u.test(v) && !COMPANY.test(v);
      if (birthKey(ctx.key ?? '')) return dobOk(v);
      return false;
    },
    remediation: 'Log the property names of a webhook batch, not their values',
  }),
  defineDetector({
    id: 'street-number-compound-word',
    name: 'Street address: a house number and one compound street word (`516 Kastanienallee`, `835 Sveavägen`)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: COMPOUND_KEYWORDS,
    pattern: new RegExp(String.raw`(?<![\w.@/:-])(?<v>[1-9]\d{0,4}[a-z]? ${COMPOUND_STREET})(?![\wäöüßåæøé-])`),
    mask: 'full',
    remediation: 'Remove this street address from the log line (log a customer id instead)',
  }),
  defineDetector({
    id: 'street-line-city-postcode',
    name: 'Street line with its city and a postcode after the city (`1445 Maple Grove Ave, Madrid 28014`, `…, Lisboa 1100-053`)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: [' street', ' st,', ' st.', ' ave', ' avenue', ' road', ' rd', ' lane', ' drive', ' dr,', ' dr.', ' way,', ' place', ' court', ' grove', ' boulevard', ' blvd', ' terrace', ' crescent', ' square', ' parkway', 'calle ', 'avenida ', 'via ', 'viale ', 'rua ', 'rue ', 'piazza ', 'corso ', 'carrer ', 'plaza ', 'paseo ', ...COMPOUND_KEYWORDS],
    pattern: new RegExp(
      String.raw`(?<![\w.@/:-])(?<v>${STREET_LINE}, ${CW}(?: ${CW}){0,2}(?:, [A-Z]{2})? ${POSTCODE_AFTER_CITY})(?![\w-])`,
    ),
    mask: 'full',
    validate: (v) => !/^0+ /.test(v) && !/\b(?:Anytown|Musterstadt)\b/i.test(v),
    remediation: 'Remove this street address from the log line (log a customer id instead)',
  }),
  defineDetector({
    id: 'person-name-transcript-speaker-label',
    name: "Person's name in a chat transcript's speaker label (`[customer Ann Lee]`, `[visitor Ann Lee]:`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['[customer ', '[visitor ', '[client ', '[caller ', '[guest ', '[contact ', '[requester ', '[member ', '[patient ', '[end-user ', '[enduser ', '[end user '],
    pattern: new RegExp(String.raw`\[(?:customer|visitor|client|caller|guest|contact|requester|member|patient|end[- ]?user) (?<v>${NAME})\]`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Export transcripts with speaker roles only, not customers’ names',
  }),
  defineDetector({
    id: 'person-name-supplied-name-key',
    name: "Person's name under Salesforce Web-to-Case/Lead `SuppliedName` (`\"SuppliedName\":\"Ann Lee\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: ['suppliedname', 'supplied_name'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])Supplied_?Name\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>${NAME})${END}`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log cases by id, not by the name the customer supplied',
  }),
  defineDetector({
    id: 'person-name-validation-failed-for',
    name: "Person's name a value failed validation for (`IBAN … failed validation for Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['validation for', 'validated for', 'rejected for', 'declined for'],
    pattern: new RegExp(String.raw`\b(?:failed validation|validation failed|could not be validated|rejected|declined) for (?:customer |contact |account holder |holder )?(?<v>${NAME})${END}(?![ ](?:[A-Z][a-z]|\d))`),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log validation failures by record id, not by the person',
  }),
  defineDetector({
    id: 'person-name-merge-field',
    name: "Person's first or last name in a Mailchimp merge field (`merges[FNAME]=Ann`, `%5BLNAME%5D=Lee`, `\"FNAME\":\"Ann\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['fname', 'lname'],
    pattern:
      /(?:(?:\[|%5B)(?:FNAME|LNAME)(?:\]|%5D)=|\\{0,3}["'](?:FNAME|LNAME)\\{0,3}["']\s?:\s?\\{0,3}["'])(?<v>(?:[A-ZÀ-Þ]|%C[3-5]%[89AB][0-9A-F])(?:[a-zß-ÿ'’-]|%C[3-5]%[89AB][0-9A-F]){1,30}(?:(?:\+|%20| )(?:[A-ZÀ-Þ]|%C[3-5]%[89AB][0-9A-F])(?:[a-zß-ÿ'’-]|%C[3-5]%[89AB][0-9A-F]){1,30}){0,2})(?![\wß-ÿ%])/,
    mask: 'full',
    validate: (v) => !/^(?:Test|Demo|Example|Sample|First|Last|Name|Subscriber|Customer|User|Friend|There|Null|None|Unknown)$/i.test(v),
    remediation: 'Log list events by subscriber id, not their merge fields',
  }),
];
