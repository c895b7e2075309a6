import type Redis from 'ioredis';
import { createRedis } from '../queue/redis-connection';
import { AuditLog } from '../audit/audit-log';
import { normalizeIncidentId, parseSince } from '../audit/parse-since';
import { loadConfig } from '../config/load-config';

const USAGE = 'usage: herald audit [--since 24h|<ISO date>] [--incident H-1] [--limit N]\n(every entry in the window, oldest first, as JSON lines; --limit stops after N)\n';

/** Parsed `herald audit` flags. */
interface AuditArgs {
  since?: string;
  incident?: string;
  /** Stop after this many entries (default: every entry in the window). */
  limit?: number;
}

function parseArgs(argv: string[]): AuditArgs | string {
  const out: AuditArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--since') out.since = value();
    else if (flag === '--incident') out.incident = value();
    else if (flag === '--limit') {
      const v = value();
      if (!v || !/^\d{1,9}$/.test(v) || Number(v) < 1) return '--limit takes a whole number from 1';
      out.limit = Number(v);
    } else if (flag === '--help' || flag === '-h') return '';
    else return `unknown argument ${JSON.stringify(a)}`;
    if ((flag === '--since' || flag === '--incident') && !(flag === '--since' ? out.since : out.incident)) return `${flag} needs a value`;
  }
  return out;
}

/**
 * `herald audit [--since 24h] [--incident H-1] [--limit N]`: print every entry of the window
 * as JSON lines, oldest first, streamed page by page (1,000 entries per read). Uses the configured Redis (REDIS_URL, HERALD_REDIS_PREFIX). Exit 0 on
 * success, 2 on bad arguments, 1 when Redis cannot be read.
 */
export async function runAuditCommand(argv: string[], io: { stdout(s: string): void; stderr(s: string): void }): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) io.stderr(`herald audit: ${args}\n`);
    io[args ? 'stderr' : 'stdout'](USAGE);
    return args ? 2 : 0;
  }
  let incident: string | undefined;
  let since: number | undefined;
  try {
    if (args.incident !== undefined) {
      incident = normalizeIncidentId(args.incident) ?? undefined;
      if (!incident) throw new Error(`--incident: an incident id like H-1f, got ${JSON.stringify(args.incident.slice(0, 40))}`);
    }
    if (args.since !== undefined) since = parseSince(args.since, Date.now());
  } catch (e) {
    io.stderr(`herald audit: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let redis: Redis | undefined;
  try {
    const config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', ...process.env } });
    redis = createRedis(config.redis, () => undefined, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
    await redis.connect();
    const log = new AuditLog(redis, config.redis.prefix, { maxLength: config.audit.maxLength, maxAgeMs: config.audit.maxAgeMs });
    let n = 0;
    let buf = '';
    for await (const e of log.all({ incident, since })) {
      buf += `${JSON.stringify({ ...e, time: new Date(e.at).toISOString() })}\n`;
      if (buf.length > 65_536) {
        io.stdout(buf);
        buf = '';
      }
      if (args.limit !== undefined && ++n >= args.limit) break;
    }
    if (buf) io.stdout(buf);
    return 0;
  } catch (e) {
    io.stderr(`herald audit: ${(e as Error).message}\n`);
    return 1;
  } finally {
    redis?.disconnect();
  }
}
