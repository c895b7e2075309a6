/** Escape text for Slack mrkdwn (`&`, `<`, `>`), terminal colour codes and control characters taken out (TERMINAL_CODES). */
export function esc(s: string): string {
  return s.replace(TERMINAL_CODES, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What a terminal reads and Slack would show as noise: colour and cursor sequences (ESC `[` …,
 * ESC `]` … BEL) of console loggers, and the other control characters except tab and line breaks.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const TERMINAL_CODES = /\x1b\[[0-?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * A URL safe inside Slack's `<url|text>`: http(s) only, parsed by WHATWG URL, with no
 * whitespace, `<`, `>`, `|` or quotes (which could close the link and start markup of its
 * own: `https://wiki/rb|Runbook> <!channel>`); anything else is null (no link at all).
 */
export function safeUrl(u: string | undefined | null): string | null {
  if (!u) return null;
  const t = u.trim();
  if (t.length > 3000 || !/^https?:\/\/[^\s<>|"'`]+$/i.test(t)) return null;
  try {
    const parsed = new URL(t);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return t;
}

/** Link text: `|`, `<` and `>` dropped, `&` escaped (it cannot end the link or add markup). */
export function linkText(t: string): string {
  return t.replace(/[|<>]/g, '').replace(/&(?!amp;|lt;|gt;)/g, '&amp;');
}

/** `<url|text>` for a safe http(s) URL, else '' (text from outside never becomes a link of its own). */
export function slackLink(url: string | undefined | null, text: string): string {
  const u = safeUrl(url);
  return u ? `<${u}|${linkText(text)}>` : '';
}

/**
 * Outside text for a plain_text field: Slack shows it as is, but `<` and `>` become the
 * look-alikes ‹ › so that no `<!channel>` (or anything shaped like markup) is ever sent.
 */
export function plainText(s: string): string {
  return s.replace(/</g, '‹').replace(/>/g, '›');
}

/** Cut a string to `max` characters, marking the cut with an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Datadog's markdown message → Slack mrkdwn: drops `@webhook-…` notify handles and the
 * footer links (shown as buttons/links elsewhere), `**b**` → `*b*`, `[t](u)` → `<u|t>`.
 */
export function datadogToMrkdwn(md: string): string {
  const body = md.split(/\n- - -\n/)[0];
  const lines = body
    .split('\n')
    .map((l) => l.replace(/(^|\s)@webhook-[\w-]+/g, '').replace(/^\s*Notify:\s*$/i, ''))
    .filter((l, i, arr) => !(l.trim() === '' && (i === 0 || arr[i - 1].trim() === '')));
  const text = esc(lines.join('\n').trim());
  return text
    .replace(/!\[[^\]\n]{0,200}\]\([^)\s]{1,3000}\)/g, '')
    .replace(/\[([^\]\n]{1,300})\]\((https?:\/\/[^)\s]{1,3000})\)/g, (m, t: string, u: string) => slackLink(u.replace(/\|/g, '%7C'), t.replace(/[[\]]/g, '')) || m)
    .replace(/\*\*\*([^*\n]{1,500})\*\*\*/g, '*$1*')
    .replace(/\*\*([^*\n]{1,500})\*\*/g, '*$1*')
    .trim();
}

/** Format epoch ms as a Slack date token with a UTC fallback. */
export function slackDate(ms: number): string {
  const s = Math.floor(ms / 1000);
  const fallback = new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return `<!date^${s}^{date_short_pretty} {time}|${fallback}>`;
}

/** Severity → emoji shown in headers. */
export const SEVERITY_EMOJI: Record<string, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};
