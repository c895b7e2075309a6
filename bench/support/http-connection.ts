import net from 'node:net';

const CRLF2 = Buffer.from('\r\n\r\n');
const CHUNK_END = Buffer.from('0\r\n\r\n');

/**
 * One keep-alive HTTP/1.1 client connection for the load driver: write a prepared request,
 * resolve with the status once the whole answer (Content-Length or chunked) has arrived.
 * One request at a time. Made for measuring, not for general use.
 */
export class HttpConnection {
  closed = false;
  private buf: Buffer = Buffer.alloc(0);
  private pending: { resolve: (status: number) => void; reject: (e: Error) => void } | null = null;

  private constructor(private readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (c: Buffer) => this.onData(c));
    const fail = (e: Error) => {
      this.closed = true;
      const p = this.pending;
      this.pending = null;
      p?.reject(e);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  /** Connect to host:port. */
  static open(port: number, host: string): Promise<HttpConnection> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, host);
      s.once('connect', () => resolve(new HttpConnection(s)));
      s.once('error', reject);
    });
  }

  /** Write one request and wait for its answer's status. */
  send(request: Buffer): Promise<number> {
    if (this.closed) return Promise.reject(new Error('connection closed'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const end = this.buf.indexOf(CRLF2);
    if (end < 0 || !this.pending) return;
    const head = this.buf.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const lower = head.toLowerCase();
    const m = /\r\ncontent-length:\s*(\d+)/.exec(lower);
    let total: number;
    if (m) total = end + 4 + Number(m[1]);
    else if (lower.includes('transfer-encoding: chunked')) {
      const z = this.buf.indexOf(CHUNK_END, end + 4);
      if (z < 0) return;
      total = z + CHUNK_END.length;
    } else total = end + 4;
    if (this.buf.length < total) return;
    this.buf = this.buf.subarray(total);
    if (/\r\nconnection:\s*close/.test(lower)) this.closed = true;
    const p = this.pending;
    this.pending = null;
    p.resolve(status);
  }
}
