import { form30, logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { card30 } from './blind-set-30-ids';
import { person30, type Country30 } from './blind-set-30-people';
import { alnum30, basic30, hubspotPat, intercomToken, jwt30, opaque30 } from './blind-set-30-tokens';
import { slackBotToken } from './blind-set-30-keys';

const ZD = ['brightpath', 'northwindhelp', 'kestrelfoods', 'heliosupport'];

/** Intercom, Zendesk, Gong and Outreach: contact creation, secrets in manifests, curl, tickets, call exports, OAuth. */
export const SUPPORT30: Template30[] = [
  {
    id: 'support/intercom-contact-conflict',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      return k.done(`${logPrefix30(r)} intercom POST https://api.intercom.io/contacts -> 409
headers: {"Authorization":"Bearer ${k.c('intercom-access-token', intercomToken(r))}","Intercom-Version":"2.${r.int(9, 11)}","Accept":"application/json"}
body: {"role":"user","external_id":"${r.uuid()}","email":"${k.p('email', u.email)}","name":"${k.p('person-name', u.full)}","signed_up_at":${r.epoch()}}
response: {"type":"error.list","request_id":"${r.b62(20)}","errors":[{"code":"conflict","message":"A contact matching those details already exists with id=${r.hex(24)}"}]}`);
    },
  },
  {
    id: 'support/intercom-k8s-secret',
    make: (r) => {
      const k = new Plant30();
      const b = (s: string) => Buffer.from(s).toString('base64');
      return k.done(`$ kubectl get secret intercom-sync -n support -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: intercom-sync
  namespace: support
  resourceVersion: "${r.num(8)}"
  uid: ${r.uuid()}
type: Opaque
data:
  INTERCOM_ACCESS_TOKEN: ${k.c('k8s-secret-b64', b(intercomToken(r)))}
  INTERCOM_CLIENT_SECRET: ${k.c('k8s-secret-b64', b(r.uuid()))}
  ZENDESK_API_TOKEN: ${k.c('k8s-secret-b64', b(alnum30(r, 40)))}
  HUBSPOT_ACCESS_TOKEN: ${k.c('k8s-secret-b64', b(hubspotPat(r)))}
  INTERCOM_APP_ID: ${b(r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8))}`);
    },
  },
  {
    id: 'support/zendesk-curl',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      const sub = r.pick(ZD);
      return k.done(`+ curl -sS -u ${k.p('email', u.email)}/token:${k.c('zendesk-api-token', alnum30(r, 40))} "https://${sub}.zendesk.com/api/v2/users/search.json?query=role:end-user%20created>2024-0${r.int(1, 9)}-01"
{"error":"Couldn't authenticate you"}
+ exit 22
make: *** [export-zendesk-users] Error 22`);
    },
  },
  {
    id: 'support/zendesk-ticket-webhook',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'CA', 'AU'] as Country30[]));
      const card = card30(r);
      const desc = `Hi, I was charged twice for my subscription. My card is ${k.f('card-number', card)} exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 30)}, please refund one. Thanks, ${u.first}`;
      const hook = { ticket: { id: Number(r.num(6)), subject: 'Double charge', description: desc, priority: 'high', requester: { name: k.p('person-name', u.full), email: k.p('email', u.email) }, via: 'email', tags: ['billing', 'refund'] } };
      return k.done(`zendesk trigger webhook -> crm-sync failed (hubspot ticket create 400)
POST /hooks/zendesk Authorization: Bearer ${k.c('webhook-bearer-token', opaque30(r, 40))}
${JSON.stringify(hook)}`);
    },
  },
  {
    id: 'support/zendesk-basic-header',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      return k.done(`${r.iso()} outbound GET https://${r.pick(ZD)}.zendesk.com/api/v2/tickets/${r.num(6)}/comments.json status=401 duration_ms=${r.int(40, 400)}
  req.headers.accept=application/json
  req.headers.authorization=Basic ${k.c('basic-auth', basic30(`${u.email}/token`, alnum30(r, 40)))}
  req.headers.user-agent=support-analytics/${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}
  res.body={"error":"Couldn't authenticate you"}`);
    },
  },
  {
    id: 'support/gong-calls-export',
    make: (r) => {
      const k = new Plant30();
      const key = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
      const secret = jwt30(r, { alg: 'HS256' }, { exp: r.epoch() + 86400 * 900, accessKey: key });
      const a = person30(r, undefined, true), b = person30(r, undefined, true);
      const parties = [{ id: r.num(18), emailAddress: k.p('email', a.email), name: a.first, affiliation: 'External' }, { id: r.num(18), emailAddress: k.p('email', b.email), affiliation: 'Internal' }];
      return k.done(`gong export: POST https://us-${r.num(5)}.api.gong.io/v2/calls/extensive -> 429 (retry after 30s), last page kept:
Authorization: Basic ${k.c('basic-auth', basic30(key, secret))}
{"requestId":"${r.b62(20)}","records":{"totalRecords":${r.int(100, 9000)},"currentPageSize":1},"calls":[{"metaData":{"id":"${r.num(19)}","title":"Discovery call","scheduled":"${r.iso()}","duration":${r.int(600, 3600)}},"parties":${JSON.stringify(parties)}}]}`);
    },
  },
  {
    id: 'support/gong-env',
    make: (r) => {
      const k = new Plant30();
      const key = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
      return k.done(`# revenue-intel/.env.production
GONG_BASE_URL=https://us-${r.num(5)}.api.gong.io
GONG_ACCESS_KEY=${key}
GONG_ACCESS_KEY_SECRET=${k.c('gong-access-key-secret', jwt30(r, { alg: 'HS256' }, { exp: r.epoch() + 86400 * 900, accessKey: key }))}
GONG_WORKSPACE_ID=${r.num(19)}
SNOWFLAKE_WAREHOUSE=REVOPS_WH
SNOWFLAKE_PASSWORD=${k.c('password', r.passphrase())}
SLACK_BOT_TOKEN=${k.c('slack-bot-token', slackBotToken(r))}`);
    },
  },
  {
    id: 'support/outreach-prospect',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'DE', 'AU', 'IN'] as Country30[]), true);
      const _alt = person30(r, u.country); // drawn and unused: kept so that the sealed set's draws stay as written
      const attrs = { firstName: u.first, lastName: u.last, emails: [k.p('email', u.email)], workPhones: [k.p('phone', u.phoneIntl)], addressCity: u.city };
      return k.done(`${logPrefix30(r)} outreach create prospect 422
POST https://api.outreach.io/api/v2/prospects
Authorization: Bearer ${k.c('outreach-access-token', opaque30(r, 43))}
{"data":{"type":"prospect","attributes":${JSON.stringify(attrs)}}}
{"errors":[{"id":"validationError","source":{"pointer":"/data"},"title":"Validation Error","detail":"Contacts contact is using an excluded email address."}]}`);
    },
  },
  {
    id: 'support/outreach-oauth-refresh',
    make: (r) => {
      const k = new Plant30();
      return k.done(`outreach-token-refresher: refresh failed, will retry
POST https://api.outreach.io/oauth/token
client_id=${r.b62(43)}&client_secret=${k.c('outreach-client-secret', form30(opaque30(r, 43)))}&redirect_uri=https%3A%2F%2Frevops.brightpath.io%2Fcallback&grant_type=refresh_token&refresh_token=${k.c('outreach-refresh-token', opaque30(r, 43))}
<- 401 {"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}
previous access_token=${k.c('outreach-access-token', opaque30(r, 43))} expired_at=${r.iso()}`);
    },
  },
];
