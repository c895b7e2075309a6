import { crcTail60, luhnDigit60, mod97of60 } from './blind-set-60-values';

const luhnOk = (digits: string): boolean => digits.length > 1 && luhnDigit60(digits.slice(0, -1)) === digits.slice(-1);

/** Checks a planted value's own format (checksums, structure) for set 60; true for kinds without a check. */
export function formatOk60(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d) && !d.startsWith('4242');
    }
    case 'iban': {
      const s = value.replace(/ /g, '');
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97of60(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba-routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
      let s = 0;
      for (let i = 0; i < 9; i++) s += Number(value[i]) * w[i]!;
      const pre = Number(value.slice(0, 2));
      return s % 10 === 0 && ((pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32));
    }
    case 'bank-account':
      return /^\d{8,12}$/.test(value);
    case 'github-pat':
    case 'npm-token': {
      const m = /^(?:ghp|npm)_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(value);
      return !!m && crcTail60(m[1]!) === m[2];
    }
    case 'us-ssn': {
      const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
      if (!m) return false;
      const a = Number(m[1]);
      return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk-nino':
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value.replace(/ /g, '')) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(value);
    case 'es-dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'nl-bsn': {
      if (!/^\d{9}$/.test(value)) return false;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(value[i]) * (9 - i);
      return (s - Number(value[8])) % 11 === 0;
    }
    case 'se-personnummer': {
      const d = value.replace('-', '');
      return /^\d{6}-\d{4}$/.test(value) && luhnOk(d);
    }
    case 'ca-sin': {
      const d = value.replace(/ /g, '');
      return /^\d{9}$/.test(d) && luhnOk(d) && d[0] !== '0' && d[0] !== '8';
    }
    case 'br-cpf': {
      const d = value.replace(/[.-]/g, '').split('').map(Number);
      if (d.length !== 11) return false;
      const dv = (n: number) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += d[i]! * (n + 1 - i);
        const r = (s * 10) % 11;
        return r === 10 ? 0 : r;
      };
      return dv(9) === d[9] && dv(10) === d[10];
    }
    case 'jwt': {
      const parts = value.split('.');
      if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
      try {
        return typeof JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()).alg === 'string';
      } catch {
        return false;
      }
    }
    case 'private-key-pem': {
      const v = value.replace(/\\n/g, '\n').replace(/\n[ \t]+/g, '\n');
      return /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----$/.test(v);
    }
    case 'basic-auth':
      return /^[A-Za-z0-9+/]+=*$/.test(value) && Buffer.from(value, 'base64').toString().includes(':');
    case 'email':
      return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(decodeURIComponent(value));
    case 'mailchimp-api-key':
      return /^[0-9a-f]{32}-us\d{1,2}$/.test(value);
    case 'hubspot-private-app-token':
      return /^pat-(na|eu)\d-[0-9a-f-]{36}$/.test(value);
    case 'klaviyo-private-key':
      return /^pk_[0-9a-f]{34}$/.test(value);
    case 'aws-access-key-id':
      return /^AKIA[A-Z2-7]{16}$/.test(value);
    case 'salesforce-access-token':
      return /^00D[0-9A-Za-z]{12}![0-9A-Za-z._]+$/.test(value);
    case 'intercom-access-token':
      return Buffer.from(value, 'base64').toString().startsWith('tok:');
    default:
      return true;
  }
}
