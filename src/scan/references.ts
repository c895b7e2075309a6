import { keyWords } from './key-names';

/**
 * True when a word list reads like a variable name: each word is letters, letters then digits,
 * or digits (`DB_PASSWORD`, `dbPassword`, `db2_pass`, `project.version`). A random string
 * (`avP9vF7POow4mHrD`, `k3j9x2q8`) has words that mix letters and digits and is no name.
 */
function looksLikeName(name: string): boolean {
  const words = keyWords(name);
  return words.length > 0 && words.every((w) => /^(?:[a-z]+\d*|\d+)$/.test(w));
}

/**
 * True when a value starting with `$`, `@` or `%` refers to a variable instead of holding a
 * secret: `${NAME}`, `$(command)`, `@{name}`, `$NAME`, `@NAME@` (Maven/Gradle resource filtering), `@NAME`
 * (SQL/.NET parameter), `%NAME%` (Windows), Symfony's `%env(NAME)%` and `%kernel.secret%`. The name must look like one: `$` or `@` followed by
 * a random-looking mixed string (`$NPS-x9qY+7?`, `@avP9vF7POow4mHrD`) is a password that happens
 * to start with that sigil. Values with no such sigil are not references here.
 */
export function isVariableReference(value: string): boolean {
  if (/^(?:\\{1,3})?[$@][{(]/.test(value)) return true; // ${X}, $(cmd), @{x}, @(x); round l86: escaped in a JSON string (`\\$(cat …)`)
  // Symfony: `%env(DB_PASS)%`, `%env(resolve:DATABASE_URL)%` (env processors), `%kernel.secret%` (a container parameter).
  if (/^%env\((?:[a-z_]+:){0,4}[A-Za-z_]\w{0,95}\)%$/.test(value)) return true;
  const p = /^%([A-Za-z_]\w*(?:\.[A-Za-z_]\w*){1,6})%$/.exec(value);
  if (p) return looksLikeName(p[1]!);
  let m = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(value);
  if (m) return looksLikeName(m[1]!);
  m = /^@([A-Za-z_][\w.-]*)@?$/.exec(value) ?? /^%([A-Za-z_]\w*)%$/.exec(value);
  if (m) return looksLikeName(m[1]!);
  return false;
}
