/** True when a finding is a leak (see src/alert/finding.ts); re-exported for the scanner. */
export { isLeak } from '../alert/finding';
