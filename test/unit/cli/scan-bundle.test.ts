import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/cli/scan-bundle';
import { writeBundle } from '../../../src/cli/scan-bundle-build';

// A small CommonJS tree, bundled and loaded the way `herald scan` loads dist/: the bundle must
// behave as Node's loader does (once per module, cycles, real __dirname, package requires) and
// must never run when a bundled file changed.
let root: string;
const file = (rel: string): string => path.join(root, rel);
const bundle = (): string => file('out.bundle');
const cache = (): string => file('out.bundle-cache');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'herald-bundle-test-'));
  mkdirSync(file('src/lib'), { recursive: true });
  const w = (rel: string, src: string): void => writeFileSync(file(rel), src);
  w('src/entry.js', `globalThis.__heraldRuns = (globalThis.__heraldRuns ?? 0) + 1;
const b = require('./b');
const c = require('./lib');
exports.fromB = b.name;
exports.sawEntryEarly = b.sawEntry;
exports.lib = c.twice(21);
exports.dir = __dirname;
exports.file = __filename;
exports.sep = require('node:path').sep;
exports.outside = require('./not' + '-bundled').value;`);
  w('src/b.js', `const entry = require('./entry');
exports.sawEntry = Object.keys(entry).join(',');
exports.name = 'b';`);
  w('src/lib/index.js', `exports.twice = (n) => n * 2;`);
  w('src/not-bundled.js', `exports.value = 'from disk';`);
  w('src/alone.js', `module.exports = { alone: true };`);
  writeBundle(root, [file('src/entry.js')], [file('src/alone.js')], bundle());
});

afterEach(() => {
  delete process.env['HERALD_NO_BUNDLE'];
  delete (globalThis as { __heraldRuns?: number }).__heraldRuns;
  rmSync(root, { recursive: true, force: true });
});

describe('the scan bundle', () => {
  it('runs each module once, with cycles, real paths, index files and package requires as in Node', () => {
    const b = loadBundle(bundle(), cache(), root)!;
    expect(b).toBeDefined();
    const e = b.require('src/entry.js') as Record<string, unknown>;
    expect(b.require('src/entry.js')).toBe(e);
    expect((globalThis as { __heraldRuns?: number }).__heraldRuns).toBe(1);
    expect(e['fromB']).toBe('b');
    expect(e['sawEntryEarly']).toBe(''); // the cycle: b saw entry's exports before entry set any
    expect(e['lib']).toBe(42);
    expect(e['dir']).toBe(file('src'));
    expect(e['file']).toBe(file('src/entry.js'));
    expect(e['sep']).toBe(path.sep);
    expect(e['outside']).toBe('from disk'); // not in the bundle: Node's own require
    expect(b.require('src/alone.js')).toEqual({ alone: true });
    expect(() => b.require('src/not-bundled.js')).toThrow(/no module src\/not-bundled\.js/);
  });

  it('is not used when a bundled file changed, is missing, or HERALD_NO_BUNDLE=1', () => {
    process.env['HERALD_NO_BUNDLE'] = '1';
    expect(loadBundle(bundle(), cache(), root)).toBeUndefined();
    delete process.env['HERALD_NO_BUNDLE'];
    expect(loadBundle(bundle(), cache(), root)).toBeDefined();
    appendFileSync(file('src/lib/index.js'), '\n// changed\n');
    expect(loadBundle(bundle(), cache(), root)).toBeUndefined();
    expect(loadBundle(file('nothing.bundle'), cache(), root)).toBeUndefined();
  });

  it('compiles the source when its code cache is not one V8 takes', () => {
    // First compile of this bundle's source in this process (V8 keeps compiled scripts in memory: a
    // second load would not read the cache at all). Whether a real cache is taken is checked on the
    // build's own bundle, in a fresh process: test/integration/cli/scan-bundle.test.ts.
    writeFileSync(cache(), Buffer.from('not a code cache at all, but bytes'));
    const junk = loadBundle(bundle(), cache(), root)!;
    expect(junk.cacheRejected).toBe(true);
    expect((junk.require('src/entry.js') as { lib: number }).lib).toBe(42);
  });
});
