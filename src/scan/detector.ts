import type { Severity } from '../alert/severity';
import type { FindingCategory } from './types';

/**
 * Cheap character-class shapes the prefilter recognises in its single pass:
 * `card` a 15–16 digit run or 13+ digits in groups; `ssn` digits in dash groups;
 * `phone` `+` and 8+ digits, 10+ digits in groups, or a national layout (9+ digits after a trunk `0` with a separator, 9 in four groups); `ipv4` a dotted digit run;
 * `ipv6` 3+ colons in a hex run; `mac` 5 colon or dash separators in a hex run;
 * `hex32` exactly 32 lowercase hex digits in a row; `iban` two capitals then two digits.
 */
export type ShapeId = 'card' | 'ssn' | 'phone' | 'ipv4' | 'ipv6' | 'mac' | 'hex32' | 'iban' | 'idnum';

/** How a detector's matched value is turned into a safe preview. */
export type MaskStyle =
  | 'prefix' // kind prefix + … + at most the last 4 chars (long keys)
  | 'tail' // •••• + last 4 chars for long values, fully masked otherwise
  | 'full' // always fully masked
  | 'card' // •••• 4242
  | 'email' // j•••@example.com
  | 'phone' // •••••32
  | 'ssn' // •••-••-6789
  | 'ip' // 203.•.•.•
  | 'iban' // DE•• •••• 3000
  | 'pem'; // [PEM rsa private key]

/** Where a match was found: the window of text the detector ran on. */
export interface MatchContext {
  /** The window (usually one line) the detector ran on. */
  text: string;
  /** Offsets of the value inside `text`. */
  start: number;
  end: number;
  /** Where the whole match starts in `text` (the key of a `key=value` match). */
  matchStart?: number;
  /** The pattern's `k` group (the key name), when it has one. */
  key?: string;
}

/** The outcome of a detector's validation step. */
export interface Verdict {
  ok: boolean;
  /** Shortens the value to `value.slice(0, trimEnd)`. */
  trimEnd?: number;
  test?: boolean;
  public?: boolean;
  severity?: Severity;
  confidence?: number;
}

/** A compiled detector. Build with `defineDetector`. */
export interface Detector {
  /** Stable id used in findings and `[REDACTED:<id>]`. */
  readonly id: string;
  /** Human name ("Stripe secret key"). */
  readonly name: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly confidence: number;
  /** Specificity: the higher one wins an overlap. */
  readonly priority: number;
  /** Lowercase literals; the detector runs on a line only when one occurs in it. */
  readonly keywords: readonly string[];
  /** Character-class shape checked in the prefilter pass, for detectors without a literal anchor. */
  readonly shape: ShapeId | null;
  /** Global, `d`-flagged pattern; named group `v` is the sensitive part (else the whole match). */
  readonly pattern: RegExp;
  /**
   * A cheap search that bounds where `pattern` can match, or null: every match of `pattern`
   * contains a match of `precheck.re` that starts at most `precheck.reach` characters after the
   * pattern match's start. A window where `re` finds nothing is not searched with `pattern`, and
   * the search starts `reach` characters before `re`'s first match (same matches, less text).
   */
  readonly precheck: { readonly re: RegExp; readonly reach: number } | null;
  /**
   * For patterns with a key group `k` whose validation rejects every match with a key this
   * returns false for (`cache_key` for secret assignments), or null. With it, matchInSlice
   * runs `plain` (the pattern without indices, cheaper) and rejects an unquoted value (group
   * `u`, which no quote may precede) of such a key at once; other matches are run again with
   * `pattern` and judged as usual.
   */
  readonly keyOk: ((key: string) => boolean) | null;
  /** `pattern` without the `d` flag (null unless keyOk is set). */
  readonly plain: RegExp | null;
  /**
   * The smallest position at or after `from` where `pattern` can match in `text`, or -1; null
   * when unknown. Every position where `pattern` matches must be returned for some `from` at or
   * before it. With it, matchInSlice runs `sticky` at those positions only, not the pattern's
   * own search from every character (see match-starts.ts).
   */
  readonly starts: ((text: string, from: number, anchors?: ArrayLike<number>) => number) | null;
  /**
   * Literals (case-sensitive) of which every match holds one, or null: the prefilter does not
   * list the detector for a line that holds none of them (see literalsOf for starts by firstOf).
   */
  readonly needs: readonly string[] | null;
  /**
   * Literals (lowercase ASCII, matched case-insensitively) at one of which every place `starts`
   * searches for begins (for keyStarts: every match of its word search), or null. The prefilter
   * records where they start in each line it lists the detector for (they are keywords of its
   * automaton, found in the same pass), and `starts` then tries its search only there instead of
   * running it over the whole line (see ScanWindow.anchors). The findings are the same.
   */
  readonly anchors: readonly string[] | null;
  /**
   * `pattern` with the `y` flag (null unless starts is set), and with `d` unless the detector has
   * valueLast (whose offsets follow from the match) or keyOk (whose rejected keys would each pay
   * for indices): its match then gives the value's offsets itself, and `pattern` is neither run
   * again nor compiled (V8 compiles each flag set of a pattern on its own, ~1 ms for the larger ones).
   */
  readonly sticky: RegExp | null;
  /**
   * The sensitive part (group `v`, `w` or `u`, whichever took part) ends where the match ends, as
   * in `key = value` patterns: with `starts`, its offsets follow from the sticky match, and the
   * pattern is not run again with indices (which cost on every match).
   */
  readonly valueLast: boolean;
  /** Run on [line start, hit + span] instead of the line (multi-line values). */
  readonly span: number;
  /**
   * With a span: how many lines before the hit's line the window starts (a table whose keyword is
   * its rule line, under the header it names: psql's `----+----`); absent or 0 = the hit's line.
   */
  readonly spanBack?: number;
  /**
   * Keywords count only where they start a line (at the text's start or after a `\n`), as the
   * pattern requires: a NACHA record's `622`, which digits elsewhere hold everywhere. All of the
   * detector's keywords have this one length (the prefilter finds a hit's start from its end).
   */
  readonly lineStart?: number;
  /**
   * The detector runs on a line only when the line also holds this shape (as the prefilter finds
   * shapes): a keyword detector whose every match is a digit run of that shape (`customer_id` is in
   * every SQL log; a Google Ads id `845-062-8374` is a phone-shaped run).
   */
  readonly needsShape?: ShapeId;
  /**
   * Sticky: a line the detector can match in starts with a match of it (tested at the line's start
   * before the detector is listed for the line). For lineStart detectors whose keyword is short
   * (`10`: a BECS record `1062-000`, not the `10.240.1.7` of an access log).
   */
  readonly lineHead?: RegExp;
  /**
   * A keyword hit counts only when the character before the keyword is not a word character
   * (`word`: `ion_` of an Ionic token, not of `duration_ms`) or not a digit (`digit`: a SWIFT
   * field tag `:59:`, not the minutes of `23:59:44`).
   */
  readonly keywordBoundary?: 'word' | 'digit';
  /**
   * Every match holds a character above U+00FF (a key or an address in CJK, Cyrillic, Arabic or
   * Devanagari script): the prefilter does not run a detector without keywords and shape on a text
   * that has none (a test V8 answers at once for a text stored one byte per character).
   */
  readonly wideOnly?: boolean;
  /** Reject shared placeholders (`xxxx`, `<token>`, `${VAR}`…). */
  readonly placeholders: boolean;
  /** Shannon entropy floor (bits per char), 0 = none. */
  readonly minEntropy: number;
  readonly mask: MaskStyle;
  /** Prefix that identifies the kind, kept by the `prefix` mask (e.g. `sk_live_`). */
  readonly kind: RegExp | null;
  /** What to do about a finding (no trailing period). */
  readonly remediation: string;
  readonly validate: ((value: string, ctx: MatchContext) => boolean | Verdict) | null;
}
