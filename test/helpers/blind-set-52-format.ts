import { abaOk52, crcB62of52, ibanOk52, luhnOk52, nhsCheck52 } from './blind-set-52-util';

/** True when a planted value of blind set 52 has a valid structure / checksum for its kind (true for kinds with none). */
export function formatOk52(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnOk52(d) && /^(4|5[1-5]|2[2-7]|3[47]|6011)/.test(d);
    }
    case 'card_cvv':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return ibanOk52(value);
    case 'routing_number':
      return abaOk52(value);
    case 'ssn': {
      const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'nino':
      return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value);
    case 'nhs_number': {
      const d = value.replace(/ /g, '');
      return /^\d{10}$/.test(d) && nhsCheck52(d.slice(0, 9)) === Number(d[9]);
    }
    case 'ca_sin': {
      const d = value.replace(/-/g, '');
      return /^\d{9}$/.test(d) && luhnOk52(d);
    }
    case 'tax_id':
      return /^\d{2}-\d{7}$/.test(value);
    case 'sort_code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'email':
      return /^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'jwt': {
      const parts = value.split('.');
      if (parts.length !== 3) return false;
      try {
        const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
        JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
        return typeof h.alg === 'string';
      } catch {
        return false;
      }
    }
    case 'github_token': {
      if (value.startsWith('github_pat_')) return /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(value);
      const m = /^gh[pos]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && crcB62of52(m[1]!) === m[2];
    }
    case 'npm_token': {
      const m = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && crcB62of52(m[1]!) === m[2];
    }
    case 'private_key':
      return /^-----BEGIN ([A-Z ]*)PRIVATE KEY-----(\\n|\n)[A-Za-z0-9+/=\n\\]+-----END \1PRIVATE KEY-----$/.test(value);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_access_key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'redcap_token':
      return /^[0-9A-F]{32}$/.test(value);
    case 'password_b64':
      return Buffer.from(value, 'base64').toString('base64') === value;
    case 'ip_address':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? value.split('.').every((o) => Number(o) <= 255) : /^[0-9a-f:]+$/.test(value);
    default:
      return true;
  }
}
