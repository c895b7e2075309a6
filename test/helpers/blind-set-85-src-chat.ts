import { customerText, date, leakLine } from './blind-set-85-compose';
import { formBody, html, pyDict } from './blind-set-85-enc';
import { basic, kit, reqId, stack } from './blind-set-85-kit';
import { publicIp } from './blind-set-85-people';
import { T } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: Slack, Microsoft Teams / Graph, Twilio, WhatsApp Cloud API. */

const slackTs = (t: number, c: Case85): string => `${t}.${c.rng.digits(6)}`;
/** Slack's mrkdwn: &, <, > escaped; mailboxes and phones auto-linked. */
const mrkdwn = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\w.+-]+@[\w.-]+\.[a-z]{2,})/g, '<mailto:$1|$1>');

const slackEvent = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const text = mrkdwn([leakLine(c, p, t), leakLine(c, p, t)].join('\n'));
  const ev = { token: '[redacted]', team_id: `T${r.upperAlnum(10)}`, api_app_id: `A${r.upperAlnum(10)}`, event: { type: 'message', channel: `C${r.upperAlnum(10)}`, user: `U${r.upperAlnum(10)}`, text, ts: slackTs(t, c), event_ts: slackTs(t, c), channel_type: 'channel', user_profile: { real_name: c.pii(p.full, 'person-name'), display_name: p.given } }, type: 'event_callback', event_id: `Ev${r.upperAlnum(10)}`, event_time: t };
  const bot = c.cred(T.slackBot(r), 'slack-token');
  const signing = c.cred(T.slackSigning(r), 'slack-signing-secret');
  if (r.chance(0.5)) return `[ERROR]  bolt-app An API error occurred: invalid_auth\n[DEBUG]  bolt-app App initialized with { token: '${bot}', signingSecret: '${signing}', socketMode: false }\n[DEBUG]  bolt-app received event body ${JSON.stringify(ev)}`;
  return `slack_bolt.App: Failed to run listener function (error: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'})\nSLACK_BOT_TOKEN=${bot} SLACK_SIGNING_SECRET=${signing}\nbody=${pyDict(ev as unknown as Record<string, unknown>)}`;
};

const slackExport = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const uid = `U${r.upperAlnum(10)}`;
  const msgs = [
    { type: 'message', user: uid, text: mrkdwn(customerText(c, p, t, 2, false)), ts: slackTs(t, c), user_profile: { real_name: c.pii(p.full, 'person-name'), display_name: p.given.toLowerCase(), first_name: p.given } },
    { type: 'message', subtype: 'bot_message', text: `Ticket created in ${co.name} helpdesk`, ts: slackTs(t + 30, c), bot_id: `B${r.upperAlnum(10)}` },
  ];
  const hook = c.cred(T.slackWebhook(r), 'slack-webhook');
  return `export/${r.pick(['support-escalations', 'vip-customers', 'billing-help'])}/${date(t).slice(0, 10)}.json\n${JSON.stringify(msgs, null, 4)}\n# alert sink: ${hook}`;
};

const teamsGraph = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const body = customerText(c, p, t, 2);
  const upn = `svc-teams@${co.domain}`;
  const tok = c.cred(T.graph(r, t, upn), 'graph-token');
  const cm = { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#chats('19%3A${r.hex(32)}%40thread.v2')/messages/$entity`, id: String(t * 1000 + r.int(0, 999)), messageType: 'message', createdDateTime: date(t), from: { user: { id: r.uuid(), displayName: c.pii(p.full, 'person-name'), userIdentityType: 'aadUser', tenantId: r.uuid() } }, body: { contentType: 'html', content: `<div><div>${body.split('\n').map((l) => html(l)).join('<br>\n')}</div></div>` }, attachments: [] };
  if (r.chance(0.5)) return `fail: SupportBridge.Graph[0] Graph call failed 403 Forbidden\n      Authorization: Bearer ${tok}\n      ${JSON.stringify(cm)}`;
  const hook = c.cred(T.teamsWebhook(r), 'teams-webhook');
  return `Error: connector POST ${hook} returned 400 (Webhook message delivery failed)\n  chatMessage=${JSON.stringify(cm)}\n  graph token=${tok}`;
};

const twilioSms = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const sid = T.twilioSid(r);
  const token = c.cred(T.twilioToken(r), 'twilio-auth-token');
  const from = c.pii(p.phoneE164.replace(/[ -]/g, ''), 'phone');
  const body = [leakLine(c, p, t), leakLine(c, p, t)].join(' ');
  const form = formBody([['ToCountry', 'US'], ['ToState', 'WA'], ['SmsMessageSid', `SM${r.hex(32)}`], ['NumMedia', '0'], ['ToCity', 'SEATTLE'], ['FromZip', ''], ['SmsSid', `SM${r.hex(32)}`], ['FromState', ''], ['SmsStatus', 'received'], ['Body', body], ['To', `+1206${r.digits(7)}`], ['NumSegments', '1'], ['MessageSid', `SM${r.hex(32)}`], ['AccountSid', sid], ['From', from], ['ApiVersion', '2010-04-01']]);
  if (r.chance(0.5)) return `${date(t)} WARN twilio-webhook: X-Twilio-Signature mismatch (computed with auth token ${token}); url=https://hooks.${co.domain}/sms/inbound\nraw body: ${form}`;
  return `POST /sms/inbound\nContent-Type: application/x-www-form-urlencoded\nX-Twilio-Signature: ${r.b64(27)}=\n\n${form}\n\ntwilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\nclient = Client('${sid}', '${token}')`;
};

const twilioConv = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const keySid = `SK${r.hex(32)}`;
  const secret = c.cred(T.twilioKeySecret(r), 'twilio-api-secret');
  const author = c.pii(p.phoneE164.replace(/[ -]/g, ''), 'phone');
  const body = customerText(c, p, t, 2, false);
  const fields: [string, string][] = [['EventType', 'onMessageAdded'], ['ConversationSid', `CH${r.hex(32)}`], ['MessageSid', `IM${r.hex(32)}`], ['Author', author], ['Body', body], ['Index', String(r.int(0, 40))], ['Source', 'SMS'], ['ParticipantSid', `MB${r.hex(32)}`], ['DateCreated', date(t)]];
  if (r.chance(0.5)) return `INFO conversations hook ImmutableMultiDict(${JSON.stringify(fields).replace(/"/g, "'").replace(/\[/g, '(').replace(/\]/g, ')').replace(/^\(/, '[').replace(/\)$/, ']')})\nERROR reply failed: TwilioRestException 20003 (api key ${keySid} secret ${secret})`;
  return `${formBody(fields)}\n-- twilio api key ${keySid}:${secret} basic ${basic(c, keySid, secret)}`;
};

const whatsapp = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const waId = c.pii(p.phoneE164.replace(/[^0-9]/g, ''), 'phone');
  const text = customerText(c, p, t, 2, false);
  const hook = { object: 'whatsapp_business_account', entry: [{ id: r.num(15), changes: [{ value: { messaging_product: 'whatsapp', metadata: { display_phone_number: `1${r.digits(10)}`, phone_number_id: r.num(15) }, contacts: [{ profile: { name: c.pii(p.full, 'person-name') }, wa_id: waId }], messages: [{ from: waId, id: `wamid.${r.b64(48)}`, timestamp: String(t), text: { body: text }, type: 'text' }] }, field: 'messages' }] }] };
  const tok = c.cred(T.meta(r), 'meta-token');
  if (r.chance(0.5)) return `${JSON.stringify(hook)}\n(#190) Error validating access token: Session has expired. GET https://graph.facebook.com/v19.0/${r.num(15)}/messages?access_token=${tok}`;
  return `[wa-cloud] reply failed {"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190,"fbtrace_id":"${r.alnum(27)}"}}\n[wa-cloud] Authorization: Bearer ${tok}\n[wa-cloud] inbound: ${JSON.stringify(JSON.stringify(hook))}`;
};

const ipNote = (c: Case85): string => c.pii(publicIp(c.rng), 'ip');

export const CHAT_SOURCES: readonly Source85[] = [
  { name: 'slack-event', formats: [slackEvent] },
  { name: 'slack-export', formats: [slackExport] },
  { name: 'teams-graph', formats: [teamsGraph] },
  { name: 'twilio-sms', formats: [twilioSms] },
  { name: 'twilio-conversations', formats: [twilioConv] },
  { name: 'whatsapp', formats: [whatsapp, (c) => `${whatsapp(c)}\nreq=${reqId(c.rng)} ip=${ipNote(c)}\n${stack(c.rng, 'go', 'WhatsAppHook')}`] },
];
