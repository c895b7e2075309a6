import type { AlertJournal } from '../incident/alert-journal';
import type { Classified, Filter } from './types';

/** Stage suppress: an alert the rules suppress is recorded in the journal (with the routes that said so) and ends `suppressed`. */
export function suppress(journal: AlertJournal, clock: () => number): Filter<Classified> {
  return {
    kind: 'filter',
    name: 'suppress',
    async check({ alert, decision }) {
      if (!decision.suppress) return null;
      await journal.record('suppressed', alert, decision.matchedRoutes.join(' > ') || 'rules', clock());
      return { done: 'suppressed', meta: { routes: decision.matchedRoutes } };
    },
  };
}
