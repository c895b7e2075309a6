import { statSync } from 'node:fs';

/** Options for watchFile. */
export interface FileWatchOptions {
  /** How often the file is polled (default 1000 ms). */
  pollMs?: number;
  /** Wait this long after a change before calling back, so half-written files settle (default 200 ms). */
  debounceMs?: number;
}

/** Identity (mtime, size, inode) of a file, or `missing`. */
export function fileIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

/**
 * Calls `onChange` after the file changes (created, edited, replaced, removed). Polls, so
 * editors that replace the file work. `seen()` tells it the current identity was handled (a
 * reload by signal), so the poll does not load it twice. Timers never keep the process alive.
 */
export function watchFile(path: string, onChange: () => void, o: FileWatchOptions = {}): { stop(): void; seen(): void } {
  let seen = fileIdentity(path);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const poller = setInterval(() => {
    const now = fileIdentity(path);
    if (now === seen) return;
    seen = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!stopped) onChange();
    }, o.debounceMs ?? 200);
    timer.unref();
  }, o.pollMs ?? 1000);
  poller.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(poller);
      if (timer) clearTimeout(timer);
    },
    seen() {
      seen = fileIdentity(path);
    },
  };
}
