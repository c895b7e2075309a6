/**
 * Value generators for the held-out style scan corpus (test/helpers/scan-corpus.ts): every
 * value is made fresh from a seed in the format its issuer publishes, with the checksum where
 * the format has one (GitHub CRC32, Luhn, IBAN mod-97). Nothing here is a real credential.
 */

/** A seeded random source (mulberry32) with the helpers the generators use. */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  str(alphabet: string, n: number): string;
}

/** Creates a seeded random source. */
export function corpusRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    str: (alphabet: string, n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
}

/** Alphabets. */
export const A = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  b62: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  upper32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  upperNum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
};

/** CRC32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = ~0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Base62 of `n`, left-padded to `width`. */
export function base62(n: number, width: number): string {
  let s = '';
  while (n > 0) {
    s = A.b62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, '0');
}

/** A GitHub token with its CRC32 checksum (`ghp_` + 30 random + 6 base62 of the CRC). */
export function githubToken(r: Rng, prefix: string): string {
  const body = r.str(A.b62, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** Appends the Luhn check digit to `partial`. */
export function withLuhn(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = partial.charCodeAt(partial.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

/** A card number of a real brand range (Luhn-valid, not a published test number). */
export function cardNumber(r: Rng): string {
  const kind = r.int(0, 3);
  if (kind === 0) return withLuhn('4' + r.str(A.digits, 14));
  if (kind === 1) return withLuhn(String(r.int(51, 55)) + r.str(A.digits, 13));
  if (kind === 2) return withLuhn(r.pick(['34', '37']) + r.str(A.digits, 12));
  return withLuhn('6011' + r.str(A.digits, 11));
}

/** Groups a card number the way it is printed (4-4-4-4, or 4-6-5 for 15 digits). */
export function groupCard(n: string, sep: string): string {
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

/** An IBAN with a valid mod-97 check (DE, GB, FR or NL). */
export function iban(r: Rng): string {
  const [cc, bban] = r.pick([
    ['DE', () => r.str(A.digits, 18)],
    ['GB', () => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + r.str(A.digits, 14)],
    ['FR', () => r.str(A.digits, 23)],
    ['NL', () => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + r.str(A.digits, 10)],
  ] as const);
  const b = bban();
  const numeric = (b + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return cc + String(98 - rem).padStart(2, '0') + b;
}

/** A v4 UUID. */
export function uuid(r: Rng): string {
  return `${r.str(A.hex, 8)}-${r.str(A.hex, 4)}-4${r.str(A.hex, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(A.hex, 3)}-${r.str(A.hex, 12)}`;
}

/** Base64 of random bytes (standard alphabet, padded). */
export function b64bytes(r: Rng, n: number): string {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = r.int(0, 255);
  return bytes.toString('base64');
}

/** base64url JSON. */
function b64json(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A signed-looking JWT with a realistic header and claims. */
export function jwt(r: Rng): string {
  const header = b64json({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' });
  const payload = b64json({ sub: uuid(r), iat: 1790000000 + r.int(0, 1e6), exp: 1790003600 + r.int(0, 1e6), scope: 'read write' });
  return `${header}.${payload}.${r.str(A.b64url, 43)}`;
}

/** A PEM / OpenSSH / PGP private key block with `\n` line breaks (64-char body lines). */
export function privateKey(r: Rng): string {
  const kind = r.int(0, 3);
  const wrap = (b: string): string => b.match(/.{1,64}/g)!.join('\n');
  if (kind === 0) return `-----BEGIN RSA PRIVATE KEY-----\n${wrap('MIIEpAIBAAKCAQEA' + b64bytes(r, 900))}\n-----END RSA PRIVATE KEY-----`;
  if (kind === 1) return `-----BEGIN PRIVATE KEY-----\n${wrap('MIGHAgEAMBMGByqGSM49' + b64bytes(r, 120))}\n-----END PRIVATE KEY-----`;
  if (kind === 2) return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + b64bytes(r, 300))}\n-----END OPENSSH PRIVATE KEY-----`;
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap('lQOYBGV' + b64bytes(r, 600))}\n=${r.str(A.b64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A password as people choose them: mixed, with symbols, sometimes a passphrase with spaces. */
export function password(r: Rng, spaces = false): string {
  if (spaces && r.next() < 0.5) {
    const words = ['correct', 'horse', 'battery', 'staple', 'violet', 'Orbit', 'marble', 'Tundra', 'pickle', 'Lantern'];
    return `${r.pick(words)} ${r.pick(words)} ${r.pick(words)} ${r.int(10, 99)}`;
  }
  const core = r.str(A.b62, r.int(8, 14));
  const sym = spaces ? r.pick(['&', ';', '#', ' ', '!', '%', '@']) : r.pick(['!', '%', '@', '^', '*', '-']);
  const at = r.int(2, core.length - 2);
  return core.slice(0, at) + sym + core.slice(at) + r.int(1, 9);
}
