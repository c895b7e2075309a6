import type { IncomingMessage } from 'node:http';
import { HeraldError } from '../errors/herald-error';

/** Body kinds ingest accepts. */
export type BodyKind = 'json' | 'form';

/** Decide the body kind from Content-Type, or throw 415. */
export function bodyKind(contentType: string | undefined): BodyKind {
  const t = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (t === 'application/json' || t.endsWith('+json')) return 'json';
  if (t === 'application/x-www-form-urlencoded') return 'form';
  throw new HeraldError('unsupported_media_type', `unsupported content type ${JSON.stringify(t || '(none)')}: send application/json (or Datadog's form encoding)`);
}

/** Read the raw body up to `limit` bytes; 413 past it (checked on Content-Length first). */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HeraldError('payload_too_large', `body of ${declared} bytes is over the ${limit}-byte limit`);
  }
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(new HeraldError('payload_too_large', `body is over the ${limit}-byte limit`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks).toString('utf8'));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(new HeraldError('invalid_payload', 'the request body could not be read', { cause: e }));
      }
    });
  });
}

/** Decode Datadog's form encoding: a `payload=` JSON field, or top-level fields (JSON values parsed). */
export function decodeForm(raw: string): string {
  const params = new URLSearchParams(raw);
  const single = params.get('payload');
  if (single !== null && [...params.keys()].length === 1) return single;
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) {
    const t = v.trim();
    if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
      try {
        out[k] = JSON.parse(t);
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[k] = v;
  }
  return JSON.stringify(out);
}
