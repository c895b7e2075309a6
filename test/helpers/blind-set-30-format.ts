import { base62, bsnOk, cfLetter, cpfDigits, crc32, deTaxDigit, dniLetter, ibanOk, luhnOk, mod97, peselDigit, verhoeffOk } from './blind-set-30-checks';

/** Undoes the encodings values of set 30 are planted in: percent-, form- and JSON `\/` / `\uXXXX` escapes. */
export function decode30(v: string): string {
  let s = v.replace(/\\\//g, '/').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (/%[0-9A-F]{2}/i.test(s)) s = decodeURIComponent(s.replace(/\+/g, ' '));
  return s;
}

function b64decode(s: string): Buffer | undefined {
  const t = s.replace(/\\n/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t) || t.length % 4 !== 0) return undefined;
  return Buffer.from(t, 'base64');
}

function jwtOk(v: string): boolean {
  const p = v.split('.');
  if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(p[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const b = JSON.parse(Buffer.from(p[1]!, 'base64url').toString('utf8')) as unknown;
    return typeof h['alg'] === 'string' && typeof b === 'object' && b !== null;
  } catch {
    return false;
  }
}

function dateOk(v: string): boolean {
  let y: number, m: number, d: number;
  let g: RegExpMatchArray | null;
  if ((g = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
  else if ((g = v.match(/^(\d{2})\/(\d{2})\/(\d{4})$/))) [m, d, y] = [Number(g[1]), Number(g[2]), Number(g[3])];
  else if ((g = v.match(/^(\d{2})[./](\d{2})[./](\d{4})$/))) [d, m, y] = [Number(g[1]), Number(g[2]), Number(g[3])];
  else return false;
  // dd/mm/yyyy and mm/dd/yyyy share a shape: accept either reading.
  const ok = (mm: number, dd: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
  return y >= 1900 && y <= 2010 && (ok(m, d) || ok(d, m));
}

const CHECKS: Record<string, (v: string) => boolean> = {
  'card-number': (v) => /^[\d -]+$/.test(v) && luhnOk(v.replace(/\D/g, '')) && v.replace(/\D/g, '').length >= 13,
  iban: (v) => ibanOk(v),
  'us-bank-account': (v) => /^\d{8,17}$/.test(v),
  'uk-bank-account': (v) => /^\d{8}$/.test(v),
  'au-bank-account': (v) => /^\d{6,10}$/.test(v),
  'ca-bank-account': (v) => /^\d{7,12}$/.test(v),
  'br-bank-account': (v) => /^\d{6,9}-\d$/.test(v),
  'us-ssn': (v) => { const g = v.match(/^(\d{3})-?(\d{2})-?(\d{4})$/); return !!g && g[1] !== '000' && g[1] !== '666' && g[1]![0] !== '9' && g[2] !== '00' && g[3] !== '0000'; },
  'uk-nino': (v) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !/^(BG|GB|KN|NK|NT|TN|ZZ)/.test(v),
  'de-tax-id': (v) => { const s = v.replace(/ /g, ''); return /^[1-9]\d{10}$/.test(s) && deTaxDigit(s.slice(0, 10)) === s[10]; },
  'fr-nir': (v) => { const s = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(s) && String(97 - mod97(s.slice(0, 13))).padStart(2, '0') === s.slice(13); },
  'es-dni': (v) => { const g = v.match(/^(\d{8})-?([A-Z])$/); return !!g && dniLetter(Number(g[1])) === g[2]; },
  'es-nie': (v) => { const g = v.match(/^([XYZ])(\d{7})([A-Z])$/); return !!g && dniLetter(Number('XYZ'.indexOf(g[1]!) + g[2]!)) === g[3]; },
  'it-codice-fiscale': (v) => /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfLetter(v) === v[15],
  'nl-bsn': (v) => bsnOk(v),
  'br-cpf': (v) => { const s = v.replace(/[.-]/g, ''); return /^\d{11}$/.test(s) && cpfDigits(s.slice(0, 9)) === s.slice(9); },
  'pl-pesel': (v) => /^\d{11}$/.test(v) && peselDigit(v.slice(0, 10)) === v[10],
  'se-personnummer': (v) => { const s = v.replace('-', ''); return /^\d{10}$/.test(s) && luhnOk(s); },
  'ca-sin': (v) => { const s = v.replace(/ /g, ''); return /^\d{9}$/.test(s) && luhnOk(s); },
  'in-aadhaar': (v) => { const s = v.replace(/ /g, ''); return /^[2-9]\d{11}$/.test(s) && verhoeffOk(s); },
  email: (v) => /^[A-Za-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(decode30(v)),
  phone: (v) => { const d = decode30(v).replace(/\D/g, ''); return /^\+?[\d ()./-]+$/.test(decode30(v)) && d.length >= 9 && d.length <= 15; },
  'date-of-birth': dateOk,
  'person-name': (v) => /^\S+( \S+)+$/.test(v),
  'private-key': (v) => { const b = b64decode(v); return !!b && b[0] === 0x30 && b.length > 600; },
  'k8s-secret-b64': (v) => { const b = b64decode(v); return !!b && /^[\x21-\x7e]+$/.test(b.toString('utf8')); },
  'basic-auth': (v) => { const b = b64decode(v); return !!b && /^[^:\s]+:[^\s]*$/.test(b.toString('utf8')); },
  'smtp-auth-plain': (v) => { const b = b64decode(v); return !!b && /^[^\0]*\0[^\0]+\0[^\0]+$/.test(b.toString('utf8')); },
  'smtp-password-b64': (v) => { const b = b64decode(v); return !!b && /^[\x21-\x7e]+$/.test(b.toString('utf8')); },
  'intercom-access-token': (v) => { const b = b64decode(v); return !!b && /^tok:[0-9a-f]{8}(_[0-9a-f]{4}){3}_[0-9a-f]{12}:1:0$/.test(b.toString('utf8')); },
  'github-token': (v) => { const g = v.match(/^ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/); return !!g && base62(crc32(g[1]!), 6) === g[2]; },
  'sendgrid-api-key': (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  'mailchimp-api-key': (v) => /^[0-9a-f]{32}-us\d{1,2}$/.test(v),
  'hubspot-private-app-token': (v) => /^pat-(na|eu)\d-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'salesforce-access-token': (v) => /^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,}$/.test(v),
  'salesforce-refresh-token': (v) => /^5Aep861[A-Za-z0-9._]{80}$/.test(v),
  'stripe-secret-key': (v) => /^sk_live_[A-Za-z0-9]{90,}$/.test(v),
  'stripe-restricted-key': (v) => /^rk_live_[A-Za-z0-9]{90,}$/.test(v),
  'google-refresh-token': (v) => /^1\/\/0[A-Za-z0-9_-]{90,}$/.test(decode30(v)),
  'ses-smtp-password': (v) => { const b = b64decode(v); return !!b && b.length === 33 && b[0] === 4; },
  'klaviyo-private-key': (v) => /^pk_[0-9a-f]{34}$/.test(v),
  'marketo-access-token': (v) => /^[0-9a-f-]{36}:[a-z]{2,3}$/.test(v),
  'census-api-token': (v) => /^secret-token:[A-Za-z0-9]{32}$/.test(v),
};

/** Kinds planted as JWTs: their header and payload must decode to JSON. */
const JWT_KINDS = new Set(['jwt', 'sfmc-access-token', 'salesforce-jwt-assertion', 'gong-access-key-secret', 'calendly-pat']);

/**
 * Re-checks a planted value of blind set 30 against its own format: check digits (Luhn, mod-97,
 * national-id keys, Verhoeff, CRC32 of GitHub tokens), decodable structure (JWT, base64 of Basic
 * credentials, SMTP AUTH, PEM bodies) and documented shapes. True for kinds with nothing to check.
 */
export function formatOk30(kind: string, value: string): boolean {
  if (JWT_KINDS.has(kind)) return jwtOk(value);
  const check = CHECKS[kind];
  return check ? check(value) : true;
}
