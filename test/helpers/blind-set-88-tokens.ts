import type { Rng88 } from './blind-set-88-rng';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const URLSAFE = B62 + '-_';

export const awsKeyId = (r: Rng88, temp = false): string => (temp ? 'ASIA' : 'AKIA') + r.str(B32, 16);
export const awsSecret = (r: Rng88): string => r.str(B62 + '+/', 40);
export const awsSession = (r: Rng88): string => 'FwoGZXIvYXdzE' + r.str(B62, 3) + r.b64(r.int(240, 300)).replace(/=+$/, '');
export const ghp = (r: Rng88, p: 'ghp' | 'gho' | 'ghs' | 'ghu' = 'ghp'): string => `${p}_${r.str(B62, 36)}`;
export const ghPat = (r: Rng88): string => `github_pat_11${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}_${r.str(B62, 59)}`;
export const glpat = (r: Rng88): string => `glpat-${r.str(URLSAFE, 20)}`;
export const npmTok = (r: Rng88): string => `npm_${r.str(B62, 36)}`;
export const pypiTok = (r: Rng88): string => `pypi-AgEIcHlwaS5vcmc${r.str(URLSAFE, r.int(140, 190))}`;
export const slackTok = (r: Rng88): string => (r.chance(0.5) ? `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}` : `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`);
export const slackHook = (r: Rng88): string => `https://hooks.slack.com/services/T${r.str(B32.slice(0, 26) + '0123456789', 8)}/B${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${r.alnum(24)}`;
export const stripeKey = (r: Rng88, p: 'sk_live' | 'rk_live' | 'sk_test' = 'sk_live'): string => `${p}_51${r.alnum(14)}${r.alnum(r.int(80, 83))}`;
export const whsec = (r: Rng88): string => `whsec_${r.alnum(32)}`;
export const sendgrid = (r: Rng88): string => `SG.${r.str(URLSAFE, 22)}.${r.str(URLSAFE, 43)}`;
export const twilioSid = (r: Rng88): string => `AC${r.hex(32)}`;
export const twilioKey = (r: Rng88): string => `SK${r.hex(32)}`;
export const googleKey = (r: Rng88): string => `AIza${r.str(URLSAFE, 35)}`;
export const hex = (r: Rng88, n: number): string => r.hex(n);
export const mailgun = (r: Rng88): string => `key-${r.hex(32)}`;
export const datadogKey = (r: Rng88): string => r.hex(32);
export const cratesTok = (r: Rng88): string => `cio${r.alnum(32)}`;
export const rubygemsTok = (r: Rng88): string => `rubygems_${r.hex(48)}`;
export const herokuKey = (r: Rng88): string => `HRKU-${r.str(URLSAFE, 60)}`;
export const cfToken = (r: Rng88): string => r.str(URLSAFE, 40);
export const azureKey = (r: Rng88): string => r.b64(64);
export const djangoKey = (r: Rng88): string => 'django-insecure-' + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);
export const laravelKey = (r: Rng88): string => 'base64:' + r.b64(32);
export const wpSalt = (r: Rng88): string => r.str(B62 + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|', 64).replace(/'/g, '!');
export const nugetPat = (r: Rng88): string => r.str('abcdefghijklmnopqrstuvwxyz234567', 52);
export const sentryToken = (r: Rng88): string => `sntrys_${r.b64url(90)}`;

/** A JWT with a real base64url JSON header and payload and a random signature. */
export function jwt(r: Rng88, claims: Record<string, unknown> = {}): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const header = r.chance(0.5) ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.hex(16) };
  const iat = 1_700_000_000 + r.int(0, 40_000_000);
  const payload = { sub: r.chance(0.5) ? r.digits(8) : `user_${r.lower(10)}`, iat, exp: iat + r.pick([900, 3600, 86400, 2592000]), ...claims };
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${r.b64url(alg === 'HS256' ? 32 : 64)}`;
}

const wrap = (b64: string, width: number): string => b64.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');

/** An OpenSSH-format private key block (openssh-key-v1, ed25519 or rsa), multi-line. */
export function opensshKey(r: Rng88, type: 'ed25519' | 'rsa' = 'ed25519'): string {
  const head = Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01', 'latin1');
  const body = Buffer.concat([head, Buffer.from(r.bytes(type === 'ed25519' ? 340 : 1750))]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

/** A PEM private key block (PKCS#1 RSA, PKCS#8 or EC) whose body starts like DER. */
export function pemKey(r: Rng88, label: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' = 'RSA PRIVATE KEY'): string {
  const n = label === 'EC PRIVATE KEY' ? 119 : r.pick([1190, 1192, 1217, 1218]);
  const der = Buffer.concat([Buffer.from(n > 127 ? [0x30, 0x82, (n - 4) >> 8, (n - 4) & 0xff] : [0x30, n - 2]), Buffer.from(r.bytes(n - (n > 127 ? 4 : 2)))]);
  return `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), 64)}\n-----END ${label}-----`;
}

/** An armored PGP private key block with a CRC line. */
export function pgpKey(r: Rng88): string {
  const body = Buffer.concat([Buffer.from([0x95, 0x03, 0x98, 0x04]), Buffer.from(r.bytes(r.int(900, 1100)))]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body, 64)}\n=${r.str(B62, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

const WORDS = [
  'correct',
  'horse',
  'battery',
  'staple',
  'orbit',
  'maple',
  'harbor',
  'velvet',
  'cactus',
  'lantern',
  'quartz',
  'meadow',
  'falcon',
  'copper',
  'juniper',
  'violet',
  'tundra',
  'pepper',
  'saffron',
  'glacier',
  'ember',
  'willow',
  'nebula',
  'otter',
];
const UNI = ['Straße', 'café', 'пароль', 'contraseña', 'mañana', 'Ünïcode', 'naïve', 'Ωmega', '密码', 'żółw'];

/** Password styles: `safe` has no spaces, quotes or comment characters; `url` is URL-safe; `any` may have all. */
export function password(r: Rng88, style: 'any' | 'safe' | 'url' = 'any'): string {
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const kinds = style === 'url' ? 3 : style === 'safe' ? 5 : 9;
  switch (r.int(0, kinds - 1)) {
    case 0:
      return r.alnum(r.int(12, 24));
    case 1:
      return cap(r.pick(WORDS)) + r.digits(r.int(2, 4)) + r.pick(['!', '-', '_', '.']) + cap(r.pick(WORDS));
    case 2:
      return r.some(WORDS, 4).join('-') + r.digits(2);
    case 3:
      return r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@$%^*!', r.int(14, 20));
    case 4:
      return `${cap(r.pick(WORDS))}@${r.digits(4)}${r.pick(['$', '%', '*', '!'])}${r.alnum(4)}`;
    case 5:
      return `${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.digits(2)}`;
    case 6:
      return `${r.alnum(5)}#${r.alnum(4)};${r.pick(WORDS)}&${r.digits(3)}`;
    case 7:
      return `${cap(r.pick(UNI))}${r.pick(['-', '!', ' '])}${r.digits(3)}${r.pick(UNI)}`;
    default:
      return `${r.alnum(4)}"${r.pick(WORDS)}'${r.digits(3)}${r.pick(['#', '&', ';'])}${r.alnum(3)}`;
  }
}

/** A multi-word passphrase. */
export const passphrase = (r: Rng88): string => r.some(WORDS, r.int(4, 6)).join(r.pick([' ', '-', '.'])) + (r.chance(0.5) ? ` ${r.digits(3)}` : '');

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
