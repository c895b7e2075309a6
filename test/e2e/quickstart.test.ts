import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, freePort, HERALD_BIN, ROOT } from '../helpers/child-herald';
import { sensitiveValues } from '../helpers/fixtures';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';

const prefix = testPrefix('quickstart');
let qs: ChildProcess | undefined;

afterAll(async () => {
  // The script runs in its own process group (detached): end that group if a test left it running.
  if (qs?.pid && qs.exitCode === null && qs.signalCode === null) {
    try {
      process.kill(-qs.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  await deleteKeys(prefix);
});

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout!.on('data', (b) => (out += b));
    p.stderr!.on('data', (b) => (out += b));
    p.once('exit', (code) => resolve({ code, out }));
  });
}

/**
 * The README's first steps, as a newcomer runs them (after `npm ci && npm run build`, which
 * `npm run quickstart` does first): the quickstart script starts Herald in dry-run mode and
 * prints one command; that command posts an example alert; the log shows the message Herald
 * would post, with the example's secrets redacted.
 */
describe('npm run quickstart → the printed try command', () => {
  it('starts Herald, prints the try command, which posts a redacted example alert to the dry-run log', async () => {
    assertBuilt();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', HERALD_REDIS_PREFIX: prefix };
    qs = spawn('bash', [path.join(ROOT, 'scripts/quickstart.sh')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    qs.stdout!.on('data', (b) => (out += b));
    qs.stderr!.on('data', (b) => (out += b));
    await eventually(() => /^\s+npx herald try.*$/m.test(out) || qs!.exitCode !== null, 60_000, 'the try command to be printed');
    expect(out).toContain('HERALD_WEBHOOK_SECRET=dev-secret-change-me');
    const printed = /^\s+(npx herald try.*)$/m.exec(out)![1].trim();
    expect(printed).toBe(`npx herald try --url http://127.0.0.1:${port}`);

    // Run the printed command as a user would in a second terminal (no secret in its environment).
    const args = printed.split(/\s+/).slice(2);
    const tried = await run(process.execPath, [HERALD_BIN, ...args], { PATH: process.env.PATH, HOME: process.env.HOME });
    expect(tried.code, tried.out).toBe(0);
    expect(tried.out).toMatch(/← 202 \{"id":"\d{19}"\}/);

    // The dry run logs every Slack call it would make; wait for the message itself (another call's
    // line may come first), reading whole lines only.
    const posted = (): boolean =>
      out
        .split('\n')
        .slice(0, -1)
        .filter((l) => l.startsWith('{') && l.includes('would call Slack'))
        .some((l) => String((JSON.parse(l) as Record<string, unknown>)['rendered']).includes('Stripe connector errors spiking'));
    await eventually(posted, 20_000, 'the dry-run log line of the example alert');
    for (const raw of sensitiveValues('12')) expect(out).not.toContain(raw);

    // Ctrl-C / SIGTERM stops Herald gracefully and the script exits with it.
    const exited = new Promise<number | null>((r) => qs!.once('exit', (code) => r(code)));
    qs.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('herald stopped');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  }, 120_000);
});
