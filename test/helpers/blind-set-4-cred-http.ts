import type { Positive4 } from './blind-set-4-types';

/** Credentials in HTTP traffic: client dumps, curl, headers of many schemes, form bodies, URLs. */
export const CRED_HTTP: Record<string, Positive4> = {
  okhttpSendgrid: (g) => {
    const key = g.t.sendgrid();
    const text = [
      '--> POST https://api.sendgrid.com/v3/mail/send',
      'Content-Type: application/json; charset=utf-8',
      'Content-Length: 412',
      `Authorization: Bearer ${key}`,
      '--> END POST (412-byte body)',
    ].join('\n');
    return { text, values: [key] };
  },
  curlVerboseBasic: (g) => {
    const basic = g.b64(`ops-bot@northwind-logistics.com:${g.t.atlassian()}`);
    const text = ['> GET /rest/api/3/myself HTTP/2', '> Host: northwind.atlassian.net', `> authorization: Basic ${basic}`, '> user-agent: curl/8.5.0', '> accept: */*', '< HTTP/2 200'].join('\n');
    return { text, values: [basic] };
  },
  curlTwilioUser: (g) => {
    const sid = g.t.twilioSid();
    const tok = g.t.hex(32);
    const text = `curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json" --data-urlencode "Body=Your code is 482913" --data-urlencode "From=${g.e164()}" -u ${sid}:${tok}`;
    return { text, values: [tok] };
  },
  curlPrivateTokenHeader: (g) => {
    const tok = g.t.gitlab();
    const text = `$ curl --fail --header "PRIVATE-TOKEN: ${tok}" "https://gitlab.northwind.io/api/v4/projects/412/pipelines?ref=main&per_page=5"`;
    return { text, values: [tok] };
  },
  curlJenkinsUser: (g) => {
    const tok = `11${g.t.hex(32)}`;
    const text = `+ curl -fsS -X POST -u "release-bot:${tok}" "https://jenkins.ci.northwind.io/job/deploy-prod/buildWithParameters?TAG=v4.2.1"`;
    return { text, values: [tok] };
  },
  setCookieRails: (g) => {
    const cookie = `${g.r.bytes(96).toString('base64').replace(/=+$/, '')}--${g.t.hex(40)}`;
    const text = [
      'HTTP/1.1 302 Found',
      'Location: https://shop.northwind.io/account',
      `Set-Cookie: _shopfront_session=${cookie}; path=/; secure; HttpOnly; SameSite=Lax`,
      'X-Request-Id: 7c1f6a52-3b7d-4d0e-9a57-0f9e8c1b2d34',
    ].join('\n');
    return { text, values: [cookie] };
  },
  cookieDjango: (g) => {
    const sid = g.opaque(32, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const text = `GET /admin/orders/ HTTP/1.1\nHost: backoffice.northwind.io\nCookie: _ga=GA1.1.1234567890.1764790000; csrftoken=${g.opaque(32)}; sessionid=${sid}; django_language=en`;
    return { text, values: [sid] };
  },
  formClientSecret: (g) => {
    const secret = g.t.azureClientSecret();
    const text = [
      'POST /8c2f1b9e-44aa-4f3e-9d1c-6b2a7e5f0c13/oauth2/v2.0/token HTTP/1.1',
      'Host: login.microsoftonline.com',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      `grant_type=client_credentials&client_id=3f9a7c21-0b6e-4d58-a1f2-9e8d7c6b5a40&client_secret=${secret}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default`,
    ].join('\n');
    return { text, values: [secret] };
  },
  nginxQueryApiKey: (g) => {
    const key = g.opaque(32);
    const text = `10.0.12.7 - - [03/Dec/2026:17:44:02 +0000] "GET /v1/export?format=csv&api_key=${key}&since=2026-11-01 HTTP/1.1" 200 5120 "-" "python-requests/2.32.3" rt=0.412`;
    return { text, values: [key] };
  },
  geocodeKeyInUrl: (g) => {
    const key = g.t.googleApi();
    const text = `INFO  geo.Client - GET https://maps.googleapis.com/maps/api/geocode/json?address=Keizersgracht+123%2C+Amsterdam&key=${key} -> 200 (183 ms)`;
    return { text, values: [key] };
  },
  drfTokenScheme: (g) => {
    const tok = g.t.hex(40);
    const text = `[03/Dec/2026 16:20:11] DEBUG client request: PATCH https://inventory.northwind.io/api/items/8812/ headers={'Authorization': 'Token ${tok}', 'Content-Type': 'application/json'}`;
    return { text, values: [tok] };
  },
  oktaSsws: (g) => {
    const tok = g.t.okta();
    const text = `GET /api/v1/users?filter=status+eq+%22ACTIVE%22 HTTP/1.1\r\nHost: northwind.okta.com\r\nAccept: application/json\r\nAuthorization: SSWS ${tok}\r\n`;
    return { text, values: [tok] };
  },
  opsgenieGenieKey: (g) => {
    const key = g.r.uuid();
    const text = `2026-12-03T15:59:02Z alert-forwarder POST https://api.eu.opsgenie.com/v2/alerts headers: {"Authorization":"GenieKey ${key}","Content-Type":"application/json"} status=202`;
    return { text, values: [key] };
  },
  splunkHecCurl: (g) => {
    const tok = g.r.uuid();
    const text = `curl -k https://splunk-hec.northwind.io:8088/services/collector/event -H "Authorization: Splunk ${tok}" -d '{"event": "deploy finished", "sourcetype": "ci"}'`;
    return { text, values: [tok] };
  },
  dynatraceApiToken: (g) => {
    const tok = g.t.dynatrace();
    const text = `POST /api/v2/metrics/ingest HTTP/1.1\nHost: abc12345.live.dynatrace.com\nAuthorization: Api-Token ${tok}\nContent-Type: text/plain; charset=utf-8`;
    return { text, values: [tok] };
  },
  postmarkHeader: (g) => {
    const tok = g.r.uuid();
    const text = `[mailer] > POST https://api.postmarkapp.com/email\n[mailer] > X-Postmark-Server-Token: ${tok}\n[mailer] < 422 {"ErrorCode":300,"Message":"Invalid 'From' address"}`;
    return { text, values: [tok] };
  },
  apimSubscriptionKey: (g) => {
    const key = g.t.hex(32);
    const text = `System.Net.Http.HttpClient.apim.ClientHandler: Sending HTTP request GET https://northwind-apim.azure-api.net/orders/v2/status\n  Ocp-Apim-Subscription-Key: ${key}\n  traceparent: 00-${g.t.hex(32)}-${g.t.hex(16)}-01`;
    return { text, values: [key] };
  },
  shopifyHeader: (g) => {
    const tok = g.t.shopify();
    const text = `ShopifyAPI::Errors::HttpResponseError (402 Payment Required) request headers: {"X-Shopify-Access-Token"=>"${tok}", "Accept"=>"application/json"} shop=northwind-outdoor.myshopify.com`;
    return { text, values: [tok] };
  },
  goDumpRequestJwt: (g) => {
    const jwt = g.jwt({ scope: 'orders:write', azp: 'checkout-web' });
    const text = `httputil.DumpRequestOut:\nPOST /internal/orders HTTP/1.1\r\nHost: orders.svc.cluster.local:8080\r\nUser-Agent: Go-http-client/1.1\r\nAuthorization: Bearer ${jwt}\r\nContent-Type: application/json\r\n\r\n`;
    return { text, values: [jwt] };
  },
  httpClientSendBytes: (g) => {
    const key = g.t.anthropic();
    const text = `send: b'POST /v1/messages HTTP/1.1\\r\\nHost: api.anthropic.com\\r\\nAccept-Encoding: gzip, deflate\\r\\nx-api-key: ${key}\\r\\nanthropic-version: 2023-06-01\\r\\nContent-Length: 233\\r\\n\\r\\n'`;
    return { text, values: [key] };
  },
  elasticApiKey: (g) => {
    const enc = g.b64(`${g.opaque(20)}:${g.opaque(22)}`);
    const text = `[2026-12-03T15:01:44,912][WARN ][o.e.x.s.a.AuthenticationService] client headers: {Authorization=[ApiKey ${enc}], X-Opaque-Id=[kibana:task_manager]}`;
    return { text, values: [enc] };
  },
  gitCurlVerbose: (g) => {
    const basic = g.b64(`x-access-token:${g.t.github('ghs')}`);
    const text = `15:02:11.408871 http.c:725              => Send header: GET /northwind/infra.git/info/refs?service=git-upload-pack HTTP/1.1\n15:02:11.408880 http.c:725              => Send header: Authorization: Basic ${basic}\n15:02:11.408885 http.c:725              => Send header: User-Agent: git/2.43.0`;
    return { text, values: [basic] };
  },
  gitRemoteTokenUrl: (g) => {
    const tok = g.t.gitlab();
    const text = `remote: HTTP Basic: Access denied.\nfatal: Authentication failed for 'https://oauth2:${tok}@gitlab.com/northwind/platform/infra.git/'`;
    return { text, values: [tok] };
  },
  httpxDiscordWebhook: (g) => {
    const url = g.t.discordHook();
    const secret = url.slice(url.lastIndexOf('/') + 1);
    const text = `INFO:httpx:HTTP Request: POST ${url} "HTTP/1.1 204 No Content"`;
    return { text, values: [secret] };
  },
  githubTokenScheme: (g) => {
    const tok = g.t.github('ghp');
    const text = `DEBUG octokit request: GET https://api.github.com/repos/northwind/infra/actions/runs?per_page=10 {"authorization":"token ${tok}","user-agent":"release-bot/1.4"}`;
    return { text, values: [tok] };
  },
};
