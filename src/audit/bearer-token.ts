import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Does the `Authorization` header carry `Bearer <expected>`? Compared in constant time
 * (both sides hashed first, so length differences do not leak either).
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = createHash('sha256').update(m ? m[1] : '').digest();
  const want = createHash('sha256').update(expected).digest();
  return timingSafeEqual(given, want) && Boolean(m);
}
