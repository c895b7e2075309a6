import { CLINICS, type T50 } from './blind-set-50-ctx';

export const TELE_TEMPLATES: T50[] = [
  {
    area: 'tele', name: 'zoom-s2s-oauth', n: 8,
    make: (c) => {
      const cid = c.b62(22);
      const sec = c.cr('client-secret', c.b62(32));
      const now = c.epoch();
      const tok = c.cr('jwt', c.jwt({ alg: 'HS512', v: '2.0', kid: c.uuid() }, { aud: 'https://oauth.zoom.us', uid: c.b64urlChars(22), ver: 9, auid: c.hex(32), nbf: now, code: c.b62(34), iss: 'zm:cid:' + cid, gno: 0, exp: now + 3600, type: 3, iat: now, aid: c.b64urlChars(22) }, 64));
      const p = c.person();
      return `$ curl -s -X POST "https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${c.b64urlChars(22)}" -u "${cid}:${sec}"
{"access_token":"${tok}","token_type":"bearer","expires_in":3599,"scope":"meeting:write:admin user:read:admin"}
$ curl -s -X POST https://api.zoom.us/v2/users/me/meetings -H "Authorization: Bearer ${tok.slice(0, 24)}..." -d '{"topic":"Follow-up visit","settings":{"meeting_invitees":[{"email":"${c.pe('email', c.email(p.f, p.l))}"}]}}'`;
    },
  },
  {
    area: 'tele', name: 'zoom-webhook', n: 8,
    make: (c) => {
      const wh = c.cr('webhook-secret', c.b64urlChars(22));
      const p = c.person();
      return `ZOOM_WEBHOOK_SECRET_TOKEN=${wh}
---- received ${c.ts()} ----
{"event":"meeting.participant_joined","event_ts":${c.epoch()}000,"payload":{"account_id":"${c.b64urlChars(22)}","object":{"id":"${c.dig(11)}","uuid":"${c.b64urlChars(22)}==","topic":"${c.pick(CLINICS)} - Virtual Visit","participant":{"user_id":"${c.dig(8)}","user_name":"${c.pe('person-name', p.full)}","email":"${c.pe('email', c.email(p.f, p.l))}","ip_address":"${c.pe('ip', c.ip())}","join_time":"${c.ts(false)}"}}}}`;
    },
  },
  {
    area: 'tele', name: 'twilio-video-env', n: 12,
    make: (c) => {
      const auth = c.cr('auth-token', c.hex(32));
      const sec = c.cr('api-secret', c.b62(32));
      return `TWILIO_ACCOUNT_SID=AC${c.hex(32)}
TWILIO_AUTH_TOKEN=${auth}
TWILIO_API_KEY_SID=SK${c.hex(32)}
TWILIO_API_KEY_SECRET=${sec}
TWILIO_CONVERSATIONS_SERVICE_SID=IS${c.hex(32)}
VIDEO_ROOM_TYPE=group-small`;
    },
  },
  {
    area: 'tele', name: 'twilio-access-token-log', n: 8,
    make: (c) => {
      const p = c.person();
      const em = c.pe('email', c.email(p.f, p.l));
      const now = c.epoch();
      const sk = `SK${c.hex(32)}`;
      const t = c.cr('jwt', c.jwt({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' }, { jti: `${sk}-${now}`, grants: { identity: em, video: { room: `visit-${c.dig(6)}` } }, iat: now, exp: now + 14400, iss: sk, sub: `AC${c.hex(32)}` }, 32));
      return `{"level":30,"time":${now}123,"pid":${c.int(10, 9999)},"hostname":"tele-api-${c.lowerAlnum(5)}","msg":"issued video token","identity":"${em}","token":"${t}"}`;
    },
  },
  {
    area: 'tele', name: 'opentok-session', n: 12,
    make: (c) => {
      const secret = c.cr('api-secret', c.hex(40));
      const partner = c.int(46000000, 47999999);
      const sess = `1_MX4${c.b64urlChars(8)}fn4xNz${c.b64urlChars(30)}fn4`;
      const raw = `partner_id=${partner}&sig=${c.hex(40)}:session_id=${sess}&create_time=${c.epoch()}&role=publisher&nonce=${c.int(100000, 999999)}.${c.dig(6)}&initial_layout_class_list=`;
      const tok = c.cr('session-token', 'T1==' + Buffer.from(raw).toString('base64'));
      return `opentok:
  api_key: "${partner}"
  api_secret: "${secret}"
${c.ts()} [visit-room] DEBUG generated token for provider session=${sess} token=${tok}`;
    },
  },
  {
    area: 'tele', name: 'daily-room', n: 8,
    make: (c) => {
      const key = c.cr('api-key', c.hex(64));
      const p = c.person();
      return `curl -H "Content-Type: application/json" -H "Authorization: Bearer ${key}" -XPOST -d '{"properties":{"room_name":"intake-${c.lowerAlnum(8)}","user_name":"${c.pe('person-name', p.full)}","is_owner":false,"exp":${c.epoch()}}}' https://api.daily.co/v1/meeting-tokens`;
    },
  },
  {
    area: 'tele', name: 'agora-config', n: 7,
    make: (c) => {
      const appId = c.hex(32);
      const cert = c.cr('api-secret', c.hex(32));
      const tok = c.cr('session-token', `006${appId}IA${c.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c.int(100, 140))}`);
      return `agora:
  appId: ${appId}
  appCertificate: ${cert}
  tokenExpireSeconds: 3600
# sample token for QA (do not commit)
# ${tok}`;
    },
  },
  {
    area: 'tele', name: 'waiting-room-ticket', n: 6,
    make: (c) => {
      const p = c.person();
      return `Zendesk #${c.int(100000, 999999)} - "Patient stuck in virtual waiting room"
Requester: ${c.pick(CLINICS)} (front desk)
Patient: ${c.pe('person-name', p.full)}, DOB ${c.pe('dob', c.dob(1))}, cell ${c.pe('phone', c.phone(c.pick([0, 1, 3])))}
Browser: Chrome 124 on Windows 10, public IP ${c.pe('ip', c.ip())}
She says the camera check passes but the provider never sees her. Please call her back before 4pm ET.`;
    },
  },
  {
    area: 'tele', name: 'intake-form-webhook', n: 4,
    make: (c) => {
      const p = c.person();
      const a = c.address();
      return JSON.stringify({ form_id: c.b62(8), submitted_at: c.ts(false), answers: { full_name: c.pe('person-name', p.full), email: c.pe('email', c.email(p.f, p.l)), mobile: c.pe('phone', c.phone(2)), date_of_birth: c.pe('dob', c.dob(1)), home_address: c.pe('address', a.full), drivers_license: c.pe('drivers-license', `${c.pick(['A', 'B', 'D', 'S'])}${c.dig(7)}`), insurance_member_id: c.pe('member-id', c.memberId()), reason: 'UTI symptoms, 3 days' } });
    },
  },
  {
    area: 'tele', name: 'sendgrid-reminder', n: 8,
    make: (c) => {
      const key = c.cr('api-key', c.sendgrid());
      const p = c.person();
      return `ResponseError: Forbidden
    at /srv/reminders/node_modules/@sendgrid/client/src/classes/client.js:146:29 {
  code: 403,
  response: { headers: { 'x-message-id': '${c.b64urlChars(22)}' }, body: { errors: [ { message: 'The provided authorization grant is invalid, expired, or revoked' } ] } },
  request: { apiKey: '${key}', to: '${c.pe('email', c.email(p.f, p.l))}', templateId: 'd-${c.hex(32)}', dynamicTemplateData: { first_name: '${c.pe('person-name', p.f)}', visit_time: '${c.ts(false)}' } }
}`;
    },
  },
];

export const WEAR_TEMPLATES: T50[] = [
  {
    area: 'wear', name: 'fitbit-refresh', n: 12,
    make: (c) => {
      const cid = c.upAlnum(6);
      const cs = c.hex(32);
      const basic = c.cr('basic-auth', Buffer.from(`${cid}:${cs}`).toString('base64'));
      const uid = c.upAlnum(6);
      const now = c.epoch();
      const at = c.cr('jwt', c.jwt({ alg: 'HS256' }, { aud: cid, sub: uid, iss: 'Fitbit', typ: 'access_token', scopes: 'rsoc rsle ract rhr rwei rtem rpro', exp: now + 28800, iat: now }, 32));
      const rt = c.cr('refresh-token', c.hex(64));
      return `POST /oauth2/token HTTP/1.1
Host: api.fitbit.com
Authorization: Basic ${basic}
Content-Type: application/x-www-form-urlencoded

grant_type=refresh_token&refresh_token=${c.hex(64)}

HTTP/1.1 200 OK
{"access_token":"${at}","expires_in":28800,"refresh_token":"${rt}","scope":"sleep activity heartrate weight","token_type":"Bearer","user_id":"${uid}"}`;
    },
  },
  {
    area: 'wear', name: 'fitbit-subscriber', n: 7,
    make: (c) => {
      const v = c.cr('verification-code', c.hex(64));
      const cs = c.cr('client-secret', c.hex(32));
      return `fitbit:
  client_id: ${c.upAlnum(6)}
  client_secret: ${cs}
  subscriber:
    id: "${c.int(1, 9)}"
    endpoint: https://sync.${c.pick(['vitalloop.io', 'cardiotrack.app', 'stepwise.health'])}/fitbit/notify
    verification_code: ${v}`;
    },
  },
  {
    area: 'wear', name: 'garmin-oauth1', n: 8,
    make: (c) => {
      const ck = c.uuid();
      const cs = c.cr('client-secret', c.b62(27));
      const tsec = c.cr('token-secret', c.b62(27));
      return `GARMIN_CONSUMER_KEY=${ck}
GARMIN_CONSUMER_SECRET=${cs}
[${c.ts()}] garmin-health: GET https://apis.garmin.com/wellness-api/rest/dailies?uploadStartTimeInSeconds=${c.epoch()} 401
  Authorization: OAuth oauth_consumer_key="${ck}", oauth_nonce="${c.dig(10)}", oauth_signature="${encodeURIComponent(c.r.b64(20))}", oauth_signature_method="HMAC-SHA1", oauth_timestamp="${c.epoch()}", oauth_token="${c.uuid()}", oauth_version="1.0"
  debug token_secret=${tsec}`;
    },
  },
  {
    area: 'wear', name: 'oura-pat', n: 8,
    make: (c) => {
      const pat = c.cr('access-token', c.upAlnum(32));
      const p = c.person();
      return `$ curl -H 'Authorization: Bearer ${pat}' https://api.ouraring.com/v2/usercollection/personal_info
{"id":"${c.uuid()}","age":${c.int(22, 70)},"weight":${c.int(50, 110)}.${c.int(0, 9)},"height":1.${c.int(55, 95)},"biological_sex":"${c.pick(['female', 'male'])}","email":"${c.pe('email', c.email(p.f, p.l))}"}`;
    },
  },
  {
    area: 'wear', name: 'withings-token', n: 12,
    make: (c) => {
      const cs = c.cr('client-secret', c.hex(64));
      const at = c.cr('access-token', c.hex(40));
      const rt = c.cr('refresh-token', c.hex(40));
      return `POST https://wbsapi.withings.net/v2/oauth2 action=requesttoken&grant_type=authorization_code&client_id=${c.hex(64)}&client_secret=${cs}&code=${c.hex(40)}&redirect_uri=https%3A%2F%2Fapp.scalecare.io%2Fcb
{"status":0,"body":{"userid":"${c.int(1000000, 39999999)}","access_token":"${at}","refresh_token":"${rt}","expires_in":10800,"scope":"user.metrics,user.activity","token_type":"Bearer"}}`;
    },
  },
  {
    area: 'wear', name: 'dexcom-egv', n: 8,
    make: (c) => {
      const cs = c.cr('client-secret', c.b62(16));
      const now = c.epoch();
      const at = c.cr('jwt', c.jwt({ alg: 'RS256', kid: c.uuid(), typ: 'JWT' }, { iss: 'https://uam1.dexcom.com/identity', nbf: now, iat: now, exp: now + 7200, aud: 'https://uam1.dexcom.com/identity/resources', scope: ['egv', 'calibration', 'device', 'offline_access'], client_id: c.b62(32), sub: c.uuid(), auth_time: now, idp: 'idsrv' }));
      return `DEXCOM_CLIENT_SECRET=${cs}
2024-${c.pad(c.int(1, 12), 2)}-${c.pad(c.int(1, 28), 2)} ${c.pad(c.int(0, 23), 2)}:00:12 ERROR cgm_sync.py:88 GET /v3/users/self/egvs failed 429 headers={'Authorization': 'Bearer ${at}'}`;
    },
  },
  {
    area: 'wear', name: 'strava-activity', n: 6,
    make: (c) => {
      const tok = c.cr('access-token', c.hex(40));
      const p = c.person();
      const lat = c.pe('geo', c.lat());
      const lon = c.pe('geo', c.lon());
      return `DEBUG strava-import token=${tok} activity={"id":${c.dig(11)},"name":"Morning Run","athlete":{"id":${c.dig(8)},"firstname":"${c.pe('person-name', p.f)}","lastname":"${c.pe('person-name', p.l)}"},"distance":${c.int(2000, 20000)}.${c.int(0, 9)},"start_latlng":[${lat},${lon}],"average_heartrate":${c.int(120, 170)}.${c.int(0, 9)}}`;
    },
  },
  {
    area: 'wear', name: 'healthkit-route-upload', n: 6,
    make: (c) => {
      const p = c.person();
      const key = c.cr('private-key', c.pem('ec'));
      const pts = [0, 1].map(() => `{"lat":${c.pe('geo', c.lat())},"lon":${c.pe('geo', c.lon())},"t":"${c.ts(false)}"}`);
      return `// AuthKey_${c.upAlnum(10)}.p8 (APNs, team ${c.upAlnum(10)})
${key}
${c.ts()} [HealthSync] uploading HKWorkoutRoute for ${c.pe('email', c.email(p.f, p.l))}: [${pts.join(',')}]`;
    },
  },
  {
    area: 'wear', name: 'google-fit', n: 12,
    make: (c) => {
      const at = c.cr('access-token', c.ya29());
      const rt = c.cr('refresh-token', `1//0${c.pick(['g', 'd', '5', '6'])}${c.b64urlChars(c.int(90, 100))}`);
      const cs = c.cr('client-secret', `GOCSPX-${c.b64urlChars(28)}`);
      const p = c.person();
      return `google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant'})
credentials = {"token": "${at}", "refresh_token": "${rt}", "client_id": "${c.dig(12)}-${c.lowerAlnum(32)}.apps.googleusercontent.com", "client_secret": "${cs}", "account": "${c.pe('email', c.email(p.f, p.l))}"}`;
    },
  },
  {
    area: 'wear', name: 'polar-register', n: 6,
    make: (c) => {
      const cs = c.cr('client-secret', c.uuid());
      const tok = c.cr('access-token', c.hex(32));
      const p = c.person();
      return `polar.client_secret=${cs}
> POST https://www.polaraccesslink.com/v3/users Authorization: Bearer ${tok} {"member-id":"${c.uuid()}"}
< 200 {"polar-user-id":${c.dig(8)},"member-id":"${c.uuid()}","registration-date":"${c.ts(false)}","first-name":"${c.pe('person-name', p.f)}","last-name":"${c.pe('person-name', p.l)}","birthdate":"${c.pe('dob', c.dob(0))}","gender":"${c.pick(['FEMALE', 'MALE'])}","weight":${c.int(50, 110)}.0,"height":${c.int(150, 195)}.0}`;
    },
  },
  {
    area: 'wear', name: 'device-sync-sql', n: 4,
    make: (c) => {
      const rows: string[] = [];
      for (let i = 0; i < 1; i++) {
        const p = c.person();
        rows.push(` ${c.pe('email', c.email(p.f, p.l))} | ${c.pick(['Versa 4', 'Forerunner 265', 'Oura Gen3', 'Withings ScanWatch', 'Dexcom G7'])} | ${c.pe('ip', c.ip())} | ${c.pe('geo', c.lat())} | ${c.pe('geo', c.lon())} | ${c.ts(false)}`);
      }
      return `wearables=> SELECT user_email, device_model, last_sync_ip, last_lat, last_lon, last_sync_at FROM device_sync ORDER BY last_sync_at DESC LIMIT 1;
 user_email | device_model | last_sync_ip | last_lat | last_lon | last_sync_at
${rows.join('\n')}
(1 row)`;
    },
  },
];

