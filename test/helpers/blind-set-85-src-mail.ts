import { agentReply, customerText, date, forwarded, rfc2822 } from './blind-set-85-compose';
import { b64, formBody, html, pyDict } from './blind-set-85-enc';
import { envLine, kit, stack } from './blind-set-85-kit';
import { mimeMessage, msgId } from './blind-set-85-mime';
import { publicIp } from './blind-set-85-people';
import { password, T } from './blind-set-85-tokens';
import type { Case85, Source85 } from './blind-set-85-types';

/** Blind set 85: inbound email: SendGrid Inbound Parse, Mailgun routes, Postmark, SES via SNS, raw MIME, SMTP/IMAP. */

const sendgrid = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const text = customerText(c, p, t);
  const b = `xYzZY${r.hex(8)}`;
  const from = `${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>`;
  const field = (n: string, v: string): string => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`;
  const headers = `Received: by mx0047p1mdw1.sendgrid.net with SMTP id ${r.alnum(10)}\nFrom: ${from}\nTo: support@parse.${co.domain}\nSubject: Help\nMessage-ID: ${msgId(r, p.email.split('@')[1]!)}`;
  const body = [field('headers', headers), field('dkim', `{@${p.email.split('@')[1]} : pass}`), field('to', `support@parse.${co.domain}`), field('from', from), field('text', text), field('html', `<div>${html(text).replace(/\n/g, '<br>')}</div>`), field('sender_ip', c.pii(publicIp(r), 'ip')), field('envelope', JSON.stringify({ to: [`support@parse.${co.domain}`], from: p.email })), field('subject', 'Help'), field('charsets', '{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}'), field('SPF', 'pass'), `--${b}--\r\n`].join('');
  const key = c.cred(T.sendgrid(r), 'sendgrid-key');
  return `inbound-parse: failed to create ticket, dumping request\nContent-Type: multipart/form-data; boundary=${b}\n\n${body}\nauto-reply via SendGrid failed: 401 (key ${key})`;
};

const mailgun = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const full = customerText(c, p, t);
  const stripped = full.split('\n\n').slice(1, -1).join('\n\n');
  const key = c.cred(T.mailgun(r), 'mailgun-key');
  const fields: [string, string][] = [['Content-Type', `multipart/alternative; boundary="${r.hex(28)}"`], ['Date', rfc2822(t)], ['From', `${p.full} <${p.email}>`], ['Message-Id', msgId(r, p.email.split('@')[1]!)], ['Subject', 'Re: your order'], ['body-plain', full], ['from', `${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>`], ['recipient', `support@mg.${co.domain}`], ['sender', p.email], ['signature', r.hex(64)], ['stripped-signature', ''], ['stripped-text', stripped], ['timestamp', String(t)], ['token', r.hex(50)]];
  if (r.chance(0.5)) return `[mailgun-route] ${date(t)} POST /inbound/mailgun 500\nbody: ${formBody(fields)}\nMAILGUN_API_KEY=${key}`;
  return `ERROR:mail.inbound:could not thread message: KeyError('In-Reply-To')\nrequest.form=${pyDict(Object.fromEntries(fields))}\nmailgun client: requests.post('https://api.mailgun.net/v3/mg.${co.domain}/messages', auth=('api', '${key}'))`;
};

const postmark = (c: Case85): string => {
  const { r, p, t } = kit(c);
  const text = customerText(c, p, t);
  const hash = r.hex(8);
  const doc = { FromName: c.pii(p.full, 'person-name'), MessageStream: 'inbound', From: c.pii(p.email, 'email'), FromFull: { Email: p.email, Name: p.full, MailboxHash: '' }, To: `${hash}@inbound.postmarkapp.com`, ToFull: [{ Email: `${hash}@inbound.postmarkapp.com`, Name: '', MailboxHash: '' }], Cc: '', OriginalRecipient: `${hash}@inbound.postmarkapp.com`, Subject: 'Question', MessageID: r.uuid(), ReplyTo: '', MailboxHash: '', Date: rfc2822(t), TextBody: text, HtmlBody: `<html><body><p>${html(text, true).replace(/\n/g, '<br/>')}</p></body></html>`, StrippedTextReply: text.split('\n\n')[1] ?? '', Tag: '', Headers: [{ Name: 'X-Spam-Status', Value: 'No' }, { Name: 'X-Spam-Score', Value: '-0.1' }, { Name: 'Received-SPF', Value: `pass (${p.email.split('@')[1]}) client-ip=${c.pii(publicIp(r), 'ip')}` }], Attachments: [] };
  const tok = c.cred(T.postmark(r), 'postmark-token');
  if (r.chance(0.5)) return `${date(t)} error postmark-inbound: reply send failed 401 {"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers."}\n  X-Postmark-Server-Token: ${tok}\n  inbound=${JSON.stringify(doc)}`;
  return `Postmark::InvalidApiKeyError (The Server Token you provided in the X-Postmark-Server-Token header was invalid.)\n  postmark_api_token: "${tok}"\n  payload: ${JSON.stringify(doc, null, 2)}\n${stack(r, 'rb', 'postmark_inbound')}`;
};

const ses = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const text = customerText(c, p, t);
  const raw = mimeMessage(r, p, co, 'Help with my account', text, t, { plainEnc: '8bit', htmlEnc: 'base64', named: false }).replace(/\n/g, '\r\n');
  const note = { notificationType: 'Received', mail: { timestamp: date(t), source: c.pii(p.email, 'email'), messageId: r.lowerAlnum(40), destination: [`support@${co.domain}`], headersTruncated: false, headers: [{ name: 'From', value: `${c.pii(p.full, 'person-name')} <${p.email}>` }, { name: 'To', value: `support@${co.domain}` }, { name: 'Subject', value: 'Help with my account' }], commonHeaders: { from: [`${p.full} <${p.email}>`], to: [`support@${co.domain}`], subject: 'Help with my account' } }, receipt: { spamVerdict: { status: 'PASS' }, virusVerdict: { status: 'PASS' }, action: { type: 'SNS', topicArn: `arn:aws:sns:eu-west-1:${r.num(12)}:ses-inbound` } }, content: raw };
  const sns = { Type: 'Notification', MessageId: r.uuid(), TopicArn: `arn:aws:sns:eu-west-1:${r.num(12)}:ses-inbound`, Subject: 'Amazon SES Email Receipt Notification', Message: JSON.stringify(note), Timestamp: date(t), SignatureVersion: '1', Signature: r.b64(172), SigningCertURL: `https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-${r.hex(32)}.pem`, UnsubscribeURL: `https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:${r.num(12)}:ses-inbound:${r.uuid()}` };
  const ak = c.cred(T.awsKey(r), 'aws-access-key');
  const sk = c.cred(T.awsSecret(r), 'aws-secret-key');
  if (r.chance(0.5)) return `${JSON.stringify(sns)}\nbotocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the SendEmail operation\naws_access_key_id=${ak} aws_secret_access_key=${sk}`;
  return `{"level":"error","msg":"ses inbound handler failed","err":"AccessDenied","credentials":{"accessKeyId":"${ak}","secretAccessKey":"${sk}"},"sns":${JSON.stringify(JSON.stringify(sns))}}`;
};

const rawMime = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const cust = customerText(c, p, t);
  const v = r.int(0, 2);
  const plain = v === 0 ? cust : v === 1 ? agentReply(c, p, co, cust, t) : forwarded(c, p, co, cust, t, 'Payment');
  c.pii(p.email, 'email');
  const htmlEnc = r.pick(['base64', 'quoted-printable'] as const);
  const plainEnc = htmlEnc === 'base64' ? r.pick(['quoted-printable', '8bit'] as const) : r.pick(['quoted-printable', 'base64'] as const);
  const msg = mimeMessage(r, p, co, r.pick(['Rückerstattung', 'Payment', 'Problème de connexion', 'Zwrot']), plain, t, { plainEnc, htmlEnc, named: r.chance(0.5) });
  const imap = `imaps://${encodeURIComponent(`support@${co.domain}`)}:${c.cred(password(r), 'password')}@imap.${co.domain}:993/INBOX`;
  return `mail-poller: failed to parse message UID ${r.int(1000, 99999)} from ${imap}\n${msg}`;
};

const smtp = (c: Case85): string => {
  const { r, p, co, t } = kit(c);
  const mine = r.chance(0.5);
  const user = mine ? p.email : `notifications@${co.domain}`;
  const shown = (): string => (mine ? c.pii(user, 'email') : user);
  const pw = password(r);
  const v = r.int(0, 2);
  if (v === 0) return [`S: 220 smtp.${co.domain} ESMTP ready`, `C: EHLO worker-${r.lowerAlnum(5)}`, 'S: 250-AUTH PLAIN LOGIN', 'S: 250 SMTPUTF8', `C: AUTH PLAIN ${c.cred(b64(`\0${user}\0${pw}`), 'auth-plain')}`, 'S: 535 5.7.8 Username and Password not accepted', `[nodemailer] ${date(t)} ERROR Invalid login: 535-5.7.8 for ${shown()}`, envLine(c, t)].join('\n');
  if (v === 1) return [`[${date(t)}] [smtp] C: AUTH LOGIN`, '[smtp] S: 334 VXNlcm5hbWU6', `[smtp] C: ${b64(user)}`, '[smtp] S: 334 UGFzc3dvcmQ6', `[smtp] C: ${c.cred(b64(pw), 'auth-login-password')}`, '[smtp] S: 535 Authentication failed', `transport config: { host: 'smtp.${co.domain}', port: 587, secure: false, auth: { user: '${shown()}', pass: '${c.cred(pw, 'password')}' } }`].join('\n');
  c.cred(pw, 'password');
  return [`imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'`, `  mailbox.login(${JSON.stringify(shown()).replace(/"/g, "'")}, ${JSON.stringify(pw).replace(/"/g, "'")})`, `IMAP_URL=imaps://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@imap.${co.domain}:993`, stack(r, 'py', 'imap_poller'), envLine(c, t)].join('\n');
};

export const MAIL_SOURCES: readonly Source85[] = [
  { name: 'sendgrid-inbound', formats: [sendgrid] },
  { name: 'mailgun-route', formats: [mailgun] },
  { name: 'postmark-inbound', formats: [postmark] },
  { name: 'ses-sns', formats: [ses] },
  { name: 'mime-raw', formats: [rawMime] },
  { name: 'smtp-imap', formats: [smtp] },
];

