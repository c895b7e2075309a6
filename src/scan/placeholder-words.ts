/** Words a placeholder token body is written in (`placeholder_not_a_real_key`, `your_key_here`). */
const WORDS: ReadonlySet<string> = new Set([
  'placeholder', 'not', 'a', 'an', 'real', 'key', 'keys', 'secret', 'token', 'dummy', 'fake', 'example', 'sample',
  'your', 'my', 'here', 'replace', 'me', 'with', 'this', 'test', 'testing', 'insert', 'put', 'goes', 'value', 'foo',
  'bar', 'api', 'changeme', 'change', 'redacted', 'todo', 'fixme', 'demo', 'mock', 'invalid', 'only', 'do', 'use',
  'for', 'the', 'live', 'access', 'auth', 'password', 'stub', 'fill', 'in', 'set', 'xxx', 'dev', 'local', 'of',
  'will', 'work', 'works', 'is', 'it', 'be', 'to', 'should', 'never', 'valid', 'used', 'docs', 'documentation', 'go',
  'user', 'bot', 'app', 'client', 'server', 'paste', 'enter', 'own', 'new', 'generated', 'string',
]);

/** Words that only a placeholder body uses; one of them must be present. */
const STRONG: ReadonlySet<string> = new Set([
  'placeholder', 'dummy', 'fake', 'example', 'sample', 'your', 'replace', 'insert', 'changeme', 'redacted', 'todo',
  'fixme', 'mock', 'stub', 'real', 'not',
]);

/** True when lowercase `part` splits into vocabulary words; collects the words into `out`. */
function segment(part: string, out: string[]): boolean {
  const best: (string[] | null)[] = Array.from({ length: part.length + 1 }, () => null);
  best[0] = [];
  for (let i = 0; i < part.length; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (let j = i + 1; j <= Math.min(part.length, i + 12); j++) {
      const w = part.slice(i, j);
      if (!best[j] && WORDS.has(w)) best[j] = [...prev, w];
    }
  }
  const words = best[part.length];
  if (!words) return false;
  out.push(...words);
  return true;
}

/**
 * True when a provider-prefixed token's body (what follows `sk_test_`, `ghp_`…) is written
 * entirely in placeholder words (`placeholder_not_a_real_key`, `your_api_key_here`,
 * `dummytoken`), with at least one word only a placeholder uses. A random body that merely
 * contains a short word (`7fakeQ2x…`) has digits or letters outside the words and stays a key.
 */
export function isPlaceholderBody(body: string): boolean {
  const parts = body.toLowerCase().split(/[_.-]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  const words: string[] = [];
  for (const p of parts) if (!/^[a-z]+$/.test(p) || !segment(p, words)) return false;
  return words.some((w) => STRONG.has(w));
}

/** The whole token at `start` in `text` (letters, digits, `_`, `-`, `.`), which a match may have cut at `_`. */
export function tokenAt(text: string, start: number): string {
  const m = /^[A-Za-z0-9_.-]*/.exec(text.slice(start, start + 512));
  return m ? m[0].replace(/[.-]+$/, '') : '';
}
