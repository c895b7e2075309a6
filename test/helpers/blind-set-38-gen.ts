import { B62, DIGITS, HEX, LOWER, UPPER, type Rng38 } from './blind-set-38-rng';

/** Pure value generators for blind set 38 (web hosting, CMS and agency operations). */
export const FIRST = ['Olivia', 'Mateo', 'Priya', 'Siobhan', 'Jakub', 'Amara', 'Henrik', 'Lucía', 'Tomasz', 'Chiara', 'Kwame', 'Ingrid', 'Rahul', 'Yasmin', 'Declan', 'Mei-Ling', 'Bastien', 'Oluwaseun', 'Francesca', 'Dmitri', 'Aoife', 'Gareth', 'Noémie', 'Leandro', 'Hannelore', 'Tariq', 'Rosalind', 'Emeka', 'Sigrid', 'Joaquín'];
export const LAST = ['Hargreaves', 'Kowalczyk', 'Okonkwo', 'Fitzgerald', 'Van der Berg', 'Nakamura', 'Delacroix', 'Brennan', 'Castellanos', 'Lindqvist', 'Abernathy', 'Mbeki', 'Rossetti', 'Szymańska', 'Thornbury', 'Ishikawa', 'Papadopoulos', 'MacAllister', 'Achterberg', "O'Sullivan", 'Haddad', 'Whitcombe', 'Esposito', 'Grünewald', 'Ramaswamy', 'Featherstone'];
const MAILHOSTS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'icloud.com', 'proton.me', 'hotmail.fr', 'gmx.net', 'btinternet.com', 'comcast.net'];
export const CLIENTS = ['brightlinebakery.co.uk', 'harbourdental.com', 'kleinmann-immobilien.de', 'oakandfennel.com', 'northgatephysio.co.uk', 'lumenarchitects.nl', 'tidewaterkayaks.com', 'maisonverdier.fr'];
const STREETS = ['Maple', 'Station', 'Kingfisher', 'Orchard', 'Wellington', 'Lindenhof', 'Harbour View', 'Cedar Ridge', 'Mill', 'Rue des Lilas'];
const CITIES = [['Portland', 'OR', '97'], ['Austin', 'TX', '78'], ['Columbus', 'OH', '43'], ['Raleigh', 'NC', '27'], ['Boise', 'ID', '83']];
const UKCITIES = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['York', 'YO']];

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ń/g, 'n').replace(/[^A-Za-z-]/g, '').toLowerCase();

export function person(r: Rng38): { first: string; last: string; full: string } {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, full: `${first} ${last}` };
}

export function email(r: Rng38, first: string, last: string, domain?: string): string {
  const f = strip(first);
  const l = strip(last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${r.int(1, 99)}`, `${f}_${l}`, `${l}.${f}`]);
  return `${local}@${domain ?? r.pick(MAILHOSTS)}`;
}

export function phone(r: Rng38): string {
  const k = r.int(0, 4);
  if (k === 0) return `+1 (${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`;
  if (k === 1) return `${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`;
  if (k === 2) return `+44 7${r.int(400, 999)} ${r.digits(6)}`;
  if (k === 3) return `+49 15${r.int(1, 9)} ${r.digits(4)} ${r.digits(4)}`;
  return `07${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`;
}

export function address(r: Rng38): string {
  if (r.next() < 0.5) {
    const [city, st, zp] = r.pick(CITIES);
    return `${r.int(12, 9870)} ${r.pick(STREETS)} ${r.pick(['St', 'Ave', 'Road', 'Lane'])}, ${city}, ${st} ${zp}${r.digits(3)}`;
  }
  const [city, pc] = r.pick(UKCITIES);
  return `${r.int(2, 240)} ${r.pick(STREETS)} ${r.pick(['Road', 'Close', 'Street', 'Gardens'])}, ${city} ${pc}${r.int(1, 19)} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXY', 2)}`;
}

export function dob(r: Rng38): string {
  const y = r.int(1951, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const dd = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${dd}`, `${dd}/${m}/${y}`, `${m}/${dd}/${y}`]);
}

export function publicIp(r: Rng38): string {
  return `${r.pick([24, 45, 66, 73, 81, 86, 92, 104, 109, 142, 151, 176, 185, 188, 213, 217])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export function ssn(r: Rng38): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

export function nino(r: Rng38): string {
  return `${r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}

export function luhnCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) v *= 2;
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export function card(r: Rng38, sep?: string): string {
  const brand = r.int(0, 3);
  const prefix = brand === 0 ? '4' : brand === 1 ? String(r.int(51, 55)) : brand === 2 ? r.pick(['34', '37']) : '6011';
  const len = brand === 2 ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const n = body + luhnCheck(body);
  const s = sep ?? r.pick(['', ' ', '-', '']);
  if (!s) return n;
  return len === 15 ? `${n.slice(0, 4)}${s}${n.slice(4, 10)}${s}${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, `$1${s}`);
}

export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dgt of v) rem = (rem * 10 + Number(dgt)) % 97;
  }
  return rem;
}

export function iban(r: Rng38, spaced?: boolean): string {
  const c = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE', 'BE', 'IT']);
  const bban = c === 'DE' ? r.digits(18) : c === 'GB' || c === 'IE' ? r.chars(UPPER, 4) + r.digits(14) : c === 'NL' ? r.chars(UPPER, 4) + r.digits(10) : c === 'FR' ? r.digits(23) : c === 'ES' ? r.digits(20) : c === 'BE' ? r.digits(12) : r.chars(UPPER, 1) + r.digits(22);
  const check = String(98 - mod97(bban + c + '00')).padStart(2, '0');
  const raw = c + check + bban;
  return (spaced ?? r.next() < 0.4) ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

export function aba(r: Rng38): string {
  const b = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0') + r.digits(6);
  const d = b.split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return b + String((10 - (s % 10)) % 10);
}

export const sortCode = (r: Rng38) => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;

export function password(r: Rng38): string {
  const k = r.int(0, 3);
  if (k === 0) return r.password(r.int(12, 20));
  if (k === 1) return r.urlPassword(r.int(14, 22));
  if (k === 2) return `${r.pick(['Summer', 'Harbour', 'Bluebell', 'Tangerine', 'Rocket', 'Velvet'])}${r.pick(['!', '@', '#', '$'])}${r.int(1000, 9999)}${r.chars(UPPER + LOWER, 3)}`;
  return r.chars(LOWER + UPPER + DIGITS + '!#%&*+=?@^', r.int(16, 28));
}

/** WordPress secret-key service alphabet, minus quotes and backslash. */
export const wpSalt = (r: Rng38) => r.chars(LOWER + UPPER + DIGITS + '!@#$%^&*()-_ []{}<>~`+=,.;:/?|', 64);

export function appPassword(r: Rng38): string {
  const s = r.chars(LOWER + UPPER + DIGITS, 24);
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

export const awsKeyId = (r: Rng38, p = 'AKIA') => p + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
export const awsSecret = (r: Rng38) => r.chars(UPPER + LOWER + DIGITS + '+/', 40);

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

export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

export function githubToken(r: Rng38, prefix = 'ghp_'): string {
  const body = r.b62(30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

export function jwt(r: Rng38, payload: Record<string, unknown>, alg = 'HS256'): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg, typ: 'JWT' })}.${enc(payload)}.${r.b64url(alg === 'HS256' ? 32 : 64)}`;
}

/** A SEC1 P-256 private key (random scalar and point bytes) as PEM lines. */
export function ecPem(r: Rng38): string {
  const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  return der.toString('base64').replace(/(.{64})(?=.)/g, '$1\n');
}

/** A PKCS#8 RSA private key body (random bytes after a real header) as PEM lines. */
export function rsaPem(r: Rng38): string {
  const der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(r.int(360, 420))]);
  return der.toString('base64').replace(/(.{64})(?=.)/g, '$1\n');
}

export const hex = (r: Rng38, n: number) => r.chars(HEX, n);
export const alnumUpper = (r: Rng38, n: number) => r.chars(UPPER + DIGITS, n);
export const lowerAlnum = (r: Rng38, n: number) => r.chars(LOWER + DIGITS, n);
