import { luhnDigit22 } from './blind-set-22-people';

const b64urlJson = (s: string): boolean => {
  try {
    const o: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
};
const isB64 = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;
const luhn = (s: string): boolean => luhnDigit22(s.slice(0, -1)) === s.slice(-1);

function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}

function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...v].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10 === 0;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

function bsnOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const s = [...v].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0);
  return s % 11 === 0;
}

const dniOk = (v: string): boolean => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
const pnrOk = (v: string): boolean => /^\d{6}-\d{4}$/.test(v) && luhn(v.replace('-', ''));
const nirOk = (v: string): boolean => /^[12]\d{14}$/.test(v) && 97 - Number(BigInt(v.slice(0, 13)) % 97n) === Number(v.slice(13));
const ninoOk = (v: string): boolean => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(v);

function nationalOk(v: string): boolean {
  return ssnOk(v) || bsnOk(v) || dniOk(v) || pnrOk(v) || nirOk(v) || ninoOk(v);
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  return parts.length === 3 && b64urlJson(parts[0]!) && b64urlJson(parts[1]!) && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
}

function samlOk(v: string): boolean {
  const b = v.includes('%') ? decodeURIComponent(v) : v;
  if (!isB64(b)) return false;
  const x = Buffer.from(b, 'base64').toString('utf8');
  return x.startsWith('<samlp:Response') && x.endsWith('</samlp:Response>') && x.includes('<saml:Assertion');
}

function dateOk(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
}

/** Checks a planted value's own format; true for kinds with nothing to check. */
export function formatOk22(kind: string, value: string): boolean {
  if (kind.startsWith('jwt-')) return jwtOk(value);
  if (kind.startsWith('national-id')) return nationalOk(value);
  switch (kind) {
    case 'saml-response':
    case 'saml-token':
      return samlOk(value);
    case 'cognito-refresh-token': {
      const p = value.split('.');
      return p.length === 5 && b64urlJson(p[0]!);
    }
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'card-number':
      return /^\d{15,16}$/.test(value) && luhn(value);
    case 'ssn':
      return ssnOk(value);
    case 'nino':
      return ninoOk(value);
    case 'bsn':
      return bsnOk(value);
    case 'sort-code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'bank-account':
      return /^\d{8,12}$/.test(value);
    case 'totp-secret':
      return /^([A-Z2-7]{16}|[A-Z2-7]{32})$/.test(value);
    case 'aws-access-key-id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'aws-session-token':
      return value.startsWith('IQoJb3JpZ2luX2Vj') && /^[A-Za-z0-9+/]+$/.test(value);
    case 'okta-api-token':
      return /^00[A-Za-z0-9_-]{40}$/.test(value);
    case 'azure-client-secret':
      return /^[A-Za-z0-9]{3}8Q~[A-Za-z0-9_.~-]{34}$/.test(value);
    case 'google-api-key':
      return /^AIza[A-Za-z0-9_-]{35}$/.test(value);
    case 'google-access-token':
      return /^ya29\.[A-Za-z0-9_-]{20,}$/.test(value);
    case 'google-refresh-token':
      return /^1\/\/0[A-Za-z0-9_-]{40,}$/.test(value);
    case 'stripe-secret-key':
      return /^sk_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'email':
      return /^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'email-urlencoded':
      return value.includes('%40') && /^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(decodeURIComponent(value));
    case 'phone':
      return /^\+[1-9]\d{9,13}$/.test(value);
    case 'birth-date':
      return dateOk(value);
    case 'pkce-code-verifier':
      return /^[A-Za-z0-9._~-]{43,128}$/.test(value);
    case 'ldif-password-b64':
    case 'basic-auth':
    case 'basic-auth-client':
      return isB64(value) && (kind === 'ldif-password-b64' || Buffer.from(value, 'base64').toString('utf8').includes(':'));
    case 'ad-unicodepwd-b64': {
      const s = Buffer.from(value, 'base64').toString('utf16le');
      return isB64(value) && s.startsWith('"') && s.endsWith('"');
    }
    case 'keytab-b64': {
      const b = Buffer.from(value, 'base64');
      return isB64(value) && b[0] === 5 && b[1] === 2;
    }
    case 'gcp-key-b64':
      return isB64(value) && (JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as { private_key?: string }).private_key?.includes('BEGIN PRIVATE KEY') === true;
    case 'gcp-private-key':
    case 'pem-private-key-escaped':
      return value.startsWith('-----BEGIN') && value.includes('-----END');
    case 'pem-private-key':
    case 'keycloak-realm-private-key':
      return value.startsWith('MII');
    case 'kerberos-key':
      return /^([0-9a-f]{32}|[0-9a-f]{64})$/.test(value);
    case 'ntlm-hash':
      return /^[0-9a-f]{32}$/.test(value);
    case 'keytab-hexdump':
      return /^[0-9a-f]{4}( [0-9a-f]{4}){3}$/.test(value);
    case 'jwk-private-d':
    case 'jwk-private-p':
      return /^[A-Za-z0-9_-]{43,}$/.test(value);
    case 'home-address-b64':
      return isB64(value) && Buffer.from(value, 'base64').toString('utf8').includes('\n');
    case 'sms-otp':
      return /^\d{6}$/.test(value);
    default:
      return value.length > 0;
  }
}
