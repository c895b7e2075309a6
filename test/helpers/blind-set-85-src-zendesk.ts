import { agentReply, customerText, date, leakLine } from './blind-set-85-compose';
import { html, pyDict, rbHash } from './blind-set-85-enc';
import { basic, kit, reqId, stack, traceId } from './blind-set-85-kit';
import { T } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: Zendesk: tickets, comments and audits as integration code logs them. */

function htmlBody(text: string, named: boolean): string {
  return `<div class="zd-comment" dir="auto">${text.split('\n\n').map((para) => `<p>${html(para, named).replace(/\n/g, '<br>')}</p>`).join('')}</div>`;
}

const ticketLog = (c: Case85): string => {
  const { r, p, co, t, sub } = kit(c);
  const token = T.zendeskToken(r);
  const agent = `${r.pick(['support-bot', 'integrations', 'zd-sync'])}@${co.domain}`;
  const auth = basic(c, `${agent}/token`, token);
  const body = customerText(c, p, t);
  const payload = { ticket: { subject: 'Order issue', comment: { body, public: false }, requester: { name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') }, tags: ['api', 'sync'] } };
  const line = { level: 50, time: t * 1000, pid: r.int(10, 99), hostname: `sync-${r.lowerAlnum(5)}`, msg: `zendesk create ticket failed: 422 Unprocessable Entity`, req: { method: 'POST', url: `https://${sub}.zendesk.com/api/v2/tickets.json`, headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' } }, body: JSON.stringify(payload), dd: { trace_id: traceId(r) } };
  return JSON.stringify(line) + (r.chance(0.3) ? `\n# token for ${agent}: ${c.cred(token, 'zendesk-token')}` : '');
};

const ticketPy = (c: Case85): string => {
  const { r, p, co, t, sub } = kit(c);
  const token = c.cred(T.zendeskToken(r), 'zendesk-token');
  const body = customerText(c, p, t);
  const d = { ticket: { subject: `Re: ${r.pick(['refund', 'login', 'billing'])}`, comment: { body }, requester: { name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email'), phone: c.pii(p.phoneE164, 'phone') } } };
  return [
    `${date(t).replace('T', ' ').replace('Z', ',' + r.digits(3))} ERROR [zendesk_bridge.client] create_ticket failed for ${sub}.zendesk.com`,
    `zenpy.lib.exception.APIException: {"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"Requester email is invalid"}]}}`,
    `payload=${pyDict(d)}`,
    `auth=(${JSON.stringify(`integrations@${co.domain}/token`).replace(/"/g, "'")}, '${token}')`,
    stack(r, 'py', 'zendesk_bridge'),
  ].join('\n');
};

const ticketShow = (c: Case85): string => {
  const { r, p, co, t, sub } = kit(c);
  const cust = customerText(c, p, t);
  const reply = agentReply(c, p, co, cust, t);
  const id = r.int(10000, 999999);
  const named = r.chance(0.5);
  const uid = r.int(1e11, 9e11);
  const doc = {
    ticket: { id, url: `https://${sub}.zendesk.com/api/v2/tickets/${id}.json`, subject: 'Help', status: 'open', requester_id: uid, created_at: date(t), tags: ['vip'] },
    comments: [
      { id: r.int(1e10, 9e10), type: 'Comment', author_id: uid, body: cust, html_body: htmlBody(cust, named), plain_body: cust, public: true, created_at: date(t) },
      { id: r.int(1e10, 9e10), type: 'Comment', author_id: r.int(1e11, 9e11), body: reply, public: true, created_at: date(t + 3600) },
    ],
    users: [{ id: uid, name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email'), phone: c.pii(p.phoneE164, 'phone'), role: 'end-user' }],
  };
  const head = `GET /api/v2/tickets/${id}.json?include=comments,users -> 200 (${r.int(80, 900)} ms)\nAuthorization: Bearer ${c.cred(T.zendeskOauth(r), 'zendesk-oauth-token')}`;
  return `${head}\n${JSON.stringify(doc, null, r.pick([2, 4]))}`;
};

const ticketRuby = (c: Case85): string => {
  const { r, p, co, t, sub } = kit(c);
  const token = c.cred(T.zendeskToken(r), 'zendesk-token');
  const body = customerText(c, p, t, 2);
  const h = { subject: 'Rückfrage', comment: { body }, requester: { name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') } };
  return [
    `E, [${date(t).replace('Z', '.' + r.digits(6))} #${r.int(100, 9999)}] ERROR -- : ZendeskAPI::Error::RecordInvalid: {"requester"=>[{"description"=>"Requester: Email is invalid"}]}`,
    `  ticket attributes: ${rbHash(h, r.chance(0.5))}`,
    `  client config: #<ZendeskAPI::Configuration url="https://${sub}.zendesk.com/api/v2", username="ops@${co.domain}/token", token="${token}", retry=true>`,
    stack(r, 'rb', 'zendesk_ticket_sync'),
  ].join('\n');
};

const audit = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const cust = customerText(c, p, t);
  const auditDoc = {
    audit: {
      id: r.int(1e10, 9e10), ticket_id: r.int(1000, 99999), created_at: date(t), author_id: r.int(1e11, 9e11),
      metadata: { system: { client: 'Mozilla/5.0', ip_address: c.pii(`${r.pick([81, 88, 93, 151, 176])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`, 'ip'), location: r.pick(['Berlin, BE, Germany', 'Lyon, ARA, France', 'Madrid, MD, Spain']) } },
      via: { channel: 'email', source: { from: { address: c.pii(p.email, 'email'), name: c.pii(p.full, 'person-name') }, to: { address: `support@${co.domain}` } } },
      events: [
        { id: r.int(1e10, 9e10), type: 'Comment', body: cust, html_body: htmlBody(cust, r.chance(0.5)), public: true },
        { id: r.int(1e10, 9e10), type: 'Change', field_name: 'status', value: 'open', previous_value: 'new' },
        { id: r.int(1e10, 9e10), type: 'Notification', subject: '[{{ticket.account}}] Re: {{ticket.title}}', recipients: [r.int(1e11, 9e11)] },
      ],
    },
  };
  return `audit event received ${reqId(r)}\n${JSON.stringify(auditDoc)}\nforwarding with ZENDESK_API_TOKEN=${c.cred(T.zendeskToken(r), 'zendesk-token')}`;
};

const webhook = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const secret = c.cred(T.webhookSecret(r), 'webhook-secret');
  const latest = [leakLine(c, p, t), leakLine(c, p, t)].join('\n');
  const payload = JSON.stringify({ ticket_id: String(r.int(1000, 99999)), requester_name: c.pii(p.full, 'person-name'), requester_email: c.pii(p.email, 'email'), latest_comment: latest, status: 'Open' });
  const hdr = { 'x-zendesk-webhook-id': `01H${r.upperAlnum(23)}`, 'x-zendesk-webhook-signature': r.b64(43) + '=', 'x-zendesk-webhook-signature-timestamp': date(t), authorization: `Bearer ${c.cred(r.alnum(48), 'bearer-token')}` };
  if (r.chance(0.5))
    return `[webhook] ${co.name}: signature mismatch for zendesk webhook (secret=${secret})\nheaders=${JSON.stringify(hdr)}\nraw=${JSON.stringify(payload)}\n${stack(r, 'node', 'ZendeskWebhook.verify')}`;
  return `level=warn ts=${date(t)} msg="zendesk webhook rejected" reason=bad_signature signing_secret=${secret} body=${JSON.stringify(payload)} authorization="${hdr.authorization}"`;
};

export const ZENDESK_SOURCES: readonly Source85[] = [
  { name: 'zendesk-ticket', formats: [ticketLog, ticketPy, ticketShow, ticketRuby] },
  { name: 'zendesk-audit', formats: [audit, webhook] },
];
