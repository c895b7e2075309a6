import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { abaValid, isLowEntropy, plausibleSecretValue, shannonEntropy, shortRandomLetters } from '../validators';
import { csvColumnAt } from '../column-names';
import { insertColumnAt } from './voip-t31';

/**
 * Round r43 (blind set 43: education, public sector and nonprofits): credentials and bank details as
 * campus, agency and nonprofit systems write them — secrets in PHP object-property configs (Moodle's
 * `$CFG->dbpass`, `$CFG->passwordsaltmain`), config keys whose last words name a secret the generic
 * rules leave alone (`upay.validation.key`, `persistentId.salt`, `strongauth.pin`, `gateway_key`,
 * `processor_key`, `mailgun_key`), Laravel Sanctum personal access tokens (`<id>|<40 chars>`),
 * Tastypie-style `Authorization: ApiKey user:key` headers (CommCare HQ), CAS service and granting
 * tickets in a URL, logfmt `session=` tokens, secrets in TOML multi-line strings, UUID API tokens named
 * in prose, an account number written before its routing number (`acct: … / RTN …`, Spanish
 * `cuenta … (ruta …)`), routing numbers after Spanish `ruta`, an EIN after a label with a note
 * (`EIN (W-2 box b): …`), Spanish passwords in guillemets (`contraseña … es «…»`), routing and
 * account numbers in the VALUES rows of an SQL INSERT whose column list names them, Canvas LMS access
 * tokens, temporary and recovery codes given in prose, US A-numbers under their keys (NIEM birth dates: niem-birth-date, round r44),
 * and a person's precise coordinates under a location key beside another identifier of theirs.
 */

/** Masked or templated secrets (`****`, `xxxx`, `${…}`, `{{…}}`, `<…>`, `%VAR%`). */
const notRealSecret = (s: string): boolean => /^[*x•.]+$/i.test(s) || /[*•]{3}|\$\{|\{\{|<[^>]*>|%[A-Z_]+%|^\$\w|^getenv\(/.test(s) || isPlaceholder(s);

/** Letters and digits drawn at random: both present, some entropy, no run or repeat. */
const randomish = (v: string, minBits = 3): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && shannonEntropy(v) >= minBits;

export const CAMPUS_R43_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'php-object-property-secret',
    name: 'Password, salt or secret in a PHP object-property config (Moodle `CFG->dbpass`, `CFG->passwordsaltmain`, `config->smtp_password`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['->dbpass', '->smtppass', '->pass', '->secret', '->salt', '->apikey', '->api_key', '->smtp_pass', '->db_pass'],
    pattern: /\$\w{1,40}->(?<k>\w{0,30}(?:pass(?:word|wd)?|secret|salt\w{0,12}|api_?key))\s{0,8}=\s{0,3}(?:'(?<v>[^'\\\r\n]{4,128})'|"(?<w>[^"\\$\r\n]{4,128})")\s{0,3};/i,
    mask: 'full',
    validate: (v, ctx) => {
      if (notRealSecret(v)) return false;
      const k = (ctx.key ?? '').toLowerCase();
      return /pass/.test(k) && !/salt/.test(k) ? plausibleSecretValue('password', v) : v.length >= 12 && randomish(v, 3.2);
    },
    remediation: 'Change the database, mail or directory password (a new password salt ends every saved password hash), and keep config.php unreadable to the web server user',
  }),
  defineDetector({
    id: 'config-key-named-secret',
    name: 'Secret under a config key whose last words name one (`upay.validation.key`, `persistentId.salt`, `strongauth.pin`, `gateway_key`, `processor_key`, `mailgun_key`)',
    category: 'credential',
    severity: 'high',
    // Under the generic and vendor rules (`payu-merchant-salt`): where both match, theirs names the value.
    priority: 39,
    confidence: 0.75,
    keywords: ['validation.key', 'validation_key', 'gateway_key', 'gateway.key', 'processor_key', 'processor.key', 'merchant_key', 'merchant.key', 'transaction_key', 'mailgun', '.salt', '_salt', 'strongauth', 'auth.pin', 'auth_pin'],
    // `touchnet.upay.validation.key=…`, `idp.persistentId.salt = …`, `mef.strongauth.pin=…`, `gateway_key=…` in a log line.
    pattern:
      /(?<![\w.-])(?<k>[\w.-]{0,60}?(?:(?:validation|gateway|processor|merchant|transaction|mailgun(?:[._-]?api)?)[._-]?key|[._]salt|strong[._-]?auth[._-]?pin|auth[._-]pin))\s{0,3}(?:=|:)\s{0,3}["']?(?<v>[A-Za-z0-9+/=_~.-]{8,128})(?![A-Za-z0-9+/=_~.-])/i,
    mask: 'full',
    validate: (v, ctx) => {
      if (notRealSecret(v) || isLowEntropy(v)) return false;
      const k = (ctx.key ?? '').toLowerCase();
      if (/pin$/.test(k)) return /^\d{6,12}$/.test(v) && new Set(v).size >= 4;
      if (/^\d+$/.test(v) || v.length < 16) return false;
      return randomish(v, 3.3) || shortRandomLetters(v);
    },
    remediation: 'Rotate this key, salt or PIN at its issuer (a new identifier salt changes every pairwise id) and keep it in a secret store',
  }),
  defineDetector({
    id: 'laravel-sanctum-token',
    name: 'Laravel Sanctum personal access token (a record id, a pipe, 40 random characters) sent as a bearer token',
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: ['bearer '],
    pattern: /Bearer\s{1,3}(?<v>\d{1,10}\|[A-Za-z0-9]{40}(?:[A-Za-z0-9]{8})?)(?![A-Za-z0-9|])/i,
    mask: 'prefix',
    validate: (v) => randomish(v.slice(v.indexOf('|') + 1), 4),
    remediation: 'Delete the personal access token in the application (its `personal_access_tokens` row) and issue a new one',
  }),
  defineDetector({
    id: 'tastypie-apikey-header',
    name: 'API key in an `Authorization: ApiKey <user>:<key>` header (Django Tastypie, CommCare HQ)',
    category: 'credential',
    severity: 'high',
    priority: 64,
    confidence: 0.85,
    keywords: ['apikey '],
    pattern: /Authorization["']?\s{0,3}[:=]\s{0,3}["']?ApiKey\s{1,3}[^\s:"']{1,100}:(?<v>[A-Za-z0-9]{20,128})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => randomish(v, 3.2),
    remediation: "Regenerate the user's API key (CommCare HQ: My Account > API Keys) and keep request headers out of logs",
  }),
  defineDetector({
    id: 'cas-ticket-in-url',
    name: 'CAS service, proxy or granting ticket in a URL or cookie (`ticket=ST-…`, `CASTGC=TGT-…`)',
    category: 'credential',
    severity: 'medium',
    priority: 58,
    confidence: 0.75,
    keywords: ['ticket=st-', 'ticket=pt-', 'ticket=pgt-', 'ticket=tgt-', 'castgc=tgt-', 'ticket%3dst-', 'pgtid=pgt-'],
    pattern: /(?:[?&;\s]ticket|CASTGC|pgtId)(?:=|%3D)(?<v>(?:ST|PT|PGT|TGT)-\d{1,12}-[A-Za-z0-9]{16,96}(?:-[A-Za-z0-9][A-Za-z0-9.-]{0,120}[A-Za-z0-9])?)(?![A-Za-z0-9])/i,
    mask: 'prefix',
    validate: (v) => randomish(v.split('-')[2] ?? '', 3),
    remediation: 'Keep CAS tickets out of access logs (log the path without its query) and shorten ticket lifetimes',
  }),
  defineDetector({
    id: 'logfmt-session-token',
    name: 'Session token under a logfmt `session=` key (a random base64url string, not an id)',
    category: 'credential',
    severity: 'medium',
    priority: 50,
    confidence: 0.7,
    keywords: [' session=', ' session_token=', ' sess='],
    pattern: /(?<=\s)(?:session|session_token|sess)=["']?(?<v>[A-Za-z0-9_-]{32,128})(?![A-Za-z0-9_-])/,
    mask: 'prefix',
    validate: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !/^[0-9a-f-]+$/i.test(v) && randomish(v, 4.2),
    remediation: 'End the session and log a hash of the session token, never the token',
  }),
  defineDetector({
    id: 'toml-multiline-secret',
    name: 'Secret in a TOML multi-line string under a secret key (`client_secret = """` … `"""`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['"""', "'''"],
    span: 600,
    pattern: /(?<![\w-])(?<k>[\w-]{0,40}(?:secret|password|passwd|token|private_key|api_key|apikey))\s{0,3}=\s{0,3}(?:"""|''')[ \t]*\r?\n?[ \t]*(?<v>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,512})[ \t]*\r?\n?[ \t]*(?:"""|''')/i,
    mask: 'full',
    validate: (v) => !notRealSecret(v) && plausibleSecretValue('secret', v),
    remediation: 'Rotate this secret and load it from the environment or a secret store instead of the TOML file',
  }),
  defineDetector({
    id: 'uuid-api-token-in-prose',
    name: 'UUID API token named in prose (`Wise API token used for payout: <uuid>`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.7,
    keywords: ['api token', 'access token', 'auth token', 'api-token'],
    pattern: /\b(?:API|api|Api|access|Access|auth|Auth)[ -]token\b(?<k>[^\r\n:=]{0,40}?)[:=]\s{0,3}["'`]?(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    mask: 'prefix',
    validate: (v, ctx) => !/\b(?:id|ids|name|request|trace|correlation|uuid)\b/i.test(ctx.key ?? '') && !isLowEntropy(v.replace(/-/g, '')) && new Set(v.replace(/-/g, '')).size >= 8,
    remediation: 'Revoke the API token at its issuer and keep tokens out of tickets and chats',
  }),
  defineDetector({
    id: 'bank-account-before-routing',
    name: 'Bank account number written before its routing number (`Bank acct for refunds: … / RTN …`, `cuenta bancaria: … (ruta …)`)',
    category: 'financial',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['rtn', 'ruta', 'aba', 'routing', 'tránsito', 'transito'],
    pattern: /(?<![A-Za-z])(?:acct|account|cuenta(?:\s{1,2}bancaria)?|compte(?:\s{1,2}bancaire)?)\b[^\r\n:=\d]{0,40}[:=]\s{0,3}(?<v>\d{6,17})\s{0,3}(?:\/|\(|,|;)\s{0,3}(?:RTN|ABA|routing(?:\s{1,2}(?:no|number|#))?|ruta|n[uú]mero\s{1,2}de\s{1,2}ruta|tr[aá]nsito)\b\s{0,3}[:#]?\s{0,3}\d{9}(?!\d)/i,
    mask: 'tail',
    validate: (v, ctx) => {
      const m = /^[^\d\r\n]{1,40}(\d{9})(?!\d)/.exec(ctx.text.slice(ctx.end, ctx.end + 60));
      return !isLowEntropy(v) && new Set(v).size >= 3 && m !== null && abaValid(m[1]!);
    },
    remediation: 'Remove this bank account number (and its routing number) from tickets and worksheets',
  }),
  defineDetector({
    id: 'aba-routing-after-spanish-label',
    name: 'ABA routing number after a Spanish label (`ruta 021000021`, `número de ruta:`, `tránsito`)',
    category: 'financial',
    severity: 'medium',
    priority: 58,
    confidence: 0.75,
    keywords: ['ruta', 'tránsito', 'transito'],
    pattern: /(?<![A-Za-z])(?:ruta|n[uú]mero\s{1,2}de\s{1,2}ruta|(?:n[uú]mero\s{1,2}de\s{1,2})?tr[aá]nsito)\s{0,3}(?:bancaria\s{0,3})?[:#]?\s{0,3}(?<v>\d{9})(?!\d)/i,
    mask: 'tail',
    validate: (v, ctx) => abaValid(v) && /\b(?:cuenta|banc|dep[oó]sito|reembolso|ach)/i.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 100)),
    remediation: 'Remove routing and account numbers from tickets and e-mails',
  }),
  defineDetector({
    id: 'us-ein-after-noted-label',
    name: 'US employer identification number after an `EIN` label with a note (`Employer EIN (W-2 box b): 12-3456789`)',
    category: 'financial',
    severity: 'medium',
    priority: 54,
    confidence: 0.75,
    keywords: ['ein ('],
    pattern: /\bEIN\s{0,2}\([^)\r\n]{1,40}\)\s{0,3}[:#=]\s{0,3}(?<v>\d{2}-\d{7})(?!\d)/,
    mask: 'tail',
    validate: (v) => !/^(?:00|07|08|09|17|18|19|28|29|49|69|70|78|79|89|96|97)-/.test(v) && !isLowEntropy(v.replace('-', '')),
    remediation: 'Remove tax ids from worksheets and tickets, or mask all but the last four digits',
  }),
  defineDetector({
    id: 'spanish-prose-password',
    name: 'Password in Spanish prose (`mi contraseña … es «…»`, `contraseña: "…"`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.75,
    keywords: ['contrase'],
    pattern: /contrase[ñn]a\b[^\r\n«"“:]{0,50}?(?:\bes|\bera|:)\s{0,3}[«"“](?<v>[^»"”\r\n]{4,64})[»"”]/i,
    mask: 'full',
    validate: (v) => !notRealSecret(v) && plausibleSecretValue('password', v),
    remediation: 'Reset this password and remind users never to send passwords in tickets',
  }),
  defineDetector({
    id: 'bank-number-in-sql-insert',
    name: 'Routing or bank account number in the VALUES rows of an SQL INSERT whose column names them (`remit_routing`, `remit_account`)',
    category: 'financial',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['routing', '_aba', 'aba_', '_rtn', 'rtn_'],
    span: 2000,
    pattern: /(?<=[(,]\s{0,3})'(?<v>\d{6,17})'(?=\s{0,3}[,)])/,
    mask: 'tail',
    validate: (v, ctx) => {
      const col = insertColumnAt(ctx.text, ctx.start);
      if (col === null) return false;
      if (/(?:^|_)(?:routing|aba|rtn|transit)(?:_?(?:number|num|no))?$/.test(col)) return v.length === 9 && abaValid(v);
      if (!/(?:^|_)(?:account|acct|acc|bank_account|dda)(?:_?(?:number|num|no))?$/.test(col) || /(?:^|_)(?:id|type|name)$/.test(col)) return false;
      // The same statement's column list names a routing column (what the keyword found): nothing else before counts.
      const before = ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start);
      const list = /\(([^()]{1,600})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*\([^()]*$/i.exec(before);
      return list !== null && /(?:^|[\s,(`"_])(?:routing|aba|rtn)/i.test(list[1]!) && v.length >= 6 && !isLowEntropy(v) && new Set(v).size >= 3;
    },
    remediation: 'Keep bank details out of logged SQL: bind them as parameters and log statements without their values',
  }),
  defineDetector({
    id: 'canvas-lms-access-token',
    name: 'Canvas LMS access token (`<shard id>~<64 letters and digits>`) beside a Canvas or Instructure name',
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: ['canvas', 'instructure'],
    span: 400,
    pattern: /(?<![\w~])(?<v>\d{1,6}~[A-Za-z0-9]{64})(?![A-Za-z0-9])/,
    mask: 'prefix',
    validate: (v) => randomish(v.slice(v.indexOf('~') + 1), 4),
    remediation: "Delete the access token in Canvas (Account > Settings > Approved Integrations) and use a developer key's OAuth flow",
  }),
  defineDetector({
    id: 'temporary-code-in-prose',
    name: 'Temporary, recovery or backup code given in prose (`the temporary code is N7YN…`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.7,
    keywords: ['temporary code', 'recovery code', 'backup code', 'one-time code', 'temporary password'],
    pattern: /\b(?:temporary|recovery|backup|one-time)\s(?:code|password|PIN)\b[^\r\n.:]{0,20}?(?:\bis|:)\s{0,3}["'«]?(?<v>[A-Za-z0-9]{10,40})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && new Set(v).size >= 7,
    remediation: 'Invalidate the code and send codes only to the person they are for, never into tickets or shared mailboxes',
  }),
  defineDetector({
    id: 'us-alien-registration-number',
    name: 'US alien registration number (A-number) under its key (`alien_registration_number`, `a_number`, `uscis_number`)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['alien', 'a_number', 'anumber', 'a-number', 'uscis'],
    pattern: /(?<![A-Za-z0-9])(?:alien[_ -]?(?:registration|reg)?[_ -]?(?:number|no|num|#)?|a[_-]?number|uscis[_ -]?(?:number|no|#))\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?A?-?(?<v>\d{3}-?\d{3}-?\d{2,3})(?![\d-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')) && new Set(v.replace(/-/g, '')).size >= 4,
    remediation: "Log applicants by record id: an A-number identifies one immigrant for life",
  }),
  defineDetector({
    id: 'geo-coordinates-of-person',
    name: "Precise latitude,longitude pair under a location key, label or column in a person's record (home, last known location, reporter)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['geo', 'gps', 'location', 'coord', 'latlng', 'lat_lng', 'latlon'],
    precheck: { re: /\d\.\d{5,8},\s?-?\d{1,3}\.\d{5,8}/, reach: 4 },
    span: 600,
    pattern: /(?<![\d.,-])(?<v>-?\d{1,2}\.\d{5,8},\s?-?\d{1,3}\.\d{5,8})(?![\d.])/,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lng] = v.split(',').map(Number);
      if (Math.abs(lat!) > 90 || Math.abs(lng!) > 180 || (lat === 0 && lng === 0)) return false;
      // Only the value's own line (a row) and its CSV column name count: nothing on the lines above.
      const ls = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      const before = ctx.text.slice(ls, ctx.start);
      const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (!/geo|gps|location|coord|lat_?l(?:ng|on)|->\s{0,2}$/i.test(before) && !(column !== null && /geo|gps|location|coord|latl/i.test(column))) return false;
      return /\b(?:dob|birth|ssn|phone|client|patient|student|resident|reporter|caller|home|household|last[ _-]?known)\b|[\w.+-]+@[\w-]+\.[a-z]{2,}|\d{3}[-. )]\s?\d{3}[-. ]\d{4}/i.test(ctx.text.slice(ls, le));
    },
    remediation: "Round or drop coordinates of people's homes and whereabouts before logging or exporting them",
  }),
];
