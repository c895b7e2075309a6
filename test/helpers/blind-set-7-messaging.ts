import { Rng } from './blind-set-7-rng';
import { email, person, usPhone, ukPhone, dePhone, frPhone, esPhone } from './blind-set-7-people';
import * as t from './blind-set-7-tokens';
import { cred, pers, pos, type Blind7Positive } from './blind-set-7-types';

/** E-mail and SMS providers, with their recipients' personal data. */
export function messagingCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`msg/${name}`, text, ...v));

  const sg = t.sendgrid(r);
  const to1 = email(r);
  c('sendgridCurl', `curl --request POST --url https://api.sendgrid.com/v3/mail/send --header 'Authorization: Bearer ${sg}' --data '{"personalizations":[{"to":[{"email":"${to1}"}]}],"from":{"email":"noreply@acme-shop.com"}}'`, cred(sg, 'sendgrid-key'), pers(to1, 'email'));
  const sg2 = t.sendgrid(r);
  c('sendgridPhpConst', `define('SENDGRID_API_KEY', '${sg2}');`, cred(sg2, 'sendgrid-key'));
  const mg = t.mailgun(r);
  const to2 = email(r);
  c('mailgunCurlUser', `curl -s --user 'api:${mg}' https://api.eu.mailgun.net/v3/mg.acme.io/messages -F from='Acme <support@mg.acme.io>' -F to=${to2} -F subject='Your order'`, cred(mg, 'mailgun-key'), pers(to2, 'email'));
  const mgKey = `key-${r.hex(32)}`;
  c('mailgunLegacyRuby', `Mailgun.configure do |config|\n  config.api_key = '${mgKey}'\nend`, cred(mgKey, 'mailgun-key'));
  const pm = r.uuid();
  const to3 = email(r);
  c('postmarkServerToken', `> X-Postmark-Server-Token: ${pm}\n> {"From":"billing@acme.io","To":"${to3}","TemplateAlias":"receipt"}`, cred(pm, 'postmark-token'), pers(to3, 'email'));
  const pmAcct = r.uuid();
  c('postmarkAccountEnvCamel', `postmarkAccountToken => '${pmAcct}',`, cred(pmAcct, 'postmark-token'));
  const sesUser = t.awsKeyId(r);
  const sesPw = t.sesSmtp(r);
  c('sesSmtpSpringProps', `spring.mail.host=email-smtp.eu-central-1.amazonaws.com\nspring.mail.username=${sesUser}\nspring.mail.password=${sesPw}\nspring.mail.port=587`, cred(sesPw, 'ses-smtp-password'));
  const sesPw2 = t.sesSmtp(r);
  c('sesSmtpUrl', `EMAIL_URL=smtp://${t.awsKeyId(r)}:${encodeURIComponent(sesPw2)}@email-smtp.us-east-1.amazonaws.com:587`, cred(encodeURIComponent(sesPw2), 'url-password'));
  const sid = `AC${r.hex(32)}`;
  const tw = r.hex(32);
  const ph1 = usPhone(r);
  c('twilioCurl', `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json --data-urlencode "To=${ph1}" --data-urlencode "Body=Your code is 481516" -u ${sid}:${tw}`, cred(tw, 'twilio-token'), pers(ph1, 'phone'));
  const tw2 = r.hex(32);
  c('twilioNodeEnvCamel', `const client = twilio(process.env.TWILIO_ACCOUNT_SID, "${tw2}"); // authToken`, cred(tw2, 'twilio-token'));
  const skSecret = r.an(32);
  const ph2 = ukPhone(r);
  c('twilioApiKeyWebhookLog', `twilio.rest: api_key=SK${r.hex(32)} api_secret=${skSecret} to=${ph2} status=queued`, cred(skSecret, 'twilio-secret'), pers(ph2, 'phone'));
  const vs = r.an(16);
  const ph3 = dePhone(r);
  c('vonageSmsQuery', `GET https://rest.nexmo.com/sms/json?api_key=${r.hex(8)}&api_secret=${vs}&to=${encodeURIComponent(ph3)}&from=ACME&text=Ihr+Code+lautet+2207`, cred(vs, 'vonage-secret'), pers(encodeURIComponent(ph3), 'phone'));
  const mb = r.an(25);
  const ph4 = frPhone(r);
  c('messagebirdAccessKey', `Authorization: AccessKey ${mb}\n{"recipients":["${ph4}"],"originator":"Acme","body":"Votre colis arrive demain"}`, cred(mb, 'messagebird-key'), pers(ph4, 'phone'));
  const [f, l] = person(r);
  const to5 = email(r, [f, l]);
  const ph5 = esPhone(r);
  c('bounceWebhookPersonal', `{"event":"bounce","recipient":"${to5}","recipient_name":"${f} ${l}","sms_fallback":"${ph5}","reason":"550 5.1.1 mailbox unavailable"}`, pers(to5, 'email'), pers(ph5, 'phone'));
  const ph6 = `+1${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}${r.int(2, 9)}${r.digits(6)}`;
  const to6 = email(r);
  c('inboundSmsForm', `From=${encodeURIComponent(ph6)}&To=%2B1${r.int(200, 989)}${r.digits(7)}&Body=please+email+me+at+${encodeURIComponent(to6)}&MessageSid=SM${r.hex(32)}`, pers(encodeURIComponent(ph6), 'phone'), pers(encodeURIComponent(to6), 'email'));
  const sg3 = t.sendgrid(r);
  c('sendgridKeyAtLineStart', `${sg3}\n^ this key was in the mailer container env, rotated at 14:02`, cred(sg3, 'sendgrid-key'));
  const sign = r.hex(32);
  const xapp = `xapp-1-A${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}-${r.digits(13)}-${r.hex(64)}`;
  c('slackSigningSecretYaml', `slack:\n  botToken: \${SLACK_BOT_TOKEN}\n  signingSecret: ${sign}\n  appToken: ${xapp}`, cred(sign, 'signing-secret'), cred(xapp, 'slack-token'));
  return out;
}
