/**
 * Digits that are part of hex text, not a number of their own: a fingerprint's groups (GPG, SSH MD5) and a hex dump's
 * byte pairs. The card and phone detectors ask these on a candidate match only.
 */

/**
 * True when grouped digits are part of a run of hex groups (a GPG or SSH fingerprint: `5639 1005 6876 7185 7F0A 4FB8`):
 * the match ends glued to a letter, or two hex groups with a letter sit right after or right before it.
 */
export function hexGroupRun(text: string, start: number, end: number): boolean {
  if (/[A-Za-z]/.test(text[end] ?? '')) return true;
  const after = /^[ :]([0-9A-F]{4}[ :][0-9A-F]{4}|[0-9a-f]{4}[ :][0-9a-f]{4})(?![0-9A-Za-z])/.exec(text.slice(end, end + 12))?.[1];
  const before = /(?:^|[^0-9A-Za-z])([0-9A-F]{4}[ :][0-9A-F]{4}|[0-9a-f]{4}[ :][0-9a-f]{4})[ :]$/.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return (after !== undefined && /[A-Fa-f]/.test(after)) || (before !== undefined && /[A-Fa-f]/.test(before));
}

/** True when `text[start, end)` sits between hex byte pairs on both sides, at least one with a letter digit (a hex dump's row). */
export function isHexDumpRow(text: string, start: number, end: number): boolean {
  const before = /(?:^|\s)([0-9a-fA-F]{2}) $/.exec(text.slice(Math.max(0, start - 4), start))?.[1];
  const after = /^ ([0-9a-fA-F]{2})(?:\s|$)/.exec(text.slice(end, end + 4))?.[1];
  if (before === undefined || after === undefined) return false;
  const row = text.slice(Math.max(0, start - 30), end + 30);
  return /[a-fA-F]/.test(before + after) || (/(?:^|\s)[0-9a-fA-F]?[a-fA-F][0-9a-fA-F]?(?=\s)/.test(row) && /(?:[0-9a-fA-F]{2} ){6}/.test(row));
}
