/** The scanner's output types; they belong to the alert model (src/alert/finding.ts), which carries them. */
export type { Finding, FindingCategory, LeakSummary } from '../alert/finding';
export { NO_LEAK } from '../alert/finding';
