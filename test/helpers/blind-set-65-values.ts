import { B62, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** Blind set 65: value generators (all values in their real published formats, checksums included). */

export type Group65 = 'credential' | 'personal' | 'financial';
export interface Val65 {
  value: string;
  kind: string;
  group: Group65;
}

/** One case under construction: its random stream and the values planted so far. */
export class Ctx65 {
  readonly vals: Val65[] = [];
  constructor(readonly r: Rng9) {}
  c(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  p(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  f(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

const B32L = 'abcdefghijklmnopqrstuvwxyz234567';
const AN_LOWER = LOWER + DIGITS;
const AN_UPPER = UPPER + DIGITS;

// ---------------------------------------------------------------- credentials

export const shopifyToken = (r: Rng9, prefix: 'shpat' | 'shpca' | 'shppa' | 'shpss' = 'shpat'): string => `${prefix}_${r.hex(32)}`;
export const bigcommerceToken = (r: Rng9): string => r.chars(AN_LOWER, 31);
export const bigcommerceSecret = (r: Rng9): string => r.hex(64);
export const wooKey = (r: Rng9, p: 'ck' | 'cs'): string => `${p}_${r.hex(40)}`;
export const magentoToken = (r: Rng9): string => r.chars(AN_LOWER, 32);
export const ctSecret = (r: Rng9): string => r.chars(B64URL, 32);
export const lwaSecret = (r: Rng9): string => `amzn1.oa2-cs.v1.${r.hex(64)}`;
export const lwaRefresh = (r: Rng9): string => `Atzr|IwEBI${r.chars(B64URL, r.int(300, 360))}`;
export const lwaAccess = (r: Rng9): string => `Atza|IwEBI${r.chars(B64URL, r.int(300, 360))}`;
export const awsKeyId = (r: Rng9, p: 'AKIA' | 'ASIA' = 'AKIA'): string => p + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
export const awsSecret = (r: Rng9): string => r.chars(B62 + '/+', 40);
export const sesSmtpPassword = (r: Rng9): string => Buffer.concat([Buffer.from([4]), r.bytes(32)]).toString('base64');
export const ebayUserToken = (r: Rng9): string => `v^1.1#i^1#p^3#r^1#f^0#I^3#t^H4sIAAAAAAAA${r.b64(r.int(420, 560)).replace(/=+$/, '')}`;
export const ebayAuthNAuth = (r: Rng9): string => `AgAAAA**AQAAAA**aAAAAA**${r.b64(24).slice(0, 30)}**${r.b64(600).replace(/=+$/, '')}`;
export const ebayCertId = (r: Rng9): string => `PRD-${r.hex(12)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}`;
export const etsyToken = (r: Rng9): string => `${r.int(10000000, 999999999)}.${r.chars(B64URL, r.int(90, 110))}`;
export const twilioAuthToken = (r: Rng9): string => r.hex(32);
export const twilioKeySecret = (r: Rng9): string => r.b62(32);
export const sendgridKey = (r: Rng9): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
export const mailgunKey = (r: Rng9): string => (r.next() < 0.5 ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`);
export const mailgunSigningKey = (r: Rng9): string => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;
export const postmarkToken = (r: Rng9): string => r.uuid();
export const vonageSecret = (r: Rng9): string => r.b62(16);
export const messagebirdKey = (r: Rng9): string => r.b62(25);
export const klaviyoKey = (r: Rng9): string => `pk_${r.hex(34)}`;
export const mailchimpKey = (r: Rng9): string => `${r.hex(32)}-us${r.int(1, 21)}`;
export const brevoKey = (r: Rng9): string => `xkeysib-${r.hex(64)}-${r.b62(16)}`;
export const fcmServerKey = (r: Rng9): string => `AAAA${r.chars(B64URL, 7)}:APA91b${r.chars(B64URL, 134)}`;
export const oneSignalLegacy = (r: Rng9): string => Buffer.from(r.uuid()).toString('base64');
export const oneSignalV2 = (r: Rng9): string => `os_v2_app_${r.chars(B32L, 113)}`;
export const pusherSecret = (r: Rng9): string => r.hex(20);
export const ablyKey = (r: Rng9): string => `${r.chars(B64URL.replace(/[-_]/g, ''), 6)}.${r.chars(B64URL, 6)}:${r.chars(B64URL, 43)}`;
export const svixSecret = (r: Rng9): string => `whsec_${r.b64(24)}`;
export const stripeSecret = (r: Rng9): string => `sk_live_${r.b62(99)}`;
export const stripeWhsec = (r: Rng9): string => `whsec_${r.b62(32)}`;
export const googleAppPassword = (r: Rng9, spaced: boolean): string => [0, 1, 2, 3].map(() => r.chars(LOWER, 4)).join(spaced ? ' ' : '');
export const password = (r: Rng9): string => r.password(r.int(12, 22));
export const urlPassword = (r: Rng9): string => r.urlPassword(r.int(12, 22));
export const genericSecret = (r: Rng9, n = 40): string => r.chars(B62 + '-_', n);

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A JWT with a real header and payload and a random signature. */
export function jwt(r: Rng9, payload: Record<string, unknown>, alg: 'RS256' | 'ES256' | 'HS256' = 'RS256', kid?: string): string {
  const header: Record<string, unknown> = { alg, typ: 'JWT' };
  if (kid) header['kid'] = kid;
  const sig = r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32);
  return `${b64u(header)}.${b64u(payload)}.${sig}`;
}

/** A PEM private key block; `nl` is the line break as it appears in the text (a real one, or `\\n` inside JSON). */
export function pemKey(r: Rng9, type: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY', nl = '\n'): string {
  const lead = type === 'RSA PRIVATE KEY' ? 'MIIEowIBAAKCAQEA' : type === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
  const n = type === 'EC PRIVATE KEY' ? 120 : type === 'PRIVATE KEY' && r.next() < 0.3 ? 200 : 1180;
  const body = (n === 200 ? 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' : lead) + r.b64(n).replace(/=+$/, '');
  const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN ${type}-----${nl}${lines.join(nl)}${nl}-----END ${type}-----`;
}

// ---------------------------------------------------------------- people

const FIRST = [
  'José', 'María', 'Zoë', 'Björn', 'Siobhán', 'Łukasz', 'Aarav', 'Mei-Ling', 'François', 'Ngozi', 'Søren', 'Agnieszka', 'Kwame', 'Yuki',
  'Anaïs', 'Mateus', 'Fatima', 'Oluwaseun', 'Dmitri', 'Chloé', 'Thandiwe', 'Jürgen', 'Priyanka', 'Hyun-woo', 'Ömer', 'Esperanza',
  'Caoimhe', 'Matteo', 'Ingrid', 'Tomasz', 'Laila', 'Rafael', 'Aoife', 'Giulia', 'Emeka', 'Sakura', 'Nikolai', 'Beatriz', 'Wei',
  'Camille', 'Hamza', 'Ólafur', 'Valentina', 'Kofi', 'Ramón', 'Elif', 'Niamh', 'Dagny', 'Tariq', 'Marguerite',
];
const LAST = [
  'García', 'Nguyễn', 'Okonkwo', 'Kowalczyk', 'Sharma', 'Lefèvre', 'Müller', 'Ó Súilleabháin', 'Haraldsen', 'Mensah', 'Tanaka',
  'Fernández-López', 'Al-Rashid', 'Adeyemi', 'Volkov', 'Dubois', 'Ndlovu', 'Schröder', 'Patel', 'Park', 'Yılmaz', 'Castañeda',
  'Ní Bhriain', 'Rossi', 'Lindqvist', 'Wiśniewski', 'Haddad', 'Oliveira', 'McAllister', 'Bianchi', 'Eze', 'Yamamoto', 'Petrov',
  'Gonçalves', 'Zhang', 'Moreau', 'Khan', 'Guðmundsson', 'Rodríguez', 'Asante', 'Jiménez', 'Demir', 'Brennan', 'Sørensen', 'Qureshi',
  'Beaumont', 'Van der Berg', 'Kaczmarek', 'Delacroix', 'Whitfield',
];
const STREETS = [
  'Maple Avenue', 'Calle de Alcalá', 'Rue des Lilas', 'Hauptstraße', 'Kingsway', 'Via Garibaldi', 'Oak Ridge Drive', 'Bedford Road',
  'Prinsengracht', 'Rua Augusta', 'Sunset Boulevard', 'Elm Street', 'Chemin du Moulin', 'Lindenallee', 'Harbour View Terrace',
  'W Armitage Ave', 'NE Alberta St', 'Queen Street West', 'Avenida Paulista', 'Wilhelminastraat', 'Birchwood Close', 'Cedar Lane',
];
export const CITIES = [
  ['Portland', 'OR', '97211', 'US'], ['Chicago', 'IL', '60614', 'US'], ['Austin', 'TX', '78704', 'US'], ['Toronto', 'ON', 'M6J 1H4', 'CA'],
  ['Manchester', '', 'M14 5TP', 'GB'], ['Berlin', '', '10435', 'DE'], ['Lyon', '', '69003', 'FR'], ['Madrid', '', '28014', 'ES'],
  ['Amsterdam', '', '1016 EK', 'NL'], ['São Paulo', 'SP', '01310-100', 'BR'], ['Denver', 'CO', '80206', 'US'], ['Dublin', '', 'D08 VF8H', 'IE'],
] as const;
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'icloud.com', 'proton.me', 'orange.fr', 'hotmail.com', 'gmx.net', 'fastmail.com'];

export const fold65 = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export interface Person65 {
  first: string;
  last: string;
  name: string;
  email: string;
  phone: string;
  e164: string;
  street: string;
  city: string;
  province: string;
  zip: string;
  country: string;
}

/** A national-format and an E.164 phone number of the same country. */
export function phone(r: Rng9, country: string): [string, string] {
  const d = (n: number) => r.digits(n);
  switch (country) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
      const x = `${r.int(2, 9)}${d(2)}`;
      const s = d(4);
      const nat = r.pick([`(${a}) ${x}-${s}`, `${a}-${x}-${s}`, `${a}.${x}.${s}`]);
      return [nat, `+1${a}${x}${s}`];
    }
    case 'GB': {
      const m = `7${r.int(4, 9)}${d(2)}`;
      const rest = d(6);
      return [`0${m} ${rest}`, `+44${m}${rest}`];
    }
    case 'DE': {
      const p = r.pick(['151', '160', '170', '176', '157']);
      const rest = d(8);
      return [`0${p} ${rest}`, `+49${p}${rest}`];
    }
    case 'FR': {
      const p = `${r.pick(['6', '7'])}${d(8)}`;
      return [`0${p.replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1 $2 $3 $4 $5')}`, `+33${p}`];
    }
    case 'ES': {
      const p = `6${d(8)}`;
      return [p.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'), `+34${p}`];
    }
    case 'NL': {
      const p = `6${r.int(1, 5)}${d(7)}`;
      return [`0${p.slice(0, 1)}-${p.slice(1)}`, `+31${p}`];
    }
    case 'BR': {
      const a = r.pick(['11', '21', '31', '41']);
      const p = `9${d(8)}`;
      return [`(${a}) ${p.slice(0, 5)}-${p.slice(5)}`, `+55${a}${p}`];
    }
    default: {
      const p = `8${r.int(3, 9)}${d(7)}`;
      return [`0${p.slice(0, 2)} ${p.slice(2, 5)} ${p.slice(5)}`, `+353${p}`];
    }
  }
}

/** A person; nothing is planted until a template registers the parts it prints. */
export function person(r: Rng9): Person65 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const [city, province, zip, country] = r.pick(CITIES);
  const f = fold65(first);
  const l = fold65(last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${f}${r.int(70, 2005)}`, `${l}.${f}`]);
  const [nat, e164] = phone(r, country);
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${local}@${r.pick(MAIL)}`,
    phone: nat,
    e164,
    street: `${r.int(2, 9800)} ${r.pick(STREETS)}${r.next() < 0.25 ? `, Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`,
    city,
    province,
    zip,
    country,
  };
}

/** A public (routable, non-documentation) IPv4 or IPv6 address. */
export function publicIp(r: Rng9, v6 = r.next() < 0.15): string {
  if (v6) return `${r.pick(['2a02', '2600', '2a01', '2607', '2806', '2c0f'])}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(3)}1::${r.hex(2)}`;
  for (;;) {
    const a = r.int(11, 223);
    const b = r.int(0, 255);
    if (a === 127 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254)) continue;
    if ((a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19 || b === 51)) || (a === 203 && b === 0)) continue;
    return `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

export function dob(r: Rng9, style: 'iso' | 'us' | 'eu' = 'iso'): string {
  const y = r.int(1948, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return style === 'iso' ? `${y}-${m}-${d}` : style === 'us' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
}

export function ssn(r: Rng9, dashed = true): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
  return dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
}

export function nino(r: Rng9, spaced = r.next() < 0.5): string {
  const A = 'ABCEGHJKLMNOPRSTWXYZ';
  const B = 'ABCEGHJKLMNPRSTWXYZ';
  let p = '';
  do p = r.chars(A, 1) + r.chars(B, 1);
  while (['GB', 'NK', 'TN', 'ZZ', 'BG', 'KN', 'NT'].includes(p));
  const d = r.digits(6);
  const s = r.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
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

export function sin(r: Rng9): string {
  const body = `${r.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${r.digits(7)}`;
  const s = body + luhnDigit(body);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

export function cpf(r: Rng9, punct = true): string {
  let d = r.digits(9);
  if (/^(\d)\1+$/.test(d)) d = '123456789';
  for (const len of [9, 10]) {
    let s = 0;
    for (let i = 0; i < len; i++) s += Number(d[i]) * (len + 1 - i);
    const c = (s * 10) % 11;
    d += String(c === 10 ? 0 : c);
  }
  return punct ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
}

export function dni(r: Rng9): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

export const pan = (r: Rng9): string => `${r.chars(UPPER, 3)}P${r.chars(UPPER, 1)}${r.digits(4)}${r.chars(UPPER, 1)}`;
export const passport = (r: Rng9): string => r.pick([`${r.int(5, 9)}${r.digits(8)}`, `C${r.chars('CFGHJKLMNPRTVWXYZ' + DIGITS, 8)}`, `${r.digits(2)}${r.chars(UPPER, 2)}${r.digits(5)}`]);

// ---------------------------------------------------------------- financial

export function card(r: Rng9, brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc'] as const)): string {
  const pre = brand === 'visa' ? `4${r.digits(5)}` : brand === 'mc' ? `5${r.int(1, 5)}${r.digits(4)}` : brand === 'mc2' ? `2${r.int(221, 720)}${r.digits(2)}` : brand === 'amex' ? `3${r.pick(['4', '7'])}${r.digits(4)}` : `6011${r.digits(2)}`;
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}

/** A card number grouped as people type it (4-4-4-4, Amex 4-6-5). */
export const spacedCard = (c: string, sep = ' '): string => (c.length === 15 ? [c.slice(0, 4), c.slice(4, 10), c.slice(10)] : c.match(/.{4}/g)!).join(sep);

const IBAN_BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.chars(UPPER, 4) + r.digits(14),
  FR: (r) => r.digits(10) + r.chars(AN_UPPER, 11) + r.digits(2),
  NL: (r) => r.chars(UPPER, 4) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(10) + r.chars(AN_UPPER, 12),
  BE: (r) => r.digits(12),
  PL: (r) => r.digits(24),
  IE: (r) => r.chars(UPPER, 4) + r.digits(14),
};
export function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
export function iban(r: Rng9, country = r.pick(Object.keys(IBAN_BBAN)), grouped = r.next() < 0.4): string {
  const bban = IBAN_BBAN[country]!(r);
  const chk = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  const s = country + chk + bban;
  return grouped ? s.match(/.{1,4}/g)!.join(' ') : s;
}

export function aba(r: Rng9): string {
  const pre = r.pick(['0', '1', '2', '3']);
  const first = pre === '0' ? `0${r.int(1, 9)}` : pre === '1' ? `1${r.int(0, 2)}` : pre === '2' ? `2${r.int(1, 9)}` : `3${r.int(0, 2)}`;
  const b = first + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(b[i]) * w[i]!;
  return b + String((10 - (s % 10)) % 10);
}
export const bankAccount = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(7, 11))}`;
export const sortCode = (r: Rng9): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
export const ukAccount = (r: Rng9): string => `${r.int(1, 9)}${r.digits(7)}`;

// ---------------------------------------------------------------- template plumbing

/** A template: its source (for the id) and a function printing one text while planting its values. */
export interface Tpl65 {
  src: string;
  t: (x: Ctx65) => string;
}

/** An ISO timestamp in 2026. */
export function ts(r: Rng9, ms = true): string {
  const d = new Date(Date.UTC(2026, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999)));
  const s = d.toISOString();
  return ms ? s : s.replace(/\.\d{3}Z$/, 'Z');
}
export const shopDomain = (r: Rng9): string => `${r.pick(['maison-lumiere', 'trail-and-pine', 'north-loop-coffee', 'kinfolk-ceramics', 'velo-atelier', 'bloom-apothecary', 'the-sock-drawer', 'oakhaven-goods'])}${r.next() < 0.4 ? `-${r.int(2, 99)}` : ''}.myshopify.com`;
export const orderNo = (r: Rng9): string => String(r.int(1001, 98000));
export const money = (r: Rng9): string => `${r.int(9, 640)}.${r.pick(['00', '50', '95', '99', '20'])}`;
export const rid = (r: Rng9): string => r.uuid();

/** A customer's public IP, planted under its family. */
export function ip65(x: Ctx65, v6 = x.r.next() < 0.15): string {
  const ip = publicIp(x.r, v6);
  return x.p(v6 ? 'ipv6' : 'ipv4', ip);
}
