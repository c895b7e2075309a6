import { loadConfig } from '../config/load-config';
import { JobQueue } from '../queue/job-queue';

/** Where `herald replay` writes (run-cli's CliIo fits). */
export interface ReplayIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** `herald replay [--all | <job-id>…] [--list]`: dead letters back onto the queue. */
export async function runReplayCommand(argv: string[], io: ReplayIo): Promise<number> {
  const config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', ...process.env } });
  const errors: string[] = [];
  const queue = new JobQueue({
    redisUrl: config.redis,
    prefix: `${config.redis.prefix}:bull`,
    attempts: config.queue.attempts,
    backoffMs: config.queue.backoffMs,
    keepCompleted: config.queue.keepCompleted,
    onError: (e) => errors.push(e.message),
  });
  try {
    const ids = argv.filter((a) => !a.startsWith('--'));
    if (argv.includes('--list') || (!argv.includes('--all') && ids.length === 0)) {
      const dead = await queue.deadLetters(200);
      for (const d of dead) io.stdout(`${JSON.stringify(d)}\n`);
      if (!argv.includes('--list')) io.stderr(`${dead.length} dead letter(s). Replay with: herald replay --all | herald replay <id>…\n`);
      return 0;
    }
    const n = await queue.replay(argv.includes('--all') ? undefined : ids);
    io.stdout(`replayed ${n} job(s)\n`);
    return 0;
  } catch (e) {
    io.stderr(`herald replay: ${(e as Error).message}${errors.length ? ` (${errors[0]})` : ''}\n`);
    return 1;
  } finally {
    await queue.close();
  }
}
