import { abaOk, b64Decodes, base62, crc32of, ibanOk, luhnOk } from './blind-set-34-check';

const HEXN = (n: number) => new RegExp(`^[0-9a-f]{${n}}$`);

function jsonPart(s: string): boolean {
  const b = b64Decodes(s, 2);
  if (!b) return false;
  try {
    return typeof JSON.parse(b.toString('utf8')) === 'object';
  } catch {
    return false;
  }
}

function pemOk(value: string): boolean {
  const s = value.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END ([A-Z ]+)-----$/.exec(s);
  if (!m || m[1] !== m[3]) return false;
  const der = b64Decodes(m[2]!.replace(/\n/g, ''), 32);
  if (!der) return false;
  return m[1] === 'OPENSSH PRIVATE KEY' ? der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0' : der[0] === 0x30 && der[1]! + 2 === der.length;
}

function ghOk(value: string): boolean {
  const m = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
  return !!m && base62(crc32of(m[1]!), 6) === m[2];
}

function dateOk(value: string): boolean {
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d && y > 1900 && y < 2020;
}

function utf16Script(value: string): boolean {
  const b = b64Decodes(value, 20);
  if (!b || b.length % 2 !== 0) return false;
  const s = b.toString('utf16le');
  return /^[\x20-\x7e]+$/.test(s) && s.includes('ConvertTo-SecureString');
}

const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}$/;

const CHECKS: Record<string, (v: string) => boolean> = {
  'card-number': (v) => /^[0-9 -]+$/.test(v) && /^\d{13,19}$/.test(v.replace(/[ -]/g, '')) && luhnOk(v.replace(/[ -]/g, '')),
  'card-cvv': (v) => /^\d{3,4}$/.test(v),
  iban: ibanOk,
  'bank-account': (v) => /^[1-9]\d{7,11}$/.test(v),
  'aba-routing': abaOk,
  ssn: (v) => {
    const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
    return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
  },
  nino: (v) => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(v.replace(/ /g, '')) && !/^(GB|NK|TN|ZZ|BG|KN|NT)/.test(v),
  dob: dateOk,
  email: (v) => EMAIL.test(v),
  'email-urlencoded': (v) => v.includes('%40') && EMAIL.test(decodeURIComponent(v)),
  phone: (v) => /^[+()0-9 -]+$/.test(v) && v.replace(/\D/g, '').length >= 10 && v.replace(/\D/g, '').length <= 15,
  name: (v) => /^[A-Z][a-z]+ [A-Za-z][A-Za-z' -]+$/.test(v),
  address: (v) => /^\d+ [A-Za-z ]+,( Apt \d+[A-C],)? [A-Za-z ]+, [A-Z]{2} \d{5}$/.test(v),
  'github-token': (v) => ghOk(v),
  github_personal_access_token: ghOk,
  npm_access_token: ghOk,
  github_fine_grained_pat: (v) => /^github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}$/.test(v),
  'gitlab-token': (v) => /^glpat-[A-Za-z0-9_-]{20}$/.test(v),
  'aws-access-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  'aws-secret-key': (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  'slack-token': (v) => /^xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(v),
  slack_incoming_webhook_url: (v) => /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}$/.test(v),
  'stripe-key': (v) => /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(v),
  'okta-api-token': (v) => /^00[A-Za-z0-9_-]{40}$/.test(v),
  'azure-client-secret': (v) => /^[A-Za-z0-9]{3}[78]Q~[A-Za-z0-9_.~-]{34}$/.test(v),
  'google-api-key': (v) => /^AIza[A-Za-z0-9_-]{35}$/.test(v),
  'sendgrid-key': (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  'vault-token': (v) => /^hvs\.[A-Za-z0-9]{24,}$/.test(v),
  'vault-unseal-key': (v) => b64Decodes(v)?.length === 33,
  'oauth-client-secret': (v) => /^GOCSPX-[A-Za-z0-9_-]{28}$/.test(v),
  'oauth-access-token': (v) => /^ya29\.[A-Za-z0-9_-]{40,}$/.test(v),
  'oauth-refresh-token': (v) => /^1\/\/0[A-Za-z0-9_-]{40,}$/.test(v),
  'elastic-api-key': (v) => /^[^:]{20}:[^:]{22}$/.test(b64Decodes(v)?.toString('utf8') ?? ''),
  'basic-auth': (v) => /^[^:\s]+:\S+$/.test(b64Decodes(v)?.toString('utf8') ?? ''),
  'ps-encoded-command': utf16Script,
  'totp-seed': (v) => /^[A-Z2-7]{32}$/.test(v),
  jwt: (v) => {
    const parts = v.split('.');
    return parts.length === 3 && jsonPart(parts[0]!) && jsonPart(parts[1]!) && (b64Decodes(parts[2]!)?.length ?? 0) === 256;
  },
  'private-key': pemOk,
  'ntlm-hash': (v) => HEXN(32).test(v),
  'sha1-password-hash': (v) => HEXN(40).test(v),
  'kerberos-aes-key': (v) => HEXN(64).test(v),
  'kerberoast-hash': (v) => /^\$krb5tgs\$23\$\*[^$*]+\$[^$*]+\$[^*]+\*\$[0-9a-f]{32}\$([0-9a-f]{16})+$/.test(v),
  'datadog-api-key': (v) => HEXN(32).test(v),
  'datadog-app-key': (v) => HEXN(40).test(v),
  'twilio-auth-token': (v) => HEXN(32).test(v),
  'rails-secret-key-base': (v) => HEXN(128).test(v),
  'splunk-hec-token': (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v),
  'sumo-collector-token': (v) => (b64Decodes(v)?.length ?? 0) >= 70,
  'okta-session-token': (v) => /^[A-Za-z0-9_-]{36}$/.test(v),
  'telegram-bot-token': (v) => /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/.test(v),
  'backup-code': (v) => /^\d{4} \d{4}$/.test(v),
  'reset-token': (v) => (b64Decodes(v)?.length ?? 0) === 24,
  'session-cookie': (v) => /^[A-Za-z0-9%._~-]{20,}$/.test(v),
  'api-token': (v) => /^[A-Za-z0-9]{40}$/.test(v),
  'oauth-client-secret-generic': (v) => /^[A-Za-z0-9_-]{40}$/.test(v),
  'crowdstrike-client-secret': (v) => /^[A-Za-z0-9]{40}$/.test(v),
  'virustotal-api-key': (v) => HEXN(64).test(v),
  'atlassian-api-token': (v) => /^ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}$/.test(v),
  password: (v) => /^\S{8,}$/.test(v),
  'pkcs12-password': (v) => /^\S{8,}$/.test(v),
  'jks-storepass': (v) => /^\S{8,}$/.test(v),
};

/** Checks a planted value's own format (Luhn, mod-97, checksums, decodable structure); true for kinds with nothing to check. */
export function formatOk34(kind: string, value: string): boolean {
  const check = CHECKS[kind];
  return check ? check(value) : true;
}
