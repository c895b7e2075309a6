import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { bank, natId } from './blind-set-25-ids';

/** HTTP client and server debug output: axios, urllib3/http.client, Go net/http, OkHttp, Apache HttpClient, .NET HttpClient, curl -v, undici. */

const ts = (r: { int: (a: number, b: number) => number }) => `2026-12-05T${String(r.int(10, 11))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${String(r.int(100, 999))}Z`;

export const HTTP_TEMPLATES: PosTemplate25[] = [
  {
    source: 'http',
    name: 'axios-hubspot',
    make: (r, b) => {
      const mail = V.email(r);
      return `AxiosError: Request failed with status code 409
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'patch',
    url: 'https://api.hubapi.com/crm/v3/objects/contacts/${mail.replace(/[@.+]/g, '')}?idProperty=email&email=${b.p('email~url', V.url(mail))}',
    headers: AxiosHeaders {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${b.c('hubspot-token', V.hubspotToken(r))}',
      'User-Agent': 'axios/1.7.9'
    },
    data: '{"properties":{"phone":"${b.p('phone', V.phone(r))}","date_of_birth":"${b.p('birth-date', V.birthDate(r))}","lifecyclestage":"customer"}}'
  },
  response: { status: 409, statusText: 'Conflict', data: { status: 'error', category: 'CONFLICT', correlationId: '${r.uuid()}' } }`;
    },
  },
  {
    source: 'http',
    name: 'urllib3-mailgun',
    make: (r, b) => {
      const key = V.hex(r, 32);
      const mail = V.email(r);
      return `send: b'POST /v3/mg.${r.pick(['shopfront', 'acme-mail', 'notify'])}.io/messages HTTP/1.1\\r\\nHost: api.mailgun.net\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAuthorization: Basic ${b.c('basic-auth', V.b64(`api:key-${key}`))}\\r\\nContent-Length: 187\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n'
send: b'from=Orders+%3Cnoreply%40mg.shopfront.io%3E&to=${V.form(`${V.fullName(r)} <`)}${b.p('email~form', V.form(mail))}%3E&subject=Your+order+has+shipped&text=Ship+to+${b.p('address~form', V.form(V.street(r)))}'
reply: 'HTTP/1.1 401 UNAUTHORIZED\\r\\n'
DEBUG:urllib3.connectionpool:https://api.mailgun.net:443 "POST /v3/mg.shopfront.io/messages HTTP/1.1" 401 9`;
    },
  },
  {
    source: 'http',
    name: 'go-salesforce-oauth',
    make: (r, b) => {
      const user = `svc.integration@${r.pick(['acme', 'northwind', 'globex'])}.com`;
      return `level=error ts=${ts(r)} caller=sfsync/auth.go:88 msg="token request failed" err="Post \\"https://login.salesforce.com/services/oauth2/token?grant_type=password&client_id=3MVG9${r.b62(80)}&client_secret=${b.c('client-secret', V.hex(r, 64).toUpperCase())}&username=${V.url(user)}&password=${b.c('password~url', V.url(V.pw(r, 18)))}\\": dial tcp 13.110.${r.int(1, 250)}.${r.int(1, 250)}:443: i/o timeout"`;
    },
  },
  {
    source: 'http',
    name: 'okhttp-twilio',
    make: (r, b) => {
      const sid = 'AC' + V.hex(r, 32);
      const to = V.e164(r);
      return `I/okhttp.OkHttpClient: --> POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json
I/okhttp.OkHttpClient: Content-Type: application/x-www-form-urlencoded
I/okhttp.OkHttpClient: Content-Length: 92
I/okhttp.OkHttpClient: Authorization: Basic ${b.c('basic-auth', V.b64(`${sid}:${V.hex(r, 32)}`))}
I/okhttp.OkHttpClient: 
I/okhttp.OkHttpClient: To=${b.p('phone~form', V.form(to))}&From=%2B1${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}&Body=Your+Acme+code+is+${r.digits(6)}
I/okhttp.OkHttpClient: --> END POST (92-byte body)
I/okhttp.OkHttpClient: <-- 400 BAD REQUEST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json (212ms)
I/okhttp.OkHttpClient: {"code": 21211, "message": "Invalid 'To' Phone Number", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}`;
    },
  },
  {
    source: 'http',
    name: 'apache-wire-zendesk',
    make: (r, b) => {
      const agent = `agent.${r.pick(['ops', 'desk', 'cs'])}@${r.pick(['acme', 'globex'])}.zendesk.com`;
      const w = (dir: string, s: string) => `DEBUG org.apache.http.wire - http-outgoing-${r.int(0, 9)} ${dir} "${s}[\\r][\\n]"`;
      return [
        w('>>', 'POST /api/v2/tickets.json HTTP/1.1'),
        w('>>', `Authorization: Basic ${b.c('basic-auth', V.b64(`${agent}/token:${r.b62(40)}`))}`),
        w('>>', 'Content-Type: application/json; charset=UTF-8'),
        w('>>', ''),
        `DEBUG org.apache.http.wire - http-outgoing-0 >> "{"ticket":{"subject":"Refund request","requester":{"name":"${V.fullName(r)}","email":"${b.p('email', V.email(r))}"},"comment":{"body":"Call me on ${b.p('phone', V.phone(r))}"}}"`,
        w('<<', 'HTTP/1.1 422 Unprocessable Entity'),
      ].join('\n');
    },
  },
  {
    source: 'http',
    name: 'dotnet-plaid',
    make: (r, b) => {
      const f = (k: string, v: string) => `"${k}":"${v}"`;
      return `info: System.Net.Http.HttpClient.Plaid.LogicalHandler[100]
      Start processing HTTP request POST https://production.plaid.com/auth/get
trce: System.Net.Http.HttpClient.Plaid.ClientHandler[102]
      Request Headers:
      PLAID-CLIENT-ID: ${V.hex(r, 24)}
      PLAID-SECRET: ${b.c('plaid-secret', V.hex(r, 30))}
      Content-Type: application/json; charset=utf-8
fail: Acme.Payouts.PlaidSync[0]
      Unexpected auth/get payload for item ${r.b62(37)}: {"numbers":{"ach":[{${bank(r, b, f)}}]},"request_id":"${r.b62(15)}"}`;
    },
  },
  {
    source: 'http',
    name: 'curl-verbose-zendesk-search',
    make: (r, b) => {
      const mail = V.email(r);
      return `* Connected to ${r.pick(['acme', 'globex'])}.zendesk.com (104.16.${r.int(1, 250)}.${r.int(1, 250)}) port 443
> GET /api/v2/users/search.json?query=email%3A${b.p('email~url', V.url(mail))} HTTP/2
> Host: acme.zendesk.com
> user-agent: curl/8.5.0
> accept: */*
> authorization: Bearer ${b.c('access-token', V.hex(r, 64))}
>
< HTTP/2 429
< retry-after: 37
< x-request-id: ${V.hex(r, 16)}`;
    },
  },
  {
    source: 'http',
    name: 'undici-anthropic-openai',
    make: (r, b) => {
      const p = r.next() < 0.5;
      return `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13 {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: ${p ? 'api.anthropic.com' : 'api.openai.com'}:443, timeout: 10000ms)
  request: Request {
    method: 'POST',
    url: '${p ? 'https://api.anthropic.com/v1/messages' : 'https://api.openai.com/v1/chat/completions'}',
    headers: HeadersList {
      cookies: null,
      [Symbol(headers map)]: Map(3) {
        'content-type' => { name: 'content-type', value: 'application/json' },
        '${p ? 'x-api-key' : 'authorization'}' => { name: '${p ? 'x-api-key' : 'Authorization'}', value: '${p ? b.c('anthropic-key', V.anthropicKey(r)) : 'Bearer ' + b.c('openai-key', V.openaiKey(r))}' },
        'x-stainless-retry-count' => { name: 'x-stainless-retry-count', value: '2' }
      }
    },
    body: '{"messages":[{"role":"user","content":"Summarise the ticket from ${b.p('email', V.email(r))}, callback ${b.p('phone', V.phone(r))}"}]}'
  }
}`;
    },
  },
  {
    source: 'http',
    name: 'oauth-callback-double-encoded',
    make: (r, b) => {
      const mail = V.email(r);
      return `${ts(r)} INFO  [auth] callback GET /oauth/callback?code=${r.b62(40)}&state=${r.b62(22)}&next=${V.url('/settings/profile?tab=contact&email=')}${b.p('email~url2', V.url2(mail))} 302
${ts(r)} DEBUG [auth] token exchange body: grant_type=refresh_token&refresh_token=${b.c('refresh-token', r.b62(20) + '.' + r.b64url(48))}&client_id=herald-web&client_secret=${b.c('client-secret~url', V.url(V.pw(r, 32)))}`;
    },
  },
  {
    source: 'http',
    name: 'requests-kyc-form',
    make: (r, b) => {
      const id = natId(r, b, 'form');
      return `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.${r.pick(['onfido', 'veriff', 'persona'])}-kyc.io/v3/applicants
PreparedRequest.body: 'first_name=${V.first(r)}&last_name=${V.last(r)}&dob=${b.p('birth-date~url', V.url(V.birthDate(r, 'us')))}&country=${id.country}&${id.key}=${id.value}&address=${b.p('address~form', V.form(V.street(r)))}'
PreparedRequest.headers: {'Authorization': 'Token token=${b.c('api-key', 'api_live.' + r.b64url(24))}', 'Content-Type': 'application/x-www-form-urlencoded'}`;
    },
  },
];
