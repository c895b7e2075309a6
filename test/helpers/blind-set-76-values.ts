import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng76 } from './blind-set-76-rng';
import { luhnDigit } from './blind-set-76-ids';

/** Financial values (IBANs, local account formats, cards) and credentials, generated from the seed. */

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** BBAN layouts: n = digits, c = upper alphanumerics, a = upper letters. */
const BBAN: Record<string, string> = {
  DE: '18n', FR: '10n11n2n', ES: '20n', IT: '1a10n12n', NL: '4a10n', PL: '24n', PT: '21n', TR: '5n1n16n', CH: '5n12n', AT: '16n', BE: '12n',
  SE: '20n', DK: '14n', NO: '11n', FI: '14n', CZ: '20n', HU: '24n', RO: '4a16n', GR: '7n16n', IL: '19n', SA: '2n18n', AE: '19n', UA: '6n19n', LU: '3n13n',
};
export function ibanMod97(s: string): number {
  const x = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of x) m = (m * 10 + Number(ch)) % 97;
  return m;
}
export function iban(r: Rng76, cc: string, spaced = r.next() < 0.5): string {
  let bban = '';
  for (const [, n, t] of BBAN[cc]!.matchAll(/(\d+)([nac])/g)) bban += r.chars(t === 'n' ? DIGITS : UPPER, Number(n));
  if (cc === 'TR') bban = bban.slice(0, 5) + '0' + bban.slice(6);
  if (cc === 'RO') bban = r.pick(['BTRL', 'RNCB', 'BRDE', 'INGB']) + bban.slice(4);
  if (cc === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + bban.slice(4);
  const check = pad(98 - ibanMod97(cc + '00' + bban), 2);
  const raw = cc + check + bban;
  return spaced ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

export function card(r: Rng76, brand: string, spaced = r.next() < 0.5): string {
  const pre: Record<string, [string[], number]> = {
    visa: [['4'], 16], mc: [['51', '53', '55', '2221', '2720'], 16], mir: [['2200', '2201', '2202', '2204'], 16], unionpay: [['622', '621', '623'], 16],
    jcb: [['3528', '3541', '3566', '3589'], 16], troy: [['9792'], 16], rupay: [['6521', '6522', '6070', '8171'], 16], elo: [['636368', '504175', '509069'], 16],
    hipercard: [['606282'], 16], amex: [['34', '37'], 15],
  };
  const [ps, len] = pre[brand]!;
  const p = r.pick(ps);
  const body = p + r.digits(len - 1 - p.length);
  const n = body + luhnDigit(body);
  if (!spaced) return n;
  return len === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(.{4})(?=.)/g, '$1 ');
}
export const anyCard = (r: Rng76): string => card(r, r.pick(['visa', 'mc', 'mir', 'unionpay', 'jcb', 'troy', 'rupay', 'elo', 'amex']));
export const cvc = (r: Rng76): string => pad(r.int(101, 998), 3);
export const expiry = (r: Rng76): string => `${pad(r.int(1, 12), 2)}/${r.int(27, 31)}`;

const CLABE_W = [3, 7, 1];
export function clabeDigit(d17: string): number {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (Number(d17[i]) * CLABE_W[i % 3]!) % 10;
  return (10 - (s % 10)) % 10;
}
export function clabe(r: Rng76): string {
  const d = r.pick(['002', '012', '014', '021', '072', '044', '127', '137']) + pad(r.int(10, 999), 3) + r.digits(11);
  return d + clabeDigit(d);
}
export function cbuBlock(d: string, w: number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Number(d[i]) * w[i]!;
  return (10 - (s % 10)) % 10;
}
export const CBU_W1 = [7, 1, 3, 9, 7, 1, 3];
export const CBU_W2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3];
export function cbu(r: Rng76): string {
  const b1 = r.pick(['011', '007', '072', '017', '285', '191', '150']) + r.digits(4);
  const b2 = r.digits(13);
  return b1 + cbuBlock(b1, CBU_W1) + b2 + cbuBlock(b2, CBU_W2);
}
export const bsb = (r: Rng76): string => `${r.pick(['062', '063', '033', '082', '012', '734'])}-${r.digits(3)}`;
export const auAccount = (r: Rng76): string => String(r.int(10000000, 999999999));
export const sortCode = (r: Rng76): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
export const ukAccount = (r: Rng76): string => String(r.int(10000000, 99999999));
export const deKonto = (r: Rng76): string => String(r.int(100000000, 9999999999));
export const blz = (r: Rng76): string => `${r.pick(['100', '200', '370', '500', '600', '700'])}${r.digits(5)}`;

// ---- credentials ----
const CRC_T = (() => { const t: number[] = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const ch of Buffer.from(s)) c = CRC_T[(c ^ ch) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function b62(n: number, w: number): string {
  let s = '';
  for (let i = 0; i < w; i++) { s = B62[n % 62] + s; n = Math.floor(n / 62); }
  return s;
}
/** A GitHub token with its CRC32 tail. */
export function ghToken(r: Rng76, prefix = r.pick(['ghp', 'gho', 'ghs', 'ghu'])): string {
  const body = r.b62(30);
  return `${prefix}_${body}${b62(crc32(body), 6)}`;
}
const b64u = (s: string): string => Buffer.from(s).toString('base64url');
export function jwt(r: Rng76, claims: Record<string, unknown> = {}): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const h = b64u(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.hex(8) } : {}) }));
  const iat = 1790000000 + r.int(0, 9000000);
  const p = b64u(JSON.stringify({ sub: String(r.int(100000, 99999999)), iat, exp: iat + 3600, ...claims }));
  return `${h}.${p}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}
const WORDS = ['Sommer', 'Frühling', 'Kennwort', 'Bärlauch', 'Größe', 'Été', 'Soleil', 'Château', 'Señal', 'Ñandú', 'Corazón', 'Saudade', 'Coração', 'Ciência', 'Gelato', 'Città',
  'Zomer', 'Wiosna', 'Źródło', 'Łódź', 'Çiçek', 'Güneş', 'Işık', 'Пароль', 'Весна', 'Москва', 'Київ', 'Сонце', 'さくら', 'ひまわり', '春眠', '密码', '秋天', '봄날', '하늘',
  'Αθήνα', 'Kärlek', 'Søvn', 'Hyvää', 'Příroda', 'Őszi', 'Iarnă', 'Hoàng', 'สวัสดี', 'पासवर्ड', 'שלום', 'مرحبا'];
/** A password, often with non-ASCII letters from the user's language. */
export function pw(r: Rng76): string {
  const k = r.int(0, 4);
  if (k === 0) return r.password(r.int(12, 20));
  if (k === 1) return `${r.pick(WORDS)}${r.int(1970, 2026)}${r.pick(['!', '#', '$', '%', '&', '?', '*', '@'])}${r.chars(LOWER + DIGITS, 2)}`;
  if (k === 2) return `${r.pick(WORDS)}_${r.chars(B62, 6)}${r.pick(['.', '!', '+', '-'])}${r.pick(WORDS)}`;
  if (k === 3) return `${r.chars(UPPER, 1)}${r.chars(LOWER, 4)}${r.pick(['ä', 'ö', 'ü', 'ß', 'é', 'ñ', 'ç', 'ø', 'å', 'ł', 'ş'])}${r.digits(3)}${r.pick(['!', '§', '€', '£', '¿', '¡'])}${r.chars(B62, 3)}`;
  return r.urlPassword(r.int(14, 22));
}
/** A password safe inside a URL userinfo. */
export const urlPw = (r: Rng76): string => r.urlPassword(r.int(14, 22));
export const hex32 = (r: Rng76): string => r.hex(32);
export const HEXU = HEX.toUpperCase();
export const mpToken = (r: Rng76): string => `APP_USR-${r.digits(16)}-${pad(r.int(10101, 123199), 6)}-${r.hex(32)}-${r.int(100000000, 999999999)}`;
export const mpPublicNeg = (r: Rng76): string => `APP_USR-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
export const razorKeyId = (r: Rng76): string => `rzp_live_${r.b62(14)}`;
export const mollieKey = (r: Rng76): string => `live_${r.b62(30)}`;
export const yandexOauth = (r: Rng76): string => `y0_AgAAAAA${r.chars(B64URL, 50)}`;
export const yandexCloudKey = (r: Rng76): string => `AQVN${r.chars(B64URL, 36)}`;
export const vkToken = (r: Rng76): string => `vk1.a.${r.chars(B64URL, 180)}`;
export const lineToken = (r: Rng76): string => `${r.chars(B62 + '+/', 171)}=`;
export const alibabaAk = (r: Rng76): string => `LTAI5t${r.b62(18)}`;
export const tencentSecretId = (r: Rng76): string => `AKID${r.b62(32)}`;
export const awsAk = (r: Rng76): string => `AKIA${r.chars(UPPER + '234567', 16)}`;
export const awsSecret = (r: Rng76): string => r.chars(B62 + '+/', 40);
export const stripeSk = (r: Rng76): string => `sk_live_51${r.b62(22)}${r.b62(24)}${r.b62(20)}`;
export const slackBot = (r: Rng76): string => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
export const slackHook = (r: Rng76): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const telegramBot = (r: Rng76): string => `${r.int(5000000000, 7999999999)}:AA${r.chars(B64URL, 33)}`;
export const sendgrid = (r: Rng76): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');
export const googleKey = (r: Rng76): string => `AIza${r.chars(B64URL, 35)}`;
export const ecKeyPem = (r: Rng76): string => {
  const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  const b = der.toString('base64').replace(/(.{64})/g, '$1\n').trim();
  return `-----BEGIN EC PRIVATE KEY-----\n${b}\n-----END EC PRIVATE KEY-----`;
};
export const rsaKeyBody = (r: Rng76): string => Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(260)]).toString('base64');
export const sessionHex = (r: Rng76): string => r.chars(HEXU, 32);
export const laravelSession = (r: Rng76): string => Buffer.from(JSON.stringify({ iv: r.b64(16), value: r.b64(48), mac: r.hex(64), tag: '' })).toString('base64').replace(/=+$/, '');
export const phpSess = (r: Rng76): string => r.chars(LOWER + DIGITS, 26);
export const awsSig = (r: Rng76): string => r.hex(64);
export const B64URL_ = B64URL;
