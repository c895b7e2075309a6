import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAutomaton } from './aho-corasick';
import type { Detector } from './detector';
import { prefilterKeywords } from './prefilter-keywords';
import { passTables, runTables, type PassTables } from './text-pass-tables';

/**
 * The prefilter's keyword automaton as its text pass reads it: the pass tables, and each
 * automaton state's payload ids (`outIds[outStart[s], outStart[s + 1])`, none for most states).
 */
export interface KeywordTables {
  tables: PassTables;
  outStart: Int32Array;
  outIds: Int32Array;
}

/** Where `npm run build` writes the tables of the built-in detector sets (dist/src/scan/tables/). */
export const KEYWORD_TABLES_DIR = path.join(__dirname, 'tables');

/** Bumped with any change to what buildAutomaton or passTables produce, to the keywords prefilterKeywords adds of its own (not hashed), or to the file layout below. */
const FORMAT = 6;
const MAGIC = 0x48726b74; // read back in another byte order, it does not match: the file is ignored
const HEADER = 9; // i32: magic, format, states, columns, firstOut, root, out ids, word length, lineRoot

/** Builds the tables of `keywords` (lowercase keyword → payload ids): ~50 ms for the built-in detectors' ~1 400 keywords. */
export function buildKeywordTables(keywords: ReadonlyMap<string, readonly number[]>): KeywordTables {
  const a = buildAutomaton(keywords);
  const outStart = new Int32Array(a.outputs.length + 1);
  for (let s = 0; s < a.outputs.length; s++) outStart[s + 1] = outStart[s]! + (a.outputs[s]?.length ?? 0);
  const outIds = new Int32Array(outStart[a.outputs.length]!);
  a.outputs.forEach((o, s) => o && outIds.set(o, outStart[s]!));
  return { tables: passTables(a), outStart, outIds };
}

/**
 * The file name of the tables of `detectors`: a 64-bit hash (two 32-bit FNV-1a hashes of
 * different offsets) of what prefilterKeywords() reads of them (each detector's keywords, lineStart,
 * anchors and span, in order) and FORMAT. Hashing that, not the keyword map it gives, spares
 * `herald scan`'s start-up building the map (~5 000 keywords, in code V8 has not optimized yet)
 * when the tables are on disk. Not node:crypto, whose loading cost ~10 ms.
 */
export function keywordTablesFile(detectors: readonly Detector[]): string {
  const parts = detectors.map((d) => `${d.span}\x02${d.lineStart ?? 0}\x02${d.keywords.join('\x01')}\x02${d.anchors === null ? '' : d.anchors.join('\x01')}`);
  // The hash of `${FORMAT}\n` then of the joined parts, read as two strings: a concatenation read with
  // charCodeAt in an optimized loop can be rebuilt and flattened by V8 on every read (docs/architecture.md).
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let i = 0;
  for (const text of [`${FORMAT}\n`, parts.join('\x03')]) {
    for (let j = 0; j < text.length; j++, i++) {
      const c = text.charCodeAt(j);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193);
    }
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}.bin`;
}

/** The tables as one binary blob (typed arrays in the machine's byte order, each 4-byte aligned). */
export function encodeKeywordTables(k: KeywordTables): Uint8Array {
  const t = k.tables;
  const word = Buffer.from(t.word, 'latin1');
  const parts = [t.col, t.delta, t.renumbered, t.orig, k.outStart, k.outIds];
  const header = Int32Array.of(MAGIC, FORMAT, t.orig.length, t.columns, t.firstOut, t.root, k.outIds.length, word.length, t.lineRoot);
  const out = new Uint8Array(4 * HEADER + parts.reduce((n, p) => n + p.byteLength, 0) + word.length);
  let at = 0;
  for (const p of [header, ...parts]) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  out.set(word, at);
  return out;
}

/** Reads back what encodeKeywordTables wrote; null for a blob of another format, byte order or size. */
export function decodeKeywordTables(blob: Uint8Array): KeywordTables | null {
  if (blob.byteLength < 4 * HEADER) return null;
  // Typed-array views need 4-byte alignment (a small file's Buffer may sit anywhere in a pool).
  const b = blob.byteOffset % 4 === 0 ? blob : blob.slice();
  const [magic, format, states, columns, firstOut, root, nIds, wordLen, lineRoot] = new Int32Array(b.buffer, b.byteOffset, HEADER) as unknown as number[];
  if (magic !== MAGIC || format !== FORMAT || !(columns! >= 1 && columns! <= 128)) return null;
  const cells = 128 + states! * columns! + 3 * states! + 1 + nIds!;
  if (b.byteLength !== 4 * (HEADER + cells) + wordLen!) return null;
  let at = b.byteOffset + 4 * HEADER;
  const view = <T>(Of: new (buf: ArrayBufferLike, at: number, n: number) => T, n: number): T => {
    const v = new Of(b.buffer, at, n);
    at += 4 * n;
    return v;
  };
  const col = view(Uint32Array, 128);
  const delta = view(Uint32Array, states! * columns!);
  const renumbered = view(Int32Array, states!);
  const orig = view(Int32Array, states!);
  const outStart = view(Int32Array, states! + 1);
  const outIds = view(Int32Array, nIds!);
  const word = Buffer.from(b.buffer, at, wordLen!).toString('latin1');
  return { tables: { col, ...runTables(), delta, renumbered, firstOut: firstOut!, root: root!, lineRoot: lineRoot!, orig, columns: columns!, word }, outStart, outIds };
}

/**
 * The keyword tables of `detectors` (of prefilterKeywords(detectors)): read from `dir` when
 * `npm run build` wrote them there (the built-in detector sets: see
 * scripts/build-keyword-tables.mjs), else built. Reading them takes a few ms where building them
 * took ~50 ms at every start of `herald scan` (unoptimized code over a table of ~1 000 000
 * entries). The file's name is a hash of what the keywords are made from, so a changed detector
 * set never reads the tables of another.
 */
export function keywordTables(detectors: readonly Detector[], dir = KEYWORD_TABLES_DIR): KeywordTables {
  let blob: Buffer | null = null;
  try {
    blob = readFileSync(path.join(dir, keywordTablesFile(detectors)));
  } catch {
    // not written (tests run the sources; a custom detector set): built below
  }
  return (blob && decodeKeywordTables(blob)) ?? buildKeywordTables(prefilterKeywords(detectors));
}

/** Writes the tables of `detectors` to `dir` (the build step); returns the file's path. */
export function writeKeywordTables(detectors: readonly Detector[], dir = KEYWORD_TABLES_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, keywordTablesFile(detectors));
  writeFileSync(file, encodeKeywordTables(buildKeywordTables(prefilterKeywords(detectors))));
  return file;
}
