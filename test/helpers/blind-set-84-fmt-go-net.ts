/**
 * Blind set 84: Go and .NET clients: resty's debug log, `httputil.DumpRequestOut` (plain or in a
 * zap JSON field), `%+v` of an *http.Request and net/http's error strings; .NET's HttpClient
 * factory logging, HttpRequestMessage.ToString(), RestSharp responses and Flurl exceptions.
 */
import { byteLen, hostOf, noUserInfo, pathOf, type Call, type Ctx, type Json } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { goCanon, goHeaderMap } from './blind-set-84-print';
import { infraLine } from './blind-set-84-fmt-infra';
import { pickCall } from './blind-set-84-vendors';

/** A JSON body as Go's encoding/json writes it (`<`, `>`, `&` escaped), indented or compact. */
export function goJson(v: Json, indent = ''): string {
  return JSON.stringify(v, null, indent || undefined).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function goBody(call: Call, indent = ''): string {
  return call.bodyType === 'json' && call.json !== undefined ? goJson(call.json, indent) : call.body;
}

function stripPassword(url: string): string {
  return url.replace(/^(https?:\/\/)([^:@/]+):[^@/]*@/, '$1$2:***@');
}

/** resty v2 debug log of one request and response. */
export function restyDebug(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const m = moment(r);
  const hs: [string, string][] = [...call.headers, ['User-Agent', `go-resty/${r.pick(['2.12.0', '2.11.0', '2.13.1'])} (https://github.com/go-resty/resty)`]];
  let respBody = call.respBody;
  if (call.respJson !== undefined) respBody = JSON.stringify(call.respJson, null, 3);
  const bar = '='.repeat(78);
  return `${m.go}.${r.digits(6)} DEBUG RESTY \n${bar}\n~~~ REQUEST ~~~\n${call.method}  ${pathOf(noUserInfo(call.url))}  HTTP/1.1\nHOST   : ${hostOf(call.url)}\nHEADERS:\n${hs.map(([k, v]) => `\t${goCanon(k)}: ${v}`).join('\n')}\nBODY   :\n${goBody(call, '   ')}\n${'-'.repeat(78)}\n~~~ RESPONSE ~~~\nSTATUS       : ${call.status} ${call.statusText}\nPROTO        : HTTP/2.0\nRECEIVED AT  : ${m.iso.replace('Z', r.digits(6) + 'Z')}\nTIME DURATION: ${r.int(30, 2500)}.${r.digits(6)}ms\nHEADERS      :\n${call.respHeaders.map(([k, v]) => `\t${goCanon(k)}: ${v}`).join('\n')}\nBODY         :\n${respBody}\n${bar}\n${m.go} ERROR ${call.vendor}: ${call.op}: ${call.status >= 400 ? `unexpected status ${call.status}` : 'json: cannot unmarshal string into Go struct field Response.id of type int64'}`;
}

/** DumpRequestOut printed plain or inside a zap JSON field, `%+v` of the request, or a net/http error. */
export function goDump(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const body = goBody(call);
  const sorted = [...call.headers].map(([k, v]) => [goCanon(k), v] as [string, string]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const dump = `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\nHost: ${hostOf(call.url)}\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: ${byteLen(body)}\r\n${sorted.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Accept-Encoding: gzip\r\n\r\n${body}`;
  const k = r.int(0, 2);
  const m = moment(r);
  if (k === 0) return `${m.go} ${call.vendor}: request failed with ${call.status}, dump:\n${dump.replace(/\r\n/g, '\n')}\n${m.go} ${call.vendor}: response: ${call.respBody}`;
  if (k === 1) return JSON.stringify({ level: 'error', ts: m.secs + r.int(0, 999) / 1000, caller: `${call.vendor}/client.go:${r.int(40, 300)}`, msg: `${call.vendor} request failed`, status: call.status, dump, body: call.respBody, stacktrace: `github.com/acmecorp/integrations/${call.vendor}.(*Client).do\n\t/src/${call.vendor}/client.go:${r.int(40, 300)}` });
  const req = `&{Method:${call.method} URL:${call.url} Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:${goHeaderMap(call.headers)} Body:{Reader:0xc000${r.hex(6)}} GetBody:0x${r.hex(6)} ContentLength:${byteLen(body)} TransferEncoding:[] Close:false Host:${hostOf(call.url)} Form:map[] PostForm:map[] MultipartForm:<nil> Trailer:map[] RemoteAddr: RequestURI: TLS:<nil> Cancel:<nil> Response:<nil> Pattern: ctx:0xc000${r.hex(6)} pat:<nil> matches:[] otherValues:map[]}`;
  const err = r.pick([`${call.method.charAt(0)}${call.method.slice(1).toLowerCase()} "${stripPassword(call.url)}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, `${call.method.charAt(0)}${call.method.slice(1).toLowerCase()} "${stripPassword(call.url)}": dial tcp ${r.int(3, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:443: connect: connection refused`, `${call.method.charAt(0)}${call.method.slice(1).toLowerCase()} "${stripPassword(call.url)}": read tcp 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.int(32768, 60999)}->${r.int(3, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:443: read: connection reset by peer`]);
  const infra = infraLine(ctx, 0.35);
  return `${m.go} ERROR retrying ${call.op} (attempt 3/3): ${err}\n${m.go} DEBUG request was %+v: ${req}\n${m.go} DEBUG request body: ${body}${infra ? `\n${infra}` : ''}`;
}

/** .NET HttpClient factory logging (LogicalHandler / ClientHandler, headers unredacted or .NET 8 `*`). */
export function dotnetHttpClient(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const name = `${call.vendor.charAt(0).toUpperCase()}${call.vendor.slice(1)}`;
  const url = noUserInfo(call.url);
  const redacted = r.chance(0.2);
  const hv = (v: string) => (redacted ? '*' : v);
  const hdrs = call.headers.map(([k, v]) => `      ${k}: ${hv(v)}`).join('\n');
  const ms = `${r.int(20, 3000)}.${r.digits(4)}`;
  if (r.chance(0.3)) {
    return `fail: Acme.Integrations.${name}Sync[0]\n      Request failed: Method: ${call.method}, RequestUri: '${url}', Version: 1.1, Content: System.Net.Http.StringContent, Headers:\n      {\n${call.headers.map(([k, v]) => `        ${k}: ${v}`).join('\n')}\n      }\n      Body: ${call.body}\n      Response: ${call.respBody}\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: ${call.status} (${call.statusText}).\n         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n         at Acme.Integrations.${name}Client.${call.op.charAt(0).toUpperCase() + call.op.slice(1)}Async(CancellationToken ct) in /src/Acme.Integrations/${name}Client.cs:line ${r.int(30, 200)}`;
  }
  const lines = [`info: System.Net.Http.HttpClient.${name}.LogicalHandler[100]\n      Start processing HTTP request ${call.method} ${url}`, `trce: System.Net.Http.HttpClient.${name}.LogicalHandler[102]\n      Request Headers:\n${hdrs}`, `info: System.Net.Http.HttpClient.${name}.ClientHandler[100]\n      Sending HTTP request ${call.method} ${url}`, `trce: System.Net.Http.HttpClient.${name}.ClientHandler[102]\n      Request Headers:\n${hdrs}`, `info: System.Net.Http.HttpClient.${name}.ClientHandler[101]\n      Received HTTP response headers after ${ms}ms - ${call.status}`, `trce: System.Net.Http.HttpClient.${name}.ClientHandler[103]\n      Response Headers:\n${call.respHeaders.map(([k, v]) => `      ${k}: ${hv(v)}`).join('\n')}`, `fail: Acme.Integrations.${name}Sync[0]\n      ${name} call failed with ${call.status}: ${call.respBody}\n      Payload: ${call.body}\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: ${call.status} (${call.statusText}).`];
  return lines.join('\n');
}

/** RestSharp's RestResponse serialised with Newtonsoft, or Flurl's FlurlHttpException with the call's headers. */
export function restsharpFlurl(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const url = noUserInfo(call.url);
  const m = moment(r);
  if (r.chance(0.5)) {
    const u = new URL(url);
    const params: Json[] = call.headers.map(([k, v]) => ({ Name: k, Value: v, Type: 'HttpHeader', Encode: false }));
    if (call.body) params.push({ Name: '', Value: call.bodyType === 'json' ? (call.json ?? null) : call.body, Type: 'RequestBody', ContentType: call.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'application/json', DataFormat: call.bodyType === 'json' ? 'Json' : 'None' });
    const resp = { Request: { Parameters: params, Method: call.method.charAt(0) + call.method.slice(1).toLowerCase(), Resource: u.pathname.slice(1) + u.search, Timeout: null }, ContentType: 'application/json', ContentLength: byteLen(call.respBody), Content: call.respBody, StatusCode: call.status, IsSuccessStatusCode: false, StatusDescription: call.statusText, ResponseUri: url, ErrorMessage: `Request failed with status code ${call.statusText.replace(/ /g, '')}`, ResponseStatus: 'Completed' };
    return `${m.iso} [ERR] ${call.client} request failed {"Response": ${JSON.stringify(resp)}}`;
  }
  const hs = call.headers.map(([k, v]) => `[${k}, ${v}]`).join(', ');
  return `${m.iso} [ERR] ${call.vendor} sync failed. Request headers: ${hs}; Body: ${call.body}\nFlurl.Http.FlurlHttpException: Call failed with status code ${call.status} (${call.statusText}): ${call.method} ${url}\n   at Flurl.Http.FlurlClient.HandleExceptionAsync(FlurlCall call, Exception ex, CancellationToken token)\n   at Flurl.Http.FlurlClient.SendAsync(IFlurlRequest request, HttpCompletionOption completionOption, CancellationToken cancellationToken)\n   at Acme.Integrations.${call.client}.${call.op.charAt(0).toUpperCase() + call.op.slice(1)}Async() in /src/Acme.Integrations/${call.client}.cs:line ${r.int(30, 200)}\nResponse: ${call.respBody}`;
}
