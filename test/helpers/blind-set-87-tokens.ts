import { b64, b64Wrap } from './blind-set-87-enc';
import { githubChecksum } from './blind-set-87-format';
import type { Rng87 } from './blind-set-87-rng';

/** Blind set 87: credentials of healthcare, HR, payroll and benefits integrations, in each provider's shape. */

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export function jwt(r: Rng87, payload: Record<string, unknown>, alg: 'HS256' | 'RS256' | 'RS384' | 'ES384' = 'HS256', kid?: string): string {
  const header: Record<string, unknown> = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', ...(kid ? { kid } : {}) };
  return `${b64u(header)}.${b64u(payload)}.${r.b64url(alg === 'HS256' ? 43 : alg === 'ES384' ? 128 : 342)}`;
}

/** A PEM private key block (PKCS#1 or PKCS#8), 64-column lines, as a config or a log prints it. */
export function pemKey(r: Rng87, kind: 'RSA' | 'PKCS8' | 'EC' = r.pick(['RSA', 'PKCS8', 'EC'] as const)): string {
  const label = kind === 'RSA' ? 'RSA PRIVATE KEY' : kind === 'EC' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
  const head = kind === 'RSA' ? 'MIIEpAIBAAKCAQEA' : kind === 'EC' ? 'MIGkAgEBBDA' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC';
  const body = head + r.b64(kind === 'EC' ? 205 - head.length : 1588 - head.length) + (kind === 'EC' ? '=' : '');
  return `-----BEGIN ${label}-----\n${b64Wrap(body)}\n-----END ${label}-----`;
}

/** An ASCII-armored PGP secret key block, as EDI encryption configs hold it. */
export function pgpKey(r: Rng87): string {
  const body = 'lQdGBG' + r.b64(1300);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${r.chance(0.4) ? 'Version: GnuPG v2\n' : ''}\n${b64Wrap(body, 64)}\n=${r.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

export const T = {
  awsKey: (r: Rng87): string => `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (r: Rng87): string => r.b64(40),
  azureKey: (r: Rng87): string => `${r.b64(86)}==`,
  github: (r: Rng87): string => {
    const rnd = r.alnum(30);
    return `${r.pick(['ghp', 'gho', 'ghs'])}_${rnd}${githubChecksum(rnd)}`;
  },
  slackBot: (r: Rng87): string => `xoxb-${r.num(r.int(10, 13))}-${r.num(13)}-${r.alnum(24)}`,
  slackWebhook: (r: Rng87): string => `https://hooks.slack.com/services/T${r.upperAlnum(r.int(8, 10))}/B${r.upperAlnum(r.int(8, 10))}/${r.alnum(24)}`,
  stripe: (r: Rng87): string => `${r.pick(['sk', 'rk'])}_live_${r.alnum(r.chance(0.5) ? 24 : 99)}`,
  stripeWhsec: (r: Rng87): string => `whsec_${r.alnum(32)}`,
  adyen: (r: Rng87): string => `AQE${r.pick(['yhmfx', 'thmfx', 'rhmfu'])}${r.b64(82)}==-${r.b64(43)}=-${r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 16)}`,
  ddApi: (r: Rng87): string => r.hex(32),
  hex: (r: Rng87, n: number): string => r.hex(n),
  opaque: (r: Rng87, n: number): string => r.b64url(n),
  clientSecret: (r: Rng87): string => r.pick([r.b64url(40), r.alnum(48), `${r.alnum(8)}~${r.b64url(30)}`, r.hex(64)]),
  epic: (r: Rng87): string => r.b64url(r.int(120, 180)),
  athena: (r: Rng87): string => r.alnum(28),
  cerner: (r: Rng87, t: number, tenant: string): string => jwt(r, { sub: 'system', urn: `urn:cerner:tenant:${tenant}`, scope: 'system/Patient.read system/Coverage.read', iss: 'https://authorization.cerner.com/', exp: t + 570, iat: t, jti: r.uuid() }, 'ES384', r.uuid()),
  docusignToken: (r: Rng87, t: number): string => `eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5LWFmMWMtNjg5ODEyMjAzMzE3In0.${b64u({ TokenType: 5, IssueInstant: t, expires: t + 28800, UserId: r.uuid(), site: 1, amr: ['interactive'], auth_time: t, AuthenticationMethod: 'JWTBearer', scp: ['signature', 'impersonation'], azp: r.uuid(), ispi: r.uuid() })}.${r.b64url(342)}`,
  gusto: (r: Rng87): string => r.b64url(43),
  rippling: (r: Rng87): string => r.alnum(64),
  checkr: (r: Rng87): string => r.hex(40),
  greenhouse: (r: Rng87): string => r.hex(32),
  lever: (r: Rng87): string => r.b64url(48).replace(/[-_]/g, 'Q'),
  bamboo: (r: Rng87): string => r.hex(40),
  deel: (r: Rng87): string => `deel_${r.pick(['live', 'prod'])}_${r.alnum(48)}`,
  brex: (r: Rng87): string => `bxt_${r.alnum(42)}`,
  expensify: (r: Rng87): string => r.hex(40),
  sendgrid: (r: Rng87): string => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  twilio: (r: Rng87): string => r.hex(32),
  workdayRefresh: (r: Rng87): string => r.alnum(r.int(80, 128)),
  basic: (user: string, secret: string): string => b64(`${user}:${secret}`),
};

const WORDS = ['Sommer', 'Klinik', 'soleil', 'Primavera', 'verano', 'Saudade', 'gattino', 'Zonnebloem', 'Kwiatek', 'sakura', 'Payroll', 'Blessed', 'Liverpool', 'Bayern', 'Tulipan', 'Maison', 'Bluebird', 'Harbor', 'Cascade', 'Medic'];
/** Passwords service accounts and people really have. */
export function password(r: Rng87): string {
  const sym = r.pick(['!', '#', '$', '*', '@', '?', '%', '&', '.', '_', '-', '+', '^', '|']);
  switch (r.int(0, 6)) {
    case 0: return `${r.pick(WORDS)}${r.int(1960, 2026)}${sym}`;
    case 1: return `${r.pick(WORDS)}${sym}${r.digits(r.int(2, 4))}${r.pick(WORDS).toLowerCase()}`;
    case 2: return r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', r.int(12, 20)) + sym;
    case 3: return `${r.pick(WORDS)}.${r.pick(WORDS)}.${r.digits(2)}`;
    case 4: return `${r.str('abcdefghijklmnopqrstuvwxyz', 4)}${r.digits(4)}${sym}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}`;
    case 5: return r.pick(['Straße', 'Ağustos', 'Żółw', 'Coração', 'Château', 'Niño', 'Пароль', 'Frühling']) + r.digits(4) + sym;
    default: return r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%*+=?@', r.int(16, 32));
  }
}

/** Key names for a password in several languages and spellings. */
export const PW_KEYS = ['password', 'passwd', 'pwd', 'Password', 'PASSWORD', 'sftpPassword', 'sftp_password', 'db.password', 'isu-password', 'Passwort', 'kennwort', 'mot_de_passe', 'motDePasse', 'contraseña', 'clave', 'senha', 'wachtwoord', 'hasło', 'haslo', 'parola', 'пароль', '密码', 'パスワード', 'lösenord', 'salasana'];

/** A key a person pastes into a ticket or a chat: [value, kind, label]. */
export function pastedKey(r: Rng87): [string, string, string] {
  switch (r.int(0, 5)) {
    case 0: return [T.stripe(r), 'stripe-key', 'Stripe key'];
    case 1: return [T.github(r), 'github-token', 'GitHub token'];
    case 2: return [T.slackBot(r), 'slack-token', 'Slack bot token'];
    case 3: return [T.awsSecret(r), 'aws-secret-key', 'AWS secret'];
    case 4: return [T.sendgrid(r), 'sendgrid-key', 'SendGrid key'];
    default: return [T.slackWebhook(r), 'slack-webhook', 'Slack webhook'];
  }
}
