import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';
import { ciPersonOk } from './names-r32';

/**
 * Round r64 (blind set 64: identity, SSO and user provisioning — Okta, Auth0, Entra ID, Keycloak, Cognito,
 * Google Workspace, SCIM, SAML, OIDC, LDAP/AD, HR-driven provisioning, MFA enrolments).
 * The classes:
 * - a person's name under an Entra/Graph `userDisplayName`-like key (`"userDisplayName": "Çağrı Kaya"`);
 * - a person's name in a Cognito/IdP attribute list (`{"Name":"name","Value":"Ann Lee"}`);
 * - a person's name in an LDAP DN whose container holds people (`dn: CN=Ann Lee,OU=Employees,…`);
 * - a person's name before an angle-bracketed mailbox after `for`/`user:`/… (`mapping failed for Ann Lee <al@x.io>`),
 *   Vietnamese letters too;
 * - a person's name in a SAML attribute value or a SCIM `formatted` name written with Vietnamese letters;
 * - a cardholder's name on a card's embossing lines (`"name_line_1": {"value": "…"}`);
 * - a birth date in an attribute array (`"birthdate": [ "1992-02-25" ]`, Keycloak user attributes) or as the
 *   new value of an Entra provisioning property under a birth or `extensionAttributeN` key;
 * - a national id in a Workday `National_ID_Data` element;
 * - a bank account under a direct-deposit key (`"depositAccount":"…"`);
 * - a password given to `ConvertTo-SecureString` after its flags (`-AsPlainText 'pw' -Force`);
 * - an ldap3 simple bind password (`'authentication': {'sasl': None, 'simple': '…'}`);
 * - an agent's or connector's key in its configuration (`agentKey=…`, Okta LDAP/AD agents);
 * - a CamelCase token label and its token in parentheses (`(AfasToken …)`);
 * - a TOTP seed under its key (`"sharedSecret":"…"`, Cognito `"SecretCode":"…"`), base32 letters only too;
 * - a Keycloak credential's `secretData` holding only a value (OTP seeds; password hashes beside their salt stay clean).
 * Narrow fixes elsewhere: XML-DSig `SignatureValue`/`DigestValue` are not secrets (forms.ts), Vault audit
 * `hmac-sha256:` values are not secrets (facilities-r53.ts), deploy-time replacement slots (`##KEY##`, `@@KEY@@`,
 * `#{KEY}#`) are placeholders (placeholders.ts), a toll-free number under a person's phone key is the person's
 * (personal.ts), a recovery code list's letters-only codes (mfa-secrets.ts).
 * Left alone on purpose: UUID-shaped client secrets outside an explicit secret key (UUIDs are ids elsewhere).
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A, Vietnamese `Ơ`/`Ư` and Latin Extended Additional. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Particles between name words; Irish `Ó`/`Ní`/`Nic` too (`Ciarán Ó Súilleabháin`). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al|Ó|Ní|Nic|Uí)`;
/** Two to four title-case words (particles between them), Vietnamese letters too. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** What may end a name: not another letter, name word or digit. */
const END = String.raw`(?![\w’'-]|[\u00c0-\u024f\u1ea0-\u1ef9])`;

/** Words of companies, teams and systems a display name may hold. */
const NOT_PERSON = /\b(?:Inc|LLC|GmbH|Corp|Company|Group|Services|Solutions|Systems|Team|Support|Sales|Billing|Office|Admin|Admins|Administrators?|Users|Service|Account|Accounts|Demo|Test|Sample|Example|Sync|Connector|Bot|Automation|Helpdesk|Security|Domain|Default|Guest|Global|Finance|Payroll|Operations)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !NOT_PERSON.test(v);

/** Letters only Vietnamese writes (not in Latin-1 or Latin Extended-A). */
const VIET = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** A plausible birth date `YYYY-MM-DD` (or `DD.MM.YYYY`, `MM/DD/YYYY`) of a living adult or child. */
const birthDateOk = (v: string, minYear = 1920, maxYear = 2024): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(v);
  if (!m) return false;
  const year = Number(v.length === 10 && v[4] === '-' ? m[1] : m[3]);
  const a = Number(m[2]);
  const b = Number(v[4] === '-' ? m[3] : m[1]);
  return year >= minYear && year <= maxYear && a >= 1 && a <= 31 && b >= 1 && b <= 31;
};

/** A generated secret: letters and a digit, not a low-entropy run or a placeholder. */
const generatedOk = (v: string, min = 16): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !isPlaceholder(v) && !/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(v);

/** A password-like value: not a placeholder, a variable or a low-entropy run. */
const passwordOk = (v: string): boolean => v.length >= 4 && !isPlaceholder(v) && !/^[$%][({A-Za-z_]/.test(v) && !isLowEntropy(v) && !/^(?:None|null|True|False)$/.test(v);

/** A base32 TOTP seed: 16+ characters, not one repeated letter or an alphabet run. */
const base32SeedOk = (v: string): boolean => {
  const s = v.replace(/=+$/, '');
  return s.length >= 16 && /^[A-Z2-7]+$/.test(s) && new Set(s).size >= 8 && !isLowEntropy(s) && !/^(?:ABCDEFGHIJKLMNOP|JBSWY3DPEHPK3PXP)/.test(s);
};

export const IDENTITY_R64_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-user-display-name-key',
    name: "Person's name under an identity log's user display-name key (`\"userDisplayName\": \"Ann Lee\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.75,
    keywords: ['displayname', 'display_name'],
    pattern: new RegExp(
      String.raw`["'](?:user|member|employee|worker|requester|requestor|initiatedBy|actor|target|subject|owner|manager|assignee|approver)[_]?[Dd]isplay_?[Nn]ame["']\s{0,3}:\s{0,3}["'](?<v>${NAME})["']`,
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log sign-ins and provisioning events by object id, not by display name',
  }),
  defineDetector({
    id: 'person-name-attribute-list-name-value',
    name: "Person's name in an IdP attribute list (`{\"Name\":\"name\",\"Value\":\"Ann Lee\"}`, Cognito UserAttributes)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.75,
    keywords: ['name":"name"', 'name": "name"', "name':'name'", "name': 'name'", 'name":"given_name"', 'name": "given_name"', "name':'given_name'", "name': 'given_name'", 'name":"family_name"', 'name": "family_name"', "name':'family_name'", "name': 'family_name'"],
    pattern: new RegExp(
      String.raw`(["'])Name\1: ?\1(?:(?<k>name)\1\s{0,3},\s{0,3}["']Value["']\s{0,3}:\s{0,3}["'](?<v>${NAME})|(?:given_name|family_name)\1\s{0,3},\s{0,3}["']Value["']\s{0,3}:\s{0,3}["'](?<w>${WORD}))["']`,
    ),
    mask: 'full',
    validate: (v) => (v.includes(' ') ? personOk(v) : !NOT_PERSON.test(v) && v.length >= 2),
    remediation: 'Do not log IdP admin API bodies; log the user pool id and the username hash',
  }),
  defineDetector({
    id: 'person-name-ldap-dn-people-container',
    name: "Person's name as the CN of an LDAP DN in a people container (`dn: CN=Ann Lee,OU=Employees,DC=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['cn='],
    pattern: new RegExp(
      String.raw`\b[Cc][Nn]=(?<v>${NAME}),\s?(?:[Oo][Uu]|[Cc][Nn])=(?:[\w -]{0,30}[ -])?(?:Employees|Users|People|Staff|Contractors|Personnel|Workers|Members|Students|Faculty|Mitarbeiter|Medewerkers|Employes|Employés)(?=[,"'\s]|$)`,
      'i',
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log directory changes by object GUID or sAMAccountName, not by the person’s DN',
  }),
  defineDetector({
    id: 'person-name-before-angle-mailbox',
    name: "Person's name before an angle-bracketed mailbox after `for`/`user:` (`mapping failed for Ann Lee <al@x.io>`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['@'],
    needs: [' <'],
    pattern: new RegExp(
      String.raw`\b(?:for|[Uu]ser:?|[Ww]orker:?|[Ee]mployee:?|[Mm]ember:?|[Oo]wner:?|[Aa]ssignee:?|[Ii]nvited|[Dd]eprovisioned|[Pp]rovisioned|[Oo]nboarded|[Oo]ffboarded) (?<v>${NAME}) <[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}>`,
    ),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && !/@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|test|invalid|localhost)>/i.test(ctx.text.slice(ctx.end, ctx.end + 330).split('>')[0] + '>'),
    remediation: 'Log the user id, not the person’s name and mailbox',
  }),
  defineDetector({
    id: 'person-name-vietnamese-identity-attribute',
    name: "Person's name written with Vietnamese letters in a SAML attribute value or a SCIM `formatted` name",
    category: 'personal',
    severity: 'medium',
    // Over round r62's Vietnamese family-name rule (35) and the SAML name attribute rule (42.5), which read the same name.
    priority: 43,
    confidence: 0.7,
    keywords: ['attributevalue', '"formatted"'],
    precheck: { re: VIET, reach: 300 },
    pattern: new RegExp(
      String.raw`(?:\bName="(?:displayName|cn|fullName|full_name|name|commonName|http://schemas\.xmlsoap\.org/ws/2005/05/identity/claims/name|urn:oid:2\.16\.840\.1\.113730\.3\.1\.241|urn:oid:2\.5\.4\.3)"[^>]{0,200}>\s{0,20}<(?:saml2?:)?AttributeValue[^>]{0,120}>|"formatted"\s{0,3}:\s{0,3}")(?=[^"<\n]{0,80}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])(?<v>${NAME})${END}`,
    ),
    mask: 'full',
    validate: (v) => VIET.test(v) && personOk(v),
    remediation: 'Release only the attributes the service provider needs, and do not log decoded assertions or SCIM bodies',
  }),
  defineDetector({
    id: 'cardholder-name-embossing-line',
    name: "Cardholder's name on a card's embossing line (`\"name_line_1\": {\"value\": \"Ann Lee\"}`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.75,
    keywords: ['name_line', 'nameline', 'embossed', 'embossing'],
    span: 120,
    pattern: new RegExp(
      String.raw`["'](?:name_?line_?[12]|nameLine[12]|embossed_?name|embossing_?name)["']\s{0,3}:\s{0,8}(?:\{\s{0,40}["']value["']\s{0,3}:\s{0,3})?["'](?<v>${NAME})["']`,
      'i',
    ),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Do not log card personalization payloads; log the card token',
  }),
  defineDetector({
    id: 'birth-date-in-attribute-array',
    name: 'Birth date in an attribute array (`"birthdate": [ "1992-02-25" ]`, Keycloak user attributes)',
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.8,
    keywords: ['birth', 'dob'],
    span: 80,
    pattern: /["'](?:birth_?date|birthday|date_?of_?birth|dob)["']\s{0,3}:\s{0,3}\[\s{0,40}["'](?<v>\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4})["']/i,
    mask: 'full',
    validate: (v) => birthDateOk(v),
    remediation: 'Keep birth dates out of user attributes that admin API responses return, or do not log those responses',
  }),
  defineDetector({
    id: 'birth-date-provisioning-modified-property',
    name: 'Birth date as a provisioning log’s new or old value under a birth or `extensionAttributeN` property (Entra provisioning)',
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.7,
    keywords: ['newvalue', 'oldvalue'],
    pattern: /"displayName"\s{0,3}:\s{0,3}"(?<k>[\w.-]{1,60})"\s{0,3},\s{0,3}(?:"oldValue"\s{0,3}:\s{0,3}(?:null|"[^"\n]{0,40}")\s{0,3},\s{0,3})?"(?:newValue|oldValue)"\s{0,3}:\s{0,3}"\\?"?(?<v>\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.0+)?Z?)?\\?"?"/,
    mask: 'full',
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      if (/birth|dob/i.test(k)) return birthDateOk(v);
      // An `extensionAttributeN` holding a bare date of someone born long enough ago to work.
      return /^(?:extension_?Attribute\d{1,2}|extension_[0-9a-f]{32}_\w+)$/i.test(k) && birthDateOk(v, 1930, 2010);
    },
    remediation: 'Do not map birth dates into directory extension attributes; provisioning logs print every changed value',
  }),
  defineDetector({
    id: 'national-id-workday-element',
    name: 'National id in a Workday `National_ID_Data` element (`<wd:ID>…</wd:ID>`)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['national_id_data'],
    pattern: /National_ID_Data>\s{0,20}<(?:\w{1,10}:)?ID>(?<v>[A-Z0-9][A-Z0-9 .\/-]{4,22})<\/(?:\w{1,10}:)?ID>/,
    mask: 'full',
    validate: (v) => (v.match(/\d/g) ?? []).length >= 5 && !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Request Workday web services without Identification_Data, or do not log their responses',
  }),
  defineDetector({
    id: 'bank-account-direct-deposit-key',
    name: 'Bank account under a direct-deposit key (`"depositAccount":"…"`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['depositaccount', 'deposit_account', 'deposit-account'],
    pattern: /["']?(?:direct_?)?deposit[_-]?account(?:[_-]?(?:number|no|num|nbr))?["']?\s{0,3}[:=]\s{0,3}["']?(?<v>\d{4,17})(?!\d)/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v) && !/^0+$/.test(v),
    remediation: 'Do not request payroll deposit fields in HR exports that are logged',
  }),
  defineDetector({
    id: 'powershell-securestring-plaintext-after-flags',
    name: 'Password given to `ConvertTo-SecureString` after its flags (`-AsPlainText \'…\' -Force`, `-String \'…\'`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['convertto-securestring'],
    pattern: /ConvertTo-SecureString(?:\s{1,3}-(?:AsPlainText|Force|String)\b(?::\$true)?){1,3}\s{1,3}(?:'(?<v>[^'\r\n]{1,256})'|"(?<w>[^"\r\n$`]{1,256})")/i,
    mask: 'full',
    validate: (v) => passwordOk(v),
    remediation: 'Read the password from a SecretManagement vault or Get-Credential; transcripts record every command',
  }),
  defineDetector({
    id: 'ldap3-simple-bind-password',
    name: "ldap3 simple bind password in a logged BIND request (`'authentication': {'sasl': None, 'simple': '…'}`)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['simple'],
    pattern: /["']authentication["']\s{0,3}:\s{0,3}\{[^{}\n]{0,80}["']simple["']\s{0,3}:\s{0,3}(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})")/,
    mask: 'full',
    validate: (v) => passwordOk(v),
    remediation: 'Set ldap3 logging below EXTENDED (or hide sensitive data) and rotate the bind password',
  }),
  defineDetector({
    id: 'agent-connector-key-assignment',
    name: 'Key of an identity agent or connector in its configuration (`agentKey=…`, `connector_token: …`)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    confidence: 0.8,
    keywords: ['agentkey', 'agenttoken', 'agentsecret', 'agent_key', 'agent_token', 'agent_secret', 'agent-key', 'agent-token', 'agent-secret', 'connectorkey', 'connectortoken', 'connectorsecret', 'connector_key', 'connector_token', 'connector_secret', 'connector-key', 'connector-token', 'connector-secret'],
    pattern: /(?<![\w.-])["']?(?<k>(?:agent|connector)[_-]?(?:key|token|secret))["']?\s{0,3}[:=]\s{0,3}["']?(?<v>[A-Za-z0-9_\-+/.~]{20,200}={0,2})(?![\w+/=.~-])/i,
    mask: 'full',
    validate: (v) => generatedOk(v, 20) && /[A-Z]/.test(v) && /[a-z]/.test(v),
    remediation: 'Re-register the agent (its key is revoked) and keep its configuration file out of logs and tickets',
  }),
  defineDetector({
    id: 'camelcase-token-label-in-parentheses',
    name: 'Token after a CamelCase token label in parentheses (`(AfasToken …)`, `(ApiSecret …)`)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    confidence: 0.75,
    keywords: ['token ', 'secret '],
    needs: ['('],
    pattern: /\( ?(?<k>[A-Z][a-z]{1,15}(?:[A-Z][a-z]{1,15})?(?:Token|Secret)) (?<v>[A-Za-z0-9_\-+/]{32,256}={0,2})\)/,
    mask: 'full',
    // Pagination, correlation and idempotency tokens name no credential (`(NextToken …)`, `(ContinuationToken …)`).
    validate: (v, ctx) =>
      !/^(?:Next|Page|NextPage|Continuation|Continue|Cursor|Correlation|Request|Trace|Idempotency|Sync|Delta|Change|Resume|Pagination|Etag|Cancellation)Token$/.test(ctx.key ?? '') &&
      generatedOk(v, 32) && /[A-Z]/.test(v) && /[a-z]/.test(v),
    remediation: 'Rotate the token and log a token id or its last characters instead',
  }),
  defineDetector({
    id: 'totp-seed-under-key',
    name: 'TOTP seed under its key (`"sharedSecret":"…"`, Cognito `"SecretCode":"…"`, `totp_secret=…`)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    confidence: 0.85,
    keywords: ['sharedsecret', 'shared_secret', 'secretcode', 'secret_code', 'totp', 'otp_secret', 'otpsecret', 'mfa_secret', 'mfasecret', 'authenticator_key', 'authenticatorkey'],
    pattern: /["']?(?<k>sharedSecret|shared_secret|SecretCode|secret_code|totp_?(?:secret|seed|key)|otp_?secret|mfa_?secret|authenticator_?key)["']?\s{0,3}[:=]\s{0,3}["']?(?<v>[A-Z2-7]{16,128}={0,6})(?![\w=])/i,
    mask: 'full',
    validate: (v) => base32SeedOk(v),
    remediation: 'Reset this user’s authenticator enrolment (the seed is exposed) and do not log enrolment responses',
  }),
  defineDetector({
    id: 'keycloak-credential-secret-data',
    name: 'Value in a Keycloak credential’s `secretData` when it holds only a value (OTP seeds; a password hash with its salt is left alone)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    confidence: 0.85,
    keywords: ['secretdata'],
    pattern: /["']secretData["']\s{0,3}:\s{0,3}"\{\\{1,3}"value\\{1,3}"\s{0,3}:\s{0,3}\\{1,3}"(?<v>[^"\\\r\n]{6,512})\\{1,3}"\}/,
    mask: 'full',
    validate: (v) => !isPlaceholder(v) && !isLowEntropy(v),
    remediation: 'Export realms without credentials (`--users skip` or partial export) and reset the exposed OTP enrolments',
  }),
];
