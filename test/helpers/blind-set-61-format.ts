/** Checksums and format checks for blind set 61 (error trackers' events): used both to build and to verify values. */

const B62A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC32 (IEEE) of an ASCII string. */
export function crc32of61(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a CRC32, left-padded with zeros to six characters (GitHub and npm token checksums). */
export function crcB62of61(s: string): string {
  let n = crc32of61(s);
  let out = '';
  do {
    out = B62A[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(6, '0');
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit61(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when the digits of `s` pass the Luhn check. */
export function luhnOk61(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  return /^\d{12,19}$/.test(d) && luhnDigit61(d.slice(0, -1)) === d.slice(-1);
}

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function ibanDigits(s: string): string {
  return [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}

/** An IBAN for `country` and `bban` with its two check digits. */
export function ibanOf61(country: string, bban: string): string {
  const check = 98 - mod97(ibanDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

/** True when an IBAN (spaces allowed) passes mod-97. */
export function ibanOk61(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false;
  return mod97(ibanDigits(c.slice(4) + c.slice(0, 4))) === 1;
}

/** True when a nine-digit ABA routing number passes its 3-7-1 checksum. */
export function abaOk61(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

/** The two check digits of a Brazilian CPF body of nine digits. */
export function cpfDigits61(body: string): string {
  const dig = (s: string): string => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (s.length + 1 - i);
    const r = (sum * 10) % 11;
    return String(r === 10 ? 0 : r);
  };
  const d1 = dig(body);
  return d1 + dig(body + d1);
}

/** True when a Dutch BSN passes the eleven-proof. */
export function bsnOk61(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  return (sum - Number(s[8])) % 11 === 0;
}

/** The control letter of a Spanish DNI number. */
export const dniLetter61 = (n: string): string => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;

function b64urlJson(part: string): boolean {
  try {
    const o: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
}

const checks: Record<string, (v: string) => boolean> = {
  card: luhnOk61,
  iban: ibanOk61,
  aba_routing: abaOk61,
  github_pat: (v) => /^gh[pousr]_[0-9A-Za-z]{36}$/.test(v) && crcB62of61(v.slice(4, 34)) === v.slice(34),
  npm_token: (v) => /^npm_[0-9A-Za-z]{36}$/.test(v) && crcB62of61(v.slice(4, 34)) === v.slice(34),
  github_fine_pat: (v) => /^github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}$/.test(v),
  us_ssn: (v) => {
    const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
    if (!m) return false;
    const a = Number(m[1]);
    return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
  },
  br_cpf: (v) => {
    const d = v.replace(/[.-]/g, '');
    return /^\d{11}$/.test(d) && cpfDigits61(d.slice(0, 9)) === d.slice(9);
  },
  nl_bsn: bsnOk61,
  ca_sin: (v) => /^[1-79]\d{2}[ -]?\d{3}[ -]?\d{3}$/.test(v) && luhnOk61('0000' + v.replace(/[ -]/g, '')),
  es_dni: (v) => /^\d{8}[A-Z]$/.test(v) && dniLetter61(v.slice(0, 8)) === v[8],
  uk_nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  jwt: (v) => {
    const p = v.split('.');
    return p.length === 3 && p.every((x) => /^[A-Za-z0-9_-]+$/.test(x)) && b64urlJson(p[0]!) && b64urlJson(p[1]!);
  },
  private_key_pem: (v) => {
    const t = v.replace(/\\n/g, '\n');
    const m = /^-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END (.+)-----$/.exec(t);
    return !!m && m[1] === m[3];
  },
  basic_auth: (v) => {
    if (!/^[A-Za-z0-9+/]+=*$/.test(v)) return false;
    return Buffer.from(v, 'base64').toString('utf8').includes(':');
  },
  aws_access_key_id: (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  stripe_secret: (v) => /^(sk|rk)_live_[0-9A-Za-z]{24,99}$/.test(v),
  slack_token: (v) => /^xox[bpa]-\d+-\d+(-\d+)?-[0-9A-Za-z]{24,32}$/.test(v),
  sendgrid_key: (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  email: (v) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  ipv4_public: (v) => {
    const o = v.split('.').map(Number);
    if (o.length !== 4 || o.some((x) => !(x >= 0 && x <= 255))) return false;
    const [a, b] = o as [number, number, number, number];
    return !(a === 10 || a === 127 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0);
  },
};

/** True when `value` fits the format of `kind` (checksums, decodable structure); true for kinds with no check. */
export function formatOk61(kind: string, value: string): boolean {
  const f = checks[kind];
  return f ? f(value) : true;
}
