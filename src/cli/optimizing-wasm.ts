import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile WebAssembly with its optimizing compiler (TurboFan) from the start, instead of
 * with its baseline compiler (Liftoff) and tiering up the functions that turn out hot. The text
 * pass (src/scan/wasm) is one small module whose loop runs over every character of a file: under
 * Liftoff it ran about twice as slowly until V8 replaced it, some tens of megabytes into a scan
 * (~90 ms of CPU on the 50 MB bench log); compiled optimized up front it costs a few milliseconds.
 * Process-wide: set once, by `herald scan`'s main thread, before the module is first compiled.
 */
export function compileWasmOptimized(): void {
  setFlagsFromString('--no-liftoff');
}
