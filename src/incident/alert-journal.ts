import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';

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

  /** Record one alert (text fields are already redacted). */
  async record(kind: JournalKind, alert: Alert, detail: string, at = Date.now()): Promise<void> {
    const e: JournalEntry = { at, kind, alertId: alert.id, title: alert.title.slice(0, 300), service: alert.service, fingerprint: alert.fingerprint, detail };
    await this.redis.xadd(this.key, 'MAXLEN', '~', String(this.maxLen), '*', 'e', JSON.stringify(e));
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
