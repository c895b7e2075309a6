import type { GroupMemoryPort } from './group-memory';
import type { RulesPort, ResolveMentions } from './ports';
import type { AlertFlow, Classified, Step } from './types';

/**
 * Stage classify: the rules decide severity, channels, mentions, grouping, repeats and
 * suppression (src/rules, pure and synchronous); `@handle` mentions become user group
 * mentions when Slack is connected. The incident key is the rules' `fingerprintFor` (the
 * alert's fingerprint, or its `group_by` key); a recovery goes to the key its monitor's
 * last alert was grouped under (`groups`), else to its own fingerprint, whatever route its
 * own text matches. With group_by in the rules every alert makes one call to `groups`.
 */
export function classify(rules: RulesPort, resolveMentions: ResolveMentions | null, groups: GroupMemoryPort | null = null): Step<AlertFlow, Classified> {
  return {
    kind: 'step',
    name: 'classify',
    async run({ alert }) {
      const engine = rules();
      const evaluated = engine.evaluate(alert);
      const decision = resolveMentions && evaluated.mentions.length ? { ...evaluated, mentions: await resolveMentions(evaluated.mentions) } : evaluated;
      const key = engine.fingerprintFor(alert, decision);
      // Rules without group_by leave the memory alone (and cost nothing per alert).
      const fingerprint = groups && engine.groups ? await groups.keyFor(alert.fingerprint, key, alert.transition === 'Recovered') : key;
      return { alert, decision, fingerprint };
    },
  };
}
