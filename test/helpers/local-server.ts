import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A local HTTP server on 127.0.0.1 (port 0) that can be stopped at once, open connections included. */
export class LocalServer {
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor(handler: http.RequestListener) {
    this.server = http.createServer(handler);
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Listen on an ephemeral port. */
  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
  }

  /** `http://127.0.0.1:<port>` */
  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Close, destroying keep-alive connections so that it does not wait for clients. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** What a scripted answer of a fake API server returns: status, headers, body (JSON unless a string), delay. */
export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}
