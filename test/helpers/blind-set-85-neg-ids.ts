import { COMPANIES, date, rfc2822 } from './blind-set-85-compose';
import { formBody, qp } from './blind-set-85-enc';
import { luhnDigit } from './blind-set-85-money';
import type { Rng85 } from './blind-set-85-rng';
import type { NegSource85 } from './blind-set-85-types';

/** Blind set 85 negatives: ids, message headers, signatures, tracking numbers: look-alikes with nothing to redact. */

const docIp = (r: Rng85): string => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
const co = (r: Rng85) => r.pick(COMPANIES);

function ups(r: Rng85): string {
  const body = r.upperAlnum(6) + r.pick(['01', '02', '03', '12', '13']) + r.digits(7);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    sum += i % 2 === 1 ? v * 2 : v;
  }
  return `1Z${body}${(10 - (sum % 10)) % 10}`;
}

function usps(r: Rng85): string {
  const body = r.pick(['9400', '9205', '9361', '9405']) + r.digits(17);
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + ((10 - (s % 10)) % 10);
}

const msgId = (r: Rng85, d: string): string => `<${r.hex(16)}.${r.int(100000, 999999)}@${d}>`;

const headers = (r: Rng85): string => {
  const c = co(r);
  const t = 1711929600 + r.int(0, 5e6);
  const d = c.domain;
  return [
    `Received: from mail-${r.lowerAlnum(6)}.outbound.${d} (mail-${r.lowerAlnum(6)}.outbound.${d} [${docIp(r)}])`,
    `        by mx.helpdesk-relay.net with ESMTPS id ${r.alnum(14)}; ${rfc2822(t)}`,
    `ARC-Seal: i=1; a=rsa-sha256; t=${t}; cv=none; d=${d}; s=arc-2024; b=${r.b64(76)}`,
    `         ${r.b64(76)}==`,
    `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=arc-2024; h=to:subject:message-id:date:from; bh=${r.b64(43)}=; b=${r.b64(76)}`,
    `ARC-Authentication-Results: i=1; mx.helpdesk-relay.net; dkim=pass header.i=@${d}; spf=pass smtp.mailfrom=bounces+${r.digits(7)}@em.${d}`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=s1; t=${t}; bh=${r.b64(43)}=; h=From:To:Subject:Message-ID; b=${r.b64(76)}`,
    `Message-ID: ${msgId(r, d)}`,
    `In-Reply-To: ${msgId(r, `zendesk.${d}`)}`,
    `References: ${msgId(r, d)} ${msgId(r, `zendesk.${d}`)}`,
    `From: ${c.name.split(' ')[0]} Support <support@${d}>`,
    `Reply-To: support+id${r.int(10000, 99999)}@${d}`,
    `To: noreply@${d}`,
    `Subject: [${c.name.split(' ')[0]}] Re: Request #${r.int(10000, 999999)} has been solved`,
    `List-Unsubscribe: <mailto:unsubscribe@${d}?subject=unsub-${r.hex(12)}>`,
    `X-Zendesk-From-Account-Id: ${r.hex(7)}`,
    `X-Mailgun-Sid: ${r.b64(48).replace(/[+/]/g, 'A')}`,
    `Date: ${rfc2822(t)}`,
  ].join('\n');
};

const tracking = (r: Rng85): string => {
  const c = co(r);
  const order = `#${r.int(100000, 999999)}`;
  const lines = [
    `Hi {{ customer.first_name }},`,
    '',
    `Good news! Your order ${order} has shipped.`,
    `Carrier: ${r.pick(['UPS', 'USPS', 'DHL Express', 'FedEx'])}`,
    `UPS tracking: ${ups(r)}`,
    `USPS tracking: ${usps(r)}`,
    `DHL waybill: ${r.digits(10)}`,
    `FedEx: ${r.num(12)}`,
    `Track it here: https://${c.domain}/orders/${r.hex(32)}/tracking`,
    '',
    `Questions? Reply to this email or call ${c.name} Support at ${c.line} (Mon–Fri 9–17).`,
    `${c.name} · ${c.office}`,
  ];
  const body = lines.join('\n');
  return r.chance(0.5) ? body : `Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n${qp(body)}`;
};

const signature = (r: Rng85): string => {
  const c = co(r);
  const prose = r.pick([
    'For your security we never ask for your password. If you forgot it, please reset your password using the link on the sign-in page.',
    'Your API token has expired. Please generate a new token in Admin Center > Apps and integrations > APIs and update your integration.',
    'Ihr Passwort wurde erfolgreich zurückgesetzt. Falls Sie das nicht waren, kontaktieren Sie uns bitte.',
    'Votre mot de passe a expiré. Veuillez en choisir un nouveau depuis votre espace client.',
    'Por favor, nunca comparta su contraseña ni los datos de su tarjeta por correo electrónico.',
    'Ze względów bezpieczeństwa nigdy nie prosimy o podanie hasła.',
    'パスワードの再設定はログイン画面から行ってください。',
    'Güvenliğiniz için şifrenizi kimseyle paylaşmayın.',
  ]);
  return [`Hello,`, '', prose, '', `Kind regards,`, `The ${c.name.split(' ')[0]} Support Team`, `${c.name} · ${c.line} · support@${c.domain}`, c.office, '', `Ticket #${r.int(10000, 999999)} · Conversation ${r.int(1e11, 9e11)}`].join('\n');
};

const twilioStatus = (r: Rng85): string => {
  const fields: [string, string][] = [['SmsSid', `SM${r.hex(32)}`], ['SmsStatus', r.pick(['delivered', 'sent', 'undelivered'])], ['MessageStatus', 'delivered'], ['To', `+1202555${r.int(100, 199).toString().slice(1).padStart(4, '01')}`], ['MessagingServiceSid', `MG${r.hex(32)}`], ['MessageSid', `SM${r.hex(32)}`], ['AccountSid', `AC${r.hex(32)}`], ['From', `+1${r.pick(['800', '888', '877'])}5550${r.int(100, 199)}`], ['ApiVersion', '2010-04-01']];
  return `POST /twilio/status HTTP/1.1\nX-Twilio-Signature: ${r.b64(27)}=\nI-Twilio-Idempotency-Token: ${r.uuid()}\nContent-Type: application/x-www-form-urlencoded\n\n${formBody(fields)}`;
};

const slackNeg = (r: Rng85): string => {
  const ts = `${1711929600 + r.int(0, 5e6)}.${r.digits(6)}`;
  const ev = { token: '[redacted]', team_id: `T${r.upperAlnum(10)}`, event: { type: 'message', channel: `C${r.upperAlnum(10)}`, user: `U${r.upperAlnum(10)}`, text: r.pick(['Reminder: the bot token expires Friday, rotate it in Vault (`xoxb-****`).', 'Ticket <https://acme.zendesk.com/agent/tickets/48213|#48213> escalated to tier 2', 'Deployed support-gateway v2.14.3 to prod :rocket:', 'Customer asked to reset their password, link sent.']), ts, thread_ts: ts, event_ts: ts, client_msg_id: r.uuid() }, type: 'event_callback', event_id: `Ev${r.upperAlnum(10)}`, event_time: Number(ts.split('.')[0]) };
  return `X-Slack-Request-Timestamp: ${ts.split('.')[0]}\nX-Slack-Signature: v0=${r.hex(64)}\nX-Slack-Retry-Num: ${r.int(1, 3)}\n\n${JSON.stringify(ev)}`;
};

const snsNeg = (r: Rng85): string => {
  const c = co(r);
  const msg = { notificationType: 'Delivery', mail: { timestamp: date(1711929600 + r.int(0, 5e6)), source: `noreply@${c.domain}`, sourceArn: `arn:aws:ses:eu-west-1:${r.num(12)}:identity/${c.domain}`, messageId: `${r.hex(16)}-${r.uuid()}-000000`, destination: ['success@simulator.amazonses.com'] }, delivery: { processingTimeMillis: r.int(200, 3000), recipients: ['success@simulator.amazonses.com'], smtpResponse: '250 2.6.0 Message received', reportingMTA: `a${r.int(1, 99)}-${r.int(1, 99)}.smtp-out.eu-west-1.amazonses.com` } };
  return JSON.stringify({ Type: 'Notification', MessageId: r.uuid(), TopicArn: `arn:aws:sns:eu-west-1:${r.num(12)}:ses-delivery`, Message: JSON.stringify(msg), Timestamp: date(1711929600 + r.int(0, 5e6)), SignatureVersion: '1', Signature: r.b64(172), SigningCertURL: `https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-${r.hex(32)}.pem`, UnsubscribeURL: `https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:${r.num(12)}:ses-delivery:${r.uuid()}` }, null, r.pick([0, 2]));
};

/** A card-shaped number that fails Luhn is still a look-alike; order and invoice numbers of 16 digits. */
const orderIds = (r: Rng85): string => {
  const bad = (): string => {
    const b = r.num(15);
    return b + ((luhnDigit(b) + r.int(1, 9)) % 10);
  };
  return [`ticket_id,conversation_id,order_number,invoice,created_at,csat,first_reply_min`, ...Array.from({ length: r.int(4, 8) }, () => `${r.int(10000, 999999)},${r.int(1e11, 9e11)},ORD-${r.digits(4)}-${r.digits(6)},${bad()},${date(1711929600 + r.int(0, 5e6))},${r.int(1, 5)},${r.int(1, 600)}`)].join('\n');
};

export const NEG_IDS: readonly NegSource85[] = [
  { name: 'neg-headers', formats: [headers] },
  { name: 'neg-tracking', formats: [tracking] },
  { name: 'neg-signature', formats: [signature] },
  { name: 'neg-twilio', formats: [twilioStatus] },
  { name: 'neg-slack', formats: [slackNeg] },
  { name: 'neg-sns', formats: [snsNeg] },
  { name: 'neg-ids', formats: [orderIds] },
];
