import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 collect type feedback for a function from its first call on, instead of from about its
 * 8th (V8's lazy feedback allocation, which spares memory for the many functions a page calls
 * once or twice). The file scanner's warm-up (warm-up.ts) exists to give the scan's hot
 * functions feedback for their rarer paths before the file: with feedback from the first call,
 * two scans of the warm-up text do what twelve did (~70 ms less at every start of `herald scan`,
 * measured on the 50 MB bench log with no loss in the scan after it). Process-wide (worker
 * threads included) and only for functions that have no feedback yet: called once the scanner's
 * modules are loaded (their top-level code runs once and needs none), before the warm-up.
 */
export function collectFeedbackEagerly(): void {
  setFlagsFromString('--no-lazy-feedback-allocation');
}
