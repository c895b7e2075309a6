import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy, isPlainWord } from '../validators';
import { GLOBAL_R73_BIND_DETECTORS } from './global-r73-binds';
import { GLOBAL_R73_NAME_DETECTORS } from './global-r73-names';
import { GLOBAL_R73_RECORD_DETECTORS } from './global-r73-records';

/**
 * Round r73 (blind set 73: personal data across countries in a global company's integration logs, and the credentials of
 * the services moving it). The classes:
 * - a Netscape cookie file's line (`.host TRUE / TRUE 0 JSESSIONID <v>`, tab-separated, as curl and crawlers save it)
 *   whose cookie is named for a session, a login or a token;
 * - a servlet or PHP session id under a bare `session=` key (`session=89855E61…` of an audit line: Tomcat's 32 upper hex,
 *   PHP's 26 characters of [a-v0-9]);
 * - a PIN of an HSM, a smart card or a PKCS#11 token (`hsm pin=01529471`, `HSM_PIN=…`, `smartcard_pin=…`);
 * - a key rotator's `old=`/`new=` pair of values (on a line or under a header that says it rotated keys);
 * - FedEx Compatible child credentials (`child_Key=…`, `childSecret`), SF Express's `checkword`;
 * - a password after a service's name and `pass` in prose (`sftp pass <v>`, `bureau password <v>`);
 * - a webhook's signing key given as a UUID (`webhook_sig_key=<uuid>`), which the UUID filters drop as an identifier;
 * - a key of the `XX00-XX00-XX00-XX00` shape (Loqate/PCA Predict) under a key name;
 * - an API key in a requests `auth=(key, 'X')` tuple (Freshdesk, Freshservice), a personal access token written `id:secret`;
 * - Portuguese and Spanish names of access codes (`codigo_acesso`, `chave_acesso`, `clave_acceso`).
 * - names in any script and bank accounts under native keys (global-r73-names.ts);
 * - card numbers under a CSV card column, quoted-local-part e-mail addresses, phones with extensions, names and streets
 *   under European CSV headers (global-r73-records.ts);
 * - names and streets in SQLAlchemy and Laravel bind lists, keyed Mexican RFCs, Personio credentials, keys in prose
 *   (global-r73-binds.ts).
 * Left alone on purpose: SendGrid's signed-event-webhook `verification_key` (a public ECDSA key by SendGrid's design, which
 * Herald keeps readable), a session id under `sid`/`session_id` in lower-case hex (analytics and tracing ids share the shape).
 */

/** A secret-looking value: not a word, not low in entropy, with digits or symbols or mixed case. */
const secretish = (v: string): boolean =>
  v.length >= 6 && !isPlainWord(v) && !isLowEntropy(v) && !isPlaceholder(v) && (/\d/.test(v) || /[^A-Za-z0-9]/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v)));

/** A digit PIN: not one digit repeated, not a counting run (`1234…`, `9876…`). */
const pinOk = (v: string): boolean => !/^(\d)\1+$/.test(v) && !'01234567890123'.includes(v) && !'98765432109876'.includes(v);

/** A UUID. */
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

export const GLOBAL_R73_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'netscape-cookie-file-session',
    name: 'Session or login cookie in a Netscape cookie file line (`.host TRUE / TRUE 0 JSESSIONID <v>`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['\ttrue\t/', '\tfalse\t/'],
    // Domain, include-subdomains flag, path, secure flag, expiry, name, value: tab-separated, one cookie a line.
    pattern: /(?<![^\n])#?(?:HttpOnly_)?[A-Za-z0-9.-]{1,253}\t(?:TRUE|FALSE)\t\/[^\t\n]{0,200}\t(?:TRUE|FALSE)\t\d{1,12}\t[^\t\n]{1,80}\t(?<v>[^\s]{12,4096})/,
    mask: 'full',
    validate: (v, ctx) => {
      const name = /\t([^\t\n]{1,80})\t$/.exec(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))?.[1] ?? '';
      return /sess|sid|token|auth|login|jwt|remember|identity|_csrf|xsrf/i.test(name) && !isLowEntropy(v) && !isPlaceholder(v);
    },
    remediation: 'Delete the saved cookie file, end those sessions and keep cookie jars out of logs and artifacts',
  }),
  defineDetector({
    id: 'session-id-under-session-key',
    name: 'Servlet or PHP session id under a bare `session=` key (`session=89855E61C16A9EE982AF034F9208A421`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['session=', 'session:', 'session"', "session'", 'session_id', 'sessionid'],
    pattern: /(?<![\w.-])session(?:_?id)?["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[0-9A-F]{32}|[a-v0-9]{26})(?![\w-])/i,
    mask: 'full',
    // Tomcat's ids are upper-case hex; PHP's default ids mix digits and the letters a–v.
    validate: (v) => (/^[0-9A-F]{32}$/.test(v) || (/^[a-v0-9]{26}$/.test(v) && /\d/.test(v) && /[a-v]/.test(v))) && !isLowEntropy(v),
    remediation: 'End this session and log a hash of the session id instead of the id',
  }),
  defineDetector({
    id: 'hsm-smartcard-pin',
    name: 'PIN of an HSM, a smart card or a PKCS#11 token (`hsm pin=…`, `HSM_PIN=…`, `smartcard_pin=…`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    keywords: ['hsm', 'smartcard', 'smart_card', 'pkcs11', 'yubikey', 'piv_pin', 'so_pin', 'user_pin', 'token_pin', 'sim_pin'],
    pattern: /(?<![A-Za-z])(?:hsm|smart[ _-]?card|pkcs#?11|yubikey|piv|so|user|token|sim|crypto[ _-]?officer)[ _-]?pin(?:[ _-]?code)?["']?\s{0,2}[:=]\s{0,2}["']?(?<v>\d{4,12})(?![\w.-])/i,
    mask: 'full',
    validate: pinOk,
    remediation: 'Change this PIN on the device and keep it in the secret store, not in job output',
  }),
  defineDetector({
    id: 'rotation-log-old-new-value',
    name: "A key rotator's old or new value (`trulioo: old=<v> new=<v> status=ok`)",
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    // The rotator's word wakes it; the pairs are on the lines after it (a window of 800 characters from its line).
    keywords: ['rotat'],
    span: 800,
    pattern: /(?<![\w.-])(?:old|new|previous|old_value|new_value)=(?<v>[A-Za-z0-9_+/.=-]{20,200})(?=[\s"',;)}]|$)/,
    mask: 'full',
    // A digest or a commit (40 or 64 hex) is not rotated; a version (`1.2.3`) is no key.
    validate: (v, ctx) =>
      secretish(v) && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) && !/^\d+(?:\.\d+)+$/.test(v) && /rotat/i.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start)),
    remediation: 'Log the fingerprint of a rotated key, never the old or the new value',
  }),
  defineDetector({
    id: 'fedex-child-credential',
    name: 'FedEx Compatible child key or secret (`child_Key=…`, `childSecret`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['child_key', 'childkey', 'child-key', 'child_secret', 'childsecret', 'child-secret'],
    pattern: /(?<![A-Za-z])child[_-]?(?:key|secret)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9]{12,64})(?![\w-])/i,
    mask: 'full',
    validate: secretish,
    remediation: "Rotate the customer's FedEx child credentials and keep the OAuth request body out of logs",
  }),
  defineDetector({
    id: 'sf-express-checkword',
    name: 'SF Express API check word (`checkword=…`, `"checkWord":"…"`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['checkword', 'check_word'],
    pattern: /(?<![A-Za-z])check_?word["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9]{16,64})(?![\w-])/i,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the SF Express check word and sign requests without logging it',
  }),
  defineDetector({
    id: 'service-pass-in-prose',
    name: "A service's password in prose (`sftp pass <v>`, `bureau password <v>`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['sftp pass', 'ftp pass', 'ssh pass', 'smtp pass', 'imap pass', 'ldap pass', 'vpn pass', 'db pass', 'bureau pass', 'portal pass', 'wifi pass', 'admin pass', 'root pass'],
    pattern: /\b(?:s?ftps?|ssh|smtp|imap|ldap|vpn|db|bureau|portal|wifi|admin|root) pass(?:word|wd)?:?\s{1,2}(?<v>[^\s()'"<>,;]{8,64})/i,
    mask: 'full',
    // Mixed letters, digits and a symbol: a word (`expired`, `rotated`) or a file name is none.
    validate: (v) => secretish(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/\.(?:txt|pem|key|json|ya?ml|cfg|conf)$/i.test(v),
    remediation: 'Change this password and put it in the secret store, not in log messages',
  }),
  defineDetector({
    id: 'webhook-signing-key-uuid',
    name: "Webhook signing key given as a UUID (`webhook_sig_key=<uuid>`, `signing_secret: <uuid>`)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['webhook', 'signing', 'signature'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:webhook|signing|signature)[_-]?(?:sig(?:nature)?[_-]?|signing[_-]?)?(?:key|secret)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => !/^0{8}-/.test(v) && !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Rotate the webhook signing key in the provider dashboard',
  }),
  defineDetector({
    id: 'dashed-quad-key-under-key',
    name: 'API key of the `XX00-XX00-XX00-XX00` shape (Loqate / PCA Predict) under a key name',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['key'],
    precheck: { re: /[A-Z]{2}\d{2}-[A-Z]{2}\d{2}-/, reach: 60 },
    pattern: /(?<![\w])[A-Za-z_]{0,30}key["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Z]{2}\d{2}(?:-[A-Z]{2}\d{2}){3})(?![\w-])/i,
    mask: 'full',
    validate: (v) => new Set(v.split('-')).size === 4 && !/^(?:AB12|XX00|AA11)/.test(v),
    remediation: 'Regenerate this address-lookup key and restrict it by referrer or IP',
  }),
  defineDetector({
    id: 'api-key-auth-tuple-x',
    name: "API key in a requests auth tuple with the dummy password `X` (`auth=(key, 'X')`: Freshdesk, Freshservice)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['auth=(', 'auth = (', 'auth: ('],
    pattern: /\bauth\s{0,2}[=:]\s{0,2}\(\s{0,2}["']?(?<v>[A-Za-z0-9]{16,64})["']?\s{0,2},\s{0,2}["']?X["']?\s{0,2}\)/,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate this API key in the help desk profile settings',
  }),
  defineDetector({
    id: 'personal-access-token-id-secret',
    name: 'Personal access token written `id:secret` under a `_pat` key (`livechat_pat=<id>:<secret>`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['_pat', 'personal_access_token', 'personal-access-token'],
    pattern: /(?<![A-Za-z0-9])[A-Za-z]{0,20}(?:_pat|personal[_-]access[_-]token)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9_-]{12,64}:[A-Za-z0-9_-]{16,80})(?![\w:-])/i,
    mask: 'full',
    validate: (v) => secretish(v.slice(v.indexOf(':') + 1)),
    remediation: 'Revoke this personal access token and use a secret store',
  }),
  defineDetector({
    id: 'access-code-pt-es-key',
    name: 'Access code or key under a Portuguese or Spanish key (`codigo_acesso=…`, `chave_acesso`, `clave_acceso`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['codigo_acesso', 'codigo_de_acesso', 'codigoacesso', 'chave_acesso', 'chave_de_acesso', 'chave_api', 'chave_secreta', 'clave_acceso', 'clave_de_acceso', 'clave_api', 'clave_secreta', 'codigo_acceso', 'token_acesso', 'token_de_acesso'],
    pattern: /(?<![A-Za-z])(?:c[oó]digo_(?:de_)?ac(?:esso|ceso)|codigoAcesso|chave_(?:de_)?acesso|chave_(?:api|secreta)|clave_(?:de_)?acceso|clave_(?:api|secreta)|token_(?:de_)?acesso)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9_+/.=-]{12,128})(?![\w+/=-])/i,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate this access code and keep it in the secret store',
  }),
  ...GLOBAL_R73_NAME_DETECTORS,
  ...GLOBAL_R73_RECORD_DETECTORS,
  ...GLOBAL_R73_BIND_DETECTORS,
];
