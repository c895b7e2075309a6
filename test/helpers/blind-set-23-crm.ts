import { B62 } from './blind-set-9-rng';
import { cred, pers, type PosTemplate23 } from './blind-set-23-types';

/** CRM and marketing: Salesforce, HubSpot, Marketo, Mailchimp, Braze, Segment, Intercom, Zendesk, Freshdesk, Klaviyo. */
export const crmCases23: PosTemplate23[] = [
  [
    'salesforce-session',
    (g) => {
      const org = `00D${g.b62(12)}`;
      const tok = `${org}!AQ${g.b62(2)}AR${g.chars(B62 + '._', 92)}`;
      return {
        text: `simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]
  session_id='${tok}' instance=acme.my.salesforce.com retry=2`,
        values: [cred('salesforce-session-id', tok)],
      };
    },
  ],
  [
    'salesforce-refresh',
    (g) => {
      const refresh = `5Aep861${g.chars(B62 + '._', 80)}`;
      const secret = g.chars('0123456789ABCDEF', 64);
      return {
        text: `{"level":"error","ts":"${g.iso()}","logger":"sfdc.oauth","msg":"token refresh failed","status":400,"body":"{\\"error\\":\\"invalid_grant\\",\\"error_description\\":\\"expired access/refresh token\\"}","form":"grant_type=refresh_token&client_id=3MVG9${g.chars(B62 + '._', 80)}&client_secret=${secret}&refresh_token=${encodeURIComponent(refresh)}"}`,
        values: [cred('oauth-client-secret', secret), cred('salesforce-refresh-token', encodeURIComponent(refresh))],
      };
    },
  ],
  [
    'hubspot-contact-409',
    (g) => {
      const tok = `pat-${g.pick(['na1', 'eu1'])}-${g.uuid()}`;
      const p = g.person();
      const email = g.workEmail(p);
      const phone = g.phone();
      return {
        text: `HubSpot API error: 409 Conflict POST https://api.hubapi.com/crm/v3/objects/contacts
{"status":"error","message":"Contact already exists. Existing ID: ${g.int(10000000, 99999999)}${g.int(100, 999)}","correlationId":"${g.uuid()}","category":"CONFLICT"}
request headers: authorization=Bearer ${tok}
request body: {"properties":{"email":"${email}","firstname":"${p.first}","lastname":"${p.last}","phone":"${phone}","company":"Acme"}}`,
        values: [cred('hubspot-private-app-token', tok), pers('email', email), pers('phone', phone)],
      };
    },
  ],
  [
    'marketo-identity',
    (g) => {
      const secret = g.chars(B62, 32);
      const access = `${g.uuid()}:ab`;
      return {
        text: `WARN  [marketo-sync] c.a.m.MarketoClient - identity call failed, falling back to cached token ${access}
  GET https://${g.digits(3)}-${g.upperAlnum(3)}-${g.digits(3)}.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=${g.uuid()}&client_secret=${secret}
  response: {"error":"unauthorized","error_description":"Bad client credentials"}`,
        values: [cred('marketo-client-secret', secret), cred('marketo-access-token', access)],
      };
    },
  ],
  [
    'mailchimp-member',
    (g) => {
      const dc = `us${g.int(2, 21)}`;
      const key = `${g.hex(32)}-${dc}`;
      const email = g.email();
      return {
        text: `mailchimp_marketing.api_client.ApiClientError: Status: 400 Reason: Bad Request
Body: {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Member Exists","status":400,"detail":"${email} is already a list member. Use PUT to insert or update list members.","instance":"${g.uuid()}"}
client.set_config({"api_key": "${key}", "server": "${dc}"})`,
        values: [cred('mailchimp-api-key', key), pers('email', email)],
      };
    },
  ],
  [
    'braze-track',
    (g) => {
      const key = g.uuid();
      const p = g.person();
      const email = g.email(p);
      const phone = g.phone(g.pick(['US', 'BR', 'MX'] as const));
      return {
        text: `[braze] POST https://rest.iad-0${g.int(1, 8)}.braze.com/users/track 401 {"message":"Invalid API key: ${key}"}
payload: {"attributes":[{"external_id":"usr_${g.b62(12)}","email":"${email}","phone":"${phone}","first_name":"${p.first}","last_name":"${p.last}","dob":"${g.dob()}"}]}`,
        values: [cred('braze-rest-api-key', key), pers('email', email), pers('phone', phone)],
      };
    },
  ],
  [
    'segment-identify-dlq',
    (g) => {
      const p = g.person();
      const email = g.email(p);
      const ip = g.userIp();
      const a = g.address('US');
      return {
        text: `dead-letter segment.identify (attempts=5, last_error="connect ETIMEDOUT 52.${g.int(0, 90)}.${g.int(0, 255)}.${g.int(1, 254)}:443"):
{"type":"identify","userId":"${g.uuid()}","traits":{"email":"${email}","name":"${p.full}","address":{"street":"${a.line1}","city":"${a.city}","postalCode":"${a.postal}","state":"${a.region}"}},"context":{"ip":"${ip}","userAgent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"},"messageId":"ajs-next-${g.hex(32)}"}`,
        values: [pers('email', email), pers('street-address', a.line1), pers('user-ip', ip)],
      };
    },
  ],
  [
    'intercom-token',
    (g) => {
      const tok = Buffer.from(`tok:${g.uuid().replace(/-/g, '_').slice(0, 36)}:1:0`).toString('base64');
      const email = g.email();
      return {
        text: `Intercom::AuthenticationError: Access Token Invalid
  /app/vendor/bundle/ruby/3.3.0/gems/intercom-4.2.1/lib/intercom/request.rb:193:in \`raise_application_errors_on_failure'
  context: {"intercom_token"=>"${tok}", "lookup"=>{"email"=>"${email}"}}`,
        values: [cred('intercom-access-token', tok), pers('email', email)],
      };
    },
  ],
  [
    'zendesk-basic-token',
    (g) => {
      const agent = g.workEmail();
      const tok = g.chars(B62, 40);
      const basic = Buffer.from(`${agent}/token:${tok}`).toString('base64');
      const p = g.person();
      const phone = g.phone();
      return {
        text: `zendesk ticket create failed: 422 {"error":"RecordInvalid","description":"Record validation errors","details":{"requester":[{"description":"Requester: Name is too short"}]}}
curl equivalent: curl https://acmehelp.zendesk.com/api/v2/tickets.json -H "Authorization: Basic ${basic}" -d '{"ticket":{"subject":"Refund not received","comment":{"body":"Customer ${p.full} (${phone}) called about order"}}}'`,
        values: [cred('basic-auth-base64', basic), pers('person-name', p.full), pers('phone', phone)],
      };
    },
  ],
  [
    'freshdesk-key',
    (g) => {
      const key = g.chars(B62, 20);
      const email = g.email();
      return {
        text: `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://acme.freshdesk.com/api/v2/contacts?email=${encodeURIComponent(email)}
  auth=('${key}', 'X') timeout=10`,
        values: [cred('freshdesk-api-key', key), pers('email-urlenc', encodeURIComponent(email))],
      };
    },
  ],
  [
    'klaviyo-profile',
    (g) => {
      const key = `pk_${g.hex(34)}`;
      const email = g.email();
      const phone = g.phone(g.pick(['US', 'GB', 'AU'] as const));
      return {
        text: `level=error msg="klaviyo create profile" status=400 errors="[{\\"id\\":\\"${g.uuid()}\\",\\"status\\":400,\\"code\\":\\"invalid\\",\\"title\\":\\"Invalid input.\\",\\"detail\\":\\"Invalid phone number format (Example of a valid format: +13239169023)\\",\\"source\\":{\\"pointer\\":\\"/data/attributes/phone_number\\"}}]" phone_number="${phone}" email="${email}" authorization="Klaviyo-API-Key ${key}" revision=2024-10-15`,
        values: [cred('klaviyo-private-key', key), pers('phone', phone), pers('email', email)],
      };
    },
  ],
];
