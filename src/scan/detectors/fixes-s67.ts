import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { einValid } from '../id-checksums-world';
import { isLowEntropy } from '../validators';

/**
 * Fixes after blind set 67 (accounting, billing and subscription integrations), measured at first sight
 * before them (87.5 %). The generic classes of its misses:
 * - a US EIN under a tax-id key (QuickBooks `TaxIdentifier='12-3456789'`, `tax_id`, `TIN`, `FEIN`): a 1099
 *   vendor's tax id is a sole trader's;
 * - a Sage Intacct session id (30 characters and `..`) under a session key (`SessionId = "…..`, `<sessionid>…</sessionid>`,
 *   `session: …..`): a bearer credential for the company's ledger;
 * - an OAuth 1.0a signing key written out (`key = "<consumer secret>&<token secret>"`, NetSuite TBA, Twitter, Magento 1):
 *   both secrets joined by `&`.
 * Left alone: a whole connection string counted as the value (Herald redacts its password, not the user and the host).
 */

/** The keys a tax id is written under (case and separators free). */
// Not a bare `TIN`/`EIN` key: those letters are in every `setting`/`being` line the prefilter would wake it on.
const TAX_KEY = String.raw`(?:tax[_ .-]?id(?:entifier)?|tax[_ .-]?(?:id[_ .-]?)?number|federal[_ .-]?tax[_ .-]?id|fein|employer[_ .-]?id(?:entification)?[_ .-]?(?:number|no))`;

export const FIXES_S67_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'us-ein-under-tax-id-key',
    name: 'US EIN under a tax-id key (`TaxIdentifier=\'12-3456789\'`, `"tax_id": "…"`, `FEIN: …`)',
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.75,
    keywords: ['taxid', 'tax_id', 'tax id', 'tax-id', 'tax.id', 'taxnumber', 'tax_number', 'tax number', 'tax-number', 'tax.number', 'fein', 'employerid', 'employer_id', 'employer id', 'employer-id', 'employer.id'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])${TAX_KEY}\\{0,3}["'\]]?[ \t]{0,3}(?:[:=]|=>|:=)[ \t]{0,3}\\{0,3}["']?(?<v>\d{2}-\d{7})(?![\d-])`, 'i'),
    mask: 'full',
    validate: (v) => einValid(v) && !isLowEntropy(v.replace('-', '')),
    remediation: "Log vendors by id; a 1099 vendor's tax id is a person's",
  }),
  defineDetector({
    id: 'intacct-session-id',
    name: 'Sage Intacct session id (30 characters and `..`) under a session key',
    category: 'credential',
    severity: 'high',
    priority: 35,
    confidence: 0.8,
    keywords: ['session'],
    // The id's last character and its two dots (a search for the whole id backtracks on every long run: 30x slower).
    precheck: { re: /[A-Za-z0-9]\.\.(?![\w.])/, reach: 80 },
    // `SessionId = "…..`, `<sessionid>…..</sessionid>`, `session: …..`, `"sessionId":"…..`: the two dots close the id.
    pattern: /(?<![A-Za-z])session_?(?:id)?\\{0,3}["'>]?[ \t]{0,3}(?:[:=]|=>|(?<=>))?[ \t]{0,3}\\{0,3}["']?(?<v>[A-Za-z0-9]{24,40}\.\.)(?![\w.])/i,
    mask: 'full',
    // Its own placeholder checks: the shared ones read a value ending in `..` as one cut short (`ops_eyJ..`).
    placeholders: false,
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v.slice(0, -2)),
    remediation: 'End the Intacct session (logout) and stop logging the SDK client configuration',
  }),
  defineDetector({
    id: 'oauth1-signing-key-quoted',
    name: 'OAuth 1.0a signing key quoted under a bare `key` (`key = "<consumer secret>&<token secret>"`, NetSuite TBA)',
    category: 'credential',
    severity: 'critical',
    priority: 35,
    confidence: 0.8,
    keywords: ['key'],
    // The two halves' join (the key, its operator and quotes, and a first half reach at most 170 characters).
    precheck: { re: /[A-Za-z0-9%._~-]&[A-Za-z0-9%._~-]/, reach: 170 },
    pattern: /(?<![A-Za-z])(?:signing_?key|signingKey|key)\\{0,3}["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}\\{0,3}["'](?<v>[A-Za-z0-9%._~-]{16,128}&[A-Za-z0-9%._~-]{16,128})\\{0,3}["']/,
    mask: 'full',
    // Both halves secret-looking: letters and digits, no word (`key = "utm_source=mail&utm_medium=…"` is a query).
    validate: (v) => v.split('&').every((h) => /\d/.test(h) && /[A-Za-z]/.test(h) && !/[=]/.test(h) && !isLowEntropy(h)),
    remediation: 'Rotate the consumer secret and the token secret, and stop logging the OAuth signing base and key',
  }),
];
