import { form30, logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { iban30, nationalId30 } from './blind-set-30-ids';
import { person30, type Country30 } from './blind-set-30-people';
import { jwt30, pkcs8Body, sfAccessToken, sfConsumerKey, sfConsumerSecret, sfOrgId, sfRefreshToken, sfSecurityToken } from './blind-set-30-tokens';

const MY = ['acme', 'brightpath', 'northwind', 'kestrelfoods', 'heliogroup'];
const ID_FIELD: Partial<Record<Country30, string>> = { US: 'SSN__c', GB: 'National_Insurance_Number__c', BR: 'CPF__c', ES: 'DNI_NIE__c', IT: 'Codice_Fiscale__c', FR: 'NIR__c', DE: 'Steuer_ID__c', NL: 'BSN__c', SE: 'Personnummer__c', PL: 'PESEL__c', CA: 'SIN__c' };

/** Salesforce core: OAuth flows, REST and Bulk API errors, simple-salesforce, Apex exception mail, debug logs. */
export const SALESFORCE30: Template30[] = [
  {
    id: 'salesforce/jsforce-password-flow',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      const body = `grant_type=password&client_id=${sfConsumerKey(r)}&client_secret=${k.c('salesforce-consumer-secret', sfConsumerSecret(r))}&username=${k.p('email', form30(u.email))}&password=${k.c('salesforce-password-token', form30(r.password(13) + sfSecurityToken(r)))}`;
      return k.done(`${logPrefix30(r)} jsforce:http <POST> https://login.salesforce.com/services/oauth2/token
${r.iso()} DEBUG jsforce:http request body: ${body}
${r.iso()} ERROR jsforce:http <- 400 {"error":"invalid_grant","error_description":"authentication failure"}
${r.iso()} WARN  crm-sync login retry ${r.int(1, 4)}/5 in ${r.pick([2, 4, 8])}s`);
    },
  },
  {
    id: 'salesforce/oauth-token-response',
    make: (r) => {
      const k = new Plant30();
      const org = sfOrgId(r);
      const my = r.pick(MY);
      return k.done(`DEBUG:urllib3.connectionpool:https://login.salesforce.com:443 "POST /services/oauth2/token HTTP/1.1" 200 None
DEBUG:sfsync.auth:token response: {'access_token': '${k.c('salesforce-access-token', sfAccessToken(r, org))}', 'refresh_token': '${k.c('salesforce-refresh-token', sfRefreshToken(r))}', 'signature': '${r.b64(32)}', 'scope': 'refresh_token api web', 'instance_url': 'https://${my}.my.salesforce.com', 'id': 'https://login.salesforce.com/id/${org}/0055e0000${r.b62(6)}AAQ', 'token_type': 'Bearer', 'issued_at': '${r.epoch()}${r.digits(3)}'}
INFO:sfsync.auth:authenticated as integration user for org ${org}`);
    },
  },
  {
    id: 'salesforce/rest-validation-error',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(Object.keys(ID_FIELD) as Country30[]);
      const u = person30(r, c);
      const [kind, nid] = nationalId30(r, c, u);
      const body = JSON.stringify({ FirstName: u.first, LastName: u.last, Email: k.p('email', u.email), MobilePhone: k.p('phone', u.phoneNat), MailingCity: u.city, MailingPostalCode: u.postcode, [ID_FIELD[c]!]: k.p(kind, nid), LeadSource: 'Web' });
      return k.done(`${logPrefix30(r)} [sf-rest] PATCH /services/data/v60.0/sobjects/Contact/0035e00000${r.b62(5)}AAB -> 400 (${r.int(90, 900)} ms)
request headers: {"Authorization":"Bearer ${k.c('salesforce-access-token', sfAccessToken(r))}","Content-Type":"application/json","Sforce-Call-Options":"client=crm-sync"}
request body: ${body}
response: [{"message":"Mobile phone must be in E.164 format","errorCode":"FIELD_CUSTOM_VALIDATION_EXCEPTION","fields":["MobilePhone"]}]`);
    },
  },
  {
    id: 'salesforce/bulk-failed-results',
    make: (r) => {
      const k = new Plant30();
      const errs = ['DUPLICATES_DETECTED:Use one of these records?:--', 'FIELD_INTEGRITY_EXCEPTION:Mailing Country: bad value for restricted picklist field: UK:MailingCountry --', 'INVALID_FIELD_FOR_INSERT_UPDATE:Unable to create/update fields: OwnerId:OwnerId --', 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY:LeadTrigger: execution of AfterInsert:--'];
      const rows = [0, 1, 2].map((i) => {
        const u = person30(r);
        return `"","${errs[(i + r.int(0, 3)) % 4]}","${u.first}","${u.last}","${k.p('email', u.email)}","${r.pick(['Northwind Logistics', 'Helio Energie GmbH', 'Vantage Dental', 'Quillon AB'])}","${u.postcode}"`;
      });
      return k.done(`$ curl -s -H "Authorization: Bearer ${k.c('salesforce-access-token', sfAccessToken(r))}" https://${r.pick(MY)}.my.salesforce.com/services/data/v59.0/jobs/ingest/7505e00000${r.b62(5)}AAF/failedResults/
"sf__Id","sf__Error","FirstName","LastName","Email","Company","MailingPostalCode"
${rows.join('\n')}`);
    },
  },
  {
    id: 'salesforce/simple-salesforce-traceback',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      return k.done(`Traceback (most recent call last):
  File "/app/jobs/push_leads.py", line ${r.int(30, 90)}, in <module>
    sf = Salesforce(username='${k.p('email', u.email)}', password='${k.c('password', r.password(r.int(11, 16)))}', security_token='${k.c('salesforce-security-token', sfSecurityToken(r))}', domain='login')
  File "/usr/local/lib/python3.11/site-packages/simple_salesforce/api.py", line 194, in __init__
    self.session_id, self.sf_instance = SalesforceLogin(
                                        ^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/site-packages/simple_salesforce/login.py", line 233, in SalesforceLogin
    raise SalesforceAuthenticationFailed(except_code, except_msg)
simple_salesforce.exceptions.SalesforceAuthenticationFailed: INVALID_LOGIN: Invalid username, password, security token; or user locked out.`);
    },
  },
  {
    id: 'salesforce/mc-token',
    make: (r) => {
      const k = new Plant30();
      const sub = 'mc' + r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 26);
      const mid = r.num(9);
      const cid = r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 24);
      const tok = jwt30(r, { alg: 'HS256', kid: '4', ver: '1', typ: 'JWT' }, { access_token: r.b62(24), client_id: cid, eid: Number(mid), stack_key: r.pick(['S7', 'S10', 'S50', 'S11']), platform_version: 2, client_type: 'ServerToServer' });
      return k.done(`${logPrefix30(r, 'DEBUG')} sfmc-auth POST https://${sub}.auth.marketingcloudapis.com/v2/token
> {"grant_type":"client_credentials","client_id":"${cid}","client_secret":"${k.c('sfmc-client-secret', r.b62(24))}","account_id":"${mid}"}
< 200 {"access_token":"${k.c('sfmc-access-token', tok)}","token_type":"Bearer","expires_in":1079,"scope":"email_read email_write email_send data_extensions_read data_extensions_write","soap_instance_url":"https://${sub}.soap.marketingcloudapis.com/","rest_instance_url":"https://${sub}.rest.marketingcloudapis.com/"}`);
    },
  },
  {
    id: 'salesforce/mc-transactional-send',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const sub = 'mc' + r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 26);
      const tok = jwt30(r, { alg: 'HS256', kid: '4', ver: '1', typ: 'JWT' }, { access_token: r.b62(24), client_id: r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 24), eid: Number(r.num(9)), stack_key: 'S50', platform_version: 2, client_type: 'ServerToServer' });
      const payload = JSON.stringify({ definitionKey: r.pick(['order-confirmation-v3', 'welcome-series-1', 'password-reset']), recipients: [{ contactKey: `0035e00000${r.b62(8)}`, to: k.p('email', u.email), attributes: { FirstName: u.first, Mobile: k.p('phone', u.phoneE164) } }] });
      return k.done(`sfmc.transactional send failed status=400 messageKey=${r.uuid()}
POST https://${sub}.rest.marketingcloudapis.com/messaging/v1/email/messages/
Authorization: Bearer ${k.c('sfmc-access-token', tok)}
${payload}
{"requestId":"${r.uuid()}","errorcode":30006,"responses":[{"messageKey":"${r.uuid()}","errorcode":109104,"message":"MCMS_UTM_Runtime_SubscriberUnsubscribed"}]}`);
    },
  },
  {
    id: 'salesforce/mc-sftp-import',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['GB', 'US', 'AU'] as Country30[]));
      const mid = r.num(9);
      const host = 'mc' + r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 26) + '.ftp.marketingcloudapis.com';
      return k.done(`automation "Nightly Lead Import" step 1 (File Transfer) failed
lftp -c "open sftp://${mid}_2:${k.c('password', r.password(14, '!*_.~$'))}@${host}; mget /Import/leads_${r.int(20240101, 20241228)}.csv"
Import Definition "Leads_Master_DE" completed with errors: ${r.int(2, 60)} rows rejected
  Row ${r.int(2, 900)}: Phone '${k.p('phone', u.phoneNat)}' is not a valid mobile number for locale en-${u.country === 'US' ? 'US' : 'GB'} (EmailAddress: ${k.p('email', u.email)})
  Row ${r.int(901, 2000)}: Field 'ConsentDate' could not be converted to Date`);
    },
  },
  {
    id: 'salesforce/pardot-form-handler',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'DE', 'FR', 'AU'] as Country30[]), true);
      return k.done(`${logPrefix30(r, 'WARN')} pardot form handler POST https://go.${r.pick(MY)}.com/l/${r.num(6)}/2024-0${r.int(1, 9)}-1${r.int(0, 9)}/${r.b62(5)} -> 302 errors=true
payload: first_name=${form30(u.first)}&last_name=${form30(u.last)}&email=${k.p('email', form30(u.email))}&phone=${k.p('phone', form30(u.phoneIntl))}&company=${form30(r.pick(['Northwind Logistics', 'Helio Energie GmbH', 'Vantage Dental']))}&comments=Please+call+me+back+about+pricing
retrying prospect upsert via API v5: POST https://pi.pardot.com/api/v5/objects/prospects/do/upsertLatestByEmail
  Authorization: Bearer ${k.c('salesforce-access-token', sfAccessToken(r))}
  Pardot-Business-Unit-Id: 0Uv5e000000${r.b62(4)}CAA
  -> 400 {"code":${r.pick([4, 66, 181])},"message":"Invalid prospect email address"}`);
    },
  },
  {
    id: 'salesforce/jwt-bearer-ci',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      const ck = sfConsumerKey(r);
      const assertion = jwt30(r, { alg: 'RS256' }, { iss: ck, sub: u.email, aud: 'https://login.salesforce.com', exp: r.epoch() }, 256);
      return k.done(`+ sf org login jwt --client-id ${ck} --jwt-key-file server.key --username ${k.p('email', u.email)} --alias ci
+ cat server.key
-----BEGIN PRIVATE KEY-----
${k.c('private-key', pkcs8Body(r))}
-----END PRIVATE KEY-----
Error (1): We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here's the error: user hasn't approved this consumer
POST /services/oauth2/token grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${k.c('salesforce-jwt-assertion', assertion)}`);
    },
  },
  {
    id: 'salesforce/apex-exception-mail',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(['DE', 'FR', 'ES', 'IT', 'NL'] as Country30[]);
      const u = person30(r, c);
      const [kind, nid] = nationalId30(r, c, u);
      const iban = iban30(r, c, false);
      const cid = `0035e00000${r.b62(5)}AAB`;
      return k.done(`From: Apex Application <info@emailinfo.salesforce.com>
Subject: Developer script exception from ${r.pick(['Acme Europe', 'Helio Group', 'Brightpath EMEA'])} : ContactBillingSync : Update failed

Apex script unhandled exception by user/organization: 0055e000001${r.b62(4)}/${sfOrgId(r)}

Failed to process batch for class 'ContactBillingSync' for job id '7075e00000${r.b62(5)}'

caused by: System.DmlException: Update failed. First exception on row 0 with id ${cid}; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, IBAN does not match billing country: [Bank_IBAN__c]

Contact:{Id=${cid}, FirstName=${u.first}, Email=${k.p('email', u.email)}, Bank_IBAN__c=${k.f('iban', iban)}, Tax_ID__c=${k.p(kind, nid)}, MailingCountry=${c}}

Class.ContactBillingSync.execute: line ${r.int(40, 220)}, column 1`);
    },
  },
  {
    id: 'salesforce/apex-debug-log',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      let ns = r.int(100000000, 300000000);
      const t = () => `${r.iso().slice(11, 23)} (${(ns += r.int(200000, 9000000))})`;
      return k.done(`62.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;SYSTEM,DEBUG
${t()}|SOQL_EXECUTE_BEGIN|[42]|Aggregations:0|SELECT Id, Name, Email FROM Lead WHERE Email = '${k.p('email', u.email)}' OR MobilePhone = '${k.p('phone', u.phoneE164)}' LIMIT 1
${t()}|SOQL_EXECUTE_END|[42]|Rows:1
${t()}|USER_DEBUG|[57]|DEBUG|calling enrichment with session ${k.c('salesforce-access-token', sfAccessToken(r))}
${t()}|CALLOUT_REQUEST|[61]|System.HttpRequest[Endpoint=callout:Enrichment_API/v2/person, Method=POST]
${t()}|CALLOUT_RESPONSE|[61]|System.HttpResponse[Status=Unauthorized, StatusCode=401]`);
    },
  },
];
