import * as K from './blind-set-78-creds';
import { iban78 } from './blind-set-78-ids';
import { person78 } from './blind-set-78-people';
import type { PosTemplate78 } from './blind-set-78-rng';
import { ts, who } from './blind-set-78-tpl-pay';
import { cfgDump78, money78 } from './blind-set-78-cfg';

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Positive templates of CRM and marketing providers: Salesforce, HubSpot, Zendesk, Intercom, Mailchimp, Segment. */
export const CRM_TEMPLATES78: Record<string, PosTemplate78> = {
  'salesforce/rest-duplicates': (r, c) => {
    const w = who(r, c);
    const sid = c.cred(K.sfSession78(r), 'salesforce-session');
    const rt = c.cred(K.sfRefresh78(r), 'salesforce-refresh-token');
    return `${ts(r)} ERROR crm-sync SalesforceApiError: POST /services/data/v60.0/sobjects/Contact -> 400\n> Authorization: Bearer ${sid}\n> X-SFDC-Session: ${sid.slice(0, 15)}\n token refresh context: {"grant_type":"refresh_token","refresh_token":"${rt}","client_id":"3MVG9${r.b62(80)}"}\n< [{"message":"Use one of these records?","errorCode":"DUPLICATES_DETECTED","fields":[],"duplicateResult":{"duplicateRule":"Standard_Contact_Duplicate_Rule","matchResults":[{"entityType":"Contact","matchRecords":[{"record":{"attributes":{"type":"Contact","url":"/services/data/v60.0/sobjects/Contact/003${r.b62(15)}"},"Id":"003${r.b62(15)}","FirstName":${JSON.stringify(w.p.first)},"LastName":${JSON.stringify(w.p.last)},"Name":${JSON.stringify(w.name)},"Email":"${w.email}","MobilePhone":"${w.phone}","MailingStreet":${JSON.stringify(w.street)},"MailingCity":${JSON.stringify(w.p.city)},"MailingPostalCode":"${w.p.postal}",${money78(r, c).replace(/"(\w+)":/g, (_m, k: string) => `"${k[0]!.toUpperCase()}${k.slice(1)}__c":`)}}}]}]}}]`;
  },
  'salesforce/validation-exception': (r, c) => {
    const w = who(r, c);
    const dob = c.pii(w.p.dob, 'birth-date');
    const nat = c.pii(w.p.natId, w.p.natKind);
    const sid = c.cred(K.sfSession78(r), 'salesforce-session');
    const cs = c.cred(K.sfConsumerSecret78(r), 'salesforce-consumer-secret');
    return `simple_salesforce.exceptions.SalesforceMalformedRequest: Malformed request https://acme.my.salesforce.com/services/data/v59.0/sobjects/Lead/. Response content: [{'message': 'National ID does not match country', 'errorCode': 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'fields': ['National_ID__c']}]\n  payload={'FirstName': ${JSON.stringify(w.p.first)}, 'LastName': ${JSON.stringify(w.p.last)}, 'Company': '[not provided]', 'Email': '${w.email}', 'Phone': '${w.phone}', 'Street': ${JSON.stringify(w.street)}, 'City': ${JSON.stringify(w.p.city)}, 'PostalCode': '${w.p.postal}', 'CountryCode': '${w.p.country}', 'Birthdate__c': '${dob}', 'National_ID__c': '${nat}', 'LeadSource': 'Web', 'Bank_Details__c': '${money78(r, c, false)}', 'Description': 'web form: ${w.name}'}\n  sf = Salesforce(instance_url='https://acme.my.salesforce.com', session_id='${sid}')  # consumer_secret='${cs}'`;
  },
  'salesforce/bulk2-failed-results': (r, c) => {
    const sid = c.cred(K.sfSession78(r), 'salesforce-session');
    const rows: string[] = [];
    for (let i = 0; i < r.int(2, 3); i++) {
      const p = person78(r);
      rows.push([q(r.pick(['DUPLICATE_VALUE:duplicate value found: Email__c duplicates value on record with id: 003' + r.b62(15), 'INVALID_EMAIL_ADDRESS:Email: invalid email address: ' + p.email, 'FIELD_CUSTOM_VALIDATION_EXCEPTION:Phone must be E.164'])), q(c.pii(p.first + ' ' + p.last, 'person-name')), q(c.pii(p.email, 'email')), q(c.pii(p.e164, 'phone')), q(c.pii(p.street, 'street-address')), q(p.city), q(p.postal), q(c.fin(iban78(r), 'iban'))].join(','));
    }
    return `bulk2 job 750${r.b62(15)} state=JobComplete numberRecordsFailed=${rows.length}\nGET /services/data/v60.0/jobs/ingest/750${r.b62(15)}/failedResults/ (Authorization: Bearer ${sid})\n"sf__Id","sf__Error",Name,Email,MobilePhone,MailingStreet,MailingCity,MailingPostalCode,Payout_IBAN__c\n${rows.map((x) => '"",' + x).join('\n')}`;
  },
  'hubspot/batch-validation': (r, c) => {
    const w = who(r, c);
    const pat = c.cred(K.hubspotPat78(r), 'hubspot-pat');
    const w2 = person78(r);
    const e2 = c.pii(w2.email, 'email');
    return `${ts(r)} WARN  hubspot.batch upsert contacts partial failure token=${pat}\n{"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"${w.phone} is not a valid phone number\\",\\"error\\":\\"INVALID_PHONE\\",\\"name\\":\\"phone\\"}]","category":"VALIDATION_ERROR","correlationId":"${r.uuid()}","context":{"inputs":[{"idProperty":"email","id":"${w.email}","properties":{"firstname":${JSON.stringify(w.p.first)},"lastname":${JSON.stringify(w.p.last)},"email":"${w.email}","phone":"${w.phone}","address":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"zip":"${w.p.postal}","hs_object_id":"${r.digits(11)}",${money78(r, c)}}},{"idProperty":"email","id":"${e2}","properties":{"email":"${e2}","firstname":${JSON.stringify(w2.first)},"lastname":${JSON.stringify(w2.last)},"hs_lead_status":"NEW",${money78(r, c)}}}]}}\n  name_for_review=${JSON.stringify(w.name)}`;
  },
  'zendesk/user-create-error': (r, c) => {
    const w = who(r, c);
    const agent = person78(r, 'US');
    const tok = c.cred(K.zendeskToken78(r), 'zendesk-api-token');
    const basic = c.cred(K.basic78(`${agent.email.split('@')[0]}@acme-support.io/token`, tok), 'basic-auth');
    return `Zendesk API error 422 Unprocessable Entity POST https://acmehelp.zendesk.com/api/v2/users/create_or_update.json\nrequest.headers: {"Authorization":"Basic ${basic}","Content-Type":"application/json"}\nauth (decoded for debugging): ${agent.email.split('@')[0]}@acme-support.io/token:${tok}\nrequest.body: {"user":{"name":${JSON.stringify(w.name)},"email":"${w.email}","phone":"${w.phone}","role":"end-user","user_fields":{"street_address":${JSON.stringify(w.street)},"postcode":"${w.p.postal}",${money78(r, c)}},"external_id":"crm-${r.digits(7)}"}}\nresponse: {"error":"RecordInvalid","description":"Record validation errors","details":{"phone":[{"description":"Phone: ${w.phone} is already being used by another user","error":"DuplicateValue"}]}}`;
  },
  'intercom/contact-conflict': (r, c) => {
    const w = who(r, c);
    const tok = c.cred(K.intercom78(r), 'intercom-token');
    const ip = c.pii(w.p.ip, 'ip-address');
    return `intercom-client: IntercomError: A contact matching those details already exists with id=${r.hex(24)} (409 conflict)\n  at Contacts.create (/app/node_modules/intercom-client/dist/contact.js:${r.int(20, 90)}:${r.int(5, 30)})\n  config.headers.Authorization="Bearer ${tok}"\n  data={"role":"user","external_id":"u_${r.digits(8)}","email":"${w.email}","phone":"${w.phone}","name":${JSON.stringify(w.name)},"last_seen_ip":"${ip}","custom_attributes":{"home_address":${JSON.stringify(w.street)},"plan":"pro",${money78(r, c)}}}
  ${cfgDump78(r, c)}`;
  },
  'mailchimp/member-put': (r, c) => {
    const w = who(r, c);
    const key = c.cred(K.mailchimp78(r), 'mailchimp-api-key');
    const dc = key.slice(key.lastIndexOf('-') + 1);
    const bd = w.p.dob.slice(5).replace('-', '/');
    return `MailchimpMarketing ApiError 400 "Invalid Resource" PUT https://${dc}.api.mailchimp.com/3.0/lists/${r.hex(10)}/members/${r.hex(32)} (basic auth anystring:${key})\n{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Invalid Resource","status":400,"detail":"Your merge fields were invalid.","instance":"${r.uuid()}","errors":[{"field":"BIRTHDAY","message":"Please enter the month and day (mm/dd)."}]}\nsent: {"email_address":"${w.email}","status_if_new":"subscribed","merge_fields":{"FNAME":${JSON.stringify(w.p.first)},"LNAME":${JSON.stringify(w.p.last)},"PHONE":"${w.phone}","BIRTHDAY":"${bd}","DD_MANDATE":"${money78(r, c, false)}","ADDRESS":{"addr1":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"state":"${w.p.region}","zip":"${w.p.postal}","country":"${w.p.country}"}},"ip_signup":"${c.pii(w.p.ip, 'ip-address')}"}\nsubscriber: ${w.name}`;
  },
  'segment/identify-rejected': (r, c) => {
    const w = who(r, c);
    const wk = c.cred(K.segmentWriteKey78(r), 'segment-write-key');
    const basic = c.cred(K.basic78(wk, ''), 'basic-auth');
    const ib = c.fin(iban78(r), 'iban');
    return `[analytics-node] ${ts(r)} flush failed: HTTP 400 from https://api.segment.io/v1/batch (writeKey=${wk}, Authorization: Basic ${basic})\n batch[0]={"type":"identify","userId":"usr_${r.b62(20)}","traits":{"name":${JSON.stringify(w.name)},"email":"${w.email}","phone":"${w.phone}","address":{"street":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"postalCode":"${w.p.postal}","country":"${w.p.country}"},"payout_iban":"${ib}","plan":"business"},"context":{"ip":"${c.pii(w.p.ip, 'ip-address')}","library":{"name":"analytics-node","version":"6.2.0"}},"messageId":"${r.uuid()}"}`;
  },
};
