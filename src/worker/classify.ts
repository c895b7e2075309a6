import type { RulesPort, ResolveMentions } from './ports';
import type { AlertFlow, Classified, Step } from './types';

/**
 * Stage classify: the rules decide severity, channels, mentions, grouping, repeats and
 * suppression (src/rules, pure and synchronous); `@handle` mentions become user group
 * mentions when Slack is connected. The incident key is the alert's fingerprint.
 */
export function classify(rules: RulesPort, resolveMentions: ResolveMentions | null): Step<AlertFlow, Classified> {
  return {
    kind: 'step',
    name: 'classify',
    async run({ alert }) {
      const evaluated = rules().evaluate(alert);
      const decision = resolveMentions && evaluated.mentions.length ? { ...evaluated, mentions: await resolveMentions(evaluated.mentions) } : evaluated;
      return { alert, decision, fingerprint: alert.fingerprint };
    },
  };
}
