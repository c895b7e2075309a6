/**
 * Blind set 84: command-line and other-language clients: `curl -v` from cron scripts (with login
 * cookies), HTTPie's printed exchange, Newman runs (CLI and JSON reporter), Elixir Tesla/HTTPoison,
 * and Rust reqwest's Debug output.
 */
import { byteLen, uniqHeaders, hostOf, noUserInfo, pathOf, type Call, type Ctx } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { person } from './blind-set-84-people';
import { inspectEx } from './blind-set-84-print';
import { pickCall } from './blind-set-84-vendors';
import { password, sessionCookie } from './blind-set-84-tokens2';

function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A cron script's `curl -v` run: the command (set -x), curl's verbose exchange and the body. */
export function curlVerbose(ctx: Ctx): string {
  const r = ctx.r;
  const out: string[] = [];
  let cookie: string | null = null;
  if (r.chance(0.35)) {
    const p = person(r);
    const c = sessionCookie(r);
    const host = r.pick(['admin.acmecorp.com', 'partner-portal.northwind-logistics.com']);
    const login = `{"username":"${ctx.pers('email', p.email)}","password":"${ctx.cred('password', password(r).replace(/["\\]/g, ''))}"}`;
    const val = ctx.cred('session-cookie', c.value);
    cookie = `${c.name}=${val}`;
    out.push(`+ curl -sS -v -c /tmp/cj -X POST https://${host}/api/login -H 'Content-Type: application/json' -d ${shq(login)}`, `> POST /api/login HTTP/2`, `> Host: ${host}`, '> User-Agent: curl/8.5.0', '> Accept: */*', '> Content-Type: application/json', `> Content-Length: ${byteLen(login)}`, '> ', `< HTTP/2 200 `, `< date: ${moment(r).http}`, '< content-type: application/json', `< set-cookie: ${c.name}=${val}; Path=/; Expires=${moment(r).http}; HttpOnly; Secure; SameSite=Lax`, '< ', `{"ok":true}`);
  }
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const host = hostOf(call.url);
  const basic = call.auth && r.chance(0.5);
  const flags = call.headers.filter(([k, v]) => !(basic && k === 'Authorization' && v.startsWith('Basic '))).map(([k, v]) => `-H ${shq(`${k}: ${v}`)}`);
  if (cookie) flags.push(`-b ${shq(cookie)}`);
  const cmd = `+ curl -sS -v -X ${call.method} ${noUserInfo(call.url)}${basic ? ` -u ${shq(`${call.auth!.user}:${call.auth!.pass}`)}` : ''} ${flags.join(' ')}${call.body ? ` --data ${shq(call.body)}` : ''}`;
  const ip = `${r.int(3, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const reqH: [string, string][] = uniqHeaders([['Host', host], ['User-Agent', 'curl/8.5.0'], ...call.headers, ['Accept', '*/*']]);
  if (cookie) reqH.push(['Cookie', cookie]);
  if (call.body) reqH.push(['Content-Length', String(byteLen(call.body))]);
  out.push(cmd, `*   Trying ${ip}:443...`, `* Connected to ${host} (${ip}) port 443`, '* ALPN: curl offers h2,http/1.1', '* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey', `*  subject: CN=${host}`, '*  SSL certificate verify ok.');
  if (basic) out.push(`* Server auth using Basic with user '${call.auth!.user}'`);
  out.push(`> ${call.method} ${pathOf(noUserInfo(call.url))} HTTP/2`, ...reqH.map(([k, v]) => `> ${k}: ${v}`), '> ', call.body ? `} [${byteLen(call.body)} bytes data]` : '', `< HTTP/2 ${call.status} `, ...call.respHeaders.map(([k, v]) => `< ${k.toLowerCase()}: ${v}`), '< ', call.respBody, `* Connection #0 to host ${host} left intact`, call.status >= 400 ? `${call.vendor}-sync.sh: request failed (HTTP ${call.status}), see above` : 'jq: error (at <stdin>:1): Cannot index string with "id"');
  return out.filter((l) => l !== '').join('\n');
}

/** HTTPie's printed exchange (`--print=HBhb`, JSON pretty with 4 spaces and sorted keys). */
export function httpie(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.6) });
  const sortKeys = (v: unknown): unknown => (Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)])) : v);
  const body = call.bodyType === 'json' && call.json !== undefined ? JSON.stringify(sortKeys(call.json), null, 4) : call.body;
  const hs: [string, string][] = uniqHeaders([...call.headers, ['Accept', 'application/json, */*;q=0.5'], ['Accept-Encoding', 'gzip, deflate'], ['Connection', 'keep-alive'], ['Content-Length', String(byteLen(call.body))], ['Host', hostOf(call.url)], ['User-Agent', `HTTPie/${r.pick(['3.2.2', '3.2.3'])}`]]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const resp = call.respJson !== undefined ? JSON.stringify(sortKeys(call.respJson), null, 4) : call.respBody;
  const cmdAuth = call.auth && r.chance(0.4) ? ` -a ${call.auth.user}:${call.auth.pass}` : '';
  return `$ http --print=HBhb --check-status${cmdAuth} ${call.method} ${noUserInfo(call.url)}\n${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1\n${hs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}\n\n\nHTTP/1.1 ${call.status} ${call.statusText}\n${call.respHeaders.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${resp}${call.status >= 400 ? `\n\n\nhttp: warning: HTTP ${call.status} ${call.statusText}` : ''}`;
}

/** Newman: the CI command with env vars and the CLI verbose run, or the JSON reporter's execution. */
export function newman(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const name = `${call.op.charAt(0).toUpperCase()}${call.op.slice(1).replace(/([A-Z])/g, ' $1').toLowerCase()}`;
  if (r.chance(0.5)) {
    const u = new URL(noUserInfo(call.url));
    const exec = { cursor: { position: 0, iteration: 0, length: 1, cycles: 1, ref: r.uuid(), httpRequestId: r.uuid() }, item: { id: r.uuid(), name }, request: { url: { protocol: 'https', path: u.pathname.split('/').slice(1), host: u.hostname.split('.'), query: [...u.searchParams].map(([key, value]) => ({ key, value })), variable: [] }, header: call.headers.map(([key, value]) => ({ key, value })), method: call.method, body: { mode: 'raw', raw: call.body } }, response: { id: r.uuid(), status: call.statusText, code: call.status, header: call.respHeaders.map(([key, value]) => ({ key, value })), stream: { type: 'Buffer', data: [...Buffer.from(call.respBody.slice(0, 24))] }, cookie: [], responseTime: r.int(40, 2000), responseSize: byteLen(call.respBody) }, id: r.uuid(), assertions: [{ assertion: `Status code is ${call.status === 401 ? 200 : 201}`, error: { name: 'AssertionError', index: 0, test: `Status code is 201`, message: `expected response to have status code 201 but got ${call.status}`, stack: `AssertionError: expected response to have status code 201 but got ${call.status}\n   at Object.eval sandbox-script.js:1:2)` } }] };
    return `newman JSON report (run ${r.uuid()}): ${JSON.stringify({ run: { stats: { requests: { total: 1, pending: 0, failed: 0 }, assertions: { total: 1, pending: 0, failed: 1 } }, executions: [exec] } })}`;
  }
  const envs = call.headers.filter(([k]) => /auth|key|token/i.test(k)).map(([k, v]) => `--env-var ${shq(`${k.toLowerCase().replace(/[^a-z]/g, '_')}=${v.replace(/^(Bearer|Basic|SSWS|Token|Zoho-oauthtoken) /, '')}`)}`);
  return `$ newman run collections/${call.vendor}-smoke.postman_collection.json -e env/prod.json ${envs.join(' ')} --verbose\nnewman\n\n${call.vendor} smoke\n\n→ ${name}\n  ${call.method} ${noUserInfo(call.url)}\n  ${call.status} ${call.statusText} ★ ${r.int(40, 2000)}ms time ★ ${byteLen(call.body) + 300}B↑ ${byteLen(call.respBody) + 400}B↓ size ★ ${call.headers.length + 5}↑ ${call.respHeaders.length}↓ headers ★ 0 cookies\n  ┌ ↑ raw ★ ${byteLen(call.body)}B\n  │ ${call.body}\n  └ \n  ┌ ↓ ${call.respHeaders[1]![1]} ★ text ★ json ★ utf8 ★ ${byteLen(call.respBody)}B\n  │ ${call.respBody}\n  └ \n  1. Status code is 201\n\n  #  failure         detail\n\n 1.  AssertionError  Status code is 201\n                     expected response to have status code 201 but got ${call.status}\n                     at assertion:0 in test-script\n                     inside "${name}"`;
}

/** Elixir: Tesla.Middleware.Logger with debug on, or an HTTPoison response struct in an error log. */
export function elixirHttp(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx);
  const t = moment(r).iso.slice(11, 23);
  if (r.chance(0.5)) {
    const q = new URL(noUserInfo(call.url)).search.slice(1);
    return `${t} [error] ${call.method} ${noUserInfo(call.url)} -> ${call.status} (${r.int(30, 2000)}.${r.digits(3)} ms)\n${t} [debug] \n>>> REQUEST >>>\nQuery: ${q}\nHeaders:\n${call.headers.map(([k, v]) => `  ${k.toLowerCase()}: ${v}`).join('\n')}\n\nBody:\n${call.body}\n\n<<< RESPONSE <<<\nHeaders:\n${call.respHeaders.map(([k, v]) => `  ${k.toLowerCase()}: ${v}`).join('\n')}\n\nBody:\n${call.respBody}`;
  }
  const tuple = (h: [string, string][]) => `[${h.map(([k, v]) => `{${inspectEx(k)}, ${inspectEx(v)}}`).join(', ')}]`;
  const req = `%HTTPoison.Request{method: :${call.method.toLowerCase()}, url: ${inspectEx(call.url)}, headers: ${tuple(call.headers)}, body: ${inspectEx(call.body)}, params: %{}, options: [recv_timeout: ${r.pick([5000, 15000])}]}`;
  return `${t} [error] ${call.client.replace('Client', '')}.sync failed: {:ok, %HTTPoison.Response{status_code: ${call.status}, body: ${inspectEx(call.respBody)}, headers: ${tuple(call.respHeaders)}, request_url: ${inspectEx(noUserInfo(call.url))}, request: ${req}}}`;
}

function rustUrl(url: string): string {
  const u = new URL(url);
  const q = u.search ? `Some(${JSON.stringify(u.search.slice(1))})` : 'None';
  const user = decodeURIComponent(u.username);
  const pass = u.password ? `Some(${JSON.stringify(decodeURIComponent(u.password))})` : 'None';
  return `Url { scheme: "https", cannot_be_a_base: false, username: ${JSON.stringify(user)}, password: ${pass}, host: Some(Domain(${JSON.stringify(u.hostname)})), port: ${u.port ? `Some(${u.port})` : 'None'}, path: ${JSON.stringify(u.pathname)}, query: ${q}, fragment: None }`;
}

/** Rust reqwest: tracing lines with `{:?}` of the Request and of the reqwest::Error. */
export function rustReqwest(ctx: Ctx): string {
  const r = ctx.r;
  const call: Call = pickCall(ctx);
  const sensitive = r.chance(0.25);
  const hm = `{${call.headers.map(([k, v]) => `${JSON.stringify(k.toLowerCase())}: ${sensitive && /^(authorization|proxy-authorization)$/i.test(k) ? 'Sensitive' : JSON.stringify(v)}`).join(', ')}}`;
  const t = moment(r).iso.replace('Z', `${r.digits(3)}Z`);
  const old = r.chance(0.5);
  const errUrl = old ? rustUrl(call.url) : JSON.stringify(noUserInfo(call.url));
  return `${t} DEBUG ${call.vendor}_sync::client: sending request=Request { method: ${call.method}, url: ${rustUrl(call.url)}, headers: ${hm} } body=${JSON.stringify(call.body)}\n${t} ERROR ${call.vendor}_sync::client: request failed error=reqwest::Error { kind: Status(${call.status}), url: ${errUrl} } response_body=${JSON.stringify(call.respBody)}`;
}
