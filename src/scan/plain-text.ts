/**
 * A cheap look at a short text's characters, so that scan() of the many short fields of an alert (times, hosts,
 * names, keys: 129 of the 191 texts of the 15.6 KB bench alert are up to 30 characters) skips steps that could
 * only find nothing. Each such step costs a regular expression or several string searches even on a few
 * characters (~100–300 ns each), a loop over 30 characters ~20 ns.
 */

/** Texts up to this long are read by plainness(); longer ones go through every step (their searches pay off). */
export const PLAIN_MAX = 64;

/** plainness(): the text is printable ASCII without a backslash (no full-width form, nothing invisible). */
export const PLAIN = 1;
/** plainness(): PLAIN, and none of `"` `=` `-` `&` `%` `_` (nothing unwrapText takes off: see there). */
export const QUIET = 2;

/**
 * PLAIN | QUIET, PLAIN, or 0 (a longer text, or one with another character). PLAIN rules out full-width forms
 * (U+FF01–FF5E, U+3000: foldFullWidth) and what unwrapInvisible takes off (characters from U+00AD up, ESC, and
 * escapes written out, which start with a backslash). QUIET also rules out every wrapping unwrapText reads: a JSON
 * string (a `"`, and a backslash escape), quoted-printable (`=3D`, or a `quoted-printable` header), HTML escapes
 * (`&`), URL-encoding twice (`%`), line prefixes (a `\n`, which PLAIN excludes) and Salesforce suffixes (`__c`).
 */
export function plainness(text: string): number {
  if (text.length > PLAIN_MAX) return 0;
  let quiet = QUIET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 92) return 0;
    // `"` 34, `%` 37, `&` 38, `-` 45, `=` 61, `_` 95
    if (c === 34 || c === 37 || c === 38 || c === 45 || c === 61 || c === 95) quiet = 0;
  }
  return PLAIN | quiet;
}
