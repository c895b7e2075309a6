import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import { fieldString, lookupField, MatchContext } from './fields';
import { groupKey } from './group-key';
import type { Decision, InhibitRule } from './types';

/** Which open incident inhibits an alert, and by which rule. */
export interface Inhibition {
  incidentId: string;
  rule: string;
}

/** Options for InhibitionIndex. */
export interface InhibitionIndexOptions {
  /** An open source incident stops inhibiting this long after its last markOpen (default 7 days). */
  staleAfterMs?: number;
}

interface Entry {
  /** Fingerprint of the source alert (an alert never inhibits itself). */
  fp: string;
  /** Epoch ms after which the entry is ignored. */
  until: number;
}

/**
 * Open incidents that match inhibit-rule sources, kept in Redis by rule and `equal` values,
 * so that matching target alerts are folded into them (Alertmanager-style inhibition).
 */
export class InhibitionIndex {
  private readonly staleAfterMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly rules: () => InhibitRule[],
    private readonly clock: () => number,
    opts: InhibitionIndexOptions = {},
  ) {
    this.staleAfterMs = opts.staleAfterMs ?? 7 * 86_400_000;
  }

  /** Records an open (or still firing) incident under every rule whose source it matches. Idempotent. */
  async markOpen(alert: Alert, decision: Decision, incidentId: string): Promise<void> {
    const now = this.clock();
    const entry: Entry = { fp: groupKey(alert, decision), until: now + this.staleAfterMs };
    const keys: string[] = [];
    for (const rule of this.rules()) {
      if (rule.source.matches(alert, decision.severity)) keys.push(this.ruleKey(rule, alert, decision.severity));
    }
    if (keys.length === 0) return;
    const tx = this.redis.multi();
    for (const k of keys) tx.hset(k, incidentId, JSON.stringify(entry)).pexpire(k, this.staleAfterMs);
    tx.sadd(this.incidentKey(incidentId), ...keys).pexpire(this.incidentKey(incidentId), this.staleAfterMs);
    await tx.exec();
  }

  /** Removes a closed incident from the index (the alert and decision are not needed). */
  async markClosed(_alert: Alert | null, _decision: Decision | null, incidentId: string): Promise<void> {
    await this.markClosedById(incidentId);
  }

  /** Removes a closed incident from the index by its id. */
  async markClosedById(incidentId: string): Promise<void> {
    const keys = await this.redis.smembers(this.incidentKey(incidentId));
    const tx = this.redis.multi();
    for (const k of keys) tx.hdel(k, incidentId);
    tx.del(this.incidentKey(incidentId));
    await tx.exec();
  }

  /** The open incident that inhibits this alert, or null. The first matching rule (in file order) wins. */
  async check(alert: Alert, decision: Decision): Promise<Inhibition | null> {
    const now = this.clock();
    let fp: string | undefined;
    for (const rule of this.rules()) {
      if (!rule.target.matches(alert, decision.severity)) continue;
      const key = this.ruleKey(rule, alert, decision.severity);
      const entries = await this.redis.hgetall(key);
      fp ??= groupKey(alert, decision);
      const stale: string[] = [];
      let found: string | null = null;
      for (const [incidentId, json] of Object.entries(entries)) {
        const e = parse(json);
        if (!e || e.until <= now) stale.push(incidentId);
        else if (e.fp !== fp && (found === null || incidentId < found)) found = incidentId;
      }
      if (stale.length > 0) await this.redis.hdel(key, ...stale);
      if (found !== null) return { incidentId: found, rule: rule.name };
    }
    return null;
  }

  private ruleKey(rule: InhibitRule, alert: Alert, severity: Severity): string {
    const ctx = new MatchContext(alert, severity);
    const h = createHash('sha256');
    for (const name of rule.equal) {
      const spec = lookupField(name);
      h.update(`${name}=${spec ? fieldString(spec, ctx) : ''}\n`);
    }
    return `${this.prefix}inhibit:${rule.name}:${h.digest('hex').slice(0, 32)}`;
  }

  private incidentKey(incidentId: string): string {
    return `${this.prefix}inhibit-incident:${incidentId}`;
  }
}

function parse(json: string): Entry | null {
  try {
    const e = JSON.parse(json) as Entry;
    return typeof e.fp === 'string' && typeof e.until === 'number' ? e : null;
  } catch {
    return null;
  }
}
