import type { Ctx49 } from './blind-set-49-ctx';

/** A positive template: `area/template` and the function that writes one case. */
export type Tpl49 = readonly [string, (c: Ctx49) => string];

/** Messaging and notification providers: SMS, email, chat SDKs and push. */
export const MESSAGING49: readonly Tpl49[] = [
  ['messaging/twilio-rest-exception', (c) => {
    const to = c.per('phone', c.phoneUS());
    return `RestException [Error]: The 'To' number ${to} is not a valid phone number.
    at success (/srv/matchbox/node_modules/twilio/lib/base/Version.js:135:15)
    at Promise_then_fulfilled (/srv/matchbox/node_modules/q/q.js:766:44)
  status: 400,
  code: 21211,
  moreInfo: 'https://www.twilio.com/docs/errors/21211'
[otp-sender] env snapshot TWILIO_ACCOUNT_SID=${c.twilioSid()} TWILIO_AUTH_TOKEN=${c.cred('twilio_auth_token', c.hex(32))} TWILIO_VERIFY_SID=VA${c.hex(32)} TWILIO_API_KEY=${c.twilioSid('SK')} TWILIO_API_SECRET=${c.cred('twilio_api_secret', c.alnum(32))}`;
  }],
  ['messaging/twilio-curl', (c) => {
    const sid = c.twilioSid();
    const key = c.twilioSid('SK');
    return `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json" \\
  --data-urlencode "Body=Your Spark verification code is ${c.int(100000, 999999)}" \\
  --data-urlencode "From=+1415555${c.r.digits(4)}" \\
  --data-urlencode "To=${c.per('phone', c.phone())}" \\
  -u ${key}:${c.cred('twilio_api_secret', c.alnum(32))}`;
  }],
  ['messaging/vonage-python', (c) => {
    const k = c.hex(8);
    const s = c.cred('vonage_api_secret', c.alnum(16));
    const to = c.per('phone', c.phoneIntl().replace(/[ +-]/g, ''));
    return `Traceback (most recent call last):
  File "/app/notifier/sms.py", line 88, in send_match_alert
    resp = session.get(url, timeout=5)
  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 602, in get
    return self.request("GET", url, **kwargs)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='rest.nexmo.com', port=443): Max retries exceeded with url: /sms/json?api_key=${k}&api_secret=${s}&from=Kindred&to=${to}&text=Someone+liked+your+profile (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))`;
  }],
  ['messaging/sendgrid-yaml', (c) => {
    const name = c.fullName();
    return `# config/notifications.production.yml
mail:
  provider: sendgrid
  api_key: ${c.cred('sendgrid_api_key', c.sendgrid())}
  from: "Trust & Safety <safety@heartline.app>"
  templates:
    account_suspended: d-${c.hex(32)}
# last failed send (kept for replay)
replay:
  to: ${c.per('email', c.email(name))}
  dynamic_template_data:
    first_name: "${name.split(' ')[0]}"
    full_name: "${c.per('person_name', name)}"
    appeal_url: "https://heartline.app/appeal/${c.uuid()}"`;
  }],
  ['messaging/stream-chat-go', (c) => {
    const uid = `user-${c.uid()}`;
    const tok = c.cred('jwt', c.jwt({ user_id: uid }));
    return `2024/${String(c.int(1, 12)).padStart(2, '0')}/${String(c.int(10, 28))} 14:0${c.int(0, 9)}:11 chat: stream.NewClient failed: stream-chat: unauthorized (code 5) key=${c.lower(12)} secret=${c.cred('stream_api_secret', c.lower(64))}
2024/05/14 14:03:11 chat: retrying UpsertUser id=${uid} token=${tok}`;
  }],
  ['messaging/sendbird-webhook', (c) => {
    const name = c.fullName();
    return `POST /hooks/sendbird HTTP/1.1
Host: moderation.meetly.io
Content-Type: application/json
x-sendbird-signature: ${c.hex(64)}

{"category":"group_channel:message_send","sender":{"user_id":"${c.uid()}","nickname":"${c.per('person_name', name)}","profile_url":"https://cdn.meetly.io/p/${c.hex(12)}.jpg"},"payload":{"message":"text me instead, my number is ${c.per('phone', c.phone())} or mail ${c.per('email', c.email(name))}","created_at":${c.epoch()}000},"channel":{"channel_url":"sendbird_group_channel_${c.uid()}_${c.hex(40)}"},"app_id":"${c.uuid().toUpperCase()}"}

-- replayed with: curl -H "Api-Token: ${c.cred('sendbird_api_token', c.hex(40))}" https://api-${c.uuid().toUpperCase()}.sendbird.com/v3/group_channels`;
  }],
  ['messaging/pubnub-pusher-env', (c) => `# .env.production (realtime)
PUBNUB_PUBLISH_KEY=pub-c-${c.uuid()}
PUBNUB_SUBSCRIBE_KEY=sub-c-${c.uuid()}
PUBNUB_SECRET_KEY=${c.cred('pubnub_secret_key', `sec-c-${c.r.b64(36).replace(/[+/=]/g, 'A')}`)}
PUSHER_APP_ID=${c.int(1000000, 1999999)}
PUSHER_KEY=${c.hex(20)}
PUSHER_SECRET=${c.cred('pusher_secret', c.hex(20))}
PUSHER_CLUSTER=eu
ABLY_API_KEY=${c.cred('ably_api_key', `${c.alnum(6)}.${c.b64url(6)}:${c.b64url(43)}`)}`],
  ['notify/fcm-legacy-dump', (c) => {
    const name = c.fullName();
    return `> POST /fcm/send HTTP/1.1
> Host: fcm.googleapis.com
> Authorization: key=${c.cred('fcm_server_key', `AAAA${c.b64url(7)}:APA91b${c.b64url(134)}`)}
> Content-Type: application/json
>
> {"to":"${c.b64url(22)}:APA91b${c.b64url(110)}","notification":{"title":"New match!","body":"You and ${c.per('person_name', name)} liked each other"},"data":{"match_id":"${c.uuid()}"}}
< HTTP/1.1 401 Unauthorized`;
  }],
  ['notify/apns-properties', (c) => `# push-gateway.properties
apns.topic=com.glimmer.dating
apns.teamId=${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}
apns.keyId=${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}
apns.production=true
apns.signingKey=${c.cred('private_key_escaped', c.ecPem().replace(/\n/g, '\\n'))}
fcm.projectId=glimmer-prod-${c.int(1000, 9999)}`],
  ['notify/onesignal-curl', (c) => `curl --request POST \\
     --url 'https://api.onesignal.com/notifications?c=email' \\
     --header 'Authorization: Key ${c.cred('onesignal_api_key', `os_v2_app_${c.r.chars('abcdefghijklmnopqrstuvwxyz234567', 113)}`)}' \\
     --header 'content-type: application/json' \\
     --data '{"app_id":"${c.uuid()}","email_subject":"Your report was reviewed","include_email_tokens":["${c.per('email', c.email())}"],"email_body":"<p>Thanks for keeping the community safe.</p>"}'`],
  ['notify/mailgun-logfmt', (c) => `time=${c.ts()} level=error svc=mailer provider=mailgun msg="send failed" status=401 url="https://api.mailgun.net/v3/mg.tribe.social/messages" api_key=${c.cred('mailgun_api_key', `key-${c.hex(32)}`)} to=${c.per('email', c.email())} client_ip=${c.per('ip_address', c.ip())} req_id=${c.reqId()} webhook_signing_key=${c.cred('mailgun_webhook_signing_key', c.hex(32))}`],
  ['notify/telnyx-java', (c) => `com.telnyx.sdk.ApiException: {"errors":[{"code":"10009","title":"Authentication failed","detail":"The API key provided is invalid."}]}
	at com.telnyx.sdk.ApiClient.handleResponse(ApiClient.java:1031)
	at com.telnyx.sdk.api.MessagesApi.sendMessage(MessagesApi.java:212)
	at app.safety.SmsAlerter.alert(SmsAlerter.java:57)
Caused by request: POST https://api.telnyx.com/v2/messages headers={Authorization=Bearer ${c.cred('telnyx_api_key', `KEY${c.upperHex(32)}_${c.alnum(22)}`)}} body={"from":"+1312555${c.r.digits(4)}","to":"${c.per('phone', c.phoneUS())}","text":"Login from new device"}`],
  ['notify/brevo-properties', (c) => `spring.mail.host=smtp-relay.brevo.com
spring.mail.port=587
spring.mail.username=${c.int(70000, 99999)}${c.hex(3)}@smtp-brevo.com
spring.mail.password=${c.cred('smtp_password', `xsmtpsib-${c.hex(64)}-${c.alnum(16)}`)}
brevo.api.key=${c.cred('brevo_api_key', `xkeysib-${c.hex(64)}-${c.alnum(16)}`)}
notify.digest.cron=0 0 9 * * MON`],
  ['messaging/plivo-spring-xml', (c) => `<bean id="plivoClient" class="com.plivo.api.PlivoClient">
  <constructor-arg name="authId" value="MA${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}"/>
  <constructor-arg name="authToken" value="${c.cred('plivo_auth_token', c.alnum(40))}"/>
</bean>
<bean id="messageBird" class="com.messagebird.MessageBirdClient">
  <constructor-arg value="${c.cred('messagebird_access_key', c.alnum(25))}"/>
</bean>
<!-- escalation contact for on-call: ${c.per('phone', c.phone())} -->`],
];
