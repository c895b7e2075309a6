import { steuerCheck, abaOk, base58checkOk, bech32Ok, cpfDigits, DNI_LETTERS, ghChecksum, ibanOk, luhnOk, mod97, PESEL_W, verhoeffOk } from './blind-set-23-values';

function jwtOk(t: string): boolean {
  const parts = t.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
  } catch {
    return false;
  }
}

const digitsOf = (v: string) => v.replace(/[^0-9]/g, '');

/**
 * Checks the structure and check digits of a value planted in blind set 23. Kinds ending in
 * `-urlenc` are checked after URL-decoding; `-json` after JSON-unescaping. Kinds without a
 * structure to check (most provider keys, passwords) return true.
 */
export function formatOk23(kind: string, value: string): boolean {
  if (kind.endsWith('-urlenc')) return formatOk23(kind.slice(0, -7), decodeURIComponent(value));
  if (kind.endsWith('-json')) return formatOk23(kind.slice(0, -5), JSON.parse(`"${value}"`) as string);
  switch (kind) {
    case 'card':
      return /^[0-9][0-9 -]{12,22}[0-9]$/.test(value) && [15, 16].includes(digitsOf(value).length) && luhnOk(digitsOf(value));
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'ssn':
      return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(value);
    case 'nino':
      return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(value);
    case 'fr-nir': {
      const d = digitsOf(value);
      return d.length === 15 && 97 - mod97(d.slice(0, 13)) === Number(d.slice(13));
    }
    case 'es-dni':
      return /^\d{8}[A-Z]$/.test(value) && DNI_LETTERS[Number(value.slice(0, 8)) % 23] === value[8];
    case 'nl-bsn': {
      if (!/^\d{9}$/.test(value)) return false;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(value[i]) * (9 - i);
      return (s - Number(value[8])) % 11 === 0;
    }
    case 'br-cpf': {
      const d = digitsOf(value);
      return d.length === 11 && cpfDigits(d.slice(0, 9)) === d;
    }
    case 'in-aadhaar':
      return /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(value) && verhoeffOk(digitsOf(value));
    case 'pl-pesel': {
      if (!/^\d{11}$/.test(value)) return false;
      let s = 0;
      for (let i = 0; i < 10; i++) s += Number(value[i]) * PESEL_W[i]!;
      return (10 - (s % 10)) % 10 === Number(value[10]);
    }
    case 'ca-sin':
      return /^[1-79]\d{2}-?\d{3}-?\d{3}$/.test(value) && luhnOk(digitsOf(value));
    case 'se-personnummer':
      return /^\d{6}-\d{4}$/.test(value) && luhnOk(digitsOf(value));
    case 'de-steuer-id': {
      if (!/^[1-9]\d{10}$/.test(value)) return false;
      const counts = new Map<string, number>();
      for (const ch of value.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      const multi = [...counts.values()].filter((n) => n > 1);
      return multi.length === 1 && multi[0]! <= 3 && steuerCheck(value.slice(0, 10)) === Number(value[10]);
    }
    case 'btc-bech32':
      return value.startsWith('bc1') && bech32Ok(value);
    case 'btc-base58':
      return /^[13]/.test(value) && base58checkOk(value);
    case 'eth-address':
      return /^0x[0-9a-f]{40}$/.test(value);
    case 'email':
      return /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);
    case 'github-token':
      return /^gh[pousr]_[0-9A-Za-z]{36}$/.test(value) && ghChecksum(value.slice(4, 34)) === value.slice(34);
    case 'jwt':
      return jwtOk(value);
    case 'aws-access-key-id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value) && !value.endsWith('EXAMPLE');
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'private-key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) && /-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'birth-date':
      return /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/.test(value) || /^(0[1-9]|[12]\d)[./](0[1-9]|1[0-2])[./](19|20)\d{2}$/.test(value);
    case 'user-ip':
      return /^\d{1,3}(\.\d{1,3}){3}$/.test(value) ? value.split('.').every((o) => Number(o) <= 255) : /^[0-9a-f:]+$/.test(value);
    default:
      return true;
  }
}
