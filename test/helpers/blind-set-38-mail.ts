import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'mail';

const sesSmtp = (d: Parameters<Tpl38['make']>[0]) => Buffer.concat([Buffer.from([4]), d.r.bytes(32)]).toString('base64');

/** Postfix, Exim, Dovecot; SMTP relays (SendGrid, Mailgun, Postmark, SES) and their credentials. */
export const MAIL38: Tpl38[] = [
  {
    area: A,
    name: 'postfix-sasl-passwd',
    make: (d) => {
      const sg = d.c('sendgrid-api-key', `SG.${d.r.b64url(16).slice(0, 22)}.${d.r.b64url(32).slice(0, 43)}`);
      const mg = d.pw('smtp-password');
      return `postmap: warning: /etc/postfix/sasl_passwd.db is older than source file /etc/postfix/sasl_passwd\n# ansible diff (mail-relay-01):\n-[smtp.sendgrid.net]:587 apikey:SG.REDACTED\n+[smtp.sendgrid.net]:587 apikey:${sg}\n+[smtp.eu.mailgun.org]:587 postmaster@mg.${d.client()}:${mg}\npostfix/smtp[${d.int(1000, 30000)}]: SASL authentication failed; server smtp.sendgrid.net said: 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked`;
    },
  },
  {
    area: A,
    name: 'dovecot-auth-verbose',
    make: (d) => {
      const u = { email: d.email(d.client()) };
      const ip = d.ip();
      const pw = d.pw('mailbox-password');
      return `${d.ts()} mail-02 dovecot: auth: passwd-file(${u.email},${ip},<${d.r.b64(12)}>): Password mismatch (given password: ${pw})\n${d.ts()} mail-02 dovecot: imap-login: Disconnected (auth failed, 3 attempts in 14 secs): user=<${u.email}>, method=PLAIN, rip=${ip}, lip=10.0.0.25, TLS`;
    },
  },
  {
    area: A,
    name: 'exim-mainlog',
    make: (d) => {
      const u = { email: d.email() };
      const ip = d.ip();
      const rcpt = { email: d.email() };
      return `${d.ts().replace('T', ' ').replace('Z', '')} H=(${d.pick(['localhost', 'DESKTOP-8KQ2', 'mail.example'])}) [${ip}]:${d.int(40000, 65000)} F=<${u.email}> rejected RCPT <${rcpt.email}>: Sender verify failed\n2026-11-14 02:11:09 dovecot_login authenticator failed for (User) [${ip}]: 535 Incorrect authentication data (set_id=${u.email})`;
    },
  },
  {
    area: A,
    name: 'ses-smtp-credentials',
    make: (d) => {
      const id = d.c('aws-access-key-id', g.awsKeyId(d.r));
      const pw = d.c('ses-smtp-password', sesSmtp(d));
      return `[wp-ses-fallback] PHPMailer SMTP ERROR: Password command failed: 535 Authentication Credentials Invalid\nSMTP -> host=email-smtp.eu-west-1.amazonaws.com port=587 user=${id}\nSMTP -> FROM SERVER: 535 Authentication Credentials Invalid\nconfig: {"smtp_user":"${id}","smtp_pass":"${pw}","smtp_secure":"tls"}`;
    },
  },
  {
    area: A,
    name: 'postmark-bounce-webhook',
    make: (d) => {
      const tok = d.c('postmark-server-token', d.uuid());
      const u = { email: d.email() };
      return `postmark-client Error 10: The Server Token you provided in the X-Postmark-Server-Token request header was invalid.\n  headers: { 'X-Postmark-Server-Token': '${tok}', Accept: 'application/json' }\n  last bounce webhook body: {"RecordType":"Bounce","Type":"HardBounce","Email":"${u.email}","From":"hello@${d.client()}","Description":"The server was unable to deliver your message","Details":"smtp;550 5.1.1 <${u.email}>: Recipient address rejected"}`;
    },
  },
  {
    area: A,
    name: 'mailgun-api-curl',
    make: (d) => {
      const key = d.c('mailgun-api-key', d.pick([`key-${d.hex(32)}`, `${d.hex(32)}-${d.hex(8)}-${d.hex(8)}`]));
      const u = { email: d.email() };
      return `newsletter-worker: Mailgun 401 Forbidden\n  curl -s --user 'api:${key}' https://api.eu.mailgun.net/v3/mg.${d.client()}/messages -F from='Studio <news@${d.client()}>' -F to='${u.email}' -F subject='Your invoice'\n  response: Forbidden`;
    },
  },
  {
    area: A,
    name: 'roundcube-errors',
    make: (d) => {
      const u = { email: d.email(d.client()) };
      const ip = d.ip();
      const pw = d.pw('mailbox-password');
      return `[${d.int(10, 28)}-Nov-2026 07:${d.int(10, 59)}:02 +0000]: <${d.hex(8)}> IMAP Error: Login failed for ${u.email} against localhost from ${ip}(X-Real-IP: ${ip}). AUTHENTICATE PLAIN: Authentication failed. in /usr/share/roundcube/program/lib/Roundcube/rcube_imap.php on line 211 (POST /?_task=login&_action=login)\n  debug: _user=${encodeURIComponent(u.email)}&_pass=${pw}&_timezone=Europe%2FLondon`;
    },
  },
  {
    area: A,
    name: 'smtp-relay-yaml',
    make: (d) => {
      const sg = d.c('sendgrid-api-key', `SG.${d.r.b64url(16).slice(0, 22)}.${d.r.b64url(32).slice(0, 43)}`);
      const brevo = d.c('brevo-smtp-key', `xsmtpsib-${d.hex(64)}-${d.b62(16)}`);
      return `helm upgrade mailer ./charts/mailer failed: values.yaml rendered:\nsmtp:\n  primary:\n    host: smtp.sendgrid.net\n    username: apikey\n    password: "${sg}"\n  fallback:\n    host: smtp-relay.brevo.com\n    username: ops@${d.client()}\n    password: ${brevo}\nError: UPGRADE FAILED: secret "mailer-smtp" exists and cannot be imported`;
    },
  },
  {
    area: A,
    name: 'swaks-auth-transcript',
    make: (d) => {
      const who = g.person(d.r);
      const user = g.email(d.r, who.first, who.last, d.client());
      const pw = d.r.urlPassword(d.int(14, 20));
      const plain = d.c('smtp-auth-plain-b64', Buffer.from(`\0${user}\0${pw}`).toString('base64'));
      const login = d.c('smtp-auth-login-b64', Buffer.from(pw).toString('base64'));
      return `relay-check FAILED for ${d.client()} (swaks --auth PLAIN then LOGIN):\n -> EHLO monitor.agency.example\n<-  250-AUTH PLAIN LOGIN\n -> AUTH PLAIN ${plain}\n<** 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\n -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> ${d.p('email-b64', Buffer.from(user).toString('base64'))}\n<-  334 UGFzc3dvcmQ6\n -> ${login}\n<** 535 5.7.8 Error: authentication failed`;
    },
  },
];
