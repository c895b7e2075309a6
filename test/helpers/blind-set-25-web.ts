import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { cardNo, natId } from './blind-set-25-ids';

/** Server-side output: Rails params, Django's technical 500 page, Laravel, Express/body-parser, nginx and envoy access logs, multipart bodies, cookies. */

const clf = (r: { int: (a: number, b: number) => number }) => `[05/Dec/2026:11:${r.int(10, 59)}:${r.int(10, 59)} +0000]`;

export const WEB_TEMPLATES: PosTemplate25[] = [
  {
    source: 'web',
    name: 'rails-params',
    make: (
      r,
      b,
    ) => `I, [2026-12-05T11:${r.int(10, 59)}:02.${r.digits(6)} #${r.int(100, 999)}]  INFO -- : [${r.uuid()}] Started POST "/api/v2/signups" for 10.0.${r.int(1, 9)}.${r.int(2, 250)} at 2026-12-05 11:14:02 +0000
I, [2026-12-05T11:${r.int(10, 59)}:02.${r.digits(6)} #${r.int(100, 999)}]  INFO -- : [${r.uuid()}] Processing by Api::V2::SignupsController#create as JSON
I, [2026-12-05T11:${r.int(10, 59)}:02.${r.digits(6)} #${r.int(100, 999)}]  INFO -- : [${r.uuid()}]   Parameters: {"signup"=>{"email"=>"${b.p('email', V.email(r))}", "pwd"=>"${b.c('password', V.pw(r, 14))}", "mobile"=>"${b.p('phone', V.phone(r))}", "dob"=>"${b.p('birth-date', V.birthDate(r, 'eu'))}", "plan"=>"team"}, "authenticity_token"=>"[FILTERED]"}
F, [2026-12-05T11:${r.int(10, 59)}:02.${r.digits(6)} #${r.int(100, 999)}] FATAL -- : ActiveRecord::RecordInvalid (Validation failed: Mobile is invalid)`,
  },
  {
    source: 'web',
    name: 'django-500-html',
    make: (r, b) => {
      const pw = V.pw(r, 15).replace(/[&<>"']/g, '') + r.pick(['&', '<', '"']) + r.b62(3);
      const row = (k: string, v: string) => `<tr><td>${k}</td><td class="code"><pre>${v}</pre></td></tr>`;
      return `<!DOCTYPE html><html lang="en"><head><title>IntegrityError at /accounts/register/</title></head><body>
<div id="summary"><h1>IntegrityError at /accounts/register/</h1><pre class="exception_value">duplicate key value violates unique constraint &quot;accounts_user_email_key&quot;</pre></div>
<h3 id="post-info">POST</h3><table class="req"><tbody>
${row('csrfmiddlewaretoken', '&#39;********************&#39;')}
${row('email', `&#39;${b.p('email~html', V.html(V.email(r)))}&#39;`)}
${row('password1', `&#39;${b.c('password~html', V.html(pw))}&#39;`)}
${row('phone', `&#39;${b.p('phone', V.phone(r))}&#39;`)}
</tbody></table><h3 id="meta-info">META</h3><table class="req"><tbody>
${row('HTTP_AUTHORIZATION', `&#39;Bearer ${b.c('jwt', V.jwt(r, { sub: r.uuid(), scope: 'accounts:write' }))}&#39;`)}
${row('HTTP_COOKIE', `&#39;csrftoken=********************; sessionid=${b.c('session-cookie', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}&#39;`)}
</tbody></table></body></html>`;
    },
  },
  {
    source: 'web',
    name: 'laravel-query-exception',
    make: (r, b) => {
      const id = natId(r, b);
      return `[2026-12-05 11:${r.int(10, 59)}:${r.int(10, 59)}] production.ERROR: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'tax_id' at row 1 (Connection: mysql, SQL: insert into \`customers\` (\`name\`, \`email\`, \`tax_id\`, \`dob\`, \`api_token\`, \`updated_at\`) values (${b.p('name', V.fullName(r))}, ${b.p('email', V.email(r))}, ${id.value}, ${b.p('birth-date', V.birthDate(r))}, ${b.c('api-key', r.b62(60))}, 2026-12-05 11:02:13)) {"userId":${r.int(100, 99999)},"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 22001): SQLSTATE[22001] at /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825)"}`;
    },
  },
  {
    source: 'web',
    name: 'express-body-parser',
    make: (r, b) => `SyntaxError: Unexpected token } in JSON at position ${r.int(150, 260)}
    at JSON.parse (<anonymous>)
    at parse (/app/node_modules/body-parser/lib/types/json.js:92:19) {
  expose: true,
  statusCode: 400,
  body: '{"customer":{"email":"${b.p('email', V.email(r))}","card":{"number":"${cardNo(r, b)}","exp":"0${r.int(1, 9)}/${r.int(27, 31)}"},"billing":{"line1":"${b.p('address', V.street(r))}",}}}',
  type: 'entity.parse.failed'
}`,
  },
  {
    source: 'web',
    name: 'nginx-access-query',
    make: (
      r,
      b,
    ) => `10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)} - - ${clf(r)} "GET /v1/password/reset?email=${b.p('email~url', V.url(V.email(r)))}&token=${b.c('access-token', r.b64url(32))} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rt=0.012
10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)} - - ${clf(r)} "GET /api/export.csv?api_key=${b.c('api-key', r.b62(40))}&since=2026-12-01 HTTP/1.1" 200 18211 "-" "python-requests/2.31.0" rt=1.402
10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)} - - ${clf(r)} "POST /hooks/shopify?shop=acme.myshopify.com&phone=${b.p('phone~url', V.url(V.e164(r)))} HTTP/1.1" 401 0 "-" "Shopify-Captain-Hook"`,
  },
  {
    source: 'web',
    name: 'envoy-access-json',
    make: (r, b) =>
      `{"start_time":"2026-12-05T11:${r.int(10, 59)}:07.${r.digits(3)}Z","method":"POST","path":"/v1/customers?access_token=${b.c('square-token', V.squareToken(r))}","protocol":"HTTP/2","response_code":401,"response_flags":"-","bytes_received":${r.int(200, 900)},"upstream_host":"10.4.${r.int(0, 255)}.${r.int(2, 250)}:8080","x_forwarded_for":"-","user_agent":"Square-Ruby-SDK/40.0.0","request_id":"${r.uuid()}","authority":"payments.internal","req_headers":{"x-user-email":"${b.p('email', V.email(r))}","x-debug-dob":"${b.p('birth-date', V.birthDate(r, 'us'))}"}}`,
  },
  {
    source: 'web',
    name: 'multipart-kyc-upload',
    make: (r, b) => {
      const bd = `----WebKitFormBoundary${r.b62(16)}`;
      const part = (n: string, v: string) => `--${bd}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`;
      const id = natId(r, b);
      return `werkzeug.exceptions.RequestEntityTooLarge: 413 Request Entity Too Large
raw body (first 2 KiB):
${part('full_name', V.fullName(r))}${part(id.key, id.value)}${part('date_of_birth', b.p('birth-date', V.birthDate(r)))}${part('passport_number', b.p('passport', V.passport(r)))}${part('api_key', b.c('api-key', 'live_' + r.b62(32)))}--${bd}\r\nContent-Disposition: form-data; name="document"; filename="passport.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0...`;
    },
  },
  {
    source: 'web',
    name: 'cookies-set-cookie',
    make: (r, b) => {
      const traits = V.url(JSON.stringify({ email: 'EMAIL', plan: 'pro' })).replace('EMAIL', '\u0000');
      const mail = V.email(r);
      return `< HTTP/1.1 302 Found
< Set-Cookie: _acme_session=${b.c('session-cookie', r.b64(96).replace(/=+$/, '') + '--' + V.hex(r, 40))}; path=/; secure; HttpOnly; SameSite=Lax
< Set-Cookie: remember_user_token=${b.c('session-cookie~url', V.url(`W1s${r.b62(20)}Il0sIiQyYSQxMiR${r.b62(18)}==--${V.hex(r, 40)}`))}; expires=Sat, 19 Dec 2026 11:02:13 GMT; path=/
> Cookie: ajs_anonymous_id=${r.uuid()}; ajs_user_traits=${traits.replace('\u0000', b.p('email~url', V.url(mail)))}; _ga=GA1.1.${r.digits(9)}.${r.digits(10)}`;
    },
  },
  {
    source: 'web',
    name: 'jwt-personal-claims',
    make: (r, b) => {
      const id = V.ssn(r);
      const tok = V.jwt(r, { sub: r.uuid(), email: V.email(r), phone_number: V.e164(r), birthdate: V.birthDate(r), 'https://acme.io/ssn': id }, 'RS256');
      return `time="2026-12-05T11:${r.int(10, 59)}:44Z" level=warning msg="id_token audience mismatch" aud=herald-web token=${b.c('jwt', tok)} iss=https://acme.eu.auth0.com/
time="2026-12-05T11:${r.int(10, 59)}:44Z" level=debug msg="claims" raw=${b.p('blob~b64url', tok.split('.')[1]!)}`;
    },
  },
  {
    source: 'web',
    name: 'base64-json-header',
    make: (r, b) => {
      const blob = V.b64(JSON.stringify({ user: { email: V.email(r), phone: V.phone(r), address: V.street(r) }, plan: 'pro' }));
      return `WARN  [gateway] rejected request: x-userinfo header too large (${blob.length} bytes)
  x-userinfo: ${b.p('blob~b64', blob)}
  x-apigateway-api-userinfo: ${b.p('blob~b64url', V.b64u(JSON.stringify({ sub: r.uuid(), email: V.email(r), phone_number: V.e164(r) })))}
  x-request-id: ${r.uuid()}`;
    },
  },
];
