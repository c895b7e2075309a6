import { crc62, ibanMod, luhnDigit } from './blind-set-56-gen';

/** Checks a planted value of set 56 against its own format; true for kinds without a check. */
export function formatOk56(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
    }
    case 'iban':
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) && ibanMod(value) === 1;
    case 'aba_routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const d = value.split('').map(Number);
      return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
    }
    case 'github_token':
      return /^gh[pousr]_[A-Za-z0-9]{36}$/.test(value) && crc62(value.slice(4, 34)) === value.slice(34);
    case 'npm_token':
      return /^npm_[A-Za-z0-9]{36}$/.test(value) && crc62(value.slice(4, 34)) === value.slice(34);
    case 'us_ssn': {
      const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]! < '900' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'br_cpf': {
      const d = value.replace(/\D/g, '').split('').map(Number);
      const chk = (ds: number[]) => ((ds.reduce((s, x, i) => s + x * (ds.length + 1 - i), 0) * 10) % 11) % 10;
      return d.length === 11 && chk(d.slice(0, 9)) === d[9] && chk(d.slice(0, 10)) === d[10];
    }
    case 'es_dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'uk_nino':
      return /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(value);
    case 'jwt': {
      const [h, p, s] = value.split('.');
      try {
        return !!s && typeof JSON.parse(Buffer.from(h!, 'base64url').toString()).alg === 'string' && typeof JSON.parse(Buffer.from(p!, 'base64url').toString()) === 'object';
      } catch {
        return false;
      }
    }
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'aws_access_key_id':
      return /^AKIA[A-Z2-7]{16}$/.test(value);
    case 'sendgrid_api_key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'basic_auth':
      return Buffer.from(value, 'base64').toString().includes(':');
    default:
      return true;
  }
}
