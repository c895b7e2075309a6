import { tok } from './blind-set-17-tokens';
import { b64, cred, pos, qp, type PosCase17 } from './blind-set-17-types';

const host = (r: Parameters<PosCase17>[0]): string => r.pick(['mx-out-2.brightlane-logistics.com', 'smtp-relay-1.northfieldclinic.org', 'mailer-7f9c.kestrel-analytics.io']);

/** E-mail plumbing: SMTP transcripts, relay URLs, provider headers, mail-merge payloads and bounces. */
export const posMail: PosCase17[] = [
  (r) => {
    const user = b64(`alerts@${r.pick(['brightlane-logistics.com', 'northfieldclinic.org'])}`);
    const pw = b64(r.password(16));
    return pos('mail/smtp-auth-login', `postfix/smtp[${r.int(1000, 40000)}]: debug transcript for ${host(r)}:\n< 250-AUTH LOGIN PLAIN XOAUTH2\n> AUTH LOGIN\n< 334 VXNlcm5hbWU6\n> ${user}\n< 334 UGFzc3dvcmQ6\n> ${pw}\n< 535 5.7.3 Authentication unsuccessful`, cred('smtp-auth-b64', pw));
  },
  (r) => {
    const plain = b64(`\u0000${r.pick(['noreply', 'billing', 'support'])}@kestrel-analytics.io\u0000${r.password(18)}`);
    return pos('mail/smtplib-debug', `send: 'ehlo worker-${r.hex(6)}\\r\\n'\nreply: b'250-smtp.office365.com Hello\\r\\n'\nsend: 'AUTH PLAIN ${plain}\\r\\n'\nreply: b'535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\\r\\n'\nsmtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful')`, cred('smtp-auth-b64', plain));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('mail/smtp-url', `Error: Mail transport failed: connect ETIMEDOUT 3.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:465\n    transport: smtps://postmaster%40mg.brightlane-logistics.com:${pw}@smtp.eu.mailgun.org:465/?pool=true`, cred('password', pw));
  },
  (r) => {
    const k = `md-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_', 22)}`;
    return pos('mail/mandrill-merge', `mail-merge batch ${r.num(6)} rejected: POST https://mandrillapp.com/api/1.0/messages/send-template.json body={"key":"${k}","template_name":"invoice-reminder","template_content":[],"message":{"merge_language":"handlebars","global_merge_vars":[{"name":"COMPANY","content":"Northwind"}]}} -> {"status":"error","name":"Invalid_Key"}`, cred('mandrill-key', k));
  },
  (r) => {
    const pw = r.password(12).replace(/[=]/g, 'x');
    const body = `Hi ${r.pick(['Hannah', 'Rafael', 'Aisha'])},\n\nYour account on the clinic portal has been created.\nUsername: ${r.pick(['hwhitfield', 'rduarte', 'aokafor'])}\nTemporary password: ${pw}\n\nPlease change it after your first login.`;
    return pos('mail/bounce-dsn-qp', `Reporting-MTA: dns; ${host(r)}\nFinal-Recipient: rfc822; ${r.pick(['h.whitfield', 'r.duarte'])}@northfieldclinic.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--${r.hex(16)}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(body)}`, cred('password', pw));
  },
  (r) => {
    const k = tok['brevo-key'](r);
    return pos('mail/brevo-header', `[mailer] POST https://api.brevo.com/v3/smtp/email -> 401 {"code":"unauthorized","message":"Key not found"}\n  > accept: application/json\n  > api-key: ${k}\n  > content-type: application/json`, cred('brevo-key', k));
  },
  (r) => {
    const k = tok['mailgun-key'](r);
    return pos('mail/mailgun-curl', `# reproduce the bounce webhook test\ncurl -s --user 'api:${k}' https://api.mailgun.net/v3/mg.brightlane-logistics.com/events --data-urlencode event=failed`, cred('mailgun-key', k));
  },
  (r) => {
    const pw = r.password(16);
    return pos('mail/javamail-debug', `DEBUG: setDebug: JavaMail version 1.6.2\nDEBUG SMTP: useEhlo true, useAuth true\nDEBUG SMTP: trying to connect to host "smtp.gmail.com", port 587, isSSL false\nDEBUG SMTP: protocolConnect login, host=smtp.gmail.com, user=reports@kestrel-analytics.io, password=${pw}\n535-5.7.8 Username and Password not accepted.`, cred('password', pw));
  },
  (r) => {
    const k = tok['sendgrid-key'](r);
    return pos('mail/sendgrid-merge', `[mail-merge] batch ${r.num(5)} failed: AxiosError: Request failed with status code 401\n  config.url: https://api.sendgrid.com/v3/mail/send\n  config.headers: {"Accept":"application/json","Content-Type":"application/json","Authorization":"Bearer ${k}"}\n  config.data: {"template_id":"d-${r.hex(32)}","personalizations":[{"to":[{"email":"<recipient ${r.int(1, 500)}>"}],"dynamic_template_data":{"first_name":"{{first}}"}}]}`, cred('sendgrid-key', k));
  },
  (r) => {
    const tokn = b64(`user=${r.pick(['ops', 'alerts'])}@northfieldclinic.org\u0001auth=Bearer ya29.${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 150)}\u0001\u0001`);
    return pos('mail/xoauth2', `imaplib debug: 12:0${r.int(0, 9)}.${r.digits(2)} > b'${r.chars('ABCDEFGHIJKLMNOP', 4)}1 AUTHENTICATE XOAUTH2 ${tokn}'\n12:0${r.int(0, 9)}.${r.digits(2)} < b'+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ=='`, cred('xoauth2-b64', tokn));
  },
];
