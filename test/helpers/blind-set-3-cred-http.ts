import { b64 } from './blind-set-3-rng';
import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, credential cases in HTTP material: access logs with query strings, HAR and raw
 * HTTP dumps, GraphQL errors, OAuth responses, cookies, form bodies, curl command lines.
 */
export const CRED_HTTP: Record<string, PositiveMaker> = {
  'nginx-query-api-key': (v) => {
    const k = v.gcpApiKey();
    return { text: `10.1.2.3 - - [03/Nov/2026:14:30:01 +0000] "GET /maps/api/geocode/json?address=Berlin&key=${k} HTTP/1.1" 200 1532 "-" "okhttp/4.12.0"`, values: [k] };
  },
  'nginx-query-access-token-end': (v) => {
    const t = v.slack('xoxp');
    return { text: `10.1.2.9 - - [03/Nov/2026:14:30:02 +0000] "GET /api/conversations.history?channel=C0123ABCD&token=${t}`, values: [t] };
  },
  'envoy-access-log-json': (v) => {
    const t = v.jwt({ role: 'admin' });
    return {
      text: `{"start_time":"2026-11-03T14:30:03.120Z","method":"GET","path":"/v1/admin/users?access_token=${t}","response_code":200,"upstream_host":"10.4.0.7:8080","x_forwarded_for":"10.0.0.1"}`,
      values: [t],
    };
  },
  'alb-access-log-query': (v) => {
    const s = v.stripe('rk');
    return {
      text: `https 2026-11-03T14:30:04.556Z app/prod-alb/50dc6c495c0c9188 10.0.1.5:51234 10.0.2.10:8080 0.001 0.023 0.000 200 200 310 1400 "GET https://hooks.acme.io:443/stripe/replay?api_key=${s}&limit=10 HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2`,
      values: [s],
    };
  },
  'har-request-header': (v) => {
    const k = v.newRelicUser();
    return {
      text: `{"log":{"entries":[{"request":{"method":"POST","url":"https://api.newrelic.com/graphql","headers":[{"name":"Content-Type","value":"application/json"},{"name":"API-Key","value":"${k}"}]}}]}}`,
      values: [k],
    };
  },
  'har-set-cookie-response': (v) => {
    const s = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 48);
    return { text: `{"response":{"status":302,"headers":[{"name":"Set-Cookie","value":"_acme_session=${s}; path=/; secure; HttpOnly; SameSite=Lax"}]}}`, values: [s] };
  },
  'http-dump-basic-auth': (v) => {
    const cred = b64(`deploy:${v.password('!-_.')}`);
    return {
      text: `> GET /artifactory/api/npm/npm-local/ HTTP/1.1\n> Host: artifacts.acme.io\n> Authorization: Basic ${cred}\n> User-Agent: npm/10.8.2\n>\n< HTTP/1.1 401 Unauthorized`,
      values: [cred],
    };
  },
  'http-dump-token-scheme': (v) => {
    const t = v.hex(40);
    return {
      text: `POST /api/v2/tickets.json HTTP/1.1\r\nHost: acme.zendesk.com\r\nAuthorization: Token token=${t}\r\nContent-Type: application/json\r\n\r\n{"ticket":{"subject":"Printer on fire"}}`,
      values: [t],
    };
  },
  'http-dump-cookie-express': (v) => {
    const s = `s%3A${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32)}.${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43)}`;
    return { text: `GET /account HTTP/1.1\nHost: shop.acme.io\nCookie: theme=dark; connect.sid=${s}; _ga=GA1.2.1234567890.1700000000`, values: [s] };
  },
  'form-body-password-urlencoded': (v) => {
    const raw = v.password('!#%&@');
    const enc = encodeURIComponent(raw);
    return { text: `2026-11-03 14:31:00 DEBUG body=grant_type=password&username=ops%40acme.io&password=${enc}&client_id=cli`, values: [enc] };
  },
  'oauth-token-response': (v) => {
    const a = v.googleAccessToken(),
      r = `1//0${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 100)}`;
    return { text: `token endpoint replied: {"access_token":"${a}","expires_in":3599,"refresh_token":"${r}","scope":"https://www.googleapis.com/auth/drive","token_type":"Bearer"}`, values: [a, r] };
  },
  'oauth-client-credentials-auth0': (v) => {
    const s = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64);
    return {
      text: `POST https://acme.eu.auth0.com/oauth/token {"client_id":"${v.b62(32)}","client_secret":"${s}","audience":"https://api.acme.io/","grant_type":"client_credentials"} -> 403`,
      values: [s],
    };
  },
  'graphql-error-extensions': (v) => {
    const t = v.shopify('shpca');
    return {
      text: `{"errors":[{"message":"Access denied","locations":[{"line":2,"column":3}],"path":["shop"],"extensions":{"code":"ACCESS_DENIED","requestHeaders":{"x-shopify-access-token":"${t}"}}}],"data":null}`,
      values: [t],
    };
  },
  'curl-user-colon-password': (v) => {
    const p = v.password('!-_.');
    return { text: `+ curl -sS -u "admin:${p}" -X POST https://jenkins.acme.io/job/deploy/build`, values: [p] };
  },
  'curl-header-mailgun': (v) => {
    const k = `key-${v.hex(32)}`;
    return { text: `$ curl -s --user 'api:${k}' https://api.mailgun.net/v3/mg.acme.io/messages -F from='Ops <ops@mg.acme.io>'`, values: [k] };
  },
  'url-encoded-json-in-query': (v) => {
    const t = v.databricks();
    const enc = encodeURIComponent(JSON.stringify({ token: t })).replace(/%3A/g, '%3A');
    return { text: `GET /proxy?cfg=${enc} HTTP/1.1`, values: [t] };
  },
  'x-api-key-adyen': (v) => {
    const k = `AQE${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60)}`;
    return { text: `outgoing request POST https://checkout-live.adyenpayments.com/checkout/v71/payments\nX-API-Key: ${k}\nIdempotency-Key: ${v.r.uuid()}`, values: [k] };
  },
  'algolia-headers': (v) => {
    const k = v.hex(32);
    return {
      text: `algoliasearch: request failed 403 {"x-algolia-application-id":"${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","x-algolia-api-key":"${k}"} (admin key used for reindex)`,
      values: [k],
    };
  },
  'cloudflare-x-auth-key': (v) => {
    const k = v.hex(37);
    return { text: `cf request: curl -X GET "https://api.cloudflare.com/client/v4/zones" -H "X-Auth-Email: dns-bot@acme.io" -H "X-Auth-Key: ${k}"`, values: [k] };
  },
  'cloudflare-bearer-token': (v) => {
    const t = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40);
    return { text: `wrangler: Authorization: Bearer ${t}`, values: [t] };
  },
  'segment-basic-writekey': (v) => {
    const wk = v.b62(32);
    const cred = b64(`${wk}:`);
    return { text: `POST https://api.segment.io/v1/batch 400\nAuthorization: Basic ${cred}`, values: [cred] };
  },
  'intercom-bearer': (v) => {
    const t = `dG9rOj${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 54)}=`;
    return { text: `intercom-client: 401 Unauthorized for GET /contacts (Authorization: Bearer ${t})`, values: [t] };
  },
  'pagerduty-token-header': (v) => {
    const t = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-', 20);
    return { text: `pd-client DEBUG headers: {"Accept":"application/vnd.pagerduty+json;version=2","Authorization":"Token token=${t}"}`, values: [t] };
  },
  'pagerduty-routing-key': (v) => {
    const k = v.hex(32);
    return { text: `{"payload":{"summary":"disk full","severity":"critical","source":"db-3"},"routing_key":"${k}","event_action":"trigger"}`, values: [k] };
  },
  'salesforce-bearer': (v) => {
    const t = v.salesforce();
    return { text: `SFDC call failed INVALID_SESSION_ID; request: GET /services/data/v61.0/sobjects/Account Authorization: OAuth ${t}`, values: [t] };
  },
  'paypal-braintree-token': (v) => {
    const t = v.braintree();
    return { text: `braintree.exceptions.authentication_error: gateway=BraintreeGateway(access_token="${t}")`, values: [t] };
  },
  'plaid-json-secret': (v) => {
    const s = v.hex(30),
      a = `access-production-${v.r.uuid()}`;
    return { text: `plaid request {"client_id":"${v.hex(24)}","secret":"${s}","access_token":"${a}"} -> ITEM_LOGIN_REQUIRED`, values: [s, a] };
  },
  'slack-webhook-in-markdown': (v) => {
    const path = v.slackWebhookPath();
    return { text: `Alert channel configured: [#ops](https://hooks.slack.com/services/${path}) — see runbook.`, values: [path.split('/')[2]!] };
  },
  'slack-app-token-backticks': (v) => {
    const t = v.slackAppToken();
    return { text: `Socket mode failed; set \`SLACK_APP_TOKEN=${t}\` and restart`, values: [t] };
  },
  'twilio-basic-auth-url': (v) => {
    const sid = v.twilioSid(),
      tok = v.hex(32);
    return { text: `POST https://${sid}:${tok}@api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json -> 401`, values: [tok] };
  },
  'sendgrid-bearer-line-end': (v) => {
    const k = v.sendgrid();
    return { text: `sendgrid mail send failed 403 auth=Bearer ${k}`, values: [k] };
  },
  'zendesk-email-token-basic': (v) => {
    const cred = b64(`support@acme.io/token:${v.b62(40)}`);
    return { text: `Zendesk::Error 401 while GET /api/v2/users/me.json headers={"Authorization"=>"Basic ${cred}"}`, values: [cred] };
  },
};
