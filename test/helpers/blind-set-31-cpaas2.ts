import { ddHeader, isoTs, org, plainTs, privIp, pubIp, type Template31 } from './blind-set-31-case';
import { person } from './blind-set-31-people';
import { birdKey, infobipKey, messagebirdKey, plivoAuthId, plivoToken, telesignKey, telnyxKey } from './blind-set-31-tokens';

/** MessageBird/Bird, Plivo, Bandwidth, Telnyx, Infobip and TeleSign: PHP/Python/Java/Go logs, configs, callbacks. */
export const CPAAS2_TEMPLATES: Template31[] = [
  {
    id: 'messagebird-laravel-log',
    make: (r, v) => {
      const ps = [person(r, r.pick(['NL', 'DE', 'GB']))];
      const key = r.chance(0.3) ? `live_${messagebirdKey(r)}` : messagebirdKey(r);
      return `[${plainTs(r)}] production.ERROR: Request not allowed (incorrect access_key) {"userId":${r.int(100, 9999)},"exception":"[object] (MessageBird\\\\Exceptions\\\\AuthenticateException(code: 0): Request not allowed (incorrect access_key) at /var/www/app/vendor/messagebird/php-rest-api/src/MessageBird/Common/ResponseError.php:62)"}
[stacktrace]
#0 /var/www/app/vendor/messagebird/php-rest-api/src/MessageBird/Resources/Base.php(178): MessageBird\\Common\\ResponseError->__construct()
#1 /var/www/app/app/Services/OutageNotifier.php(57): MessageBird\\Resources\\Base->create()
#2 /var/www/app/app/Jobs/NotifyOutage.php(31): App\\Services\\OutageNotifier->send(Array)
[context] config('services.messagebird') = array ('access_key' => '${v.c('messagebird-access-key', key)}', 'originator' => '${org(r).slice(0, 11)}')
[context] recipients = array (0 => '${v.p('msisdn', ps[0]!.e164.slice(1))}')`;
    },
  },
  {
    id: 'bird-channels-go-dump',
    make: (r, v) => {
      const p = person(r, r.pick(['NL', 'DE', 'FR']));
      const ws = r.uuid();
      return `${isoTs(r)}\tERROR\tbird/client.go:118\tsend whatsapp/sms fallback failed\t{"status": 403, "workspace": "${ws}"}
(*http.Request){Method: "POST", URL: "https://api.bird.com/workspaces/${ws}/channels/${r.uuid()}/messages",
  Header: http.Header{"Authorization": []string{"AccessKey ${v.c('bird-access-key', birdKey(r))}"}, "Content-Type": []string{"application/json"}},
  Body: {"receiver":{"contacts":[{"identifierValue":"${v.p('phone-e164', p.e164)}","identifierKey":"phonenumber"}]},"body":{"type":"text","text":{"text":"Hi, your smart meter install is confirmed."}}}}`;
    },
  },
  {
    id: 'plivo-python-traceback',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'IN', 'GB']));
      const id = plivoAuthId(r);
      return `Traceback (most recent call last):
  File "/opt/fsm/jobs/remind_technicians.py", line 88, in <module>
    main()
  File "/opt/fsm/jobs/remind_technicians.py", line 74, in main
    client = plivo.RestClient("${id}", "${v.c('plivo-auth-token', plivoToken(r))}")
  File "/opt/fsm/jobs/remind_technicians.py", line 79, in main
    client.messages.create(src="${org(r).toUpperCase().slice(0, 6)}", dst="${v.p('phone-e164', p.e164)}", text=msg)
  File "/usr/local/lib/python3.10/site-packages/plivo/resources/messages.py", line 87, in create
    return self.client.request('POST', ('Message', ), to_param_dict(self.create, locals()))
plivo.exceptions.ValidationError: {'api_id': '${r.uuid()}', 'error': 'dst number ${v.p('msisdn', p.e164.slice(1))} is not a valid mobile number'}`;
    },
  },
  {
    id: 'bandwidth-message-failed-callback',
    make: (r, v) => {
      const p = person(r, 'US');
      const pw = r.password(20);
      return `${ddHeader(r, 'bandwidth callbacks: message-failed spike')}
${isoTs(r)} warn callback-receiver basic auth accepted user=bw-callbacks pass=${v.c('password', pw)} (DEBUG_AUTH=1 left on)
[{"type":"message-failed","time":"${isoTs(r)}","description":"rejected-unallocated-from-number","to":"${v.p('phone-e164', p.e164)}","errorCode":4720,"message":{"id":"${r.int(1600000000000, 1760000000000)}${r.b62(6).toLowerCase()}","owner":"+1${r.pick(['919', '984'])}${r.digits(7)}","applicationId":"${r.uuid()}","time":"${isoTs(r)}","segmentCount":1,"direction":"out","to":["${p.e164}"],"from":"+1${r.pick(['919', '984'])}${r.digits(7)}","text":"","tag":"truck-eta"}}]`;
    },
  },
  {
    id: 'bandwidth-helm-values',
    make: (r, v) => {
      const pw = r.humanPassword();
      return `# values-prod.yaml (voice-edge), committed by mistake in PR #${r.int(200, 3000)}
bandwidth:
  accountId: "${r.int(5000000, 9999999)}"
  voiceApplicationId: ${r.uuid()}
  messagingApplicationId: ${r.uuid()}
  username: api-${org(r)}
  password: "${v.c('password', pw)}"
  oauth:
    clientId: ${r.hex(24)}
    clientSecret: ${v.c('oauth-client-secret', r.b62(40))}
  callbackBaseUrl: https://voice.${org(r)}.com/bw
replicaCount: 3`;
    },
  },
  {
    id: 'telnyx-401-http-log',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'DE']));
      return `--> POST https://api.telnyx.com/v2/messages
Authorization: Bearer ${v.c('telnyx-api-key', telnyxKey(r))}
Content-Type: application/json
{"from":"+1${r.pick(['312', '773'])}${r.digits(7)}","to":"${v.p('phone-e164', p.e164)}","text":"${org(r)}: your technician ${r.pick(['Sam', 'Alex', 'Jo'])} arrives in 20 min","messaging_profile_id":"${r.uuid()}"}
<-- 401 Unauthorized https://api.telnyx.com/v2/messages (${r.int(40, 300)}ms)
{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}`;
    },
  },
  {
    id: 'telnyx-credential-connection',
    make: (r, v) => {
      const user = `${org(r).replace(/-/g, '')}${r.digits(4)}`;
      const pw = r.password(14);
      return `$ curl -s -H "Authorization: Bearer ${v.c('telnyx-api-key', telnyxKey(r))}" https://api.telnyx.com/v2/credential_connections/${r.num(19)} | jq .data
{
  "record_type": "credential_connection",
  "id": "${r.num(19)}",
  "active": true,
  "connection_name": "field-techs-softphones",
  "user_name": "${user}",
  "password": "${v.c('sip-password', pw)}",
  "sip_uri_calling_preference": "disabled",
  "anchorsite_override": "${r.pick(['Latency', 'Chicago, IL', 'Amsterdam, Netherlands'])}",
  "created_at": "${isoTs(r)}"
}`;
    },
  },
  {
    id: 'infobip-okhttp-log',
    make: (r, v) => {
      const ps = [person(r, r.pick(['DE', 'PL', 'ES', 'FR', 'SE', 'BR']))];
      const base = r.b62(6).toLowerCase();
      return `${plainTs(r)} I/okhttp.OkHttpClient: --> POST https://${base}.api.infobip.com/sms/2/text/advanced
${plainTs(r)} I/okhttp.OkHttpClient: Authorization: App ${v.c('infobip-api-key', infobipKey(r))}
${plainTs(r)} I/okhttp.OkHttpClient: {"messages":[{"destinations":[{"to":"${v.p('msisdn', ps[0]!.e164.slice(1))}"}],"from":"InfoSMS","text":"Meter exchange scheduled"}]}
${plainTs(r)} I/okhttp.OkHttpClient: <-- 401 https://${base}.api.infobip.com/sms/2/text/advanced (${r.int(90, 600)}ms)
${plainTs(r)} I/okhttp.OkHttpClient: {"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}}`;
    },
  },
  {
    id: 'telesign-phoneid-contact',
    make: (r, v) => {
      const p = person(r, 'US');
      const cust = r.uuid().toUpperCase();
      const basic = Buffer.from(`${cust}:${telesignKey(r)}`).toString('base64');
      return `${isoTs(r)} DEBUG fraud-check request POST https://rest-ww.telesign.com/v1/phoneid/${p.e164.slice(1)} authorization="Basic ${v.c('basic-auth', basic)}" x-ts-date="${r.pick(['Mon', 'Tue', 'Wed'])}, ${r.int(1, 28)} Apr 2025 ${r.pad(0, 23, 2)}:${r.pad(0, 59, 2)}:00 GMT"
${isoTs(r)} DEBUG fraud-check response {"reference_id":"${r.HEX(32)}","status":{"code":300,"description":"Transaction successfully completed"},"numbering":{"original":{"complete_phone_number":"${v.p('msisdn', p.e164.slice(1))}","country_code":"1"}},"contact":{"first_name":"${v.p('person-name', p.first.toUpperCase())}","last_name":"${v.p('person-name', p.last.toUpperCase())}","city":"${p.address.split(', ').slice(-2, -1)[0]!.toUpperCase()}"},"carrier":{"name":"${r.pick(['T-Mobile USA, Inc.', 'Verizon Wireless', 'AT&T Mobility'])}"},"phone_type":{"code":"2","description":"MOBILE"}}
${isoTs(r)} INFO  fraud-check signup risk=medium name_match=${r.pick(['partial', 'none'])} ip=${pubIp(r)} via ${privIp(r)}`;
    },
  },
];
