import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ssnValid } from '../validators';

/** A US SSN (dashed) that passes the SSA's rules. */
const SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;

/** True when the text within 300 characters of `[start, end)` holds a valid dashed SSN. */
function besideSsn(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300));
  for (const m of near.matchAll(SSN)) if (ssnValid(m[1]! + m[2]! + m[3]!)) return true;
  return false;
}

/** A date of birth with no key, in the record of a person's SSN (a help-desk custom field, a CSV row). */
export const RECORD_BIRTH_DATE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'birth-date-beside-ssn',
    name: 'Date of birth (a bare date of an adult birth year in the record of an SSN)',
    category: 'personal',
    severity: 'medium',
    priority: 53,
    confidence: 0.75,
    shape: 'ssn',
    // Zendesk `"custom_fields":[{"id":…,"value":"805-39-0875"},{"id":…,"value":"05/16/1965"}]`: a date whose year
    // (1920-2010) no log timestamp, expiry or schedule of today has, next to an SSN.
    pattern: /(?<![\w\/.:-])(?<v>(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19[2-9]\d|200\d|2010)|(?:19[2-9]\d|200\d|2010)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w\/.:-]|T\d)/,
    mask: 'full',
    validate: (v, ctx) => besideSsn(ctx.text, ctx.start, ctx.start + v.length),
    remediation: 'Remove this date of birth from the logs (log a user id instead)',
  }),
];
