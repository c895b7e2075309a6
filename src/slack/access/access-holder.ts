import { watchFile, type FileWatchOptions } from '../../config/file-watch';
import { loadAccessPolicy, type AccessPolicy } from './access-policy';

/** Where the holder reports. */
export interface AccessLogger {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

/** The state of the access file, for /healthz and logs. */
export interface AccessStatus {
  file: string;
  /** Did the last load succeed? (false: an older policy is in force) */
  ok: boolean;
  /** Why the last load failed (names the key; never a value from the file beyond its key path). */
  error?: string;
  /** When the policy in force was loaded (epoch ms). */
  loadedAt: number;
  grants: number;
}

/** Options for AccessHolder. */
export interface AccessHolderOptions extends FileWatchOptions {
  /** Told about every reload (metrics). */
  onReload?: (ok: boolean) => void;
  clock?: () => number;
}

/**
 * Holds the access policy of `config/access.yaml` and swaps it on reload (SIGHUP or a file
 * change), like the rules: a bad file is logged, counted and shown in /healthz, and the
 * previous policy stays. The first load throws (startup names the bad key).
 */
export class AccessHolder {
  private policy: AccessPolicy;
  private state: AccessStatus;
  private watcher: { stop(): void; seen(): void } | null = null;

  constructor(
    readonly path: string,
    private readonly logger: AccessLogger,
    private readonly o: AccessHolderOptions = {},
  ) {
    this.policy = loadAccessPolicy(path);
    this.state = { file: path, ok: true, loadedAt: this.now(), grants: this.policy.grants.length };
  }

  /** The policy in force. */
  get current(): AccessPolicy {
    return this.policy;
  }

  /** The state of the last load. */
  status(): AccessStatus {
    return { ...this.state };
  }

  /** Re-reads the file; on error keeps the old policy and reports why. */
  reload(): { ok: true } | { ok: false; error: Error } {
    this.watcher?.seen();
    try {
      const next = loadAccessPolicy(this.path);
      this.policy = next;
      this.state = { file: this.path, ok: true, loadedAt: this.now(), grants: next.grants.length };
      this.logger.info('access reloaded', { file: this.path, grants: next.grants.length, defaultRole: next.defaultRole, present: Boolean(next.source) });
      this.o.onReload?.(true);
      return { ok: true };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      this.state = { ...this.state, ok: false, error: error.message };
      this.logger.error('access reload failed; keeping the previous access policy', { file: this.path, error: error.message });
      this.o.onReload?.(false);
      return { ok: false, error };
    }
  }

  /** Reload whenever the file changes. */
  watch(): void {
    this.watcher ??= watchFile(this.path, () => void this.reload(), this.o);
  }

  /** Stop watching. */
  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private now(): number {
    return (this.o.clock ?? Date.now)();
  }
}
