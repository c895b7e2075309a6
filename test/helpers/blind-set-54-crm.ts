import { address, b64u, Case54, dob, iban, jwt, person, phone, ssn, cpf, nino, bsn, sin, dni, card, type Tpl54 } from './blind-set-54-gen';

const sfId = (k: Case54, p: string) => p + k.r.b62(15);
const nid = (k: Case54): string => {
  const i = k.r.int(0, 5);
  return [() => k.p('ssn', ssn(k.r)), () => k.p('cpf', cpf(k.r)), () => k.p('uk_nino', nino(k.r)), () => k.p('nl_bsn', bsn(k.r)), () => k.p('ca_sin', sin(k.r)), () => k.p('es_dni', dni(k.r))][i]!();
};

/** CRM, support and analytics: Salesforce, HubSpot, Zendesk, Intercom, Segment, Mailchimp, Freshdesk. */
export const CRM54: Record<string, Tpl54> = {
  'salesforce-session': (k) => {
    const org = `00D${k.r.b62(12)}`;
    const t = k.c('salesforce_access_token', `${org}!${k.r.pick(['AQ', 'AR'])}${k.r.b62(2)}AQ${b64u(k.r, 96).replace(/[-_]/g, '.')}`);
    return `simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]\n  session_id=${t}`;
  },
  'salesforce-refresh': (k) => {
    const rt = k.c('salesforce_refresh_token', `5Aep861${k.r.b62(2)}${b64u(k.r, 78).replace(/[-_]/g, '.')}`);
    const cs = k.c('salesforce_consumer_secret', k.r.hex(64).toUpperCase());
    return `jsforce OAuth2 refresh failed: invalid_grant (expired access/refresh token)\n  body: grant_type=refresh_token&client_id=3MVG9${b64u(k.r, 80).replace(/[-_]/g, '.')}&client_secret=${cs}&refresh_token=${rt}`;
  },
  'salesforce-dml': (k) => {
    const p = person(k.r);
    return `System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Use one of these records?: [] Contact{FirstName=${p.first}, LastName=${p.last}, Email=${k.p('email', p.email)}, MobilePhone=${k.p('phone', phone(k.r))}, Birthdate=${k.p('date_of_birth', dob(k.r, 0))}, MailingStreet=${k.p('street_address', address(k.r))}, Id=${sfId(k, '003')}}`;
  },
  'salesforce-bulk-csv': (k) => {
    const rows: string[] = ['"sf__Id","sf__Error","Name","Email","Phone","Tax_ID__c"'];
    for (let i = 0; i < 2; i++) {
      const p = person(k.r);
      rows.push(`"","REQUIRED_FIELD_MISSING:Required fields are missing: [AccountId]:--","${k.p('person_name', p.full)}","${k.p('email', p.email)}","${k.p('phone', phone(k.r))}","${nid(k)}"`);
    }
    return `bulk job 750${k.r.b62(12)} failedResults:\n${rows.join('\n')}`;
  },
  'hubspot-private-app': (k) => {
    const t = k.c('hubspot_private_app_token', `pat-${k.r.pick(['na1', 'eu1', 'na2'])}-${k.r.uuid()}`);
    return `HubSpot API error: 401 {"status":"error","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication","correlationId":"${k.r.uuid()}","category":"INVALID_AUTHENTICATION"} -- request headers {"authorization":"Bearer ${t}","content-type":"application/json"}`;
  },
  'hubspot-contact': (k) => {
    const p = person(k.r);
    return `HubSpot batch upsert failed (409 CONFLICT) inputs=[{"idProperty":"email","id":"${k.p('email', p.email)}","properties":{"firstname":"${p.first}","lastname":"${p.last}","phone":"${k.p('phone', phone(k.r))}","address":"${k.p('street_address', address(k.r))}","date_of_birth":"${k.p('date_of_birth', dob(k.r, 0))}"}}]`;
  },
  'hubspot-oauth': (k) => {
    const at = k.c('hubspot_access_token', `CJ${b64u(k.r, 20)}QAQ${b64u(k.r, 120)}`);
    const rt = k.c('hubspot_refresh_token', `${k.r.pick(['na1', 'eu1'])}-${k.r.hex(4)}-${k.r.hex(4)}-${k.r.hex(4)}-${k.r.hex(4)}-${k.r.hex(12)}`);
    return `token refresh response: {"token_type":"bearer","refresh_token":"${rt}","access_token":"${at}","expires_in":1800}`;
  },
  'zendesk-basic': (k) => {
    const p = person(k.r);
    const tok = k.c('zendesk_api_token', k.r.b62(40));
    const basic = Buffer.from(`${p.email}/token:${tok}`).toString('base64');
    k.c('basic_auth', basic);
    return `ZendeskAPI::Error::NetworkError: the server responded with status 401\n  GET https://acme.zendesk.com/api/v2/users/search.json?query=${k.p('email', p.email)}\n  Authorization: Basic ${basic}\n  (env ZENDESK_API_TOKEN=${tok})`;
  },
  'zendesk-ticket': (k) => {
    const p = person(k.r);
    return `failed to sync ticket #${k.r.int(10000, 999999)} to billing: requester=${k.p('person_name', p.full)} <${k.p('email', p.email)}> body="Hi, please refund to my card ${k.f('card_number', card(k.r))} — my account is under ${k.p('street_address', address(k.r))}, call me on ${k.p('phone', phone(k.r))}"`;
  },
  'intercom-token': (k) => {
    const t = k.c('intercom_access_token', Buffer.from(`tok:${k.r.uuid()}:1:0`).toString('base64'));
    return `intercom-client: Request failed with status 401 {"type":"error.list","request_id":"${k.r.hex(20)}","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]}\n  at Client.request headers={ Authorization: 'Bearer ${t}', 'Intercom-Version': '2.11' }`;
  },
  'intercom-lead': (k) => {
    const p = person(k.r);
    return `intercom contacts.create 409 conflict: {role:"user", external_id:"u_${k.r.digits(8)}", email:"${k.p('email', p.email)}", phone:"${k.p('phone', phone(k.r))}", name:"${k.p('person_name', p.full)}", custom_attributes:{vat_or_tax_id:"${nid(k)}"}}`;
  },
  'segment-token': (k) => {
    const t = k.c('segment_api_token', `sgp_${k.r.b62(64)}`);
    return `segment-public-api 403 Forbidden: PATCH https://api.segmentapis.com/sources/${k.r.b62(22)} — token ${t} lacks workspace_owner`;
  },
  'segment-identify': (k) => {
    const p = person(k.r);
    return `analytics-node flush failed after 3 retries (ETIMEDOUT) batch[0]={"type":"identify","userId":"${k.r.uuid()}","traits":{"name":"${k.p('person_name', p.full)}","email":"${k.p('email', p.email)}","phone":"${k.p('phone', phone(k.r))}","birthday":"${k.p('date_of_birth', dob(k.r, 0))}","address":{"street":"${k.p('street_address', address(k.r))}"}}}`;
  },
  'mailchimp-key': (k) => {
    const dc = `us${k.r.int(1, 21)}`;
    const key = k.c('mailchimp_api_key', `${k.r.hex(32)}-${dc}`);
    return `MailchimpMarketing ApiClient error 401 "API Key Invalid" (apiKey: '${key}', server: '${dc}') while adding member ${k.p('email', person(k.r).email)}`;
  },
  'freshdesk-key': (k) => {
    const key = k.c('freshdesk_api_key', k.r.b62(20));
    return `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://acme.freshdesk.com/api/v2/contacts\n  auth=HTTPBasicAuth('${key}', 'X')`;
  },
  'crm-gdpr-export': (k) => {
    const p = person(k.r);
    return `--- GDPR export job crashed mid-write ---\nsubject: ${k.p('person_name', p.full)}\nemail: ${k.p('email', p.email)}\naddress: ${k.p('street_address', address(k.r))}\nnational_id: ${nid(k)}\npayout_iban: ${k.f('iban', iban(k.r))}\nsession: ${k.c('jwt', jwt(k.r, 'https://acme.eu.auth0.com/'))}`;
  },
  'pipedrive-token': (k) => {
    const t = k.c('pipedrive_api_token', k.r.hex(40));
    const p = person(k.r);
    return `GET https://api.pipedrive.com/v1/persons/search?term=${p.last}&api_token=${t} -> 429 Too Many Requests; retrying in 2s (person ${k.p('person_name', p.full)}, ${k.p('phone', phone(k.r))})`;
  },
};
