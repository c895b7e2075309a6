import { ibanCheck, luhnDigit } from './blind-set-80-people';

const isB64 = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;

/** Checks a planted value's own format: Luhn, IBAN mod 97, ABA check digit, SSN shape, JWT and base64 structure; true otherwise. */
export function formatOk80(kind: string, value: string): boolean {
  switch (kind) {
    case 'card': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
    }
    case 'iban': {
      const s = value.replace(/ /g, '');
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && ibanCheck(s.slice(0, 2), s.slice(4)) === s.slice(2, 4);
    }
    case 'aba-routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
      return [...value].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10 === 0;
    }
    case 'us-ssn':
      return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(value);
    case 'jwt': {
      const parts = value.split('.');
      if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
      try {
        return typeof JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')).alg === 'string';
      } catch {
        return false;
      }
    }
    case 'basic-auth':
      return isB64(value) && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'k8s-secret-b64':
    case 'azure-storage-key':
      return isB64(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ipv4':
      return value.split('.').length === 4 && value.split('.').every((o) => Number(o) >= 0 && Number(o) <= 255);
    default:
      return true;
  }
}
