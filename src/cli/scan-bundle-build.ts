import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleKey, type BundleStamp } from './scan-bundle';

/** The module file a relative require in `from` names (as Node resolves it), or undefined when there is none. */
function resolveRelative(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [base, `${base}.js`, path.join(base, 'index.js')]) if (existsSync(f) && statSync(f).isFile()) return f;
  return undefined;
}

const REQUIRE = /\brequire\((["'])(\.{1,2}\/[^"']+)\1\)/g;

/**
 * Writes a bundle that loadBundle() reads: `also` (each alone) and every module the `entries`
 * reach through relative `require('./…')` calls with a literal path, each in its own function,
 * and the stamp (key, size, mtime of each) that tells loadBundle whether the bundle is stale.
 * Returns the number of modules bundled.
 */
export function writeBundle(root: string, entries: string[], also: string[], out: string): number {
  const files = new Set(also);
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    files.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(REQUIRE)) {
      const to = resolveRelative(f, m[2]!);
      if (to !== undefined) todo.push(to);
    }
  }
  const parts = ['(function (define) {\n'];
  const stamp: BundleStamp = [];
  for (const f of [...files].sort()) {
    const st = statSync(f);
    const key = bundleKey(f, root);
    stamp.push([key, st.size, Math.trunc(st.mtimeMs)]);
    // A source-map comment would name the wrong lines inside the bundle.
    const src = readFileSync(f, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
    parts.push(`define(${JSON.stringify(key)}, function (exports, require, module, __filename, __dirname) {\n${src}\n});\n`);
  }
  parts.push(`return ${JSON.stringify(stamp)};\n})`);
  writeFileSync(out, parts.join(''));
  return files.size;
}
