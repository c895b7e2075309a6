/**
 * Key names that hold secrets, in every casing people write them: `dbPassword`,
 * `SessionToken`, `client_secret`, `SMTP_PASS`, `sonar.login`, `x-api-key`, `AccountKey`.
 */

/** What a key name says about its value. */
export type SecretKeyKind = 'password' | 'secret' | null;

/** The words of a key (camelCase, PascalCase, snake, kebab, dotted, `$`/`:` sigils), lowercase. */
export function keyWords(key: string): string[] {
  const out: string[] = [];
  let w = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const alnum = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alnum) {
      if (w) out.push(w);
      w = '';
      continue;
    }
    // A capital after a lowercase letter or digit starts a word (dbPassword), as does the last
    // capital of a run followed by a lowercase letter (XMLHttpKey → xml http key).
    if (upper && w) {
      const prev = key.charCodeAt(i - 1);
      const prevLower = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
      const next = key.charCodeAt(i + 1);
      const nextLower = next >= 97 && next <= 122;
      const prevUpper = prev >= 65 && prev <= 90;
      if (prevLower || (prevUpper && nextLower)) {
        out.push(w);
        w = '';
      }
    }
    w += String.fromCharCode(upper ? c + 32 : c);
  }
  if (w) out.push(w);
  return out;
}

/** The words of a key without the suffix words that name a copy or stage of its value (`php_sid_prod` → php, sid). */
export function keyCoreWords(key: string): string[] {
  const words = keyWords(key);
  while (words.length > 1 && SUFFIX_WORD.test(words[words.length - 1]!)) words.pop();
  return words;
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'pw']);
const SECRET_WORDS = new Set(['secret', 'token', 'auth', 'credential', 'credentials', 'creds', 'login', 'signature', 'sig', 'apikey', 'accesskey', 'secretkey', 'privatekey', 'passkey', 'authkey', 'apitoken', 'authtoken', 'accesstoken', 'hapikey', 'sessiontoken', 'secretaccesskey', 'clientsecret', 'authtok', 'authentication', 'pat', 'skey', 'seckey']); // round l88: Duo's `skey` (its secret key), `seckey`; round l86: `LIVECHAT_PAT`, `GITHUB_PAT` (a personal access token)
/** Words before `key` that make it a secret's key (`api key`, `AccountKey`), unlike `cache key`. */
export const KEY_QUALIFIERS: ReadonlySet<string> = new Set(['api', 'access', 'secret', 'private', 'signing', 'encryption', 'master', 'account', 'storage', 'auth', 'app', 'application', 'client', 'license', 'licence', 'service', 'admin', 'write', 'subscription', 'webhook', 'hmac', 'session', 'consumer', 'sumo', 'dd', 'datadog', 'shared', 'primary', 'secondary', 'server', 'ingest', 'ingestion', 'insert', 'user', 'personal', 'deploy', 'root', 'x', 'sas', 'rest', 'management', 'mgmt', 'decryption', 'jwt', 'crypt', 'cipher', 'aes', 'sk', 'pat', 'routing', 'integration', 'ssh', 'gpg', 'pgp', 'fernet', 'symmetric', 'kek', 'dek', 'wrapping', 'totp', 'otp', 'mfa', 'dev']);
/** Words before `KEY` in an UPPER_SNAKE env name that make it not a secret (`CACHE_KEY`, `SORT_KEY`). */
export const NON_SECRET_ENV_KEYS: ReadonlySet<string> = new Set(['cache', 'sort', 'partition', 'idempotency', 'primary', 'foreign', 'lookup', 'hash', 'map', 'group', 'dedup', 'dedupe', 'shard', 'row', 'range', 'object', 's3', 'public', 'pub', 'redis', 'feature', 'flag', 'metric', 'log', 'label', 'index', 'unique', 'composite', 'i18n', 'translation', 'config', 'cursor', 'page', 'event', 'message', 'queue', 'topic', 'stream', 'bucket', 'file', 'path', 'prefix', 'suffix', 'lock', 'state', 'tag', 'sequence', 'order', 'join', 'search', 'sharding', 'primary', 'natural', 'surrogate', 'request', 'correlation', 'trace', 'retry', 'dedupe', 'version', 'etag', 'site']);
/**
 * Words before `token`/`key` that make the value an identifier or a public value, not a secret:
 * pagination cursors (`nextToken`, `pageToken`), CSRF tokens, public and publishable keys, and Helm's
 * `existingSecret` (the name of a Kubernetes Secret object), and the ids of message locks and leases (`lockToken`, `leaseToken`).
 */
const NON_SECRET_QUALIFIERS: ReadonlySet<string> = new Set(['public', 'publishable', 'pub', 'csrf', 'xsrf', 'next', 'page', 'pagination', 'continuation', 'cursor', 'sync', 'resume', 'marker', 'cancellation', 'idempotency', 'correlation', 'trace', 'tracking', 'hashed', 'existing', 'lock', 'lease', 'skip', 'echo']); // round r44: OData `skip_token`; r48: OpenTravel `EchoToken` (a message correlation id)
/** Run-together words ending in `token`/`secret` that name libraries or concepts, not secrets. */
const NON_SECRET_COMPOUNDS: ReadonlySet<string> = new Set(['jsonwebtoken', 'csrftoken', 'xsrftoken', 'nexttoken', 'pagetoken', 'cancellationtoken', 'publictoken', 'skiptoken']); // round r44: OData `$skiptoken` (a paging cursor)
/** Trailing words that make the key about a secret, not the secret (`password_hash`, `token_ttl`). */
const META_WORDS = new Set(['hash', 'hashed', 'digest', 'policy', 'length', 'len', 'reset', 'expiry', 'expires', 'expiration', 'expired', 'ttl', 'file', 'path', 'dir', 'min', 'max', 'required', 'field', 'prompt', 'changed', 'enabled', 'count', 'attempts', 'type', 'strength', 'rule', 'rules', 'hint', 'regex', 'id', 'ids', 'name', 'url', 'uri', 'endpoint', 'version', 'header', 'env', 'var', 'ref', 'arn', 'format', 'mode', 'method', 'provider', 'scheme', 'status', 'error', 'at', 'date', 'time', 'age', 'source', 'rotation', 'store', 'manager', 'lifetime', 'timeout', 'kind', 'usage', 'limit', 'bucket', 'size', 'prefix', 'param', 'params', 'location', 'fingerprint', 'hint', 'issuer', 'audience', 'algorithm', 'alg', 'index', 'label', 'count', 'valid', 'used', 'present', 'set']);

/**
 * Words a key may carry after the word that names its value, which say which copy or encoding of the value it is, not
 * what it is: `value`, `b64`, `raw`, a number or version (`PASSWORD_2`, `token_v2`), a state (`password_current`,
 * `secret_old`) or a stage (`API_KEY_PROD`, `db_password_staging`). A regex source (alternatives, no groups).
 */
export const KEY_SUFFIX_WORDS = String.raw`value|string|str|b64|base64|enc|encoded|raw|plain(?:text)?|clear(?:text)?|v\d{1,3}|current|curr|new|old|prev|previous|prod|production|stg|staging|stage|dev|development|test|qa|uat|live|sandbox|primary|secondary|backup|tmp|temp|default|main|local|remote|override|legacy|fallback|orig|original|alt`;
/** One suffix word, whole (see KEY_SUFFIX_WORDS). */
// A number alone is a suffix word too (`PASSWORD_2`); the detectors' patterns ask for a separator before it (`Auth0` is a brand).
const SUFFIX_WORD = new RegExp(`^(?:${KEY_SUFFIX_WORDS}|\\d{1,4})$`);
/** The suffix words at a key's end with their separators (`_PROD`, `-v2`). */
const SUFFIX_TAIL = new RegExp(`(?:[_.-](?:${KEY_SUFFIX_WORDS}|\\d{1,4}))+$`, 'i');

/** Kinds of data keys that have a primary key of their own (`cache-primary-key`, `sort_primary_key`); not stores (`redis`). */
const DATA_KEY_KINDS: ReadonlySet<string> = new Set(['cache', 'sort', 'partition', 'row', 'composite', 'table', 'index', 'lookup', 'dedup', 'dedupe', 'idempotency', 'shard']);

/** Words before `token` that make it a device's push address (see classifyKey). */
const PUSH_WORDS: ReadonlySet<string> = new Set(['device', 'apns', 'fcm', 'gcm', 'voip']);

/** Words before `token` that make it a pagination cursor (issue 35). */
const PAGING_WORDS: ReadonlySet<string> = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'resumption', 'delta', 'pagination']);

/**
 * Classifies a key by its last word (ignoring a trailing `value`/`str`): `password` for
 * password words, `secret` for tokens, secrets, credentials, logins, signatures and qualified
 * keys (`api key`, `access key`, `AccountKey`); null otherwise (`password_hash`, `token_count`,
 * `cache_key`, `idempotency_key`, `nextToken`, `csrf-token`, `publicToken`). A trailing `value`,
 * `str`, `String`, `b64` or number is ignored (`some_api_token_123`, `mySecretString`).
 */
export function secretKeyKind(key: string): SecretKeyKind {
  const known = KINDS.get(key);
  if (known !== undefined) return known;
  const kind = classifyKey(key);
  if (KINDS.size >= 1024) KINDS.clear();
  KINDS.set(key, kind);
  return kind;
}

/** Keys already classified: logs repeat the same few keys on every line (`cache_key`, `auth`). */
const KINDS = new Map<string, SecretKeyKind>();

/**
 * A key ending in a password word of another language that starts with ASCII, with its suffixes (`Passwort`,
 * `spring.datasource.mot.de.passe`, `adminWachtwoord_2`, `senha_atual`? no: `senha_prod`).
 */
const FOREIGN_PASSWORD_TAIL = new RegExp(String.raw`(?:^|[^A-Za-z]|[a-z](?=[A-Z]))(?:passwort|passord|kennwort|wachtwoord|senha|contrase(?:ñ|n)a|mot[_.-]?de[_.-]?passe|haslo|salasana|adgangskode|heslo|jelsz[oó]|sifre)(?:[_.-]?(?:${KEY_SUFFIX_WORDS}))*_?\]?$`, 'i');

/** secretKeyKind without the memory of keys seen. */
function classifyKey(key: string): SecretKeyKind {
  if (FOREIGN_PASSWORD_TAIL.test(key)) return 'password';
  const words = keyWords(key);
  while (words.length > 1 && SUFFIX_WORD.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined || META_WORDS.has(last) || NON_SECRET_COMPOUNDS.has(last)) return null;
  // Rails' `secret_key_base` (`SECRET_KEY_BASE`): the key every signed cookie and session is derived from.
  if (last === 'base' && words.length >= 3 && words[words.length - 2] === 'key' && words[words.length - 3] === 'secret') return 'secret';
  const before = words[words.length - 2];
  if (before !== undefined && NON_SECRET_QUALIFIERS.has(before)) return null;
  // Pagination tokens (`pageToken`, `NextToken`, `next_page_token`, `syncToken`, `$deltatoken`) are cursors, not credentials.
  if (last === 'token' && words.some((w) => PAGING_WORDS.has(w))) return null;
  // AWS's `ClientRequestToken` (Secrets Manager, CloudFormation, Step Functions): a caller-chosen idempotency id, often a UUID.
  if (last === 'token' && before === 'request' && words[words.length - 3] === 'client') return null;
  // AWS's `ClientToken` (EC2 RunInstances, EFS, ECS: PascalCase as the APIs write it) is the same idempotency id.
  if (key === 'ClientToken') return null;
  // Apple's `appAccountToken` (StoreKit, App Store Server API): a UUID the app sets to tie a purchase to its own user account, not a credential.
  if (last === 'token' && before === 'account' && words[words.length - 3] === 'app') return null;
  // A device's push address (`device_token`, `apnsToken`, `fcmToken`): an install's id, not a
  // credential (the server key or .p8 key that sends to it is). Not `registration_token` (GitLab runners'), `EXPO_TOKEN` or Gemfury's `PUSH_TOKEN`: secrets.
  if (last === 'token' && before !== undefined && PUSH_WORDS.has(before)) return null;
  // A form's numbered twin fields (Django's `password1`/`password2`, `secret2`) name what their word names.
  const bare = /[a-z]{4}\d$/.test(last) ? last.slice(0, -1) : last;
  if (PASSWORD_WORDS.has(bare) || /(?:password|passwd|passphrase)$/.test(bare)) return 'password'; // PGPASSWORD, MYSQLPWD
  if (SECRET_WORDS.has(bare) || /(?:token|secret)$/.test(bare)) return 'secret'; // GHTOKEN, APPSECRET
  // `MJ_APIKEY_PRIVATE`, `API_KEY_PRIVATE`: the key's private half (not `private` alone, `is_private`).
  if (last === 'private' && before !== undefined && /^(?:key|apikey|secretkey)$/.test(before)) return 'secret';
  if (last === 'key' || last === 'keys') {
    const prev = words[words.length - 2];
    // `cache-primary-key`, `sort_secondary_key`: a data key's primary key, not Azure's key pair (`REDIS_PRIMARY_KEY`).
    if ((prev === 'primary' || prev === 'secondary') && words.length === 3 && DATA_KEY_KINDS.has(words[0]!)) return null;
    if (prev !== undefined && KEY_QUALIFIERS.has(prev)) return 'secret';
    // UPPER_SNAKE environment names ending in _KEY (`MAILGUN_KEY`, `SEGMENT_WRITE_KEY`, Airflow's
    // `AIRFLOW__CORE__FERNET_KEY` with its `__` section separators) hold keys unless the word before
    // says what kind of non-secret key it is (`CACHE_KEY`).
    if (prev === undefined || NON_SECRET_ENV_KEYS.has(prev) || NON_SECRET_ENV_KEYS.has(prev.replace(/s$/, ''))) return null; // `FEATURE_FLAGS_KEY`
    // Vendor HTTP headers `X-<Product>-Key` (`X-ClickHouse-Key`, `X-Auth-Key`, `X-TBA-Auth-Key`) carry the key itself.
    const core = key.replace(SUFFIX_TAIL, ''); // `MAILGUN_KEY_PROD`, `X-Auth-Key-V2`
    return /^[A-Z][A-Z0-9]*(?:_{1,2}[A-Z0-9]+)*_KEYS?$/.test(core) || /^x-(?:[a-z0-9]+-){1,3}key$/i.test(core) ? 'secret' : null;
  }
  return null;
}
