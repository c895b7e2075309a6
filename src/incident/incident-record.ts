import { createHash } from 'node:crypto';
import type { Alert } from '../alert/alert';
import type { Decision } from '../rules/types';
import { lastAlertOf, type LastAlert } from './alert-summary';
import type { DigestSubject, Incident } from './incident';
import { placements } from './message-state';
import type { WithMessages } from './message-state';
import { readIncident } from './read-incident';

/**
 * How an incident is laid out in its Redis hash (`inc:<id>`), so that a repeat reads and
 * writes only what changes:
 *
 * - `data`: the incident's JSON without what repeats change (no last alert, no counters);
 * - `alert`: a bounded summary of the alert as of the last full save (alert-summary.ts);
 * - `last`: the latest alert's id, times and transition (a repeat writes only these), laid
 *   over `alert` when read;
 * - `count`, `lastSeen`, `lastTransition`, `lastAlertId`, `leakCount`, `eventAt`, `eventArrival`, `version`,
 *   `state`: plain fields (a repeat's Lua script increments and sets them);
 * - `fastKey`, `refs`, `fastOutcome`: present while repeats may take the fast path (open,
 *   acknowledged or snoozed; every message posted or in a storm digest): the key of the
 *   decision the incident was saved with, where its messages are (and what a digest shows of
 *   it), and a repeat's outcome (`updated`, or `digested` when every message is in a digest).
 *   Any other save removes them.
 *
 * Records of the previous version (one `data` field with everything, the last alert in full)
 * are read as they are and rewritten in this form by their next full save.
 */
export const RECORD_FIELDS = ['data', 'alert', 'last', 'count', 'lastSeen', 'lastTransition', 'lastAlertId', 'leakCount', 'eventAt', 'version', 'eventArrival'] as const;

/** What a repeat changes: kept out of `data`. */
type HotField = 'alert' | 'count' | 'lastSeen' | 'lastTransition' | 'lastAlertId' | 'leakCount' | 'eventAt' | 'eventArrival' | 'version';

/** Where an incident's messages are, and what a storm digest shows of it (the fast repeat path's `refs`). */
export interface MessageRefs extends WithMessages {
  digest?: Omit<DigestSubject, 'id' | 'count'>;
}

/** The fields a full save writes (field → value), and the fields it removes. */
export interface RecordWrite {
  set: [field: string, value: string][];
  del: string[];
}

/** A short key of a decision: a repeat whose decision differs takes the full path. */
export function decisionKey(d: Decision): string {
  return createHash('sha1').update(JSON.stringify(d)).digest('base64');
}

/** Whether repeats of this incident may take the fast path (see the layout above). */
export function fastEligible(inc: Pick<Incident, 'state' | 'channel' | 'message' | 'copies'>): boolean {
  return inc.state !== 'resolved' && placements(inc).every((p) => p.message.kind === 'posted' || p.message.kind === 'digest');
}

/** A repeat's outcome for an incident whose messages are placed: `digested` when every one is in a digest. */
export function repeatOutcome(inc: WithMessages): 'updated' | 'digested' {
  return placements(inc).some((p) => p.message.kind !== 'digest') ? 'updated' : 'digested';
}

/** The hash fields of an incident as a full save writes them (its `alert` already summarized: summarizeAlert). */
export function toRecord(inc: Incident): RecordWrite {
  const { alert, count, lastSeen, lastTransition, lastAlertId, leakCount, eventAt, eventArrival, version: _version, ...cold } = inc;
  const set: [string, string][] = [
    ['data', JSON.stringify(cold)],
    ['alert', JSON.stringify(alert)],
    ['last', JSON.stringify(lastAlertOf(alert))],
    ['count', String(count)],
    ['lastSeen', String(lastSeen)],
    ['lastTransition', lastTransition],
    ['lastAlertId', lastAlertId],
    ['leakCount', String(leakCount)],
    ['eventAt', eventAt === undefined ? '' : String(eventAt)],
    ['eventArrival', eventArrival === undefined ? '' : String(eventArrival)],
  ];
  if (!fastEligible(inc)) return { set, del: ['fastKey', 'refs', 'fastOutcome'] };
  const refs: MessageRefs = { channel: inc.channel, message: inc.message, copies: inc.copies };
  if (placements(inc).some((p) => p.message.kind === 'digest')) refs.digest = { severity: inc.severity, title: inc.title, service: inc.service, monitorId: inc.monitorId, firstSeen: inc.firstSeen };
  set.push(['fastKey', decisionKey(inc.decision)], ['refs', JSON.stringify(refs)], ['fastOutcome', repeatOutcome(inc)]);
  return { set, del: [] };
}

/** An incident from its hash fields, in RECORD_FIELDS order (null: no such incident). Reads both layouts. */
export function fromRecord(row: readonly (string | null)[]): Incident | null {
  const [data, alert, last, count, lastSeen, lastTransition, lastAlertId, leakCount, eventAt, version, eventArrival] = row;
  if (!data) return null;
  if (!alert || !last) return readIncident(data); // the previous version's record: everything in `data`
  const hot: Pick<Incident, HotField> = {
    alert: Object.assign(JSON.parse(alert) as Alert, JSON.parse(last) as LastAlert),
    count: Number(count),
    lastSeen: Number(lastSeen),
    lastTransition: lastTransition ?? '',
    lastAlertId: lastAlertId ?? '',
    leakCount: Number(leakCount),
    version: Number(version),
  };
  if (eventAt) hot.eventAt = Number(eventAt);
  if (eventArrival) hot.eventArrival = Number(eventArrival);
  return readIncident(data, hot);
}

/** The incident's posted messages from its `refs` (for the fast path's message update). */
export function refsOf(json: string): MessageRefs {
  return JSON.parse(json) as MessageRefs;
}
