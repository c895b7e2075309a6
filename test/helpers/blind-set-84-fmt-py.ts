/**
 * Blind set 84: Python HTTP clients: requests with http.client debuglevel (`send: b'…'`, `reply:`,
 * `header:`), urllib3 connectionpool DEBUG lines beside the app's own log, httpx request logs and
 * HTTPStatusError (whose Headers repr hides `authorization`), and aiohttp's ClientResponseError.
 */
import { byteLen, mergeHeaders, uniqHeaders, hostOf, noUserInfo, pathOf, pyBytesRepr, pyRepr, type Call, type Ctx, type Json } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { person } from './blind-set-84-people';
import { pyJsonDumps, reprPy } from './blind-set-84-print';
import { ALNUM, formEnc } from './blind-set-84-rng';
import { infraLine } from './blind-set-84-fmt-infra';
import { pickCall } from './blind-set-84-vendors';

const REQUESTS_V = ['2.31.0', '2.32.3', '2.28.2'];

/** The body as Python would have sent it (json.dumps defaults for JSON bodies). */
export function pyBody(call: Call, ensureAscii = true): string {
  return call.bodyType === 'json' && call.json !== undefined ? pyJsonDumps(call.json, ensureAscii) : call.body;
}

function traceback(ctx: Ctx, call: Call, mod: string): string {
  const r = ctx.r;
  const status = call.status;
  const kind = status >= 500 ? 'Server Error' : 'Client Error';
  return `Traceback (most recent call last):\n  File "/app/${mod}/${call.vendor}_client.py", line ${r.int(40, 300)}, in ${call.op.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: ${status} ${kind}: ${call.statusText} for url: ${noUserInfo(call.url)}`;
}

/** requests + `http.client.HTTPConnection.debuglevel = 1` printed to stdout, then the traceback. */
export function requestsHttplib(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const body = pyBody(call);
  const hs: [string, string][] = [['Host', hostOf(call.url)], ['User-Agent', `python-requests/${r.pick(REQUESTS_V)}`], ['Accept-Encoding', 'gzip, deflate'], ['Accept', '*/*'], ['Connection', 'keep-alive'], ...call.headers.filter(([k]) => k !== 'Accept'), ['Content-Length', String(byteLen(body))]];
  const head = `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\n${hs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const lines = [`send: ${pyBytesRepr(head)}`];
  if (body) lines.push(`send: ${pyBytesRepr(body)}`);
  lines.push(`reply: ${pyRepr(`HTTP/1.1 ${call.status} ${call.statusText}\r\n`)}`);
  for (const [k, v] of call.respHeaders) lines.push(`header: ${k}: ${v}`);
  const pre = call.auth && r.chance(0.5) ? `${moment(r).log} DEBUG ${call.vendor}: POST ${noUserInfo(call.url)} auth=${reprPy([call.auth.user, call.auth.pass]).replace(/^\[(.*)\]$/, '($1)')}\n` : '';
  const infra = infraLine(ctx);
  return `${pre}${lines.join('\n')}\n${moment(r).log} ERROR ${call.vendor}.client: ${call.op} failed: ${call.respBody}\n${traceback(ctx, call, r.pick(['integrations', 'app/clients', 'sync']))}${infra ? `\n${infra}` : ''}`;
}

/** urllib3 DEBUG lines (the `HTTP/11` of urllib3 2.x included) beside the app's error line with payload and headers. */
export function urllib3Debug(ctx: Ctx): string {
  const r = ctx.r;
  const m = moment(r);
  const fmt = (lvl: string, name: string, msg: string) => `${m.log} ${lvl} [${name}] ${msg}`;
  if (r.chance(0.3)) {
    const p = person(r);
    const key = ctx.cred('google-api-key', `AIza${r.chars(ALNUM + '-_', 35)}`);
    const addr = formEnc(`${ctx.pers('address', p.street)}, ${p.city}`);
    const path = `/maps/api/geocode/json?address=${addr}&key=${key}`;
    return [fmt('DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (1): maps.googleapis.com:443'), fmt('DEBUG', 'urllib3.connectionpool', `https://maps.googleapis.com:443 "GET ${path} HTTP/1.1" 200 None`), fmt('ERROR', 'shipping.geocode', `geocode failed for order ${r.int(10000, 99999)}: {'error_message': 'This API key is not authorized to use this service or API.', 'results': [], 'status': 'REQUEST_DENIED'}`)].join('\n');
  }
  if (r.chance(0.25)) {
    const p = person(r);
    const tok = ctx.cred('slack-token', `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`);
    const path = `/api/users.lookupByEmail?token=${tok}&email=${formEnc(ctx.pers('email', p.email))}`;
    return [fmt('DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (1): slack.com:443'), fmt('DEBUG', 'urllib3.connectionpool', `https://slack.com:443 "GET ${path} HTTP/11" 200 ${r.int(40, 90)}`), fmt('ERROR', 'notify.slack', `lookup failed for ${path.split('?')[0]}: {'ok': False, 'error': '${r.pick(['users_not_found', 'invalid_auth', 'missing_scope'])}'}`)].join('\n');
  }
  const call = pickCall(ctx);
  const host = hostOf(call.url);
  const http = r.pick(['HTTP/1.1', 'HTTP/11', 'HTTP/11']);
  const payload = call.bodyType === 'json' ? reprPy(call.json ?? null) : pyRepr(call.body);
  const headers = reprPy(Object.fromEntries(call.headers));
  const lines = [fmt('DEBUG', 'urllib3.connectionpool', `Starting new HTTPS connection (1): ${host}:443`), fmt('DEBUG', 'urllib3.connectionpool', `https://${host}:443 "${call.method} ${pathOf(noUserInfo(call.url))} ${http}" ${call.status} ${byteLen(call.respBody)}`)];
  if (r.chance(0.5)) lines.push(fmt('ERROR', `${call.vendor}.sync`, `${call.vendor} ${call.op} failed status=${call.status} body=${call.respBody} payload=${payload} headers=${headers}`));
  else lines.push(fmt('WARNING', `${call.vendor}.sync`, `retrying ${call.op} (attempt 2/3) request=${reprPy({ method: call.method, url: noUserInfo(call.url), headers: Object.fromEntries(call.headers), json: call.json ?? null } as Json)}`), fmt('ERROR', `${call.vendor}.sync`, `giving up: ${call.status} ${call.respBody}`));
  return lines.join('\n');
}

/** httpx: `HTTP Request:` info line, HTTPStatusError, and the request the app printed (authorization shown as [secure]). */
export function httpxError(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const ascii = r.chance(0.6);
  const body = ascii ? pyBody(call) : call.body;
  const hs = mergeHeaders([['host', hostOf(call.url)], ['accept', '*/*'], ['accept-encoding', 'gzip, deflate'], ['connection', 'keep-alive'], ['user-agent', `python-httpx/${r.pick(['0.27.0', '0.26.0', '0.28.1'])}`]], [...call.headers.map(([k, v]) => [k.toLowerCase(), /^(proxy-)?authorization$/i.test(k) ? '[secure]' : v] as [string, string]), ['content-length', String(byteLen(body))]]);
  const hdrRepr = `Headers({${hs.map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}})`;
  const url = noUserInfo(call.url);
  const kind = call.status >= 500 ? 'Server error' : 'Client error';
  return [
    `${moment(r).log} - httpx - INFO - HTTP Request: ${call.method} ${url} "HTTP/1.1 ${call.status} ${call.statusText}"`,
    `${moment(r).log} - ${call.vendor}_client - ERROR - ${call.op} failed; request=<Request('${call.method}', '${url}')> headers=${hdrRepr} content=${pyBytesRepr(body)} response=${call.respBody}`,
    'Traceback (most recent call last):',
    `  File "/srv/app/clients/${call.vendor}.py", line ${r.int(30, 200)}, in ${call.op}`,
    '    response.raise_for_status()',
    '  File "/usr/local/lib/python3.12/site-packages/httpx/_models.py", line 761, in raise_for_status',
    '    raise HTTPStatusError(message, request=request, response=self)',
    `httpx.HTTPStatusError: ${kind} '${call.status} ${call.statusText}' for url '${url}'`,
    `For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/${call.status}`,
  ].join('\n');
}

/** aiohttp: the repr of a ClientResponseError (request headers in a CIMultiDictProxy) and the payload. */
export function aiohttpError(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const url = call.url;
  const hs: [string, string][] = uniqHeaders([['Host', hostOf(url)], ...call.headers, ['Accept', '*/*'], ['Accept-Encoding', 'gzip, deflate'], ['User-Agent', `Python/3.11 aiohttp/${r.pick(['3.9.5', '3.8.6', '3.10.5'])}`], ['Content-Length', String(byteLen(pyBody(call)))]]);
  const cim = (h: [string, string][]) => `<CIMultiDictProxy(${h.map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')})>`;
  const err = `ClientResponseError(RequestInfo(url=URL('${url}'), method='${call.method}', headers=${cim(hs)}, real_url=URL('${url}')), (), status=${call.status}, message='${call.statusText}', headers=${cim(call.respHeaders)})`;
  const payload = call.bodyType === 'json' ? reprPy(call.json ?? null) : pyRepr(call.body);
  if (r.chance(0.5)) return `${moment(r).log} ERROR ${call.vendor}.worker: request failed: ${err}\n  payload=${payload}\n  response_text=${pyRepr(call.respBody)}`;
  return `Task exception was never retrieved\nfuture: <Task finished name='Task-${r.int(10, 900)}' coro=<${call.client}.${call.op}() done, defined at /app/clients/${call.vendor}.py:${r.int(20, 120)}> exception=${err}>\nTraceback (most recent call last):\n  File "/app/clients/${call.vendor}.py", line ${r.int(30, 200)}, in ${call.op}\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.11/site-packages/aiohttp/client_reqrep.py", line 1060, in raise_for_status\n    raise ClientResponseError(\naiohttp.client_exceptions.ClientResponseError: ${call.status}, message='${call.statusText}', url=URL('${noUserInfo(url)}')\nlocals: ${call.bodyType === 'json' ? 'json' : 'data'}=${payload}`;
}
