import { plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import { nearby } from '../nearby';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { abaValid, isLowEntropy, ssnValid } from '../validators';
import { assignedValueVerdict } from './generic';
import { ciPersonOk } from './names-r32';

/**
 * Round r66 (blind set 66), the rest of its classes (see gateways-r66.ts for the credentials):
 * - a date of birth echoed by a validation error after `invalid value`/`rejected value`, also with the junk that made it
 *   invalid (`date_of_birth: invalid value "1983-02-18x"`, Spring `field 'dob': rejected value [18.02.1983x]`);
 * - an SSN echoed as the `data` of a JSON-schema (ajv) error whose `instancePath` names an SSN or tax-id field;
 * - a person's name or a secret echoed by a Spring binding error (`on field 'beneficiaryName': rejected value [Ann Lee]`);
 * - a person's name quoted after who requested or approved something (`(requested by "Ann Lee" via self-service)`);
 * - a person's name under a display key that names a person's role (`customer_display="Ann Lee"`, `payerDisplayName`); not under a
 *   bare `display`/`display_name`, which names products as often (round r53's decision);
 * - a name written with Vietnamese letters under a name key (`'last_name': 'Nguyễn'`, `"nome":"Thảo Álvarez"`), and in the
 *   slots above (the shared name pattern stops at such a letter);
 * - a bank account and routing number written `account/routing` near a line naming both (`mismatch for 2499250077/073350813`
 *   under `f"mismatch for {account_number}/{routing_number}"`), the routing number valid by its checksum.
 * No secrets, reported as public so that the assignment rule's finding under them is not a leak (set 66's flagged negatives):
 * - a rate limiter's counter key that is a digest (`"counter-key":"<64 hex>"`, APIM `rate-limit-by-key` traces);
 * - a request signature written beside the id of the key that made it (`signature=<64 hex> key_id=ledger-6`): one
 *   request's MAC, the key stays in the vault.
 */

/** Keys of a person's name in a binding error (`beneficiaryName`, `account_holder`, `fullName`); not of things (`fileName`). */
const NAME_FIELD = /(?:name|holder|owner|payee|beneficiary|recipient|cardholder)$/i;
const THING_FIELD = /file|host|user_?name|username|login|bucket|product|item|company|business|merchant|bank|city|street|domain|app|service|class|field|table|column|display|brand|shop|store|org|team|plan|event|tag|type/i;

/** A name word's initial and its rest: ASCII, Latin-1, Latin Extended-A and the letters only Vietnamese writes (`Nguyễn`, `Thảo`). */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al|Ó|Ní|Nic|Uí|Van)`;
/** Two to four title-case words, particles between them. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** Fields of a person's record beside a bare name key. */
const PERSON_FIELD = /@|\b(?:e-?mail|phone|celular|telefone|tel[eé]fono|mobile|cpf|dni|ssn|dob|birth|nascimento|nacimiento|address|endere[cç]o|direcci[oó]n)\b/i;
const VIET = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** The role a display key's first word names (`customer_display`, `memberDisplayName`), any case of its first letter. */
const PERSON_ROLE = String.raw`(?:[Cc]ustomer|[Uu]ser|[Mm]ember|[Cc]lient|[Bb]uyer|[Ss]hopper|[Cc]ontact|[Rr]ecipient|[Ss]ender|[Oo]wner|[Ee]mployee|[Pp]atient|[Gg]uest|[Aa]uthor|[Rr]equester|[Rr]equestor|[Aa]ssignee|[Pp]ayer|[Pp]ayee|[Hh]older|[Ss]ubscriber|[Cc]aller|[Dd]river|[Rr]ider|[Tt]enant|[Aa]pplicant|[Bb]eneficiary|[Cc]ardholder|[Pp]erson|[Pp]rofile|CUSTOMER|USER|MEMBER)`;

/** Company and product words a display name may be. */
const NOT_PERSON = /\b(?:Inc|LLC|GmbH|Ltd|Corp|Company|Group|Services?|Solutions|Systems|Partners|Holdings|Logistics|Labs|Studio|Store|Shop|Media|Software|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Sample|Example|Admin|Service|Account|Portal|Console|Gateway|Platform|Api|API)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !NOT_PERSON.test(v);

export const GATEWAYS_R66_PEOPLE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'date-of-birth-in-invalid-value-echo',
    name: 'Date of birth echoed by a validation error (`date_of_birth: invalid value "1983-02-18x"`, `rejected value [18.02.1983]`)',
    category: 'personal',
    severity: 'medium',
    priority: 56,
    confidence: 0.75,
    keywords: ['birth', 'dob'],
    precheck: { re: /(?:[Ii]nvalid|[Rr]ejected|[Bb]ad|[Mm]alformed|[Uu]nexpected|[Ii]llegal|[Uu]nparsa?ble) value/, reach: 60 },
    pattern: /(?<![A-Za-z])(?:date[_ -]?of[_ -]?birth|dateOfBirth|DateOfBirth|birth[_ -]?date|birthDate|BirthDate|birthday|dob|DOB)\\{0,3}["')]?[ \t]{0,3}[:=]?[ \t]{0,3}(?:[Ii]nvalid|[Rr]ejected|[Bb]ad|[Mm]alformed|[Uu]nexpected|[Ii]llegal|[Uu]nparsa?ble) value:?[ \t]{0,3}\\{0,3}["'[]?(?<v>\d{4}-\d{2}-\d{2}|\d{2}[/.]\d{2}[/.]\d{4})(?!\d)/,
    mask: 'full',
    validate: (v) => plausibleBirthDate(v),
    remediation: 'Echo the field and the rule a validation error broke, not the value the customer sent',
  }),
  defineDetector({
    id: 'ssn-in-schema-error-data',
    name: 'SSN echoed as the `data` of a JSON-schema (ajv) error on an SSN or tax-id field',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['instancepath', 'datapath'],
    precheck: { re: /"(?:instancePath|dataPath)":"[^"]{0,80}[/.](?:ssn|SSN|taxId|tax_id|TaxId|tin|TIN|socialSecurityNumber|social_security_number)"/, reach: 0 },
    pattern: /"(?:instancePath|dataPath)":"[^"\n]{0,80}[/.](?:ssn|SSN|taxId|tax_id|TaxId|tin|TIN|socialSecurityNumber|social_security_number)"(?:(?!"(?:instancePath|dataPath)")[^\n]){0,600}?"data":"(?<v>\d{9}|\d{3}-\d{2}-\d{4})"/,
    mask: 'full',
    validate: (v) => ssnValid(v.replace(/-/g, '')),
    remediation: 'Turn off verbose schema errors (ajv `verbose`) or drop `data` before logging them',
  }),
  defineDetector({
    id: 'person-name-in-binding-error',
    name: "Person's name echoed by a Spring binding error (`on field 'beneficiaryName': rejected value [Ann Lee]`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['rejected value ['],
    pattern: new RegExp(String.raw`on field '(?<k>[A-Za-z_][\w.]{0,60})': rejected value \[(?<v>${NAME})\]`),
    mask: 'full',
    validate: (v, ctx) => {
      const k = (ctx.key ?? '').split('.').pop() ?? '';
      return NAME_FIELD.test(k) && !THING_FIELD.test(k.replace(/(?:name|holder|owner)$/i, '')) && personOk(v);
    },
    remediation: "Log which field failed validation, not the value (Spring's `rejected value`)",
  }),
  defineDetector({
    id: 'secret-in-binding-error',
    name: "Secret echoed by a Spring binding error (`on field 'password': rejected value [hunter2!x]`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['rejected value ['],
    pattern: /on field '(?<k>[A-Za-z_][\w.]{0,60})': rejected value \[(?<v>[^\]\s]{6,256})\]/,
    mask: 'full',
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      const kind = secretKeyKind(k);
      if (kind === null) return false;
      const verdict = assignedValueVerdict(kind, k, v, true, '');
      return verdict === 'letters' ? true : verdict;
    },
    remediation: "Change this credential and log which field failed validation, not the value (Spring's `rejected value`)",
  }),
  defineDetector({
    id: 'person-name-quoted-after-requested-by',
    name: "Person's name quoted after who requested or approved something (`(requested by \"Ann Lee\" via self-service)`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['d by "', "d by '", 'd by “'],
    pattern: new RegExp(
      String.raw`\b(?:[Rr]equested|[Ss]ubmitted|[Ii]nitiated|[Aa]pproved|[Cc]reated|[Tt]riggered|[Ll]aunched|[Aa]uthori[sz]ed|[Rr]aised|[Oo]pened|[Rr]evoked|[Ii]ssued|[Rr]eported) by:? ?["'“](?<v>${NAME})["'”]`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: "Log the requesting account's id, not the person's name",
  }),
  defineDetector({
    id: 'person-name-under-display-key',
    name: "Person's name under a person's display key (`customer_display=\"Ann Lee\"`, `member_display_name=`, `\"payerDisplayName\":`)",
    category: 'personal',
    severity: 'medium',
    // Below the display-name rules of rounds r57 and r64 (35, 37), which name the finding where both match.
    priority: 33,
    confidence: 0.7,
    keywords: ['display'],
    precheck: { re: /[Dd]isplay(?:[_-]?[Nn]ame)?\\{0,3}["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}\\{0,3}["'][A-ZÀ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]/, reach: 40 },
    pattern: new RegExp(
      String.raw`(?<![\w-])(?<k>${PERSON_ROLE}[_-]?display(?:[_-]?name)?|${PERSON_ROLE}Display(?:Name)?)\\{0,3}["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}\\{0,3}["'](?<v>${NAME})\\{0,3}["']`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log customers by id, not by their display name',
  }),
  defineDetector({
    id: 'person-name-vietnamese-under-name-key',
    name: 'Name written with Vietnamese letters under a name key, one word under a first-/last-name key (`\'last_name\': \'Nguyễn\'`, `"nome":"Thảo Álvarez"`)',
    category: 'personal',
    severity: 'medium',
    priority: 44.5,
    confidence: 0.65,
    keywords: ['first_name', 'firstname', 'given_name', 'givenname', 'last_name', 'lastname', 'surname', 'family_name', 'familyname', 'first-name', 'last-name', 'full_name', 'fullname', 'full-name', 'nome', 'nombre'],
    precheck: { re: VIET, reach: 160 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>[Ff]irst[_-]?[Nn]ame|[Gg]iven[_-]?[Nn]ame|[Ll]ast[_-]?[Nn]ame|[Ss]urname|[Ff]amily[_-]?[Nn]ame|[Ff]ull[_-]?[Nn]ame|[Nn]ome(?:[_-]?[Cc]ompleto)?|[Nn]ombre(?:[_-]?[Cc]ompleto)?|FIRST_NAME|LAST_NAME|FULL_NAME)\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["'](?<v>(?=[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9’ -]{0,100}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])(?:${NAME}|${WORD}))(?=\\{0,3}["'])`,
    ),
    mask: 'full',
    // Any under a first-/last-name key; two to four words, read as a person's, under a full-name key (a bare `nome`/`nombre` beside a contact).
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      if (!VIET.test(v)) return false;
      if (/^(?:first|given|last|sur|family)/i.test(k)) return true;
      if (!/ /.test(v) || !personOk(v)) return false;
      // A bare `nome`/`nombre` names dishes and products too: a person's record holds a contact or an id beside it.
      return /^(?:full|nome.|nombre.)/i.test(k) || nearby(PERSON_FIELD, ctx.text, ctx.start, ctx.end, 250);
    },
    remediation: "Log applicants and customers by id, without the person's name",
  }),
  defineDetector({
    id: 'bank-account-routing-slash-pair',
    name: 'Bank account and routing number written `account/routing` near a line naming both (`mismatch for 2499250077/073350813`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['routing'],
    // The pair may be on the line after the one naming it (a traceback's source line, then its message): the pattern looks back
    // for a line naming both, so that it finds the same on a whole text as in the prefilter's window.
    span: 600,
    pattern: /(?<![\w/.:-])(?<v>\d{4,17}\/\d{9})(?![\w/.-])(?<=(?:(?:[Aa]ccount|[Aa]cct|ACCOUNT|ACCT)[^\n]{0,80}(?:[Rr]outing|ROUTING)|(?:[Rr]outing|ROUTING)[^\n]{0,80}(?:[Aa]ccount|[Aa]cct|ACCOUNT|ACCT))[^]{0,400})/,
    mask: 'full',
    validate: (v) => {
      const [acct, rt] = v.split('/') as [string, string];
      return abaValid(rt) && !isLowEntropy(acct) && !/^(\d)\1+$/.test(acct);
    },
    remediation: 'Log bank accounts by a token or the last four digits, not the account and routing numbers',
  }),
  defineDetector({
    id: 'rate-limit-counter-key-digest',
    name: "Rate limiter's counter key that is a digest (`\"counter-key\":\"<64 hex>\"`): no secret",
    category: 'credential',
    severity: 'info',
    priority: 46,
    confidence: 0.5,
    keywords: ['counter-key', 'counter_key', 'counterkey', 'ratelimit_key', 'rate_limit_key', 'rate-limit-key', 'quota-key', 'quota_key', 'throttle_key', 'throttle-key'],
    pattern: /(?<![\w-])(?:[Cc]ounter|[Rr]ate[_-]?[Ll]imit|[Qq]uota|[Tt]hrottle)[_-]?[Kk]ey\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["']?(?<v>[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})(?![0-9A-Za-z])/,
    placeholders: false,
    validate: () => ({ ok: true, public: true, severity: 'info' }),
    remediation: 'Nothing to do: a digest a rate limiter counts calls under',
  }),
  defineDetector({
    id: 'request-signature-beside-key-id',
    name: 'Request signature written beside the id of the key that made it (`signature=<64 hex> key_id=…`): no secret',
    category: 'credential',
    severity: 'info',
    priority: 46,
    confidence: 0.5,
    keywords: ['signature='],
    pattern: /(?<![\w-])signature=["']?(?<v>[0-9a-f]{64}|[0-9a-f]{40}|[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)(?![\w+/=-])["']?[ ,\t]{1,3}(?:key_?id|keyId|key-id)=/,
    placeholders: false,
    validate: () => ({ ok: true, public: true, severity: 'info' }),
    remediation: 'Nothing to do: one request\'s MAC; the key it was made with is named by its id, not written',
  }),
];
