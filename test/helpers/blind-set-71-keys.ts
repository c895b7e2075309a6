import { B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** A password of one of the shapes admins actually set on integration accounts. */
export function pw71(r: Rng9): string {
  const shape = r.int(0, 5);
  if (shape === 0) return r.password(r.int(12, 20));
  if (shape === 1) return r.urlPassword(r.int(10, 16));
  if (shape === 2) return `${r.pick(['Edi', 'Sftp', 'Batch', 'Mq', 'Sap', 'Tibco'])}${r.pick(['#', '@', '!', '$', '&'])}${r.chars(UPPER + LOWER + DIGITS, r.int(6, 10))}${r.int(10, 99)}`;
  if (shape === 3) return `${r.chars(LOWER, 4)}-${r.chars(LOWER, 5)}-${r.chars(LOWER, 4)}-${r.int(10, 99)}`;
  if (shape === 4) return r.chars(UPPER + LOWER + DIGITS + '!#$%&*+=?@^_~', r.int(14, 24));
  return `${r.chars(UPPER, 1)}${r.chars(LOWER, 5)}${r.pick(['%', ';', '"', "'", '<', '&', '\\'])}${r.chars(DIGITS + UPPER, 5)}`;
}

/** An RACF/mainframe password (eight upper-case characters, national characters allowed). */
export const racf71 = (r: Rng9): string => r.chars(UPPER, 1) + r.chars(UPPER + DIGITS + '#$@', 6) + r.chars(DIGITS, 1);

/** An AWS access key id. */
export const akid71 = (r: Rng9): string => `${r.pick(['AKIA', 'ASIA'])}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;

/** An AWS secret access key. */
export const awsSecret71 = (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '+/', 40);

/** A base64 key of `n` random bytes. */
export const b64key71 = (r: Rng9, n: number): string => r.b64(n);

/** SAP XSUAA client secret (`<uuid>$<base64>=`). */
export const xsuaa71 = (r: Rng9): string => `${r.uuid()}$${r.b64(32).replace(/=+$/, '').replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'))}=`;

/** A TIBCO obfuscated password (`#!` and reversible base64). */
export const tibco71 = (r: Rng9): string => `#!${r.b64(r.pick([24, 27, 30])).replace(/=+$/, '')}`;

/** A basic-auth credential (base64 of user:password). */
export function basic71(r: Rng9, user: string): { pw: string; b64: string } {
  const pw = r.urlPassword(r.int(12, 18));
  return { pw, b64: Buffer.from(`${user}:${pw}`).toString('base64') };
}

/** A JWT with a realistic header and claims (signature random). */
export function jwt71(r: Rng9, claims: Record<string, unknown>): string {
  const alg = r.pick(['RS256', 'HS256', 'ES256']);
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'HS256' ? {} : { kid: r.hex(16) }) })).toString('base64url');
  const p = Buffer.from(JSON.stringify({ iat: 1780000000 + r.int(0, 9e6), exp: 1790000000 + r.int(0, 9e6), jti: r.uuid(), ...claims })).toString('base64url');
  return `${h}.${p}.${r.b64url(alg === 'ES256' ? 64 : alg === 'HS256' ? 32 : 256)}`;
}

const lines64 = (b64: string, sep: string): string => b64.match(/.{1,64}/g)!.join(sep);

/** A PEM private key body of the given type with a real DER header. */
export function pem71(r: Rng9, type: 'RSA' | 'PKCS8' | 'EC' | 'OPENSSH' | 'ENCRYPTED', sep = '\n'): string {
  let der: Buffer;
  let label: string;
  if (type === 'EC') {
    der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
    label = 'EC PRIVATE KEY';
  } else if (type === 'OPENSSH') {
    der = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.from('000000046e6f6e65000000046e6f6e6500000000000000010000003300000000b7373682d6564323535313900000020', 'hex'), r.bytes(180)]);
    label = 'OPENSSH PRIVATE KEY';
  } else if (type === 'RSA') {
    der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(r.pick([600, 700, 900]))]);
    label = 'RSA PRIVATE KEY';
  } else if (type === 'ENCRYPTED') {
    der = Buffer.concat([Buffer.from('308205063040', 'hex'), Buffer.from('06092a864886f70d01050d3033', 'hex'), r.bytes(r.pick([500, 800]))]);
    label = 'ENCRYPTED PRIVATE KEY';
  } else {
    der = Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8', 'hex'), r.bytes(r.pick([600, 900, 1190]))]);
    label = 'PRIVATE KEY';
  }
  return `-----BEGIN ${label}-----${sep}${lines64(der.toString('base64'), sep)}${sep}-----END ${label}-----`;
}

/** CRC-24 of OpenPGP armor. */
export function crc24of71(b: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of b) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** An armored OpenPGP secret key block (with a valid CRC-24). */
export function pgp71(r: Rng9): string {
  const data = Buffer.concat([Buffer.from('9558', 'hex'), Buffer.from([4]), r.bytes(4), Buffer.from([22, 9, 43, 6, 1, 4, 1, 218, 71, 15, 1, 1, 7, 64]), r.bytes(120)]);
  const crc = Buffer.from([0, 0, 0]);
  const c = crc24of71(data);
  crc[0] = c >> 16; crc[1] = (c >> 8) & 255; crc[2] = c & 255;
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines64(data.toString('base64'), '\n')}\n=${crc.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A PuTTY private key file (PPK v3) as WinSCP/Boomi SFTP connectors hold it. */
export function ppk71(r: Rng9, comment: string): string {
  const pub = Buffer.concat([Buffer.from('0000000b7373682d6564323535313900000020', 'hex'), r.bytes(32)]).toString('base64');
  const priv = Buffer.concat([Buffer.from('00000020', 'hex'), r.bytes(32)]).toString('base64');
  return `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ${comment}\nPublic-Lines: 2\n${lines64(pub, '\n')}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${r.hex(64)}`;
}

/** A base64 Kerberos keytab (file format 0x0502, one entry with an AES key). */
export function keytab71(r: Rng9, principal: string, realm: string): string {
  const parts = principal.split('/');
  const str = (s: string) => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s, 'latin1')]);
  const body = Buffer.concat([Buffer.from([0, parts.length]), str(realm), ...parts.map(str), Buffer.from([0, 0, 0, 1]), r.bytes(4), Buffer.from([r.int(1, 9)]), Buffer.from([0, 18, 0, 32]), r.bytes(32)]);
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length);
  return Buffer.concat([Buffer.from([5, 2]), len, body]).toString('base64');
}

/** An opaque OAuth access token of a vendor-neutral shape. */
export const opaque71 = (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '-._~', r.int(40, 64));

/** A base64url random secret. */
export const b64url71 = (r: Rng9, n: number): string => r.chars(B64URL, n);
