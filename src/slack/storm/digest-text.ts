import { esc, SEVERITY_EMOJI, truncate } from '../render/mrkdwn';
import type { DigestCount, DigestExample } from './digest-state';

/** A channel as mrkdwn: a link for a Slack id, the escaped name otherwise. */
export function channelRef(channel: string): string {
  return /^[CGD][A-Z0-9]{2,}$/.test(channel) ? `<#${channel}>` : esc(channel);
}

/** `1 incident`, `3 incidents`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per group (most first), at most `max`, then `…and N more`. */
export function countLines(counts: DigestCount[], max: number, name: (c: DigestCount) => string): string[] {
  const lines = counts.slice(0, max).map((c) => `${name(c)}: ${plural(c.incidents, 'incident')} · ${plural(c.alerts, 'alert')}`);
  if (counts.length > max) lines.push(`…and ${counts.length - max} more`);
  return lines;
}

/** Severity group name with its emoji. */
export function severityName(c: DigestCount): string {
  return `${SEVERITY_EMOJI[c.name] ?? ''} ${esc(c.name)}`.trim();
}

/** Service group name (`—` for none). */
export function serviceName(c: DigestCount): string {
  return c.name ? `\`${esc(truncate(c.name, 60))}\`` : '—';
}

/** Monitor group name: id and the first title seen for it. */
export function monitorName(c: DigestCount): string {
  const label = c.label ? ` ${esc(truncate(c.label, 60))}` : '';
  return `\`${esc(truncate(c.name, 30))}\`${label}`;
}

/** One example incident: severity emoji, id, title, service, alerts. */
export function exampleLine(x: DigestExample): string {
  const svc = x.service ? ` · \`${esc(truncate(x.service, 40))}\`` : '';
  return `${SEVERITY_EMOJI[x.severity] ?? ''} *${esc(x.id)}* ${esc(truncate(x.title, 120))}${svc} · ×${x.alerts}`;
}

/** Join lines under a bold heading and keep the result within `max` characters (whole lines). */
export function boundedLines(heading: string, lines: string[], max: number): string {
  let out = `*${heading}*`;
  for (let i = 0; i < lines.length; i++) {
    const next = `${out}\n${lines[i]}`;
    if (next.length > max - 20) return `${out}\n…and ${lines.length - i} more`;
    out = next;
  }
  return out;
}
