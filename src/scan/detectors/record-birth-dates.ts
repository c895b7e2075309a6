import { birthKey } from '../birth-dates';
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

const DAY_MS = 86_400_000;
/** 1900-01-01 as days, seconds and milliseconds since the epoch. */
const EPOCH_1900_MS = -2_208_988_800_000;

/**
 * True when `v` encodes a birth date as a number: Debezium/Kafka Connect `io.debezium.time.Date` days since the epoch
 * (`"birth_date":5175`), or seconds / milliseconds since the epoch; from 1900 to a year ago, never the first year
 * after 1970 (`0`, `1` are defaults and flags).
 */
export function epochBirthDate(v: string): boolean {
  const n = Number(v);
  const now = Date.now();
  const ms = Math.abs(n) <= 60_000 ? n * DAY_MS : v.replace('-', '').length >= 12 ? n : n * 1000;
  return Math.abs(ms) > 366 * DAY_MS && ms >= EPOCH_1900_MS && ms <= now - 366 * DAY_MS;
}

/** Dates of birth with no key in an SSN's record, or encoded as numbers under a birth key. */
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
    // (1920-2010) no log timestamp, expiry or schedule of today has, next to an SSN. Round r60: day-first dates too
    // (`25/12/1949` with a day over 12, German `15.04.1994`), as support transcripts write them.
    pattern: /(?<![\w\/.:-])(?<v>(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19[2-9]\d|200\d|2010)|(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19[2-9]\d|200\d|2010)|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19[2-9]\d|200\d|2010)|(?:19[2-9]\d|200\d|2010)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w\/.:-]|T\d)/,
    mask: 'full',
    validate: (v, ctx) => besideSsn(ctx.text, ctx.start, ctx.start + v.length),
    remediation: 'Remove this date of birth from the logs (log a user id instead)',
  }),
  defineDetector({
    id: 'birth-date-epoch-number',
    name: 'Date of birth (a number of days or milliseconds since 1970 under a birth key)',
    category: 'personal',
    severity: 'medium',
    priority: 53,
    confidence: 0.75,
    keywords: ['dob"', "dob'", 'dob=', 'dob:', 'birth'],
    // Debezium CDC rows: `"after":{"id":7,"birth_date":5175}` (a DATE column as days since the epoch), `"dob":447120000000` (ms).
    pattern: /(?<![\w.-])(?<k>[\w.-]{0,24}(?:dob|birth[_-]?date|birthdate|date[_-]?of[_-]?birth|birthday|dateofbirth))\\{0,3}["']?\s{0,3}[:=]\s{0,3}(?<v>-?\d{3,5}|-?\d{9,13})(?![\w.:/-])/i,
    mask: 'full',
    validate: (v, ctx) => birthKey(ctx.key ?? '') && epochBirthDate(v),
    remediation: 'Remove this date of birth from the logs (log a user id instead)',
  }),
];
