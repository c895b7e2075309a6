import { DNI_LETTERS, IBAN_LEN, PESEL_W, abaOk, bsnOk, cnCheck, cpfDigit, luhnOk, mod97, verhoeffOk } from './blind-set-74-people';
import { base62, crc32 } from './blind-set-74-values';

const b64ok = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;
const jsonOf = (b64url: string): unknown => {
  try {
    return JSON.parse(Buffer.from(b64url, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};
const crcTail = (body: string): boolean => base62(crc32(body.slice(0, 30)), 6) === body.slice(30);

const CHECKS: Record<string, (v: string) => boolean> = {
  'card-number': (v) => {
    const d = v.replace(/[ -]/g, '');
    return /^\d{13,19}$/.test(d) && luhnOk(d);
  },
  iban: (v) => {
    const s = v.replace(/ /g, '');
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && mod97(s) === 1;
  },
  'aba-routing': abaOk,
  'bank-account': (v) => /^\d{8,12}$/.test(v),
  'us-ssn': (v) => {
    const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
    return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000';
  },
  'uk-nino': (v) => {
    const s = v.replace(/ /g, '');
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s.slice(0, 2));
  },
  'ca-sin': (v) => {
    const d = v.replace(/[ -]/g, '');
    return /^[1-79]\d{8}$/.test(d) && luhnOk(d);
  },
  'es-dni': (v) => /^\d{8}[A-Z]$/.test(v) && DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v[8],
  'nl-bsn': bsnOk,
  'br-cpf': (v) => {
    const d = v.replace(/[.-]/g, '');
    return /^\d{11}$/.test(d) && cpfDigit(d.slice(0, 9), 10) === Number(d[9]) && cpfDigit(d.slice(0, 10), 11) === Number(d[10]);
  },
  'in-aadhaar': (v) => {
    const d = v.replace(/ /g, '');
    return /^[2-9]\d{11}$/.test(d) && verhoeffOk(d);
  },
  'pl-pesel': (v) => /^\d{11}$/.test(v) && (10 - (PESEL_W.reduce((a, w, i) => a + w * Number(v[i]), 0) % 10)) % 10 === Number(v[10]),
  'cn-ric': (v) => /^\d{17}[\dX]$/.test(v) && cnCheck(v.slice(0, 17)) === v[17],
  email: (v) => /^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  phone: (v) => /^\+?[\d ()./-]{9,20}$/.test(v) && v.replace(/\D/g, '').length >= 9,
  'date-of-birth': (v) => !Number.isNaN(Date.parse(v.replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1').replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$1-$2'))) || /^\d\d\/\d\d\/\d{4}$/.test(v),
  'full-name': (v) => /^\p{L}[\p{L}'’ -]+\p{L}$/u.test(v) && v.includes(' '),
  'db-password': (v) => v.length >= 12 && v.trim() === v,
  'db-password-pctenc': (v) => /%[0-9A-F]{2}/.test(v) && decodeURIComponent(v) !== v,
  'redis-password': (v) => /^[A-Za-z0-9]{32}$/.test(v),
  'planetscale-password': (v) => /^pscale_pw_[A-Za-z0-9_-]{43}$/.test(v),
  jwt: (v) => {
    const [h, p, s] = v.split('.');
    const hj = jsonOf(h ?? '') as { alg?: string } | undefined;
    return v.split('.').length === 3 && !!hj?.alg && typeof jsonOf(p ?? '') === 'object' && /^[A-Za-z0-9_-]+$/.test(s ?? '');
  },
  'totp-seed': (v) => /^[A-Z2-7]{16}$|^[A-Z2-7]{32}$/.test(v),
  'bcrypt-hash': (v) => /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(v),
  'argon2-hash': (v) => /^\$argon2id\$v=19\$m=\d+,t=\d,p=\d\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/.test(v),
  'django-pbkdf2-hash': (v) => /^pbkdf2_sha256\$\d+\$[A-Za-z0-9]{22}\$/.test(v) && b64ok(v.split('$')[3]!),
  'pbkdf2-hash': (v) => /^pbkdf2:sha256:\d+\$[A-Za-z0-9]{16}\$[0-9a-f]{64}$/.test(v),
  'aspnet-identity-hash': (v) => b64ok(v) && Buffer.from(v, 'base64').length === 61 && Buffer.from(v, 'base64').readUInt32BE(5) === 100000,
  'scram-verifier': (v) => /^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$/.test(v),
  'mysql-native-hash': (v) => /^\*[0-9A-F]{40}$/.test(v),
  'aws-access-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  'aws-secret-key': (v) => /^[A-Za-z0-9/+]{40}$/.test(v),
  'azure-account-key': (v) => b64ok(v) && Buffer.from(v, 'base64').length === 64,
  'elastic-api-key': (v) => b64ok(v) && /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/.test(Buffer.from(v, 'base64').toString()),
  'stripe-secret': (v) => /^sk_live_[A-Za-z0-9]{24}$|^sk_live_51[A-Za-z0-9]{97}$/.test(v),
  'stripe-restricted': (v) => /^rk_live_[A-Za-z0-9]{24}$/.test(v),
  'github-pat': (v) => /^gh[pousr]_[A-Za-z0-9]{36}$/.test(v) && crcTail(v.slice(4)),
  'github-fine-pat': (v) => /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(v),
  'gitlab-pat': (v) => /^glpat-[A-Za-z0-9_-]{20}$/.test(v),
  'slack-token': (v) => /^xox[bp]-[1-9]\d{11}-\d{13}-[A-Za-z0-9]{24}$/.test(v),
  'openai-key': (v) => /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/.test(v),
  'anthropic-key': (v) => /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v),
  'sendgrid-key': (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  'twilio-auth-token': (v) => /^[0-9a-f]{32}$/.test(v),
  'mailgun-key': (v) => /^key-[0-9a-f]{32}$/.test(v),
  'shopify-token': (v) => /^shp(at|ca|pa)_[0-9a-f]{32}$/.test(v),
  'npm-token': (v) => /^npm_[A-Za-z0-9]{36}$/.test(v) && crcTail(v.slice(4)),
  'google-refresh-token': (v) => /^1\/\/0[ge49][A-Za-z0-9_-]{99}$/.test(v),
  'google-access-token': (v) => /^ya29\.[A-Za-z0-9_-]{150}$/.test(v),
  'webhook-secret': (v) => /^whsec_/.test(v) && b64ok(v.slice(6)) && Buffer.from(v.slice(6), 'base64').length === 24,
  'digitalocean-token': (v) => /^dop_v1_[0-9a-f]{64}$/.test(v),
  'vault-token': (v) => /^hvs\.[A-Za-z0-9_-]{90}$/.test(v),
  'datadog-api-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'pypi-token': (v) => /^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{140}$/.test(v),
  'doppler-token': (v) => /^dp\.st\.(prd|dev|stg)\.[A-Za-z0-9]{43}$/.test(v),
  'linear-key': (v) => /^lin_api_[A-Za-z0-9]{40}$/.test(v),
  'postman-key': (v) => /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/.test(v),
  'internal-api-key': (v) => /^(ak_live_|hk_prod_|key_|api_)[A-Za-z0-9]{32}$/.test(v),
  'session-id': (v) => /^[0-9a-f]{64}$|^[0-9a-f]{40}$|^[A-Za-z0-9_-]{43}$|^s%3A[A-Za-z0-9_-]{32}\.[A-Za-z0-9+/]{43}$/.test(v),
  'reset-token': (v) => /^[A-Za-z0-9_-]{43}$|^[0-9a-f]{48}$/.test(v),
  'refresh-token': (v) => /^[A-Za-z0-9_-]{43,64}$/.test(v),
  'access-token': (v) => /^[A-Za-z0-9_-]{43}$/.test(v),
  'client-secret': (v) => /^[A-Za-z0-9_-]{43}$/.test(v),
  'slack-refresh-token': (v) => /^xoxe-1-[A-Za-z0-9]{48}$/.test(v),
  'drf-token': (v) => /^[0-9a-f]{40}$/.test(v),
  'sanctum-token': (v) => /^\d+\|[A-Za-z0-9]{40}$/.test(v),
  'remember-token': (v) => /^[A-Za-z0-9]{60}$/.test(v),
};

/** Checks each planted value's own format (checksums, prefixes, lengths, decodability); true when the kind has none. */
export function formatOk74(kind: string, value: string): boolean {
  const check = CHECKS[kind];
  return check ? check(value) : true;
}
