/**
 * No source file reads a string it has just concatenated with charCodeAt/codePointAt or an index:
 * V8 (Node 20) can optimize such a string away and then rebuild and flatten it on every read, which
 * turned a linear loop quadratic and held CI for 25 minutes (docs/architecture.md, "Tests that
 * cannot hang CI"). A heuristic over `src/`: a `const`/`let` bound to a `+` or template
 * concatenation, then read so later in the file. Bounded strings may be allowed, with why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../../src');
/** file: variable, allowed because the string is short and bounded. */
const ALLOWED = new Set(['scan/validators.ts: s']); // an IBAN (at most 34 characters) rotated for its mod-97 check

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (name.endsWith('.ts')) yield p;
  }
}

/** Each `name` bound to a concatenation in `text` and read character by character after it. */
export function concatenationReads(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*([^;\n]*)/g)) {
    const [, name, expr] = m as unknown as [string, string, string];
    // A template literal alone, or `+` between strings (a literal, a name, a call such as slice()).
    const operand = String.raw`(?:'[^']*'|"[^"]*"|\x60[^\x60]*\x60|\w+(?:\.\w+(?:\([^()]*\))?)*)`;
    if (!new RegExp(String.raw`^\s*(?:\x60[^\x60]*\x60\s*$|${operand}\s*\+\s*${operand})`).test(expr)) continue;
    if (/^\s*(?:\d|Math\.)/.test(expr) || !/['"\x60]|slice|substring|join|String/.test(expr)) continue;
    if (new RegExp(`\\b${name}\\.(?:charCodeAt|codePointAt)\\(`).test(text.slice(m.index! + m[0].length))) out.push(name);
  }
  return out;
}

describe('no character reads of a fresh concatenation', () => {
  it('finds the pattern it looks for', () => {
    expect(concatenationReads("const t = '\\n' + text;\nfor (;;) t.charCodeAt(i);")).toEqual(['t']);
    expect(concatenationReads('const t = `${a}\\n${b}`;\nt.charCodeAt(0);')).toEqual(['t']);
    expect(concatenationReads("const t = a.join('');\nt.charCodeAt(0);")).toEqual([]);
  });

  it('src/ has none, apart from bounded strings listed with their reason', () => {
    const hits: string[] = [];
    for (const f of tsFiles(SRC)) {
      for (const name of concatenationReads(readFileSync(f, 'utf8'))) {
        const key = `${path.relative(SRC, f).split(path.sep).join('/')}: ${name}`;
        if (!ALLOWED.has(key)) hits.push(key);
      }
    }
    expect(hits).toEqual([]);
  });
});
