#!/usr/bin/env node
/**
 * Import cycles under src/, between files and between top-level folders (src/app.ts and
 * src/main.ts form the root, which may import every folder). Every import counts, `import
 * type` and `await import()` included: ESLint's import-x/no-cycle skips type-only imports,
 * and a type-only cycle still ties two modules together. Exit 1 and one line per cycle when
 * there is any. Usage: node scripts/check-cycles.mjs [srcDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const ts = createRequire(import.meta.url)('typescript');
const root = path.resolve(process.argv[2] ?? 'src');

/** Every .ts file under dir. */
function tsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The local files a file imports (static, type-only, re-exports and dynamic imports). */
function importsOf(file) {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const out = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), fileName);
    const hit = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** Strongly connected components with more than one node (Tarjan). */
function cycles(nodes, next) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const c = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1 || next(v).includes(v)) found.push(c.reverse());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return found;
}

const files = tsFiles(root);
const edges = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f) => path.relative(root, f);
const folderOf = (f) => (rel(f).includes(path.sep) ? rel(f).split(path.sep)[0] : '(root)');
const folderEdges = new Map();
for (const [f, deps] of edges) {
  for (const d of deps) {
    const a = folderOf(f);
    const b = folderOf(d);
    if (a === b) continue;
    if (!folderEdges.has(a)) folderEdges.set(a, new Map());
    const m = folderEdges.get(a);
    if (!m.has(b)) m.set(b, []);
    m.get(b).push(`${rel(f)} → ${rel(d)}`);
  }
}
const folders = [...new Set(files.map(folderOf))];
const fileCycles = cycles(files, (f) => edges.get(f));
const folderCycles = cycles(folders, (a) => [...(folderEdges.get(a)?.keys() ?? [])]);
for (const c of fileCycles) console.log(`file cycle: ${c.map(rel).join(' → ')} → ${rel(c[0])}`);
for (const c of folderCycles) {
  console.log(`folder cycle: ${c.join(' ↔ ')}`);
  for (const a of c) for (const b of c) for (const e of folderEdges.get(a)?.get(b) ?? []) console.log(`  ${a} → ${b}: ${e}`);
}
const n = fileCycles.length + folderCycles.length;
console.log(n ? `check-cycles: ${fileCycles.length} file and ${folderCycles.length} folder cycle(s)` : `check-cycles: no import cycles among ${files.length} files in ${folders.length} folders`);
process.exit(n ? 1 : 0);
