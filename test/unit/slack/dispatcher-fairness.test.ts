import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type DispatcherLimits } from '../../../src/slack/dispatcher';
import { FairGate } from '../../../src/slack/dispatcher/fair-gate';
import { TokenBucket } from '../../../src/slack/dispatcher/token-bucket';

/**
 * The workspace budget is shared fairly (virtual time): a channel that has sent least lately
 * goes first, posts before updates, and updates leave headroom for new messages.
 */
function recorder() {
  const sent: { channel: string; text: string; at: number }[] = [];
  const client = {
    async apiCall(method: string, args: Record<string, unknown> = {}) {
      sent.push({ channel: String(args.channel), text: String(args.text), at: Date.now() });
      return { ok: true, channel: args.channel, ts: `${sent.length}.000000` };
    },
  };
  return { client, sent };
}

const limits = (l: Partial<DispatcherLimits>): Partial<DispatcherLimits> => ({ postsPerSec: 100, postBurst: 100, updatesPerSec: 100, updateBurst: 100, ...l });

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('FairGate', () => {
  it('grants the best priority first, ties in arrival order, and honours reserves', async () => {
    const bucket = new TokenBucket(10, 2, 0);
    const gate = new FairGate(bucket, () => Date.now(), (ms) => new Promise((r) => setTimeout(r, ms)));
    const order: string[] = [];
    const want = (name: string, priority: number, reserve = 0) => gate.acquire(priority, reserve).then(() => order.push(`${name}@${Date.now()}`));
    const all = [want('a', 5), want('b', 5), want('c', 5), want('d', 9), want('e', 1), want('u', 0.5, 1)];
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(all);
    // a and b take the burst at once; then one token each 100 ms, best first; the reserved
    // one (u) needs two tokens in the bucket, so it goes after the others have drained it.
    expect(order).toEqual(['a@0', 'b@0', 'e@100', 'c@200', 'd@300', 'u@500']);
    expect(gate.waiting).toBe(0);
  });
});

describe('dispatcher: the workspace budget is shared fairly', () => {
  it("a quiet channel's first message goes before a busy channel's backlog", async () => {
    const { client, sent } = recorder();
    const d = createDispatcher({ client, clock: () => Date.now(), limits: limits({ globalPerSec: 4 }) });
    const busy = Array.from({ length: 8 }, (_, i) => d.postMessage({ channel: 'C-BUSY', text: `busy-${i}` }));
    await vi.advanceTimersByTimeAsync(10);
    const first = d.postMessage({ channel: 'C-QUIET', text: 'quiet-first' });
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all([...busy, first]);
    const quiet = sent.find((s) => s.text === 'quiet-first')!;
    expect(sent.filter((s) => s.channel === 'C-BUSY' && s.at <= quiet.at).map((s) => s.text)).toEqual(['busy-0', 'busy-1', 'busy-2', 'busy-3']);
    expect(quiet.at).toBe(250);
  });

  it('updates leave a quarter of the workspace budget to new messages', async () => {
    const { client, sent } = recorder();
    const d = createDispatcher({ client, clock: () => Date.now(), limits: limits({ globalPerSec: 8 }) });
    const updates = Array.from({ length: 8 }, (_, i) => d.update({ channel: 'C-UPD', ts: `${i}.0`, text: `u-${i}` }));
    await vi.advanceTimersByTimeAsync(1);
    const post = d.postMessage({ channel: 'C-NEW', text: 'new' });
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all([...updates, post]);
    expect(sent.filter((s) => s.at === 0).map((s) => s.text)).toEqual(['u-0', 'u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    expect(sent.find((s) => s.text === 'new')!.at).toBeLessThanOrEqual(1);
    expect(sent).toHaveLength(9);
  });
});
