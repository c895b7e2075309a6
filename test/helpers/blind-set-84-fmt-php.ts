/**
 * Blind set 84: PHP HTTP clients: Guzzle's ClientException in a Laravel log line (body summary cut
 * at 120 bytes) with the request headers print_r'd, Guzzle `debug => true` (libcurl verbose), and
 * Laravel Http / Symfony HttpClient failures with the request options in the log context.
 */
import { hostOf, noUserInfo, pathOf, type Call, type Ctx } from './blind-set-84-ctx';
import { safeCut } from './blind-set-84-finalize';
import { moment } from './blind-set-84-noise';
import { printR } from './blind-set-84-print';
import { pickCall } from './blind-set-84-vendors';

function redactUserInfo(url: string): string {
  return url.replace(/^(https?:\/\/)([^:@/]+):[^@/]*@/, '$1$2:***@');
}

function summary(ctx: Ctx, call: Call): string {
  const cut = safeCut(call.respBody, 120, ctx.planted);
  return cut.length < call.respBody.length ? `${cut} (truncated...)` : call.respBody;
}

function guzzleMessage(ctx: Ctx, call: Call): string {
  const kind = call.status >= 500 ? 'Server' : 'Client';
  return `${kind} error: \`${call.method} ${redactUserInfo(call.url)}\` resulted in a \`${call.status} ${call.statusText}\` response:\n${summary(ctx, call)}`;
}

const TRACE = '#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)\n#1 /var/www/html/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{closure}(Object(GuzzleHttp\\Psr7\\Response))\n#2 /var/www/html/vendor/guzzlehttp/promises/src/Promise.php(158): GuzzleHttp\\Promise\\Promise::callHandler(1, Object(GuzzleHttp\\Psr7\\Response), NULL)';

/** A Laravel log line for a Guzzle ClientException, optionally followed by the app's dump of the request. */
export function guzzleException(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { not: ['slack'] });
  const m = moment(r);
  const cls = call.status >= 500 ? 'ServerException' : 'ClientException';
  const msg = guzzleMessage(ctx, call);
  const ctxJson = JSON.stringify({ exception: `[object] (GuzzleHttp\\Exception\\${cls}(code: ${call.status}): ${msg} at /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)\n[stacktrace]\n${TRACE}\n` });
  const line = `[${m.iso.slice(0, 10)} ${m.iso.slice(11, 19)}] production.ERROR: ${msg} ${ctxJson}`;
  if (r.chance(0.5)) return line;
  const headers = Object.fromEntries([['User-Agent', ['GuzzleHttp/7']], ['Host', [hostOf(call.url)]], ...call.headers.map(([k, v]) => [k, [v]])]) as Record<string, string[]>;
  return `${line}\n[${m.iso.slice(0, 10)} ${m.iso.slice(11, 19)}] production.DEBUG: ${call.vendor} request headers: ${printR(headers)}[${m.iso.slice(0, 10)} ${m.iso.slice(11, 19)}] production.DEBUG: ${call.vendor} request body: ${call.body}`;
}

/** Guzzle with `'debug' => true`: libcurl verbose on stderr (request header block, no body), then the exception. */
export function guzzleDebug(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { not: ['slack'] });
  const host = hostOf(call.url);
  const ip = `${r.int(3, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const hs: [string, string][] = [['Host', host], ...call.headers, ['Content-Length', String(Buffer.byteLength(call.body))], ['User-Agent', 'GuzzleHttp/7']];
  const out = [`*   Trying ${ip}:443...`, `* Connected to ${host} (${ip}) port 443 (#0)`, '* ALPN: offers http/1.1', '*  CAfile: /etc/ssl/certs/ca-certificates.crt', '*  CApath: /etc/ssl/certs', '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384', '* ALPN: server accepted http/1.1', '* Server certificate:', `*  subject: CN=*.${host.split('.').slice(-2).join('.')}`, '*  SSL certificate verify ok.', '* using HTTP/1.1', `> ${call.method} ${pathOf(noUserInfo(call.url))} HTTP/1.1`, ...hs.map(([k, v]) => `${k}: ${v}`), '', '* We are completely uploaded and fine', `< HTTP/1.1 ${call.status} ${call.statusText}`, ...call.respHeaders.map(([k, v]) => `< ${k}: ${v}`), '< ', `* Connection #0 to host ${host} left intact`];
  const cls = call.status >= 500 ? 'ServerException' : 'ClientException';
  out.push(`PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\${cls}: ${guzzleMessage(ctx, call)} in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113`, 'Stack trace:', TRACE);
  return out.join('\n');
}

/** Laravel's Http client RequestException, or Symfony HttpClient, with the request options in the context. */
export function laravelSymfony(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { not: ['slack'] });
  const m = moment(r);
  const ts = `${m.iso.slice(0, 10)} ${m.iso.slice(11, 19)}`;
  if (r.chance(0.5)) {
    const context = { shop: 'acme-store', request: { method: call.method, url: call.url, headers: Object.fromEntries(call.headers.map(([k, v]) => [k, [v]])), body: call.body }, status: call.status, response: call.respJson ?? call.respBody };
    return `[${ts}] production.ERROR: HTTP request returned status code ${call.status}:\n${summary(ctx, call)} ${JSON.stringify(context)}`;
  }
  const auth = call.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
  const options: Record<string, unknown> = {};
  if (auth.startsWith('Bearer ')) options['auth_bearer'] = auth.slice(7);
  else if (call.auth) options['auth_basic'] = [call.auth.user, call.auth.pass];
  options['headers'] = Object.fromEntries(call.headers.filter(([k]) => k.toLowerCase() !== 'authorization' || (!options['auth_bearer'] && !options['auth_basic'])));
  options[call.bodyType === 'json' ? 'json' : 'body'] = call.bodyType === 'json' ? call.json : call.body;
  const iso = `${m.iso.slice(0, 23)}+00:00`;
  return [`[${iso}] http_client.INFO: Request: "${call.method} ${noUserInfo(call.url)}" [] []`, `[${iso}] http_client.INFO: Response: "${call.status} ${noUserInfo(call.url)}" [] []`, `[${iso}] app.ERROR: ${call.vendor} call failed {"options":${JSON.stringify(options)},"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\${call.status >= 500 ? 'ServerException' : 'ClientException'}(code: ${call.status}): HTTP/2 ${call.status} returned for \\"${noUserInfo(call.url)}\\". at /srv/app/vendor/symfony/http-client/Response/CommonResponseTrait.php:168)"} []`, `[${iso}] app.DEBUG: response body {"body":${JSON.stringify(call.respBody)}} []`].join('\n');
}
