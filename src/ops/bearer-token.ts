import { createHash, timingSafeEqual } from 'node:crypto';

/** Compare two strings in constant time (hashes first, so lengths don't leak). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/**
 * Does the `Authorization` header carry `Bearer <expected>`? Compared in constant time
 * (both sides hashed first, so length differences do not leak either).
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return safeEqual(m ? m[1] : '', expected) && Boolean(m);
}
