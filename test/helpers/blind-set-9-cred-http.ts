import { cred, pos, type PosCase9 } from './blind-set-9-types';
import { tok } from './blind-set-9-tokens';

/** Credentials in HTTP client debug output: axios/got/node-fetch, requests/urllib3, okhttp, Go, curl, HTTPie. */
export const credHttp: PosCase9[] = [
  (r) => {
    const t = tok.hubspot(r);
    return pos('http/axios-config-hubspot', `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    url: 'https://api.hubapi.com/crm/v3/objects/contacts',\n    method: 'post',\n    headers: AxiosHeaders {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${t}',\n      'User-Agent': 'axios/1.7.2'\n    },`, cred('hubspot-token', t));
  },
  (r) => {
    const t = tok.sendgrid(r);
    return pos('http/axios-json-sendgrid', `{"message":"Request failed with status code 403","name":"AxiosError","config":{"headers":{"Accept":"application/json","Authorization":"Bearer ${t}"},"method":"post","url":"https://api.sendgrid.com/v3/mail/send"},"code":"ERR_BAD_REQUEST","status":403}`, cred('sendgrid-key', t));
  },
  (r) => {
    const t = tok.intercom(r);
    return pos('http/got-error-intercom', `HTTPError: Response code 401 (Unauthorized)\n    at Request.<anonymous> (/srv/node_modules/got/dist/source/as-promise/index.js:118:42)\n  options: { url: URL { href: 'https://api.intercom.io/contacts/search' }, headers: { 'user-agent': 'got (https://github.com/sindresorhus/got)', authorization: 'Bearer ${t}', 'intercom-version': '2.11' } }`, cred('intercom-token', t));
  },
  (r) => {
    const t = tok.mailchimp(r);
    const b = tok.basic('anystring', t);
    return pos('http/node-fetch-mailchimp', `FetchError: request to https://us${t.split('-us')[1]}.api.mailchimp.com/3.0/lists/9f2c1e/members failed, reason: socket hang up\n  request headers: {"authorization":["Basic ${b}"],"content-type":["application/json"]}`, cred('basic-auth', b));
  },
  (r) => {
    const t = tok.zendesk(r);
    const b = tok.basic('ops@northwind-app.com/token', t);
    return pos('http/requests-urllib3-zendesk', `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): northwind.zendesk.com:443\nDEBUG:urllib3.connectionpool:https://northwind.zendesk.com:443 "GET /api/v2/tickets/48213.json HTTP/1.1" 401 38\nsend: b'GET /api/v2/tickets/48213.json HTTP/1.1\\r\\nHost: northwind.zendesk.com\\r\\nAuthorization: Basic ${b}\\r\\nAccept: */*\\r\\n\\r\\n'`, cred('basic-auth', b));
  },
  (r) => {
    const t = tok.openai(r);
    return pos('http/requests-prepared-openai', `requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.openai.com/v1/chat/completions\nPreparedRequest headers={'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Bearer ${t}', 'Content-Length': '412'}`, cred('openai-key', t));
  },
  (r) => {
    const t = tok.anthropic(r);
    return pos('http/httpx-anthropic', `httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.anthropic.com/v1/messages'\nrequest.headers=Headers({'host': 'api.anthropic.com', 'x-api-key': '${t}', 'anthropic-version': '2023-06-01', 'content-type': 'application/json'})`, cred('anthropic-key', t));
  },
  (r) => {
    const t = tok.squareAccess(r);
    return pos('http/okhttp-square', `I/okhttp.OkHttpClient: --> POST https://connect.squareup.com/v2/payments\nI/okhttp.OkHttpClient: Content-Type: application/json; charset=UTF-8\nI/okhttp.OkHttpClient: Square-Version: 2024-10-17\nI/okhttp.OkHttpClient: Authorization: Bearer ${t}\nI/okhttp.OkHttpClient: --> END POST (214-byte body)`, cred('square-token', t));
  },
  (r) => {
    const t = tok.jwt(r, { scope: 'orders:write' });
    return pos('http/retrofit-jwt', `D/OkHttp: <-- 401 Unauthorized https://api.acme-corp.io/v1/orders (87ms)\nD/OkHttp: request Authorization: Bearer ${t}\nretrofit2.HttpException: HTTP 401 Unauthorized`, cred('jwt', t));
  },
  (r) => {
    const t = tok.okta(r);
    return pos('http/go-nethttp-okta', `2026/12/04 10:41:07 okta: GET https://northwind.okta.com/api/v1/users?limit=200 -> 403 Forbidden\nreq.Header=map[Accept:[application/json] Authorization:[SSWS ${t}] User-Agent:[okta-sdk-golang/2.20.0 golang/go1.22.4]]`, cred('okta-token', t));
  },
  (r) => {
    const t = tok.github(r, 'ghp');
    return pos('http/go-httputil-dump-github', `DEBUG httputil.DumpRequestOut:\nGET /repos/northwind/deploy-config/contents/values.yaml HTTP/1.1\nHost: api.github.com\nUser-Agent: go-github/v62\nAccept: application/vnd.github.v3+json\nAuthorization: token ${t}\nAccept-Encoding: gzip`, cred('github-token', t));
  },
  (r) => {
    const t = tok.stripe(r, 'sk_live_');
    return pos('http/curl-v-stripe', `* Connected to api.stripe.com (34.200.27.109) port 443 (#0)\n> POST /v1/refunds HTTP/2\n> Host: api.stripe.com\n> user-agent: curl/8.5.0\n> accept: */*\n> authorization: Basic ${tok.basic(t, '')}\n> content-type: application/x-www-form-urlencoded\n< HTTP/2 402`, cred('basic-auth', tok.basic(t, '')));
  },
  (r) => {
    const t = tok.stripeShort(r, 'rk_live_');
    return pos('http/curl-cmdline-stripe', `+ curl -sS -u ${t}: https://api.stripe.com/v1/charges?limit=3\ncurl: (22) The requested URL returned error: 401`, cred('stripe-key', t));
  },
  (r) => {
    const t = tok.dockerhub(r);
    return pos('http/httpie-dockerhub', `$ http POST https://hub.docker.com/v2/users/login username=ci-bot password=${t}\nHTTP/1.1 401 Unauthorized\n{"detail": "Incorrect authentication credentials"}`, cred('dockerhub-token', t));
  },
  (r) => {
    const t = tok.gcpKey(r);
    return pos('http/url-query-gcp', `WARN maps-geocoder: GET https://maps.googleapis.com/maps/api/geocode/json?address=Rue%20de%20Rivoli&key=${t} returned REQUEST_DENIED after 212ms`, cred('google-api-key', t));
  },
  (r) => {
    const t = tok.mailgun(r);
    return pos('http/axios-auth-mailgun', `Error: Request failed with status code 401 config.auth={ username: 'api', password: '${t}' } config.url='https://api.eu.mailgun.net/v3/mg.northwind-app.com/messages'`, cred('mailgun-key', t));
  },
  (r) => {
    const t = tok.telegram(r);
    return pos('http/url-path-telegram', `ERROR notifier: POST https://api.telegram.org/bot${t}/sendMessage failed: 409 Conflict: terminated by other getUpdates request`, cred('telegram-token', t));
  },
  (r) => {
    const u = 'deploy';
    const p = r.urlPassword(18);
    return pos('http/url-userinfo', `urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='registry.acme-corp.io', port=443): Max retries exceeded with url: https://${u}:${p}@registry.acme-corp.io/v2/_catalog (Caused by SSLError)`, cred('password', p));
  },
  (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos('http/azure-sas-url', `Azure.RequestFailedException: Server failed to authenticate the request. Status: 403\nRequest: PUT https://northwindexports.blob.core.windows.net/invoices/2026-12.csv?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-12-31T23:59:59Z&spr=https&sig=${sig}`, cred('azure-sas', sig));
  },
  (r) => {
    const t = tok.ddApi(r);
    const a = tok.ddApp(r);
    return pos('http/fetch-headers-datadog', `fetch failed: 403 Forbidden POST https://api.datadoghq.eu/api/v2/logs/events/search headers={"DD-API-KEY":"${t}","DD-APPLICATION-KEY":"${a}","Content-Type":"application/json"}`, cred('datadog-api-key', t), cred('datadog-app-key', a));
  },
  (r) => {
    const t = tok.plaidSecret(r);
    const a = tok.plaidAccess(r);
    return pos('http/requests-body-plaid', `DEBUG send: b'{"client_id": "${r.hex(24)}", "secret": "${t}", "access_token": "${a}"}'`, cred('plaid-secret', t), cred('plaid-access-token', a));
  },
  (r) => {
    const t = tok.twilioKeySecret(r);
    const b = tok.basic('SK' + r.hex(32), t);
    return pos('http/twilio-basic-header', `[twilio] 401 POST https://api.twilio.com/2010-04-01/Accounts/AC${r.hex(32)}/Messages.json\n  > Authorization: Basic ${b}`, cred('basic-auth', b));
  },
];
