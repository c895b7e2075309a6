import { B62 } from './blind-set-9-rng';
import { cred, pers, type PosTemplate23 } from './blind-set-23-types';

/** Communications: Twilio, SendGrid, Postmark, Mailgun, Vonage, MessageBird, Slack, Plivo, Telnyx. */
export const commsCases23: PosTemplate23[] = [
  [
    'twilio-node-21211',
    (g) => {
      const sid = `AC${g.hex(32)}`;
      const token = g.hex(32);
      const to = g.phone(g.pick(['US', 'GB', 'IN', 'BR'] as const));
      return {
        text: `RestException [Error]: The 'To' number ${to} is not a valid phone number.
    at success (/srv/notify/node_modules/twilio/lib/base/Version.js:79:23)
    at processTicksAndRejections (node:internal/process/task_queues:95:5) {
  status: 400,
  code: 21211,
  moreInfo: 'https://www.twilio.com/docs/errors/21211',
  details: undefined
}
twilio client init accountSid=${sid} authToken=${token}`,
        values: [cred('twilio-auth-token', token), pers('phone', to)],
      };
    },
  ],
  [
    'twilio-status-callback',
    (g) => {
      const from = '+1' + g.phone('US').replace(/\D/g, '').slice(-10);
      const to = g
        .phone('GB')
        .replace(/[^+0-9]/g, '')
        .replace(/^0/, '+44');
      const body = `Hi ${g.person().first}, your verification code is ${g.digits(6)}`;
      return {
        text: `POST /hooks/twilio/status 500 - handler threw TypeError: Cannot read properties of undefined (reading 'update')
form=SmsSid=SM${g.hex(32)}&SmsStatus=undelivered&MessageStatus=undelivered&To=${encodeURIComponent(to)}&MessagingServiceSid=MG${g.hex(32)}&MessageSid=SM${g.hex(32)}&AccountSid=AC${g.hex(32)}&From=${encodeURIComponent(from)}&ErrorCode=30003&ApiVersion=2010-04-01&Body=${encodeURIComponent(body).replace(/%20/g, '+')}`,
        values: [pers('phone-urlenc', encodeURIComponent(to)), pers('phone-urlenc', encodeURIComponent(from))],
      };
    },
  ],
  [
    'sendgrid-python',
    (g) => {
      const key = `SG.${g.b64url(16)}.${g.b64url(32)}`;
      const email = g.email();
      return {
        text: `python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  File "/app/mailer/send.py", line 44, in send_receipt
    sg = SendGridAPIClient("${key}")
  body: b'{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}'
  to=${email} template_id=d-${g.hex(32)}`,
        values: [cred('sendgrid-api-key', key), pers('email', email)],
      };
    },
  ],
  [
    'postmark-bounce',
    (g) => {
      const token = g.uuid();
      const p = g.person();
      const email = g.email(p);
      return {
        text: `Postmark bounce webhook: {"RecordType":"Bounce","ID":${g.int(1000000000, 4000000000)},"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"receipt","MessageID":"${g.uuid()}","ServerID":${g.int(10000, 99999)},"MessageStream":"outbound","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.1 <${email}>: Recipient address rejected: User unknown","Email":"${email}","From":"receipts@lumenstack.io","BouncedAt":"${g.iso()}"}
suppression sync failed: PUT https://api.postmarkapp.com/message-streams/outbound/suppressions X-Postmark-Server-Token: ${token} -> 401 {"ErrorCode":10,"Message":"The Server Token you provided in the X-Postmark-Server-Token request header was invalid."}`,
        values: [cred('postmark-server-token', token), pers('email', email)],
      };
    },
  ],
  [
    'mailgun-go',
    (g) => {
      const key = `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`;
      const email = g.email();
      return {
        text: `{"level":"error","ts":${g.epoch()}.${g.digits(6)},"caller":"mail/mailgun.go:71","msg":"mailgun send","to":"${email}","error":"UnexpectedResponseError URL=https://api.eu.mailgun.net/v3/mg.lumenstack.io/messages ExpectedOneOf=[]int{200, 202, 204} Got=401 Error: Forbidden","api_key":"${key}","stacktrace":"main.(*Mailer).Send\\n\\t/src/mail/mailgun.go:71"}`,
        values: [cred('mailgun-api-key', key), pers('email', email)],
      };
    },
  ],
  [
    'vonage-sms',
    (g) => {
      const apiKey = g.hex(8);
      const secret = g.chars(B62, 16);
      const to = g
        .phone('DE')
        .replace(/[^0-9]/g, '')
        .replace(/^0/, '49');
      return {
        text: `GET https://rest.nexmo.com/sms/json?api_key=${apiKey}&api_secret=${secret}&from=ACME&to=${to}&text=Your+courier+is+arriving
{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`,
        values: [cred('vonage-api-secret', secret), pers('phone', to)],
      };
    },
  ],
  [
    'messagebird-ruby',
    (g) => {
      const key = g.chars(B62, 25);
      const to = g
        .phone('NL')
        .replace(/[^0-9]/g, '')
        .replace(/^06/, '316');
      return {
        text: `MessageBird::ErrorException: Request not allowed (incorrect access_key) (code 2)
  messagebird-rest (4.0.0) lib/messagebird/client.rb:62:in \`request'
  MessageBird::Client.new("${key}").message_create("Acme", "${to}", "Uw pakket wordt vandaag bezorgd")`,
        values: [cred('messagebird-access-key', key), pers('phone', to)],
      };
    },
  ],
  [
    'slack-webhook-failed',
    (g) => {
      const url = `https://hooks.slack.com/services/T${g.upperAlnum(10)}/B${g.upperAlnum(10)}/${g.chars(B62, 24)}`;
      return {
        text: `Error: An HTTP protocol error occurred: statusCode = 404
    at httpErrorWithOriginal (/app/node_modules/@slack/webhook/dist/errors.js:29:39)
    at IncomingWebhook.send (/app/node_modules/@slack/webhook/dist/IncomingWebhook.js:48:19)
  url: '${url}', body: 'no_service'`,
        values: [cred('slack-webhook-url', url)],
      };
    },
  ],
  [
    'slack-bot-token',
    (g) => {
      const tok = `xoxb-${g.digits(12)}-${g.digits(13)}-${g.chars(B62, 24)}`;
      return {
        text: `[ERROR] slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)
The server responded with: {'ok': False, 'error': 'not_in_channel', 'warning': 'missing_charset', 'response_metadata': {'warnings': ['missing_charset']}}
WebClient(token='${tok}', timeout=30)`,
        values: [cred('slack-bot-token', tok)],
      };
    },
  ],
  [
    'plivo-auth',
    (g) => {
      const id = `MA${g.upperAlnum(18)}`;
      const token = g.chars(B62, 40);
      const basic = Buffer.from(`${id}:${token}`).toString('base64');
      const dst = g.phone('IN').replace(/[^0-9]/g, '');
      return {
        text: `OkHttp --> POST https://api.plivo.com/v1/Account/${id}/Message/
Authorization: Basic ${basic}
{"src":"ACMEIN","dst":"${dst}","text":"Your OTP expires in 10 minutes"}
<-- 401 Unauthorized {"api_id":"${g.uuid()}","error":"authentication failed"}`,
        values: [cred('basic-auth-base64', basic), pers('phone', dst)],
      };
    },
  ],
  [
    'telnyx-key',
    (g) => {
      const key = `KEY${g.upperAlnum(32)}_${g.chars(B62, 22)}`;
      const to = g.phone('US').replace(/[^0-9+]/g, '');
      return {
        text: `telnyx.error.AuthenticationError: Request failed: 401 {"errors":[{"code":"10009","title":"Authentication failed","detail":"The API key looks malformed. Check that you copied it correctly."}]}
  telnyx.api_key = "${key}"
  telnyx.Message.create(from_="+1${g.int(200, 989)}${g.int(200, 989)}${g.digits(4)}", to="${to}")`,
        values: [cred('telnyx-api-key', key), pers('phone', to)],
      };
    },
  ],
];
