import type Redis from 'ioredis';
import type { Incident, IncidentState } from './incident';
import { INCIDENT_STATES } from './incident';
import type { Alert } from '../alert/alert';
import { CAS_SCRIPT, REPEAT_SCRIPT } from './incident-scripts';
import { fromRecord, refsOf, RECORD_FIELDS, toRecord, type MessageRefs } from './incident-record';
import { lastAlertOf, summarizeAlert } from './alert-summary';
import { IncidentLocks, type LockOptions } from './incident-locks';



/** How long notification and applied marks are kept. */
const NOTIFICATION_TTL_MS = 7 * 86_400_000;


/** Result of a compare-and-set save. */
export type SaveResult = { ok: true; incident: Incident } | { ok: false; current: Incident | null };

/** A repeat taken by the fast path: the incident's id, new version and count, where its messages are, and the outcome. */
export interface FastRepeat extends MessageRefs {
  id: string;
  version: number;
  count: number;
  state: IncidentState;
  outcome: 'updated' | 'digested';
  /** Digests that took the new count in the same step (with `digests` given to repeatFast). */
  counted: string[];
}

/** Where storm digests keep their counts (`<base>:dg:<id>:…`) and how long: a fast repeat counts them in the same step. */
export interface DigestCounts {
  base: string;
  ttlMs: number;
}

/**
 * Incidents in Redis: `inc:<id>` hashes (layout: incident-record.ts), `fp:<fingerprint>` → id,
 * an index by last activity, per-state counts, and per-fingerprint locks. Saves are
 * compare-and-set on the version, so two concurrent changes never both win.
 */
export class IncidentStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly clock: () => number = Date.now,
    private readonly retentionMs = 30 * 86_400_000,
  ) {
    this.locks = new IncidentLocks(redis, prefix);
  }

  private readonly locks: IncidentLocks;

  private k(...parts: string[]): string {
    return `${this.prefix}:${parts.join(':')}`;
  }

  /** A new short id (`H-` + base36 sequence). */
  async nextId(): Promise<string> {
    const n = await this.redis.incr(this.k('inc', 'seq'));
    return `H-${n.toString(36)}`;
  }

  /** Read one incident by id. */
  async get(id: string): Promise<Incident | null> {
    return fromRecord(await this.redis.hmget(this.k('inc', id), ...RECORD_FIELDS));
  }

  /** The state of the incident a fingerprint points at (null: none), without reading the incident. */
  async stateOf(fp: string): Promise<IncidentState | null> {
    const id = await this.redis.get(this.k('fp', fp));
    return id ? ((await this.redis.hget(this.k('inc', id), 'state')) as IncidentState | null) : null;
  }

  /** Read the incident a fingerprint points at. */
  async getByFingerprint(fp: string): Promise<Incident | null> {
    const id = await this.redis.get(this.k('fp', fp));
    return id ? this.get(id) : null;
  }

  /**
   * Save if nobody saved since `expectedVersion` was read (null = create). Keeps the
   * fingerprint pointer, the activity index and the per-state counts in step, in one atomic
   * step. `marks` (notification key → value, as recordNotification) are set only if the save
   * wins: a batch of alerts is then recorded as applied exactly when it is.
   */
  async save(inc: Incident, expectedVersion: number | null, marks: [key: string, value: string][] = []): Promise<SaveResult> {
    const next: Incident = { ...inc, alert: summarizeAlert(inc.alert), version: (expectedVersion ?? 0) + 1 };
    const ttlMs = this.retentionMs;
    const rec = toRecord(next);
    const res = (await CAS_SCRIPT.run(
      this.redis,
      3 + INCIDENT_STATES.length,
      this.k('inc', inc.id),
      ...INCIDENT_STATES.map((st) => this.stateKey(st)),
      this.k('fp', inc.fingerprint),
      this.k('inc', 'index'),
      expectedVersion === null ? '' : String(expectedVersion),
      String(2 + INCIDENT_STATES.indexOf(next.state)),
      String(next.version),
      String(this.clock()),
      String(ttlMs),
      next.state,
      inc.id,
      String(next.lastSeen),
      String(NOTIFICATION_TTL_MS),
      String(rec.set.length),
      ...rec.set.flat(),
      String(rec.del.length),
      ...rec.del,
      ...marks.flatMap(([key, value]) => [this.k('notif', key), value]),
    )) as [number, string];
    if (res[0] !== 1) return { ok: false, current: await this.get(inc.id) };
    return { ok: true, incident: next };
  }

  /**
   * Take a plain repeat into the open incident `fp` points at, in one atomic step without
   * reading the incident (incident-scripts.ts: REPEAT), and set the alert's `applied` mark.
   * Null when the fast path does not apply — no incident, resolved, a message not placed or
   * posted yet, another decision (`decisionKey`), a re-run — and nothing was changed: the
   * caller takes the full path. With `digests`, the storm digests that hold the incident
   * take its new count in the same step (`counted`; see REPEAT).
   */
  async repeatFast(fp: string, alert: Alert, decisionKey: string, digests: DigestCounts | null = null): Promise<FastRepeat | null> {
    const res = (await REPEAT_SCRIPT.run(
      this.redis,
      2,
      this.k('fp', fp),
      this.k('inc', 'index'),
      this.k('inc', ''),
      this.k('inc', 'state', ''),
      this.k('notif', ''),
      alert.id,
      String(alert.date),
      String(alert.leak.count),
      JSON.stringify(lastAlertOf(alert)),
      decisionKey,
      String(this.clock()),
      String(this.retentionMs),
      String(NOTIFICATION_TTL_MS),
      alert.transition,
      digests?.base ?? '',
      String(digests?.ttlMs ?? 0),
      alert.arrival === undefined ? '' : String(alert.arrival),
    )) as [number, string?, number?, number?, string?, string?, string?, string?];
    if (res[0] !== 1) return null;
    const counted = res[7] ? res[7].split(' ').filter(Boolean) : [];
    return { ...refsOf(res[5]!), id: res[1]!, version: Number(res[2]), count: Number(res[3]), state: res[4] as IncidentState, outcome: res[6] === 'digested' ? 'digested' : 'updated', counted };
  }

  /**
   * Apply `change` atomically: read, compute, compare-and-set, retrying on conflicts.
   * `change` returns null to leave the incident as it is.
   */
  async update(id: string, change: (cur: Incident) => Incident | null, tries = 8): Promise<{ before: Incident; after: Incident } | null> {
    for (let i = 0; i < tries; i++) {
      const cur = await this.get(id);
      if (!cur) return null;
      const next = change(cur);
      if (!next) return { before: cur, after: cur };
      const r = await this.save(next, cur.version);
      if (r.ok) return { before: cur, after: r.incident };
    }
    throw new Error(`incident ${id}: too many concurrent updates`);
  }

  /** Run `fn` holding the fingerprint's lock (see IncidentLocks); undefined when `o.skip` said so. */
  withLock<T>(fp: string, fn: () => Promise<T>, o: LockOptions = {}): Promise<T | undefined> {
    return this.locks.withLock(fp, fn, o);
  }

  /** Incidents by most recent activity, optionally filtered. */
  async list(f: { states?: IncidentState[]; service?: string; since?: number; limit?: number } = {}): Promise<Incident[]> {
    const ids = await this.redis.zrevrangebyscore(this.k('inc', 'index'), '+inf', f.since ?? 0, 'LIMIT', 0, 2000);
    const out: Incident[] = [];
    const limit = f.limit ?? 50;
    for (let i = 0; i < ids.length && out.length < limit; i += 100) {
      const batch = ids.slice(i, i + 100);
      const pipe = this.redis.pipeline();
      for (const id of batch) pipe.hmget(this.k('inc', id), ...RECORD_FIELDS);
      const rows = (await pipe.exec()) ?? [];
      for (const [, row] of rows) {
        const inc = Array.isArray(row) ? fromRecord(row as (string | null)[]) : null;
        if (!inc) continue;
        if (f.states && !f.states.includes(inc.state)) continue;
        if (f.service && inc.service !== f.service) continue;
        out.push(inc);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /**
   * Incidents per state among those kept (saved within the retention): every save moves the
   * id between per-state sorted sets; expired incidents drop out here, and out of the index.
   */
  async stateCounts(): Promise<Record<IncidentState, number>> {
    const live = this.clock() - this.retentionMs;
    const pipe = this.redis.pipeline();
    for (const st of INCIDENT_STATES) pipe.zremrangebyscore(this.stateKey(st), '-inf', `(${live}`).zcard(this.stateKey(st));
    const rows = (await pipe.exec()) ?? [];
    const out = {} as Record<IncidentState, number>;
    INCIDENT_STATES.forEach((st, i) => (out[st] = Number(rows[2 * i + 1]?.[1] ?? 0)));
    await this.trimIndex(live);
    return out;
  }

  /** Drop index entries of incidents that expired (bounded work per call). */
  private async trimIndex(live: number): Promise<void> {
    const old = await this.redis.zrangebyscore(this.k('inc', 'index'), '-inf', `(${live}`, 'LIMIT', 0, 500);
    if (old.length === 0) return;
    const pipe = this.redis.pipeline();
    for (const id of old) pipe.exists(this.k('inc', id));
    const rows = (await pipe.exec()) ?? [];
    const gone = old.filter((_, i) => Number(rows[i]?.[1]) === 0);
    if (gone.length) await this.redis.zrem(this.k('inc', 'index'), ...gone);
  }

  private stateKey(state: IncidentState): string {
    return this.k('inc', 'state', state);
  }

  /** The Slack ts recorded for one notification (alert id + purpose), if it was already sent. */
  async notificationTs(key: string): Promise<string | null> {
    return this.redis.get(this.k('notif', key));
  }

  /** Record that a notification was sent (before the job is acknowledged). */
  async recordNotification(key: string, ts: string): Promise<void> {
    await this.redis.set(this.k('notif', key), ts, 'PX', NOTIFICATION_TTL_MS);
  }

  /** notificationTs for several keys at once (null where absent). */
  async notificationTsMany(keys: string[]): Promise<(string | null)[]> {
    return keys.length ? this.redis.mget(...keys.map((key) => this.k('notif', key))) : [];
  }

  /** Now, from the injected clock. */
  now(): number {
    return this.clock();
  }
}
