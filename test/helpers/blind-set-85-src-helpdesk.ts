import { customerText, date, forwarded, leakLine } from './blind-set-85-compose';
import { html, pyDict, rbHash } from './blind-set-85-enc';
import { basic, kit, reqId, stack, traceId } from './blind-set-85-kit';
import { publicIp } from './blind-set-85-people';
import { T } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: Intercom, Freshdesk, Front, Help Scout, Gorgias, Kustomer and Salesforce Service Cloud. */

const paras = (text: string, named = false): string => text.split('\n\n').map((p) => `<p>${html(p, named).replace(/\n/g, '<br>')}</p>`).join('');

const intercomWebhook = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const body = customerText(c, p, t);
  const doc = {
    type: 'notification_event', app_id: r.lowerAlnum(8), topic: 'conversation.user.replied', id: `notif_${r.uuid()}`, created_at: t,
    data: { type: 'notification_event_data', item: { type: 'conversation', id: String(r.int(1e11, 9e11)), source: { author: { type: 'user', name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') } },
      conversation_parts: { type: 'conversation_part.list', conversation_parts: [{ type: 'conversation_part', id: String(r.int(1e9, 9e9)), part_type: 'comment', body: paras(body, r.chance(0.3)), created_at: t, author: { type: 'user', id: r.hex(24), name: p.full, email: p.email } }], total_count: 1 } } },
  };
  const tok = c.cred(T.intercom(r), 'intercom-token');
  return `${date(t)} [intercom-relay] reply failed: 401 {"type":"error.list","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]}\nAuthorization: Bearer ${tok}\nnotification: ${JSON.stringify(doc)}`;
};

const intercomPy = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const tok = c.cred(T.intercom(r), 'intercom-token');
  const msg = [leakLine(c, p, t), leakLine(c, p, t)].join(' ');
  return [
    `WARNING:intercom_sync:conversation ${r.int(1e11, 9e11)} part could not be mirrored`,
    `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.intercom.io/conversations/${r.int(1e11, 9e11)}/reply`,
    `request.headers={'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer ${tok}', 'Intercom-Version': '2.11', 'Accept': 'application/json'}`,
    `request.body=${pyDict({ message_type: 'comment', type: 'user', intercom_user_id: r.hex(24), body: msg })}`,
    `contact=${pyDict({ name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email'), phone: c.pii(p.phoneE164, 'phone') })}`,
  ].join('\n');
};

const freshdeskWebhook = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const key = T.freshdesk(r);
  const body = customerText(c, p, t);
  const doc = { freshdesk_webhook: { ticket_id: r.int(1000, 99999), ticket_subject: 'Problema con il pagamento', ticket_description: `<div>${paras(body)}</div>`, ticket_contact_name: c.pii(p.full, 'person-name'), ticket_contact_email: c.pii(p.email, 'email'), ticket_contact_phone: c.pii(p.phone, 'phone'), ticket_portal_url: `https://${co.domain.split('.')[0]}.freshdesk.com/support/home` } };
  if (r.chance(0.5)) return `POST /hooks/freshdesk 200\n${JSON.stringify(doc)}\nthen: curl -u ${c.cred(key, 'freshdesk-key')}:X -H "Content-Type: application/json" -X PUT https://${co.domain.split('.')[0]}.freshdesk.com/api/v2/tickets/${doc.freshdesk_webhook.ticket_id} -> 401`;
  return `[freshdesk] ${date(t)} update failed status=401 auth="Basic ${basic(c, key, 'X')}"\npayload: ${JSON.stringify(JSON.stringify(doc))}`;
};

const freshdeskApi = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const key = T.freshdesk(r);
  const body = customerText(c, p, t);
  const tk = { id: r.int(1000, 99999), subject: 'Refund', description: `<div>${paras(body)}</div>`, description_text: body, requester: { name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') }, status: 2, priority: 1, custom_fields: { cf_order_number: `ORD-${r.digits(7)}` } };
  return `I, [${date(t)}] INFO -- freshdesk: GET https://${co.domain.split('.')[0]}.freshdesk.com/api/v2/tickets/${tk.id}?include=requester (apikey ${c.cred(key, 'freshdesk-key')})\n${JSON.stringify(tk, null, 2)}`;
};

const front = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const tok = c.cred(T.front(r, t), 'front-token');
  const body = customerText(c, p, t);
  const ev = { _links: { self: `https://${co.domain.split('.')[0]}.api.frontapp.com/events/evt_${r.lowerAlnum(8)}` }, id: `evt_${r.lowerAlnum(8)}`, type: 'inbound', emitted_at: t + r.next(), conversation: { id: `cnv_${r.lowerAlnum(8)}`, subject: 'Order', status: 'unassigned' },
    target: { _meta: { type: 'message' }, data: { id: `msg_${r.lowerAlnum(9)}`, type: 'email', is_inbound: true, recipients: [{ handle: c.pii(p.email, 'email'), role: 'from', name: c.pii(p.full, 'person-name') }, { handle: `support@${co.domain}`, role: 'to' }], body: `<div dir="ltr">${paras(body)}</div>`, text: body } } };
  return `${date(t)} error front-bridge: POST https://api2.frontapp.com/conversations/${ev.conversation.id}/comments -> 401 {"_error":{"status":401,"title":"Unauthorized","message":"Invalid token"}}\n  headers: { Authorization: 'Bearer ${tok}' }\n  event: ${JSON.stringify(ev)}`;
};

const helpscout = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const body = customerText(c, p, t);
  const secret = c.cred(r.alnum(40), 'webhook-secret');
  const convo = { id: r.int(1e9, 9e9), number: r.int(1000, 99999), subject: 'Re: subscription', mailboxId: r.int(100000, 999999), customer: { first: p.given, last: p.family, email: c.pii(p.email, 'email') }, _embedded: { threads: [{ id: r.int(1e9, 9e9), type: 'customer', body: paras(body, true), createdBy: { type: 'customer', email: p.email } }] } };
  const token = c.cred(T.helpscout(r), 'helpscout-token');
  if (r.chance(0.5)) return `X-HelpScout-Event: convo.customer.reply.created\nX-HelpScout-Signature: ${r.b64(27)}=\nsignature check failed with HELPSCOUT_WEBHOOK_SECRET=${secret}\n${JSON.stringify(convo)}\nmailbox API token in use: ${token}`;
  return `D, [${date(t)} #${r.int(100, 9999)}] DEBUG -- : helpscout oauth: {"token_type"=>"bearer", "access_token"=>"${token}", "expires_in"=>172800}\nE, [${date(t)}] ERROR -- : thread sync failed ${rbHash({ conversation: convo.id, customer: convo.customer, body: body, webhook_secret: secret })}`;
};

const gorgias = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const apiKey = T.gorgias(r);
  const user = `ops@${co.domain}`;
  const body = customerText(c, p, t);
  const msg = { id: r.int(1e8, 9e8), ticket_id: r.int(1e7, 9e7), channel: 'email', via: 'email', from_agent: false, sender: { id: r.int(1e6, 9e6), email: c.pii(p.email, 'email'), name: c.pii(p.full, 'person-name') }, body_text: body, body_html: `<div>${paras(body)}</div>`, created_datetime: date(t) };
  if (r.chance(0.5)) return `AxiosError: Request failed with status code 403\n  config: { url: 'https://${co.domain.split('.')[0]}.gorgias.com/api/tickets/${msg.ticket_id}/messages', method: 'post', auth: { username: '${user}', password: '${c.cred(apiKey, 'gorgias-key')}' } }\n  data: ${JSON.stringify(msg)}\n${stack(r, 'node', 'Gorgias.postMessage')}`;
  return `gorgias request failed 401 Authorization: Basic ${basic(c, user, apiKey)}\nmessage=${JSON.stringify(msg)}`;
};

const kustomer = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const key = c.cred(T.kustomer(r, t), 'kustomer-key');
  const text = customerText(c, p, t, 2, false);
  const doc = { data: { type: 'message', id: r.hex(24), attributes: { channel: r.pick(['chat', 'sms', 'email']), direction: 'in', preview: text.slice(0, 120), meta: { body: text }, createdAt: date(t) }, relationships: { customer: { data: { type: 'customer', id: r.hex(24) } } } }, included: [{ type: 'customer', attributes: { name: c.pii(p.full, 'person-name'), emails: [{ email: c.pii(p.email, 'email') }], phones: [{ phone: c.pii(p.phoneE164, 'phone') }] } }] };
  return `{"level":"error","ts":"${date(t)}","logger":"kustomer-bridge","msg":"message.create hook failed","status":401,"headers":{"authorization":"Bearer ${key}"},"trace_id":"${traceId(r)}","event":${JSON.stringify(JSON.stringify(doc))}}`;
};

const salesforceCase = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const sid = c.cred(T.sfSession(r), 'salesforce-session');
  const body = customerText(c, p, t);
  const rec = { attributes: { type: 'Case', url: `/services/data/v60.0/sobjects/Case/500${r.alnum(15)}` }, Subject: 'Web: billing question', Origin: 'Web', SuppliedName: c.pii(p.full, 'person-name'), SuppliedEmail: c.pii(p.email, 'email'), SuppliedPhone: c.pii(p.phone, 'phone'), Description: body, Status: 'New' };
  return `${date(t)} ERROR c.s.sync.CaseSync - POST https://${co.domain.split('.')[0]}.my.salesforce.com/services/data/v60.0/sobjects/Case failed: [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]\nAuthorization: Bearer ${sid}\nbody=${JSON.stringify(rec)}\n${stack(r, 'java', 'acme')}`;
};

const salesforceEmail = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const inner = customerText(c, p, t);
  const fw = forwarded(c, p, co, inner, t, 'Invoice');
  const em = { attributes: { type: 'EmailMessage' }, ParentId: `500${r.alnum(15)}`, FromAddress: c.pii(p.email, 'email'), FromName: c.pii(p.full, 'person-name'), ToAddress: `support@${co.domain}`, Subject: 'Fwd: Invoice', TextBody: fw, HtmlBody: `<html><body>${paras(fw, true)}</body></html>`, Incoming: true, MessageDate: date(t) };
  const pw = c.cred(T.sfSession(r), 'salesforce-session');
  if (r.chance(0.5)) return `12:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} (${r.int(1e6, 9e6)})|USER_DEBUG|[${r.int(10, 300)}]|DEBUG|EmailToCaseHandler inbound=${JSON.stringify(em)}\nsid=${pw}`;
  return `simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://${co.domain.split('.')[0]}.my.salesforce.com/services/data/v59.0/sobjects/EmailMessage/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]\nsession_id='${pw}'\nrecord=${pyDict(em)}`;
};

const chatIp = (c: Case85): string => c.pii(publicIp(c.rng), 'ip');

export const HELPDESK_SOURCES: readonly Source85[] = [
  { name: 'intercom', formats: [intercomWebhook, intercomPy] },
  { name: 'freshdesk', formats: [freshdeskWebhook, freshdeskApi] },
  { name: 'front', formats: [front, (c) => `${front(c)}\nrequest_id=${reqId(c.rng)} client_ip=${chatIp(c)}`] },
  { name: 'helpscout', formats: [helpscout] },
  { name: 'gorgias', formats: [gorgias] },
  { name: 'kustomer', formats: [kustomer] },
  { name: 'salesforce', formats: [salesforceCase, salesforceEmail] },
];

