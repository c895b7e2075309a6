import { ddHeader, epoch, isoTs, jsonEsc, org, plainTs, privIp, type Template31 } from './blind-set-31-case';
import { person } from './blind-set-31-people';
import { pemRsaKey, jwt, sinchToken, sinchKeySecret, twilioAccountSid, twilioAuthToken, twilioKeySecret, twilioKeySid, vonageSecret, opaqueToken } from './blind-set-31-tokens';

/** Twilio, Vonage/Nexmo and Sinch: SDK exceptions, HTTP debug dumps, env dumps, webhooks, call exports. */
export const CPAAS_TEMPLATES: Template31[] = [
  {
    id: 'twilio-node-rest-exception',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const sid = twilioAccountSid(r);
      return `${ddHeader(r, 'sms-worker: Twilio send failures > 20/min')}
${isoTs(r)} error [sms-worker] send failed order=${r.num(8)} to=${v.p('phone-e164', p.e164)} customer_id=${r.num(7)}
RestException [Error]: The 'To' number ${p.e164} is not a valid phone number.
    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async SmsSender.send (/app/dist/notify/sms-sender.js:41:17) {
  status: 400,
  code: 21211,
  moreInfo: 'https://www.twilio.com/docs/errors/21211',
  details: undefined
}
client: Twilio {
  username: '${sid}',
  password: '${v.c('twilio-auth-token', twilioAuthToken(r))}',
  accountSid: '${sid}',
  region: undefined,
  edge: undefined,
  logLevel: 'debug'
}`;
    },
  },
  {
    id: 'twilio-requests-wire-debug',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'DE', 'FR', 'NL']));
      const sid = twilioKeySid(r);
      const basic = Buffer.from(`${sid}:${twilioKeySecret(r)}`).toString('base64');
      const code = r.digits(6);
      return `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.twilio.com:443
send: b'POST /2010-04-01/Accounts/${twilioAccountSid(r)}/Messages.json HTTP/1.1\\r\\nHost: api.twilio.com\\r\\nUser-Agent: twilio-python/9.3.1 (Linux x86_64) Python/3.11.9\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: application/json\\r\\nConnection: keep-alive\\r\\nAccept-Charset: utf-8\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nAuthorization: Basic ${v.c('basic-auth', basic)}\\r\\nContent-Length: ${r.int(90, 140)}\\r\\n\\r\\n'
send: b'To=${v.p('phone-e164', '%2B' + p.e164.slice(1))}&From=${org(r).toUpperCase().slice(0, 11)}&Body=Your+${org(r)}+verification+code+is+${code}'
reply: 'HTTP/1.1 429 Too Many Requests\\r\\n'
header: Twilio-Request-Id: RQ${r.hex(32)}
DEBUG:urllib3.connectionpool:https://api.twilio.com:443 "POST /2010-04-01/Accounts/... HTTP/1.1" 429 173`;
    },
  },
  {
    id: 'twilio-env-printenv',
    make: (r, v) => {
      const db = r.urlPassword(18);
      return `$ kubectl exec -n notify deploy/notify-svc -- printenv | sort
HOSTNAME=notify-svc-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}
NODE_ENV=production
NOTIFY_DATABASE_URL=postgres://notify:${v.c('password', db)}@${privIp(r)}:5432/notify
PORT=8080
TWILIO_ACCOUNT_SID=${twilioAccountSid(r)}
TWILIO_API_KEY=${twilioKeySid(r)}
TWILIO_API_SECRET=${v.c('twilio-api-key-secret', twilioKeySecret(r))}
TWILIO_AUTH_TOKEN=${v.c('twilio-auth-token', twilioAuthToken(r))}
TWILIO_MESSAGING_SERVICE_SID=MG${r.hex(32)}
TWILIO_VERIFY_SERVICE_SID=VA${r.hex(32)}
TZ=UTC`;
    },
  },
  {
    id: 'twilio-inbound-webhook-signature',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB']));
      const tok = twilioAuthToken(r);
      const body = `Hi this is ${p.name}, is the engineer still coming today? Gate code changed`;
      return `${isoTs(r)} WARN  [webhooks] twilio signature mismatch on /hooks/sms/inbound (url=https://hooks.${org(r)}.com/hooks/sms/inbound)
  expected X-Twilio-Signature=${r.b64(20)} computed=${r.b64(20)} using authToken=${v.c('twilio-auth-token', tok)}
  params={"ToCountry":"${p.country}","SmsMessageSid":"SM${r.hex(32)}","NumMedia":"0","From":"${v.p('phone-e164', p.e164)}","Body":"${body.replace(p.name, v.p('person-name', p.name))}","NumSegments":"1","MessageSid":"SM${r.hex(32)}","AccountSid":"${twilioAccountSid(r)}","ApiVersion":"2010-04-01"}`;
    },
  },
  {
    id: 'twilio-call-log-csv',
    make: (r, v) => {
      const rows = [0, 1].map(() => {
        const p = person(r, r.pick(['US', 'US', 'GB', 'AU']));
        const dir = r.pick(['Incoming', 'Outgoing API']);
        const ours = `+1${r.pick(['833', '844', '855'])}${r.digits(7)}`;
        const them = v.p('phone-e164', p.e164);
        return `${plainTs(r)} UTC,CA${r.hex(32)},${dir === 'Incoming' ? them : ours},${dir === 'Incoming' ? ours : them},${dir},${r.pick(['completed', 'no-answer', 'busy', 'completed'])},${r.int(0, 900)},-0.${r.pad(40, 999, 4)},USD`;
      });
      return `Subject: Twilio usage export "calls-${r.pad(1, 12, 2)}-2025.csv" attached to FSM-${r.int(1000, 9999)} (dispatcher no-show audit)
Date Created,Call Sid,From,To,Direction,Status,Duration (s),Price,Price Unit
${rows.join('\n')}`;
    },
  },
  {
    id: 'nexmo-query-string-access-log',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'DE', 'SE', 'IN']));
      const key = r.hex(8);
      return `${privIp(r)} - - [${r.pad(1, 28, 2)}/Mar/2025:${r.pad(0, 23, 2)}:${r.pad(0, 59, 2)}:${r.pad(0, 59, 2)} +0000] "GET /sms/json?api_key=${key}&api_secret=${v.c('vonage-api-secret', vonageSecret(r))}&from=${org(r).replace(/-/g, '').slice(0, 11)}&to=${v.p('msisdn', p.e164.slice(1))}&text=Your+technician+is+on+the+way&type=text HTTP/1.1" 200 ${r.int(180, 260)} "-" "legacy-dispatch/2.4 (+okhttp/3.12.13)" rt=${r.int(80, 900) / 1000} upstream=rest.nexmo.com:443
upstream response: {"message-count":"1","messages":[{"to":"${p.e164.slice(1)}","status":"4","error-text":"Bad Credentials"}]}`;
    },
  },
  {
    id: 'vonage-node-config-dump',
    make: (r, v) => {
      const key = pemRsaKey(r);
      return `${ddHeader(r, 'voice-edge crashloop: Vonage client init failed')}
${isoTs(r)} fatal voice-edge: Error: secretOrPrivateKey must be an asymmetric key when using RS256
    at module.exports [as sign] (/srv/node_modules/jsonwebtoken/sign.js:124:22)
    at JWT.generate (/srv/node_modules/@vonage/jwt/dist/lib/tokenGenerate.js:33:28)
config={"apiKey":"${r.hex(8)}","apiSecret":"${v.c('vonage-api-secret', vonageSecret(r))}","applicationId":"${r.uuid()}","privateKey":"${v.c('private-key', jsonEsc(key))}\\n","debug":true}`;
    },
  },
  {
    id: 'vonage-voice-jwt-request',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'ES', 'NL', 'US']));
      const now = epoch(r);
      const token = jwt(r, 'RS256', { application_id: r.uuid(), iat: now, exp: now + 900, jti: r.uuid() });
      return `POST https://api.nexmo.com/v1/calls HTTP/1.1
Host: api.nexmo.com
Authorization: Bearer ${v.c('jwt', token)}
Content-Type: application/json
User-Agent: @vonage/server-sdk/3.14.0 node/20.11.1

{"to":[{"type":"phone","number":"${v.p('msisdn', p.e164.slice(1))}"}],"from":{"type":"phone","number":"${r.pick(['44', '1'])}${r.digits(10)}"},"ncco":[{"action":"talk","text":"Your meter reading appointment is tomorrow"}]}

HTTP/1.1 401 Unauthorized
{"type":"https://developer.nexmo.com/api-errors#unauthorized","title":"Invalid credentials supplied","detail":"You did not provide correct credentials.","instance":"${r.uuid()}"}`;
    },
  },
  {
    id: 'vonage-verify-basic-auth',
    make: (r, v) => {
      const p = person(r);
      const basic = Buffer.from(`${r.hex(8)}:${vonageSecret(r)}`).toString('base64');
      return `${plainTs(r)} DEBUG o.s.web.client.RestTemplate - HTTP POST https://api.nexmo.com/v2/verify
${plainTs(r)} DEBUG o.s.web.client.RestTemplate - Request headers: [Accept:"application/json", Content-Type:"application/json", Authorization:"Basic ${v.c('basic-auth', basic)}", Content-Length:"${r.int(100, 160)}"]
${plainTs(r)} DEBUG o.s.web.client.RestTemplate - Writing [{brand=${org(r)}, workflow=[{channel=sms, to=${v.p('msisdn', p.e164.slice(1))}}], code_length=6, locale=en-gb}]
${plainTs(r)} DEBUG o.s.web.client.RestTemplate - Response 409 CONFLICT
{"title":"Conflict","detail":"Concurrent verifications to the same number are not allowed","instance":"${r.uuid()}","request_id":"${r.uuid()}"}`;
    },
  },
  {
    id: 'sinch-batches-curl',
    make: (r, v) => {
      const ps = [person(r, r.pick(['US', 'BR']))];
      const plan = r.hex(32);
      return `Runbook repro for INC-${r.int(10000, 99999)} (outage notifications not delivered), pasted by on-call:
$ curl -sS -X POST "https://us.sms.api.sinch.com/xms/v1/${plan}/batches" \\
    -H "Authorization: Bearer ${v.c('sinch-api-token', sinchToken(r))}" \\
    -H "Content-Type: application/json" \\
    -d '{"from":"1${r.pick(['833', '877'])}${r.digits(7)}","to":["${v.p('msisdn', ps[0]!.e164.slice(1))}"],"body":"Planned outage in your area tonight 23:00-02:00"}'
{"code":"syntax_invalid_parameter_format","text":"Parameter 'from' has invalid format","id":"${r.b62(26)}"}`;
    },
  },
  {
    id: 'sinch-spring-properties',
    make: (r, v) => {
      const tok = opaqueToken(r);
      return `# application-prod.properties (attached to ticket OPS-${r.int(1000, 9999)} "conversation api 401 after key rotation")
sinch.project-id=${r.uuid()}
sinch.key-id=${r.uuid()}
sinch.key-secret=${v.c('sinch-key-secret', sinchKeySecret(r))}
sinch.conversation.app-id=01${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}
sinch.region=${r.pick(['eu', 'us'])}
logging.level.com.sinch=DEBUG

${plainTs(r)} DEBUG c.s.sdk.auth.OAuthManager : token response {"access_token":"${v.c('oauth-access-token', tok)}","expires_in":3599,"scope":"","token_type":"bearer"}
${plainTs(r)} WARN  c.s.sdk.core.http.HttpClient : 401 from https://${r.pick(['eu', 'us'])}.conversation.api.sinch.com/v1/projects/.../messages:send`;
    },
  },
];
