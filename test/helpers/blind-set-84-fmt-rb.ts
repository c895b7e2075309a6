/**
 * Blind set 84: Ruby HTTP clients: Faraday's response logger (headers as `Key: "value"` inspect
 * lines, bodies raw), Net::HTTP `set_debug_output` (`<- "…\r\n"` / `-> "…"` inspect strings), and
 * the rest-client log line with RestClient exceptions beside HTTParty's request options.
 */
import { byteLen, uniqHeaders, hostOf, noUserInfo, pathOf, rbInspect, type Ctx } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { inspectRb, type Shown } from './blind-set-84-print';
import { infraLine } from './blind-set-84-fmt-infra';
import { pickCall } from './blind-set-84-vendors';

function rubyLogger(ctx: Ctx, lvl: 'I' | 'E' | 'D' | 'W', prog: string, msg: string, pid: number): string {
  const name = { I: 'INFO', E: 'ERROR', D: 'DEBUG', W: 'WARN' }[lvl];
  return `${lvl}, [${moment(ctx.r).ruby} #${pid}] ${name.padStart(5)} -- ${prog}: ${msg}`;
}

/** Faraday::Response::Logger with headers and bodies on. */
export function faradayLogger(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const pid = r.int(1, 40);
  const ua = `Faraday v${r.pick(['2.9.0', '2.7.10', '1.10.3'])}`;
  const reqH = [...call.headers, ['User-Agent', ua]].map(([k, v]) => `${k}: ${rbInspect(v!)}`).join('\n');
  const respH = call.respHeaders.map(([k, v]) => `${k.toLowerCase()}: ${rbInspect(v)}`).join('\n');
  const lines = [rubyLogger(ctx, 'I', 'request', `${call.method} ${call.url}`, pid), rubyLogger(ctx, 'I', 'request', reqH, pid)];
  if (call.body) lines.push(rubyLogger(ctx, 'I', 'request', call.body, pid));
  lines.push(rubyLogger(ctx, 'I', 'response', `Status ${call.status}`, pid), rubyLogger(ctx, 'I', 'response', respH, pid), rubyLogger(ctx, 'I', 'response', call.respBody, pid));
  const cls = call.status === 401 ? 'Faraday::UnauthorizedError' : call.status === 422 ? 'Faraday::UnprocessableEntityError' : call.status === 429 ? 'Faraday::TooManyRequestsError' : call.status >= 500 ? 'Faraday::ServerError' : 'Faraday::BadRequestError';
  lines.push(rubyLogger(ctx, 'E', `${call.vendor}_sync`, call.status >= 400 ? `${cls}: the server responded with status ${call.status}` : `KeyError: key not found: "id" (${call.op})`, pid));
  const infra = infraLine(ctx);
  if (infra) lines.push(infra);
  return lines.join('\n');
}

/** Net::HTTP#set_debug_output($stderr): request and response as Ruby inspect strings. */
export function netHttpDebug(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const host = hostOf(call.url);
  const hs: [string, string][] = uniqHeaders([['Accept-Encoding', 'gzip;q=1.0,deflate;q=0.6,identity;q=0.3'], ...call.headers, ['Accept', '*/*'], ['User-Agent', r.pick(['Ruby', 'HTTParty/0.21.0'])], ['Connection', 'close'], ['Host', host], ['Content-Length', String(byteLen(call.body))]]);
  const head = `${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\r\n${hs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const out = [`opening connection to ${host}:443...`, 'opened', `starting SSL for ${host}:443...`, `SSL established, protocol: TLSv1.3, cipher: TLS_AES_${r.pick(['128_GCM_SHA256', '256_GCM_SHA384'])}`, `<- ${rbInspect(head)}`];
  if (call.body) out.push(`<- ${rbInspect(call.body)}`);
  out.push(`-> ${rbInspect(`HTTP/1.1 ${call.status} ${call.statusText}\r\n`)}`);
  for (const [k, v] of call.respHeaders) out.push(`-> ${rbInspect(`${k}: ${v}\r\n`)}`);
  out.push('-> "\\r\\n"', `reading ${byteLen(call.respBody)} bytes...`, `-> ${rbInspect(call.respBody)}`, `read ${byteLen(call.respBody)} bytes`, 'Conn close');
  return out.join('\n');
}

/** rest-client's request/response log lines and a RestClient exception, or HTTParty's options hash. */
export function restClient(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const m = moment(r);
  if (r.chance(0.5)) {
    const hs: [string, string][] = uniqHeaders([...call.headers, ['Accept', '*/*'], ['Accept-Encoding', 'gzip, deflate'], ['Content-Length', String(byteLen(call.body))], ['User-Agent', 'rest-client/2.1.0 (linux x86_64) ruby/3.2.2p53']]);
    hs.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const cls = `RestClient::${call.statusText.replace(/ /g, '')}`;
    return [`RestClient.${call.method.toLowerCase()} ${rbInspect(call.url)}, ${rbInspect(call.body)}, ${hs.map(([k, v]) => `${rbInspect(k)}=>${rbInspect(v)}`).join(', ')}`, `# => ${call.status} ${call.statusText} | ${call.respHeaders[1]![1].split(';')[0]} ${byteLen(call.respBody)} bytes, 0.${r.int(10, 99)}s`, `E, [${m.ruby} #${r.int(1, 40)}] ERROR -- : ${cls}: ${call.status} ${call.statusText}`, `  response body: ${call.respBody}`, `  /usr/local/bundle/gems/rest-client-2.1.0/lib/restclient/abstract_response.rb:249:in \`exception_with_response'`, `  /usr/local/bundle/gems/rest-client-2.1.0/lib/restclient/abstract_response.rb:129:in \`return!'`, `  /app/app/services/${call.vendor}_client.rb:${r.int(20, 120)}:in \`${call.op.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}'`].join('\n');
  }
  const ruby34 = r.chance(0.4);
  const opts: Record<string, Shown> = { headers: Object.fromEntries(call.headers), body: call.body, format: 'json' };
  if (call.auth && r.chance(0.7)) opts['basic_auth'] = { username: call.auth.user, password: call.auth.pass };
  let shown = inspectRb(opts, true).replace(/:format=>"json"/, ':format=>:json');
  if (ruby34) shown = shown.replace(/:(\w+)=>/g, '$1: ').replace(/"=>/g, '" => ');
  return `[${m.iso}] ERROR ${call.client}: HTTParty request failed (${call.status} ${call.statusText})\n  uri: ${noUserInfo(call.url)}\n  options: ${shown}\n  parsed_response: ${call.respBody}`;
}
