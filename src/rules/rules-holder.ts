import { statSync } from 'node:fs';
import type { Alert } from '../alert/alert';
import { loadRulesFile } from './compile-rules';
import type { CompiledRules } from './compiled-rules';
import type { Decision, InhibitRule, RuleEngine } from './types';

/** The logger the holder reports to. */
export interface RulesLogger {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

/** The outcome of a reload: the old rules stay in force when it fails. */
export type ReloadResult = { ok: true } | { ok: false; error: Error };

/** Options for RulesHolder. */
export interface RulesHolderOptions {
  /** How often watch() polls the file (default 1000 ms). */
  pollMs?: number;
  /** Wait this long after a change before reloading, so that half-written files settle (default 200 ms). */
  debounceMs?: number;
  /** Told about every reload (metrics). */
  onReload?: (ok: boolean) => void;
}

/**
 * Holds the current compiled rules of a file and swaps them on reload (SIGHUP or a file
 * change); a bad file is logged and the previous rules stay. Loads once on construction
 * and throws RulesValidationError if that first load fails.
 */
export class RulesHolder implements RuleEngine {
  private rules: CompiledRules;
  private poller: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Identity (mtime, size, inode) of the file last seen by watch(). */
  private seen: string;

  constructor(
    readonly path: string,
    private readonly logger: RulesLogger,
    private readonly opts: RulesHolderOptions = {},
  ) {
    this.seen = fileIdentity(path);
    this.rules = loadRulesFile(path);
    logger.info('rules loaded', { file: path, routes: this.rules.routeCount, inhibitRules: this.rules.inhibitRules.length });
  }

  /** The rules in force. */
  get current(): CompiledRules {
    return this.rules;
  }

  /** Classifies with the rules in force. */
  evaluate(alert: Alert): Decision {
    return this.rules.evaluate(alert);
  }

  /** Whether the rules in force group alerts (`group_by` anywhere). */
  get groups(): boolean {
    return this.rules.groups;
  }

  /** The incident key of an alert under its decision (see group-key.ts). */
  fingerprintFor(alert: Alert, decision: Decision): string {
    return this.rules.fingerprintFor(alert, decision);
  }

  /** The inhibit rules in force (pass `() => holder.inhibitRules()` to InhibitionIndex). */
  inhibitRules(): InhibitRule[] {
    return this.rules.inhibitRules;
  }

  /** Re-reads the file; on error keeps the old rules and logs the problems. */
  reload(): ReloadResult {
    this.seen = fileIdentity(this.path);
    try {
      const next = loadRulesFile(this.path);
      this.rules = next;
      this.logger.info('rules reloaded', { file: this.path, routes: next.routeCount, inhibitRules: next.inhibitRules.length });
      this.opts.onReload?.(true);
      return { ok: true };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      this.logger.error('rules reload failed; keeping the previous rules', { file: this.path, error: error.message });
      this.opts.onReload?.(false);
      return { ok: false, error };
    }
  }

  /** Reloads whenever the file changes (polling, so editors that replace the file work). Returns stop(). */
  watch(): () => void {
    if (!this.poller) {
      this.poller = setInterval(() => this.poll(), this.opts.pollMs ?? 1000);
      this.poller.unref();
    }
    return () => this.stop();
  }

  /** Stops watching the file. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  private poll(): void {
    const now = fileIdentity(this.path);
    if (now === this.seen) return;
    this.seen = now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.poller) this.reload();
    }, this.opts.debounceMs ?? 200);
    this.timer.unref();
  }
}

function fileIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}
