import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Lead round l88 (blind set 89: travel): a passenger's name and frequent-flyer number in PNRGOV's EDIFACT segments, as
 * airlines push them to governments and log them when a push fails:
 * `TIF+INIGUEZ:I+BEGONA MRS:A:1'` (traveller information: surname, qualifier, given name and title) and
 * `FTI+BA:47607429::GOLD'` (the programme's airline and the member's number).
 */

/** A name element of an EDIFACT segment: capitals, spaces, apostrophes (escaped `?'`), hyphens. */
const EDI_NAME = String.raw`[A-Z](?:[A-Z -]|\?')(?:[A-Z -]|\?'){0,34}`;

export const TRAVEL_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pnrgov-tif-name',
    name: "Passenger's name in a PNRGOV TIF segment (`TIF+INIGUEZ:I+BEGONA MRS'`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.85,
    keywords: ['tif+'],
    needs: ['TIF+'],
    pattern: new RegExp(String.raw`(?:^|(?<=['\n]))[ \t]{0,4}TIF\+(?<v>${EDI_NAME}(?::[A-Z0-9]{1,3})?\+${EDI_NAME})(?=[:'+\r\n]|$)`),
    mask: 'full',
    validate: (v) => /[AEIOUY]/.test(v.split('+')[0]!) && /[AEIOUY]/.test(v.split('+')[1] ?? ''),
    remediation: "Keep PNRGOV messages out of logs: log the message's reference, not its traveller segments",
  }),
  defineDetector({
    id: 'pnrgov-fti-frequent-flyer',
    name: "Frequent-flyer number in a PNRGOV FTI segment (`FTI+BA:47607429::GOLD'`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: ['fti+'],
    needs: ['FTI+'],
    pattern: /(?:^|(?<=['\n]))[ \t]{0,4}FTI\+[A-Z0-9]{2,3}:(?<v>[A-Z0-9]{5,20})(?=[:'+\r\n]|$)/,
    mask: 'full',
    validate: (v) => /\d{5}/.test(v),
    remediation: "Keep PNRGOV messages out of logs: log the message's reference, not its traveller segments",
  }),
];
