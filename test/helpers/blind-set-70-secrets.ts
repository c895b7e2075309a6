import { B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { crc24b64_70 } from './blind-set-70-check';
import { nationalId70, person70, type Person70 } from './blind-set-70-people';

export type Group70 = 'credential' | 'personal' | 'financial';
export interface Value70 { value: string; kind: string; group: Group70 }

/** One case being built: its random stream and the values it plants. */
export class Case70 {
  readonly vals: Value70[] = [];
  constructor(readonly r: Rng9) {}
  /** Marks a credential and returns it. */
  c(value: string, kind: string): string { this.vals.push({ value, kind, group: 'credential' }); return value; }
  /** Marks a personal value and returns it. */
  p(value: string, kind: string): string { this.vals.push({ value, kind, group: 'personal' }); return value; }
  /** Marks a financial value and returns it. */
  f(value: string, kind: string): string { this.vals.push({ value, kind, group: 'financial' }); return value; }
  /** A fresh person (nothing marked yet). */
  who(cc?: string): Person70 { return person70(this.r, cc); }
  /** A request / trace id (not secret). */
  rid(): string { return this.r.uuid(); }
  /** An ISO timestamp in 2026. */
  ts(): string {
    const r = this.r;
    return `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = DIGITS + UPPER + LOWER;

/** Credential generators in the formats the providers publish or issue. */
export const S70 = {
  awsKeyId: (r: Rng9) => r.pick(['AKIA', 'ASIA']) + r.chars(B32, 16),
  awsSecret: (r: Rng9) => r.chars(ALNUM + '+/', 40),
  sendgrid: (r: Rng9) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  opaque: (r: Rng9, n: number) => r.chars(ALNUM, n),
  b64url: (r: Rng9, n: number) => r.b64url(n),
  hex: (r: Rng9, n: number) => r.hex(n),
  avalaraLicense: (r: Rng9) => r.chars('0123456789ABCDEF', 16),
  plaidSecret: (r: Rng9) => r.hex(30),
  plaidAccess: (r: Rng9) => `access-production-${r.uuid()}`,
  twilioToken: (r: Rng9) => r.hex(32),
  slackBot: (r: Rng9) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`,
  slackHook: (r: Rng9) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  githubPat: (r: Rng9) => `ghp_${r.chars(ALNUM, 36)}`,
  azureKey: (r: Rng9) => r.b64(64),
  stripeLive: (r: Rng9) => `sk_live_${r.chars(ALNUM, 99)}`,
  dwollaSecret: (r: Rng9) => r.chars(ALNUM, 50),
  modernTreasury: (r: Rng9) => `live-${r.chars(ALNUM, 64)}`,
  password: (r: Rng9, n?: number) => r.password(n ?? r.int(12, 22)),
  urlPassword: (r: Rng9) => r.urlPassword(r.int(12, 20)),
  /** A password with characters that must be percent-encoded in a form body, and its encoded form. */
  formPassword: (r: Rng9): [string, string] => {
    const raw = r.chars(ALNUM, 5) + r.pick(['&', '+', '%', '=', '#', '@', '/']) + r.chars(ALNUM, 6) + r.pick(['!', '$', '?', ' ']) + r.chars(ALNUM, 3);
    return [raw, encodeURIComponent(raw)];
  },
};

/** A signed JWT (RS256 or HS256) with the given claims. */
export function jwt70(r: Rng9, claims: Record<string, unknown>, alg: 'RS256' | 'HS256' = 'RS256'): string {
  const h = Buffer.from(JSON.stringify(alg === 'RS256' ? { alg, kid: r.hex(16).toUpperCase(), typ: 'JWT' } : { alg, typ: 'JWT' })).toString('base64url');
  const now = 1780000000 + r.int(0, 9000000);
  const p = Buffer.from(JSON.stringify({ ...claims, iat: now, nbf: now, exp: now + 3600, jti: r.hex(32) })).toString('base64url');
  return `${h}.${p}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

function wrap(b64: string, n: number): string {
  return (b64.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join('\n');
}

/** A PEM private key (PKCS#8, PKCS#1 RSA, SEC1 EC or OpenSSH) with a plausible DER prefix. */
export function pem70(r: Rng9, type: 'PRIVATE KEY' | 'RSA PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
  let der: Buffer;
  if (type === 'EC PRIVATE KEY') der = Buffer.concat([Buffer.from('307702010104', 'hex'), Buffer.from([0x20]), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  else if (type === 'RSA PRIVATE KEY') der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]);
  else if (type === 'OPENSSH PRIVATE KEY') der = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.from('000000046e6f6e65000000046e6f6e650000000000000001', 'hex'), r.bytes(360)]);
  else if (type === 'ENCRYPTED PRIVATE KEY') der = Buffer.concat([Buffer.from('30820525305706092a864886f70d01050d304a', 'hex'), r.bytes(1300)]);
  else der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7', 'hex'), r.bytes(1191)]);
  const w = type === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  return `-----BEGIN ${type}-----\n${wrap(der.toString('base64'), w)}\n-----END ${type}-----`;
}

/** An ASCII-armoured OpenPGP secret key block with a correct CRC-24 line. */
export function pgp70(r: Rng9, comment: boolean): string {
  const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), Buffer.from([4]), r.bytes(4), Buffer.from([1, 0x08, 0x00]), r.bytes(r.int(900, 1200))]);
  const head = comment ? 'Comment: GPG4Win / payroll-sftp export\n\n' : '\n';
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${head}${wrap(body.toString('base64'), 64)}\n=${crc24b64_70(body)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A JSON-escaped form of a multi-line secret (newlines as \n). */
export const jsonEsc70 = (s: string): string => JSON.stringify(s).slice(1, -1);

/** HTTP Basic credential for user:pass. */
export const basic70 = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

/** JSON string escaping with every non-ASCII character as \uXXXX (what many SDKs emit). */
export function asciiJson70(s: string): string {
  return s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** XML/HTML numeric character references for non-ASCII characters. */
export function xmlRefs70(s: string): string {
  return s.replace(/[\u0080-\uffff]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/’/g, '&#8217;');
}

/** One template of set 70: its source, name and a maker that writes the text and marks its values. */
export interface Tpl70 { src: string; name: string; make: (c: Case70) => string }

/** Marks and returns a person's national id (kind by country). */
export function nid70(c: Case70, p: Person70): string {
  const [v, k] = nationalId70(c.r, p);
  return c.p(v, k);
}
