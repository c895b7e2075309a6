import { payBody, show, type Gen83 } from './blind-set-83-common';

export const wranglerTail: Gen83 = (k) => show(k, {
  outcome: 'exception', scriptName: 'edge-auth', diagnosticsChannelEvents: [], exceptions: [{ name: 'Error', message: `upstream 401 using CF_API_TOKEN=${k.cfToken()}`, timestamp: Date.UTC(2026, 10, 14) }],
  logs: [
    { message: [`login attempt`, { email: k.email(), password: k.pwAny() }], level: 'log', timestamp: Date.UTC(2026, 10, 14) + 1 },
    { message: [`X-Auth-Key: ${k.cfGlobal()}`, `X-Auth-Email: ${k.email()}`], level: 'debug', timestamp: Date.UTC(2026, 10, 14) + 2 },
    { message: ['payment', payBody(k)], level: 'error', timestamp: Date.UTC(2026, 10, 14) + 3 },
  ],
  eventTimestamp: Date.UTC(2026, 10, 14), event: { request: { url: `https://auth.${k.lower(6)}.com/login`, method: 'POST', headers: { 'cf-connecting-ip': k.ip(), 'cf-ipcountry': 'DE', authorization: `Bearer ${k.jwt({ sub: k.r.uuid(), email: k.emailStr(), exp: 1794003600 })}` }, cf: { asn: k.r.int(1000, 60000), colo: 'FRA', city: 'Frankfurt am Main' } } },
});

export const cfLogpush: Gen83 = (k) => JSON.stringify({
  ClientIP: k.r.next() < 0.6 ? k.ip() : k.ip6(), ClientRequestHost: `shop.${k.lower(6)}.com`, ClientRequestMethod: 'GET',
  ClientRequestURI: k.r.pick([
    () => `/account/verify?email=${k.emailU()}&code=${k.c(k.r.digits(8), 'verification-code')}`,
    () => `/api/export?key=${k.c(k.r.b62(32), 'api-key')}&iban=${k.iban()}`,
    () => `/unsubscribe?token=${k.jwt({ email: k.emailStr(), list: 'news', exp: 1799999999 })}`,
  ])(),
  ClientRequestUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', EdgeResponseStatus: 200, EdgeStartTimestamp: `${k.ts()}`, RayID: k.r.hex(16), ClientRequestReferer: `https://mail.google.com/`, RequestHeaders: { cookie: `__Host-session=${k.cookie(24)}; cf_clearance=${k.r.b64url(30)}` },
  ResponseHeaders: { 'x-debug-user': `${k.name()} <${k.emailStr()}>`.replace(/<.*>/, '') },
});

export const fastly: Gen83 = (k) => `<134>${k.ts()} cache-fra-${k.lower(4)}${k.r.int(1000, 9999)} fastly-logs[${k.r.int(100, 999)}]: ${JSON.stringify({
  timestamp: k.ts(), client_ip: k.ip(), geo_country: 'GB', request: 'POST', url: '/graphql?operationName=UpdateBilling', status: 400,
  req_body: JSON.stringify({ query: 'mutation UpdateBilling($in: BillingInput!) { updateBilling(input: $in) { ok } }', variables: { in: { cardNumber: k.card(), cvc: k.cvc(), holder: k.name(), postcode: 'LS6 2AB' } } }),
  req_header_authorization: `Basic ${k.c(Buffer.from(`${k.lower(6)}:${k.r.urlPassword(14)}`).toString('base64'), 'basic-auth')}`,
  fastly_key: k.c(k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 32), 'fastly-api-token'),
})}`;

export const akamai: Gen83 = (k) => JSON.stringify({
  version: 1, cp: String(k.r.int(100000, 999999)), reqId: `${k.r.hex(8)}`, reqTimeSec: String(1794000000 + k.r.int(0, 99999)), bytes: String(k.r.int(200, 90000)), cliIP: k.ip(), statusCode: '200', proto: 'HTTPS', reqHost: `www.${k.lower(7)}.de`, reqMethod: 'GET',
  reqPath: `%2Fkonto%2Fbestaetigung`, queryStr: `name=${k.nameU()}&iban=${k.iban()}&ref=${k.r.hex(12)}`,
  UA: 'Mozilla%2F5.0', cookie: `JSESSIONID=${k.c(k.r.hex(32).toUpperCase(), 'session-cookie')}`, city: 'BERLIN', country: 'DE',
  customField: `auth_token=${k.c(k.r.b64url(40), 'bearer-token')};geb=${k.dob()}`,
});
