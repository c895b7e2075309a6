import { b64 } from './blind-set-86-enc';
import { githubChecksum } from './blind-set-86-format';
import type { Rng86 } from './blind-set-86-rng';

/** Blind set 86: identity-vendor and secrets-platform credentials in each provider's published shape. */

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export function jwt(r: Rng86, payload: Record<string, unknown>, alg: 'HS256' | 'RS256' | 'ES256' = 'RS256', kid?: string): string {
  const header: Record<string, unknown> = alg === 'HS256' ? { alg, typ: 'JWT' } : { ...(kid ? { kid } : {}), alg, ...(r.chance(0.5) ? { typ: 'JWT' } : {}) };
  return `${b64u(header)}.${b64u(payload)}.${r.b64url(alg === 'RS256' ? 342 : alg === 'ES256' ? 86 : 43)}`;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-';

export const T = {
  oktaApi: (r: Rng86): string => `00${r.str(B64URL, 40)}`,
  oktaClientId: (r: Rng86): string => `0oa${r.alnum(17)}`,
  oktaSecret: (r: Rng86): string => r.str(B64URL, r.chance(0.5) ? 40 : 64),
  oktaSessionToken: (r: Rng86): string => `20111${r.str(B64URL, 52)}`,
  oktaSid: (r: Rng86): string => `102${r.str(B64URL, 22)}`,
  oktaAccess: (r: Rng86, t: number, org: string, sub: string): string =>
    jwt(r, { ver: 1, jti: `AT.${r.str(B64URL, 43)}`, iss: `https://${org}.okta.com/oauth2/default`, aud: 'api://default', iat: t, exp: t + 3600, cid: `0oa${r.alnum(17)}`, uid: `00u${r.alnum(17)}`, scp: ['openid', 'profile', 'email', 'offline_access'], auth_time: t - 20, sub }, 'RS256', r.str(B64URL, 43)),
  auth0Secret: (r: Rng86): string => r.str(B64URL, 64),
  auth0Mgmt: (r: Rng86, t: number, tenant: string): string =>
    jwt(r, { iss: `https://${tenant}.us.auth0.com/`, sub: `${r.alnum(32)}@clients`, aud: `https://${tenant}.us.auth0.com/api/v2/`, iat: t, exp: t + 86400, scope: 'read:users update:users create:users read:logs', gty: 'client-credentials', azp: r.alnum(32) }, 'RS256', r.alnum(22)),
  refreshOpaque: (r: Rng86): string => r.str(B64URL, r.pick([43, 48, 64, 86])),
  kcSecret: (r: Rng86): string => (r.chance(0.7) ? r.alnum(32) : r.uuid()),
  azureSecret: (r: Rng86): string => `${r.alnum(3)}${r.int(1, 9)}Q~${r.str(AZ, 34)}`,
  azureRefresh: (r: Rng86): string => `0.A${r.str(B64URL, 8)}AA${r.str(B64URL + '.', r.int(700, 900))}`,
  googleSecret: (r: Rng86): string => `GOCSPX-${r.str(B64URL, 28)}`,
  googleRefresh: (r: Rng86): string => `1//0${r.str(B64URL, 99)}`,
  googleAccess: (r: Rng86): string => `ya29.${r.str(B64URL, r.int(150, 220))}`,
  duoIkey: (r: Rng86): string => `DI${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}`,
  duoSkey: (r: Rng86): string => r.alnum(40),
  vaultToken: (r: Rng86): string => r.weighted([[`hvs.CAESI${r.str(B64URL, 86)}`, 4], [`hvs.${r.alnum(24)}`, 2], [`hvb.AAAAAQ${r.str(B64URL, 130)}`, 1], [`s.${r.alnum(24)}`, 2]] as const),
  awsKey: (r: Rng86, temp = false): string => `${temp ? 'ASIA' : 'AKIA'}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (r: Rng86): string => r.b64(40),
  awsSession: (r: Rng86): string => `IQoJb3JpZ2luX2Vj${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', r.int(600, 900))}`,
  stytch: (r: Rng86): string => `secret-live-${r.str(B64URL, 32)}=`,
  clerk: (r: Rng86): string => `sk_live_${r.alnum(r.pick([40, 50]))}`,
  workos: (r: Rng86): string => `sk_${b64(`key_01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)},${r.alnum(24)}`).replace(/=+$/, '')}`,
  onelogin: (r: Rng86): string => r.hex(64),
  pingSecret: (r: Rng86): string => r.str(B64URL + '.~', 64),
  doppler: (r: Rng86): string => r.weighted([[`dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.alnum(40)}`, 3], [`dp.pt.${r.alnum(43)}`, 1], [`dp.sa.${r.alnum(43)}`, 1]] as const),
  infisical: (r: Rng86): string => `st.${r.uuid()}.${r.hex(32)}.${r.hex(32)}`,
  opService: (r: Rng86): string => `ops_${b64(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(22) }, email: `${r.lowerAlnum(12)}@1passwordserviceaccounts.com`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.upperAlnum(6)}-${r.upperAlnum(6)}-${r.upperAlnum(5)}-${r.upperAlnum(5)}-${r.upperAlnum(5)}-${r.upperAlnum(5)}`, throttleSecret: { seed: r.hex(64), uuid: r.upperAlnum(26) }, deviceUuid: r.lowerAlnum(26) })).replace(/=+$/, '')}`,
  opConnect: (r: Rng86, t: number): string => jwt(r, { '1password.com/auuid': r.upperAlnum(26), '1password.com/token': r.b64url(32), '1password.com/fts': ['vaultaccess'], '1password.com/vts': [{ u: r.lowerAlnum(26), a: 49152 }], aud: ['com.1password.connect'], sub: r.upperAlnum(26), iat: t, iss: 'com.1password.b5', jti: r.lowerAlnum(26) }, 'ES256', r.lowerAlnum(32)),
  conjur: (r: Rng86): string => r.str('abcdefghijklmnopqrstuvwxyz0123456789', r.int(51, 55)),
  cyberarkSession: (r: Rng86): string => `${r.hex(8).toUpperCase()}-${r.b64(200)}`,
  github: (r: Rng86): string => {
    const rnd = r.alnum(30);
    return `${r.pick(['ghp', 'gho', 'ghs'])}_${rnd}${githubChecksum(rnd)}`;
  },
  slackBot: (r: Rng86): string => `xoxb-${r.num(r.int(10, 13))}-${r.num(13)}-${r.alnum(24)}`,
  stripe: (r: Rng86): string => `${r.pick(['sk', 'rk'])}_live_${r.alnum(r.chance(0.5) ? 24 : 99)}`,
  twilioToken: (r: Rng86): string => r.hex(32),
  sendgrid: (r: Rng86): string => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  scimBearer: (r: Rng86): string => r.str(B64URL, r.pick([32, 44, 64])),
  totpSeed: (r: Rng86): string => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', r.pick([16, 26, 32])),
  session: (r: Rng86, kind: 'connect' | 'rails' | 'java' | 'php' | 'asp'): string =>
    kind === 'connect' ? `s%3A${r.str(B64URL, 32)}.${r.b64(43).replace(/\+/g, '%2B').replace(/\//g, '%2F')}` : kind === 'rails' ? `${r.b64(r.int(200, 320)).replace(/\+/g, '%2B').replace(/\//g, '%2F')}--${r.hex(40)}` : kind === 'java' ? `${r.hex(32).toUpperCase()}${r.chance(0.5) ? `.node${r.int(0, 3)}` : ''}` : kind === 'php' ? r.lowerAlnum(26) : `CfDJ8${r.str(B64URL, 200)}`,
  radiusSecret: (r: Rng86): string => r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+', r.int(16, 24)),
  hexKey: (r: Rng86, n: number): string => r.hex(n),
};

/** Passwords people really set (and paste): words of many languages, years, symbols, passphrases. */
export function password(r: Rng86): string {
  const words = ['Sommer', 'soleil', 'Primavera', 'Saudade', 'Zonnebloem', 'Kwiatek', 'sakura', 'Liverpool', 'Bayern', 'tulipan', 'Mumbai', 'Moskva', 'Dragon', 'Falcon', 'Winter', 'Autumn', 'Kedi', 'Shanghai'];
  const sym = r.pick(['!', '#', '$', '*', '@', '?', '%', '&', '.', '_', '-', '+', '"', '\\', "'", '<', '/']);
  switch (r.int(0, 7)) {
    case 0: return `${r.pick(words)}${r.int(1960, 2025)}${sym}`;
    case 1: return `${r.pick(words)}${sym}${r.digits(r.int(2, 4))}${r.pick(words).toLowerCase()}`;
    case 2: return r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', r.int(12, 20)) + sym;
    case 3: return `${r.pick(words)}-${r.pick(words).toLowerCase()}-${r.pick(words).toLowerCase()}-${r.digits(2)}`;
    case 4: return `${r.str('abcdefghijklmnopqrstuvwxyz', 4)}${r.digits(4)}${sym}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}`;
    case 5: return r.pick(['Straße', 'Żółw', 'Coração', 'Château', 'Пароль', 'Москва', '東京タワー', 'Ağustos']) + r.digits(4) + sym;
    case 6: return r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_=+[]{}<>?', r.int(20, 32));
    default: return `${r.pick(words)}${sym}${r.pick(words)}${r.digits(1)}`;
  }
}

/** The key under which a record stores a password, in the languages HR and directory tools use. */
export function pwKey(r: Rng86): string {
  return r.weighted([['password', 5], ['Passwort', 1], ['Kennwort', 1], ['mot_de_passe', 1], ['motDePasse', 1], ['contraseña', 1], ['senha', 1], ['wachtwoord', 1], ['hasło', 1], ['пароль', 1], ['密码', 1], ['パスワード', 1], ['passwd', 1], ['pwd', 1], ['initialPassword', 1], ['temp_password', 1]] as const);
}

/** A key a developer or admin pastes: [value, kind, label]. */
export function pastedKey(r: Rng86): [string, string, string] {
  switch (r.int(0, 9)) {
    case 0: return [T.stripe(r), 'stripe-key', 'stripe'];
    case 1: return [T.github(r), 'github-token', 'github'];
    case 2: return [T.awsSecret(r), 'aws-secret-key', 'aws_secret_access_key'];
    case 3: return [T.slackBot(r), 'slack-token', 'slack'];
    case 4: return [T.oktaApi(r), 'okta-token', 'okta'];
    case 5: return [T.azureSecret(r), 'azure-client-secret', 'azure'];
    case 6: return [T.googleSecret(r), 'google-client-secret', 'google'];
    case 7: return [T.sendgrid(r), 'sendgrid-key', 'sendgrid'];
    case 8: return [T.vaultToken(r), 'vault-token', 'vault'];
    default: return [T.twilioToken(r), 'twilio-auth-token', 'twilio'];
  }
}
