import { luhnDigit, mod97 } from './blind-set-47-gen';

const digitsOf = (s: string) => s.replace(/[\s.-]/g, '');

function luhnOk(d: string): boolean {
  return /^\d+$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && parts[2]!.length > 20;
  } catch {
    return false;
  }
}

/** Checks a value planted in blind set 47 against its own format; true for kinds with no check. */
export function formatOk47(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = digitsOf(value);
      return d.length >= 13 && d.length <= 19 && luhnOk(d);
    }
    case 'iban': {
      const s = value.replace(/\s/g, '');
      if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
      return mod97(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const d = value.split('').map(Number);
      return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
    }
    case 'us_ssn': {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk_nino':
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value.replace(/\s/g, ''));
    case 'nhs_number': {
      const d = digitsOf(value);
      if (!/^\d{10}$/.test(d)) return false;
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      const ck = (11 - (sum % 11)) % 11;
      return ck !== 10 && ck === Number(d[9]);
    }
    case 'ca_sin':
      return digitsOf(value).length === 9 && luhnOk(digitsOf(value));
    case 'br_cpf': {
      const d = digitsOf(value).split('').map(Number);
      if (d.length !== 11) return false;
      const dv = (xs: number[]) => ((xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) * 10) % 11) % 10;
      return dv(d.slice(0, 9)) === d[9] && dv(d.slice(0, 10)) === d[10];
    }
    case 'jwt':
      return jwtOk(value);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_access_key':
      return /^[A-Za-z0-9/+]{40}$/.test(value);
    case 'private_key':
      return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) && /-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'email':
      return /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(value);
    case 'basic_auth':
      return Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'ip_address':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? value.split('.').every((x) => Number(x) <= 255) : /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/.test(value);
    case 'slack_webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(value);
    case 'stripe_secret_key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'openai_api_key':
      return /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/.test(value);
    case 'anthropic_api_key':
      return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(value);
    default:
      return true;
  }
}
