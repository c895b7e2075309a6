/**
 * Blind set 84: JVM HTTP clients: Apache HttpClient wire logs (`http-outgoing-0 >> "…[\r][\n]"`),
 * Spring RestTemplate / WebClient errors beside header dumps (`[Authorization:"Bearer …"]`), Feign's
 * FULL logger, OkHttp's HttpLoggingInterceptor, and the JDK HttpClient / Ktor client loggers.
 */
import { byteLen, uniqHeaders, hostOf, noUserInfo, pathOf, wireEsc, type Call, type Ctx, type Json } from './blind-set-84-ctx';
import { safeCut } from './blind-set-84-finalize';
import { moment } from './blind-set-84-noise';
import { pickCall } from './blind-set-84-vendors';

function springLine(ctx: Ctx, lvl: string, thread: string, logger: string, msg: string): string {
  const m = moment(ctx.r);
  return `${m.iso.replace('T', ' ').slice(0, 23)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
}

/** Java `Map.toString()` of a JSON value. */
export function javaMap(v: Json): string {
  if (v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(javaMap).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${k}=${javaMap(x)}`).join(', ')}}`;
}

/** Spring `HttpHeaders.toString()`. */
export function springHeaders(h: [string, string][]): string {
  return `[${h.map(([k, v]) => `${k}:"${v}"`).join(', ')}]`;
}

const THREADS = ['nio-8080-exec-3', 'task-2', 'scheduling-1', 'http-nio-8080-exec-7', 'reactor-http-epoll-2', 'pool-4-thread-1'];

/** Apache HttpClient 4/5 `org.apache.http.wire` DEBUG lines for one exchange. */
export function apacheWire(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const v5 = r.chance(0.5);
  const logger = v5 ? 'o.apache.hc.client5.http.wire' : 'org.apache.http.wire';
  const th = r.pick(THREADS);
  const conn = `http-outgoing-${r.int(0, 9)}`;
  const hs: [string, string][] = [...call.headers, ['Content-Length', String(byteLen(call.body))], ['Host', hostOf(call.url)], ['Connection', 'Keep-Alive'], ['User-Agent', v5 ? 'Apache-HttpClient/5.2.1 (Java/17.0.10)' : 'Apache-HttpClient/4.5.14 (Java/17.0.10)'], ['Accept-Encoding', 'gzip,deflate']];
  const w = (dir: string, s: string) => springLine(ctx, 'DEBUG', th, logger, `${conn} ${dir} "${wireEsc(s)}"`);
  const out = [w('>>', `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\n`), ...hs.map(([k, v]) => w('>>', `${k}: ${v}\r\n`)), w('>>', '\r\n')];
  if (call.body) out.push(w('>>', call.body));
  out.push(w('<<', `HTTP/1.1 ${call.status} ${call.statusText}\r\n`), ...call.respHeaders.map(([k, v]) => w('<<', `${k}: ${v}\r\n`)), w('<<', '\r\n'), w('<<', call.respBody));
  return out.join('\n');
}

/** Spring RestTemplate's HttpClientErrorException (with an interceptor's request log) or WebClient's detail logs. */
export function springRest(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { not: ['slack'] });
  const th = r.pick(THREADS);
  const url = noUserInfo(call.url);
  const reason = call.statusText.toUpperCase().replace(/ /g, '_');
  const cls = call.status >= 500 ? 'HttpServerErrorException$InternalServerError' : `HttpClientErrorException$${call.statusText.replace(/ /g, '')}`;
  if (r.chance(0.5)) {
    const hs: [string, string][] = [...call.headers, ['Content-Length', String(byteLen(call.body))]];
    const body = safeCut(call.respBody, 200, ctx.planted);
    return [springLine(ctx, 'DEBUG', th, `c.a.i.${call.vendor}.LoggingInterceptor`, `Request: ${call.method} ${url}, headers=${springHeaders(hs)}, body=${call.body}`), springLine(ctx, 'ERROR', th, `c.a.i.${call.vendor}.${call.client}`, `${call.op} failed`), `org.springframework.web.client.${cls}: ${call.status} ${r.chance(0.3) ? '' : call.statusText}: ${body.length < call.respBody.length ? `[${body}... (${byteLen(call.respBody)} bytes)]` : `"${body}"`}`, '\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)', '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)', '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:915)', `\tat com.acme.integrations.${call.vendor}.${call.client}.${call.op}(${call.client}.java:${r.int(30, 200)})`].join('\n');
  }
  const id = r.hex(8);
  const body = call.bodyType === 'json' && call.json !== undefined ? javaMap(call.json) : call.body;
  return [springLine(ctx, 'DEBUG', th, 'o.s.w.r.f.client.ExchangeFunctions', `[${id}] HTTP ${call.method} ${url}, headers=${springHeaders(call.headers)}`), springLine(ctx, 'DEBUG', th, 'o.s.http.codec.json.Jackson2JsonEncoder', `[${id}] Encoding [${body}]`), springLine(ctx, 'DEBUG', th, 'o.s.w.r.f.client.ExchangeFunctions', `[${id}] [${r.hex(8)}-1] Response ${call.status} ${reason}, headers=${springHeaders(call.respHeaders)}`), springLine(ctx, 'DEBUG', th, 'o.s.core.codec.StringDecoder', `[${id}] [${r.hex(8)}-1] Decoded "${call.respBody}"`), `org.springframework.web.reactive.function.client.WebClientResponseException$${call.statusText.replace(/ /g, '')}: ${call.status} ${call.statusText} from ${call.method} ${url}`, '\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:316)', '\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ', 'Error has been observed at the following site(s):', `\t*__checkpoint ⇢ ${call.status} ${reason} from ${call.method} ${url} [DefaultWebClient]`].join('\n');
}

/** Feign's FULL logger lines for one call, then the FeignException. */
export function feignLogger(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { not: ['slack'] });
  const th = r.pick(THREADS);
  const tag = `[${call.client}#${call.op}]`;
  const lg = `c.a.i.${call.vendor}.${call.client}`;
  const l = (msg: string) => springLine(ctx, 'DEBUG', th, lg, `${tag} ${msg}`);
  const url = noUserInfo(call.url);
  const out = [l(`---> ${call.method} ${url} HTTP/1.1`), ...call.headers.map(([k, v]) => l(`${k}: ${v}`)), l(`Content-Length: ${byteLen(call.body)}`), l(''), l(call.body), l(`---> END HTTP (${byteLen(call.body)}-byte body)`), l(`<--- HTTP/1.1 ${call.status} ${call.statusText} (${r.int(40, 3000)}ms)`), ...call.respHeaders.map(([k, v]) => l(`${k.toLowerCase()}: ${v}`)), l(''), l(call.respBody), l(`<--- END HTTP (${byteLen(call.respBody)}-byte body)`)];
  const ex = `feign.FeignException$${call.status >= 500 ? 'InternalServerError' : call.statusText.replace(/ /g, '')}: [${call.status} ${call.statusText}] during [${call.method}] to [${url}] [${call.client}#${call.op}(${call.op.charAt(0).toUpperCase() + call.op.slice(1)}Request)]: [${safeCut(call.respBody, 400, ctx.planted)}]`;
  return [...out, springLine(ctx, 'ERROR', th, `c.a.i.${call.vendor}.SyncJob`, `sync failed`), ex, '\tat feign.FeignException.clientErrorStatus(FeignException.java:222)', '\tat feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:103)'].join('\n');
}

/** OkHttp HttpLoggingInterceptor BODY level (Android logcat or server stdout), then a Retrofit HttpException. */
export function okhttpLogging(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const android = r.chance(0.4);
  const pre = android ? `${moment(r).iso.slice(5, 23).replace('T', ' ')}  ${r.int(1000, 9999)}-${r.int(1000, 9999)} I okhttp.OkHttpClient: ` : `${moment(r).iso} INFO  [OkHttp ${hostOf(call.url)}] okhttp3.OkHttpClient - `;
  const url = noUserInfo(call.url);
  const ctype = call.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'application/json; charset=utf-8';
  const lines = [`--> ${call.method} ${url}`, `Content-Type: ${ctype}`, `Content-Length: ${byteLen(call.body)}`, ...call.headers.filter(([k]) => k.toLowerCase() !== 'content-type'), call.body, `--> END ${call.method} (${byteLen(call.body)}-byte body)`, `<-- ${call.status} ${call.statusText} ${url} (${r.int(40, 2000)}ms)`, ...call.respHeaders.map(([k, v]) => `${k.toLowerCase()}: ${v}`), '', call.respBody, `<-- END HTTP (${byteLen(call.respBody)}-byte body)`].map((x) => (Array.isArray(x) ? `${x[0]}: ${x[1]}` : x));
  const exc = call.status >= 400 ? `retrofit2.HttpException: HTTP ${call.status} ${call.statusText}` : "com.squareup.moshi.JsonDataException: Required value 'id' missing at $";
  const tail = android ? `${pre.replace(' I okhttp.OkHttpClient: ', ' E SyncWorker: ')}${exc}` : `${moment(r).iso} ERROR [worker-1] c.a.i.SyncWorker - ${exc}`;
  return [...lines.map((x) => pre + x), tail].join('\n');
}

/** JDK HttpClient's `jdk.httpclient.HttpClient.log=headers` output, or the Ktor client Logging plugin. */
export function javaHttpClient(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const url = noUserInfo(call.url);
  if (r.chance(0.5)) {
    const stamp = () => {
      const d = new Date(moment(r).secs * 1000);
      const h = d.getUTCHours();
      return `${d.toUTCString().slice(8, 11)} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()} ${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'} jdk.internal.net.http.common.Logger log`;
    };
    const hs: [string, string][] = [['Content-Length', String(byteLen(call.body))], ['Host', hostOf(call.url)], ['User-Agent', `Java-http-client/${r.pick(['17.0.10', '21.0.3', '11.0.22'])}`], ...call.headers];
    return [`${stamp()}\nINFO: REQUEST: ${url} ${call.method}`, `${stamp()}\nINFO: HEADERS: REQUEST HEADERS:\n${call.method} ${pathOf(url)} HTTP/1.1\n${hs.map(([k, v]) => `${k.toLowerCase()}: ${v}`).join('\n')}\n`, `${stamp()}\nINFO: HEADERS: RESPONSE HEADERS:\n${call.respHeaders.map(([k, v]) => `    ${k.toLowerCase()}: ${v}`).join('\n')}\n`, `${stamp()}\nINFO: RESPONSE: (${call.method} ${url}) ${call.status} HTTP_1_1 Local port:  ${r.int(32768, 60999)}`, `${moment(r).iso} ERROR ${call.client} - ${call.op} failed: status=${call.status} body=${call.respBody}`].join('\n');
  }
  const ctype = call.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
  const common = call.headers.filter(([k]) => k.toLowerCase() !== 'content-type');
  const ts = moment(r).iso.replace('T', ' ').slice(0, 23);
  const pre = `${ts} [DefaultDispatcher-worker-${r.int(1, 9)}] INFO  io.ktor.client.HttpClient - `;
  const req = `REQUEST: ${url}\nMETHOD: HttpMethod(value=${call.method})\nCOMMON HEADERS\n${uniqHeaders([['Accept', 'application/json'], ['Accept-Charset', 'UTF-8'], ...common]).map(([k, v]) => `-> ${k}: ${v}`).join('\n')}\nCONTENT HEADERS\n-> Content-Length: ${byteLen(call.body)}\n-> Content-Type: ${ctype}\nBODY Content-Type: ${ctype}\nBODY START\n${call.body}\nBODY END`;
  const resp = `RESPONSE: ${call.status} ${call.statusText}\nMETHOD: HttpMethod(value=${call.method})\nFROM: ${url}\nCOMMON HEADERS\n${call.respHeaders.map(([k, v]) => `-> ${k.toLowerCase()}: ${v}`).join('\n')}\nBODY Content-Type: ${call.respHeaders[1]![1]}\nBODY START\n${call.respBody}\nBODY END`;
  return `${pre}${req}\n${pre}${resp}\n${ts} [DefaultDispatcher-worker-1] ERROR c.a.i.${call.client} - io.ktor.client.plugins.ClientRequestException: Client request(${call.method} ${url}) invalid: ${call.status} ${call.statusText}. Text: "${safeCut(call.respBody, 300, ctx.planted)}"`;
}

/** The call's request line pieces (used by printers in other files). */
export function requestLine(call: Call): string {
  return `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1`;
}
