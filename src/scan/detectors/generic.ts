import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { shannonEntropy } from '../validators';

const KEY_PREFIX = String.raw`(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9_.-]{0,30}[_.-])?`;
const SECRET_WORDS = String.raw`(?:secret(?:[_-]?key)?|token|api[_-]?key|apikey|access[_-]?key|auth|credentials?|hapikey|signature|sig|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key)`;
const QUERY_WORDS = String.raw`(?:api_key|apikey|api-key|access_token|token|auth|auth_token|client_secret|secret|password|passwd|pwd|hapikey|sig|signature|oauth_token|oauth_signature|refresh_token|id_token|x-amz-signature|x-amz-security-token|key|code|session|sessionid|jwt)`;

/** True when the value, ignoring `_ . -`, is letters only (an identifier, not a secret). */
function lettersOnly(v: string): boolean {
  return /^[A-Za-z]+$/.test(v.replace(/[_.-]/g, ''));
}

/** Entropy floor that scales down for short values (a short value cannot reach 3 bits). */
function entropyOk(v: string, floor: number): boolean {
  return shannonEntropy(v) >= Math.min(floor, Math.log2(v.length) * 0.8);
}

/** Generic secret assignments: `password=`, `secret=`, `token=`, query-string keys, client ids. */
export const GENERIC_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-assignment',
    name: 'Password assignment',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['pass', 'pwd'],
    pattern: rei`${KEY_PREFIX}(?:password|passwd|passphrase|pwd|pass)(?![A-Za-z0-9])${SEP}(?<v>[^\s"'\\,;&<>(){}\[\]|]{6,128})`,
    mask: 'full',
    validate: (v) => {
      if (/^\d{1,5}$/.test(v)) return false;
      if (lettersOnly(v)) return v.length >= 8 && /[a-z]/.test(v) && /[A-Z]/.test(v) && !v.includes('_');
      return true;
    },
    remediation: 'Change this password and stop logging credentials',
  }),
  defineDetector({
    id: 'secret-assignment',
    name: 'Secret or token assignment',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['secret', 'token', 'api_key', 'api-key', 'apikey', 'access_key', 'access-key', 'accesskey', 'auth', 'credential', 'sig', 'private_key', 'private-key', 'privatekey', 'signing', 'encryption', 'master'],
    pattern: rei`${KEY_PREFIX}${SECRET_WORDS}(?![A-Za-z0-9])${SEP}(?<v>[\w.~+/=%!-]{8,512})`,
    validate: (v) => !lettersOnly(v) && !/^\d+$/.test(v) && entropyOk(v, 3),
    remediation: 'Rotate this secret at its issuer and stop logging it',
  }),
  defineDetector({
    id: 'url-query-credential',
    name: 'Credential in a URL query string',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['key', 'token', 'auth', 'secret', 'password', 'passwd', 'pwd', 'sig', 'signature', 'code', 'session', 'sessionid', 'jwt'].flatMap((k) => [`${k}=`, `${k}%3d`]),
    pattern: rei`(?:[?&;]|%3F|%26)${QUERY_WORDS}(?:=|%3D)(?<v>(?:[^&#\s"'<>\\%]|%(?!26)[0-9A-Fa-f]{2}){6,1024})`,
    validate: (v) => !/^\d+$/.test(v) && (!lettersOnly(v) || v.length >= 20) && entropyOk(v, 2.5),
    remediation: 'Rotate this credential and send it in a header instead of the URL',
  }),
  defineDetector({
    id: 'oauth-client-id',
    name: 'OAuth client id',
    category: 'credential',
    severity: 'low',
    priority: 35,
    confidence: 0.6,
    keywords: ['client_id', 'client-id', 'clientid', 'consumer_key', 'consumer-key', 'consumerkey'],
    pattern: rei`(?<![\w-])(?:client[_-]?id|consumer[_-]?key)${SEP}(?<v>[\w.~+/=-]{16,128})`,
    validate: (v) => !lettersOnly(v) && !/^\d+$/.test(v) && entropyOk(v, 3),
    remediation: 'Check whether this OAuth client should be rotated together with its secret',
  }),
];
