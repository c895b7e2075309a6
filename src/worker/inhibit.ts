import type { AlertJournal } from '../incident/alert-journal';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { InhibitPort } from './ports';
import type { Classified, Filter } from './types';

/**
 * Stage inhibit: while an incident that an inhibition rule names as source is open, an alert
 * the rule targets is folded into it: counted on that incident (its message re-rendered in
 * the background), recorded in the journal, and ends `inhibited`. Recoveries always pass.
 */
export function inhibit(index: InhibitPort, incidents: IncidentStore, refresh: (inc: Incident) => void, journal: AlertJournal, clock: () => number): Filter<Classified> {
  return {
    kind: 'filter',
    name: 'inhibit',
    async check({ alert, decision }) {
      if (alert.transition === 'Recovered') return null;
      const by = await index.check(alert, decision);
      if (!by) return null;
      const updated = await incidents.update(by.incidentId, (cur) => (cur.state === 'resolved' ? null : { ...cur, inhibitedCount: cur.inhibitedCount + 1, lastSeen: clock() }));
      if (updated && updated.after !== updated.before) refresh(updated.after);
      await journal.record('inhibited', alert, `${by.incidentId} (${by.rule})`, clock());
      return { done: 'inhibited', meta: { by: by.incidentId } };
    },
  };
}

/** After a correlation is saved: index the incident as open (a possible inhibition source) or closed. */
export async function markInhibition(index: InhibitPort, flow: Pick<Classified, 'alert' | 'decision'>, inc: Pick<Incident, 'id' | 'state'>): Promise<void> {
  if (inc.state === 'resolved') await index.markClosed(flow.alert, flow.decision, inc.id);
  else await index.markOpen(flow.alert, flow.decision, inc.id);
}
