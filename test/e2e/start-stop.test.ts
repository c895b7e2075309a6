import { describe, expect, it } from 'vitest';
import { startHerald } from '../helpers/start-herald';

describe('start and stop', () => {
  it('can stop right after starting, repeatedly, without stray errors', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      for (let i = 0; i < 10; i++) {
        const h = await startHerald({ name: 'startstop' });
        await h.stop();
      }
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });
});
