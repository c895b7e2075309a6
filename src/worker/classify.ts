import type { GroupMemoryPort } from './group-memory';
import type { RulesPort, ResolveMentions } from './ports';
import type { AlertFlow, Classified, Step } from './types';

/**
 * Stage classify: the rules decide severity, channels, mentions, grouping, repeats and
 * suppression (src/rules, pure and synchronous); `@handle` mentions become user group
 * mentions when Slack is connected. The incident key is the rules' `fingerprintFor` (the
 * alert's fingerprint, or its `group_by` key); a recovery goes to the key its monitor's
 * alerts were last grouped under (`groups`), else to its own fingerprint, whatever route
 * its own text matches.
 */
export function classify(rules: RulesPort, resolveMentions: ResolveMentions | null, groups: GroupMemoryPort | null = null): Step<AlertFlow, Classified> {
  return {
    kind: 'step',
    name: 'classify',
    async run({ alert }) {
      const engine = rules();
      const evaluated = engine.evaluate(alert);
      const decision = resolveMentions && evaluated.mentions.length ? { ...evaluated, mentions: await resolveMentions(evaluated.mentions) } : evaluated;
      let fingerprint = engine.fingerprintFor(alert, decision);
      if (groups) {
        if (alert.transition === 'Recovered') fingerprint = (await groups.recall(alert.fingerprint)) ?? fingerprint;
        else if (fingerprint !== alert.fingerprint) await groups.remember(alert.fingerprint, fingerprint);
      }
      return { alert, decision, fingerprint };
    },
  };
}
