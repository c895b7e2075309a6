import { createHash } from 'node:crypto';
import { COMPANIES, date } from './blind-set-85-compose';
import { b64Mime, pyDict, qp } from './blind-set-85-enc';
import type { Rng85 } from './blind-set-85-rng';
import type { NegSource85 } from './blind-set-85-types';

/** Blind set 85 negatives: templates, masked dumps, versions, hashes, monitor text, webhooks without people in them. */

const co = (r: Rng85) => r.pick(COMPANIES);
const ts = (r: Rng85): number => 1711929600 + r.int(0, 5e6);

const templates = (r: Rng85): string =>
  r.pick([
    () => `Hi {{ticket.requester.first_name}},\n\nYour request #{{ticket.id}} ("{{ticket.title}}") has been updated.\n{{ticket.latest_public_comment_html}}\n\nReply to {{ticket.url}} · {{current_user.signature}}`,
    () => `Hello %recipient.first_name%,\nyour order %recipient.order_id% is on its way. Unsubscribe: %unsubscribe_url%`,
    () => `{{#if customer.first_name}}Hi {{customer.first_name}},{{else}}Hi there,{{/if}}\nYour code is {{{otp_code}}} – never share it. Card on file: •••• {{card.last4}}`,
    () => `Dear -name-,\nthanks for contacting -company-. Your case -caseNumber- is open.`,
    () => `Hola {{ contact.name | default: "cliente" }}, tu pedido {{ order.name }} fue enviado a {{ shipping_address.city }}.`,
    () => `# .env.example\nZENDESK_SUBDOMAIN=<your-subdomain>\nZENDESK_EMAIL=<agent email>\nZENDESK_API_TOKEN=<your token>\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_SIGNING_SECRET=<signing secret>\nSENDGRID_API_KEY=SG.xxxxxxxx\nTWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}\nPOSTMARK_SERVER_TOKEN=changeme\nWHATSAPP_TOKEN=EAA...`,
    () => `Set INTERCOM_ACCESS_TOKEN to the token from Developer Hub > Your app > Authentication. Tokens look like "dG9rOj..." and must be kept secret. See https://developers.intercom.com/docs for details.`,
  ])();

const masked = (r: Rng85): string => {
  const c = co(r);
  return r.pick([
    () => `${date(ts(r))} WARN zendesk-sync request failed 401 {"authorization":"Basic [FILTERED]","x-request-id":"${r.uuid()}","ticket_id":${r.int(10000, 999999)}}`,
    () => `payment update for ticket ${r.int(10000, 999999)}: card=****${r.digits(4)} exp=**/** iban=DE** **** **** **** **${r.digits(2)} ${r.digits(2)} holder=[redacted]`,
    () => `slack config: { token: 'xoxb-****', signingSecret: '********', appToken: 'xapp-1-****' }`,
    () => pyDict({ sender: '[redacted]', phone: '+44 **** ***' + r.digits(3), email: 'j***@g***.com', password: '**********', body: '[redacted 214 chars]' }),
    () => `[twilio] auth_token=${'*'.repeat(32)} account=AC${'*'.repeat(28)}${r.hex(4)} from=+1******${r.digits(4)}`,
    () => `smtp://notifications%40${c.domain}:****@smtp.${c.domain}:587 (password hidden)`,
    () => `Mailgun key: key-••••••••••••••••••••••••${r.hex(4)} (last rotated ${date(ts(r)).slice(0, 10)})`,
  ])();
};

const versions = (r: Rng85): string =>
  [
    `support-gateway v${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 20)} (build ${r.hex(7)}, node v20.${r.int(9, 18)}.${r.int(0, 3)}) listening on :${r.pick([3000, 8080, 8443])}`,
    `deps: zendesk_api 3.0.5, @slack/bolt 3.17.1, twilio 5.0.4, @sendgrid/mail 8.1.1, postmark 4.0.2, mailgun.js 10.2.1, intercom-client 5.0.0`,
    `loaded ${r.int(3, 40)} routing rules, ${r.int(1, 9)} webhooks, ${r.int(100, 9999)} macros in ${r.int(20, 900)} ms`,
    `uptime=${r.int(1, 9000)}s rss=${r.int(80, 400)}MB heap=${r.int(40, 300)}MB queue_depth=${r.int(0, 500)} p95=${r.int(20, 900)}ms`,
  ].join('\n');

const hashes = (r: Rng85): string => {
  const h = (s: string, a: string): string => createHash(a).update(s).digest('hex');
  const fake = r.hex(20);
  return [
    `identify user_hash=${h(fake, 'sha256')} (HMAC of user id, Intercom identity verification)`,
    `audience sync: hashed_email=${h(fake + 'e', 'sha256')} hashed_phone=${h(fake + 'p', 'sha256')}`,
    `avatar: https://www.gravatar.com/avatar/${h(fake, 'md5')}?s=80&d=identicon`,
    `trace_id=${r.int(1, 9)}${r.digits(18)} span_id=${r.int(1, 9)}${r.digits(17)} traceparent=00-${r.hex(32)}-${r.hex(16)}-01`,
    `conversation_id=${r.int(1e11, 9e11)} ticket=${r.int(10000, 999999)} request_id=${r.uuid()} etag=W/"${r.hex(32)}"`,
  ].join('\n');
};

const datadogNeg = (r: Rng85): string =>
  [`%%%`, `## Inbound email latency high on {{host.name}}`, `{{#is_alert}}p95 latency is {{value}} ms (threshold {{threshold}}){{/is_alert}}`, `{{#is_recovery}}Recovered{{/is_recovery}}`, '', `[Dashboard](https://app.datadoghq.eu/dashboard/${r.lowerAlnum(3)}-${r.lowerAlnum(3)}-${r.lowerAlnum(3)}) · [Runbook](https://wiki.internal/runbooks/support-inbound)`, `Monitor ID ${r.int(1e7, 9e7)} · trace \`${r.hex(32)}\``, '', `@slack-support-alerts @webhook-herald`, `%%%`].join('\n');

const waTemplate = (r: Rng85): string =>
  JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: r.num(15), time: ts(r), changes: [{ value: { event: r.pick(['APPROVED', 'REJECTED', 'PAUSED']), message_template_id: r.num(15), message_template_name: r.pick(['order_shipped', 'password_reset_link', 'appointment_reminder']), message_template_language: r.pick(['en_US', 'de', 'pt_BR', 'tr']), reason: 'NONE' }, field: 'message_template_status_update' }] }] });

const intercomMeta = (r: Rng85): string =>
  JSON.stringify({ type: 'conversation', id: String(r.int(1e11, 9e11)), created_at: ts(r), updated_at: ts(r), state: 'closed', read: true, priority: 'not_priority', admin_assignee_id: r.int(1e6, 9e6), team_assignee_id: String(r.int(1e6, 9e6)), tags: { type: 'tag.list', tags: [{ type: 'tag', id: String(r.int(1e6, 9e6)), name: 'billing' }] }, statistics: { time_to_assignment: r.int(0, 900), time_to_admin_reply: r.int(10, 9000), count_reopens: r.int(0, 3), count_conversation_parts: r.int(2, 40) }, sla_applied: { sla_name: 'VIP', sla_status: 'hit' }, custom_attributes: { Order: `#${r.int(1000, 99999)}`, Plan: 'Pro' } });

const mailgunEvent = (r: Rng85): string => {
  const c = co(r);
  return JSON.stringify({ signature: { timestamp: String(ts(r)), token: r.hex(50), signature: r.hex(64) }, 'event-data': { event: 'delivered', timestamp: ts(r) + r.next(), id: r.b64(22).replace(/[+/]/g, 'Q'), recipient: `orders@${c.domain}`, 'recipient-domain': c.domain, message: { headers: { 'message-id': `${r.hex(20)}@mg.${c.domain}`, from: `noreply@${c.domain}`, subject: 'Your receipt' } }, 'delivery-status': { code: 250, message: 'OK', 'attempt-no': 1 }, flags: { 'is-authenticated': true } } });
};

const zendeskNeg = (r: Rng85): string => {
  const c = co(r);
  const id = r.int(10000, 999999);
  return JSON.stringify({ ticket: { id, url: `https://${c.domain.split('.')[0]}.zendesk.com/api/v2/tickets/${id}.json`, external_id: `ORD-${r.digits(8)}`, via: { channel: 'web' }, subject: 'Password reset not working', description: 'Customer reports the reset link has expired. Sent a new password reset link; asked them to clear cookies.', priority: 'normal', status: 'pending', requester_id: r.int(1e11, 9e11), assignee_id: r.int(1e11, 9e11), group_id: r.int(1e7, 9e7), tags: ['password_reset', 'web_widget'], custom_fields: [{ id: r.int(1e7, 9e7), value: 'tier_2' }], satisfaction_rating: { score: 'offered' }, created_at: date(ts(r)) } }, null, r.pick([0, 2]));
};

const mimeNeg = (r: Rng85): string => {
  const c = co(r);
  const b = `----=_Part_${r.int(1e5, 9e5)}_${r.int(1e8, 9e8)}.${ts(r)}${r.digits(3)}`;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(r.hex(120), 'hex')]).toString('binary');
  const text = `Thank you for contacting ${c.name}!\n\nYour request (#${r.int(10000, 999999)}) has been received and is being reviewed by our support staff. To add additional comments, reply to this email.\n\nThis email is a service from ${c.name}. Delivered by Zendesk.`;
  return [`Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable', '', qp(text), `--${b}`, 'Content-Type: image/png; name="logo.png"', 'Content-Transfer-Encoding: base64', `Content-ID: <logo_${r.hex(8)}@${c.domain}>`, '', (Buffer.from(png, 'binary').toString('base64').match(/.{1,76}/g) ?? []).join('\n'), `--${b}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', b64Mime(`<p>${text.replace(/\n/g, '<br>')}</p>`), `--${b}--`].join('\n');
};

const postmarkNeg = (r: Rng85): string => {
  const c = co(r);
  return JSON.stringify({ RecordType: 'Delivery', ServerID: r.int(1e6, 9e6), MessageStream: 'outbound', MessageID: r.uuid(), Recipient: `billing@${c.domain}`, Tag: 'ticket-notification', DeliveredAt: date(ts(r)), Details: 'Test delivery webhook details', Metadata: { ticket: String(r.int(10000, 999999)), tenant: c.domain.split('.')[0] } });
};

export const NEG_TEXT: readonly NegSource85[] = [
  { name: 'neg-template', formats: [templates] },
  { name: 'neg-masked', formats: [masked] },
  { name: 'neg-version', formats: [versions] },
  { name: 'neg-hash', formats: [hashes] },
  { name: 'neg-datadog', formats: [datadogNeg] },
  { name: 'neg-whatsapp', formats: [waTemplate] },
  { name: 'neg-intercom', formats: [intercomMeta] },
  { name: 'neg-mailgun', formats: [mailgunEvent] },
  { name: 'neg-zendesk', formats: [zendeskNeg] },
  { name: 'neg-mime', formats: [mimeNeg] },
  { name: 'neg-postmark', formats: [postmarkNeg] },
];
