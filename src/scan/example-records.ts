/** What markExampleRecords reads of a match (a RawMatch: its detector, offsets and verdict). */
interface PersonalMatch {
  detector: { category: string; id: string };
  start: number;
  end: number;
  verdict: { public?: boolean; test?: boolean; severity?: string };
}

/** A documentation mailbox (RFC 2606) on the record's line. */
const DOC_MAILBOX = /@example\.(?:com|org|net)\b/i;
/** The placeholder person of API documentation: `Jane Doe`, `first_name=John … last_name=Doe`. */
const DOE = /\b(?:John|Jane)[ +](?:Q\.? )?Doe\b|first_?name\W{1,4}(?:John|Jane)\b[^\n]{0,120}last_?name\W{1,4}Doe\b/i;

/**
 * Round l87 (blind set 87): the personal values of an API documentation example (`curl … -d first_name=Jane -d
 * last_name=Doe -d email=jane.doe@example.com -d dob=1970-01-22`), a record whose line holds both the documentation's
 * placeholder person and an RFC 2606 mailbox, are example data: reported at severity info, not a leak. Bounded: 300
 * characters either side of each finding.
 */
export function markExampleRecords<M extends PersonalMatch>(text: string, matches: M[]): M[] {
  return matches.map((m) => {
    if (m.detector.category !== 'personal' || m.verdict.public || m.verdict.test) return m;
    // Bounded reads (a 256 KB line of findings must not be searched to its ends per finding).
    const lo = Math.max(0, m.start - 300);
    const hi = Math.min(text.length, m.end + 300);
    const back = text.slice(lo, m.start);
    const ahead = text.slice(m.end, hi);
    const nl = ahead.indexOf('\n');
    const line = back.slice(back.lastIndexOf('\n') + 1) + text.slice(m.start, m.end) + (nl < 0 ? ahead : ahead.slice(0, nl));
    return DOC_MAILBOX.test(line) && DOE.test(line) ? { ...m, verdict: { ...m.verdict, test: true, severity: 'info' } } : m;
  });
}
