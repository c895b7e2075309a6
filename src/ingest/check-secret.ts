import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { safeEqual } from '../ops/bearer-token';

export { safeEqual };

/** The secret a request presents: `Authorization: Bearer`, `X-Herald-Token`, or the basic-auth password. */
export function presentedSecrets(h: IncomingHttpHeaders): string[] {
  const out: string[] = [];
  const auth = typeof h.authorization === 'string' ? h.authorization.trim() : '';
  const bearer = /^Bearer\s+(.+)$/i.exec(auth);
  if (bearer) out.push(bearer[1].trim());
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(auth);
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i >= 0) out.push(decoded.slice(i + 1));
  }
  const token = h['x-herald-token'];
  if (typeof token === 'string' && token) out.push(token.trim());
  return out;
}

/** The configured secret's digest, computed once (it is the same on every request). */
let expected: { secret: string; digest: string } | undefined;

function digestOf(secret: string): string {
  if (expected?.secret !== secret) expected = { secret, digest: hash('sha256', secret) };
  return expected.digest;
}

/** Equal hex digests, looking at every character (no early exit). */
function sameDigest(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * True when any presented secret equals the configured one. Each is compared by its SHA-256
 * digest without an early exit, so the time taken tells nothing about the secret (not even
 * its length). One-shot `crypto.hash`: this runs on every webhook.
 */
export function checkSecret(h: IncomingHttpHeaders, secret: string): boolean {
  const want = digestOf(secret);
  let ok = false;
  for (const s of presentedSecrets(h)) ok = sameDigest(hash('sha256', s), want) || ok;
  return ok;
}
