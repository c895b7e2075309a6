import { type Rng32 } from './blind-set-32-rng';

/** A DER length field. */
function derLen(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x100) return [0x81, n];
  return [0x82, n >> 8, n & 0xff];
}

/** A DER TLV. */
function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag, ...derLen(content.length)]), content]);
}

/** A positive DER INTEGER of `n` random bytes with the top bit set (so it carries a leading zero). */
function bigInt(r: Rng32, n: number): Buffer {
  const b = r.bytes(n);
  b[0] = b[0]! | 0x80;
  return tlv(0x02, Buffer.concat([Buffer.from([0]), b]));
}

/** Base64 wrapped at `width` columns. */
function wrap(b64: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out;
}

/** A PEM block (lines joined by `nl`). */
export function pem(label: string, der: Buffer, nl = '\n', width = 64): string {
  return [`-----BEGIN ${label}-----`, ...wrap(der.toString('base64'), width), `-----END ${label}-----`].join(nl);
}

/** The DER of an RSA private key (PKCS#1) with structurally valid fields of random content. */
export function rsaPkcs1Der(r: Rng32, bits = 2048): Buffer {
  const n = bits / 8;
  const parts = [tlv(0x02, Buffer.from([0])), bigInt(r, n), tlv(0x02, Buffer.from([1, 0, 1])), bigInt(r, n), bigInt(r, n / 2), bigInt(r, n / 2), bigInt(r, n / 2), bigInt(r, n / 2), bigInt(r, n / 2)];
  return tlv(0x30, Buffer.concat(parts));
}

/** The DER of a PKCS#8 RSA private key, as in GCP service-account keys and `openssl genpkey`. */
export function rsaPkcs8Der(r: Rng32, bits = 2048): Buffer {
  const alg = tlv(0x30, Buffer.concat([Buffer.from('06092a864886f70d010101', 'hex'), Buffer.from([0x05, 0x00])]));
  return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([0])), alg, tlv(0x04, rsaPkcs1Der(r, bits))]));
}

/** The DER of a SEC1 P-256 EC private key (`BEGIN EC PRIVATE KEY`). */
export function ecSec1Der(r: Rng32): Buffer {
  const priv = tlv(0x04, r.bytes(32));
  const oid = Buffer.from('a00a06082a8648ce3d030107', 'hex');
  const pub = Buffer.concat([Buffer.from('a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  return tlv(0x30, Buffer.concat([Buffer.from('020101', 'hex'), priv, oid, pub]));
}

/** An SSH wire-format string. */
function sshStr(b: Buffer | string): Buffer {
  const body = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** An OpenSSH ed25519 private key (`BEGIN OPENSSH PRIVATE KEY`, unencrypted), lines joined by `nl`. */
export function opensshEd25519(r: Rng32, comment: string, nl = '\n'): string {
  const pub = r.bytes(32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  const check = r.bytes(4);
  let priv = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([r.bytes(32), pub])), sshStr(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.from([0, 0, 0, 1]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), one, sshStr(pubBlob), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, nl, 70);
}

/** An `ssh-ed25519 AAAA… comment` public key line (not a secret). */
export function sshEd25519Pub(r: Rng32, comment: string): string {
  return `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(r.bytes(32))]).toString('base64')} ${comment}`;
}

/** An `ssh-rsa AAAA… comment` public key line (not a secret). */
export function sshRsaPub(r: Rng32, comment: string): string {
  const n = r.bytes(257);
  n[0] = 0;
  n[1] = n[1]! | 0x80;
  return `ssh-rsa ${Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(n)]).toString('base64')} ${comment}`;
}

/** A self-signed-looking certificate PEM of random DER content (public material, used as noise). */
export function certPem(r: Rng32): string {
  return pem('CERTIFICATE', tlv(0x30, Buffer.concat([tlv(0x30, r.bytes(420)), tlv(0x30, Buffer.from('06092a864886f70d01010b0500', 'hex')), tlv(0x03, r.bytes(257))])));
}

/** Whether a DER buffer is one complete SEQUENCE whose length field matches its size. */
export function derSequenceOk(der: Buffer): boolean {
  if (der.length < 2 || der[0] !== 0x30) return false;
  const l = der[1]!;
  if (l < 0x80) return der.length === 2 + l;
  const k = l & 0x7f;
  let n = 0;
  for (let i = 0; i < k; i++) n = n * 256 + der[2 + i]!;
  return der.length === 2 + k + n;
}

/** Whether a PEM private-key block (real newlines or `\n` escapes) decodes to the structure its label promises. */
export function pemPrivateKeyOk(text: string): boolean {
  const t = text.replace(/\\\\n|\\r\\n|\\n/g, '\n').replace(/\n[ \t]+/g, '\n');
  const m = /^-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----\s*\n([A-Za-z0-9+/=\s]+)\n-----END \1-----$/.exec(t);
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64');
  if (m[1] === 'OPENSSH PRIVATE KEY') return der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  return derSequenceOk(der);
}
