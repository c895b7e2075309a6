import { readEnv } from '../config/env';
import { DEFAULT_EXAMPLE, exampleNames, freshDelivery, loadExample } from './examples';
import type { CliIo } from './cli-io';

/** The webhook secret `npm run quickstart` uses when HERALD_WEBHOOK_SECRET is not set. */
export const QUICKSTART_SECRET = 'dev-secret-change-me';

/** What `herald try` needs from outside (tests pass their own). */
export interface TryDeps {
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** Folder of the examples (default: the package's examples/). */
  examplesDir?: string;
  timeoutMs?: number;
}

const USAGE = `usage: herald try [example | payload.json] [--url URL] [--secret S] [--list]

  Sends one example Datadog alert to a running Herald (default ${DEFAULT_EXAMPLE}), as Datadog
  would: POST <url>/webhooks/datadog with Authorization: Bearer <secret>. It is a real alert:
  a Herald with a Slack app posts it (and its rules' mentions notify), so try it on a local one.
  --url     Herald's base URL (default http://127.0.0.1:$PORT, PORT 3000)
  --secret  the webhook secret (default $HERALD_WEBHOOK_SECRET, else the quickstart's)
  --list    list the examples
`;

function option(args: string[], name: string): string | undefined | null {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) return null;
  args.splice(i, 2);
  return v;
}

/**
 * `herald try [example|file] [--url U] [--secret S] [--list]`: POST an example alert (with a
 * fresh `$ID`) to a running Herald. Exit 0 when accepted (202), 1 when Herald refused it or
 * cannot be reached (saying why and what to do), 2 on usage errors.
 */
export async function runTryCommand(argv: string[], io: CliIo, deps: TryDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.includes('--list')) {
    for (const name of exampleNames(deps.examplesDir)) {
      const ex = loadExample(name, deps.examplesDir);
      io.stdout(`${name.padEnd(18)} ${String(ex.payload.title ?? '')}\n`);
    }
    return 0;
  }
  const url = option(args, '--url');
  const secretOpt = option(args, '--secret');
  if (url === null || secretOpt === null || args.length > 1 || args.some((a) => a.startsWith('--'))) {
    io.stderr(USAGE);
    return 2;
  }
  let example;
  try {
    example = loadExample(args[0] ?? DEFAULT_EXAMPLE, deps.examplesDir);
  } catch (e) {
    io.stderr(`herald try: ${(e as Error).message}\n`);
    return 2;
  }
  let secret: string;
  try {
    secret = secretOpt ?? readEnv(env, 'HERALD_WEBHOOK_SECRET') ?? QUICKSTART_SECRET;
  } catch (e) {
    io.stderr(`herald try: ${(e as Error).message}\n`);
    return 2;
  }
  const base = (url ?? `http://127.0.0.1:${env.PORT || 3000}`).replace(/\/+$/, '');
  const target = `${base}/webhooks/datadog`;
  const body = freshDelivery(example.payload, (deps.now ?? Date.now)());
  io.stdout(`→ POST ${target}  (${example.name}: ${String(body.title ?? '')})\n`);
  let res: Response;
  try {
    res = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    io.stderr(`herald try: nothing answers at ${base} (${cause}). Start Herald first (npm run quickstart), or pass --url.\n`);
    return 1;
  }
  const text = (await res.text()).slice(0, 2000);
  io.stdout(`← ${res.status} ${text}\n`);
  if (res.status === 401) {
    io.stderr('herald try: Herald refused the secret. Pass --secret, or set HERALD_WEBHOOK_SECRET to the secret Herald runs with.\n');
    return 1;
  }
  if (res.status !== 202) {
    io.stderr(`herald try: Herald answered ${res.status}, not 202 (accepted).\n`);
    return 1;
  }
  io.stdout(
    'Accepted. Herald now scans, routes and posts it: in dry-run mode (no SLACK_BOT_TOKEN) its log shows\n' +
      'each message it would send ("dry-run: would call Slack", with the channel, the Block Kit blocks and a\n' +
      'text rendering); with a Slack app configured, the message appears in the channel.\n' +
      (example.name === 'stripe-leak' ? 'Next: `npx herald try stripe-recovered` updates the same incident to Recovered.\n' : ''),
  );
  return 0;
}
