import Redis from 'ioredis';
import { AlertJournal, JOURNAL_CURSOR } from '../incident/alert-journal';
import { journalJson, parseOutcomes } from '../incident/journal-view';
import { loadConfig } from '../config/load-config';
import { createScanner } from '../scan/create-scanner';

const USAGE = 'usage: herald alerts [--outcome muted|suppressed|inhibited|digested[,…]] [--service name] [--limit 100] [--cursor <id>]\n';

/** Parsed `herald alerts` flags. */
interface AlertsArgs {
  outcomes: string[];
  service?: string;
  limit: number;
  cursor?: string;
}

function parseArgs(argv: string[]): AlertsArgs | string {
  const out: AlertsArgs = { outcomes: [], limit: 100 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--help' || flag === '-h') return '';
    const v = inline ?? argv[++i];
    if (v === undefined || v === '') return `${flag} needs a value`;
    if (flag === '--outcome') out.outcomes.push(v);
    else if (flag === '--service') out.service = v;
    else if (flag === '--cursor') {
      if (!JOURNAL_CURSOR.test(v)) return '--cursor takes a cursor an earlier page printed';
      out.cursor = v;
    } else if (flag === '--limit') {
      if (!/^\d{1,4}$/.test(v) || Number(v) < 1 || Number(v) > 1000) return '--limit takes a whole number from 1 to 1000';
      out.limit = Number(v);
    } else return `unknown argument ${JSON.stringify(a.slice(0, 40))}`;
  }
  return out;
}

/**
 * `herald alerts [--outcome muted,…] [--service S] [--limit N] [--cursor C]`: the alerts
 * Herald counted but did not post on their own (muted, suppressed, inhibited; digested on
 * request), newest first, as JSON lines read from the alert journal in the configured Redis
 * (REDIS_URL, HERALD_REDIS_PREFIX); text scanned again before it is printed. When more are
 * left, the last line is `{"next_cursor": …}`. Exit 0, 2 on bad arguments, 1 when Redis
 * cannot be read.
 */
export async function runAlertsCommand(argv: string[], io: { stdout(s: string): void; stderr(s: string): void }): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) io.stderr(`herald alerts: ${args}\n`);
    io[args ? 'stderr' : 'stdout'](USAGE);
    return args ? 2 : 0;
  }
  const kinds = parseOutcomes(args.outcomes);
  if (typeof kinds === 'string') {
    io.stderr(`herald alerts: --${kinds}\n${USAGE}`);
    return 2;
  }
  let redis: Redis | undefined;
  try {
    const config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', ...process.env } });
    redis = new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
    redis.on('error', () => undefined);
    await redis.connect();
    const scanner = createScanner();
    const redact = (t: string) => (t ? scanner.redact(t).text : t);
    const page = await new AlertJournal(redis, config.redis.prefix).page({ kinds, service: args.service, cursor: args.cursor, limit: args.limit });
    for (const e of page.entries) io.stdout(`${JSON.stringify(journalJson(e, redact))}\n`);
    if (page.next) io.stdout(`${JSON.stringify({ next_cursor: page.next })}\n`);
    return 0;
  } catch (e) {
    io.stderr(`herald alerts: ${(e as Error).message}\n`);
    return 1;
  } finally {
    redis?.disconnect();
  }
}
