/**
 * Blind set 84: Node HTTP clients: an AxiosError as console.error prints it, axios `toJSON()` in a
 * pino line, got's HTTPError, undici `fetch failed` with the request init, superagent's response
 * JSON and a bare ClientRequest dump with `_header` and `[kOutHeaders]` arrays.
 */
import { byteLen, uniqHeaders, hostOf, noUserInfo, pathOf, type Call, type Ctx } from './blind-set-84-ctx';
import { moment, podName } from './blind-set-84-noise';
import { hdrObj, inspectJs, raw, type Shown } from './blind-set-84-print';
import { infraLine } from './blind-set-84-fmt-infra';
import { pemKey } from './blind-set-84-tokens2';
import { pickCall } from './blind-set-84-vendors';

const AXIOS_V = ['1.6.8', '1.7.2', '1.7.7', '1.6.2'];

function reqHeaderLines(call: Call, ua: string): [string, string][] {
  return uniqHeaders([...call.headers, ['Accept', 'application/json, text/plain, */*'], ['User-Agent', ua], ['Content-Length', String(byteLen(call.body))], ['Accept-Encoding', 'gzip, compress, deflate, br']]);
}

function headerBlock(call: Call, hs: [string, string][]): string {
  return `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\n${hs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Host: ${hostOf(call.url)}\r\nConnection: keep-alive\r\n\r\n`;
}

function jsHeaderConcat(block: string, indent: number): string {
  const lines = block.split('\r\n').slice(0, -1).map((l) => `${l}\\r\\n`);
  const pad = ' '.repeat(indent);
  return lines.map((l, i) => (i === 0 ? `'${l.replace(/'/g, "\\'")}'` : `${pad}'${l.replace(/'/g, "\\'")}'`)).join(' +\n');
}

function stack(ctx: Ctx, name: string, msg: string, lib: string): string {
  const r = ctx.r;
  const cls = r.pick(['HubspotClient', 'PaymentsGateway', 'CrmSync', 'NotificationService', 'PayoutWorker']);
  return `${name}: ${msg}\n    at ${lib}\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async ${cls}.${r.pick(['send', 'request', 'post', 'sync'])} (/app/dist/integrations/${cls.toLowerCase()}.js:${r.int(20, 300)}:${r.int(5, 40)})`;
}

/** `console.error(err)` of an AxiosError (config, request._header, response). */
export function axiosError(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const ua = `axios/${r.pick(AXIOS_V)}`;
  const hs = reqHeaderLines(call, ua);
  const u = new URL(noUserInfo(call.url));
  const config: Record<string, Shown> = {
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false },
    adapter: ['xhr', 'http', 'fetch'],
    transformRequest: [raw('[Function: transformRequest]')],
    transformResponse: [raw('[Function: transformResponse]')],
    timeout: r.pick([0, 10000, 30000]),
    xsrfCookieName: 'XSRF-TOKEN',
    xsrfHeaderName: 'X-XSRF-TOKEN',
    maxContentLength: -1,
    maxBodyLength: -1,
    env: { FormData: raw('[Function [class FormData extends CombinedStream]]'), Blob: raw('[class Blob]') },
    validateStatus: raw('[Function: validateStatus]'),
    headers: raw('Object [AxiosHeaders] ' + inspectJs(hdrObj(hs), 0, 4)),
    baseURL: u.origin,
    method: call.method.toLowerCase(),
    url: u.pathname + u.search,
    data: call.body || undefined,
  };
  const ui = /^https?:\/\/([^:@/]+):([^@/]*)@/.exec(call.url);
  if (ui) config['auth'] = { username: decodeURIComponent(ui[1]!), password: decodeURIComponent(ui[2]!) };
  else if (call.auth && r.chance(0.6)) config['auth'] = { username: call.auth.user, password: call.auth.pass };
  const response: Record<string, Shown> = { status: call.status, statusText: call.statusText, headers: raw('Object [AxiosHeaders] ' + inspectJs(hdrObj(call.respHeaders, true), 0, 4)), config: raw('[Circular *2]'), request: raw('<ref *1> ClientRequest {\n      _events: [Object: null prototype],\n      ...\n    }'), data: call.respJson ?? call.respBody };
  const head = stack(ctx, 'AxiosError', `Request failed with status code ${call.status}`, 'settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)');
  const reqDump = `<ref *1> ClientRequest {\n    _events: [Object: null prototype] {\n      abort: [Function (anonymous)],\n      aborted: [Function (anonymous)],\n      error: [Function (anonymous)]\n    },\n    _eventsCount: 7,\n    outputSize: 0,\n    writable: true,\n    destroyed: true,\n    chunkedEncoding: false,\n    shouldKeepAlive: true,\n    maxRequestsOnConnectionReached: false,\n    _header: ${jsHeaderConcat(headerBlock(call, hs), 6)},\n    path: '${u.pathname + u.search}',\n    method: '${call.method}',\n    host: '${u.hostname}',\n    protocol: 'https:',\n    res: [IncomingMessage],\n    [Symbol(kCapture)]: false\n  }`;
  const body = inspectJs({ code: call.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST', config: raw('<ref *2> ' + inspectJs(config, 1, 2)), request: raw(reqDump), response: raw(inspectJs(response, 1, 2)), status: call.status }, 0, 0);
  const infra = infraLine(ctx);
  return `${moment(r).iso} ${r.pick(['error', 'ERROR'])}: ${call.vendor} request failed\n${head} ${body}${infra ? `\n${infra}` : ''}`;
}

/** A pino JSON line with axios `error.toJSON()` under `err` and the response body. */
export function axiosJson(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const hs = uniqHeaders([...call.headers, ['Accept', 'application/json, text/plain, */*'], ['User-Agent', `axios/${r.pick(AXIOS_V)}`]]);
  const m = moment(r);
  const err = {
    message: `Request failed with status code ${call.status}`,
    name: 'AxiosError',
    stack: stack(ctx, 'AxiosError', `Request failed with status code ${call.status}`, 'settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)'),
    config: { transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false }, adapter: ['xhr', 'http', 'fetch'], transformRequest: [null], transformResponse: [null], timeout: 0, xsrfCookieName: 'XSRF-TOKEN', xsrfHeaderName: 'X-XSRF-TOKEN', maxContentLength: -1, maxBodyLength: -1, env: {}, headers: Object.fromEntries(hs), method: call.method.toLowerCase(), url: call.url, data: call.body || undefined },
    code: 'ERR_BAD_REQUEST',
    status: call.status,
  };
  const line: Record<string, unknown> = { level: 50, time: m.secs * 1000 + r.int(0, 999), pid: r.int(1, 99), hostname: podName(r), service: `${call.vendor}-sync`, err, responseData: call.respJson ?? call.respBody, msg: `${call.vendor} ${call.op} failed` };
  if (r.chance(0.2)) {
    line['agentOptions'] = { keepAlive: true, ca: '/etc/ssl/partner-ca.pem', key: ctx.cred('private-key', pemKey(r)), passphrase: undefined };
  }
  return JSON.stringify(line);
}

/** got's HTTPError as inspected: options with lower-cased headers and the json body object. */
export function gotError(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const hs = hdrObj([['user-agent', 'got (https://github.com/sindresorhus/got)'], ...call.headers.map(([k, v]) => [k.toLowerCase(), v] as [string, string]), ['content-length', String(byteLen(call.body))], ['accept-encoding', 'gzip, deflate, br']], true);
  const opts: Record<string, Shown> = { agent: { http: undefined, https: undefined, http2: undefined }, decompress: true, timeout: { request: r.pick([10000, 30000]) }, prefixUrl: '', method: call.method, retry: raw('{ limit: 2, methods: [Array], statusCodes: [Array], errorCodes: [Array], calculateDelay: [Function: calculateDelay] }'), headers: hs, url: raw(`URL {\n      href: '${call.url}',\n      origin: '${new URL(noUserInfo(call.url)).origin}',\n      protocol: 'https:',\n      username: '',\n      password: '',\n      host: '${hostOf(call.url)}',\n      pathname: '${new URL(noUserInfo(call.url)).pathname}'\n    }`), responseType: 'json', throwHttpErrors: true };
  if (call.bodyType === 'json') opts['json'] = call.json ?? undefined;
  else if (call.bodyType === 'form') opts['form'] = Object.fromEntries(new URLSearchParams(call.body));
  else opts['body'] = call.body;
  const head = `HTTPError: Response code ${call.status} (${call.statusText})\n    at Request.<anonymous> (/app/node_modules/got/dist/source/as-promise/index.js:118:42)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
  const body = inspectJs({ code: 'ERR_NON_2XX_3XX_RESPONSE', timings: raw('{ start: ' + (moment(r).secs * 1000) + ', socket: ..., phases: [Object] }'), options: raw(inspectJs(opts, 2, 2)), response: raw(`IncomingMessage { statusCode: ${call.status}, statusMessage: '${call.statusText}', body: ${inspectJs(call.respBody, 0, 4)} }`) }, 0, 0);
  return `${head} ${body}`;
}

/** undici/fetch: `TypeError: fetch failed` with a cause, after the app logs the request init. */
export function undiciFetch(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const host = hostOf(call.url);
  const style = r.int(0, 2);
  const headersShown = style === 0 ? inspectJs(hdrObj(call.headers), 0, 2) : style === 1 ? 'Headers ' + inspectJs(hdrObj(call.headers, true), 0, 2) : inspectJs(call.headers.map(([k, v]) => [k, v]), 1, 2);
  const init = `{\n  method: '${call.method}',\n  headers: ${headersShown},\n  body: ${inspectJs(call.body, 0, 2)},\n  signal: AbortSignal { aborted: false }\n}`;
  if (r.chance(0.35)) {
    return `[${moment(r).iso}] ERROR ${call.vendor}: ${call.method} ${noUserInfo(call.url)} -> ${call.status} ${call.statusText}\nrequest init: ${init}\nresponse body: ${call.respBody}`;
  }
  const cause = r.pick([
    `ConnectTimeoutError: Connect Timeout Error (attempted address: ${host}:443, timeout: 10000ms)\n      at onConnectTimeout (node:internal/deps/undici/undici:2602:28)\n      at node:internal/deps/undici/undici:2578:50 {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }`,
    `Error: getaddrinfo ENOTFOUND ${host}\n      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: '${host}'\n  }`,
    `SocketError: other side closed\n      at TLSSocket.onSocketEnd (node:internal/deps/undici/undici:8904:26)\n      at TLSSocket.emit (node:events:531:35) {\n    code: 'UND_ERR_SOCKET',\n    socket: {\n      localAddress: '10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}',\n      localPort: ${r.int(32768, 60999)},\n      remoteAddress: undefined,\n      remotePort: undefined,\n      remoteFamily: undefined,\n      timeout: undefined,\n      bytesWritten: ${byteLen(call.body) + 400},\n      bytesRead: 0\n    }\n  }`,
  ]);
  return `${call.vendor} request ${call.method} ${noUserInfo(call.url)} init=${init}\nTypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async ${call.client}.${call.op} (/app/src/integrations/${call.vendor}.ts:${r.int(20, 200)}:${r.int(5, 30)}) {\n  [cause]: ${cause}\n}`;
}

/** superagent: `JSON.stringify(err.response)` (req with lower-cased headers, header, status, text). */
export function superagent(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const resp = { req: { method: call.method, url: call.url, data: call.bodyType === 'json' ? call.json : call.body, headers: hdrObj([['user-agent', 'node-superagent/8.1.2'], ...call.headers], true) }, header: hdrObj(call.respHeaders, true), status: call.status, text: call.respBody };
  const m = moment(r);
  return r.chance(0.5)
    ? `${m.iso} [${r.pick(['error', 'warn'])}] Error: ${call.statusText} — ${call.vendor} ${call.op} failed: ${JSON.stringify(resp)}`
    : JSON.stringify({ level: 'error', message: `${call.statusText}`, timestamp: m.iso, service: `${call.vendor}-connector`, status: call.status, response: resp });
}

/** A ClientRequest inspected on its own (`_header`, `[kOutHeaders]` arrays). */
export function nodeClientRequest(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const hs = [...call.headers, ['Content-Length', String(byteLen(call.body))]] as [string, string][];
  const block = `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\n${hs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Host: ${hostOf(call.url)}\r\nConnection: close\r\n\r\n`;
  const out = hs.map(([k, v]) => `    ${/^[a-z]+$/.test(k.toLowerCase()) ? k.toLowerCase() : `'${k.toLowerCase()}'`}: [ '${k}', ${inspectJs(v)} ]`).join(',\n');
  return `Error: socket hang up\n    at connResetException (node:internal/errors:720:14)\n    at TLSSocket.socketOnEnd (node:_http_client:525:23) {\n  code: 'ECONNRESET'\n}\nrequest: ClientRequest {\n  _last: true,\n  chunkedEncoding: false,\n  useChunkedEncodingByDefault: true,\n  _header: ${jsHeaderConcat(block, 4)},\n  path: '${pathOf(noUserInfo(call.url))}',\n  method: '${call.method}',\n  host: '${hostOf(call.url)}',\n  protocol: 'https:',\n  reusedSocket: ${r.chance(0.5)},\n  [Symbol(kOutHeaders)]: [Object: null prototype] {\n${out},\n    host: [ 'Host', '${hostOf(call.url)}' ]\n  }\n}\noutputData: [ { data: ${inspectJs(call.body)}, encoding: 'utf-8', callback: [Function: nop] } ]`;
}
