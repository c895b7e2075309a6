import { B62, B64, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

export { Rng9 };

/** One planted value. */
export interface Val39 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** Records the values a template plants while it writes its text. */
export class Plant39 {
  readonly vals: Val39[] = [];
  c(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  p(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  f(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A template: writes one text with its planted values (positives) or none (negatives). */
export type Tpl39 = [name: string, gen: (r: Rng9, v: Plant39) => string];

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = UPPER + LOWER + DIGITS;

// ---------- people ----------
const FIRST = ['Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Eleni', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Joaquín', 'Kwame', 'Leonie', 'Mateus', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosalind', 'Soren', 'Tamsin', 'Ulrich', 'Valentina', 'Wojciech', 'Ximena', 'Yusuf', 'Zofia', 'Aurelio', 'Beatriz', 'Callum', 'Delphine', 'Emeka', 'Fiona', 'Gustavo', 'Halima', 'Ivo', 'Jolene', 'Kenji', 'Lucinda', 'Marisol', 'Niamh'];
const LAST = ['Okonkwo', 'Lindqvist', 'Moretti', 'Kowalczyk', 'Papadakis', 'Haddad', 'Van der Berg', 'Nakamura', 'Fitzgerald', 'Salazar', 'Mensah', 'Schreiber', 'Albuquerque', 'Petrenko', 'Halvorsen', 'Raghunathan', 'Delacroix', 'Whitcombe', 'Brennan', 'Castellanos', 'Thorsen', 'Oyelaran', 'Gallagher', 'Dubois', 'Marchetti', 'Yilmaz', 'Achterberg', 'Szabo', 'Quigley', 'Iwasaki', "O'Donnell", 'Ferreira', 'Lachance', 'Abernathy', 'Vasquez-Ortiz'];
const MAILDOM = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'web.de', 'hotmail.fr', 'fastmail.com', 'gmx.net', 'comcast.net'];
const STREETS = ['Maple Avenue', 'Harrow Road', 'Calle de Alcalá', 'Rue des Lilas', 'Birchwood Drive', 'Kastanienallee', 'Lakeview Terrace', 'Old Mill Lane', 'Via Garibaldi', 'Quarry Hill Road', 'Sycamore Court', 'Prinsengracht'];
const CITIES: [string, string, string][] = [['Portland', 'OR', '972'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314']];

export const first = (r: Rng9): string => r.pick(FIRST);
export const last = (r: Rng9): string => r.pick(LAST);
export const fullName = (r: Rng9): string => `${first(r)} ${last(r)}`;
const slug = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
export function email(r: Rng9, name?: string): string {
  const [f, l] = (name ?? fullName(r)).split(' ');
  const local = r.pick([`${slug(f!)}.${slug(l!)}`, `${slug(f!)[0]}${slug(l!)}${r.int(1, 99)}`, `${slug(f!)}_${slug(l!)}`, `${slug(l!)}.${slug(f!)}${r.int(70, 99)}`]);
  return `${local}@${r.pick(MAILDOM)}`;
}
export function usPhone(r: Rng9, style = r.int(0, 3)): string {
  const a = `${r.int(2, 9)}${r.digits(1)}${r.int(0, 8)}`;
  const e = `${r.int(2, 9)}${r.int(0, 4)}${r.int(0, 9)}`; // never 555
  const n = r.digits(4);
  return [`+1${a}${e}${n}`, `(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`][style]!;
}
export function intlPhone(r: Rng9): string {
  return r.pick([
    () => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
    () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+31 6 ${r.digits(8)}`,
    () => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ])();
}
export const phone = (r: Rng9): string => (r.next() < 0.55 ? usPhone(r) : intlPhone(r));
export function address(r: Rng9): string {
  const [c, s, z] = r.pick(CITIES);
  return `${r.int(12, 9890)} ${r.pick(STREETS)}, ${c}, ${s} ${z}${r.digits(2)}`;
}
export const dob = (r: Rng9): string => `${r.int(1948, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
export function publicIp(r: Rng9): string {
  return `${r.pick([23, 31, 37, 46, 52, 64, 71, 77, 81, 89, 94, 98, 104, 109, 146, 151, 178, 185, 188, 212, 217])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}
export const passport = (r: Rng9): string => r.pick([() => `${r.int(5, 9)}${r.digits(8)}`, () => `${r.pick(['C', 'X', 'L'])}${r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`, () => `${r.chars(UPPER, 2)}${r.digits(7)}`])();

// ---------- national ids ----------
export function ssn(r: Rng9, dashed = true): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
  return dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
}
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function caSin(r: Rng9): string {
  const b = `${r.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${r.digits(7)}`;
  const s = b + luhnDigit(b);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}
export function nlBsn(r: Rng9): string {
  for (;;) {
    const d = `${r.int(1, 6)}${r.digits(7)}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    const last = sum % 11;
    if (last < 10) return d + last;
  }
}
export function esDni(r: Rng9): string {
  const n = r.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
export const ukNino = (r: Rng9): string => `${r.pick(['AB', 'CE', 'JH', 'KL', 'NP', 'SW', 'WR', 'YZ', 'ER'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;

// ---------- financial ----------
export function card(r: Rng9, brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc'])): string {
  const pre = { visa: '4' + r.digits(5), mc: `5${r.int(1, 5)}${r.digits(4)}`, mc2: `22${r.int(21, 70)}${r.digits(2)}`, amex: `3${r.pick(['4', '7'])}${r.digits(4)}`, disc: `6011${r.digits(2)}` }[brand]!;
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}
export function cardFmt(n: string, sep: string): string {
  if (n.length === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.match(/.{4}/g)!.join(sep);
}
export const cvv = (r: Rng9): string => r.digits(3);
function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
export function iban(r: Rng9, cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'CH', 'PL', 'IE'])): string {
  const bban = {
    DE: () => r.digits(18),
    GB: () => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
    FR: () => r.digits(23),
    NL: () => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10),
    ES: () => r.digits(20),
    IT: () => r.chars(UPPER, 1) + r.digits(10) + r.digits(12),
    BE: () => r.digits(12),
    AT: () => r.digits(16),
    CH: () => r.digits(17),
    PL: () => r.digits(24),
    IE: () => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  }[cc]!();
  const chk = 98 - mod97(bban + cc + '00');
  return `${cc}${String(chk).padStart(2, '0')}${bban}`;
}
export const ibanOk = (s: string): boolean => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
export const ibanSpaced = (s: string): string => s.match(/.{1,4}/g)!.join(' ');
export function aba(r: Rng9): string {
  const d = `${String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0')}${r.digits(6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += w[i]! * Number(d[i]);
  return d + ((10 - (s % 10)) % 10);
}
export const acct = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;

// ---------- credentials ----------
export const awsId = (r: Rng9, p = 'AKIA'): string => p + r.chars(B32, 16);
export const awsSecret = (r: Rng9): string => r.chars(B64, 40);
export const awsSession = (r: Rng9): string => 'IQoJb3JpZ2luX2VjE' + r.chars(B64, r.int(300, 380)) + '=';
export const password = (r: Rng9): string => r.pick([() => r.password(r.int(12, 20)), () => r.urlPassword(r.int(14, 22)), () => `${r.pick(['Tundra', 'Quokka', 'Harbor', 'Glacier', 'Saffron'])}${r.pick(['-', '!', '#', '.'])}${r.chars(ALNUM, r.int(6, 10))}${r.digits(2)}`])();
export const b64key = (r: Rng9, n: number): string => r.b64(n);
export const azClientSecret = (r: Rng9): string => r.chars(ALNUM, 3) + '8Q~' + r.chars(ALNUM + '_~.-', 34);
export const dapi = (r: Rng9): string => 'dapi' + r.hex(32) + (r.next() < 0.3 ? '-2' : '');
export const fernet = (r: Rng9): string => r.bytes(32).toString('base64url') + '=';
export const ya29 = (r: Rng9): string => 'ya29.a0' + r.chars(B64URL, r.int(150, 200));
export const gRefresh = (r: Rng9): string => '1//0' + r.chars(ALNUM, 1) + r.chars(B64URL, 99);
export const slackBot = (r: Rng9): string => `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.chars(ALNUM, 24)}`;
export const slackHook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`;
export const sendgrid = (r: Rng9): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
export const stripeSk = (r: Rng9): string => `${r.pick(['sk_live_', 'rk_live_'])}${r.chars(ALNUM, r.pick([24, 99]))}`;
export const shopify = (r: Rng9): string => 'shpat_' + r.hex(32);
export const hubspot = (r: Rng9): string => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`;
export const mailchimp = (r: Rng9): string => `${r.hex(32)}-us${r.int(1, 21)}`;
export const prefect = (r: Rng9): string => r.pick(['pnu_', 'pnb_']) + r.chars(ALNUM, 36);
export const dbtc = (r: Rng9): string => r.pick(['dbtc_', 'dbtu_']) + r.chars(B64URL, 56);
export const gitlab = (r: Rng9): string => 'glpat-' + r.chars(ALNUM + '-_', 20);
export const confluentKey = (r: Rng9): string => r.chars(UPPER + DIGITS, 16);
export const confluentSecret = (r: Rng9): string => r.chars(ALNUM + '+/', 64);
export const gcsHmacId = (r: Rng9): string => 'GOOG1E' + r.chars(UPPER + DIGITS, 55);
export const r2Id = (r: Rng9): string => r.hex(32);
export const r2Secret = (r: Rng9): string => r.hex(64);
export const b2Id = (r: Rng9): string => '005' + r.hex(22);
export const b2Key = (r: Rng9): string => 'K005' + r.chars(ALNUM + '/+', 27);
export const tableauSecret = (r: Rng9): string => `${r.b64(16)}:${r.chars(ALNUM, 32)}`;
export const metabaseKey = (r: Rng9): string => 'mb_' + r.b64(32);
export const census = (r: Rng9): string => 'secret-token:' + r.chars(ALNUM, 32);
export const datadog = (r: Rng9): string => r.hex(32);
export const twilioSk = (r: Rng9): string => 'SK' + r.hex(32);
export const jupyter = (r: Rng9): string => r.hex(48);
export const alnum = (r: Rng9, n: number): string => r.chars(ALNUM, n);
export const lower = (r: Rng9, n: number): string => r.chars(LOWER + DIGITS, n);
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

const CRC = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function b62n(n: number, w: number): string {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(w, '0');
}
export function ghToken(r: Rng9, p = r.pick(['ghp_', 'gho_', 'ghs_'])): string {
  const body = r.chars(B62, 30);
  return p + body + b62n(crc32(body), 6);
}
export const ghFine = (r: Rng9): string => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.chars(B62, 59)}`;

/** A JWT with realistic claims and an HMAC/RSA-sized signature. */
export function jwt(r: Rng9, claims: Record<string, unknown>, alg = r.pick(['HS256', 'RS256'])): string {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: r.hex(16) } : {}) })).toString('base64url');
  const now = 1767000000 + r.int(0, 9000000);
  const p = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + 3600 })).toString('base64url');
  return `${h}.${p}.${r.bytes(alg === 'RS256' ? 256 : 32).toString('base64url')}`;
}
/** A PEM private key whose body decodes to a DER SEQUENCE. */
export function pem(r: Rng9, label = r.pick(['PRIVATE KEY', 'RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'EC PRIVATE KEY'])): string {
  const n = label === 'EC PRIVATE KEY' ? 118 : r.int(600, 900);
  const der = Buffer.concat([Buffer.from([0x30, 0x82, (n >> 8) & 0xff, n & 0xff, 0x02, 0x01, 0x00]), r.bytes(n)]);
  const body = der.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}
export function opensshKey(r: Rng9): string {
  const der = Buffer.concat([Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none', 'latin1'), r.bytes(r.int(380, 420))]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${der.toString('base64').match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}
/** A Flask signed session cookie (itsdangerous): payload.timestamp.signature. */
export function flaskSession(r: Rng9, payload: Record<string, unknown>): string {
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${p}.${r.bytes(4).toString('base64url').slice(0, 6)}.${r.bytes(20).toString('base64url')}`;
}

// ---------- surroundings ----------
export const ts = (r: Rng9): string => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
export const host = (r: Rng9): string => r.pick(['acme', 'northwind', 'globex', 'initech', 'umbrella', 'wayfarer', 'bluefin', 'tallgrass']);
export const region = (r: Rng9): string => r.pick(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']);
export const table = (r: Rng9): string => r.pick(['stg_customers', 'fct_orders', 'dim_accounts', 'raw_payments', 'int_subscriptions', 'customer_360', 'crm_contacts', 'billing_events']);
export const sfAccount = (r: Rng9): string => `${r.chars(LOWER, 2)}${r.digits(5)}.${r.pick(['us-east-1', 'eu-west-1', 'us-central1.gcp', 'east-us-2.azure'])}`;
export const hex64 = (r: Rng9): string => r.hex(64);
