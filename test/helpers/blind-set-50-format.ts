/** Format checks for blind set 50: checksums and structure of the kinds that have them. */

/** The Luhn check digit for a string of digits (the payload without its check digit). */
export function luhnDigit50(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the digits pass Luhn. */
export function luhnOk50(digits: string): boolean {
  return /^\d{12,19}$/.test(digits) && luhnDigit50(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** The IBAN remainder mod 97 of a rearranged, letter-expanded string. */
export function mod97_50(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export function ibanOk50(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97_50(s.slice(4) + s.slice(0, 4)) === 1;
}

/** The ABA check digit of the first eight digits of a routing number. */
export function abaDigit50(p: string): number {
  const d = [...p].map(Number);
  return (10 - ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!)) % 10)) % 10;
}

export function abaOk50(r: string): boolean {
  if (!/^\d{9}$/.test(r)) return false;
  const pre = Number(r.slice(0, 2));
  if (!((pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32))) return false;
  return abaDigit50(r.slice(0, 8)) === Number(r[8]);
}

export function ssnOk50(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

export function ninoOk50(s: string): boolean {
  const m = /^([A-Z])([A-Z]) ?\d{2} ?\d{2} ?\d{2} ?([A-D])$/.exec(s);
  if (!m) return false;
  if ('DFIQUV'.includes(m[1]!) || 'DFIOQUV'.includes(m[2]!)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]! + m[2]!);
}

/** The NHS number check digit of nine digits, or 10 when no valid number has them. */
export function nhsDigit50(p: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(p[i]) * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c;
}

export function nhsOk50(s: string): boolean {
  const d = s.replace(/ /g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsDigit50(d.slice(0, 9));
  return c !== 10 && c === Number(d[9]);
}

/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N, letters without S L O I B Z. */
export function mbiOk50(s: string): boolean {
  const A = '[AC-HJKMNP-RT-Y]';
  const AN = '[AC-HJKMNP-RT-Y0-9]';
  const re = new RegExp(`^[1-9]${A}${AN}\\d-?${A}${AN}\\d-?${A}${A}\\d\\d$`);
  return re.test(s);
}

export function jwtOk50(t: string): boolean {
  const parts = t.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h['alg'] === 'string' && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
  } catch {
    return false;
  }
}

export function pemOk50(s: string): boolean {
  const t = s.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  return !!m && m[2]!.replace(/\n/g, '').length >= 100;
}

const EIN_PREFIXES = new Set(['01', '02', '03', '04', '05', '06', '10', '11', '12', '13', '14', '15', '16', '20', '21', '22', '23', '24', '25', '26', '27', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '71', '72', '73', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '94', '95', '98', '99']);
export const EIN_PREFIX_LIST50 = [...EIN_PREFIXES];

export function einOk50(s: string): boolean {
  const m = /^(\d{2})-?\d{7}$/.exec(s);
  return !!m && EIN_PREFIXES.has(m[1]!);
}

function ipv4Ok(s: string): boolean {
  const p = s.split('.');
  return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255 && String(Number(x)) === x);
}

/** True when the value's own structure holds (checksums where the kind has one); true for kinds with no check. */
export function formatOk50(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number':
      return luhnOk50(value.replace(/[ -]/g, ''));
    case 'iban':
      return ibanOk50(value);
    case 'routing-number':
      return abaOk50(value);
    case 'ssn':
      return ssnOk50(value);
    case 'nino':
      return ninoOk50(value);
    case 'nhs-number':
      return nhsOk50(value);
    case 'mbi':
      return mbiOk50(value);
    case 'jwt':
      return jwtOk50(value);
    case 'private-key':
      return pemOk50(value);
    case 'ein':
      return einOk50(value);
    case 'ip':
      return ipv4Ok(value);
    case 'email':
      return /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);
    case 'aws-access-key':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'cvv':
      return /^\d{3,4}$/.test(value);
    case 'stripe-secret-key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'geo':
      return /^-?\d{1,3}\.\d{4,7}$/.test(value);
    default:
      return true;
  }
}
