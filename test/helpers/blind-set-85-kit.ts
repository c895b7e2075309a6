import { baseTime, COMPANIES, type Company85 } from './blind-set-85-compose';
import { b64 } from './blind-set-85-enc';
import { person, type Person85 } from './blind-set-85-people';
import type { Rng85 } from './blind-set-85-rng';
import { T } from './blind-set-85-tokens';
import type { Case85 } from './blind-set-85-types';

/** Blind set 85: what every printer starts from: a customer, the company, a time, ids. */
export interface Kit85 {
  r: Rng85;
  p: Person85;
  co: Company85;
  t: number;
  sub: string;
  agentMail: string;
}

export function kit(c: Case85): Kit85 {
  const r = c.rng;
  const p = person(r);
  const co = r.pick(COMPANIES);
  const sub = co.domain.split('.')[0]!.replace(/-/g, '');
  return { r, p, co, t: baseTime(r), sub, agentMail: `${r.pick(['integrations', 'ops', 'api', 'helpdesk-bot'])}@${co.domain}` };
}

/** A Basic credential `user:secret`, planted as the base64 the header carries. */
export function basic(c: Case85, user: string, secret: string): string {
  return c.cred(b64(`${user}:${secret}`), 'basic-auth');
}

export function reqId(r: Rng85): string {
  return r.hex(8) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(12);
}

export function isoMs(t: number, r: Rng85): string {
  return new Date(t * 1000 + r.int(0, 999)).toISOString();
}

export function traceId(r: Rng85): string {
  return String(r.int(1, 9)) + r.digits(18);
}

export function stack(r: Rng85, lang: 'node' | 'py' | 'rb' | 'java' | 'go', where: string): string {
  switch (lang) {
    case 'node':
      return [`    at ${where} (/app/dist/integrations/${where.split('.')[0]!.toLowerCase()}.js:${r.int(20, 400)}:${r.int(5, 40)})`, `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`, `    at async Worker.run (/app/dist/queue/worker.js:${r.int(20, 200)}:${r.int(5, 30)})`].join('\n');
    case 'py':
      return ['Traceback (most recent call last):', `  File "/srv/app/integrations/${where}.py", line ${r.int(20, 400)}, in handle`, '    resp.raise_for_status()', `  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status`, '    raise HTTPError(http_error_msg, response=self)'].join('\n');
    case 'rb':
      return [`/app/app/services/${where}.rb:${r.int(20, 200)}:in 'call'`, `/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:30:in 'on_complete'`, `/app/app/jobs/inbound_job.rb:${r.int(10, 90)}:in 'perform'`].join('\n');
    case 'java':
      return [`\tat com.${where}.client.ApiClient.execute(ApiClient.java:${r.int(50, 500)})`, `\tat com.${where}.sync.TicketSync.push(TicketSync.java:${r.int(50, 300)})`, '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)'].join('\n');
    default:
      return [`goroutine ${r.int(20, 900)} [running]:`, `main.(*${where}).handle(0xc000${r.hex(6)})`, `\t/src/internal/${where.toLowerCase()}/handler.go:${r.int(20, 300)} +0x${r.hex(3)}`].join('\n');
  }
}

/** An integration credential as it would sit in a config dump: [env name, value]. */
export function integrationCred(c: Case85, t: number): [string, string] {
  const r = c.rng;
  switch (r.int(0, 11)) {
    case 0: return ['ZENDESK_API_TOKEN', c.cred(T.zendeskToken(r), 'zendesk-token')];
    case 1: return ['INTERCOM_ACCESS_TOKEN', c.cred(T.intercom(r), 'intercom-token')];
    case 2: return ['FRONT_API_TOKEN', c.cred(T.front(r, t), 'front-token')];
    case 3: return ['TWILIO_AUTH_TOKEN', c.cred(T.twilioToken(r), 'twilio-auth-token')];
    case 4: return ['SENDGRID_API_KEY', c.cred(T.sendgrid(r), 'sendgrid-key')];
    case 5: return ['MAILGUN_API_KEY', c.cred(T.mailgun(r), 'mailgun-key')];
    case 6: return ['POSTMARK_SERVER_TOKEN', c.cred(T.postmark(r), 'postmark-token')];
    case 7: return ['SLACK_BOT_TOKEN', c.cred(T.slackBot(r), 'slack-token')];
    case 8: return ['SLACK_SIGNING_SECRET', c.cred(T.slackSigning(r), 'slack-signing-secret')];
    case 9: return ['WHATSAPP_TOKEN', c.cred(T.meta(r), 'meta-token')];
    case 10: return ['DD_API_KEY', c.cred(T.ddApi(r), 'datadog-api-key')];
    default: return ['SLACK_USER_TOKEN', c.cred(T.slackUser(r), 'slack-token')];
  }
}


/** A second credential of the integration as a config or env line the code logs beside the failure. */
export function envLine(c: Case85, t: number): string {
  const r = c.rng;
  const [k, v] = integrationCred(c, t);
  if (r.chance(0.55)) {
    const [k2, v2] = integrationCred(c, t);
    return r.pick([`env ${k}=${v} ${k2}=${v2}`, `config: {"${k.toLowerCase()}":"${v}","${k2.toLowerCase()}":"${v2}"}`, `${k}='${v}'\n${k2}='${v2}'`]);
  }
  return r.pick([`env ${k}=${v}`, `config.${k.toLowerCase()}: "${v}"`, `${k}='${v}'`, `--- loaded ${k} (${v}) from vault`]);
}
