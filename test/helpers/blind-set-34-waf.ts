import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ip10, ipPub, ts34 } from './blind-set-34-kit';
import { email34, person34 } from './blind-set-34-people';
import { B62, B64URL } from './blind-set-34-rng';
import { cookie34, gApiKey34, hexKey34, jwt34, pass34, sendgrid34, urlPass34 } from './blind-set-34-secrets';

/** WAF, proxy and SOAR templates: Cloudflare Logpush, AWS WAF, Akamai SIEM, reverse-proxy access logs, SOAR integration dumps. */
export const WAF_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'waf', name: 'cloudflare-logpush', draws: 12,
    make: (r, v) => {
      const ck = cookie34(r);
      const ev = { ClientIP: ipPub(r), ClientRequestHost: 'api.orbitalretail.com', ClientRequestMethod: 'GET', ClientRequestURI: `/v1/export?api_key=${v.c('google-api-key', gApiKey34(r))}&format=csv`, EdgeResponseStatus: 403, RayID: r.hex(16), SecurityAction: 'block', SecurityRuleID: r.hex(32), RequestHeaders: { cookie: `${ck.name}=${v.c('session-cookie', ck.value)}; _ga=GA1.2.${r.int(1e8, 9e8)}.${r.int(1.6e9, 1.8e9)}`, 'x-api-token': v.c('api-token', r.chars(B62, 40)) }, EdgeStartTimestamp: ts34(r) };
      return `Cloudflare Logpush -> R2 job failed, sample record:\n${JSON.stringify(ev)}`;
    },
  },
  {
    area: 'waf', name: 'aws-waf-full-log', draws: 12,
    make: (r, v) => {
      const ck = cookie34(r);
      const body = `username=${r.pick(['jenkins', 'svc-report', 'ops-admin'])}&password=${v.c('password', urlPass34(r))}&remember=1`;
      const log = { timestamp: Date.UTC(2026, 10, r.int(1, 28)), action: 'BLOCK', terminatingRuleId: 'RateLimit-login', httpRequest: { clientIp: ipPub(r), uri: '/api/login', httpMethod: 'POST', headers: [{ name: 'Host', value: 'portal.helixhealth.io' }, { name: 'Authorization', value: `Bearer ${v.c('jwt', jwt34(r, { sub: r.uuid(), scope: 'admin', iss: 'https://auth.helixhealth.io', exp: 1793000000 }))}` }, { name: 'Cookie', value: `${ck.name}=${v.c('session-cookie', ck.value)}` }] }, requestBodySample: Buffer.from(body).toString('base64') };
      return `AWS WAF log (${r.pick(['us-east-1', 'eu-west-1'])}) forwarded by Firehose; body sample decoded: ${body}\n${JSON.stringify(log)}`;
    },
  },
  {
    area: 'waf', name: 'akamai-siem-event', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const query = `client_id=${r.b62(20)}&client_secret=${v.c('oauth-client-secret-generic', r.chars(B64URL, 40))}&grant_type=client_credentials`;
      return JSON.stringify({ type: 'akamai_siem', format: 'json', attackData: { clientIP: ipPub(r), configId: String(r.int(10000, 99999)), policyId: `qik1_${r.int(10000, 99999)}`, ruleActions: 'ZGVueQ==', rules: 'OTUwMDAy', ruleMessages: 'U1FMIEluamVjdGlvbiBBdHRhY2s=' }, httpMessage: { requestId: r.hex(8), start: String(r.int(1.79e9, 1.8e9)), host: 'sso.contoso-fin.com', path: '/oauth2/token', query, method: 'POST', status: '403', requestHeaders: `X-Forwarded-User: ${v.p('email', email34(r, p))}\r\nX-Api-Key: ${v.c('api-token', r.hex(40))}` } });
    },
  },
  {
    area: 'waf', name: 'proxy-access-log', draws: 12,
    make: (r, v) => {
      const t = () => `[${String(r.int(1, 28)).padStart(2, '0')}/Nov/2026:${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))} +0000]`;
      return `nginx edge ${host34(r)}: 5xx spike, last lines of access.log
${ip10(r)} - - ${t()} "GET /hooks/mail?apikey=${v.c('sendgrid-key', sendgrid34(r))} HTTP/1.1" 502 0 "-" "python-requests/2.32"
${ipPub(r)} - - ${t()} "GET /account/reset?token=${v.c('reset-token', r.b64url(24))}&uid=${r.int(1000, 99999)} HTTP/2.0" 500 312 "https://portal.contoso-fin.com/" "Mozilla/5.0"
${ip10(r)} - - ${t()} "POST /api/v1/ingest HTTP/1.1" 502 0 "https://ops:${v.c('password', urlPass34(r))}@grafana.int.northwind-labs.com/d/abc" "Grafana/11.2"`;
    },
  },
  {
    area: 'waf', name: 'soar-integration-dump', draws: 12,
    make: (r, v) => {
      const cfg = {
        crowdstrike: { client_id: r.hex(32), client_secret: v.c('crowdstrike-client-secret', r.b62(40)) },
        virustotal: { apikey: v.c('virustotal-api-key', hexKey34(r, 64)) },
        servicenow: { url: 'https://northwind.service-now.com', username: 'svc_soar', password: v.c('password', pass34(r)) },
        jira: { email: 'soar-bot@northwind-labs.com', api_token: v.c('atlassian-api-token', `ATATT3xFfGF0${r.chars(B64URL, 180)}=${r.hex(8).toUpperCase()}`) },
      };
      return `XSOAR playbook "Phishing - Generic v3" failed at task #${r.int(10, 90)} (${ts34(r)}): integration test returned 401
debug dump of instance config:
${JSON.stringify(cfg, null, 2)}`;
    },
  },
];
