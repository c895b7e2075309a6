import * as V from './blind-set-65-values';
import type { Tpl65 } from './blind-set-65-values';

/** Blind set 65: messaging providers (Twilio, SendGrid, Mailgun, Postmark, SES/SNS, Vonage, MessageBird, Klaviyo, FCM, APNs, OneSignal, Pusher, Ably, Mailchimp, Brevo). */

const AC = (r: { hex: (n: number) => string }): string => `AC${r.hex(32)}`;

export const MESSAGING65: Tpl65[] = [
  // ------------------------------------------------------------ Twilio
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ac = AC(r);
      const tok = x.c('twilio_auth_token', V.twilioAuthToken(r));
      return `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${x.p('phone', p.e164)} is not a valid phone number.
  POST https://api.twilio.com/2010-04-01/Accounts/${ac}/Messages.json
  auth=('${ac}', '${tok}')
  data={'To': '${p.e164}', 'From': '+1${r.int(201, 989)}${r.digits(7)}', 'Body': 'Hi ${p.first}, your order #${V.orderNo(r)} has shipped!'}
  More info: https://www.twilio.com/docs/errors/21211`;
    },
  },
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ac = AC(r);
      const body = new URLSearchParams({ SmsSid: `SM${r.hex(32)}`, SmsStatus: 'undelivered', MessageStatus: 'undelivered', To: p.e164, MessagingServiceSid: `MG${r.hex(32)}`, MessageSid: `SM${r.hex(32)}`, AccountSid: ac, From: `+1${r.int(201, 989)}${r.digits(7)}`, ApiVersion: '2010-04-01', ErrorCode: '30006' }).toString();
      x.p('phone', `%2B${p.e164.slice(1)}`);
      const tok = x.c('twilio_auth_token', V.twilioAuthToken(r));
      return `${V.ts(r)} WARN status-callback signature check failed (X-Twilio-Signature: ${r.b64(20)})
  url=https://notify.example-retail.com/twilio/status validator.validate(url, params, authToken="${tok}") => false
  raw body: ${body}`;
    },
  },
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      const ac = AC(r);
      const sk = `SK${r.hex(32)}`;
      const sec = V.twilioKeySecret(r);
      return `[twilio-node] DEBUG -- REQUEST --
POST https://verify.twilio.com/v2/Services/VA${r.hex(32)}/Verifications
Authorization: Basic ${x.c('basic_auth', Buffer.from(`${sk}:${sec}`).toString('base64'))}
User-Agent: twilio-node/5.10.2 (linux x64) node/v22.11.0
-- RESPONSE -- 401 {"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}
account=${ac} apiKey=${sk}`;
    },
  },
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ac = AC(r);
      const tok = x.c('twilio_auth_token', V.twilioAuthToken(r));
      return `curl 'https://api.twilio.com/2010-04-01/Accounts/${ac}/Calls.json' -X POST \\
--data-urlencode 'To=${x.p('phone', p.e164)}' \\
--data-urlencode 'From=+1${r.int(201, 989)}${r.digits(7)}' \\
--data-urlencode 'Url=https://handler.twilio.com/twiml/EH${r.hex(32)}' \\
-u ${ac}:${tok}
# -> {"code": 21219, "message": "The number ${p.e164} is unverified. Trial accounts may only make calls to verified numbers."}`;
    },
  },
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ac = AC(r);
      const tok = x.c('twilio_auth_token', V.twilioAuthToken(r));
      return `Sending SMS to ${x.p('phone', p.phone)} via https://${ac}:${tok}@api.twilio.com/2010-04-01/Accounts/${ac}/Messages.json failed: socket hang up
    at connResetException (node:internal/errors:720:14)
    at TLSSocket.socketOnEnd (node:_http_client:519:23)`;
    },
  },
  // ------------------------------------------------------------ SendGrid
  {
    src: 'sendgrid',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = x.c('sendgrid_api_key', V.sendgridKey(r));
      return `ResponseError: Forbidden
    at /app/node_modules/@sendgrid/client/src/classes/client.js:167:29
  code: 403,
  response: { headers: { server: 'nginx', 'content-type': 'application/json', 'x-message-id': '${r.b64url(16)}' }, body: { errors: [ { message: 'The from address does not match a verified Sender Identity.', field: 'from', help: null } ] } },
  request: { method: 'POST', url: 'https://api.sendgrid.com/v3/mail/send', headers: { Authorization: 'Bearer ${key}' }, data: { personalizations: [ { to: [ { email: '${x.p('email', p.email)}', name: '${x.p('name', p.name)}' } ], dynamic_template_data: { order: '#${V.orderNo(r)}' } } ] } }`;
    },
  },
  {
    src: 'sendgrid',
    t: (x) => {
      const r = x.r;
      const evs = [0].map(() => {
        const p = V.person(r);
        return { email: x.p('email', p.email), timestamp: r.int(1760000000, 1790000000), 'smtp-id': `<${r.b64url(12)}@geopod-ismtpd-${r.int(1, 40)}>`, event: r.pick(['open', 'click']), ip: V.ip65(x), useragent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', sg_event_id: r.b64url(16), sg_message_id: `${r.b64url(16)}.filterdrecv-${r.int(1, 9)}`, sg_machine_open: false };
      });
      return `sendgrid-events consumer: batch rejected by warehouse (column "ip" type inet), ${evs.length} events
${JSON.stringify(evs)}`;
    },
  },
  {
    src: 'sendgrid',
    t: (x) => {
      const r = x.r;
      const key = x.c('sendgrid_api_key', V.sendgridKey(r));
      return `smtplib.SMTPAuthenticationError: (535, b'Authentication failed: Bad username / password')
  File "/srv/notify/mailer.py", line ${r.int(20, 200)}, in send
    server.login("apikey", "${key}")
EMAIL_URL=smtp+tls://apikey:${key}@smtp.sendgrid.net:587`;
    },
  },
  {
    src: 'sendgrid',
    t: (x) => {
      const r = x.r;
      const key = x.c('sendgrid_api_key', V.sendgridKey(r));
      return `Deploy check failed on ${r.pick(['notify-api', 'mailer', 'campaigns-worker'])}: secret drift
KEY                         CURRENT                                                                  EXPECTED
SENDGRID_API_KEY            ${key}   (unset)
SENDGRID_WEBHOOK_PUBLIC_KEY MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.b64(48).slice(0, 64)}   (same)`;
    },
  },
  // ------------------------------------------------------------ Mailgun
  {
    src: 'mailgun',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = V.mailgunKey(r);
      const basic = x.c('basic_auth', Buffer.from(`api:${key}`).toString('base64'));
      return `[${V.ts(r)}] mailgun.js ERROR 401 Unauthorized: Forbidden
  POST https://api.eu.mailgun.net/v3/mg.${V.fold65(p.last)}-shop.eu/messages
  headers: { Authorization: 'Basic ${basic}' }
  form: { from: 'Shop <orders@mg.example-shop.eu>', to: '${x.p('name', p.name)} <${x.p('email', p.email)}>', subject: 'Your receipt' }`;
    },
  },
  {
    src: 'mailgun',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const skey = x.c('mailgun_signing_key', V.mailgunSigningKey(r));
      const ev = { signature: { token: r.hex(50), timestamp: String(r.int(1760000000, 1790000000)), signature: r.hex(64) }, 'event-data': { event: 'failed', severity: 'permanent', recipient: x.p('email', p.email), 'delivery-status': { code: 550, message: '5.1.1 mailbox unavailable' }, envelope: { transport: 'smtp', targets: p.email.split('@')[1] }, message: { headers: { 'message-id': `${r.hex(20)}@mg.example-shop.eu` } } } };
      return `mailgun webhook rejected (stale timestamp) MAILGUN_WEBHOOK_SIGNING_KEY=${skey}
${JSON.stringify(ev, null, 1)}`;
    },
  },
  {
    src: 'mailgun',
    t: (x) => {
      const r = x.r;
      const pw = x.c('password', V.password(r));
      return `postfix/smtp[${r.int(1000, 40000)}]: ${r.hex(10).toUpperCase()}: SASL authentication failed; server smtp.mailgun.org[${r.int(30, 200)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}] said: 535 Authentication failed
/etc/postfix/sasl_passwd:
[smtp.mailgun.org]:587 postmaster@mg.example-shop.eu:${pw}`;
    },
  },
  // ------------------------------------------------------------ Postmark
  {
    src: 'postmark',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const tok = x.c('postmark_server_token', V.postmarkToken(r));
      return `Postmark::InvalidApiKeyError: The Server Token you provided in the X-Postmark-Server-Token request header was invalid.
  POST https://api.postmarkapp.com/email/withTemplate
  X-Postmark-Server-Token: ${tok}
  {"TemplateAlias":"receipt","To":"${x.p('email', p.email)}","TemplateModel":{"name":"${x.p('name', p.name)}","billing_address":"${x.p('street_address', p.street)}, ${p.city}"}}
  /usr/local/bundle/gems/postmark-1.25.1/lib/postmark/http_client.rb:${r.int(50, 120)}:in 'handle_response'`;
    },
  },
  {
    src: 'postmark',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const bounce = { RecordType: 'Bounce', ID: r.int(1000000000, 9999999999), Type: 'HardBounce', TypeCode: 1, Name: 'Hard bounce', MessageID: r.uuid(), ServerID: r.int(10000, 99999), Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).', Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.', Email: x.p('email', p.email), From: 'orders@example-shop.com', BouncedAt: V.ts(r), Inactive: true, MessageStream: 'outbound' };
      const acct = x.c('postmark_server_token', V.postmarkToken(r));
      return `postmark bounce hook -> suppress_customer() raised KeyError('customer_id'); settings.POSTMARK = {'TOKEN': '${acct}', 'TEST_MODE': False}
${JSON.stringify(bounce, null, 2)}`;
    },
  },
  // ------------------------------------------------------------ Amazon SES / SNS
  {
    src: 'ses',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const msg = { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: x.p('email', p.email), action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }], timestamp: V.ts(r), feedbackId: `${r.hex(16)}-${r.uuid()}-000000`, reportingMTA: 'dns; b224-13.smtp-out.eu-west-1.amazonses.com' }, mail: { timestamp: V.ts(r), source: 'no-reply@example-shop.com', sourceArn: `arn:aws:ses:eu-west-1:${r.digits(12)}:identity/example-shop.com`, messageId: `${r.hex(16)}-${r.uuid()}-000000`, destination: [p.email] } };
      const sns = { Type: 'Notification', MessageId: r.uuid(), TopicArn: `arn:aws:sns:eu-west-1:${r.digits(12)}:ses-bounces`, Message: JSON.stringify(msg), Timestamp: V.ts(r), SignatureVersion: '1', Signature: r.b64(256), SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem' };
      return `SNS handler failed: Lambda timeout after 3.00 seconds\n${JSON.stringify(sns)}`;
    },
  },
  {
    src: 'ses',
    t: (x) => {
      const r = x.r;
      const user = x.c('aws_access_key_id', V.awsKeyId(r));
      const pw = x.c('ses_smtp_password', V.sesSmtpPassword(r));
      return `Net::SMTPAuthenticationError: 535 Authentication Credentials Invalid
config/environments/production.rb:
  config.action_mailer.smtp_settings = {
    address: "email-smtp.eu-west-1.amazonaws.com",
    port: 587,
    user_name: "${user}",
    password: "${pw}",
    authentication: :login,
    enable_starttls_auto: true
  }`;
    },
  },
  {
    src: 'ses',
    t: (x) => {
      const r = x.r;
      const kid = x.c('aws_access_key_id', V.awsKeyId(r, 'ASIA'));
      const sk = x.c('aws_secret_key', V.awsSecret(r));
      const p = V.person(r);
      return `2026-${String(r.int(1, 12)).padStart(2, '0')}-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)},${r.int(100, 999)} botocore.endpoint [DEBUG] Making request for OperationModel(name=SendEmail) with params: {'url_path': '/v2/email/outbound-emails', 'headers': {'User-Agent': 'Boto3/1.35.2'}, 'body': b'{"Destination": {"ToAddresses": ["${x.p('email', p.email)}"]}, "FromEmailAddress": "orders@example-shop.com"}'}
botocore.credentials [DEBUG] Using credentials: access_key=${kid} secret_key=${sk} token=IQoJb3JpZ2luX2VjE${r.b64(120).replace(/=+$/, '')}
botocore.exceptions.ClientError: An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified.`;
    },
  },
  // ------------------------------------------------------------ Vonage
  {
    src: 'vonage',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = r.hex(8);
      const sec = x.c('vonage_api_secret', V.vonageSecret(r));
      return `GET https://rest.nexmo.com/sms/json?api_key=${key}&api_secret=${sec}&from=AcmeShop&to=${x.p('phone', p.e164.slice(1))}&text=Your+code+is+${r.digits(6)}
{"message-count":"1","messages":[{"to":"${p.e164.slice(1)}","status":"4","error-text":"Bad Credentials"}]}`;
    },
  },
  {
    src: 'vonage',
    t: (x) => {
      const r = x.r;
      const pem = x.c('private_key', V.pemKey(r, 'PRIVATE KEY', '\\n'));
      return `@vonage/server-sdk: Error: error:1E08010C:DECODER routines::unsupported
    at createPrivateKey (node:internal/crypto/keys:${r.int(600, 650)}:12)
  options = {"applicationId":"${r.uuid()}","privateKey":"${pem}","apiKey":"${r.hex(8)}"}`;
    },
  },
  {
    src: 'vonage',
    t: (x) => {
      const r = x.r;
      const now = r.int(1760000000, 1790000000);
      const tok = x.c('jwt', V.jwt(r, { application_id: r.uuid(), iat: now, jti: r.uuid(), exp: now + 900 }, 'RS256'));
      const p = V.person(r);
      return `[voice] POST https://api.nexmo.com/v1/calls 401 {"title":"Unauthorized","detail":"Invalid Token","instance":"${r.uuid()}"}
  Authorization: Bearer ${tok}
  to=[{"type":"phone","number":"${x.p('phone', p.e164.slice(1))}"}]`;
    },
  },
  // ------------------------------------------------------------ MessageBird
  {
    src: 'messagebird',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = x.c('messagebird_access_key', V.messagebirdKey(r));
      return `> POST /messages HTTP/1.1
> Host: rest.messagebird.com
> Authorization: AccessKey ${key}
> Content-Type: application/json
> {"originator":"AcmeShop","recipients":["${x.p('phone', p.e164.slice(1))}"],"body":"Hallo ${p.first}, Ihre Bestellung ist unterwegs."}
< HTTP/1.1 401 Unauthorized
< {"errors":[{"code":2,"description":"Request not allowed (incorrect access_key)","parameter":"access_key"}]}`;
    },
  },
  {
    src: 'messagebird',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = x.c('messagebird_access_key', V.messagebirdKey(r));
      return `messagebird status report GET /dlr?id=${r.hex(32)}&reference=${V.orderNo(r)}&recipient=${x.p('phone', p.e164.slice(1))}&status=delivery_failed&statusReason=unknown+subscriber&statusDatetime=${encodeURIComponent(V.ts(r, false))}
handler exception: could not look up customer; MESSAGEBIRD_ACCESS_KEY=${key} MESSAGEBIRD_SIGNING_KEY=${x.c('webhook_secret', V.genericSecret(r, 32).replace(/[-_]/g, 'x'))}`;
    },
  },
  // ------------------------------------------------------------ Klaviyo
  {
    src: 'klaviyo',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const key = x.c('klaviyo_private_key', V.klaviyoKey(r));
      const prof = { data: { type: 'profile', attributes: { email: x.p('email', p.email), phone_number: x.p('phone', p.e164), first_name: p.first, last_name: p.last, location: { city: p.city, zip: p.zip, ip: x.p('ipv4', V.publicIp(r, false)) }, properties: { birthday: x.p('dob', V.dob(r)) } } } };
      return `klaviyo-api-python: ApiException (409) Reason: Conflict
HTTP request headers: {'Authorization': 'Klaviyo-API-Key ${key}', 'revision': '2025-10-15', 'Content-Type': 'application/vnd.api+json'}
HTTP request body: ${JSON.stringify(prof)}
HTTP response body: {"errors":[{"id":"${r.uuid()}","status":409,"code":"duplicate_profile","title":"Conflict.","detail":"A profile already exists with one of these identifiers."}]}`;
    },
  },
  {
    src: 'klaviyo',
    t: (x) => {
      const r = x.r;
      const key = x.c('klaviyo_private_key', V.klaviyoKey(r));
      return `Shopify → Klaviyo sync worker crashed (exit 1)
  KLAVIYO_PUBLIC_KEY=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6)}
  KLAVIYO_PRIVATE_KEY=${key}
  SHOPIFY_ACCESS_TOKEN=${x.c('shopify_token', V.shopifyToken(r))}
  Error: 429 throttled on /api/events (retry-after 12s)`;
    },
  },
  // ------------------------------------------------------------ Firebase Cloud Messaging
  {
    src: 'fcm',
    t: (x) => {
      const r = x.r;
      const key = x.c('fcm_server_key', V.fcmServerKey(r));
      return `POST https://fcm.googleapis.com/fcm/send
Authorization: key=${key}
Content-Type: application/json
{"to":"${r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 22)}:APA91b${r.b64url(100)}","notification":{"title":"Order shipped","body":"Your parcel is on its way"}}
<- 404 The legacy FCM APIs have been shut down; migrate to HTTP v1.`;
    },
  },
  {
    src: 'fcm',
    t: (x) => {
      const r = x.r;
      const proj = `${r.pick(['shop-app', 'acme-retail', 'loyalty'])}-${r.int(1000, 99999)}`;
      const pem = x.c('private_key', V.pemKey(r, 'PRIVATE KEY', '\\n'));
      const sa = `{"type":"service_account","project_id":"${proj}","private_key_id":"${r.hex(40)}","private_key":"${pem}\\n","client_email":"firebase-adminsdk-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}@${proj}.iam.gserviceaccount.com","client_id":"${r.digits(21)}","token_uri":"https://oauth2.googleapis.com/token"}`;
      return `FirebaseAppError: Failed to parse service account json file: Error: error:1E08010C:DECODER routines::unsupported
  GOOGLE_APPLICATION_CREDENTIALS_JSON=${sa}`;
    },
  },
  {
    src: 'fcm',
    t: (x) => {
      const r = x.r;
      const now = r.int(1760000000, 1790000000);
      const tok = `ya29.c.${r.b64url(180)}`;
      const p = V.person(r);
      return `messaging/send failed: {"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}
  POST https://fcm.googleapis.com/v1/projects/acme-retail-${r.int(1000, 9999)}/messages:send
  Authorization: Bearer ${x.c('google_oauth_token', tok)}
  message.data = {"customer_email":"${x.p('email', p.email)}","customer_phone":"${x.p('phone', p.e164)}","ts":"${now}"}`;
    },
  },
  // ------------------------------------------------------------ APNs
  {
    src: 'apns',
    t: (x) => {
      const r = x.r;
      const now = r.int(1760000000, 1790000000);
      const kid = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10);
      const tok = x.c('jwt', V.jwt(r, { iss: r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10), iat: now }, 'ES256', kid));
      return `:method: POST
:path: /3/device/${r.hex(64)}
authorization: bearer ${tok}
apns-topic: com.acmeretail.shop
apns-push-type: alert
apns-priority: 10
<- :status: 403 {"reason":"InvalidProviderToken"}`;
    },
  },
  {
    src: 'apns',
    t: (x) => {
      const r = x.r;
      const pem = x.c('private_key', V.pemKey(r, 'PRIVATE KEY'));
      return `node-apn: Provider could not be created: Error: "keyId" is not set
config.token = {
  key: \`${pem}\`,
  keyId: undefined,
  teamId: "${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}"
}`;
    },
  },
  {
    src: 'apns',
    t: (x) => {
      const r = x.r;
      const pw = x.c('password', V.password(r));
      return `[pushy] ${V.ts(r)} ERROR Failed to load APNs certificate /etc/push/apns-prod.p12: keystore password was incorrect
  -Dapns.cert.path=/etc/push/apns-prod.p12 -Dapns.cert.password=${pw} -Dapns.topic=com.acmeretail.shop`;
    },
  },
  // ------------------------------------------------------------ OneSignal
  {
    src: 'onesignal',
    t: (x) => {
      const r = x.r;
      const key = x.c('onesignal_rest_key', V.oneSignalV2(r));
      const p = V.person(r);
      return `OneSignal createNotification 403 {"errors":["Access denied.  Please include an 'Authorization: Key' header with a valid API key."]}
  POST https://api.onesignal.com/notifications?c=push
  Authorization: Key ${key}
  body: {"app_id":"${r.uuid()}","include_aliases":{"external_id":["${x.p('email', p.email)}"]},"target_channel":"sms","contents":{"en":"Your pickup is ready"},"sms_from":"+1${r.int(201, 989)}${r.digits(7)}"}`;
    },
  },
  {
    src: 'onesignal',
    t: (x) => {
      const r = x.r;
      const key = x.c('onesignal_rest_key', V.oneSignalLegacy(r));
      return `ONESIGNAL_APP_ID=${r.uuid()}
ONESIGNAL_REST_API_KEY=${key}
ONESIGNAL_USER_AUTH_KEY=${x.c('onesignal_rest_key', V.oneSignalLegacy(r))}
[push-worker] fatal: 400 {"errors":["app_id not found. You may be missing a Content-Type: application/json header."]}`;
    },
  },
  // ------------------------------------------------------------ Pusher
  {
    src: 'pusher',
    t: (x) => {
      const r = x.r;
      const sec = x.c('pusher_secret', V.pusherSecret(r));
      return `pusher.errors.PusherBadAuth: Unknown auth_key
  pusher.Pusher(app_id=u'${r.int(1000000, 1999999)}', key=u'${r.hex(20)}', secret=u'${sec}', cluster=u'eu', ssl=True)
  POST /apps/${r.int(1000000, 1999999)}/events?auth_key=${r.hex(20)}&auth_timestamp=${r.int(1760000000, 1790000000)}&auth_version=1.0&body_md5=${r.hex(32)}&auth_signature=${r.hex(64)}`;
    },
  },
  {
    src: 'pusher',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `PUSHER_APP_ID=${r.int(1000000, 1999999)}
PUSHER_APP_KEY=${r.hex(20)}
PUSHER_APP_SECRET=${x.c('pusher_secret', V.pusherSecret(r))}
PUSHER_APP_CLUSTER=mt1
[order-tracker] trigger('private-customer-${r.int(1000, 99999)}', 'order.updated') failed for ${x.p('email', p.email)}: 413 Payload Too Large`;
    },
  },
  // ------------------------------------------------------------ Ably
  {
    src: 'ably',
    t: (x) => {
      const r = x.r;
      const key = x.c('ably_api_key', V.ablyKey(r));
      return `Ably: ErrorInfo: Invalid key in request: ${key.split(':')[0]}. (See https://help.ably.io/error/40005 for help.); statusCode=400; code=40005
  new Ably.Realtime({ key: '${key}', clientId: 'driver-app', echoMessages: false })`;
    },
  },
  {
    src: 'ably',
    t: (x) => {
      const r = x.r;
      const key = V.ablyKey(r);
      const b = x.c('basic_auth', Buffer.from(key).toString('base64'));
      const p = V.person(r);
      return `POST https://rest.ably.io/channels/deliveries:${r.int(1000, 99999)}/messages 401
Authorization: Basic ${b}
{"name":"location","data":{"driver":"${x.p('name', p.name)}","phone":"${x.p('phone', p.phone)}"}}`;
    },
  },
  // ------------------------------------------------------------ Mailchimp / Brevo / Svix-style providers
  {
    src: 'mailchimp',
    t: (x) => {
      const r = x.r;
      const key = x.c('mailchimp_api_key', V.mailchimpKey(r));
      const p = V.person(r);
      const dc = key.split('-')[1];
      return `MailchimpMarketing ApiClient error 400 "Member Exists"
  PUT https://${dc}.api.mailchimp.com/3.0/lists/${r.hex(10)}/members/${r.hex(32)}
  auth: ('anystring', '${key}')
  body: {"email_address":"${x.p('email', p.email)}","status_if_new":"subscribed","merge_fields":{"FNAME":"${p.first}","LNAME":"${p.last}","BIRTHDAY":"${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}"}}`;
    },
  },
  {
    src: 'brevo',
    t: (x) => {
      const r = x.r;
      const key = x.c('brevo_api_key', V.brevoKey(r));
      const p = V.person(r);
      return `[brevo] POST https://api.brevo.com/v3/smtp/email -> 401 {"code":"unauthorized","message":"Key not found"}
  api-key: ${key}
  {"sender":{"email":"boutique@example-shop.fr"},"to":[{"email":"${x.p('email', p.email)}","name":"${x.p('name', p.name)}"}],"templateId":${r.int(1, 90)}}`;
    },
  },
  {
    src: 'resend',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const sec = x.c('svix_webhook_secret', V.svixSecret(r));
      return `svix: WebhookVerificationError: No matching signature found
  svix-id: msg_${r.b62(27)}
  svix-timestamp: ${r.int(1760000000, 1790000000)}
  svix-signature: v1,${r.b64(32)}
  secret used: ${sec}
  payload: {"type":"email.bounced","created_at":"${V.ts(r)}","data":{"email_id":"${r.uuid()}","to":["${x.p('email', p.email)}"],"subject":"Your order confirmation"}}`;
    },
  },
  // ------------------------------------------------------------ env dumps and config
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `$ heroku config -a notify-prod
=== notify-prod Config Vars
SENDGRID_API_KEY:       ${x.c('sendgrid_api_key', V.sendgridKey(r))}
TWILIO_ACCOUNT_SID:     ${AC(r)}
TWILIO_AUTH_TOKEN:      ${x.c('twilio_auth_token', V.twilioAuthToken(r))}
MAILGUN_API_KEY:        ${x.c('mailgun_api_key', V.mailgunKey(r))}
STRIPE_PUBLISHABLE_KEY: pk_live_${r.b62(99)}
STRIPE_WEBHOOK_SECRET:  ${x.c('stripe_webhook_secret', V.stripeWhsec(r))}`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `kubectl describe secret messaging-credentials -n notify --show-values   # (kubectl-view-secret plugin)
Name:         messaging-credentials
Type:         Opaque
Data
====
postmark-token:     ${x.c('postmark_server_token', V.postmarkToken(r))}
vonage-api-secret:  ${x.c('vonage_api_secret', V.vonageSecret(r))}
ably-key:           ${x.c('ably_api_key', V.ablyKey(r))}
smtp-app-password:  ${x.c('app_password', V.googleAppPassword(r, true))}
stripe-secret:      ${x.c('stripe_secret_key', V.stripeSecret(r))}`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      const pw = x.c('password', V.urlPassword(r));
      const app = x.c('app_password', V.googleAppPassword(r, false));
      return `${V.ts(r)} celery.worker ERROR Task notify.send_invoice raised: SMTPAuthenticationError(534, b'5.7.9 Application-specific password required.')
  EMAIL_HOST_USER='billing@example-shop.com' EMAIL_HOST_PASSWORD='${app}'
  CELERY_BROKER_URL='amqp://notify:${pw}@mq.internal:5672//'`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `docker inspect notify-worker --format '{{json .Config.Env}}'
["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","NODE_ENV=production","BREVO_API_KEY=${x.c('brevo_api_key', V.brevoKey(r))}","FCM_SERVER_KEY=${x.c('fcm_server_key', V.fcmServerKey(r))}","PUSHER_SECRET=${x.c('pusher_secret', V.pusherSecret(r))}","KLAVIYO_API_KEY=${x.c('klaviyo_private_key', V.klaviyoKey(r))}"]`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `GitHub Actions: Run ./scripts/smoke-notify.sh
+ curl -sS -X POST https://api.sendgrid.com/v3/mail/send -H 'Authorization: Bearer ${x.c('sendgrid_api_key', V.sendgridKey(r))}' -H 'Content-Type: application/json' -d '{"personalizations":[{"to":[{"email":"${x.p('email', p.email)}"}]}],"from":{"email":"ci@example-shop.com"},"subject":"smoke","content":[{"type":"text/plain","value":"ok"}]}'
{"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}
Error: Process completed with exit code 22.`;
    },
  },
];
