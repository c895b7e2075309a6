import { TEXT_PASS_WASM } from './text-pass-bytes';

/** The text pass module's exports (see text-pass.wat for the memory layout and the calls). */
export interface TextPassWasm {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  /** Starts a new text with the automaton at `state`. */
  reset(state: number): void;
  /** Replaces each of the `n` i32 at byte offset `at` by the i32 at `map` + 4 x its value. */
  remap(at: number, n: number, map: number): void;
  /** Runs the pass over the code units at byte offsets [p, end) of the text segment. */
  run(origin: number, p: number, end: number, firstOut: number): void;
  /**
   * run() over [p, end) as two interleaved halves split at `mid`, right after a newline (the
   * second starts at `root`); see text-pass.wat for where each half's hits and events go.
   */
  run2(origin: number, p: number, mid: number, end: number, firstOut: number, root: number): void;
  /** Byte offsets of the column table, text segment, hits, events, run automata and keyword transitions; SEG in code units. */
  COL: number;
  TEXT: number;
  SEG: number;
  HITS: number;
  EVENTS: number;
  RUNS: number;
  HEXES: number;
  LHEXES: number;
  DELTA: number;
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  compile(bytes: Uint8Array): Promise<object>;
}

let compiled: object | undefined;

/**
 * Compiles the module in the background (V8 compiles it on other threads), so that a caller with
 * other start-up work to do (`herald scan` loading its detectors) does not wait for it: optimized
 * code (see src/cli/optimizing-wasm.ts) takes some tens of milliseconds to compile. Resolves once
 * instantiateTextPass() can use it; harmless when it already has.
 */
export async function precompileTextPass(): Promise<void> {
  if (compiled) return;
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const m = await wasm.compile(Buffer.from(TEXT_PASS_WASM, 'base64'));
  compiled ??= m;
}

/**
 * A new instance of the text pass module, with its own memory. The module is compiled once per
 * process (or worker thread), on first use; an instance is cheap, and each text pass owns one,
 * so that its tables stay in place between runs whatever other passes run in between.
 */
export function instantiateTextPass(): TextPassWasm {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  compiled ??= new wasm.Module(Buffer.from(TEXT_PASS_WASM, 'base64'));
  const x = new wasm.Instance(compiled, {}).exports;
  const value = (name: string): number => (x[name] as { value: number }).value;
  return {
    memory: x['memory'] as TextPassWasm['memory'],
    reset: x['reset'] as TextPassWasm['reset'],
    remap: x['remap'] as TextPassWasm['remap'],
    run: x['run'] as TextPassWasm['run'],
    run2: x['run2'] as TextPassWasm['run2'],
    COL: value('COL'),
    TEXT: value('TEXT'),
    SEG: value('SEG'),
    HITS: value('HITS'),
    EVENTS: value('EVENTS'),
    RUNS: value('RUNS'),
    HEXES: value('HEXES'),
    LHEXES: value('LHEXES'),
    DELTA: value('DELTA'),
  };
}
