import type { Finding } from '../../scan/types';
import { esc, truncate } from './mrkdwn';

/** The "Sensitive data detected" section: masked findings and what to do (never raw values). */
export function findingsBlocks(findings: Finding[]): Record<string, unknown>[] {
  if (!findings.length) return [];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const f of findings) {
    const key = `${f.detector}|${f.masked}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tag = f.test ? ' (test value)' : f.public ? ' (public key)' : '';
    lines.push(`• *${esc(f.detector)}* (${f.category}, ${f.severity}${tag}) \`${esc(f.masked)}\` in \`${esc(f.path)}\``);
    if (lines.length >= 8) break;
  }
  const more = findings.length - lines.length > 0 ? `\n_…and ${findings.length - lines.length} more_` : '';
  const remediation = [...new Set(findings.map((f) => f.remediation).filter(Boolean))].slice(0, 3).map((r) => `> ${esc(r)}`);
  return [
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`:lock: *Sensitive data detected* (${findings.length}) — redacted before it reached Slack\n${lines.join('\n')}${more}`, 2900) } },
    ...(remediation.length ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(remediation.join('\n'), 2900) }] }] : []),
  ];
}
