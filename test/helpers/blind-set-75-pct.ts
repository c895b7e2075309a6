import { form, jsonEsc, pct, pct2 } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

/** Templates whose values arrive percent-encoded (once, twice, `+` for space, either hex case) or form-encoded. */
export const PCT_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'nginx-login-query': (g) => {
    const pw = g.hostilePassword();
    const mail = g.email();
    return `${g.r.int(10, 99)}.${g.r.int(1, 250)}.${g.r.int(1, 250)}.${g.r.int(1, 250)} - - [07/Dec/2026:04:${g.r.int(10, 59)}:11 +0000] "GET /api/v1/session?login=${g.p(pct(mail), 'email')}&pwd=${g.c(pct(pw), 'password')}&remember=1 HTTP/1.1" 401 188 "-" "okhttp/4.12.0" rt=0.0${g.r.int(10, 99)}`;
  },
  'form-post-signup': (g) => {
    const n = g.name();
    const pw = g.hostilePassword();
    return `POST /signup HTTP/1.1\nHost: app.northwind-shop.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ${g.r.int(180, 260)}\n\nfull_name=${g.p(form(n), 'name')}&email=${g.p(pct(g.email(n), g.r.next() < 0.5), 'email')}&password=${g.c(form(pw, true), 'password')}&password_confirmation=${form(pw, true)}&dob=${g.p(pct(g.dob().replace(/-/g, '/')), 'dob')}&tos=on`;
  },
  'form-card-checkout': (g) => {
    const card = g.cardGrouped(' ');
    return `[checkout-svc] WARN raw body retained for replay: card_holder=${g.p(form(g.name()), 'name')}&card_number=${g.f(form(card), 'card')}&exp_month=${g.r.int(1, 12)}&exp_year=20${g.r.int(27, 33)}&cvc=${g.f(g.cvc(), 'cvc')}&billing_zip=${g.r.int(10000, 99999)}`;
  },
  'double-encoded-return-to': (g) => {
    const tok = g.sessionId();
    return `302 Found -> Location: https://sso.tenant-io.net/login?return_to=${pct('https://app.tenant-io.net/callback?')}${pct2('reset_token=')}${g.c(tok, 'reset-token')}${pct2('&user=')}${g.p(pct2(g.email()), 'email')}`;
  },
  'oauth-callback-code': (g) => {
    const code = g.r.b64url(30);
    return `GET /oauth2/callback?code=${g.c(pct(code + '/' + g.r.b62(6) + '='), 'oauth-code')}&state=${g.r.hex(16)}&scope=openid%20email%20profile&authuser=0&prompt=consent HTTP/2 -> 500 (invalid_grant) client_secret=${g.c(pct(`GOCSPX-${g.r.b62(28)}`, true), 'google-client-secret')}`;
  },
  'azure-sas-url': (g) => {
    const sig = g.r.b64(32);
    return `BlobStorageException: 403 AuthorizationFailure\n  url: https://prodexports${g.r.digits(3)}.blob.core.windows.net/invoices/2026-12/${g.r.uuid()}.pdf?sv=2024-11-04&ss=b&srt=o&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig=${g.c(pct(sig, g.r.next() < 0.5), 'azure-sas-sig')}\n  x-ms-request-id: ${g.r.uuid()}`;
  },
  'aws-presigned-url': (g) => {
    const tokenRaw = `IQoJb3JpZ2luX2Vj${g.r.b64(120)}`;
    return `botocore presign failed on replay: https://exports-prod.s3.eu-west-1.amazonaws.com/reports/q4.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${g.akia()}%2F20261207%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T041500Z&X-Amz-Expires=3600&X-Amz-Security-Token=${g.c(pct(tokenRaw), 'aws-session-token')}&X-Amz-SignedHeaders=host&X-Amz-Signature=${g.c(g.hex(64), 'aws-sigv4-signature')}`;
  },
  'twilio-sms-webhook': (g) => {
    const from = g.e164();
    return `twilio inbound webhook rejected (signature mismatch): ToCountry=US&SmsSid=SM${g.hex(32)}&From=${g.p(pct(from), 'phone')}&Body=${form('please call me back at')}+${g.p(form(g.phone()), 'phone')}&AccountSid=AC${g.hex(32)}&ApiVersion=2010-04-01`;
  },
  'slack-interactive-payload': (g) => {
    const inner = JSON.stringify({ type: 'block_actions', user: { id: `U${g.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`, username: 'x' }, token: 'x', response_url: 'x' });
    const hook = g.slackHook();
    const mail = g.email();
    const txt = inner.replace('"x"}', `"${mail}"}`).replace('"token":"x"', `"token":"${g.r.b62(24)}"`).replace('"response_url":"x"', `"response_url":"${hook}"`);
    g.p(pct(mail), 'email');
    g.c(pct(hook), 'slack-webhook');
    g.c(txt.match(/"token":"([^"]+)"/)![1]!, 'slack-verification-token');
    return `slack action handler: 400 bad payload; raw=payload=${pct(txt)}`;
  },
  'postgres-url-encoded-password': (g) => {
    const pw = g.hostilePassword();
    return `psql: error: connection to server at "pg-orders.internal" (10.${g.r.int(0, 255)}.${g.r.int(0, 255)}.${g.r.int(1, 254)}), port 5432 failed: FATAL: password authentication failed for user "orders_rw"\nDSN=postgresql://orders_rw:${g.c(pct(pw), 'db-password')}@pg-orders.internal:5432/orders?sslmode=require&application_name=reconciler`;
  },
  'mongodb-srv-lower-hex': (g) => {
    const pw = g.hostilePassword();
    return `MongoServerSelectionError: bad auth : authentication failed  (uri="mongodb+srv://svc-ledger:${g.c(pct(pw, true), 'db-password')}@ledger-cluster.x${g.r.b62(5).toLowerCase()}.mongodb.net/ledger?retryWrites=true&w=majority")`;
  },
  'scim-filter-query': (g) => {
    const mail = g.email();
    return `okta scim GET /scim/v2/Users?filter=${pct('userName eq "')}${g.p(pct(mail), 'email')}${pct('" or name.familyName eq "')}${g.p(pct(g.last()), 'surname')}%22&count=1 -> 429 Too Many Requests (retry-after 12)`;
  },
  'redirect-uri-mixed-case': (g) => {
    const mail = g.email();
    const tok = g.jwt({ sub: g.r.uuid(), email: mail });
    return `[edge] blocked open redirect: next=https%3a%2f%2fevil-lookalike.app%2fcollect%3fid_token%3d${g.c(tok, 'jwt')}%26login_hint%3d${g.p(pct(mail, true), 'email')} referer="https://app.tenant-io.net/" ua="Mozilla/5.0"`;
  },
  'cookie-header-encoded-json': (g) => {
    const n = g.name();
    const ph = g.phone();
    const ck = pct(JSON.stringify({ name: n, phone: ph, tier: 'gold' }));
    g.p(pct(n), 'name');
    g.p(pct(ph), 'phone');
    return `> GET /account HTTP/1.1\n> Cookie: _ga=GA1.2.${g.r.digits(9)}.${g.r.digits(10)}; user_profile=${ck}; sessionid=${g.c(g.sessionId(), 'session-cookie')}\n< HTTP/1.1 500 Internal Server Error`;
  },
  'jdbc-password-param': (g) => {
    const pw = g.hostilePassword();
    return `com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.\n  jdbcUrl=jdbc:sqlserver://mssql-prod.corp.local:1433;databaseName=payroll;user=payroll_app;password=${g.c(pct(pw), 'db-password')};encrypt=true`;
  },
  'search-query-with-pii': (g) => {
    const n = g.name();
    return `slow query 4.2s GET /admin/customers/search?q=${g.p(form(n), 'name')}+${g.p(form(g.address()), 'address')}&sort=created_at&page=1 user_agent="Mozilla/5.0 (Macintosh)"`;
  },
  'iban-percent-spaces': (g) => {
    const iban = g.ibanSpaced();
    return `payout webhook replay: POST /v2/payouts body=beneficiary_name=${g.p(form(g.name()), 'name')}&beneficiary_iban=${g.f(pct(iban), 'iban')}&amount=${g.r.int(100, 9000)}.00&currency=EUR&reference=INV-${g.r.digits(6)}`;
  },
  'ach-form-body': (g) => `stripe-like ACH onboarding failed (validation): routing_number=${g.f(g.routing(), 'routing-number')}&account_number=${g.f(g.account(), 'bank-account')}&account_holder_name=${g.p(form(g.name()), 'name')}&ssn_last4=&ssn=${g.p(pct(g.ssn()), 'ssn')}`,
  'webhook-url-in-query': (g) => {
    const hook = g.discordHook();
    return `integration test "notify" failed: GET /internal/notify/test?target=${g.c(pct2(hook), 'discord-webhook')}&mode=dry-run -> 502 upstream`;
  },
  'grafana-render-url': (g) => {
    const key = `glsa_${g.r.b62(32)}_${g.hex(8)}`;
    return `alert image render failed: https://grafana.ops.internal/render/d-solo/abc?orgId=1&panelId=4&auth_token=${g.c(pct(key), 'grafana-token')}&width=1000&height=500&tz=Europe%2FBerlin`;
  },
  'mailgun-event-form': (g) => {
    const mail = g.email();
    return `mailgun webhook (x-www-form-urlencoded) failed signature check: recipient=${g.p(pct(mail), 'email')}&event=delivered&timestamp=${1796000000 + g.r.int(0, 99999)}&token=${g.hex(50)}&signature=${g.hex(64)}&api_key=${g.c(pct(`key-${g.hex(32)}`), 'mailgun-key')}`;
  },
  'proxy-basic-url-creds': (g) => {
    const pw = g.hostilePassword();
    return `npm ERR! code E407\nnpm ERR! 407 Proxy Authentication Required - GET https://registry.npmjs.org/left-pad\nnpm ERR! proxy=http://${g.p(pct(g.email()), 'email')}:${g.c(pct(pw), 'proxy-password')}@proxy.corp.local:3128`;
  },
  'json-in-form-field': (g) => {
    const card = g.card();
    const inner = `{"cardNumber":"${card}","cvv":"${g.cvc()}","holder":"${g.name()}"}`;
    const cvv = inner.match(/"cvv":"(\d+)"/)![1]!;
    const holder = inner.match(/"holder":"([^"]+)"/)![1]!;
    g.f(card, 'card');
    g.f(cvv, 'cvc');
    g.p(pct(jsonEsc(holder)), 'name');
    return `adyen-proxy debug: POST /pay data=${pct(inner)}&merchantAccount=NorthwindEU&reference=ORD-${g.r.digits(7)}`;
  },
  'pct-encoded-api-key-header-dump': (g) => {
    const k = g.stripe();
    return `fetch("https://api.stripe.com/v1/charges?expand%5B%5D=customer", { headers: { Authorization: decodeURIComponent("Bearer%20${g.c(pct(k), 'stripe-secret')}") } }) // TypeError: Failed to fetch`;
  },
  'pct-twice-sendgrid-log': (g) => {
    const k = g.sendgrid();
    return `level=error msg="queue message rejected" raw="cfg%3Dsendgrid%26key%3D${g.c(pct2(k), 'sendgrid-key')}%26from%3D${g.p(pct2(g.email()), 'email')}" attempt=3`;
  },
};
