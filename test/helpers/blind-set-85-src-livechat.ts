import { date, leakLine } from './blind-set-85-compose';
import { html, rbHash } from './blind-set-85-enc';
import { basic, kit } from './blind-set-85-kit';
import { publicIp } from './blind-set-85-people';
import { T } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: live-chat transcripts: LiveChat, Drift, Crisp, Zendesk Chat. */

const clock = (t: number): string => new Date(t * 1000).toISOString().slice(11, 19);

const livechat = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const pat = T.livechatPat(r);
  const acct = r.uuid();
  const lines = [leakLine(c, p, t), leakLine(c, p, t), leakLine(c, p, t)];
  if (r.chance(0.5)) {
    const ev = { webhook_id: r.hex(32), secret_key: c.cred(r.alnum(32), 'webhook-secret'), action: 'incoming_event', organization_id: r.uuid(), payload: { chat_id: r.upperAlnum(10), thread_id: r.upperAlnum(10), event: { id: `${r.upperAlnum(10)}_${r.int(1, 9)}`, created_at: date(t), type: 'message', text: lines.join('\n'), author_id: r.uuid(), visibility: 'all' } }, additional_data: { chat_properties: { source: { client_id: r.hex(32) } }, chat_presence_user_ids: [`${p.email}`] } };
    c.pii(p.email, 'email');
    return `livechat webhook ${date(t)} -> handler threw TypeError: Cannot read properties of undefined (reading 'customer')\n${JSON.stringify(ev)}\nLIVECHAT_PAT=${acct}:${c.cred(pat, 'livechat-token')}`;
  }
  const who = c.pii(p.full, 'person-name');
  const ip = c.pii(publicIp(r), 'ip');
  return [`Chat transcript ${r.upperAlnum(10)} · ${co.name}`, `Visitor: ${who} (${c.pii(p.email, 'email')}) · IP ${ip} · ${r.pick(['Chrome 124 / Windows 10', 'Safari 17 / iOS', 'Firefox 125 / Ubuntu'])}`, '', ...lines.map((l, i) => `[${clock(t + i * 47)}] ${who}: ${l}`), `[${clock(t + 200)}] Agent: Thanks, one moment please.`, '', `export auth: Basic ${basic(c, acct, pat)}`].join('\n');
};

const drift = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const tok = c.cred(T.drift(r), 'drift-token');
  const msgs = [0, 1].map((i) => ({ id: r.int(1e9, 9e9), conversationId: r.int(1e8, 9e8), body: `<p>${html(leakLine(c, p, t))}</p>`, author: { id: r.int(1e8, 9e8), type: 'contact', bot: false }, type: 'chat', createdAt: (t + i * 30) * 1000 }));
  const contact = { id: r.int(1e9, 9e9), attributes: { email: c.pii(p.email, 'email'), name: c.pii(p.full, 'person-name'), phone: c.pii(p.phone, 'phone'), last_ip: c.pii(publicIp(r), 'ip') } };
  return `DriftApiError 401 GET https://driftapi.com/conversations/${msgs[0]!.conversationId}/messages\n  Authorization: Bearer ${tok}\n  messages=${JSON.stringify({ data: { messages: msgs } })}\n  contact=${JSON.stringify(contact)}`;
};

const crisp = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const ident = r.uuid();
  const key = T.crispKey(r);
  const ev = { website_id: r.uuid(), event: 'message:send', data: { website_id: r.uuid(), session_id: `session_${r.uuid()}`, type: 'text', content: [leakLine(c, p, t), leakLine(c, p, t)].join('\n'), from: 'user', origin: 'chat', fingerprint: r.int(1e13, 9e13), user: { nickname: c.pii(p.full, 'person-name'), user_id: `session_${r.uuid()}` }, timestamp: t * 1000 }, timestamp: t * 1000 };
  if (r.chance(0.5)) return `crisp hook failed: ${JSON.stringify(ev)}\nX-Crisp-Tier: plugin Authorization: Basic ${basic(c, ident, key)}`;
  return `E, [${date(t)}] ERROR -- : Crisp::RouteError 401 ${rbHash({ identifier: ident, key: c.cred(key, 'crisp-key'), payload: ev.data.content, nickname: ev.data.user.nickname })}`;
};

const zendeskChat = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const who = `Visitor ${r.int(10000000, 99999999)}`;
  const lines = [leakLine(c, p, t), leakLine(c, p, t), leakLine(c, p, t)];
  const head = [`Chat started: ${date(t).replace('T', ' ').replace('Z', ' UTC')}`, `Name: ${c.pii(p.full, 'person-name')}`, `Email: ${c.pii(p.email, 'email')}`, `IP address: ${c.pii(publicIp(r), 'ip')}`, `Page URL: https://${co.domain}/checkout`, ''];
  const tok = c.cred(r.alnum(r.pick([40, 48])), 'zendesk-chat-token');
  return [...head, ...lines.map((l, i) => `(${clock(t + i * 61)}) ${i === 1 ? who : p.given}: ${l}`), `(${clock(t + 300)}) ${co.name.split(' ')[0]} Bot: Your chat has been transferred to an agent.`, '', `sync error: chat API token ${tok} rejected (401)`].join('\n');
};

export const LIVECHAT_SOURCES: readonly Source85[] = [
  { name: 'livechat', formats: [livechat] },
  { name: 'drift', formats: [drift] },
  { name: 'crisp', formats: [crisp] },
  { name: 'zendesk-chat', formats: [zendeskChat] },
];
