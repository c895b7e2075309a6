import type { Severity } from '../alert/severity';
import type { PageLink, PageSubject, RedactFn } from './types';

/**
 * Outside text as plain text for a pager: Slack control sequences (`<!channel>`, `<@U…>`,
 * `<!subteam^S…|@team>`, `<url|label>`, `<!date^…|fallback>`), also when HTML-escaped,
 * become their readable form; control characters are dropped, runs of whitespace folded. Linear time (one pass per pattern, no nested quantifiers).
 */
export function plainText(s: string): string {
  return dropControls(s)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/<([^<>\n]{0,3000})>/g, (_m, inner: string) => controlToText(inner))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Control characters out (tab and newline stay). */
function dropControls(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10) || c === 127) continue;
    out += s[i];
  }
  return out;
}

function controlToText(inner: string): string {
  const bar = inner.indexOf('|');
  const head = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? inner.slice(bar + 1) : '';
  if (head.startsWith('!date')) return label;
  if (head.startsWith('!')) {
    if (label) return label.replace(/^@?/, '@');
    const word = head.slice(1).split('^')[0];
    return word === 'subteam' ? '@group' : `@${word}`;
  }
  if (head.startsWith('@') || head.startsWith('#')) return label ? `${head[0]}${label.replace(/^[@#]/, '')}` : head;
  return label ? `${label} (${head})` : head;
}

/** Cut to `max` characters (an ellipsis marks the cut). */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Redact (the whole text, so no secret is cut in half before the scanner sees it), then
 * strip Slack markup, then clip: the only way outside text reaches a pager.
 */
export function safeText(redact: RedactFn, s: string, max: number): string {
  return clip(plainText(clip(redact(s ?? ''), max * 4 + 16)), max);
}

/** The one-line summary paged: `[CRITICAL] title — service (env)`. */
export function pageSummary(redact: RedactFn, s: PageSubject, max: number): string {
  const where = [s.service, s.env ? `(${s.env})` : ''].filter(Boolean).join(' ');
  const text = `[${s.severity.toUpperCase()}] ${s.title}${where ? ` — ${where}` : ''}`;
  return safeText(redact, text, max);
}

/** Flat, redacted key → value details (incident, service, counts, monitor, step). */
export function pageDetails(redact: RedactFn, s: PageSubject): Record<string, string> {
  const out: Record<string, string> = {
    herald_incident: s.incidentId,
    severity: s.severity,
    alerts: String(s.count),
    first_seen: new Date(s.firstSeen).toISOString(),
  };
  const add = (k: string, v: string | null | undefined, max = 200) => {
    if (v) out[k] = safeText(redact, v, max);
  };
  add('service', s.service);
  add('env', s.env);
  add('team', s.team);
  add('host', s.host);
  add('monitor_id', s.monitorId);
  add('message', s.message, 2000);
  if (s.step !== undefined) out.escalation_step = String(s.step);
  return out;
}

/** Herald severity → PagerDuty's four severities. */
export const PAGERDUTY_SEVERITY: Record<Severity, 'critical' | 'error' | 'warning' | 'info'> = {
  critical: 'critical',
  high: 'error',
  medium: 'warning',
  low: 'info',
  info: 'info',
};

/** Herald severity → Opsgenie priority. */
export const OPSGENIE_PRIORITY: Record<Severity, 'P1' | 'P2' | 'P3' | 'P4' | 'P5'> = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
  info: 'P5',
};

/** Links fit to send: http(s), at most 2,000 characters, unchanged by the scanner (else dropped). */
export function safeLinks(redact: RedactFn, links: readonly PageLink[]): PageLink[] {
  return links
    .filter((l) => /^https?:\/\/[^\s<>|]{1,2000}$/.test(l.href) && redact(l.href) === l.href)
    .slice(0, 5)
    .map((l) => ({ href: l.href, text: safeText(redact, l.text, 100) }));
}
