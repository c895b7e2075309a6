import { PAGE_TARGETS, type PageTarget } from '../rules/escalation-types';

/** A step timer: run `run`, step `step`, its `k`-th firing counted from `anchor`; or a run by hand. */
export type StepToken =
  | { run: number; step: number; anchor: number; k: number; by?: undefined }
  | { run: number; step: number; by: string; at: number };

/** A page job: trigger the outlets for a step, or bring every paged outlet to the incident's state. */
export type PageToken = { kind: 'trigger'; run: number; step: number; firing: string; outlets: PageTarget[] } | { kind: 'sync'; version: number };

/** The token of a step timer job. */
export function stepToken(t: StepToken): string {
  return t.by !== undefined ? `${t.run}:${t.step}:hand:${t.at}:${t.by}` : `${t.run}:${t.step}:${t.anchor}:${t.k}`;
}

/** Parse a step token (null when malformed: the job is dropped). */
export function parseStepToken(s: string): StepToken | null {
  const hand = /^(\d{1,9}):(\d{1,2}):hand:(\d{1,15}):([A-Za-z0-9_.-]{1,64})$/.exec(s);
  if (hand) return { run: Number(hand[1]), step: Number(hand[2]), at: Number(hand[3]), by: hand[4] };
  const m = /^(\d{1,9}):(\d{1,2}):(\d{1,15}):(\d{1,4})$/.exec(s);
  return m ? { run: Number(m[1]), step: Number(m[2]), anchor: Number(m[3]), k: Number(m[4]) } : null;
}

/** The token of a page job. */
export function pageToken(t: PageToken): string {
  return t.kind === 'sync' ? `sync:${t.version}` : `trigger:${t.run}:${t.step}:${t.firing}:${t.outlets.join(',')}`;
}

/** Parse a page token (null when malformed). */
export function parsePageToken(s: string): PageToken | null {
  const sync = /^sync:(\d{1,12})$/.exec(s);
  if (sync) return { kind: 'sync', version: Number(sync[1]) };
  const m = /^trigger:(\d{1,9}):(\d{1,2}):([A-Za-z0-9_.-]{1,120}):([a-z,]{1,40})$/.exec(s);
  if (!m) return null;
  const outlets = m[4].split(',');
  if (!outlets.every((o) => (PAGE_TARGETS as readonly string[]).includes(o))) return null;
  return { kind: 'trigger', run: Number(m[1]), step: Number(m[2]), firing: m[3], outlets: outlets as PageTarget[] };
}
