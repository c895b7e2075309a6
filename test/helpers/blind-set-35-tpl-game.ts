import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-35-rng';
import { jsonEsc35, type Template35 } from './blind-set-35-draw';
import { aws35, azureSecret35, epoch35, hexU35, humanPassword35, jwt35, p8Key35, rsaKey35, uuid35 } from './blind-set-35-creds';
import { dob35, person35, phone35 } from './blind-set-35-people';

const steamId = (r: { digits: (n: number) => string }): string => '7656119' + r.digits(10);

/** Game backends and stores: Steam, EOS, PlayFab, Unity, Apple, Google Play, GameLift, Nakama, console partners. */
export const GAME_TEMPLATES35: Template35[] = [
  {
    area: 'game-backend', name: 'steam-partner-ownership-error',
    make: (d) => {
      const r = d.r, key = d.c('steam-publisher-key', hexU35(r, 32)), who = person35(r);
      return `[entitlements] ${new Date(epoch35(r) * 1000).toISOString()} ERROR CheckAppOwnership failed (HTTP 403)
  GET https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=${key}&steamid=${steamId(r)}&appid=${r.int(400000, 2999999)}
  at SteamPartnerClient.request (/srv/entitlements/dist/steam/partner.js:${r.int(40, 300)}:19)
  ctx: {"account_email":"${d.p('email', who.email)}","display_name":"${d.p('person-name', who.full)}","build":"${r.int(12000, 19999)}"}`;
    },
  },
  {
    area: 'game-backend', name: 'steam-auth-ticket-retry', draws: 12,
    make: (d) => {
      const r = d.r;
      const ticket = d.c('steam-session-ticket', '14000000' + hexU35(r, 8) + '01001001' + hexU35(r, r.pick([216, 280, 344])));
      const key = d.c('steam-web-api-key', hexU35(r, 32));
      return `WARN auth.steam AuthenticateUserTicket returned eresult=5 (InvalidPassword), retry ${r.int(1, 3)}/3
POST /ISteamUserAuth/AuthenticateUserTicket/v1/ HTTP/1.1
Host: api.steampowered.com
Content-Type: application/x-www-form-urlencoded

key=${key}&appid=${r.int(400000, 2999999)}&ticket=${ticket}&identity=${r.pick(['matchmaker', 'gs-auth'])}`;
    },
  },
  {
    area: 'game-backend', name: 'eos-client-config-dump',
    make: (d) => {
      const r = d.r, cid = 'xyza' + r.chars(LOWER + DIGITS, 28), sec = d.c('eos-client-secret', r.chars(B62 + '+/', 43));
      const basic = d.c('basic-auth', Buffer.from(`${cid}:${sec}`).toString('base64'));
      return `# eos.yaml loaded by matchmaking-svc (pid ${r.int(1000, 60000)})
eos:
  product_id: ${r.hex(32)}
  sandbox_id: ${r.hex(32)}
  deployment_id: ${r.hex(32)}
  client_id: ${cid}
  client_secret: "${sec}"
---
POST https://api.epicgames.dev/auth/v1/oauth/token -> 401 invalid_client
Authorization: Basic ${basic}`;
    },
  },
  {
    area: 'game-backend', name: 'playfab-server-request',
    make: (d) => {
      const r = d.r, who = person35(r), pfid = hexU35(r, 16);
      const secret = d.c('playfab-secret-key', r.chars(UPPER + DIGITS, 52));
      const ticket = d.c('playfab-session-ticket', `${pfid}-${hexU35(r, 16)}-${hexU35(r, 16)}-${r.int(1000, 9999)}-${hexU35(r, 15)}-${r.chars(B62 + '+/', 42)}=`);
      return `PlayFabError 1074 NotAuthorized on /Server/UpdateUserData (title ${hexU35(r, 5)})
> POST https://${hexU35(r, 5)}.playfabapi.com/Server/UpdateUserData
> X-SecretKey: ${secret}
> X-Authorization: ${ticket}
> body: {"PlayFabId":"${pfid}","Data":{"contact_email":"${d.p('email', who.email)}","birthdate":"${d.p('date-of-birth', dob35(r))}","phone":"${d.p('phone', phone35(r))}"}}`;
    },
  },
  {
    area: 'game-backend', name: 'unity-service-account-curl',
    make: (d) => {
      const r = d.r, kid = uuid35(r), sec = d.c('unity-sa-secret', r.chars(B62 + '_-', 32));
      return `$ curl -sS -u ${kid}:${sec} -X POST "https://services.api.unity.com/auth/v1/token-exchange?projectId=${uuid35(r)}&environmentId=${uuid35(r)}"
{"title":"Unauthorized","status":401,"detail":"service account ${kid} lacks role unity.projects.viewer"}
# retry via env
UNITY_SERVICE_ACCOUNT_KEY_ID=${kid}
UNITY_SERVICE_ACCOUNT_SECRET=${sec}
Authorization: Basic ${d.c('basic-auth', Buffer.from(`${kid}:${sec}`).toString('base64'))}`;
    },
  },
  {
    area: 'game-backend', name: 'appstore-connect-p8-fastlane',
    make: (d) => {
      const r = d.r, kid = r.chars(UPPER + DIGITS, 10), iss = uuid35(r), iat = epoch35(r);
      const tok = d.c('jwt', jwt35(r, 'ES256', { iss, iat, exp: iat + 1200, aud: 'appstoreconnect-v1' }, { kid }));
      const key = d.c('pem-private-key', p8Key35(r));
      return `[fastlane] upload_to_testflight failed: 401 NOT_AUTHORIZED
[fastlane] api_key_path=./AuthKey_${kid}.p8 issuer_id=${iss}
[fastlane] DEBUG Authorization: Bearer ${tok}
[fastlane] DEBUG key file contents:
${key}
[fastlane] contact on record: ${d.p('person-name', person35(r).full)}`;
    },
  },
  {
    area: 'game-backend', name: 'google-play-service-account-json',
    make: (d) => {
      const r = d.r, proj = `${r.pick(['studio', 'tiny-hammer', 'blastwave'])}-${r.pick(['prod', 'publishing', 'billing'])}-${r.int(100000, 999999)}`;
      const key = rsaKey35(r).replace(/\n/g, '\\n') + '\\n';
      const sa = `{"type":"service_account","project_id":"${proj}","private_key_id":"${r.hex(40)}","private_key":"${key}","client_email":"play-publisher@${proj}.iam.gserviceaccount.com","client_id":"${r.digits(21)}"}`;
      if (r.next() < 0.5) {
        d.c('pem-private-key-json', key);
        return `iap-verify: androidpublisher purchases.products.get failed: invalid_grant\nloaded credentials from GOOGLE_PLAY_SA_JSON=${sa}`;
      }
      d.c('pem-private-key-json', jsonEsc35(key));
      return `{"level":"error","svc":"iap-verify","msg":"androidpublisher purchases.products.get failed: invalid_grant","credentials":"${jsonEsc35(sa)}"}`;
    },
  },
  {
    area: 'game-backend', name: 'gamelift-fleet-env-dump',
    make: (d) => {
      const r = d.r, k = aws35(r);
      return `Traceback (most recent call last):
  File "/opt/fleet/deploy.py", line ${r.int(50, 400)}, in create_fleet
    gl.create_fleet(Name="arena-${r.int(100, 999)}", BuildId="build-${uuid35(r)}")
botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the CreateFleet operation
environment:
  AWS_ACCESS_KEY_ID=${d.c('aws-access-key-id', k.id)}
  AWS_SECRET_ACCESS_KEY=${d.c('aws-secret-key', k.secret)}
  HATHORA_TOKEN=${d.c('jwt', jwt35(r, 'HS256', { sub: `google-oauth2|${r.digits(21)}`, aud: 'https://cloud.hathora.com', iat: epoch35(r) }))}`;
    },
  },
  {
    area: 'game-backend', name: 'nakama-config', draws: 12,
    make: (d) => {
      const r = d.r;
      return `# nakama config.yml (rendered by helm, printed on crash-loop)
name: nakama-${r.int(1, 9)}
socket:
  server_key: "${d.c('nakama-server-key', r.chars(B62, 24))}"
session:
  encryption_key: "${d.c('nakama-encryption-key', r.chars(B62, 32))}"
  refresh_encryption_key: "${d.c('nakama-encryption-key', r.chars(B62, 32))}"
runtime:
  http_key: "${d.c('nakama-http-key', r.chars(B62, 28))}"
console:
  username: "ops"
  password: "${d.c('password', humanPassword35(r))}"
database:
  address: ["root:${d.c('db-password', r.urlPassword(18))}@cockroach-${r.int(0, 2)}.db:26257"]`;
    },
  },
  {
    area: 'game-backend', name: 'console-partner-ini',
    make: (d) => {
      const r = d.r;
      return `; partner-services.ini (loaded by cert-bot)
[xbox.partnercenter]
TenantId=${uuid35(r)}
ClientId=${uuid35(r)}
ClientSecret=${d.c('azure-client-secret', azureSecret35(r))}

[psn.s2s]
ClientId=${uuid35(r)}
ClientSecret=${d.c('psn-client-secret', r.chars(B62, 16))}

[nintendo.npln]
ServiceAccount=svc-${r.int(1000, 9999)}
ApiToken=${d.c('nintendo-api-token', r.chars(B64URL, 48))}
; escalation: ${d.p('person-name', person35(r).full)} ${d.p('phone', phone35(r))}`;
    },
  },
  {
    area: 'game-backend', name: 'anticheat-dashboard-login',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `2026-0${r.int(1, 9)}-1${r.int(0, 9)} anticheat-sync: dashboard login failed for ${d.p('email', who.email)}
  POST https://dev.epicgames.com/portal/api/login body={"email":"${who.email}","password":"${d.c('password', humanPassword35(r))}"}
  then: GET /api/v1/reports?game=${r.hex(32)} -H "X-Api-Key: ${d.c('anticheat-api-key', r.chars(B62, 40))}"`;
    },
  },
];
