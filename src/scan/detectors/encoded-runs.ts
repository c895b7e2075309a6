import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import type { FindingCategory } from '../types';

/**
 * Secrets and personal data sent encoded: a base64 or base64url blob (`Z2hwX2Ex…` = `ghp_a1…`, a
 * base64 body `dG9rZW49…` = `token=…`, base64 inside base64), a hex dump (`736b5f6c697665…`), a run
 * of `\xNN` / `\uNNNN` escapes. Such a run is decoded, the decoded text is scanned with every built-in
 * detector (these included, to a depth of three encodings), and a run whose decoded text holds a leak
 * is reported whole.
 *
 * Bounded cost: the prefilter wakes these rules only on lines that hold the encoded form of a
 * marker (base64 at each of its three alignments, base64url, hex: `password`, `token`, `ghp_`,
 * `sk_live_`, `-----BEGIN`, `@gmail.`, …); a run is decoded only when it holds such a marker itself,
 * is at most 8 KB long, and decodes to printable text.
 */

/** A scan of decoded text: the categories of the leaks found. */
type DecodedScan = (text: string) => FindingCategory[];
/** Makes such a scan (set by create-scanner.ts, which cannot be imported here); one per depth, as a scan is not re-entrant. */
let makeScan: () => DecodedScan = () => () => [];
const scans: DecodedScan[] = [];
/** How many encodings deep the current decoding is. */
let depth = 0;
const MAX_DEPTH = 3;
const MAX_RUN = 8192;

/** Sets the scan decoded runs go through (called once by create-scanner.ts with a scanner of the built-in detectors). */
export function setEncodedRunScanner(make: () => DecodedScan): void {
  makeScan = make;
  scans.length = 0;
}

/** Words and prefixes whose encoded form marks a run worth decoding. */
const MARKERS = [
  'password', 'passwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'Bearer ', 'Basic ', 'Authorization', 'PRIVATE KEY',
  'credential', 'ghp_', 'gho_', 'github_pat_', 'glpat-', 'sk_live_', 'rk_live_', 'sk-proj-', 'sk-ant-', 'AKIA', 'ASIA', 'xoxb-',
  'xoxp-', 'AIza', 'shpat_', 'npm_', 'hooks.slack.com', '-----BEGIN', 'postgres://', 'postgresql://', 'mysql://', 'mongodb', 'redis://',
  'amqp://', '@gmail.', '@yahoo.', '@outlook.', '@hotmail.', '@icloud.', 'email', 'phone', 'ssn', 'iban', 'card', 'dob', 'birth',
];

/** The base64 text fully determined by `word` when it starts `lead` bytes into a 3-byte group. */
function base64Of(word: string, lead: number): string {
  const bytes = Buffer.from(word, 'utf8');
  const skip = (3 - lead) % 3;
  const body = bytes.subarray(skip, skip + Math.floor((bytes.length - skip) / 3) * 3);
  let s = body.toString('base64');
  if (lead === 0) {
    // At the start of a group, the bits of a last one or two bytes fix one or two characters more.
    const rest = bytes.subarray(body.length + skip);
    if (rest.length > 0) s += Buffer.concat([rest, Buffer.alloc(3 - rest.length)]).toString('base64').slice(0, rest.length);
  }
  return s;
}

/** The encoded forms of the markers: base64 (each alignment, 4+ characters), base64url, hex. */
const FORMS: { b64: string[]; hex: string[] } = (() => {
  const b64 = new Set<string>();
  const hex = new Set<string>();
  // Base64 inside base64: a JSON blob's `eyJ`, and the base64 forms of the commonest key words.
  const twice = ['eyJ', 'ewog', ...['password', 'secret', 'token', 'Bearer '].flatMap((w) => [0, 1, 2].map((lead) => base64Of(w, lead)))];
  for (const m of [...MARKERS, ...twice]) {
    for (const lead of [0, 1, 2]) {
      const s = base64Of(m, lead);
      if (s.length >= 4) {
        b64.add(s);
        b64.add(s.replace(/\+/g, '-').replace(/\//g, '_'));
      }
    }
    hex.add(Buffer.from(m, 'utf8').toString('hex'));
  }
  return { b64: [...b64], hex: [...hex] };
})();

/** A run that holds a marker's encoded form (base64 is case-sensitive; the prefilter's keywords are not). */
const B64_MARKED = new RegExp(FORMS.b64.map((s) => s.replace(/[+/]/g, '\\$&')).join('|'));
const HEX_MARKED = new RegExp(FORMS.hex.join('|'), 'i');

/** Printable text: what a secret or a record decodes to (not binary). */
function printable(text: string): boolean {
  return text.length >= 8 && /^[\x20-\x7e\t\r\n\u00a0-\uffef]+$/.test(text) && !text.includes('\ufffd');
}

/** `\xNN` and `\uNNNN` escapes written out (each once: the run is not decoded twice). */
function unescapeRun(run: string): string {
  return run.replace(/\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})/g, (_m, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u!, 16)));
}

/** The categories of the leaks in the decoded text, or [] (not printable, too deep, too long). */
function leaksIn(decoded: string | null): FindingCategory[] {
  if (decoded === null || !printable(decoded) || depth >= MAX_DEPTH) return [];
  const scan = (scans[depth] ??= makeScan());
  depth++;
  try {
    return scan(decoded);
  } finally {
    depth--;
  }
}

interface Encoding {
  id: string;
  what: string;
  keywords: string[];
  pattern: RegExp;
  decode: (run: string) => string | null;
}

const ENCODINGS: Encoding[] = [
  {
    id: 'base64',
    what: 'a base64 or base64url blob',
    keywords: FORMS.b64,
    pattern: /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{12,8192}={0,2}(?![A-Za-z0-9+/_=-])/,
    decode: (run) => (run.length <= MAX_RUN && B64_MARKED.test(run) ? Buffer.from(run, 'base64').toString('utf8') : null),
  },
  {
    id: 'hex',
    what: 'a hex dump',
    keywords: FORMS.hex,
    pattern: /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,4096}(?![0-9A-Fa-f])/,
    decode: (run) => (run.length <= MAX_RUN && HEX_MARKED.test(run) ? Buffer.from(run, 'hex').toString('utf8') : null),
  },
  {
    id: 'escaped',
    what: 'a run of \\xNN or \\uNNNN escapes',
    keywords: ['\\x', '\\u'],
    // Letters, digits and escapes (`\u0073k_live_…`, `\x73\x6b\x5f…`); decoded when one or more are escapes.
    pattern: /(?<![\w\\])(?:[\w.+/=@:-]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}){12,4096}/,
    decode: (run) => (run.length <= MAX_RUN && /\\[xu]/.test(run) ? unescapeRun(run) : null),
  },
];

/** Two detectors per encoding: a credential one and a personal one (the decoded leak's category decides). */
export const ENCODED_RUN_DETECTORS: readonly Detector[] = ENCODINGS.flatMap((e) =>
  (['credential', 'personal'] as const).map((category) =>
    defineDetector({
      id: `encoded-${e.id}-${category === 'credential' ? 'credential' : 'personal-data'}`,
      name: `${category === 'credential' ? 'Credential' : 'Personal or financial data'} in ${e.what}, read decoded`,
      category,
      severity: category === 'credential' ? 'high' : 'medium',
      priority: 34,
      confidence: 0.8,
      keywords: e.keywords,
      pattern: e.pattern,
      mask: 'full',
      validate: (v) => {
        const found = leaksIn(e.decode(v));
        return category === 'credential' ? found.includes('credential') : found.some((c) => c === 'personal' || c === 'financial');
      },
      remediation:
        category === 'credential'
          ? 'Rotate the credential inside this encoded value: encoding is not redaction'
          : 'Do not log encoded records with customer data: encoding is not redaction',
    }),
  ),
);
