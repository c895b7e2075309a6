import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { randomInt } from './seeded-random';

/** Random strings in the alphabets real tokens use (fresh on every call). */
const AL = {
  b62: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  lownum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  pw: 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@%^*-_',
};

/** n random characters of an alphabet. */
export function rnd(alpha: keyof typeof AL, n: number): string {
  const a = AL[alpha];
  let s = '';
  for (let i = 0; i < n; i++) s += a[randomInt(a.length)];
  return s;
}

/** A random element of a list. */
export const pick = <T>(xs: readonly T[]): T => xs[randomInt(xs.length)]!;

/** A Luhn-valid card number with a brand prefix and length. */
export function card(prefix: string, len: number): string {
  let s = prefix;
  while (s.length < len - 1) s += String(randomInt(10));
  for (let d = 0; d < 10; d++) {
    const c = s + d;
    let sum = 0;
    for (let i = 0; i < c.length; i++) {
      let x = Number(c[c.length - 1 - i]);
      if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
      sum += x;
    }
    if (sum % 10 === 0) return c;
  }
  throw new Error('unreachable');
}

/** A mod-97-valid IBAN for a country and BBAN length. */
export function iban(cc: string, bbanDigits: number): string {
  const bban = Array.from({ length: bbanDigits }, () => String(randomInt(10))).join('');
  const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  return `${cc}${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** An HS256-shaped JWT with a random payload and signature. */
export function jwt(): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: rnd('lownum', 12), iat: 1790000000 + randomInt(1e6), scope: 'read:orders' })}.${randomBytes(32).toString('base64url')}`;
}

/** A fresh RSA private key in PKCS#8 PEM (multi-line). */
export function pem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
}

/** A fresh OpenSSH ed25519 private key block (random body in the real format's shape). */
export function openssh(): string {
  const body = randomBytes(280).toString('base64');
  const lines = body.match(/.{1,70}/g)!.join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${lines}\n-----END OPENSSH PRIVATE KEY-----`;
}

/** A sha256 hex digest of random bytes. */
export const sha256 = (): string => createHash('sha256').update(randomBytes(16)).digest('hex');
/** A random UUID v4. */
export const uuid = (): string => crypto.randomUUID();
/** A human-chosen-looking password. */
export const password = (): string => pick(['Winter', 'Orchid', 'Falcon', 'Maple', 'Copper']) + rnd('pw', 6) + String(randomInt(10, 99)) + pick(['!', '#', '$', '%']);
