import { B62, DIGITS, UPPER } from './blind-set-9-rng';
import { address, b64u, person, phone, type Tpl54 } from './blind-set-54-gen';

/** Messaging and e-mail: Twilio, SendGrid, Mailgun, Postmark, Slack, Telegram, Discord, Vonage, MessageBird. */
export const MSG54: Record<string, Tpl54> = {
  'twilio-rest-exception': (k) => {
    const sid = `AC${k.r.hex(32)}`;
    const tok = k.c('twilio_auth_token', k.r.hex(32));
    const to = k.p('phone', `+1${k.r.pick(['415', '646', '312'])}${k.r.int(200, 999)}${k.r.digits(4)}`);
    return `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${to} is not a valid phone number.\n  client = Client("${sid}", "${tok}")`;
  },
  'twilio-api-key': (k) => {
    const sk = `SK${k.r.hex(32)}`;
    const sec = k.c('twilio_api_secret', k.r.b62(32));
    return `TWILIO_API_KEY=${sk}\nTWILIO_API_SECRET=${sec}\nTWILIO_MESSAGING_SERVICE_SID=MG${k.r.hex(32)}`;
  },
  'twilio-curl': (k) => {
    const sid = `AC${k.r.hex(32)}`;
    const tok = k.c('twilio_auth_token', k.r.hex(32));
    const p = person(k.r);
    return `+ curl -sS -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json --data-urlencode "Body=Hi ${p.first}, your code is ${k.r.digits(6)}" --data-urlencode "To=${k.p('phone', phone(k.r))}" -u ${sid}:${tok}\n{"code": 20003, "message": "Authenticate", "status": 401}`;
  },
  'sendgrid-401': (k) => {
    const key = k.c('sendgrid_api_key', `SG.${b64u(k.r, 22)}.${b64u(k.r, 43)}`);
    const p = person(k.r);
    return `ResponseError: Unauthorized\n    at /app/node_modules/@sendgrid/client/src/classes/client.js:146:29 {\n  code: 401,\n  response: { body: { errors: [ { message: 'The provided authorization grant is invalid, expired, or revoked', field: null } ] } },\n  request: { to: '${k.p('email', p.email)}', apiKey: '${key}' }\n}`;
  },
  'sendgrid-env': (k) => `export SENDGRID_API_KEY='${k.c('sendgrid_api_key', `SG.${b64u(k.r, 22)}.${b64u(k.r, 43)}`)}'  # prod, rotated ${k.r.int(2, 28)} Mar`,
  'mailgun-private': (k) => {
    const key = k.c('mailgun_api_key', `${k.r.hex(32)}-${k.r.hex(8)}-${k.r.hex(8)}`);
    const p = person(k.r);
    return `mailgun send failed: 401 Forbidden POST https://api.eu.mailgun.net/v3/mg.acme.io/messages auth=('api', '${key}') to=${k.p('email', p.email)} subject="Your invoice"`;
  },
  'mailgun-legacy': (k) => {
    const key = k.c('mailgun_api_key', `key-${k.r.hex(32)}`);
    const basic = k.c('basic_auth', Buffer.from(`api:${key}`).toString('base64'));
    return `> POST /v3/acme.com/messages HTTP/1.1\n> Host: api.mailgun.net\n> Authorization: Basic ${basic}\n>\n< HTTP/1.1 401 UNAUTHORIZED\n(debug) MAILGUN_KEY=${key}`;
  },
  'mailgun-webhook-sig': (k) => {
    const s = k.c('mailgun_webhook_signing_key', k.r.hex(32));
    return `WARN mailgun webhook rejected: signature mismatch (timestamp=${k.r.int(1780000000, 1790000000)} token=${k.r.hex(50)}) using signing key ${s}`;
  },
  'postmark-token': (k) => {
    const t = k.c('postmark_server_token', k.r.uuid());
    const p = person(k.r);
    return `PostmarkError: 10 - Request does not contain a valid Server token.\n  headers: {"X-Postmark-Server-Token":"${t}","Accept":"application/json"}\n  message: {"From":"billing@acme.io","To":"${k.p('email', p.email)}","TemplateModel":{"name":"${k.p('person_name', p.full)}","address":"${k.p('street_address', address(k.r))}"}}`;
  },
  'postmark-account': (k) => `POSTMARK_ACCOUNT_TOKEN=${k.c('postmark_account_token', k.r.uuid())}\nPOSTMARK_SENDER=noreply@acme.io`,
  'slack-bot-token': (k) => {
    const t = k.c('slack_bot_token', `xoxb-${k.r.int(1, 9)}${k.r.digits(11)}-${k.r.int(1, 9)}${k.r.digits(12)}-${k.r.b62(24)}`);
    return `[ERROR] slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'invalid_auth'}\n  client=WebClient(token='${t}')`;
  },
  'slack-user-token': (k) => {
    const t = k.c('slack_user_token', `xoxp-${k.r.int(1, 9)}${k.r.digits(11)}-${k.r.int(1, 9)}${k.r.digits(11)}-${k.r.int(1, 9)}${k.r.digits(12)}-${k.r.hex(32)}`);
    return `Bolt app error: An API error occurred: token_revoked\n  at platformErrorFromResult (node_modules/@slack/web-api/dist/errors.js:62:33)\n  data: { ok: false, error: 'token_revoked', response_metadata: {} }, token: "${t}"`;
  },
  'slack-webhook-url': (k) => {
    const url = k.c('slack_webhook_url', `https://hooks.slack.com/services/T${k.r.chars(UPPER + DIGITS, 10)}/B${k.r.chars(UPPER + DIGITS, 10)}/${k.r.b62(24)}`);
    return `alert-router: POST ${url} failed: 404 no_service (channel archived?)`;
  },
  'slack-app-token': (k) => {
    const t = k.c('slack_app_token', `xapp-1-A${k.r.chars(UPPER + DIGITS, 10)}-${k.r.digits(13)}-${k.r.hex(64)}`);
    const s = k.c('slack_signing_secret', k.r.hex(32));
    return `SLACK_APP_TOKEN="${t}"\nSLACK_SIGNING_SECRET="${s}"\nSLACK_CHANNEL="#ops-alerts"`;
  },
  'telegram-bot': (k) => {
    const t = k.c('telegram_bot_token', `${k.r.int(100000000, 7999999999)}:AA${k.r.chars(B62 + '-_', 33)}`);
    return `telegram.error.InvalidToken: Invalid token; GET https://api.telegram.org/bot${t}/getMe returned 404`;
  },
  'discord-webhook': (k) => {
    const url = k.c('discord_webhook_url', `https://discord.com/api/webhooks/${k.r.int(1, 9)}${k.r.digits(18)}/${b64u(k.r, 68)}`);
    return `notifier: discord delivery failed (429 rate limited, retry_after=0.8) url=${url}`;
  },
  'vonage-creds': (k) => {
    const sec = k.c('vonage_api_secret', k.r.b62(16));
    return `Vonage::AuthenticationError: 401 Unauthorized -- api_key=${k.r.hex(8)} api_secret=${sec} to=${k.p('phone', phone(k.r))}`;
  },
  'messagebird-key': (k) => `MessageBird::ErrorException: Request not allowed (incorrect access_key) — client = MessageBird::Client.new('${k.c('messagebird_access_key', k.r.b62(25))}')`,
  'twilio-verify-log': (k) => {
    const p = person(k.r);
    return `INFO verify: sending OTP via sms to ${k.p('phone', phone(k.r))} for ${k.p('person_name', p.full)} (${k.p('email', p.email)}); twilio_auth=${k.c('twilio_auth_token', k.r.hex(32))}`;
  },
};
