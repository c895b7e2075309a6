import { secretKeyKind, type SecretKeyKind } from './key-names';
import { isPlaceholder } from './placeholders';
import { isVariableReference } from './references';
import { plausibleSecretValue } from './validators';

/**
 * True when `value`, found under a key of `kind`, can be the secret itself rather than a slot,
 * a reference or a word: the shared placeholder list, `$VAR`/`${X}`/`%(x)s`, then the shared
 * plausibility rules (length, entropy, letters-only words).
 */
export function secretValueOk(kind: Exclude<SecretKeyKind, null>, value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isPlaceholder(v) || isVariableReference(v)) return false;
  // Words with spaces (`put your unique phrase here`) are a template's prompt, not a generated secret.
  if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(v)) return false;
  if (isStoredPasswordHash(v) || isRuleSentence(v) || isPushRegistration(v)) return false;
  return plausibleSecretValue(kind, v);
}

/**
 * A Firebase Cloud Messaging registration token (`<instance id>:APA91b…`): the address of one app
 * install, which only the sender's server key can use; an identifier, not a credential.
 */
const FCM_REGISTRATION = /^[A-Za-z0-9_-]{22}:APA91b[A-Za-z0-9_-]{60,}$/;

/** True for a Firebase Cloud Messaging registration token (FCM_REGISTRATION): not a legacy server key (`AAAA…:APA91b…`, 11 characters before the colon). */
export function isPushRegistration(value: string): boolean {
  return value.length > 90 && value.charCodeAt(22) === 58 && FCM_REGISTRATION.test(value);
}

/** True when `key` names a secret (secretKeyKind) and `value` can be that secret (secretValueOk). */
export function keyedSecretValue(key: string, value: string): boolean {
  const kind = secretKeyKind(key);
  return kind !== null && secretValueOk(kind, value);
}

/**
 * A password as a database stores it, not the password: Postgres `md5<32 hex>` and
 * `SCRAM-SHA-256$…`, crypt(3) and bcrypt/argon2 strings (`$2b$12$…`, `$6$…`, `$argon2id$…`), MySQL
 * `$A$005$…` and `*<40 hex>`, LDAP `{SSHA}…`, Django `pbkdf2_sha256$…`.
 */
export function isStoredPasswordHash(v: string): boolean {
  return /^(?:md5[0-9a-f]{32}|\*[0-9A-F]{40})$/.test(v) || /^(?:SCRAM-SHA-(?:1|256)\$\d{3,6}:|\$(?:2[abxy]?|5|6|y|gy|7|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|A\$\d{3})\$|\{(?:S?SHA\d*|SSHA\d+|CRYPT|PBKDF2[\w-]*|ARGON2)\}|(?:pbkdf2_sha\d+|bcrypt_sha256|argon2|sha1|md5)\$)/.test(v);
}

/** Words of a rule or an instruction about a password (`must be at least 12 characters`), not of a passphrase. */
const RULE_WORDS = new Set(['must', 'should', 'least', 'characters', 'chars', 'required', 'contain', 'contains', 'cannot', "can't", 'please', 'minimum', 'maximum', 'expires', 'expired']);

/** True when a value with spaces reads as a rule or an instruction: three or more words, one of them a rule word. */
export function isRuleSentence(v: string): boolean {
  if (!/\s/.test(v)) return false;
  const words = v.toLowerCase().split(/\s+/).map((w) => w.replace(/[.,;:!?()]+$/, ''));
  return words.length >= 3 && words.some((w) => RULE_WORDS.has(w));
}

/**
 * True when the value at `text[start…]` begins right after a quoted-printable escape's `=` (`page.=0A=0AThanks`:
 * `=0A` encodes a line feed, `=20` a space) rather than after an assignment: it starts with the escape's hex pair
 * of a control or space character, and the value or its line holds another such escape. `=3D` (an encoded `=`)
 * stays an operator: `password=3DS3cr3t` is a password in a quoted-printable body.
 */
export function isQuotedPrintableResidue(text: string, start: number, value: string): boolean {
  if (text[start - 1] !== '=' || !/^(?:0[9AD]|20)/.test(value)) return false;
  if (/=(?:0[9AD]|20|[89A-F][0-9A-F])/.test(value.slice(2))) return true;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', start);
  if (le < 0) le = text.length;
  return /=(?:0[9AD]|20|3D|[89A-F][0-9A-F])/.test(text.slice(ls, start - 1)) || /=\r?$/.test(text.slice(start, le));
}

/** Names of algorithms and authentication mechanisms (`SCRAM-SHA-256`, `RSASSA-PSS`, `HMAC-SHA256`, `AES-256-GCM`, `OAUTHBEARER`). */
const ALGORITHM_NAME = /^(?:SCRAM|HMAC|RSA|RSASSA|RSAES|ECDSA|ECDH|EdDSA|Ed25519|AES|ChaCha20|SHA|MD5|PBKDF2|ARGON2(?:id|i|d)?|BCRYPT|GSSAPI|PLAIN|OAUTHBEARER|XOAUTH2|NTLM|KERBEROS|NEGOTIATE|DIGEST|CRAM)(?:[-_](?:SHA\d{0,3}|PSS|OAEP|PKCS1|GCM|CBC|CTR|CCM|SIV|V1_5|PLUS|MD5|Poly1305|\d{1,4}))*$/i;

/** A RabbitMQ or AMQP topic routing key (`orders.created.v2`, `payments.*.eu`, `audit.#`): dotted words, no random part. */
const TOPIC_ROUTING = /^(?:[a-z]+(?:[-_][a-z]+)*|v\d{1,3}|[*#])(?:\.(?:[a-z]+(?:[-_][a-z]+)*|v\d{1,3}|[*#])){1,8}$/;

/**
 * True when a value under a secret key names a setting, not a secret: an algorithm or mechanism name
 * (`auth=SCRAM-SHA-256`, `signature=RSASSA-PSS`) or, under a routing key, a message broker's topic (`routing_key=orders.paid.v3`;
 * PagerDuty's routing keys are 32 hex and stay secrets).
 */
export function isNamedSetting(key: string, value: string): boolean {
  if (value.length <= 24 && ALGORITHM_NAME.test(value)) return true;
  return /routing[._-]?key$/i.test(key) && TOPIC_ROUTING.test(value);
}
