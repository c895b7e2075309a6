import { createScanner, isLeak, type Finding } from '../../src/scan';
import { fullyCovered } from './coverage-tally';

const scanner = createScanner();

/** The leak findings of a default scanner in `text` (public and example values left out). */
export const leaks = (text: string): Finding[] => scanner.scan(text).filter(isLeak);

/** True when `value` is in `text` and every character of every occurrence lies inside a leak finding. */
export function covered(text: string, value: string): boolean {
  return text.includes(value) && fullyCovered(text, value, leaks(text));
}
