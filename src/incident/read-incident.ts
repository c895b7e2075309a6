import type { Incident } from './incident';
import { fromLegacyTs, type MessageState } from './message-state';

/** A copy as the previous version stored it. */
type StoredCopy = { channel: string; message?: MessageState; ts?: string; digestId?: string };

/** An incident as stored by either version. */
type StoredIncident = Omit<Incident, 'message' | 'copies'> & { message?: MessageState; ts?: string; digestId?: string; copies: StoredCopy[] };

/**
 * An incident from its stored JSON. Incidents saved by the previous version keep a message's
 * state in one string `ts` ('' | 'posting' | 'digest' | a Slack ts) and the primary digest
 * in `digestId`; they are converted here, on read, and saved in the new form by their next
 * change. Both forms may be in Redis at once during an upgrade.
 */
export function readIncident(json: string): Incident {
  const raw = JSON.parse(json) as StoredIncident;
  if (raw.message && raw.copies.every((c) => c.message)) return raw as Incident;
  const { ts, digestId, message, copies, ...rest } = raw;
  return {
    ...rest,
    message: message ?? fromLegacyTs(ts, digestId),
    copies: copies.map((c) => ({ channel: c.channel, message: c.message ?? fromLegacyTs(c.ts, c.digestId) })),
  };
}
