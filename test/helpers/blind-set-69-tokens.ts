import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { EIN_PREFIXES, abaSum, ibanWithCheck, luhnDigit } from './blind-set-69-checks';

/** Provider secrets in their published shapes, and bank data; all freshly drawn. */
export const T = {
  onfidoToken: (r: Rng9): string => `${r.pick(['api_live', 'api_live', 'api_live_us', 'api_live_ca', 'api_sandbox'])}.${r.chars(B64URL, 11)}.${r.chars(B64URL, 32)}`,
  personaKey: (r: Rng9): string => `${r.pick(['persona_production', 'persona_production', 'persona_sandbox'])}_${r.uuid()}`,
  personaWebhook: (r: Rng9): string => `wbhsec_${r.uuid()}`,
  sumsubAppToken: (r: Rng9): string => `${r.pick(['prd', 'prd', 'sbx'])}:${r.b62(24)}.${r.b62(32)}`,
  sumsubSecret: (r: Rng9): string => r.b62(32),
  sumsubAccess: (r: Rng9): string =>
    r.next() < 0.5
      ? `_act-${r.pick(['prd', 'sbx'])}-jwt-${jwt(r, { alg: 'none' }, { jti: `_act-${r.uuid()}`, url: 'https://api.sumsub.com', exp: 1767225600 + r.int(0, 28000000) }, 0)}.`
      : `_act-${r.uuid()}`,
  middeskKey: (r: Rng9): string => `mk_live_${r.hex(32)}`,
  stripeSecret: (r: Rng9): string => `${r.pick(['sk_live', 'rk_live'])}_51${r.b62(22)}${r.b62(r.int(70, 76))}`,
  stripeWebhook: (r: Rng9): string => `whsec_${r.b62(32)}`,
  adobeToken: (r: Rng9, kind: 'A' | 'B' | 'C' = 'B'): string => `3AAABLblqZh${kind}${r.chars(B64URL, r.int(70, 96))}${r.next() < 0.5 ? '*' : ''}`,
  awsKeyId: (r: Rng9): string => r.pick(['AKIA', 'ASIA']) + r.chars(UPPER + '234567', 16),
  awsSecret: (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '+/', 40),
  alnum: (r: Rng9, n: number): string => r.chars(UPPER + LOWER + DIGITS, n),
  lowerAlnum: (r: Rng9, n: number): string => r.chars(LOWER + DIGITS, n),
  hmacKey: (r: Rng9): string => r.b64(32),
  hex: (r: Rng9, n: number): string => r.chars(HEX, n),
  b62: (r: Rng9, n: number): string => r.chars(B62, n),
};

/** A signed JWT with the given header and claims (signature of `sigBytes` random bytes). */
export function jwt(r: Rng9, header: object, claims: object, sigBytes = 256): string {
  const h = Buffer.from(JSON.stringify(header)).toString('base64url');
  const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${h}.${p}${sigBytes > 0 ? '.' + r.b64url(sigBytes) : ''}`;
}
/** A DocuSign access or refresh token: a JWS whose header says `MT` and whose payload is binary. */
export function docusignToken(r: Rng9): string {
  const h = Buffer.from(JSON.stringify({ typ: 'MT', alg: 'RS256', kid: r.uuid() })).toString('base64url');
  const body = Buffer.concat([Buffer.from([1, 10, 0, 0, 0, 1, 0, 5, 0, 7, 0]), r.bytes(r.int(150, 260))]).toString('base64url');
  return `${h}.${body}.${r.b64url(256)}`;
}

/** PEM private keys with a real DER prefix and 64-column lines. */
export function pemKey(r: Rng9, kind: 'rsa' | 'pkcs8' | 'ec' = 'rsa', eol = '\n'): string {
  let der: Buffer, label: string;
  if (kind === 'ec') {
    label = 'EC PRIVATE KEY';
    der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  } else if (kind === 'pkcs8') {
    label = 'PRIVATE KEY';
    der = Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 'hex'), r.bytes(1218 - 38)]);
  } else {
    label = 'RSA PRIVATE KEY';
    der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1192 - 12)]);
  }
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, `$1${eol}`)
    .replace(new RegExp(`${eol.replace(/\\/g, '\\\\')}$`), '');
  return `-----BEGIN ${label}-----${eol}${body}${eol}-----END ${label}-----`;
}

/** Basic authorization value for `user:pass`. */
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

// ---- financial ----
const n10 = (r: Rng9, n: number): string => r.digits(n);
/** An IBAN of one of several countries, compact or printed in groups of four. */
export function iban(r: Rng9, cc = r.pick(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'IE', 'CH', 'AT', 'SE', 'BR']), grouped = r.next() < 0.35): string {
  const bban: Record<string, () => string> = {
    DE: () => n10(r, 8) + n10(r, 10),
    GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + n10(r, 6) + n10(r, 8),
    IE: () => r.pick(['AIBK', 'BOFI']) + n10(r, 6) + n10(r, 8),
    FR: () => {
      const bank = n10(r, 5),
        br = n10(r, 5),
        acct = n10(r, 11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(br) + 3n * BigInt(acct)) % 97n);
      return bank + br + acct + String(key).padStart(2, '0');
    },
    ES: () => {
      const bank = n10(r, 4),
        br = n10(r, 4),
        acct = n10(r, 10);
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
      const dc = (s: string): number => {
        const v = 11 - ([...s].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 11);
        return v === 11 ? 0 : v === 10 ? 1 : v;
      };
      return bank + br + dc('00' + bank + br) + dc(acct) + acct;
    },
    IT: () => r.chars(UPPER, 1) + n10(r, 5) + n10(r, 5) + n10(r, 12),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + n10(r, 10),
    BE: () => {
      const x = n10(r, 10);
      return x + String(Number(BigInt(x) % 97n) || 97).padStart(2, '0');
    },
    PL: () => n10(r, 24),
    PT: () => n10(r, 21),
    CH: () => n10(r, 5) + n10(r, 12),
    AT: () => n10(r, 16),
    SE: () => n10(r, 20),
    BR: () => n10(r, 8) + n10(r, 5) + n10(r, 10) + r.pick(['C', 'P']) + r.pick(['1', '2']),
  };
  const s = ibanWithCheck(cc, bban[cc]!());
  return grouped ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}
/** A US ABA routing number with a valid checksum. */
export function aba(r: Rng9): string {
  const pre = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32']);
  for (;;) {
    const head = pre + r.digits(6);
    for (let d = 0; d <= 9; d++) if (abaSum(head + d) % 10 === 0) return head + d;
  }
}
export const account = (r: Rng9, lo = 8, hi = 12): string => String(r.int(1, 9)) + r.digits(r.int(lo, hi) - 1);
export const sortCode = (r: Rng9): string => `${r.pick(['20', '40', '60', '30', '11', '09'])}-${r.digits(2)}-${r.digits(2)}`;
export function card(r: Rng9, brand = r.pick(['visa', 'mc', 'amex'])): string {
  const base = brand === 'visa' ? '4' + r.digits(14) : brand === 'mc' ? `5${r.int(1, 5)}` + r.digits(13) : r.pick(['34', '37']) + r.digits(12);
  return base + luhnDigit(base);
}
export const ein = (r: Rng9): string => `${r.pick(EIN_PREFIXES)}-${r.digits(7)}`;
