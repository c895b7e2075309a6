import type { IncidentState } from '../incident/incident';
import type { AlertJournal } from '../incident/alert-journal';
import type { MutePort } from './ports';
import type { Classified, Filter } from './types';

/**
 * Stage mute, after classify: an alert a mute (silence) matches — on the fields `rules
 * explain` shows, with the severity the rules gave — is recorded on the mute and in the
 * journal, and ends `muted`. A recovery of an incident that is still open always passes
 * (whatever mutes say), so that it closes its incident: its message is updated, nothing new
 * is posted. `stateOf` reads the state of the incident a key points at.
 */
export function mute(mutes: MutePort, journal: AlertJournal, clock: () => number, stateOf: (fingerprint: string) => Promise<IncidentState | null>): Filter<Classified> {
  return {
    kind: 'filter',
    name: 'mute',
    async check({ alert, decision, fingerprint }) {
      const m = await mutes.match(alert, decision.severity);
      if (!m) return null;
      if (alert.transition === 'Recovered') {
        const state = await stateOf(fingerprint);
        if (state !== null && state !== 'resolved') return null;
      }
      await mutes.recordMuted(m.id, alert.id);
      await journal.record('muted', alert, m.id, clock());
      return { done: 'muted', meta: { mute: m.id } };
    },
  };
}
