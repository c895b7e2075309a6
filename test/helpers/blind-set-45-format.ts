/** Format checks for the values planted in sealed blind set 45 (checksums, decodable structure). */

const B62A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let crcTable: number[] | undefined;
/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = crcTable[(crc ^ s.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The six-character base62 checksum GitHub and npm tokens end with (CRC-32 of the random part). */
export function b62crc(body: string): string {
  let n = crc32(body);
  let out = '';
  while (n > 0) {
    out = B62A[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Remainder mod 97 of a long decimal string. */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}

export function ibanOk(raw: string): boolean {
  const s = raw.replace(/\s+/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  const num = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(num) === 1;
}

export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  const pre = Number(s.slice(0, 2));
  const preOk = (pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32) || (pre >= 61 && pre <= 72) || pre === 80;
  return sum % 10 === 0 && preOk;
}

function b64urlJson(part: string): boolean {
  try {
    const o = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
}

export function jwtOk(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 3 && b64urlJson(parts[0]!) && b64urlJson(parts[1]!) && /^[A-Za-z0-9_-]{16,}$/.test(parts[2]!);
}

function ghTokenOk(s: string, prefixLen: number): boolean {
  const body = s.slice(prefixLen, prefixLen + 30);
  return s.length === prefixLen + 36 && /^[A-Za-z0-9]+$/.test(s.slice(prefixLen)) && b62crc(body) === s.slice(prefixLen + 30);
}

function ssnOk(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function ninoOk(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(t);
  return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]! + m[2]!);
}

function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  return (sum - Number(s[8])) % 11 === 0;
}

function dniOk(s: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(s);
  return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2];
}

export function cpfDigits(nine: string): string {
  const d = [...nine].map(Number);
  const dv = (xs: number[]) => {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[i]! * (xs.length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(d);
  const d2 = dv([...d, d1]);
  return `${d1}${d2}`;
}

function cpfOk(s: string): boolean {
  const t = s.replace(/[.-]/g, '');
  return /^\d{11}$/.test(t) && cpfDigits(t.slice(0, 9)) === t.slice(9);
}

function nirOk(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return /^[12]\d{14}$/.test(t) && 97 - mod97(t.slice(0, 13)) === Number(t.slice(13));
}

function einOk(s: string): boolean {
  const m = /^(\d{2})-?\d{7}$/.exec(s);
  if (!m) return false;
  const p = Number(m[1]);
  const bad = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97];
  return !bad.includes(p);
}

function ipv4PublicOk(s: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (!m) return false;
  const o = m.slice(1).map(Number);
  if (o.some((x) => x > 255)) return false;
  const [a, b, c] = o as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  return !(a === 198 && (b === 18 || b === 19));
}

function basicOk(s: string): boolean {
  const d = Buffer.from(s, 'base64').toString('utf8');
  return Buffer.from(d, 'utf8').toString('base64') === s && /^[^:\s]*:\S+$/.test(d);
}

/** True when a planted value has its kind's own format; kinds with nothing to check pass. */
export function formatOk45(kind: string, value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  switch (kind) {
    case 'card_number':
      return /^\d{13,19}$/.test(digits) && luhnOk(digits);
    case 'card_cvc':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return ibanOk(value);
    case 'aba_routing':
      return abaOk(value);
    case 'us_ssn':
      return ssnOk(value);
    case 'uk_nino':
      return ninoOk(value);
    case 'ca_sin':
      return /^\d{9}$/.test(digits) && digits[0] !== '0' && digits[0] !== '8' && luhnOk(digits);
    case 'nl_bsn':
      return bsnOk(value);
    case 'es_dni':
      return dniOk(value);
    case 'br_cpf':
      return cpfOk(value);
    case 'fr_nir':
      return nirOk(value);
    case 'se_personnummer':
      return /^\d{6}[-+]\d{4}$/.test(value) && luhnOk(value.replace(/[-+]/, ''));
    case 'us_ein':
      return einOk(value);
    case 'ipv4':
      return ipv4PublicOk(value);
    case 'ipv6':
      return /^[0-9a-f:]+$/i.test(value) && value.includes(':') && !/^(fe80|fc|fd|::1|2001:db8)/i.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'github_token':
      return /^gh[pousr]_/.test(value) ? ghTokenOk(value, 4) : /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(value);
    case 'npm_token':
      return ghTokenOk(value, 4) && value.startsWith('npm_');
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'pypi_token':
      return value.startsWith('pypi-AgEIcHlwaS5vcmc') && Buffer.from(value.slice(5), 'base64url').subarray(3, 11).toString() === 'pypi.org';
    case 'basic_auth_b64':
      return basicOk(value);
    case 'private_key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) && /-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'email':
      return /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(value) && !/@(example\.(com|org|net)|[^@]*\.(test|example|invalid|localhost))$/i.test(value);
    case 'gitlab_token':
      return /^gl[a-z]+-[A-Za-z0-9_-]{20,}$/.test(value);
    case 'azure_devops_pat':
      return /^[a-z2-7]{52}$/.test(value);
    default:
      return true;
  }
}
