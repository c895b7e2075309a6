import http from 'node:http';
import { FakeWorkspace } from './fake-slack-workspace';
import { LocalServer, type ScriptedAnswer } from './local-server';

/** One recorded Slack Web API call (or response_url POST). */
export interface SlackCall {
  /** Web API method (`chat.postMessage`) or `respond` for response_url posts. */
  method: string;
  /** The path for `respond` calls (`/respond/<id>`). */
  path: string;
  auth: string | undefined;
  params: Record<string, any>;
  at: number;
  /** The answer's body (e.g. the `ts` a chat.postMessage got). */
  response?: Record<string, any>;
}

export type { ScriptedAnswer };

/** A script decides the answer for a call; return undefined for the default answer. */
export type SlackScript = (call: SlackCall) => ScriptedAnswer | undefined;

/** Options for the fake Slack server. */
export interface FakeSlackOptions {
  /** Enforce ~1 chat.postMessage per second per channel (burst) with 429 + Retry-After. */
  rateLimit?: { perChannelPerSec: number; burst: number; retryAfterSec?: number };
  /** Users `users.info` describes as guests: `multi` = multi-channel (is_restricted), `single` (is_ultra_restricted), `connect` (Slack Connect, is_stranger). */
  guests?: Record<string, 'multi' | 'single' | 'connect'>;
}

/**
 * A local HTTP server that speaks the Slack Web API (`POST /api/<method>`, form-encoded or
 * JSON) and accepts response_url posts (`POST /respond/<id>`). It records every call and
 * answers with Slack's response shapes; tests script errors, 429s and delays.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  private server?: LocalServer;
  private scripts: SlackScript[] = [];
  private seq = 0;
  private buckets = new Map<string, { tokens: number; at: number }>();
  /** Count of 429 answers given. */
  rateLimitedCount = 0;
  /** The token's scopes, the channels and the user groups (see FakeWorkspace). */
  readonly workspace = new FakeWorkspace();

  constructor(private readonly opts: FakeSlackOptions = {}) {}

  /** Start listening on 127.0.0.1, port 0. */
  async start(): Promise<this> {
    this.server = new LocalServer((req, res) => this.handle(req, res));
    await this.server.listen();
    return this;
  }

  /** Base URL for `slackApiUrl`, ending in `/api/`. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** `http://127.0.0.1:<port>` */
  get origin(): string {
    return this.server!.origin;
  }

  /** A response_url pointing at this server. */
  responseUrl(id: string): string {
    return `${this.origin}/respond/${id}`;
  }

  /** Add a script (later scripts win). Returns a function that removes it. */
  script(s: SlackScript): () => void {
    this.scripts.push(s);
    return () => {
      this.scripts = this.scripts.filter((x) => x !== s);
    };
  }

  /** Calls of one method. */
  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Forget recorded calls. */
  reset(): void {
    this.calls.length = 0;
  }

  /** Wait until `pred` holds over the recorded calls (polls every 20 ms). */
  async waitFor(pred: (calls: SlackCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!pred(this.calls)) {
      if (Date.now() > until) {
        throw new Error(`FakeSlack.waitFor timed out; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Stop the server. */
  async stop(): Promise<void> {
    await this.server?.close();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = req.url ?? '/';
      const isRespond = url.startsWith('/respond/');
      const method = isRespond ? 'respond' : url.replace(/^\/api\//, '').split('?')[0];
      let params: Record<string, any> = {};
      try {
        params = (req.headers['content-type'] ?? '').startsWith('application/json')
          ? JSON.parse(raw || '{}')
          : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        params = { _raw: raw };
      }
      for (const k of ['blocks', 'attachments', 'metadata', 'view']) {
        if (typeof params[k] === 'string') {
          try {
            params[k] = JSON.parse(params[k]);
          } catch {
            /* keep the string */
          }
        }
      }
      const call: SlackCall = { method, path: url, auth: req.headers.authorization, params, at: Date.now() };
      const answer = this.answer(call);
      if (answer.body && typeof answer.body === 'object') call.response = answer.body as Record<string, any>;
      const send = () => {
        if (res.destroyed) return;
        const scopes = isRespond ? {} : { 'x-oauth-scopes': this.workspace.scopes.join(',') };
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...scopes, ...(answer.headers ?? {}) });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? { ok: true }));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  }

  private answer(call: SlackCall): ScriptedAnswer {
    for (let i = this.scripts.length - 1; i >= 0; i--) {
      const a = this.scripts[i](call);
      if (a) {
        if ((a.status ?? 200) === 429) this.rateLimitedCount++;
        if ((a.status ?? 200) === 200) this.calls.push(call);
        else this.calls.push({ ...call, method: `${call.method}!${a.status}` });
        // A script that only delays (no body) still gets Slack's normal answer.
        return a.body === undefined && (a.status ?? 200) === 200 ? { ...a, body: this.defaultBody(call) } : a;
      }
    }
    const refused = call.method === 'respond' ? undefined : this.workspace.refuse(call.method, call.auth, call.params);
    if (refused) {
      this.calls.push({ ...call, method: `${call.method}!${String(refused.error)}` });
      return { body: refused };
    }
    const limited = this.limit(call);
    if (limited) {
      this.rateLimitedCount++;
      this.calls.push({ ...call, method: `${call.method}!429` });
      return limited;
    }
    this.calls.push(call);
    return { body: this.defaultBody(call) };
  }

  private limit(call: SlackCall): ScriptedAnswer | undefined {
    const rl = this.opts.rateLimit;
    if (!rl || call.method !== 'chat.postMessage') return undefined;
    const ch = String(call.params.channel ?? '');
    const now = Date.now();
    const b = this.buckets.get(ch) ?? { tokens: rl.burst, at: now };
    b.tokens = Math.min(rl.burst, b.tokens + ((now - b.at) / 1000) * rl.perChannelPerSec);
    b.at = now;
    this.buckets.set(ch, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return undefined;
    }
    return {
      status: 429,
      headers: { 'retry-after': String(rl.retryAfterSec ?? 1) },
      body: { ok: false, error: 'ratelimited' },
    };
  }

  private defaultBody(call: SlackCall): unknown {
    const p = call.params;
    const ws = this.workspace.answer(call.method, p);
    if (ws) return ws;
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'herald', team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        this.seq++;
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.seq).padStart(6, '0')}`;
        return { ok: true, channel: p.channel, ts, message: { text: p.text, ts, blocks: p.blocks } };
      }
      case 'chat.update':
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text, message: { text: p.text, blocks: p.blocks } };
      case 'chat.postEphemeral':
        this.seq++;
        return { ok: true, message_ts: `${Math.floor(Date.now() / 1000)}.${String(this.seq).padStart(6, '0')}` };
      case 'views.open':
      case 'views.update':
      case 'views.push':
        return { ok: true, view: { id: `V${++this.seq}`, ...(p.view ?? {}) } };
      case 'usergroups.users.list':
        return { ok: true, users: [] };
      case 'usergroups.list':
        return { ok: true, usergroups: [] };
      case 'users.info': {
        const g = this.opts.guests?.[String(p.user)];
        return {
          ok: true,
          user: { id: p.user, name: `user-${p.user}`, real_name: `User ${p.user}`, is_restricted: g === 'multi' || g === 'single', is_ultra_restricted: g === 'single', ...(g === 'connect' ? { is_stranger: true } : {}) },
        };
      }
      case 'conversations.info':
        return { ok: true, channel: { id: p.channel, name: 'alerts', is_member: true } };
      case 'respond':
        return { ok: true };
      default:
        return { ok: true };
    }
  }
}
