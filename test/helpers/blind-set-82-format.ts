import { abaOk, bsnOk, cfLetter, cpfDigits, DNI_LETTERS, ibanMod, luhnOk, nirKey, ninoOk, ssnOk, steuerDigit, verhoeffOk } from './blind-set-82-check';

/** Undoes the escapes a container may have put on a recorded value (percent, `+`, JSON `\u`, HTML entities, backslashes, YAML indent). */
export function unescape82(v: string): string {
  let s = v;
  for (let round = 0; round < 3; round++) {
    s = s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    s = s.replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    s = s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (/%[0-9A-Fa-f]{2}/.test(s)) {
      try {
        s = decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        /* not percent-encoded after all */
      }
    }
    s = s.replace(/\\n/g, '\n').replace(/\\(["'\\/])/g, '$1');
  }
  return s.replace(/\n[ \t]+/g, '\n');
}

const digitsOf = (v: string) => v.replace(/[\s.\-+/]/g, '');

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    return typeof h['alg'] === 'string' && typeof p === 'object' && parts[2]!.length >= 16;
  } catch {
    return false;
  }
}

function ipOk(v: string): boolean {
  if (v.includes(':')) return /^[0-9a-f:]+$/i.test(v) && !/^(fe80|fc|fd|::1|2001:db8)/i.test(v);
  const o = v.split('.').map(Number);
  if (o.length !== 4 || o.some((x) => !(x >= 0 && x <= 255))) return false;
  const [a, b] = [o[0]!, o[1]!];
  return !(a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || (a === 192 && b === 0) || (a === 198 && b === 51) || (a === 203 && b === 0));
}

/** Checks a blind-set-82 value's own format; true when its kind has none to check. */
export function formatOk82(kind: string, value: string): boolean {
  const v = unescape82(value);
  const d = digitsOf(v);
  switch (kind) {
    case 'card':
      return luhnOk(d);
    case 'cvc':
      return /^\d{3,4}$/.test(v);
    case 'iban':
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(d) && ibanMod(d) === 1;
    case 'aba-routing':
      return abaOk(d);
    case 'bank-account':
      return /^\d{6,17}$/.test(d);
    case 'us-ssn':
      return ssnOk(d);
    case 'uk-nino':
      return ninoOk(v.replace(/\s/g, ''));
    case 'de-steuer-id':
      return /^[1-9]\d{10}$/.test(d.replace(/\//g, '')) && steuerDigit(d.slice(0, 10)) === d[10];
    case 'fr-nir': {
      const n = v.replace(/\s/g, '');
      return /^[12]\d{14}$/.test(n) && nirKey(n.slice(0, 13)) === n.slice(13);
    }
    case 'es-dni':
      return /^\d{8}[A-Z]$/.test(d) && DNI_LETTERS[Number(d.slice(0, 8)) % 23] === d[8];
    case 'it-codice-fiscale':
      return /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfLetter(v.slice(0, 15)) === v[15];
    case 'br-cpf':
      return /^\d{11}$/.test(d) && cpfDigits(d.slice(0, 9)) === d.slice(9);
    case 'in-aadhaar':
      return /^[2-9]\d{11}$/.test(d) && verhoeffOk(d);
    case 'nl-bsn':
      return bsnOk(d);
    case 'email':
      return /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(v);
    case 'phone':
      return /^\d{8,15}$/.test(v.replace(/[\s().\-+]/g, ''));
    case 'ip':
      return ipOk(v);
    case 'jwt':
      return jwtOk(v);
    case 'private-key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(v) && /-----END [A-Z ]*PRIVATE KEY-----$/.test(v);
    case 'stripe-secret':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(v);
    case 'github-token':
      return /^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$/.test(v);
    case 'gitlab-token':
      return /^glpat-[A-Za-z0-9_-]{20}$/.test(v);
    case 'aws-access-key-id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v);
    case 'aws-secret':
      return /^[A-Za-z0-9/+]{40}$/.test(v);
    case 'basic-auth':
      return Buffer.from(v, 'base64').toString('utf8').includes(':');
    case 'birth-date':
      return /\d/.test(v);
    case 'name':
    case 'address':
      return v.length >= 3;
    default:
      return v.length >= 8;
  }
}
