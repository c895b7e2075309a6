import type { PosTemplate27 } from './blind-set-27-types';
import { basic, graphSecret, intercomToken, jwt, slackApp, slackBot, slackUser } from './blind-set-27-tokens';
import { bank, card, cardSpaced, handle, iban, person } from './blind-set-27-values';

/** Blind set 27: the service desk and communications (ServiceNow, Jira Service Management, Zendesk, Freshservice, Intercom, Front, Twilio Flex, Aircall, Talkdesk, Slack, Zoom, Calendly). */
export const DESK27: PosTemplate27[] = [
  {
    source: 'servicenow',
    name: 'servicenow-table-api',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'IN'] as const));
      const pw = r.password(16);
      return `2026-12-05 11:${r.int(10, 59)}:31 [snow-bridge] ERROR POST https://acme.service-now.com/api/now/table/sc_req_item -> 403 ACL
  auth=('svc_hr_integration', '${b.c('password', pw)}')
  oauth retry: POST /oauth_token.do body=grant_type=password&client_id=${r.hex(32)}&client_secret=${b.c('client-secret', r.b62(10))}&username=svc_hr_oauth&password=${b.c('password~form', encodeURIComponent(`${r.password(12)} ${r.pick(['&', '+', '@', '/', '$', '='])}${r.digits(2)}`).replace(/%20/g, '+'))}
  headers={'Authorization': 'Basic ${b.c('basic-auth', basic('svc_hr_integration', pw))}', 'Cookie': 'JSESSIONID=${b.c('session-cookie', r.hex(32).toUpperCase())}; glide_user_route=glide.${r.hex(32)}'}
  payload={"short_description":"New hire equipment - RITM${r.int(1000000, 9999999)}","u_date_of_birth":"${b.p('dob', p.dob)}","u_national_id":"${b.p(p.idKind, p.id)}"}`;
    },
  },
  {
    source: 'jira-sm',
    name: 'jsm-customer-request',
    make: (r, b) => {
      const p = person(r);
      const tok = `ATATT3xFfGF0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 170)}=${r.hex(8).toUpperCase()}`;
      return `com.atlassian.jira.rest.client.api.RestClientException: {"errorMessages":["Field 'customfield_${r.int(10000, 10999)}' cannot be set"],"statusCode":400}
    at c.a.hr.JsmRequestService.create(JsmRequestService.java:${r.int(40, 200)})
  request: POST https://acme.atlassian.net/rest/servicedeskapi/request (user=hr-bot@acme.example, apiToken=${b.c('atlassian-token', tok)})
  cookie: tenant.session.token=${b.c('jwt', jwt(r, { sub: r.hex(24), aud: 'atlassian', iss: 'session-service', sessionId: r.uuid() }, 'HS256'))}
  fields: {"summary":"Payroll correction for ${p.name}","customfield_10231":"${b.p(p.idKind, p.id)}","description":"Employee says their salary of ${b.p('salary', `$${r.int(60, 190)},${r.int(100, 999)}.00`)} was paid short in November. Please pay the difference to ${bank(
    r,
    p.cc,
  )
    .map(([k, v]) => b.f(k, v))
    .join(' / ')}."}
  Authorization: Basic ${b.c('basic-auth', basic('hr-bot@acme.example', r.b62(24)))}`;
    },
  },
  {
    source: 'zendesk',
    name: 'zendesk-ticket-basic-token',
    make: (r, b) => {
      const p = person(r);
      const tok = r.b62(40);
      return `[zendesk] PUT https://acme-help.zendesk.com/api/v2/tickets/${r.int(100000, 999999)}.json 422 RecordInvalid
[zendesk] curl -u hr-agent@acme.example/token:${b.c('zendesk-token', tok)} -H 'Content-Type: application/json'
[zendesk] Authorization: Basic ${b.c('basic-auth', basic('hr-agent@acme.example/token', tok))}
[zendesk] {"ticket":{"comment":{"body":"Requester ${p.name} (DOB ${b.p('dob', p.dob)}) asked to update bank details; new card on file ${b.f('card', card(r))}","public":false},"requester":{"email":"${b.p('email', p.email)}"}}}
[zendesk] webhook signing secret: ${b.c('webhook-secret', r.b64(32))}`;
    },
  },
  {
    source: 'freshservice',
    name: 'freshservice-onboarding-request',
    make: (r, b) => {
      const p = person(r);
      const key = r.b62(20);
      return `Freshservice API error 400 on POST /api/v2/onboarding_requests: {"description":"Validation failed","errors":[{"field":"cf_start_date","message":"invalid date"}]}
 api_key=${b.c('freshservice-key', key)} basic=${b.c('basic-auth', basic(key, 'X'))}
 fields: {"cf_employee_name":"${p.name}","cf_personal_email":"${b.p('email', p.email)}","cf_shipping_address":"${b.p('address', p.address)}"}
 workflow webhook secret: ${b.c('webhook-secret', r.b62(32))}`;
    },
  },
  {
    source: 'intercom',
    name: 'intercom-conversation-dump',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'AU'] as const));
      const c = card(r);
      return `intercom-client error: 401 {"type":"error.list","errors":[{"code":"token_unauthorized"}]} token=${b.c('intercom-token', intercomToken(r))}
conversation_parts: [{"author":{"type":"user","name":"${p.name}"},"body":"<p>My corporate card ${b.f('card', cardSpaced(c))} was declined at the hotel, my mobile is ${b.p('phone', p.phone)}</p>"}]
identity_verification_secret=${b.c('hmac-key', r.b64url(30))}
app client_secret=${b.c('client-secret', r.uuid())}`;
    },
  },
  {
    source: 'front',
    name: 'front-inbox-rule',
    make: (r, b) => {
      const p = person(r, r.pick(['DE', 'FR', 'ES', 'IT'] as const));
      const tok = jwt(r, { scopes: ['shared:*', 'private:*'], iss: 'front', sub: r.hex(20), jti: r.hex(16) }, 'HS256');
      return `[front-router] rule "people-ops triage" threw TypeError: Cannot read properties of undefined (reading 'assignee')
[front-router] api token: ${b.c('jwt', tok)} app_secret=${b.c('webhook-secret', r.hex(32))}
[front-router] message: {"subject":"Bank change","from":"${b.p('email', p.email)}","blurb":"Hi, this is ${p.name}, please pay my salary into ${b.f('iban', iban(r, p.cc))} from now on. My ${p.idKind} is ${b.p(p.idKind, p.id)}."}
[front-router] channel api secret: ${b.c('api-token', r.b62(40))}`;
    },
  },
  {
    source: 'twilio',
    name: 'twilio-flex-task',
    make: (r, b) => {
      const p = person(r, 'US');
      const sid = `AC${r.hex(32)}`;
      const tok = r.hex(32);
      return `RestException [Error]: Authenticate
    at success (/app/node_modules/twilio/lib/base/Version.js:79:23) {
  status: 401, code: 20003,
  moreInfo: 'https://www.twilio.com/docs/errors/20003'
}
TWILIO_ACCOUNT_SID=${sid} TWILIO_AUTH_TOKEN=${b.c('twilio-token', tok)} TWILIO_API_KEY=SK${r.hex(32)} TWILIO_API_SECRET=${b.c('api-secret', r.b62(32))}
Authorization: Basic ${b.c('basic-auth', basic(sid, tok))}
task attributes: {"channel":"voice","from":"${b.p('phone', p.phone.replace(/ /g, ''))}","caller_name":"${p.name}","ivr_ssn_last_entered":"${b.p(p.idKind, p.id)}"}`;
    },
  },
  {
    source: 'aircall',
    name: 'aircall-call-webhook',
    make: (r, b) => {
      const p = person(r, r.pick(['FR', 'GB', 'DE'] as const));
      const id = r.hex(32);
      const tok = r.hex(32);
      return `aircall-hook WARN unexpected event call.ended (no matching user)
  GET https://api.aircall.io/v1/calls/${r.int(100000000, 999999999)} with ${b.c('basic-auth', basic(id, tok))} (api_id=${id}, api_token=${b.c('api-token', tok)})
  call: {"raw_digits":"${b.p('phone', p.phone)}","contact":{"first_name":"${p.first}","last_name":"${p.last}","emails":[{"value":"${b.p('email', p.email)}"}]},"comments":[{"content":"Caller ${p.name} asked about leave pay"}]}
  webhook token: ${b.c('webhook-secret', r.hex(32))}`;
    },
  },
  {
    source: 'talkdesk',
    name: 'talkdesk-oauth-failure',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'BR', 'MX'] as const));
      return `level=error ts=2026-12-05T16:${r.int(10, 59)}:08Z caller=talkdesk.go:${r.int(50, 300)} msg="token exchange failed" status=401 client_id=${r.hex(32)} client_secret=${b.c('client-secret', r.b64url(48))} refresh_token=${b.c('refresh-token', r.b64url(40))}
level=warn ts=2026-12-05T16:${r.int(10, 59)}:09Z caller=contacts.go:${r.int(50, 300)} msg="contact upsert skipped" contact="{Name:${p.name} Phone:${b.p('phone', p.phone)} TaxID:${b.p(p.idKind, p.id)}}"
level=debug caller=webhook.go:40 signing_key=${b.c('webhook-secret', r.b64url(32))}`;
    },
  },
  {
    source: 'slack',
    name: 'slack-bolt-socket-mode',
    make: (r, b) => {
      const p = person(r);
      return `[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve a new WSS URL (invalid_auth)
[DEBUG]  bolt-app config: {"token":"${b.c('slack-bot', slackBot(r))}","appToken":"${b.c('slack-app', slackApp(r))}","signingSecret":"${b.c('signing-secret', r.hex(32))}","socketMode":true}
[DEBUG]  last event: {"type":"view_submission","view":{"callback_id":"pto_request","state":{"values":{"reason":{"text":{"value":"${b.p('medical', r.pick(['Recovering from a miscarriage', 'HIV treatment appointment', 'Rehab program intake', 'Post-surgery recovery (hysterectomy)']))}"}},"contact":{"text":{"value":"${b.p('phone', p.phone)}"}}}}},"user":{"name":"${handle(p)}"}}`;
    },
  },
  {
    source: 'slack',
    name: 'slack-scim-admin-curl',
    make: (r, b) => {
      const p = person(r);
      return `$ curl -X POST https://api.slack.com/scim/v2/Users -H "Authorization: Bearer ${b.c('slack-user', slackUser(r))}" -H "Cookie: d=${b.c('slack-cookie~url', encodeURIComponent(`xoxd-${r.b64(90)}`))}" -d '{"userName":"${handle(p)}","emails":[{"value":"${b.p('email', p.email)}","primary":false}],"phoneNumbers":[{"value":"${b.p('phone', p.phone)}"}]}'
{"Errors":{"description":"already_exists","code":409}}
$ echo $SLACK_CLIENT_SECRET
${b.c('client-secret', r.hex(32))}`;
    },
  },
  {
    source: 'teams',
    name: 'teams-hr-chat-transcript',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      const t = (m: number) => `[2026-12-05 09:${String(m).padStart(2, '0')}]`;
      const m0 = r.int(10, 40);
      return `hr-helpdesk-bot: conversation ${r.uuid()} escalated to a human (intent "direct_deposit_change" unresolved); transcript:
${t(m0)} ${p.name}: hi, I switched banks, can you update my direct deposit before the 15th?
${t(m0 + 1)} HR Helpdesk: Sure, please send the new details.
${t(m0 + 2)} ${p.name}: routing ${b.f(aba![0], aba![1])}, account ${b.f(acct![0], acct![1])}, checking
${t(m0 + 3)} ${p.name}: my SSN is ${b.p(p.idKind, p.id)} if you need it, and my cell is ${b.p('phone', p.phone)}
${t(m0 + 4)} HR Helpdesk: Thanks, a specialist will confirm.
bot settings: MicrosoftAppPassword=${b.c('graph-secret', graphSecret(r))} DirectLineSecret=${b.c('directline-secret', `${r.b64url(8)}.${r.b64url(32)}`)}`;
    },
  },
  {
    source: 'zoom',
    name: 'zoom-s2s-oauth',
    make: (r, b) => {
      const p = person(r);
      const cid = r.b62(22);
      const sec = r.b62(32);
      return `zoomus.errors.ZoomError: 401 Invalid access token
  ZOOM_ACCOUNT_ID=${r.b62(22)} ZOOM_CLIENT_ID=${cid} ZOOM_CLIENT_SECRET=${b.c('client-secret', sec)}
  POST https://zoom.us/oauth/token?grant_type=account_credentials Authorization: Basic ${b.c('basic-auth', basic(cid, sec))}
  webhook secret token: ${b.c('webhook-secret', r.b64url(16))}
  meeting: {"topic":"Exit interview - ${p.name}","agenda":"Personal email for final docs: ${b.p('email', p.email)}"}`;
    },
  },
  {
    source: 'calendly',
    name: 'calendly-invitee-created',
    make: (r, b) => {
      const p = person(r);
      const pat = jwt(r, { iss: 'https://auth.calendly.com', jti: r.uuid(), user_uuid: r.uuid() }, 'HS256');
      return `calendly-webhook: Calendly-Webhook-Signature t=${r.int(1796000000, 1799999999)},v1=${r.hex(64)} did not match (signing key ${b.c('webhook-secret', r.b64url(32))})
calendly-webhook: refetch with PAT ${b.c('jwt', pat)}
{"event":"invitee.created","payload":{"name":"${p.name}","email":"${b.p('email', p.email)}","text_reminder_number":"${b.p('phone', p.phone)}","questions_and_answers":[{"question":"Interview for","answer":"Senior Payroll Analyst"}]}}
calendly-webhook: oauth client_secret=${b.c('client-secret', r.b64url(32))}`;
    },
  },
];
