import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';
import { RedisScript } from '../queue/redis-script';

/** Append entries in order. KEYS: the stream. ARGV: approximate max length, then one JSON entry per argument. */
const APPEND = new RedisScript(
  `
for i = 2, #ARGV do redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i]) end
return #ARGV - 1
`,
  { bulky: true },
);

/** Most entries one append script carries. */
const MAX_BATCH = 256;

/** An entry waiting for the next append, and its caller. */
interface Pending {
  json: string;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** Why an alert was not posted on its own. */
export type JournalKind = 'suppressed' | 'muted' | 'inhibited' | 'digested' | 'duplicate';

/** One journal entry. */
export interface JournalEntry {
  at: number;
  kind: JournalKind;
  alertId: string;
  title: string;
  service: string;
  fingerprint: string;
  /** Route, mute id or incident id that explains it. */
  detail: string;
}

/** A page of the journal: entries newest first, each with its stream id, and where the next page starts. */
export interface JournalPage {
  entries: (JournalEntry & { id: string })[];
  /** Pass as `cursor` for the next (older) page; null: nothing older. */
  next: string | null;
}

/** Stream ids (`<ms>-<seq>`), the only cursors `page` accepts. */
export const JOURNAL_CURSOR = /^\d{1,15}-\d{1,10}$/;

/**
 * A capped Redis stream of alerts that were counted but not posted (suppressed by a rule,
 * muted, inhibited, folded into a digest), so none is silently dropped: `herald` and the API
 * can list them.
 */
export class AlertJournal {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly maxLen = 10_000,
  ) {}

  private get key(): string {
    return `${this.prefix}:journal`;
  }

  private pending: Pending[] = [];

  /**
   * Record one alert (text fields are already redacted). Resolves once the entry is in the
   * stream. Entries recorded in the same event-loop turn (a storm: one per digested alert)
   * are appended together by one script, in the order recorded.
   */
  record(kind: JournalKind, alert: Alert, detail: string, at = Date.now()): Promise<void> {
    const e: JournalEntry = { at, kind, alertId: alert.id, title: alert.title.slice(0, 300), service: alert.service, fingerprint: alert.fingerprint, detail };
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ json: JSON.stringify(e), resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.append());
    });
  }

  /** Append what is pending, MAX_BATCH entries per script call. */
  private append(): void {
    const all = this.pending;
    this.pending = [];
    for (let i = 0; i < all.length; i += MAX_BATCH) {
      const batch = all.slice(i, i + MAX_BATCH);
      APPEND.run(this.redis, 1, this.key, String(this.maxLen), ...batch.map((p) => p.json)).then(
        () => batch.forEach((p) => p.resolve()),
        (err: unknown) => batch.forEach((p) => p.reject(err)),
      );
    }
  }

  /**
   * One page, newest first, of the entries of some kinds (all when empty) and optionally one
   * service, older than `cursor` (a stream id from a previous page). Reads at most `scan`
   * rows per call (default 5000): a page may come back short with a `next` to go on from.
   */
  async page(q: { kinds?: readonly JournalKind[]; service?: string; cursor?: string; limit?: number; scan?: number } = {}): Promise<JournalPage> {
    const limit = Math.max(1, Math.min(q.limit ?? 50, 1000));
    let budget = q.scan ?? 5000;
    let from = q.cursor && JOURNAL_CURSOR.test(q.cursor) ? `(${q.cursor}` : '+';
    const out: (JournalEntry & { id: string })[] = [];
    while (budget > 0) {
      const count = Math.min(500, budget);
      const rows = await this.redis.xrevrange(this.key, from, '-', 'COUNT', count);
      budget -= rows.length;
      for (const [id, fields] of rows) {
        const e = JSON.parse(fields[1]) as JournalEntry;
        if ((!q.kinds?.length || q.kinds.includes(e.kind)) && (q.service === undefined || e.service === q.service)) out.push({ ...e, id });
        if (out.length >= limit) return { entries: out, next: await this.olderThan(id) };
      }
      if (rows.length < count) return { entries: out, next: null };
      from = `(${rows[rows.length - 1][0]}`;
    }
    return { entries: out, next: from.slice(1) };
  }

  /** `id` when anything older than it is left, else null. */
  private async olderThan(id: string): Promise<string | null> {
    const rows = await this.redis.xrevrange(this.key, `(${id}`, '-', 'COUNT', 1);
    return rows.length ? id : null;
  }

  /** Newest entries first, optionally of one kind. */
  async list(opts: { kind?: JournalKind; limit?: number } = {}): Promise<JournalEntry[]> {
    const rows = await this.redis.xrevrange(this.key, '+', '-', 'COUNT', Math.min(5000, (opts.limit ?? 50) * 5));
    const out: JournalEntry[] = [];
    for (const [, fields] of rows) {
      const e = JSON.parse(fields[1]) as JournalEntry;
      if (!opts.kind || e.kind === opts.kind) out.push(e);
      if (out.length >= (opts.limit ?? 50)) break;
    }
    return out;
  }
}
