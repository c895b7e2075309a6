import type { Severity } from '../../alert/severity';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/** What a vendor token with a published prefix needs: the prefix, the body's pattern, the vendor's advice. */
export interface PrefixedTokenSpec {
  id: string;
  name: string;
  /** The literal prefix or prefixes, case-sensitive (`figd_`; `['pat.', 'sat.']`). */
  prefix: string | readonly string[];
  /** Pattern source of the body after the prefix (no boundary: one is added on both sides). */
  body: string;
  remediation: string;
  severity?: Severity;
  /** Test-mode prefixes (`TEST-`): reported as test keys (severity low). */
  testPrefix?: RegExp;
  /** A further check of the body (after the prefix), for prefixes that identifiers share. */
  bodyOk?: (body: string) => boolean;
}

/**
 * A body an issuer generated: letters with digits or with both cases, not a run, a repeat or a
 * sequence. No entropy floor beyond that: the published prefix is the evidence, and a random
 * 32-hex body falls under a 3.3-bit floor about once in thirty draws.
 */
export const generatedBody = (b: string): boolean => /[A-Za-z]/.test(b) && (/\d/.test(b) || (/[a-z]/.test(b) && /[A-Z]/.test(b))) && !isLowEntropy(b);

/** Escapes a literal for use in a RegExp. */
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A credential recognised by its vendor's published prefix alone, in any context (key name,
 * header, URL, prose, stack trace): a letter, digit, `_` or `-` may stand on neither side, and
 * the body must look generated (letters with digits or mixed case, not a run or a placeholder).
 */
export function prefixedToken(spec: PrefixedTokenSpec): Detector {
  const test = spec.testPrefix;
  const prefixes = typeof spec.prefix === 'string' ? [spec.prefix] : [...spec.prefix];
  const alt = prefixes.map(literal).join('|');
  const kind = new RegExp(`^(?:${alt})`);
  return defineDetector({
    id: spec.id,
    name: spec.name,
    category: 'credential',
    severity: spec.severity ?? 'high',
    priority: 75,
    keywords: prefixes,
    // The pattern's `(?<![\w-])` before the prefix: `ion_` of `duration_ms` starts no match.
    keywordBoundary: 'word',
    needs: prefixes,
    pattern: new RegExp(String.raw`(?<![\w-])(?:${alt})(?:${spec.body})(?![\w-])`),
    kind,
    validate: (v) => {
      const body = v.slice(kind.exec(v)?.[0].length ?? 0);
      if (!generatedBody(body) || (spec.bodyOk && !spec.bodyOk(body))) return false;
      return test?.test(v) ? { ok: true, test: true, severity: 'low' } : true;
    },
    remediation: spec.remediation,
  });
}
