import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

/** One recorded call, kept small (a storm makes thousands): no blocks, just what the bench reads. */
export interface BenchSlackCall {
  method: string;
  channel: string;
  /** The whole decoded request body (text + blocks), searched for incident tokens. */
  raw: string;
  at: number;
  status: number;
}

/**
 * A minimal Slack Web API server for the load bench (the same behaviour as
 * test/helpers/fake-slack.ts where the bench needs it): answers chat.postMessage/update
 * like Slack, enforces the per-channel posting limit with 429 + Retry-After, records
 * arrival times. Kept apart from test/ so that the bench compiles on its own.
 */
export class BenchSlack {
  readonly calls: BenchSlackCall[] = [];
  rateLimitedCount = 0;
  private server?: http.Server;
  private seq = 0;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly sockets = new Set<Socket>();

  constructor(private readonly opts: { rateLimit?: { perChannelPerSec: number; burst: number; retryAfterSec?: number } } = {}) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api/`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = Buffer.concat(chunks).toString('utf8');
      const method = (req.url ?? '/').replace(/^\/api\//, '').split('?')[0];
      let params: Record<string, any> = {};
      let raw = body;
      try {
        if ((req.headers['content-type'] ?? '').startsWith('application/json')) params = JSON.parse(body || '{}');
        else {
          params = Object.fromEntries(new URLSearchParams(body));
          raw = Object.values(params).join('\n');
        }
      } catch {
        /* keep the raw body */
      }
      const channel = String(params.channel ?? '');
      let status = 200;
      let headers: Record<string, string> = {};
      let answer: unknown;
      const rl = this.opts.rateLimit;
      if (rl && method === 'chat.postMessage' && !this.take(channel, rl)) {
        status = 429;
        headers = { 'retry-after': String(rl.retryAfterSec ?? 1) };
        answer = { ok: false, error: 'ratelimited' };
        this.rateLimitedCount++;
      } else {
        answer = this.body(method, params);
      }
      this.calls.push({ method, channel, raw, at, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(answer));
    });
  }

  private take(ch: string, rl: { perChannelPerSec: number; burst: number }): boolean {
    const now = Date.now();
    const b = this.buckets.get(ch) ?? { tokens: rl.burst, at: now };
    b.tokens = Math.min(rl.burst, b.tokens + ((now - b.at) / 1000) * rl.perChannelPerSec);
    b.at = now;
    this.buckets.set(ch, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    return false;
  }

  private body(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'herald', team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        this.seq++;
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.seq).padStart(6, '0')}`;
        return { ok: true, channel: p.channel, ts, message: { text: p.text, ts } };
      }
      case 'chat.update':
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text };
      case 'conversations.info':
        return { ok: true, channel: { id: p.channel, name: 'alerts', is_member: true } };
      default:
        return { ok: true };
    }
  }
}
