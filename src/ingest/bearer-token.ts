import { safeEqual } from './check-secret';

/**
 * Does the `Authorization` header carry `Bearer <expected>`? Compared in constant time
 * (both sides hashed first, so length differences do not leak either).
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return safeEqual(m ? m[1] : '', expected) && Boolean(m);
}
