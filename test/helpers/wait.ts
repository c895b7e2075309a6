import type { HeraldApp } from '../../src/app';
import { eventually } from './start-herald';

/**
 * Wait until Herald has nothing left to do: no job waiting or running (delayed timers
 * aside) and no Slack call queued or in flight, twice in a row (a job that just finished may
 * have started a background call, e.g. a digest flush). Use it before asserting that
 * something did *not* happen, instead of sleeping.
 */
export async function idle(app: Pick<HeraldApp, 'queue' | 'writer'>, timeoutMs = 20_000): Promise<void> {
  let quiet = 0;
  await eventually(
    async () => {
      const busy = (await app.queue.busy()) + app.writer.pending();
      quiet = busy === 0 ? quiet + 1 : 0;
      return quiet >= 2;
    },
    timeoutMs,
    'Herald idle (queue drained, Slack calls made)',
  );
}

/**
 * Wait until `read` gives the same value on `polls` consecutive reads (a counter that stopped
 * moving) and return it. For a process whose queue the test cannot see (a child Herald).
 */
export async function stable<T>(read: () => T | Promise<T>, o: { polls?: number; timeoutMs?: number; what?: string } = {}): Promise<T> {
  let last: T | undefined;
  let same = 0;
  await eventually(
    async () => {
      const v = await read();
      same = JSON.stringify(v) === JSON.stringify(last) ? same + 1 : 0;
      last = v;
      return same >= (o.polls ?? 8);
    },
    o.timeoutMs ?? 20_000,
    o.what ?? 'a stable value',
  );
  return last as T;
}
