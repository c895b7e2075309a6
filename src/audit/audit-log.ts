import type Redis from 'ioredis';
import { decodeEntry, encodeEntry, type AuditEntry, type AuditInput } from './audit-entry';

/** Options for the audit log. */
export interface AuditLogOptions {
  /** Keep about this many entries (XADD MAXLEN ~). */
  maxLength: number;
  /** Drop entries older than this (XTRIM MINID ~). */
  maxAgeMs: number;
  clock?: () => number;
  /** Redacts free text (notes, names) before it is stored; identity by default. */
  redact?: (text: string) => string;
}

/** A query over the audit trail. */
export interface AuditQuery {
  incident?: string;
  /** Entries at or after this time (epoch ms). */
  since?: number;
  /** Entries at or before this time (epoch ms). */
  until?: number;
  /** The latest `limit` entries that match (default 100, at most 10,000). */
  limit?: number;
}

/** A page of an export: entries oldest first, forward from `since` or a cursor. */
export interface AuditPageQuery {
  incident?: string;
  since?: number;
  until?: number;
  /** Continue after this cursor (the `next` of the previous page). */
  cursor?: string;
  /** Entries per page (1 to 10,000). */
  limit: number;
}

/** One page, and the cursor of the next (null: the window is exhausted). */
export interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}

/** A cursor is a stream id (`<ms>-<seq>`). */
export const CURSOR = /^\d{1,16}-\d{1,20}$/;

/** Most entries kept per incident (the per-incident index). */
export const PER_INCIDENT_MAX = 1000;

/** Longest note stored. */
export const MAX_NOTE = 2000;

/**
 * The audit trail: an append-only Redis stream `<prefix>:audit`, trimmed by length and age,
 * plus a per-incident stream `<prefix>:audit:incident:<id>` so `audit <id>` needs no scan.
 * Stream ids come from Redis's clock; `at` is Herald's.
 */
export class AuditLog {
  private readonly clock: () => number;
  private readonly redact: (text: string) => string;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly opts: AuditLogOptions,
  ) {
    this.clock = opts.clock ?? Date.now;
    this.redact = opts.redact ?? ((t) => t);
  }

  /** The main stream's key. */
  get key(): string {
    return `${this.prefix}:audit`;
  }

  /** The per-incident stream's key. */
  incidentKey(id: string): string {
    return `${this.prefix}:audit:incident:${id}`;
  }

  /** Append one entry (redacted, bounded); returns its stream id. */
  async append(input: AuditInput): Promise<string> {
    const entry: AuditEntry = {
      ...input,
      at: input.at ?? this.clock(),
      actor: { id: cut(this.redact(input.actor.id), 64), name: cut(this.redact(input.actor.name), 120) },
      note: cut(this.redact(input.note), MAX_NOTE),
    };
    const fields = encodeEntry(entry);
    const m = this.redis.multi().xadd(this.key, 'MAXLEN', '~', String(this.opts.maxLength), '*', ...fields);
    if (entry.incident) {
      const k = this.incidentKey(entry.incident);
      m.xadd(k, 'MAXLEN', '~', String(PER_INCIDENT_MAX), '*', ...fields).pexpire(k, this.opts.maxAgeMs);
    }
    const res = await m.exec();
    const first = res?.[0];
    if (!first || first[0]) throw first?.[0] ?? new Error('audit append failed');
    const id = String(first[1]);
    // Age retention on Redis's clock (stream ids), so a skewed Herald clock cannot trim new entries.
    const minId = Number(id.split('-')[0]) - this.opts.maxAgeMs;
    if (minId > 0) await this.redis.xtrim(this.key, 'MINID', '~', String(minId));
    return id;
  }

  /** One page of an export (every entry in the window, page by page, oldest first). */
  page(q: AuditPageQuery): Promise<AuditPage> {
    return readPage(this, this.redis, q);
  }

  /** Every entry in the window, oldest first, fetched `pageSize` at a time. */
  async *all(q: Omit<AuditPageQuery, 'limit' | 'cursor'>, pageSize = 1000): AsyncGenerator<AuditEntry> {
    let cursor: string | undefined;
    for (;;) {
      const p = await this.page({ ...q, cursor, limit: pageSize });
      yield* p.entries;
      if (!p.next) return;
      cursor = p.next;
    }
  }

  /** The latest matching entries, oldest first (at most 10,000: views, not exports). */
  async query(q: AuditQuery = {}): Promise<AuditEntry[]> {
    const key = q.incident ? this.incidentKey(q.incident) : this.key;
    const limit = Math.min(Math.max(1, q.limit ?? 100), 10_000);
    const end = q.until !== undefined ? String(Math.floor(q.until)) : '+';
    const start = q.since !== undefined ? String(Math.max(0, Math.floor(q.since))) : '-';
    const rows = await this.redis.xrevrange(key, end, start, 'COUNT', limit);
    return rows.reverse().map(([id, fields]) => decodeEntry(id, fields));
  }
}

/**
 * One page of the entries in a window, oldest first (XRANGE forward, the cursor exclusive),
 * so that an export walks every entry in the window however many there are.
 */
export async function readPage(log: AuditLog, redis: Redis, q: AuditPageQuery): Promise<AuditPage> {
  const key = q.incident ? log.incidentKey(q.incident) : log.key;
  const limit = Math.min(Math.max(1, Math.floor(q.limit)), 10_000);
  const end = q.until !== undefined ? String(Math.floor(q.until)) : '+';
  const start = q.cursor !== undefined ? `(${q.cursor}` : q.since !== undefined ? String(Math.max(0, Math.floor(q.since))) : '-';
  const rows = await redis.xrange(key, start, end, 'COUNT', limit + 1);
  const page = rows.slice(0, limit).map(([id, fields]) => decodeEntry(id, fields));
  return { entries: page, next: rows.length > limit ? rows[limit - 1][0] : null };
}

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
