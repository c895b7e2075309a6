import type { Incident } from './incident';
import { fromLegacyTs, type MessageState } from './message-state';

/** A copy as the previous version stored it. */
type StoredCopy = { channel: string; message?: MessageState; ts?: string; digestId?: string };

/** An incident as stored by either version. */
type StoredIncident = Omit<Incident, 'message' | 'copies'> & { message?: MessageState; ts?: string; digestId?: string; copies: StoredCopy[] };

/**
 * An incident from its stored JSON, with `hot` (the fields kept outside the JSON, see
 * incident-record.ts) laid over it. Incidents saved by an older version keep a message's
 * state in one string `ts` ('' | 'posting' | 'digest' | a Slack ts) and the primary digest
 * in `digestId`; they are converted here, on read, and saved in the new form by their next
 * change. Both forms may be in Redis at once during an upgrade.
 */
export function readIncident(json: string, hot?: Partial<Incident>): Incident {
  const parsed = JSON.parse(json) as StoredIncident;
  const raw = hot ? Object.assign(parsed, hot) : parsed;
  if (raw.message && raw.copies.every((c) => c.message)) return raw as Incident;
  const { ts, digestId, message, copies, ...rest } = raw;
  return {
    ...rest,
    message: message ?? fromLegacyTs(ts, digestId),
    copies: copies.map((c) => ({ channel: c.channel, message: c.message ?? fromLegacyTs(c.ts, c.digestId) })),
  };
}
