import { ALPHA, Rng, base62, crc32, grouped, iban, luhnDigit } from './held-out-2-rng';

/** GitHub-style token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
export function checksummedToken(r: Rng, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32(body), 6);
}

/** Provider token generators in their published formats (prefix, length, alphabet, checksum). */
export const tok = {
  stripeSecret: (r: Rng) => r.pick(['sk_live_', 'rk_live_']) + (r.next() < 0.5 ? r.b62(24) : '51' + r.b62(97)),
  stripeWhsec: (r: Rng) => 'whsec_' + r.b62(32),
  twilioToken: (r: Rng) => r.hex(32),
  twilioSid: (r: Rng, p = 'AC') => p + r.hex(32),
  sendgrid: (r: Rng) => `SG.${r.str(ALPHA.b64url, 22)}.${r.str(ALPHA.b64url, 43)}`,
  mailgun: (r: Rng) => (r.next() < 0.5 ? 'key-' + r.hex(32) : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`),
  slackBot: (r: Rng) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`,
  slackUser: (r: Rng) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`,
  slackApp: (r: Rng) => `xapp-1-A${r.str(ALPHA.upper + ALPHA.digits, 10)}-${r.digits(13)}-${r.hex(64)}`,
  slackHook: (r: Rng) => `https://hooks.slack.com/services/T${r.str(ALPHA.upper + ALPHA.digits, 10)}/B${r.str(ALPHA.upper + ALPHA.digits, 10)}/${r.b62(24)}`,
  github: (r: Rng) => checksummedToken(r, r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_'])),
  githubPat: (r: Rng) => `github_pat_11${r.str(ALPHA.upper + ALPHA.digits, 20)}_${r.b62(59)}`,
  gitlab: (r: Rng) => 'glpat-' + r.str(ALPHA.b62 + '-_', 20),
  awsId: (r: Rng, p = 'AKIA') => p + r.str(ALPHA.b32.replace(/[01]/g, ''), 16),
  awsSecret: (r: Rng) => r.str(ALPHA.b64, 40),
  awsSession: (r: Rng) => (r.next() < 0.7 ? 'IQoJb3JpZ2luX2Vj' : 'FwoGZXIvYXdzE') + r.str(ALPHA.b64, r.int(300, 620)) + r.pick(['', '=', '==']),
  azureKey: (r: Rng) => r.str(ALPHA.b64, 86) + '==',
  azureSig: (r: Rng) => encodeURIComponent(r.str(ALPHA.b64, 43) + '='),
  ddApi: (r: Rng) => r.hex(32),
  ddApp: (r: Rng) => r.hex(40),
  sfSession: (r: Rng) => `00D${r.str(ALPHA.b62, 12)}!AQ${r.str(ALPHA.b62, 4)}${r.str(ALPHA.b62 + '._', 90)}`,
  sfRefresh: (r: Rng) => `5Aep861${r.str(ALPHA.b62 + '._', 80)}`,
  hubspot: (r: Rng) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${uuid(r)}`,
  shopify: (r: Rng) => r.pick(['shpat_', 'shpss_', 'shpca_']) + r.hex(32),
  npm: (r: Rng) => checksummedToken(r, 'npm_'),
  pypi: (r: Rng) => 'pypi-AgEIcHlwaS5vcmc' + r.str(ALPHA.b64url, r.int(140, 200)),
  openai: (r: Rng) => `sk-proj-${r.str(ALPHA.b64url, 74)}T3BlbkFJ${r.str(ALPHA.b64url, 74)}`,
  anthropic: (r: Rng) => `sk-ant-api03-${r.str(ALPHA.b64url, 93)}AA`,
  googleAccess: (r: Rng) => `ya29.a0${r.str(ALPHA.b64url, 160)}`,
  googleRefresh: (r: Rng) => `1//0${r.str(ALPHA.b64url, 99)}`,
  opaque: (r: Rng, n = 40) => r.b62(n),
};

/** A random v4 UUID. */
export function uuid(r: Rng): string {
  const h = r.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[r.int(0, 3)]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const PW_SYMBOLS = '!@#$%^*-_+=?.~';
/** A strong random password; `unsafe` allows `&`, `;`, `#` and spaces (quoted contexts only). */
export function password(r: Rng, opts: { unsafe?: boolean; urlSafe?: boolean } = {}): string {
  const n = r.int(12, 22);
  const alpha = ALPHA.b62 + (opts.urlSafe ? '-_.~' : PW_SYMBOLS) + (opts.unsafe ? '&;# ' : '');
  for (;;) {
    const p = r.str(alpha, n);
    if (!/[a-z]/.test(p) || !/[A-Z]/.test(p) || !/[0-9]/.test(p)) continue;
    if (opts.unsafe && !/[&;# ]/.test(p.slice(1, -1))) continue;
    if (/^\s|\s$/.test(p)) continue;
    return p;
  }
}

const WORDS = ['glacier', 'orbit', 'tumble', 'saffron', 'quartz', 'meadow', 'lantern', 'pivot', 'ember', 'harbor', 'cobalt', 'thistle', 'vortex', 'willow'];
/** A passphrase of four words and a number, separated by spaces or dashes. */
export function passphrase(r: Rng): string {
  const sep = r.pick([' ', '-', ' ']);
  return [r.pick(WORDS), r.pick(WORDS).toUpperCase(), r.pick(WORDS), String(r.int(10, 999)), r.pick(WORDS)].join(sep);
}

/** A PEM private key body: base64 lines of 64 (the DER is random bytes, the framing is real). */
export function pemBody(r: Rng, kind: 'RSA' | 'EC' | 'OPENSSH' | 'PKCS8'): string[] {
  const lead = {
    RSA: 'MIIEpAIBAAKCAQEA',
    EC: 'MHcCAQEEI',
    OPENSSH: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    PKCS8: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
  }[kind];
  const total = { RSA: 1580, EC: 160, OPENSSH: 380, PKCS8: 1600 }[kind];
  const all = lead + r.str(ALPHA.b64, total - lead.length);
  return grouped(all, kind === 'OPENSSH' ? 70 : 64, '\n').split('\n');
}

/** PEM header/footer label for a kind. */
export const pemLabel = { RSA: 'RSA PRIVATE KEY', EC: 'EC PRIVATE KEY', OPENSSH: 'OPENSSH PRIVATE KEY', PKCS8: 'PRIVATE KEY' } as const;

/** Card numbers by brand, Luhn-valid, never a published test number. */
export function card(r: Rng, brand?: 'visa' | 'mc' | 'amex' | 'discover' | 'jcb' | 'diners'): string {
  const b = brand ?? r.pick(['visa', 'mc', 'amex', 'discover', 'jcb', 'diners'] as const);
  const prefix = {
    visa: '4' + r.digits(5),
    mc: r.next() < 0.6 ? String(r.int(51, 55)) + r.digits(4) : String(r.int(2221, 2720)) + r.digits(2),
    amex: r.pick(['34', '37']) + r.digits(4),
    discover: '6011' + r.digits(2),
    jcb: String(r.int(3528, 3589)) + r.digits(2),
    diners: '36' + r.digits(4),
  }[b];
  const len = b === 'amex' ? 15 : b === 'diners' ? 14 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

/** Print form of a card: 4-4-4-4 (Amex 4-6-5, Diners 4-6-4) with a separator. */
export function cardPrint(num: string, sep: string): string {
  if (num.length === 16) return grouped(num, 4, sep);
  return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
}

/** An IBAN for one of a few countries, valid mod 97. */
export function ibanFor(r: Rng, cc?: 'DE' | 'GB' | 'FR' | 'NL' | 'ES' | 'IT'): string {
  const c = cc ?? r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT'] as const);
  const bban = {
    DE: () => r.digits(18),
    GB: () => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + r.digits(14),
    FR: () => r.digits(10) + r.str(ALPHA.upper + ALPHA.digits, 11) + r.digits(2),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
    ES: () => r.digits(20),
    IT: () => r.pick(ALPHA.upper.split('')) + r.digits(10) + r.str(ALPHA.upper + ALPHA.digits, 12),
  }[c]();
  return iban(c, bban);
}
