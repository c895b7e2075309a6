import { crcTail, luhnDigit, mod97 } from './blind-set-75-values';

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16 };

const JSON_ESC: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** Undoes the encodings a planted value may stand in: percent (repeatedly), JSON and `\x` escapes, HTML entities; QP when `qp`. */
export function decode75(s: string, qp = false): string {
  let cur = s;
  for (let i = 0; i < 4; i++) {
    const before = cur;
    if (qp) cur = cur.replace(/=\r?\n/g, '');
    if (/%[0-9A-Fa-f]{2}/.test(cur)) {
      try {
        cur = decodeURIComponent(cur);
      } catch {
        /* keep */
      }
    }
    cur = cur.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) => (e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (JSON_ESC[e] ?? e)));
    cur = cur.replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
    cur = cur.replace(/&nbsp;/g, '\u00a0').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (qp && /=[0-9A-F]{2}/.test(cur)) cur = Buffer.from(cur.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    if (cur === before) break;
  }
  return cur;
}

/** Joins a value wrapped across lines (a newline plus a continuation prefix of spaces or `|`). */
const unwrap = (s: string): string => s.replace(/\r?\n[ |]*/g, '');
const plain = (s: string): string => unwrap(decode75(s, /=\r?\n|=[0-9A-F]{2}/.test(s) && !/={1,2}$/.test(s))).replace(/[\u200b\u00ad]/g, '');

/** Strict base64: decodes and re-encodes to the same text (whitespace folded out). */
function b64(s: string): Buffer | null {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t) || t.length % 4 !== 0) return null;
  const b = Buffer.from(t, 'base64');
  return b.toString('base64') === t ? b : null;
}
const b64text = (s: string): string | null => b64(s)?.toString('utf8') ?? null;
const b64json = (s: string): unknown => {
  const t = b64text(s);
  if (t === null) return null;
  try {
    return JSON.parse(t);
  } catch {
    return null;
  }
};

export function luhnOk(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}
export function ibanOk(s: string): boolean {
  const t = s.replace(/\s+/g, '').toUpperCase();
  if (IBAN_LEN[t.slice(0, 2)] !== t.length) return false;
  return mod97((t.slice(4) + t.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))) === 1;
}
function routingOk(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...d].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 10 === 0;
}
function ssnOk(s: string): boolean {
  const d = s.replace(/-/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  const a = d.slice(0, 3);
  return a !== '000' && a !== '666' && a[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}
function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  return (sum - Number(s[8])) % 11 === 0;
}
function dateOk(s: string): boolean {
  const m = /^(\d{4})[-/.](\d{2})[-/.](\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
function ipOk(s: string): boolean {
  const p = s.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !(x >= 0 && x <= 255))) return false;
  return !(p[0] === 10 || p[0] === 127 || (p[0] === 192 && p[1] === 168) || (p[0] === 172 && p[1]! >= 16 && p[1]! <= 31) || (p[0] === 192 && p[1] === 0 && p[2] === 2) || (p[0] === 198 && p[1] === 51) || (p[0] === 203 && p[1] === 0));
}
function crcToken(s: string, prefix: RegExp): boolean {
  const m = prefix.exec(s);
  return !!m && crcTail(m[1]!) === m[2];
}
function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 || parts.some((x) => !/^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as object;
    return typeof h.alg === 'string' && typeof p === 'object';
  } catch {
    return false;
  }
}
function pemOk(s: string): boolean {
  const body = decode75(s).replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  const b = b64(body);
  return !!b && b[0] === 0x30;
}
const cardIn = (t: string | null): boolean => !!t && (t.match(/\d{13,19}/g) ?? []).some(luhnOk);

/** Checks a planted value's own format after undoing the encoding it stands in; true for kinds without one. */
export function formatOk75(kind: string, value: string): boolean {
  const d = plain(value);
  switch (kind) {
    case 'card':
      return luhnOk(unwrap(decode75(value, true)).replace(/\+/g, ' ').replace(/\D/g, ''));
    case 'cvc':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return ibanOk(d.replace(/\+|\u00a0/g, ' '));
    case 'routing-number':
      return routingOk(d);
    case 'bank-account':
      return /^\d{6,17}$/.test(d);
    case 'ssn':
      return ssnOk(d);
    case 'nino':
      return /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(d);
    case 'dni':
      return /^\d{8}[A-Z]$/.test(d) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(d.slice(0, 8)) % 23] === d[8];
    case 'bsn':
      return bsnOk(d);
    case 'dob':
      return dateOk(d);
    case 'email':
      return EMAIL.test(d);
    case 'email-obfuscated':
      return EMAIL.test(d.replace(' [at] ', '@').replace(' [dot] ', '.'));
    case 'b64-email':
      return EMAIL.test(b64text(value) ?? '');
    case 'phone':
      return /^[+\d()\s.-]+$/.test(d.replace(/\+(?=\d{2,3}\s)/, '+')) && d.replace(/\D/g, '').length >= 9 && d.replace(/\D/g, '').length <= 15;
    case 'user-ip':
      return ipOk(d);
    case 'passport':
      return /^[A-Z0-9]{8,9}$/.test(d);
    case 'github-pat':
      return crcToken(d, /^gh[psu]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/);
    case 'npm-token':
      return crcToken(d, /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/);
    case 'jwt':
      return jwtOk(value);
    case 'basic-auth-b64':
      return (b64text(value) ?? '').includes(':');
    case 'k8s-secret-b64':
    case 'b64-password':
      return /^[\x20-\x7e\n]+$/.test(b64text(value) ?? '');
    case 'dockerconfigjson-b64':
      return !!(b64json(value) as { auths?: unknown } | null)?.auths;
    case 'smtp-auth-plain-b64':
      return (b64text(value) ?? '').split('\u0000').length === 3;
    case 'b64-json-card':
      return cardIn(b64text(value));
    case 'b64-csv-card':
      return cardIn(b64text(value));
    case 'b64-json-iban':
      return ibanOk(String((b64json(value) as { iban?: string } | null)?.iban ?? ''));
    case 'b64-json-personal':
    case 'b64-json-token':
      return b64json(value) !== null;
    case 'b64-form-credentials':
      return (b64text(value) ?? '').includes('password=');
    case 'b64-bearer':
      return (b64text(value) ?? '').startsWith('Bearer ');
    case 'b64-token-file':
      return /xox[bp]-/.test(b64text(value) ?? '');
    case 'saml-response':
      return (b64text(decode75(value)) ?? '').includes('Assertion');
    case 'private-key-pem':
      return pemOk(value);
    case 'hex-password':
      // eslint-disable-next-line no-control-regex -- a C string's terminating NUL, as the dump holds it
      return /^([0-9a-f]{2})+$/.test(value) && /^[\x21-\x7e]+\u0000?$/.test(Buffer.from(value, 'hex').toString('latin1'));
    case 'hex-sendgrid-key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(Buffer.from(value, 'hex').toString('latin1'));
    case 'sendgrid-key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(d);
    case 'stripe-secret':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(d);
    case 'stripe-webhook-secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(d);
    case 'slack-webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(d);
    case 'discord-webhook':
      return /^https:\/\/discord\.com\/api\/webhooks\/\d{17,19}\/[\w-]{68}$/.test(d);
    case 'aws-access-key':
      return /^A[KS]IA[A-Z2-7]{16}$/.test(d);
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(d);
    case 'aws-sigv4-signature':
      return /^[0-9a-f]{64}$/.test(d);
    case 'aws-session-token':
      return d.startsWith('IQoJb3JpZ2luX2Vj') && b64(d.slice(16)) !== null;
    case 'azure-sas-sig':
      return b64(d)?.length === 32;
    case 'azure-storage-key':
      return b64(d)?.length === 64;
    case 'datadog-api-key':
    case 'twilio-auth-token':
      return /^[0-9a-f]{32}$/.test(d);
    case 'datadog-app-key':
      return /^[0-9a-f]{40}$/.test(d);
    case 'openai-key':
      return /^sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}$/.test(d);
    case 'anthropic-key':
      return /^sk-ant-api03-[\w-]{93}AA$/.test(unwrap(value));
    case 'telegram-bot-token':
      return /^\d{8,10}:AA[\w-]{33}$/.test(d);
    case 'shopify-token':
      return /^shpat_[0-9a-f]{32}$/.test(d);
    case 'gitlab-pat':
      return /^glpat-[\w-]{20}$/.test(d);
    case 'google-oauth-token':
      return /^ya29\.[\w-]{50,}$/.test(d);
    case 'google-refresh-token':
      return /^1\/\/0[\w-]{60,}$/.test(d);
    case 'google-client-secret':
      return /^GOCSPX-[A-Za-z0-9]{28}$/.test(d);
    case 'mailgun-key':
      return /^key-[0-9a-f]{32}$/.test(d);
    case 'grafana-token':
      return /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/.test(d);
    case 'vault-token':
      return /^hvs\.[A-Za-z0-9]{24}$/.test(d);
    default:
      return value.length > 0;
  }
}
