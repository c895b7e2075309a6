import { b62pad6, crc32of62, ibanMod62, luhnDigit62 } from './blind-set-62-values';

const luhnOk = (d: string): boolean => d.length > 1 && luhnDigit62(d.slice(0, -1)) === d.slice(-1);

/** Checks a planted value of set 62 against its own format; true for kinds without a check. */
export function formatOk62(kind: string, raw: string): boolean {
  let value = raw;
  try {
    if (raw.includes('%')) value = decodeURIComponent(raw);
  } catch {
    value = raw;
  }
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/ /g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d) && !d.startsWith('4242');
    }
    case 'iban': {
      const s = value.replace(/ /g, '');
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && ibanMod62(s) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
      return [...value].reduce((t, d, i) => t + Number(d) * w[i]!, 0) % 10 === 0;
    }
    case 'github_token':
    case 'npm_token': {
      const m = /^(?:gh[pous]_|npm_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(value);
      return !!m && b62pad6(crc32of62(m[1]!)) === m[2];
    }
    case 'ssn': {
      const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
      if (!m) return false;
      const a = Number(m[1]);
      return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'nl_bsn':
      return /^\d{9}$/.test(value) && [...value].reduce((t, d, i) => t + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
    case 'es_dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'br_cpf': {
      const d = value.replace(/[.-]/g, '');
      if (!/^\d{11}$/.test(d)) return false;
      const n = [...d].map(Number);
      const d1 = ((n.slice(0, 9).reduce((t, x, i) => t + x * (10 - i), 0) * 10) % 11) % 10;
      const d2 = ((n.slice(0, 10).reduce((t, x, i) => t + x * (11 - i), 0) * 10) % 11) % 10;
      return d1 === n[9] && d2 === n[10];
    }
    case 'ca_sin':
      return /^\d{3}-\d{3}-\d{3}$/.test(value) && luhnOk(value.replace(/-/g, ''));
    case 'se_personnummer':
      return /^\d{6}-\d{4}$/.test(value) && luhnOk(value.replace('-', ''));
    case 'jwt': {
      const p = value.split('.');
      if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
      try {
        return typeof JSON.parse(Buffer.from(p[0]!, 'base64url').toString('utf8')).alg === 'string';
      } catch {
        return false;
      }
    }
    case 'private_key':
      return /^-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----$/.test(value.replace(/\\n/g, '\n'));
    case 'basic_auth':
      return /^[A-Za-z0-9+/]+=*$/.test(value) && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'aws_access_key':
      return /^A[KS]IA[A-Z2-7]{16}$/.test(value);
    case 'stripe_secret':
      return /^sk_live_[0-9A-Za-z]{24,99}$/.test(value);
    case 'slack_token':
      return /^xox[bp]-\d+-\d+-[0-9A-Za-z]{24}$/.test(value);
    case 'sendgrid_key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ip_address': {
      const o = value.split('.').map(Number);
      return o.length === 4 && o.every((x) => x >= 0 && x <= 255) && ![10, 127, 192, 172, 0].includes(o[0]!);
    }
    default:
      return true;
  }
}
