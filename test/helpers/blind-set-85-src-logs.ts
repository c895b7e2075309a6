import { customerText, date, leakLine } from './blind-set-85-compose';
import { jsonInner, pyDict, rbHash } from './blind-set-85-enc';
import { integrationCred, kit, stack, traceId } from './blind-set-85-kit';
import { publicIp } from './blind-set-85-people';
import { password } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: the integration code's own logs (Node, Python, Ruby, Java, Go) and Datadog monitor messages. */

const nodeLog = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const [k2, v2] = integrationCred(c, t);
  const msg = leakLine(c, p, t);
  if (r.chance(0.5)) return `${new Date(t * 1000).toISOString()} [support-worker] error: job inbound-message#${r.int(1000, 99999)} failed after 3 attempts\n  env: { ${k1}: '${v1}', ${k2}: '${v2}', NODE_ENV: 'production' }\n  message: '${msg.replace(/'/g, "\\'")}'\n  customer: { name: '${c.pii(p.full, 'person-name').replace(/'/g, "\\'")}', email: '${c.pii(p.email, 'email')}' }\n${stack(r, 'node', 'InboundJob.process')}`;
  return JSON.stringify({ level: 'error', time: new Date(t * 1000).toISOString(), service: 'support-gateway', msg: 'upstream rejected credentials', config: { [k1]: v1, [k2]: v2 }, customer_message: msg, customer_email: c.pii(p.email, 'email'), dd: { trace_id: traceId(r), span_id: traceId(r) } });
};

const pyLog = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const text = customerText(c, p, t, 2);
  return [`${date(t).replace('T', ' ').replace('Z', '')},${r.digits(3)} ERROR celery.app.trace Task support.tasks.mirror_ticket[${r.uuid()}] raised unexpected: HTTPError('401 Client Error')`, `settings: ${pyDict({ [k1.toLowerCase()]: v1, timeout: 30, retries: 3 })}`, `kwargs: ${pyDict({ ticket: { requester: p.full, requester_email: c.pii(p.email, 'email'), body: text }, source: 'email' })}`, stack(r, 'py', 'mirror_ticket')].join('\n');
};

const rbLog = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const [k2, v2] = integrationCred(c, t);
  const text = customerText(c, p, t, 2);
  return [`I, [${date(t)} #${r.int(100, 9999)}]  INFO -- : Started POST "/webhooks/inbound" for ${c.pii(publicIp(r), 'ip')}`, `I, [${date(t)}]  INFO -- :   Parameters: ${rbHash({ from: `${p.full} <${c.pii(p.email, 'email')}>`, text, subject: 'Re: order', credentials: { [k1.toLowerCase()]: v1 } })}`, `E, [${date(t)}] ERROR -- : Faraday::UnauthorizedError (the server responded with status 401) using ${k2}=${v2}`, stack(r, 'rb', 'inbound_webhook')].join('\n');
};

const javaLog = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const msg = [leakLine(c, p, t), leakLine(c, p, t)].join(' ');
  return [`${date(t).replace('T', ' ').replace('Z', '')}.${r.digits(3)} ERROR [http-nio-8080-exec-${r.int(1, 20)}] c.${co.domain.split('.')[0]}.support.InboundController : Failed to forward message`, `org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: "{"error":"invalid_token"}"`, `\tconfig: support.integrations.${k1.toLowerCase().replace(/_/g, '-')}=${v1}`, `\tpayload: InboundMessage(from=${c.pii(p.email, 'email')}, name=${c.pii(p.full, 'person-name')}, body=${msg})`, stack(r, 'java', co.domain.split('.')[0]!)].join('\n');
};

const goLog = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const msg = leakLine(c, p, t);
  const pw = c.cred(password(r), 'password');
  return `time="${date(t)}" level=error msg="forward to helpdesk failed" component=mailbridge err="401 Unauthorized" ${k1.toLowerCase()}=${v1} smtp_password="${jsonInner(pw)}" from="${c.pii(p.email, 'email')}" body="${jsonInner(msg)}" trace_id=${traceId(r)}`;
};

const datadog = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const [k1, v1] = integrationCred(c, t);
  const [k2, v2] = integrationCred(c, t);
  const excerpt = [leakLine(c, p, t), leakLine(c, p, t)].join('\n');
  const md = [`%%%`, `## :rotating_light: Support inbound pipeline failing`, `{{#is_alert}}More than {{threshold}} failed webhooks in 5m on {{host.name}}{{/is_alert}}`, '', '**Sample log:**', '```', `${k1}=${v1}`, `from=${c.pii(p.email, 'email')} name="${c.pii(p.full, 'person-name')}"`, excerpt, '```', '', `Config: \`${k2}=${v2}\``, '', '@slack-support-alerts @pagerduty-support', '%%%'].join('\n');
  if (r.chance(0.5)) return md;
  return JSON.stringify({ id: r.int(1e6, 9e6), title: '[Triggered] Support inbound pipeline failing', body: md, alert_type: 'error', date_happened: t, tags: ['service:support-gateway', 'env:prod'], aggregation_key: r.hex(32) });
};

export const LOG_SOURCES: readonly Source85[] = [
  { name: 'node-log', formats: [nodeLog] },
  { name: 'python-log', formats: [pyLog] },
  { name: 'ruby-log', formats: [rbLog] },
  { name: 'java-log', formats: [javaLog] },
  { name: 'go-log', formats: [goLog] },
  { name: 'datadog-monitor', formats: [datadog] },
];
