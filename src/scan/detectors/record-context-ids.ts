import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { codiceFiscaleValid } from '../id-checksums';
import { ssnValid } from '../validators';

/**
 * National ids written bare in records whose context names them on another line: an Italian
 * codice fiscale in an Entratel / Agenzia delle Entrate error, a US SSN opening a fixed-width
 * ISIR / FAFSA student record (SSN, then the two-letter name id).
 */
export const RECORD_CONTEXT_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'it-codice-fiscale-context',
    name: 'Italian codice fiscale (bare, in a tax-filing error that names it)',
    category: 'personal',
    severity: 'high',
    priority: 52,
    confidence: 0.85,
    keywords: ['fiscale', 'entratel', 'fisconline', 'agenzia delle entrate', 'agenziaentrate'],
    span: 800,
    // The layout itself (surname, name, birth year, month letter, day, place, check letter), checked.
    pattern: /(?<![A-Za-z0-9])(?<v>[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z])(?![A-Za-z0-9])/,
    mask: 'full',
    validate: (v) => codiceFiscaleValid(v),
    remediation: 'Log tax-filing rejections by record number, without the codice fiscale',
  }),
  defineDetector({
    id: 'ssn-fixed-width-record',
    name: 'US SSN opening a fixed-width student record (ISIR / FAFSA: SSN then name id)',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['isir', 'fafsa', 'ssn', 'saig'],
    span: 1000,
    // `  592108421SM2526 …`: nine digits at the start of a line, then the name id's two capitals.
    pattern: /(?<=\n)[ \t]{0,8}(?<v>\d{9})(?=[A-Z]{2}(?:[A-Z0-9 ]|$))/,
    mask: 'ssn',
    // Round r57 (prefilter equivalence): one of its keywords within the span before the record (or later on its line), as
    // the window a keyword hit sends holds it; not a line of a LoRaWAN key table (`847860808CC608ED,…`) far from any.
    validate: (v, ctx) => {
      const nl = ctx.text.indexOf('\n', ctx.end);
      return ssnValid(v) && /isir|fafsa|ssn|saig/i.test(ctx.text.slice(Math.max(0, ctx.end - 1000), nl < 0 ? ctx.text.length : nl));
    },
    remediation: 'Log student record failures by record number, without the SSN',
  }),
];
