import { decodePrinted } from './blind-set-89-enc';
import { luhnDigit } from './blind-set-89-ids';
import { abaValid, ibanValid } from './blind-set-89-money';

/** Checks a planted value's own structure (checksums, decodable tokens) after undoing its printed escapes. */
const luhn = (d: string): boolean => d.length > 1 && luhnDigit(d.slice(0, -1)) === d.slice(-1);
const b64json = (s: string): boolean => {
  try {
    const o: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
};

const CHECKS: Record<string, (v: string) => boolean> = {
  card: (v) => /^\d[\d +-]{11,22}\d$/.test(v) && /^\d{13,19}$/.test(v.replace(/[ +-]/g, '')) && luhn(v.replace(/[ +-]/g, '')),
  cvv: (v) => /^\d{3,4}$/.test(v),
  iban: (v) => ibanValid(v.replace(/\+/g, ' ')),
  aba_routing: abaValid,
  bank_account: (v) => /^\d{6,17}$/.test(v),
  jwt: (v) => {
    const parts = v.split('.');
    return parts.length === 3 && b64json(parts[0]!) && b64json(parts[1]!) && /^[\w-]+$/.test(parts[2]!);
  },
  basic_auth: (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').toString('utf8').includes(':'),
  imei: (v) => /^\d{15}$/.test(v) && luhn(v),
  iccid: (v) => /^89\d{17,18}$/.test(v) && luhn(v),
  imsi: (v) => /^\d{15}$/.test(v),
  eid: (v) => /^\d{32}$/.test(v) && BigInt(v) % 97n === 1n,
  cpf: (v) => {
    const d = v.replace(/[.-]/g, '');
    if (!/^\d{11}$/.test(d)) return false;
    const dig = (n: number): number => {
      const s = d.slice(0, n).split('').reduce((a, x, i) => a + Number(x) * (n + 1 - i), 0);
      const m = (s * 10) % 11;
      return m === 10 ? 0 : m;
    };
    return dig(9) === Number(d[9]) && dig(10) === Number(d[10]);
  },
  cn_id: (v) => {
    if (!/^\d{17}[\dX]$/.test(v)) return false;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const s = v.slice(0, 17).split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
    return '10X98765432'[s % 11] === v[17];
  },
  pccc: (v) => /^P\d{12}$/.test(v),
  email: (v) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v) || /^[A-Z0-9.]+\/\/[A-Z0-9.]+\.[A-Z]{2,}$/.test(v),
  phone: (v) => {
    const d = v.replace(/\D/g, '');
    return d.length >= 7 && d.length <= 15 && /^[+\d(][\d ().+-]*\d$/.test(v);
  },
  passport: (v) => /^[A-Z0-9]{7,9}$/.test(v),
  frequent_flyer: (v) => /^[A-Z0-9]{7,15}$/.test(v),
  google_api_key: (v) => /^AIza[\w-]{35}$/.test(v),
  mapbox_secret: (v) => /^sk\.[\w-]+\.[\w-]{22}$/.test(v) && b64json(v.split('.')[1]!),
  esim_activation_code: (v) => /^LPA:1\$[\w.-]+\$[\w-]+$/.test(v),
  ssr_docs: (v) => /^P\/[A-Z]{3}\/[A-Z0-9]{6,9}\/[A-Z]{3}\/\d{2}[A-Z]{3}\d{2,4}\/[MF]\/\d{2}[A-Z]{3}\d{2}\/[A-Z ]+\/[A-Z ]+$/.test(v),
  birth_date: (v) => /^(\d{4}-\d{2}-\d{2}|\d{2}[/.]\d{2}[/.]\d{4}|\d{2}[A-Z]{3}\d{2}(\d{2})?|\d{6})$/.test(v),
  port_pin: (v) => /^\d{6,8}$/.test(v),
  twilio_auth_token: (v) => /^[0-9a-f]{32}$/.test(v),
  smpp_password: (v) => v.length <= 8,
};

export function formatOk89(kind: string, value: string): boolean {
  const check = CHECKS[kind];
  return check ? check(decodePrinted(value)) : true;
}
