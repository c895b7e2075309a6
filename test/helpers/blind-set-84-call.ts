/**
 * Blind set 84: assembling one call from a vendor's parts (body serialisation, content headers,
 * response headers), and the status texts the printers need.
 */
import { byteLen, type Call, type Ctx, type Hdrs, type Json } from './blind-set-84-ctx';
import { ALNUM, b64, formBody } from './blind-set-84-rng';
import { password } from './blind-set-84-tokens2';
import { cfRay, moment, traceHeaders } from './blind-set-84-noise';

/** Reason phrases by status. */
export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** What a vendor template hands over. */
export interface CallSpec {
  vendor: string;
  client: string;
  op: string;
  method: string;
  url: string;
  headers: Hdrs;
  json?: Json;
  form?: [string, string][];
  xml?: string;
  status: number;
  respJson?: Json;
  respText?: string;
  respType?: string;
  respHeaders?: Hdrs;
  auth?: { user: string; pass: string };
}

/** Options a printer passes to a vendor: whether the call must have failed (status ≥ 400). */
export interface VendorOpts {
  fail: boolean;
}

/** A vendor template: one call to that vendor's API. */
export type Vendor = (ctx: Ctx, o: VendorOpts) => Call;

/** Builds the call: serialises the body, adds content and response headers. */
export function mkCall(ctx: Ctx, s: CallSpec): Call {
  const r = ctx.r;
  let body = '';
  let bodyType: Call['bodyType'] = 'none';
  let ctype = '';
  if (s.json !== undefined) {
    body = JSON.stringify(s.json);
    bodyType = 'json';
    ctype = 'application/json';
  } else if (s.form) {
    body = formBody(s.form);
    bodyType = 'form';
    ctype = 'application/x-www-form-urlencoded';
  } else if (s.xml !== undefined) {
    body = s.xml;
    bodyType = 'xml';
    ctype = 'application/xml';
  }
  const headers: Hdrs = [...s.headers];
  if (ctype && !headers.some(([k]) => k.toLowerCase() === 'content-type')) headers.push(['Content-Type', ctype]);
  headers.push(...traceHeaders(r));
  if (r.chance(0.12)) headers.push([r.pick(['X-Egress-Key', 'X-Gateway-Token', 'x-acme-egress-key']), ctx.cred('api-key', r.chars(ALNUM, r.int(32, 48)))]);
  if (r.chance(0.08)) headers.push(['Proxy-Authorization', `Basic ${ctx.cred('basic-auth', b64(`${r.pick(['egress', 'squid-client', 'proxy-svc'])}:${password(r).replace(/:/g, '')}`))}`]);
  const respBody = s.respText ?? (s.respJson === undefined ? '' : JSON.stringify(s.respJson));
  const m = moment(r);
  const respHeaders: Hdrs = [
    ['Date', m.http],
    ['Content-Type', s.respType ?? (s.respJson !== undefined ? 'application/json' : 'text/plain; charset=utf-8')],
    ['Content-Length', String(byteLen(respBody))],
    ['Connection', 'keep-alive'],
    ...(s.respHeaders ?? []),
  ];
  if (r.chance(0.3)) respHeaders.push(['Server', 'cloudflare'], ['CF-RAY', cfRay(r)]);
  if (r.chance(0.3)) respHeaders.push(['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload']);
  return {
    vendor: s.vendor,
    client: s.client,
    op: s.op,
    method: s.method,
    url: s.url,
    headers,
    body,
    bodyType,
    json: s.json,
    status: s.status,
    statusText: STATUS_TEXT[s.status] ?? 'Error',
    respHeaders,
    respBody,
    respJson: s.respJson,
    auth: s.auth,
  };
}

/** A failing status for a call, weighted the way integrations fail. */
export function failStatus(ctx: Ctx, pool: number[] = [400, 401, 401, 403, 422, 429, 500]): number {
  return ctx.r.pick(pool);
}
