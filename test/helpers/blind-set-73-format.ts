/** Checks each planted value of set 73 against its own format: checksums of ids, cards, IBANs, CLABEs; provider token shapes. */
const nums = (s: string): number[] => [...s].map(Number);
const wsum = (ds: number[], ws: number[]): number => ds.reduce((a, d, i) => a + d * ws[i]!, 0);
const strip = (s: string): string => s.replace(/[\s.\-/()]/g, '');

function luhn(s: string): boolean {
  let sum = 0;
  nums(s).reverse().forEach((d, i) => {
    let v = i % 2 === 1 ? d * 2 : d;
    if (v > 9) v -= 9;
    sum += v;
  });
  return sum % 10 === 0;
}

function mod97iban(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  let m = 0;
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const t = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of t) m = (m * 10 + Number(d)) % 97;
  }
  return m === 1;
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (s: string): boolean => nums(s).reverse().reduce((c, d, i) => VD[c]![VP[i % 8]![d]!]!, 0) === 0;

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfv = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);
const mod11 = (ds: number[], ws: number[]): number => { const m = wsum(ds, ws) % 11; return m < 2 ? 0 : 11 - m; };

const CRC: number[] = [];
for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC.push(c >>> 0); }
const crc32 = (s: string): number => { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const b62 = (n: number): string => { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(6, '0'); };

const isB64 = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;
function jwtOk(v: string): boolean {
  const p = v.split('.');
  if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  try { return typeof JSON.parse(Buffer.from(p[0]!, 'base64url').toString()).alg === 'string' && typeof JSON.parse(Buffer.from(p[1]!, 'base64url').toString()).exp === 'number'; } catch { return false; }
}

const CHECKS: Record<string, (v: string) => boolean> = {
  us_ssn: (v) => { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return !!m && m[1] !== '000' && m[1] !== '666' && m[1]! < '900' && m[2] !== '00' && m[3] !== '0000'; },
  us_itin: (v) => { const m = /^9\d{2}-(\d{2})-\d{4}$/.exec(v); const g = Number(m?.[1]); return !!m && ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99)); },
  uk_nino: (v) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  uk_nhs: (v) => { const s = strip(v); if (!/^\d{10}$/.test(s)) return false; let c = 11 - (wsum(nums(s.slice(0, 9)), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (c === 11) c = 0; return c === Number(s[9]); },
  ca_sin: (v) => { const s = strip(v); return /^[1-79]\d{8}$/.test(s) && luhn(s); },
  fr_nir: (v) => { const s = strip(v); return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13)); },
  es_dni: (v) => { const m = /^(\d{8})-?([A-Z])$/.exec(v); return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2]; },
  es_nie: (v) => { const m = /^([XYZ])(\d{7})([A-Z])$/.exec(v); return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3]; },
  it_cf: (v) => /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && String.fromCharCode(65 + ([...v.slice(0, 15)].reduce((a, ch, i) => a + (i % 2 === 0 ? CF_ODD[cfv(ch)]! : cfv(ch)), 0) % 26)) === v[15],
  de_steuer_id: (v) => {
    const s = strip(v);
    if (!/^[1-9]\d{10}$/.test(s)) return false;
    let prod = 10;
    for (const d of s.slice(0, 10)) { let x = (Number(d) + prod) % 10; if (x === 0) x = 10; prod = (x * 2) % 11; }
    let c = 11 - prod; if (c === 10) c = 0;
    const counts = [...new Set(s.slice(0, 10))].map((d) => s.slice(0, 10).split(d).length - 1);
    return c === Number(s[10]) && counts.filter((n) => n > 1).length === 1;
  },
  nl_bsn: (v) => /^\d{9}$/.test(v) && (wsum(nums(v.slice(0, 8)), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  be_nn: (v) => { const s = strip(v); if (!/^\d{11}$/.test(s)) return false; const c = Number(s.slice(9)); return 97 - Number(BigInt(s.slice(0, 9)) % 97n) === c || 97 - Number(BigInt('2' + s.slice(0, 9)) % 97n) === c; },
  pl_pesel: (v) => /^\d{11}$/.test(v) && (10 - (wsum(nums(v.slice(0, 10)), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  se_pnr: (v) => { const s = strip(v); return /^(\d{10}|\d{12})$/.test(s) && luhn(s.slice(-10)); },
  dk_cpr: (v) => { const s = strip(v); return /^\d{10}$/.test(s) && wsum(nums(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0; },
  fi_hetu: (v) => { const m = /^(\d{6})[-+A-FYXWVU](\d{3})([0-9A-Y])$/.exec(v); return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3]; },
  no_fnr: (v) => {
    if (!/^\d{11}$/.test(v)) return false;
    let k1 = 11 - (wsum(nums(v.slice(0, 9)), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11); if (k1 === 11) k1 = 0;
    let k2 = 11 - (wsum(nums(v.slice(0, 10)), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (k2 === 11) k2 = 0;
    return k1 === Number(v[9]) && k2 === Number(v[10]);
  },
  pt_nif: (v) => /^[123]\d{8}$/.test(v) && mod11(nums(v.slice(0, 8)), [9, 8, 7, 6, 5, 4, 3, 2]) === Number(v[8]),
  br_cpf: (v) => { const s = strip(v); if (!/^\d{11}$/.test(s)) return false; const d = nums(s); return mod11(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) === d[9] && mod11(d.slice(0, 10), [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) === d[10]; },
  mx_curp: (v) => { const D = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'; return /^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(v) && (10 - ([...v.slice(0, 17)].reduce((a, ch, i) => a + D.indexOf(ch) * (18 - i), 0) % 10)) % 10 === Number(v[17]); },
  mx_rfc: (v) => { const D = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ'; if (!/^[A-Z&Ñ]{4}\d{6}[A-Z0-9]{3}$/.test(v)) return false; const m = [...v.slice(0, 12)].reduce((a, ch, i) => a + D.indexOf(ch) * (13 - i), 0) % 11; return (m === 0 ? '0' : 11 - m === 10 ? 'A' : String(11 - m)) === v[12]; },
  cl_rut: (v) => { const m = /^([\d.]+)-([\dK])$/.exec(v); if (!m) return false; const s = nums(m[1]!.replace(/\./g, '')).reverse().reduce((a, d, i) => a + d * [2, 3, 4, 5, 6, 7][i % 6]!, 0); const r = 11 - (s % 11); return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[2]; },
  ar_dni: (v) => /^\d{1,2}\.\d{3}\.\d{3}$/.test(v),
  ar_cuil: (v) => { const s = strip(v); if (!/^(20|23|24|27|30)\d{9}$/.test(s)) return false; let r = 11 - (wsum(nums(s.slice(0, 10)), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (r === 11) r = 0; return r === Number(s[10]); },
  in_aadhaar: (v) => { const s = strip(v); return /^[2-9]\d{11}$/.test(s) && verhoeff(s); },
  in_pan: (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  sg_nric: (v) => { const m = /^([ST])(\d{7})([A-Z])$/.exec(v); return !!m && 'JZIHGFEDCBA'[(wsum(nums(m[2]!), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3]; },
  my_mykad: (v) => { const m = /^\d{2}(\d{2})(\d{2})-\d{2}-\d{4}$/.exec(v); return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31; },
  hk_hkid: (v) => { const m = /^([A-Z])(\d{6})\(([\dA])\)$/.exec(v); if (!m) return false; const c = (11 - ((36 * 9 + (m[1]!.charCodeAt(0) - 55) * 8 + wsum(nums(m[2]!), [7, 6, 5, 4, 3, 2])) % 11)) % 11; return (c === 10 ? 'A' : String(c)) === m[3]; },
  kr_rrn: (v) => { const s = strip(v); return /^\d{13}$/.test(s) && (11 - (wsum(nums(s.slice(0, 12)), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]); },
  jp_my_number: (v) => { const s = strip(v); if (!/^\d{12}$/.test(s)) return false; const m = nums(s.slice(0, 11)).reverse().reduce((a, p, i) => a + p * (i < 6 ? i + 2 : i - 4), 0) % 11; return (m <= 1 ? 0 : 11 - m) === Number(s[11]); },
  cn_rid: (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[wsum(nums(v.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17],
  au_tfn: (v) => { const s = strip(v); return /^\d{9}$/.test(s) && wsum(nums(s), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0; },
  au_medicare: (v) => { const s = strip(v); return /^[2-6]\d{9}$/.test(s) && wsum(nums(s.slice(0, 8)), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(s[8]); },
  nz_ird: (v) => {
    const s = strip(v).padStart(9, '0');
    if (!/^\d{9}$/.test(s)) return false;
    const b = s.slice(0, 8).padStart(8, '0');
    let m = wsum(nums(b), [3, 2, 7, 6, 5, 4, 3, 2]) % 11; let c = m === 0 ? 0 : 11 - m;
    if (c === 10) { m = wsum(nums(b), [7, 4, 3, 2, 5, 2, 7, 6]) % 11; c = m === 0 ? 0 : 11 - m; }
    return c === Number(s[8]);
  },
  za_id: (v) => /^\d{13}$/.test(v) && luhn(v),
  ng_bvn: (v) => /^22\d{9}$/.test(v),
  ng_nin: (v) => /^\d{11}$/.test(v),
  tr_tckn: (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; const d = nums(v); return (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10]; },
  il_tz: (v) => /^\d{9}$/.test(v) && nums(v).reduce((a, x, i) => { const t = x * (i % 2 === 0 ? 1 : 2); return a + (t > 9 ? t - 9 : t); }, 0) % 10 === 0,
  passport: (v) => /^[A-Z0-9]{8,9}$/.test(v),
  driver_licence: (v) => /^[A-Z0-9-]{8,17}$/.test(v),
  iban: mod97iban,
  card: (v) => { const s = v.replace(/[ -]/g, ''); return /^\d{15,19}$/.test(s) && luhn(s); },
  mx_clabe: (v) => /^\d{18}$/.test(v) && (10 - ([...v.slice(0, 17)].reduce((a, ch, i) => a + ((Number(ch) * [3, 7, 1][i % 3]!) % 10), 0) % 10)) % 10 === Number(v[17]),
  uk_account: (v) => /^\d{8}$/.test(v),
  us_account: (v) => /^\d{9,12}$/.test(v),
  ca_account: (v) => /^\d{7,12}$/.test(v),
  au_account: (v) => /^\d{8,9}$/.test(v),
  in_account: (v) => /^\d{11,16}$/.test(v),
  br_conta: (v) => /^\d{5,7}-[\dX]$/.test(v),
  jp_account: (v) => /^\d{7}$/.test(v),
  email: (v) => /^("[^"]+"|[^\s@"]+)@[^\s@]+\.[^\s@]+$/u.test(v),
  phone: (v) => { const d = v.replace(/\D/g, ''); return /^[+(0-9]/.test(v) && d.length >= 8 && d.length <= 19; },
  date_of_birth: (v) => /(19[4-9]\d|200\d)/.test(v),
  ip_address: (v) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(v) && v.split('.').every((o) => Number(o) <= 255) && !/^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(v),
  stripe_sk: (v) => /^sk_live_[0-9A-Za-z]{24,107}$/.test(v),
  stripe_rk: (v) => /^rk_live_[0-9A-Za-z]{24,107}$/.test(v),
  stripe_whsec: (v) => /^whsec_[0-9A-Za-z]{32}$/.test(v),
  svix_whsec: (v) => v.startsWith('whsec_') && isB64(v.slice(6)),
  github_pat: (v) => /^ghp_[0-9A-Za-z]{36}$/.test(v) && b62(crc32(v.slice(4, 34))) === v.slice(34),
  aws_akid: (v) => /^AKIA[A-Z2-7]{16}$/.test(v),
  aws_secret: (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  slack_bot: (v) => /^xoxb-\d{10}-\d{13}-[A-Za-z0-9]{24}$/.test(v),
  slack_webhook: (v) => /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{10}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/.test(v),
  sendgrid: (v) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(v),
  twilio_sk: (v) => /^SK[0-9a-f]{32}$/.test(v),
  hex32: (v) => /^[0-9a-f]{32}$/.test(v),
  datadog: (v) => /^[0-9a-f]{32}$/.test(v),
  hex40: (v) => /^[0-9a-f]{40}$/.test(v),
  b62_20: (v) => /^[0-9A-Za-z]{20}$/.test(v),
  b62_32: (v) => /^[0-9A-Za-z]{32}$/.test(v),
  b62_40: (v) => /^[0-9A-Za-z]{40}$/.test(v),
  b62_64: (v) => /^[0-9A-Za-z]{64}$/.test(v),
  mailgun: (v) => /^key-[0-9a-f]{32}$/.test(v),
  onfido: (v) => /^api_live(_us|_ca)?\.[\w-]{11}\.[0-9A-Za-z]{32}$/.test(v),
  sumsub_app: (v) => /^prd:[0-9A-Za-z]{24}\.[0-9A-Za-z]{32}$/.test(v),
  persona: (v) => /^persona_production_[0-9a-f-]{36}$/.test(v),
  google_key: (v) => /^AIza[\w-]{35}$/.test(v),
  loqate: (v) => /^([A-Z]{2}\d{2}-){3}[A-Z]{2}\d{2}$/.test(v),
  mapbox_sk: (v) => { const p = v.split('.'); try { return p.length === 3 && p[0] === 'sk' && typeof JSON.parse(Buffer.from(p[1]!, 'base64url').toString()).u === 'string'; } catch { return false; } },
  here_key: (v) => /^[\w-]{43}$/.test(v),
  easypost: (v) => /^EZAK[0-9a-f]{54}$/.test(v),
  shippo: (v) => /^shippo_live_[0-9a-f]{40}$/.test(v),
  fedex_id: (v) => /^l7[0-9a-f]{32}$/.test(v),
  salesforce_at: (v) => /^00D[0-9A-Za-z]{12}!AQ[0-9A-Za-z]{2}AQ[\w.]{92}$/.test(v),
  salesforce_rt: (v) => /^5Aep861[\w.]{80}$/.test(v),
  hubspot: (v) => /^pat-(na1|eu1)-[0-9a-f-]{36}$/.test(v),
  azure_secret: (v) => /^[0-9A-Za-z]{3}8Q~[\w.~-]{34}$/.test(v),
  azure_storage: (v) => isB64(v) && v.length === 88,
  intercom: (v) => isB64(v) && Buffer.from(v, 'base64').toString().startsWith('tok:'),
  personio: (v) => /^papi-[0-9a-f-]{36}$/.test(v),
  paypal_secret: (v) => /^E[\w-]{79}$/.test(v),
  paypal_at: (v) => /^A21AA[\w-]{92}$/.test(v),
  adyen: (v) => /^AQE[0-9A-Za-z]{4}[A-Za-z0-9+/=]{60}-[A-Za-z0-9+/=]{44}-.{16}$/.test(v),
  checkout_sk: (v) => /^sk_[a-z0-9]{28}$/.test(v),
  okta: (v) => /^00[\w-]{40}$/.test(v),
  shopify_ss: (v) => /^shpss_[0-9a-f]{32}$/.test(v),
  shopify_at: (v) => /^shpat_[0-9a-f]{32}$/.test(v),
  jsessionid: (v) => /^[0-9A-F]{32}$/.test(v),
  phpsessid: (v) => /^[a-v0-9]{26}$/.test(v),
  aspnet: (v) => /^[a-z0-5]{24}$/.test(v),
  session_connect: (v) => /^s%3A[\w-]{32}\.[0-9A-Za-z%]{43}$/.test(v),
  session_rails: (v) => /^[0-9A-Za-z%]{120}--[0-9a-f]{40}$/.test(v),
  vonage: (v) => /^[0-9A-Za-z]{16}$/.test(v),
  pem_key: (v) => { const m = /^-----BEGIN RSA PRIVATE KEY-----\n([\s\S]+)\n-----END RSA PRIVATE KEY-----$/.exec(v); return !!m && isB64(m[1]!.replace(/\n/g, '')); },
  jwt: jwtOk,
  basic_auth: (v) => isB64(v) && /[:\0]/.test(Buffer.from(v, 'base64').toString()),
  plaid_access: (v) => /^access-production-[0-9a-f-]{36}$/.test(v),
  password: (v) => v.length >= 8 && /[A-Za-z]/.test(v) && /\d/.test(v),
  pin: (v) => /^\d{8}$/.test(v),
  webhook_secret: (v) => v.length >= 32,
  oauth_client_secret: (v) => v.length >= 32 && /^[\w~.-]+$/.test(v),
  laravel_app_key: (v) => isB64(v) && Buffer.from(v, 'base64').length === 32,
  sendgrid_verif: (v) => isB64(v),
};

export function formatOk73(kind: string, value: string): boolean {
  const f = CHECKS[kind];
  return f ? f(value) : true;
}
