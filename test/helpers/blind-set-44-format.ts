import { abaDigit, EIN_PREFIXES, ibanOk, luhnDigit } from './blind-set-44-gen';

/** Blind set 44: checks a planted value's own format (checksums, decodable structure); true for kinds with none. */

function luhnOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  return /^\d{12,19}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
}
function b64Json(s: string): boolean {
  try { return typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object'; } catch { return false; }
}
function ssnOk(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
function itinOk(s: string): boolean {
  const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(s);
  if (!m) return false;
  const g = Number(m[1]);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
function cpfOk(s: string): boolean {
  const d = s.replace(/\D/g, '').split('').map(Number);
  if (d.length !== 11 || new Set(d).size === 1) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i]! * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== d[n]) return false;
  }
  return true;
}
function pemOk(s: string): boolean {
  const t = s.replace(/\\n/g, '\n').split('\n').map((l) => l.trim()).join('\n');
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  return !!m && Buffer.from(m[2]!.replace(/\n/g, ''), 'base64').length > 64;
}

export function formatOk44(kind: string, value: string): boolean {
  switch (kind) {
    case 'card': return luhnOk(value);
    case 'iban': return ibanOk(value.replace(/ /g, ''));
    case 'routing': return /^\d{9}$/.test(value) && abaDigit(value.slice(0, 8)) === value[8];
    case 'ssn': return ssnOk(value);
    case 'itin': return itinOk(value);
    case 'ein': return /^\d{2}-?\d{7}$/.test(value) && EIN_PREFIXES.includes(value.slice(0, 2));
    case 'ca-sin': { const d = value.replace(/[ -]/g, ''); return /^\d{9}$/.test(d) && luhnDigit(d.slice(0, 8)) === d[8]; }
    case 'br-cpf': return cpfOk(value);
    case 'es-dni': return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'uk-nino': return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(value);
    case 'mbi': return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d\d$/.test(value);
    case 'jwt': { const p = value.split('.'); return p.length === 3 && b64Json(p[0]!) && b64Json(p[1]!) && p[2]!.length > 20; }
    case 'private-key': return pemOk(value);
    case 'aws-key-id': return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret': return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'stripe-secret': return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'github-token': return /^(gh[posu]_[A-Za-z0-9]{36}|github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59})$/.test(value);
    case 'slack-token': return /^xox[bp]-\d+-\d+-[A-Za-z0-9]{24}$/.test(value);
    case 'sendgrid-key': return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'google-api-key': return /^AIza[\w-]{35}$/.test(value);
    case 'basic-auth': return /^[A-Za-z0-9+/]+=*$/.test(value) && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'email': return /^[^@\s]+(@|%40)[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);
    case 'ipv4': {
      const o = value.split('.').map(Number);
      return o.length === 4 && o.every((x) => x >= 0 && x <= 255) && o[0] !== 10 && o[0] !== 127 && !(o[0] === 192 && o[1] === 168) && !(o[0] === 172 && o[1]! >= 16 && o[1]! <= 31);
    }
    case 'ipv6': return /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/i.test(value);
    case 'geo': return /^-?\d{1,3}\.\d{5,}, ?-?\d{1,3}\.\d{5,}$/.test(value);
    default: return true;
  }
}
