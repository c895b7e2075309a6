import { unwrapJsonStrings } from './unwrap-json';
import { unwrapLines } from './unwrap-lines';
import { unwrapEncodings } from './unwrap-encodings';
import { compose, type Unwrapped } from './unwrap-builder';
import { unwrapSalesforceNames } from './unwrap-salesforce';

export type { Unwrapped } from './unwrap-builder';

/** Levels of wrapping taken off at most (a JSON string in a JSON string in prefixed log lines). */
const MAX_LEVELS = 3;

/**
 * `text` as it was before a log pipeline wrapped it, or null when nothing is to be taken off:
 * JSON strings holding a multi-line text (`"message":"…\n…"`) decoded in place, CRLF line ends
 * read as LF, and the line prefixes a log shipper or a quote adds to every line (a timestamp and
 * level, a syslog header, a container runtime's `stderr F `, Markdown `> `, the indentation of a
 * YAML block scalar) taken off, transport encodings (quoted-printable, HTML-escaped, URL-encoded
 * twice: unwrapEncodings) taken off, so that a detector anchored at the start of a line, or one that
 * reads a value to the end of its line, sees the text as written. The detectors read this text;
 * findings are mapped back (Unwrapped.from/to) to cover the wrapped span.
 */
export function unwrapText(text: string): Unwrapped | null {
  let cur: Unwrapped | null = null;
  let nested = false;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const base = cur?.text ?? text;
    const json = unwrapJsonStrings(base, nested);
    nested ||= json !== null;
    const afterJson = json?.text ?? base;
    // Quoted-printable at the first level only: its header stays after decoding, and `=3D59` decoded twice is `Y`.
    const enc = unwrapEncodings(afterJson, level === 0);
    const afterEnc = enc?.text ?? afterJson;
    const lines = unwrapLines(afterEnc);
    if (!json && !enc && !lines) break;
    let step = json;
    if (enc) step = step ? compose(step, enc) : enc;
    if (lines) step = step ? compose(step, lines) : lines;
    cur = cur ? compose(cur, step!) : step;
  }
  // Salesforce API names read as their base keys (round c30: `Bank_Account__c=…` is a bank account).
  const sf = unwrapSalesforceNames(cur?.text ?? text);
  if (sf) cur = cur ? compose(cur, sf) : sf;
  return cur;
}
