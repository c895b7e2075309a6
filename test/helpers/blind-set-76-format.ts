import { verhoeffOk } from './blind-set-76-ids';

/** Format checks of the values planted in blind set 76: each value's own check digits or decodable structure. */

const digits = (s: string): string => s.replace(/[\s./-]/g, '');
const num = (s: string): number[] => [...s].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);

export function luhnOk(s: string): boolean {
  if (!/^\d+$/.test(s)) return false;
  let sum = 0;
  const a = num(s).reverse();
  for (let i = 0; i < a.length; i++) { let d = a[i]!; if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return sum % 10 === 0;
}
function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s)) return false;
  let m = 0;
  for (const ch of (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
}
function steuerOk(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  let p = 10;
  for (const d of num(s.slice(0, 10))) { let x = (d + p) % 10; if (x === 0) x = 10; p = (x * 2) % 11; }
  return (11 - p) % 10 === Number(s[10]);
}
function nirOk(v: string): boolean {
  const s = digits(v);
  return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
}
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniOk = (s: string): boolean => /^\d{8}[A-Z]$/.test(s) && DNI_L[Number(s.slice(0, 8)) % 23] === s[8];
const nieOk = (s: string): boolean => /^[XYZ]\d{7}[A-Z]$/.test(s) && DNI_L[Number('XYZ'.indexOf(s[0]!) + s.slice(1, 8)) % 23] === s[8];
function curpOk(s: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(s)) return false;
  const A = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let t = 0;
  for (let i = 0; i < 17; i++) t += A.indexOf(s[i]!) * (18 - i);
  return (10 - (t % 10)) % 10 === Number(s[17]);
}
function rfcOk(s: string): boolean {
  if (!/^[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}$/.test(s)) return false;
  const A = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
  const b = s.length === 12 ? ' ' + s : s;
  let t = 0;
  for (let i = 0; i < 12; i++) t += A.indexOf(b[i]!) * (13 - i);
  const m = t % 11;
  return (m === 0 ? '0' : 11 - m === 10 ? 'A' : String(11 - m)) === b[12];
}
function cpfOk(v: string): boolean {
  const d = num(digits(v));
  if (d.length !== 11) return false;
  for (const n of [9, 10]) { let t = 0; for (let i = 0; i < n; i++) t += d[i]! * (n + 1 - i); if (((t * 10) % 11) % 10 !== d[n]) return false; }
  return true;
}
function cnpjOk(v: string): boolean {
  const d = num(digits(v));
  if (d.length !== 14) return false;
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  for (const [w, at] of [[w1, 12], [[6, ...w1], 13]] as const) { const m = wsum(d, w as number[]) % 11; if ((m < 2 ? 0 : 11 - m) !== d[at]) return false; }
  return true;
}
function nifPtOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const c = 11 - (wsum(num(s), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === Number(s[8]);
}
function cfOk(s: string): boolean {
  if (!/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let t = 0;
  for (let i = 0; i < 15; i++) {
    const c = s[i]!;
    const k = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    t += i % 2 === 0 ? odd[k]! : k;
  }
  return String.fromCharCode(65 + (t % 26)) === s[15];
}
const bsnOk = (s: string): boolean => /^\d{9}$/.test(s) && (wsum(num(s), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11) === 0;
const peselOk = (s: string): boolean => /^\d{11}$/.test(s) && (10 - (wsum(num(s), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(s[10]);
function tcknOk(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const d = num(s);
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  return d10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10];
}
function snilsOk(v: string): boolean {
  const s = digits(v);
  if (!/^\d{11}$/.test(s)) return false;
  const t = wsum(num(s), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const c = t < 100 ? t : t === 100 || t === 101 ? 0 : t % 101 === 100 ? 0 : t % 101;
  return c === Number(s.slice(9));
}
function innOk(s: string): boolean {
  const d = num(s);
  const c = (w: number[]): number => (wsum(d, w) % 11) % 10;
  if (s.length === 12) return c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  return s.length === 10 && c([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
}
const rnokppOk = (s: string): boolean => /^\d{10}$/.test(s) && ((((wsum(num(s), [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10) === Number(s[9]);
function myNumberOk(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  let t = 0;
  for (let n = 1; n <= 11; n++) t += Number(s[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const m = t % 11;
  return (m <= 1 ? 0 : 11 - m) === Number(s[11]);
}
const cnIdOk = (s: string): boolean => /^\d{17}[\dX]$/.test(s) && '10X98765432'[wsum(num(s), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === s[17];
function krOk(v: string): boolean {
  const s = digits(v);
  return /^\d{13}$/.test(s) && (11 - (wsum(num(s), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]);
}
const dkOk = (v: string): boolean => { const s = digits(v); return /^\d{10}$/.test(s) && wsum(num(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0; };
function noOk(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = num(s);
  const k = (w: number[]): number => (11 - (wsum(d, w) % 11)) % 11;
  return k([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}
function hetuOk(s: string): boolean {
  const m = /^(\d{6})[-+A-F](\d{3})([0-9A-Y])$/.exec(s);
  return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3];
}
const czOk = (v: string): boolean => { const s = digits(v); return /^\d{10}$/.test(s) && BigInt(s) % 11n === 0n; };
const tajOk = (v: string): boolean => { const s = digits(v); return /^\d{9}$/.test(s) && wsum(num(s), [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === Number(s[8]); };
const cnpRoOk = (s: string): boolean => { if (!/^\d{13}$/.test(s)) return false; const m = wsum(num(s), num('279146358279')) % 11; return (m === 10 ? 1 : m) === Number(s[12]); };
const thOk = (v: string): boolean => { const s = digits(v); return /^\d{13}$/.test(s) && (11 - (wsum(num(s), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === Number(s[12]); };
function twOk(s: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(s)) return false;
  const n = 10 + 'ABCDEFGHJKLMNPQRSTUVXYWZIO'.indexOf(s[0]!);
  return (Math.floor(n / 10) + (n % 10) * 9 + wsum(num(s.slice(1)), [8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 === 0;
}
const CLABE_W = [3, 7, 1];
function clabeOk(s: string): boolean {
  if (!/^\d{18}$/.test(s)) return false;
  let t = 0;
  for (let i = 0; i < 17; i++) t += (Number(s[i]) * CLABE_W[i % 3]!) % 10;
  return (10 - (t % 10)) % 10 === Number(s[17]);
}
function cbuOk(s: string): boolean {
  if (!/^\d{22}$/.test(s)) return false;
  const c = (d: string, w: number[]): number => (10 - (wsum(num(d), w) % 10)) % 10;
  return c(s.slice(0, 7), [7, 1, 3, 9, 7, 1, 3]) === Number(s[7]) && c(s.slice(8, 21), [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]) === Number(s[21]);
}
const CRC = (() => { const t: number[] = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
function ghOk(s: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(s);
  if (!m) return false;
  let c = 0xffffffff;
  for (const ch of Buffer.from(m[1]!)) c = CRC[(c ^ ch) & 0xff]! ^ (c >>> 8);
  let n = (c ^ 0xffffffff) >>> 0;
  const B = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let tail = '';
  for (let i = 0; i < 6; i++) { tail = B[n % 62] + tail; n = Math.floor(n / 62); }
  return tail === m[2];
}
function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as { alg?: string };
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as unknown;
    return typeof h.alg === 'string' && typeof p === 'object' && Buffer.from(parts[2]!, 'base64url').length >= 32;
  } catch { return false; }
}
const b64dec = (s: string): string => Buffer.from(s, 'base64').toString('latin1');
function derOk(v: string): boolean {
  const body = v.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\\n|\s/g, '');
  return /^[A-Za-z0-9+/]+=*$/.test(body) && Buffer.from(body, 'base64')[0] === 0x30;
}

const CHECKS: Record<string, (v: string) => boolean> = {
  iban: ibanOk, card: (v) => luhnOk(v.replace(/ /g, '')) && /^\d{15,19}$/.test(v.replace(/ /g, '')), cvc: (v) => /^\d{3,4}$/.test(v),
  clabe: clabeOk, cbu: cbuOk, 'steuer-id': steuerOk, nir: nirOk, dni: dniOk, nie: nieOk, curp: curpOk, rfc: rfcOk, cpf: cpfOk, 'cnpj-mei': cnpjOk,
  'nif-pt': nifPtOk, 'codice-fiscale': cfOk, bsn: bsnOk, pesel: peselOk, tckn: tcknOk, snils: snilsOk, inn: innOk, rnokpp: rnokppOk,
  'my-number': myNumberOk, 'cn-id': cnIdOk, 'kr-rrn': krOk, 'se-pnr': (v) => /^\d{6}[-+]\d{4}$/.test(v) && luhnOk(digits(v)), 'dk-cpr': dkOk, 'no-fnr': noOk,
  'fi-hetu': hetuOk, 'il-id': (v) => /^\d{9}$/.test(v) && luhnOk(v), aadhaar: (v) => /^[2-9]\d{11}$/.test(digits(v)) && verhoeffOk(digits(v)),
  amka: (v) => /^\d{11}$/.test(v) && luhnOk(v), 'cz-rc': czOk, 'hu-taj': tajOk, 'ro-cnp': cnpRoOk, 'th-id': thOk, 'tw-id': twOk,
  'emirates-id': (v) => /^784-\d{4}-\d{7}-\d$/.test(v) && luhnOk(digits(v)), 'nss-mx': (v) => /^\d{11}$/.test(v) && luhnOk(v),
  'pan-in': (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v), 'vn-cccd': (v) => /^\d{12}$/.test(v), passport: (v) => /^([A-Z]{2}\d{7}|\d{2} \d{2} \d{6})$/.test(v),
  'email-urlencoded': (v) => /^[a-z0-9._%+-]+%40[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  'name-escaped': (v) => /^(\\u[0-9a-f]{4}| )+$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  'github-token': ghOk, jwt: jwtOk, 'private-key': derOk,
  'iban-base64': (v) => ibanOk(Buffer.from(v, 'base64').toString()),
  'basic-auth': (v) => /^[^:]+:.*$/.test(b64dec(v)), 'rakuten-esa': (v) => /^SP\d{6}_\w+:SL\d{6}_\w+$/.test(b64dec(v)),
  'iyzico-auth': (v) => /^apiKey:\w+&randomKey:\d+&signature:[0-9a-f]{64}$/.test(b64dec(v)),
  'mp-access-token': (v) => /^APP_USR-\d{16}-\d{6}-[0-9a-f]{32}-\d{9}$/.test(v),
  'stripe-key': (v) => /^sk_live_[0-9A-Za-z]{60,}$/.test(v), 'aws-access-key': (v) => /^AKIA[A-Z2-7]{16}$/.test(v),
  'aws-secret': (v) => /^[A-Za-z0-9+/]{40}$/.test(v), 'slack-webhook': (v) => /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(v),
  'slack-token': (v) => /^xoxb-\d+-\d+-[A-Za-z0-9]{24}$/.test(v), 'razorpay-key-id': (v) => /^rzp_live_[A-Za-z0-9]{14}$/.test(v),
  'mollie-key': (v) => /^live_[A-Za-z0-9]{30}$/.test(v), 'telegram-token': (v) => /^\d{9,10}:AA[A-Za-z0-9_-]{33}$/.test(v),
  'sendgrid-key': (v) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(v), 'google-server-key': (v) => /^AIza[\w-]{35}$/.test(v),
  'aliyun-ak': (v) => /^LTAI[A-Za-z0-9]{20}$/.test(v), 'tencent-secret-id': (v) => /^AKID[A-Za-z0-9]{32}$/.test(v),
  'url-signature': (v) => /^[0-9a-f]{64}$/.test(v) || Buffer.from(decodeURIComponent(v), 'base64').length === 20,
  'dingtalk-secret': (v) => /^SEC[0-9a-f]{64}$/.test(v), 'dingtalk-token': (v) => /^[0-9a-f]{64}$/.test(v),
  'line-token': (v) => v.length === 172 && v.endsWith('='), 'app-key': (v) => Buffer.from(v, 'base64').length === 32,
};

export function formatOk76(kind: string, value: string): boolean {
  const f = CHECKS[kind];
  return f ? f(value) : value.length > 0;
}
