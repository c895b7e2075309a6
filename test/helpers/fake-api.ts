import http from 'node:http';
import { LocalServer, type ScriptedAnswer } from './local-server';

/** One recorded call to a fake API. */
export interface ApiCall {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Request headers, names lower-cased. */
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined when empty; `{ _raw }` when not JSON). */
  body: any;
  /** Status answered. */
  status?: number;
  at: number;
}

/** A script decides the answer for a call; undefined → the default (the API's own) answer. */
export type ApiScript = (call: ApiCall) => ScriptedAnswer | undefined;

/** A JSON answer. */
export const answer = (status: number, body: unknown, headers: Record<string, string> = {}): ScriptedAnswer => ({ status, body, headers });

/**
 * Base of the local API stand-ins: real HTTP on 127.0.0.1 port 0, every call recorded,
 * scripts (errors, 429s, slow answers) tried newest first, else `route` answers as the API.
 */
export abstract class FakeApi {
  readonly calls: ApiCall[] = [];
  private server?: LocalServer;
  private scripts: ApiScript[] = [];

  /** The API's own answer to a call. */
  protected abstract route(call: ApiCall): ScriptedAnswer;

  /** Start listening. */
  async start(): Promise<this> {
    this.server = new LocalServer((req, res) => this.handle(req, res));
    await this.server.listen();
    return this;
  }

  /** Base URL, without a trailing slash. */
  get url(): string {
    return this.server!.origin;
  }

  /** Add a script (later scripts win). Returns a function that removes it. */
  script(s: ApiScript): () => void {
    this.scripts.push(s);
    return () => {
      this.scripts = this.scripts.filter((x) => x !== s);
    };
  }

  /** Script the next `n` calls (matching `filter`) to get `a`. */
  failNext(n: number, a: ScriptedAnswer, filter: (c: ApiCall) => boolean = () => true): void {
    let left = n;
    const remove = this.script((c) => {
      if (left <= 0 || !filter(c)) return undefined;
      if (--left === 0) remove();
      return a;
    });
  }

  /** Forget the recorded calls and the scripts. */
  reset(): void {
    this.calls.length = 0;
    this.scripts = [];
  }

  /** Calls whose `METHOD path` starts with `prefix`. */
  callsTo(prefix: string): ApiCall[] {
    return this.calls.filter((c) => `${c.method} ${c.path}`.startsWith(prefix));
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
      const u = new URL(req.url ?? '/', 'http://fake');
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = { _raw: raw };
      }
      const call: ApiCall = { method: req.method ?? 'GET', path: u.pathname, query: Object.fromEntries(u.searchParams), headers: req.headers, body, at: Date.now() };
      this.calls.push(call);
      let a: ScriptedAnswer | undefined;
      for (let i = this.scripts.length - 1; i >= 0 && !a; i--) a = this.scripts[i](call);
      a ??= this.route(call);
      call.status = a.status ?? 200;
      const send = () => {
        if (res.destroyed) return;
        const text = a!.body === undefined ? '' : typeof a!.body === 'string' ? a!.body : JSON.stringify(a!.body);
        res.writeHead(call.status!, { 'content-type': 'application/json', ...(a!.headers ?? {}) });
        res.end(text);
      };
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
  }
}
