import type { Alert } from '../../alert/alert';
import { esc, slackLink, truncate } from './mrkdwn';

/**
 * Blocks for what the alert's payload says beyond title and message: a synthetics test
 * (test, failing step, error, location, result link), a security signal's rule and severity,
 * a broken payload template (what was wrong, so someone fixes it in Datadog). All text
 * escaped (it came from outside, already scanned); links only http(s).
 */
export function alertDetailBlocks(a: Alert): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const problem = a.extra.template_problem;
  if (problem) {
    const text = `:warning: *This webhook's body does not match its payload template* (\`${esc(problem)}\`): only what could be read is shown. Fix the webhook's payload in Datadog (Integrations → Webhooks); Herald keeps accepting it meanwhile.`;
    out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 2900) }] });
  }
  const x = a.extra;
  const syn: string[] = [];
  if (x.synthetics_test) syn.push(`*Synthetics test*\n${esc(x.synthetics_test)}${x.synthetics_test_type ? ` (${esc(x.synthetics_test_type)})` : ''}`);
  if (x.synthetics_failing_step) syn.push(`*Failing step*\n${esc(x.synthetics_failing_step)}`);
  const error = x.synthetics_error ?? x.synthetics_summary;
  if (error) syn.push(`*Error*\n${esc(error)}`);
  if (x.synthetics_location || x.synthetics_result_url) syn.push(`*Location*\n${esc(x.synthetics_location || '—')}${x.synthetics_result_url ? ` · ${slackLink(x.synthetics_result_url, 'Result')}` : ''}`);
  if (syn.length) out.push({ type: 'section', fields: syn.map((t) => ({ type: 'mrkdwn', text: truncate(t, 1900) })) });
  if (a.source === 'security' && (x.security_rule || x.security_severity)) {
    const bits = [x.security_rule ? `*Security rule* ${esc(x.security_rule)}` : '', x.security_severity ? `*Signal severity* ${esc(x.security_severity)}` : ''].filter(Boolean);
    out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(bits.join(' · '), 2900) }] });
  }
  return out;
}
