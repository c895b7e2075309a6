import { form30, logPrefix30, pct30, Plant30, type Template30 } from './blind-set-30-case';
import { person30, type Country30 } from './blind-set-30-people';
import { alnum30, basic30, hubspotOauth, hubspotPat, hubspotRefresh } from './blind-set-30-tokens';

const MUNCHKIN = (r: { digits: (n: number) => string; chars: (a: string, n: number) => string }) => `${r.digits(3)}-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}-${r.digits(3)}`;

/** HubSpot, Marketo and Pardot: API client errors, conflicts, legacy keys, OAuth refresh, webhooks, lead pushes. */
export const HUBSPOT30: Template30[] = [
  {
    id: 'hubspot/api-client-401',
    make: (r) => {
      const k = new Plant30();
      return k.done(`HttpError: HTTP-Code: 401
Message: An error occurred.
Body: {"status":"error","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","correlationId":"${r.uuid()}","category":"INVALID_AUTHENTICATION"}
Headers: {"content-type":"application/json;charset=utf-8","x-hubspot-correlation-id":"${r.uuid()}"}
    at ContactsApi.getPage (/srv/app/node_modules/@hubspot/api-client/lib/codegen/crm/contacts/apis/BasicApi.js:${r.int(100, 400)}:19)
  request: { method: 'GET', url: 'https://api.hubapi.com/crm/v3/objects/contacts?limit=100&archived=false', headers: { authorization: 'Bearer ${k.c('hubspot-private-app-token', hubspotPat(r))}', 'user-agent': 'hubspot-api-client-nodejs; ${r.int(9, 11)}.${r.int(0, 9)}.${r.int(0, 9)}' } }`);
    },
  },
  {
    id: 'hubspot/contact-conflict',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'CA', 'AU', 'DE', 'NL'] as Country30[]));
      const props = { email: k.p('email', u.email), firstname: u.first, lastname: u.last, phone: k.p('phone', u.phoneIntl), city: u.city, zip: u.postcode, lifecyclestage: 'lead' };
      return k.done(`${logPrefix30(r)} hubspot upsert failed: 409 Conflict
POST https://api.hubapi.com/crm/v3/objects/contacts
authorization: Bearer ${k.c('hubspot-private-app-token', hubspotPat(r))}
${JSON.stringify({ properties: props })}
{"status":"error","message":"Contact already exists. Existing ID: ${r.num(11)}","correlationId":"${r.uuid()}","category":"CONFLICT"}`);
    },
  },
  {
    id: 'hubspot/legacy-hapikey',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      return k.done(`${r.iso()} GET https://api.hubapi.com/contacts/v1/contact/email/${k.p('email', pct30(u.email))}/profile?hapikey=${k.c('hubspot-api-key', r.uuid())}&propertyMode=value_only -> 401
{"status":"error","message":"The API key used to make this call is expired.","correlationId":"${r.uuid()}","category":"EXPIRED_AUTHENTICATION","context":{"type":["API_KEY"]}}`);
    },
  },
  {
    id: 'hubspot/oauth-refresh',
    make: (r) => {
      const k = new Plant30();
      const cid = r.uuid();
      return k.done(`[hubspot-oauth] refreshing token for portal ${r.num(8)}
POST https://api.hubapi.com/oauth/v1/token
Content-Type: application/x-www-form-urlencoded;charset=utf-8
grant_type=refresh_token&client_id=${cid}&client_secret=${k.c('hubspot-client-secret', r.uuid())}&refresh_token=${k.c('hubspot-refresh-token', hubspotRefresh(r))}
200 {"token_type":"bearer","refresh_token":"${k.c('hubspot-refresh-token', hubspotRefresh(r))}","access_token":"${k.c('hubspot-oauth-token', hubspotOauth(r))}","expires_in":1800}
[hubspot-oauth] WARN token store write failed: ETIMEDOUT redis://cache.internal:6379`);
    },
  },
  {
    id: 'hubspot/webhook-batch',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const portal = r.num(8), app = r.num(7);
      const ev = (prop: string, val: string) => ({ eventId: Number(r.num(9)), subscriptionId: Number(r.num(7)), portalId: Number(portal), appId: Number(app), occurredAt: r.epoch() * 1000, subscriptionType: 'contact.propertyChange', attemptNumber: 0, objectId: Number(r.num(11)), propertyName: prop, propertyValue: val, changeSource: 'CRM_UI' });
      return k.done(`webhook signature mismatch, payload kept for replay (X-HubSpot-Signature-v3: ${r.b64(32)}, X-HubSpot-Request-Timestamp: ${r.epoch()}${r.digits(3)})
${JSON.stringify([ev('email', k.p('email', u.email)), ev('lifecyclestage', 'marketingqualifiedlead')])}
effective config: HUBSPOT_APP_ID=${app} HUBSPOT_CLIENT_SECRET=${k.c('hubspot-client-secret', r.uuid())} WEBHOOK_PATH=/hooks/hubspot`);
    },
  },
  {
    id: 'marketo/identity-token',
    make: (r) => {
      const k = new Plant30();
      const m = MUNCHKIN(r);
      const tok = `${r.uuid()}:${r.pick(['ab', 'sj', 'ca', 'int', 'lon'])}`;
      return k.done(`${logPrefix30(r, 'DEBUG')} marketo GET https://${m}.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=${r.uuid()}&client_secret=${k.c('marketo-client-secret', alnum30(r, 32))}
${r.iso()} DEBUG marketo <- {"access_token":"${k.c('marketo-access-token', tok)}","token_type":"bearer","expires_in":${r.int(100, 3599)},"scope":"api.integration@${r.pick(['acme', 'brightpath'])}.com"}
${r.iso()} ERROR marketo POST /rest/v1/leads.json -> {"requestId":"${r.hex(4)}#${r.hex(11)}","success":false,"errors":[{"code":"606","message":"Max rate limit '100' exceeded with in '20' secs"}]}`);
    },
  },
  {
    id: 'marketo/push-lead',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'DE', 'FR', 'AU', 'JP'] as Country30[]));
      const input = { email: k.p('email', u.email), firstName: u.first, lastName: u.last, mobilePhone: k.p('phone', u.phoneIntl), postalCode: u.postcode, leadSource: 'Webinar' };
      return k.done(`marketo pushLead rejected lookupField=email programName="2024 Q${r.int(1, 4)} Webinar"
POST https://${MUNCHKIN(r)}.mktorest.com/rest/v1/leads/push.json
Authorization: Bearer ${k.c('marketo-access-token', `${r.uuid()}:${r.pick(['ab', 'sj', 'ca', 'int'])}`)}
{"programName":"2024 Webinar","source":"crm-sync","input":[${JSON.stringify(input)}]}
{"requestId":"${r.hex(4)}#${r.hex(11)}","result":[{"status":"skipped","reasons":[{"code":"1005","message":"Lead already exists"}]}],"success":true}`);
    },
  },
  {
    id: 'marketo/webhook-definition',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Marketo webhook "Send to Enrichment" returned 401 for ${r.int(3, 300)} leads (Smart Campaign "MQL Routing")
URL: https://enrich.${r.pick(['brightpath.io', 'northwind-logistics.com'])}/v1/lead?email={{lead.Email Address}}&company={{company.Company Name}}
Request Type: POST   Request Token Encoding: JSON
Custom Headers:
  Authorization: Basic ${k.c('basic-auth', basic30(r.pick(['marketo', 'mkto-hook', 'svc_marketo']), r.password(16, '!*_.~')))}
  X-Api-Key: ${k.c('api-key', alnum30(r, 40))}
Response Mappings: enrich.score -> Lead Score; enrich.industry -> Industry`);
    },
  },
  {
    id: 'pardot/v4-login',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      return k.done(`${logPrefix30(r)} pardot v4 login (legacy, to be removed after SSO migration)
POST https://pi.pardot.com/api/login/version/4 email=${k.p('email', form30(u.email))}&password=${k.c('password', form30(r.passphrase()))}&user_key=${k.c('pardot-user-key', r.hex(32))}&format=json
<- {"@attributes":{"stat":"ok","version":4},"api_key":"${k.c('pardot-api-key', r.hex(32))}"}
POST https://pi.pardot.com/api/prospect/version/4/do/query -> {"@attributes":{"stat":"fail","version":4,"err_code":${r.pick([1, 15, 184])}},"err":"Daily API rate limit met."}`);
    },
  },
];
