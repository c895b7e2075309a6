const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the HTML entities Datadog leaves in `$EVENT_MSG` (`&amp;`, `&#x27;`, `&#39;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Remove Datadog's `%%%` markdown markers and decode entities. */
export function cleanEventMessage(body: string): string {
  return decodeEntities(body.replace(/^\s*%%%\s*\n?/, '').replace(/\n?\s*%%%\s*$/, '')).trim();
}

/** Markdown links `[text](url)` in a message, in order. */
export function markdownLinks(md: string): { text: string; url: string }[] {
  const out: { text: string; url: string }[] = [];
  const re = /\[([^\]\n]{0,200})\]\((https?:\/\/[^)\s]{1,3000})\)/g;
  for (const m of md.matchAll(re)) out.push({ text: m[1].replace(/^\[|\]$/g, ''), url: m[2] });
  return out;
}
