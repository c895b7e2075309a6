import type { Alert } from '../../alert/alert';
import { esc, truncate } from './mrkdwn';

/**
 * Blocks for what the alert's payload says beyond title and message: a broken payload
 * template (what was wrong, so someone fixes it in Datadog). All text escaped (it came
 * from outside, already scanned).
 */
export function alertDetailBlocks(a: Alert): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const problem = a.extra.template_problem;
  if (problem) {
    const text = `:warning: *This webhook's body does not match its payload template* (\`${esc(problem)}\`): only what could be read is shown. Fix the webhook's payload in Datadog (Integrations → Webhooks); Herald keeps accepting it meanwhile.`;
    out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 2900) }] });
  }
  return out;
}
