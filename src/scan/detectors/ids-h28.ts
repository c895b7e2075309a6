import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nirValid } from '../id-checksums';

/**
 * Round h28 (blind set 28: AI application and agent logs): identity numbers under their labels in prompts
 * and tool arguments — the French NIR spaced as printed on the carte Vitale (`2 59 08 41 378 645 50`) or
 * plain, under `n° sécu`, `NIR` or a key folded to ASCII by a tool schema (`num_ro_de_s_curit_sociale`,
 * `n_s_cu`), and German passport numbers (letters only from the passport alphabet, often without a digit).
 */

/** Start of a label: not inside a word, or right after an escaped line break (`…\nPassport:`). */
const OPEN = String.raw`(?:(?<![A-Za-z0-9_])|(?<=\\[nrt]))`;
/** Between a label and its value: `: `, ` #: `, `=`, `": "`, `\": \"`, ` no.: `. */
const BETWEEN = String.raw`(?:[ _-]?(?:no\.?|number|num|nr\.?|#))?\\{0,3}["']?\s{0,2}(?:[:=#]|#:)\s{0,2}\\{0,3}["']?`;
/** Labels of a French social-security number, accented or folded to ASCII by a key schema. */
const NIR_LABEL = String.raw`(?:n°\s?s[ée]cu(?:rit[ée] sociale)?|n_s_cu|num[ée_]ro[ _]de[ _]s[ée_]curit[ée_]?[ _]sociale|s[ée_]curit[ée_]?[ _]sociale|nir|insee)`;
/** A NIR: sex, year, month, department (Corsica `2A`/`2B`), commune, order, key; spaced in 1-2-2-2-3-3-2 or not at all. */
const NIR_VALUE = String.raw`[12](?: \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}|\d{4}(?:\d{2}|2[AB])\d{8})`;
/** A German passport number: C, F, G, H, J or K, then eight of the letters and digits German documents use (no vowels, no B, D, Q, S). */
const DE_PASSPORT = String.raw`[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}`;

/** Identity numbers under their labels (checksum where the number has one). */
export const ID_H28_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'fr-nir-labelled',
    name: 'French social-security number (NIR) under its label, spaced or plain',
    category: 'personal',
    severity: 'high',
    priority: 45,
    confidence: 0.85,
    keywords: ['cu:', 'cu"', "cu'", 'cu\\', 'cu =', 'cu=', 'cu ', 'nir', 'sociale', 'insee'],
    pattern: new RegExp(String.raw`${OPEN}${NIR_LABEL}${BETWEEN}(?<v>${NIR_VALUE})(?![\dA-Za-z])`, 'i'),
    mask: 'tail',
    validate: (v) => nirValid(v),
    remediation: "Keep social-security numbers out of prompts and tool arguments: pass a record id and redact before logging",
  }),
  defineDetector({
    id: 'de-passport-labelled',
    name: 'German passport number under a passport label',
    category: 'personal',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['passport', 'reisepass'],
    pattern: new RegExp(String.raw`${OPEN}(?:passport|reisepass)${BETWEEN}(?<v>${DE_PASSPORT})(?![A-Za-z0-9])`, 'i'),
    mask: 'tail',
    // Upper case as printed (the label may be any case); not one letter repeated.
    validate: (v) => /^[A-Z0-9]+$/.test(v) && !/^(.)\1+$/.test(v),
    remediation: 'Keep passport numbers out of prompts and traces: verify documents outside the model and log a reference',
  }),
];
