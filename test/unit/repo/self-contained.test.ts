import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage']);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (statSync(p).size < 2_000_000) yield p;
  }
}

/**
 * The repository is self-contained: a fresh clone with nothing beside it installs, runs and
 * passes its tests. No file may point at the project workspace's shared folder (the patterns
 * are assembled so that this file does not match itself).
 */
describe('the repository is self-contained', () => {
  it('no file refers to a shared folder outside the repository', () => {
    const patterns = [['..', 'shared'].join('/'), ['', 'work', 'shared'].join('/'), ['SHARED', 'DIR'].join('_'), ['HERALD', 'FIXTURES', 'DIR'].join('_')];
    const hits: string[] = [];
    for (const f of files(ROOT)) {
      const text = readFileSync(f, 'utf8');
      for (const p of patterns) if (text.includes(p)) hits.push(`${path.relative(ROOT, f)}: ${p}`);
    }
    expect(hits).toEqual([]);
  });

  it('the test fixtures, examples and schemas it needs are in the repository', () => {
    for (const p of ['test/fixtures/datadog/manifest.json', 'test/fixtures/datadog/11-apm-error-rate-triggered.json', 'examples/stripe-leak.json', 'schema/rules.schema.json', 'LICENSE']) {
      expect(statSync(path.join(ROOT, p)).isFile(), p).toBe(true);
    }
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('every relative link in the README and docs/ points at a file or folder of the repository', () => {
    const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`), 'test/fixtures/datadog/README.md'];
    const broken: string[] = [];
    for (const d of docs) {
      const text = readFileSync(path.join(ROOT, d), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        if (target === '' || /^[a-z]+:/.test(target)) continue;
        try {
          statSync(path.resolve(ROOT, path.dirname(d), target));
        } catch {
          broken.push(`${d}: ${m[1]}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
