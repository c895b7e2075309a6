import { tpl, type Tpl69 } from './blind-set-69-ctx';
import { publicIp, usLicence } from './blind-set-69-ids';
import { app, born, dob, hcase, host, mail, name, nid, post, reqId, street, tel } from './blind-set-69-kit';
import { T, aba, account, basic, ein } from './blind-set-69-tokens';

/** Socure, Alloy and Trulioo failures. */
export const SOCURE: Tpl69[] = [
  tpl('socure', 'emailauth-request', (c) => {
    const x = app(c, 'US');
    const k = c.c('socure-api-key', c.r.uuid());
    return `socure request failed after 3 retries: 503 Service Unavailable (referenceId ${c.r.uuid()})
POST https://service.socure.com/api/3.0/EmailAuthScore
${hcase(c, 'Authorization')}: SocureApiKey ${k}
{"modules":["kyc","watchliststandard","emailrisk","phonerisk","fraud"],"firstName":"${name(c, x.p.given)}","surName":"${name(c, x.p.family)}","dob":"${born(c, dob(x.p))}","nationalId":"${nid(c, x)}","email":"${mail(c, x.p.email)}","mobileNumber":"${tel(c, x.e164)}","physicalAddress":"${street(c, x.a.street)}","city":"${x.a.city}","state":"${x.a.region}","zip":"${post(c, x.a.postcode)}","country":"US","ipAddress":"${c.p('ip-address', publicIp(c.r))}"}`;
  }),
  tpl('socure', 'pino-decision', (c) => {
    const x = app(c, 'US');
    const k = c.c('socure-api-key', c.r.uuid());
    return `{"level":50,"time":${c.unix()}000,"socureKey":"${k}","pid":${c.r.int(10, 99)},"hostname":"${host(c)}","msg":"socure decision reject","applicant":{"name":"${name(c, x.p.full)}","ssn":"${nid(c, x)}","dob":"${born(c, dob(x.p, 'us'))}","email":"${mail(c, x.p.email)}"},"decision":{"value":"reject","modelName":"Onboarding v4"},"reasonCodes":["R186","R207","I553"]}`;
  }),
  tpl('socure', 'sigma-device', (c) => {
    const x = app(c, 'US');
    const k = c.c('socure-api-key', c.r.uuid());
    return `[socure] sigma device risk timed out, deviceSessionId=${c.r.uuid()}
  headers: { authorization: 'SocureApiKey ${k}', 'content-type': 'application/json' }
  body: { modules: [ 'devicerisk', 'emailrisk' ], email: '${mail(c, x.p.email)}', ipAddress: '${c.p('ip-address', publicIp(c.r))}', userConsent: true, consentTimestamp: '${c.ts()}' }`;
  }),
  tpl('socure', 'docv-result', (c) => {
    const x = app(c, 'US');
    const [st, lic] = usLicence(c.r);
    const k = c.c('socure-api-key', c.r.uuid());
    return `DocV ${c.r.uuid()} finished with decision "resubmit" — stored raw result in kyc_docv_results (GET /api/5.0/documents/${c.r.uuid()} SocureApiKey ${k})
"documentVerification":{"reasonCodes":["R810","I831"],"documentType":{"type":"Drivers License","country":"USA","state":"${st}"},"decision":{"name":"standard","value":"resubmit"},"documentData":{"firstName":"${name(c, x.p.given)}","surName":"${name(c, x.p.family)}","fullName":"${name(c, x.p.full)}","address":"${c.p('postal-address', x.a.full)}","documentNumber":"${c.p('us-driver-license', lic)}","dob":"${born(c, dob(x.p))}","expirationDate":"20${c.r.int(27, 33)}-0${c.r.int(1, 9)}-1${c.r.int(0, 9)}"}}`;
  }),
  tpl('socure', 'env-dump', (c) => {
    const k = c.c('socure-api-key', c.r.uuid());
    const pw = c.c('password', c.r.password(20));
    return `socure-bridge exited with code 1: Error: SOCURE_BASE_URL must be https
env: SOCURE_API_KEY="${k}" SOCURE_BASE_URL="http://sandbox.socure.com" REDIS_URL="rediss://default:${pw}@cache.internal:6380/0"`;
  }),
  tpl('socure', 'batch-csv', (c) => {
    const a = app(c, 'US'),
      b = app(c, 'US');
    const k = c.c('socure-api-key', c.r.uuid());
    const row = (x: typeof a): string => `${name(c, x.p.full)},${born(c, dob(x.p, 'us'))},${nid(c, x)},${mail(c, x.p.email)}`;
    return `Batch upload ${c.r.hex(12)} rejected by Socure (key ${k}): row 2 has invalid dob
full_name,dob,ssn,email
${row(a)}
${row(b)}`;
  }),
  // ---- Alloy ----
  tpl('alloy', 'curl-basic', (c) => {
    const tok = c.c('alloy-workflow-token', T.alnum(c.r, 32));
    const sec = c.c('alloy-workflow-secret', T.alnum(c.r, 32));
    return `$ curl -v -u ${tok}:${sec} https://sandbox.alloy.co/v1/evaluations -d @applicant.json
> POST /v1/evaluations HTTP/1.1
> Host: sandbox.alloy.co
> Authorization: Basic ${c.c('basic-auth', basic(tok, sec))}
< HTTP/1.1 401 Unauthorized
{"status_code":401,"error":{"minor_code":4010,"type":"Unauthorized","message":"Invalid workflow token/secret"}}`;
  }),
  tpl('alloy', 'evaluation-body', (c) => {
    const x = app(c, 'US');
    const tok = T.alnum(c.r, 32);
    const sec = T.alnum(c.r, 32);
    return `alloy evaluation ${c.r.uuid()} failed (400 bad_request: "document_ssn" invalid)
auth: ${c.c('basic-auth', basic(tok, sec))}
{"name_first":"${name(c, x.p.given)}","name_last":"${name(c, x.p.family)}","birth_date":"${born(c, dob(x.p))}","document_ssn":"${c.p('ssn', x.id.value.replace(/-/g, ''))}","address_line_1":"${street(c, x.a.street)}","address_city":"${x.a.city}","address_state":"${x.a.region}","address_postal_code":"${post(c, x.a.postcode)}","address_country_code":"US","email_address":"${mail(c, x.p.email)}","phone_number":"${tel(c, x.e164)}","bank_account_number":"${c.f('bank-account', account(c.r))}","bank_routing_number":"${c.f('aba-routing', aba(c.r))}"}`;
  }),
  tpl('alloy', 'journey-webhook', (c) => {
    const x = app(c, 'US');
    const u = 'alloy-hooks',
      pw = c.r.password(20);
    return `journey application ${'JA-' + c.r.b62(20)} webhook handler threw: KeyError: 'entity_token'
request.headers['Authorization'] = 'Basic ${c.c('basic-auth', basic(u, pw))}'
payload.entities[0].data = {'name_first': '${name(c, x.p.given)}', 'name_last': '${name(c, x.p.family)}', 'birth_date': '${born(c, dob(x.p))}', 'document_ssn': '${nid(c, x)}', 'email_address': '${mail(c, x.p.email)}', 'phone_number': '${tel(c, x.phone)}'}`;
  }),
  tpl('alloy', 'python-client-repr', (c) => {
    const tok = c.c('alloy-workflow-token', T.alnum(c.r, 32));
    const sec = c.c('alloy-workflow-secret', T.alnum(c.r, 32));
    return `alloy_sdk.errors.AuthError: 401 Invalid workflow token/secret
  client = AlloyClient(base_url='https://api.alloy.co/v1', token='${tok}', secret='${sec}', workflow='kyc-consumer-v7')
  job = onboarding.tasks.run_alloy_evaluation[${c.r.uuid()}]`;
  }),
  tpl('alloy', 'kyb-evaluation', (c) => {
    const x = app(c, 'US');
    const tok = T.alnum(c.r, 32),
      sec = c.c('alloy-workflow-secret', T.alnum(c.r, 32));
    return `KYB evaluation rejected: beneficial owner failed KYC (evaluation_token=L-${c.r.b62(20)}, workflow ${tok.slice(0, 6)}…, secret=${sec})
{"business_name":"Quanta Lending Partners LLC","business_federal_ein":"${c.f('ein', ein(c.r))}","business_address_line_1":"500 Congress Ave Ste 1200","business_address_city":"Austin","business_address_state":"TX","beneficial_owners":[{"name_first":"${name(c, x.p.given)}","name_last":"${name(c, x.p.family)}","document_ssn":"${nid(c, x)}","birth_date":"${born(c, dob(x.p))}","ownership_percentage":${c.r.int(25, 80)}}]}`;
  }),
  tpl('alloy', 'bank-verification', (c) => {
    const x = app(c, 'US');
    const acct = c.f('bank-account', account(c.r));
    const rt = c.f('aba-routing', aba(c.r));
    return `${c.ts()} WARN bank-verify: account ownership mismatch
  holder="${name(c, x.p.full)}" routing=${rt} account=${acct} type=checking
  alloy summary.outcome="Manual Review" tags=["Account Owner Name Mismatch"] request_id=${reqId(c)}`;
  }),
  // ---- Trulioo ----
  tpl('trulioo', 'napi-verify', (c) => {
    const x = app(c, c.pick(['BR', 'MX', 'IN', 'IT', 'ES', 'CA']));
    const k = c.c('trulioo-api-key', T.hex(c.r, 32));
    return `POST https://api.globaldatacompany.com/verifications/v1/verify failed: 400
x-trulioo-api-key: ${k}
{"AcceptTruliooTermsAndConditions":true,"CountryCode":"${x.p.cc}","DataFields":{"PersonInfo":{"FirstGivenName":"${name(c, x.p.given)}","FirstSurName":"${name(c, x.p.family)}"},"Location":{"StreetName":"${street(c, x.a.street)}","City":"${x.a.city}","PostalCode":"${post(c, x.a.postcode)}"},"Communication":{"MobileNumber":"${tel(c, x.phone)}","EmailAddress":"${mail(c, x.p.email)}"},"NationalIds":[{"Number":"${nid(c, x)}","Type":"NationalID"}]}}
{"Message":"The request is invalid.","ModelState":{"DataFields.Location.StateProvinceCode":["required"]}}`;
  }),
  tpl('trulioo', 'basic-auth-legacy', (c) => {
    const user = 'acme_' + c.r.chars('abcdefghijklmnopqrstuvwxyz', 6) + '_api';
    const pw = c.r.password(c.r.int(14, 20));
    return `GET https://api.globaldatacompany.com/connection/v1/testauthentication
Authorization: Basic ${c.c('basic-auth', basic(user, pw))}
<- 401 {"Message":"Authorization has been denied for this request."}
(trulioo.username=${user})`;
  }),
  tpl('trulioo', 'oauth-form', (c) => {
    const sec = c.c('trulioo-client-secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 48));
    return `Trulioo token request failed: invalid_client
POST https://auth-api.trulioo.com/connect/token
Content-Type: application/x-www-form-urlencoded
grant_type=client_credentials&client_id=${c.r.hex(32)}&client_secret=${sec}&scope=workflow.studio`;
  }),
  tpl('trulioo', 'kyb-directors', (c) => {
    const d1 = app(c, c.pick(['GB', 'IE', 'DE', 'NL'])),
      d2 = app(c, c.pick(['GB', 'FR', 'IT', 'SE']));
    const k = c.c('trulioo-api-key', T.hex(c.r, 32));
    return `business verification ${c.r.uuid()} returned no match; request headers {"x-trulioo-api-key":"${k}"}
{"Business":{"BusinessName":"Nordlys Holdings Ltd","BusinessRegistrationNumber":"${c.r.digits(8)}","JurisdictionOfIncorporation":"GB"},"StandardizedDirectorsOfficers":[{"FullName":"${name(c, d1.p.full)}","Designation":"Director","DateOfBirth":"${born(c, dob(d1.p))}"},{"FullName":"${name(c, d2.p.full)}","Designation":"Secretary"}]}`;
  }),
  tpl('trulioo', 'input-fields-echo', (c) => {
    const x = app(c, c.pick(['IN', 'BR', 'MX', 'SE', 'PL', 'NL']));
    const f = (n: string, v: string): string => `{"FieldName":"${n}","Value":"${v}"}`;
    const k = c.c('trulioo-api-key', T.hex(c.r, 32));
    return `[x-trulioo-api-key: ${k}] Record status nomatch for TransactionID ${c.r.uuid()}; InputFields=[${f('FirstGivenName', name(c, x.p.given))},${f('FirstSurName', name(c, x.p.family))},${f('NationalID', nid(c, x))},${f('Telephone', tel(c, x.e164))},${f('EmailAddress', mail(c, x.p.email))}]`;
  }),
  tpl('trulioo', 'csharp-context', (c) => {
    const pw = c.c('password', c.r.password(16));
    return `System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).
   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()
   at Trulioo.Client.V1.Connection.TestAuthenticationAsync() in /_/src/Trulioo.Client/Connection.cs:line 41
   at Fernhill.Kyc.TruliooProbe.RunAsync() in /src/Fernhill.Kyc/TruliooProbe.cs:line 22
Context: { Username = "fernhill_prod_api", Password = "${pw}", Url = "https://api.globaldatacompany.com" }`;
  }),
];
