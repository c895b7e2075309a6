import { logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { person30, type Country30 } from './blind-set-30-people';
import { basic30, mailchimpKey, mailgunKey, mandrillKey, sendgridKey, sesSmtpPassword } from './blind-set-30-tokens';
import { awsKeyId } from './blind-set-30-keys';

const LIST = (r: { hex: (n: number) => string }) => r.hex(10);

/** Mailchimp, Mandrill, SendGrid, Postmark, Mailgun and SES: API errors, SDK dumps, SMTP transcripts, bounces. */
export const EMAIL30: Template30[] = [
  {
    id: 'email/mailchimp-member-exists',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'AU', 'CA'] as Country30[]));
      const key = mailchimpKey(r);
      const dc = key.split('-')[1];
      const body = { email_address: k.p('email', u.email), status: 'subscribed', merge_fields: { FNAME: u.first, LNAME: u.last, PHONE: k.p('phone', u.phoneNat) } };
      return k.done(`${logPrefix30(r)} mailchimp POST https://${dc}.api.mailchimp.com/3.0/lists/${LIST(r)}/members -> 400
request headers: Authorization: ${r.chance(0.5) ? `apikey ${k.c('mailchimp-api-key', key)}` : `Basic ${k.c('basic-auth', basic30('anystring', key))}`}
request: ${JSON.stringify(body)}
response: {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Member Exists","status":400,"detail":"${u.email} is already a list member. Use PUT to insert or update list members.","instance":"${r.uuid()}"}`);
    },
  },
  {
    id: 'email/mailchimp-python-client',
    make: (r) => {
      const k = new Plant30();
      const key = k.c('mailchimp-api-key', mailchimpKey(r));
      return k.done(`Traceback (most recent call last):
  File "/opt/airflow/dags/mailchimp_audience_sync.py", line ${r.int(20, 80)}, in sync_audience
    client.set_config({"api_key": "${key}", "server": "${key.split('-')[1]}"})
    response = client.lists.batch_list_members("${LIST(r)}", {"members": batch, "update_existing": True})
  File "/home/airflow/.local/lib/python3.10/site-packages/mailchimp_marketing/api/lists_api.py", line 1210, in batch_list_members
    (data) = self.batch_list_members_with_http_info(list_id, body, **kwargs)
mailchimp_marketing.api_client.ApiClientError: Status: 401, Reason: Unauthorized, Body: {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the wrong datacenter."}`);
    },
  },
  {
    id: 'email/mandrill-send',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const msg = { key: k.c('mandrill-api-key', mandrillKey(r)), message: { subject: 'Your order has shipped', from_email: 'orders@brightpath.io', to: [{ email: k.p('email', u.email), name: u.first, type: 'to' }], tags: ['transactional', 'shipping'], metadata: { order_id: `BP-${r.num(7)}` } } };
      return k.done(`${logPrefix30(r)} mandrill messages/send failed
POST https://mandrillapp.com/api/1.0/messages/send ${JSON.stringify(msg)}
=> 500 {"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"}`);
    },
  },
  {
    id: 'email/sendgrid-response-error',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      return k.done(`ResponseError: Forbidden
    at node_modules/@sendgrid/client/src/classes/client.js:167:29
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {
  code: 403,
  response: {
    headers: { server: 'nginx', 'content-type': 'application/json', 'x-message-id': '${r.b64url(16)}' },
    body: { errors: [ { message: 'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.', field: 'from', help: 'https://sendgrid.com/docs/for-developers/sending-email/sender-identity/' } ] }
  },
  request: { method: 'POST', url: '/v3/mail/send', headers: { Authorization: 'Bearer ${k.c('sendgrid-api-key', sendgridKey(r))}' },
    body: { personalizations: [ { to: [ { email: '${k.p('email', u.email)}', name: ${u.full.includes("'") ? `"${k.p('person-name', u.full)}"` : `'${k.p('person-name', u.full)}'`} } ], dynamic_template_data: { first_name: '${u.first}', plan: '${r.pick(['pro', 'team', 'starter'])}' } } ], template_id: 'd-${r.hex(32)}' } }
}`);
    },
  },
  {
    id: 'email/sendgrid-smtp-url',
    make: (r) => {
      const k = new Plant30();
      return k.done(`${logPrefix30(r)} mailer: transport verify failed
fallback: {"transport":"smtp://${r.pick(['Brightpath', 'Northwind'])}:${k.c('mandrill-api-key', 'md-' + r.b62(22))}@smtp.mandrillapp.com:587"}
config: {"transport":"smtps://apikey:${k.c('sendgrid-api-key', sendgridKey(r))}@smtp.sendgrid.net:465","from":"\\"Brightpath\\" <news@brightpath.io>","pool":true,"maxConnections":${r.int(2, 10)}}
Error: Invalid login: 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked
    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) { code: 'EAUTH', response: '535 Authentication failed', command: 'AUTH PLAIN' }`);
    },
  },
  {
    id: 'email/smtp-auth-login-transcript',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const prov = r.pick([['smtp.sendgrid.net', 'apikey', sendgridKey(r)], ['smtp.mailgun.org', 'postmaster@mg.brightpath.io', r.password(20, '_-.')], ['smtp.office365.com', 'campaigns@northwind-logistics.com', r.passphrase()]] as const);
      return k.done(`S: 220 ${prov[0]} ESMTP service ready
C: EHLO mkt-relay-02.internal
S: 250-${prov[0]}
S: 250-8BITMIME
S: 250-STARTTLS
S: 250 AUTH PLAIN LOGIN
C: AUTH LOGIN
S: 334 VXNlcm5hbWU6
C: ${Buffer.from(prov[1]).toString('base64')}
S: 334 UGFzc3dvcmQ6
C: ${k.c('smtp-password-b64', Buffer.from(prov[2]).toString('base64'))}
S: 235 Authentication successful
C: MAIL FROM:<bounces@${r.pick(['em1234.brightpath.io', 'mg.northwind-logistics.com'])}>
C: RCPT TO:<${k.p('email', u.email)}>
S: 550 5.1.1 The email account that you tried to reach does not exist.`);
    },
  },
  {
    id: 'email/smtplib-auth-plain',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const user = r.pick(['noreply@brightpath.io', 'marketing@kestrel-foods.co.uk', awsKeyId(r)]);
      const pass = user.startsWith('AKIA') ? sesSmtpPassword(r) : r.password(15, '!#%*_.~$');
      const b = Buffer.from(`\0${user}\0${pass}`).toString('base64');
      return k.done(`send: 'ehlo worker-${r.int(1, 9)}.campaigns.internal\\r\\n'
reply: b'250-email-smtp.eu-west-1.amazonaws.com\\r\\n'
reply: b'250 AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH PLAIN ${k.c('smtp-auth-plain', b)}\\r\\n'
reply: b'235 Authentication successful.\\r\\n'
send: 'mail FROM:<${user.includes('@') ? user : 'news@brightpath.io'}> size=${r.int(4000, 90000)}\\r\\n'
send: 'rcpt TO:<${k.p('email', u.email)}>\\r\\n'
reply: b'554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: ${u.email}\\r\\n'
reply: b'221 Bye\\r\\n'`);
    },
  },
  {
    id: 'email/postmark-inactive-recipient',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      return k.done(`${logPrefix30(r)} postmark send failed ErrorCode=406
POST https://api.postmarkapp.com/email/withTemplate
Accept: application/json
X-Postmark-Server-Token: ${k.c('postmark-server-token', r.uuid())}
{"TemplateAlias":"receipt","To":"${k.p('email', u.email)}","From":"billing@brightpath.io","MessageStream":"outbound","TemplateModel":{"name":"${u.first}"}}
{"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${u.email}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}`);
    },
  },
  {
    id: 'email/postmark-bounce-webhook',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const hook = { RecordType: 'Bounce', ID: Number(r.num(10)), Type: 'HardBounce', TypeCode: 1, Name: 'Hard bounce', Tag: 'nurture-3', MessageID: r.uuid(), ServerID: Number(r.num(6)), MessageStream: 'broadcast', Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).', Details: `smtp;550 5.1.1 <${k.p('email', u.email)}>: Recipient address rejected: User unknown`, Email: u.email, From: 'news@brightpath.io', BouncedAt: r.iso(), DumpAvailable: true, Inactive: true, CanActivate: true, Subject: `${u.first}, your spring offer is waiting`, Content: `To: "${k.p('person-name', u.full)}" <${u.email}>\r\nSubject: ...` };
      return k.done(`bounce handler https://postmark:${k.c('password', r.password(18, '_.~'))}@hooks.brightpath.io/postmark/bounce: contact update failed (crm 503), raw webhook:\n${JSON.stringify(hook, null, 2)}`);
    },
  },
  {
    id: 'email/dsn-bounce',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['DE', 'FR', 'GB', 'NL', 'SE', 'IT'] as Country30[]));
      const dom = u.email.split('@')[1];
      return k.done(`Reporting-MTA: dns; mta-${r.int(1, 40)}.mailer.brightpath.io
Arrival-Date: ${r.iso()}

Final-Recipient: rfc822; ${k.p('email', u.email)}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <${u.email}>: mailbox full (quota exceeded)
Remote-MTA: dns; mx00.${dom}

--- original message headers ---
From: "Brightpath Events" <events@brightpath.io>
To: "${k.p('person-name', u.full)}" <${u.email}>
Subject: Reminder: your seat at Brightpath Summit
In-Reply-To: <${r.hex(16)}@brightpath.io>
> ${u.first}, reply STOP to opt out. Doors open at 8:30.`);
    },
  },
  {
    id: 'email/mailer-env',
    make: (r) => {
      const k = new Plant30();
      return k.done(`# /etc/mkt-mailer/env  (dumped by entrypoint.sh --debug)
MAILGUN_DOMAIN=mg.brightpath.io
MAILGUN_API_KEY=${k.c('mailgun-api-key', mailgunKey(r))}
MAILGUN_WEBHOOK_SIGNING_KEY=${k.c('mailgun-signing-key', r.hex(32))}
SES_SMTP_USER=${awsKeyId(r)}
SES_SMTP_PASSWORD=${k.c('ses-smtp-password', sesSmtpPassword(r))}
POSTMARK_SERVER_TOKEN=${k.c('postmark-server-token', r.uuid())}
SENDGRID_API_KEY=${k.c('sendgrid-api-key', sendgridKey(r))}
BOUNCE_QUEUE_URL=https://sqs.eu-west-1.amazonaws.com/${r.num(12)}/mkt-bounces
LOG_LEVEL=debug`);
    },
  },
];
