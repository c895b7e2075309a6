import type { AlertJournal } from '../incident/alert-journal';
import type { MutePort } from './ports';
import type { Classified, Filter } from './types';

/** Stage mute: an alert a mute (silence) matches is recorded on the mute and in the journal, and ends `muted`. */
export function mute(mutes: MutePort, journal: AlertJournal, clock: () => number): Filter<Classified> {
  return {
    kind: 'filter',
    name: 'mute',
    async check({ alert }) {
      const m = await mutes.match(alert);
      if (!m) return null;
      await mutes.recordMuted(m.id, alert.id);
      await journal.record('muted', alert, m.id, clock());
      return { done: 'muted', meta: { mute: m.id } };
    },
  };
}
