import { aba70, acct70, dob70, salary70, ssn70 } from './blind-set-70-people';
import { asciiJson70, jsonEsc70, nid70, pem70, S70, type Tpl70 } from './blind-set-70-secrets';

/** Gusto, ADP and Rippling: API calls, OAuth, webhooks and sync jobs failing. */
export const TPL70_A: Tpl70[] = [
  { src: 'gusto', name: 'employee-create-422', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(S70.b64url(r, 32), 'gusto-access-token');
    const body = `{"first_name":"${c.p(p.first, 'person-name')}","last_name":"${c.p(p.last, 'person-name')}","email":"${c.p(p.email, 'email')}","ssn":"${c.p(ssn70(r, ''), 'ssn')}","date_of_birth":"${c.p(dob70(p, 'iso'), 'birth-date')}"}`;
    return `[gusto-sync] POST https://api.gusto.com/v1/companies/${r.uuid()}/employees -> 422 Unprocessable Entity (${r.int(180, 900)}ms)
> Authorization: Bearer ${tok}
> X-Gusto-API-Version: 2024-04-01
> Content-Type: application/json
> ${body}
< {"errors":[{"error_key":"ssn","category":"invalid_attribute_value","message":"Ssn has already been taken"}]}
GustoEmployeeSyncError: employee create rejected (request_id=${r.hex(32)})`;
  } },
  { src: 'gusto', name: 'oauth-refresh-invalid-grant', make: (c) => {
    const r = c.r; const sec = c.c(S70.b64url(r, 32), 'gusto-client-secret'); const rt = c.c(S70.b64url(r, 32), 'gusto-refresh-token');
    return `Faraday::UnauthorizedError: the server responded with status 401
  request: POST https://api.gusto.com/oauth/token
  body: client_id=${S70.b64url(r, 32)}&client_secret=${sec}&refresh_token=${rt}&grant_type=refresh_token&redirect_uri=https%3A%2F%2Fpayroll.internal%2Fgusto%2Fcallback
  response: {"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}
    from app/services/gusto/token_refresher.rb:41:in \`refresh!'
    from app/jobs/gusto_payroll_sync_job.rb:17:in \`perform'`;
  } },
  { src: 'gusto', name: 'webhook-verification', make: (c) => {
    const r = c.r; const p = c.who(); const vt = c.c(S70.hex(r, 32), 'gusto-webhook-token');
    return `WARN  webhooks.gusto  verification failed for subscription ${r.uuid()}
  expected verification_token=${vt}
  payload={"event_type":"employee.updated","entity_type":"Employee","entity_uuid":"${r.uuid()}","resource_uuid":"${r.uuid()}","timestamp":${r.int(1780000000, 1790000000)},"changes":{"work_email":"${c.p(p.email, 'email')}","phone":"${c.p(p.phone, 'phone')}"}}`;
  } },
  { src: 'gusto', name: 'bank-account-routing', make: (c) => {
    const r = c.r; const tok = c.c(S70.b64url(r, 32), 'gusto-access-token'); const rt = c.f(aba70(r), 'aba-routing'); const ac = c.f(acct70(r), 'bank-account');
    return `gusto_client.errors.UnprocessableEntity: POST /v1/employees/${r.uuid()}/bank_accounts
headers={'Authorization': 'Bearer ${tok}', 'X-Gusto-API-Version': '2024-04-01'}
json={'name': 'Direct deposit', 'routing_number': '${rt}', 'account_number': '${ac}', 'account_type': '${r.pick(['Checking', 'Savings'])}'}
response={"errors":[{"error_key":"routing_number","category":"invalid_attribute_value","message":"Routing number is not a valid ACH routing number for direct deposit"}]}`;
  } },
  { src: 'gusto', name: 'compensation-ruby-trace', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(S70.b64url(r, 32), 'gusto-access-token');
    return `Gusto::ApiError (409 Conflict: version mismatch) while updating compensation
  Started PUT "/v1/compensations/${r.uuid()}" for 10.12.${r.int(0, 255)}.${r.int(1, 254)}
  Parameters: {"version"=>"${r.hex(32)}", "rate"=>"${c.f(`${r.int(60, 240)}${r.pick(['000', '500', '250'])}.00`, 'salary')}", "payment_unit"=>"Year", "flsa_status"=>"Exempt", "employee_name"=>"${c.p(p.full, 'person-name')}"}
  Authorization: Token token="${tok}"
  app/services/payroll/compensation_push.rb:88:in \`block in push'`;
  } },
  { src: 'gusto', name: 'embedded-env-dump', make: (c) => {
    const r = c.r;
    return `ConfigError: GUSTO_COMPANY_UUID missing; environment at boot:
GUSTO_ENV=production
GUSTO_CLIENT_ID=${S70.b64url(r, 32)}
GUSTO_CLIENT_SECRET=${c.c(S70.b64url(r, 32), 'gusto-client-secret')}
GUSTO_SYSTEM_ACCESS_TOKEN=${c.c(S70.b64url(r, 32), 'gusto-access-token')}
DATABASE_URL=postgres://payroll_rw:${c.c(S70.urlPassword(r), 'db-password')}@10.40.${r.int(0, 255)}.${r.int(2, 250)}:5432/payroll
SIDEKIQ_CONCURRENCY=${r.int(5, 25)}`;
  } },
  { src: 'gusto', name: 'contractor-1099-payment', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(S70.b64url(r, 32), 'gusto-access-token');
    const j = JSON.stringify({ contractor: { type: 'Individual', first_name: c.p(p.first, 'person-name'), last_name: c.p(p.last, 'person-name'), ssn: c.p(ssn70(r), 'ssn') }, wage: c.f(`${r.int(1200, 19000)}.${r.digits(2)}`, 'pay-amount') });
    return `ERROR contractor_payments.create failed (HTTP 422) token=${tok}
body=${j}
errors: [{"error_key":"base","message":"Contractor must have a complete address before 1099-NEC filing"}]`;
  } },
  { src: 'adp', name: 'curl-mtls-token', make: (c) => {
    const r = c.r; const sec = c.c(r.uuid(), 'adp-client-secret');
    return `$ curl -v --cert /etc/adp/certs/${r.pick(['acme', 'northwind', 'contoso'])}_auth.pem --key /etc/adp/certs/${r.pick(['acme', 'northwind'])}_auth.key -u "${r.uuid()}:${sec}" -d grant_type=client_credentials https://accounts.adp.com/auth/oauth/v2/token
* ALPN: offers h2,http/1.1
* TLSv1.3 (OUT), TLS alert, unknown CA (560):
* OpenSSL/3.0.13: error:0A000418:SSL routines::tlsv1 alert unknown ca
curl: (56) OpenSSL SSL_read: error:0A000418:SSL routines::tlsv1 alert unknown ca, errno 0
adp-token-refresh.sh: line 23: token request failed; ADP_CLIENT_SECRET=${sec}`;
  } },
  { src: 'adp', name: 'spring-keystore-pem', make: (c) => {
    const r = c.r; const key = c.c(pem70(r, 'RSA PRIVATE KEY'), 'rsa-private-key'); const pw = c.c(S70.password(r), 'keystore-password');
    return `org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under 'adp.ssl' to com.acme.payroll.adp.AdpSslProperties
  Property: adp.ssl.key-store-password
    Value: "${pw}"
    Origin: class path resource [application-prod.yml] - 41:30
  Property: adp.ssl.private-key
    Value: "${key}"
    Reason: java.security.spec.InvalidKeySpecException: java.security.InvalidKeyException: IOException : algid parse error, not a sequence`;
  } },
  { src: 'adp', name: 'axios-workers-get', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(r.uuid(), 'adp-access-token');
    return `AxiosError: Request failed with status code 500
    at settle (node_modules/axios/lib/core/settle.js:19:12)
  config: { method: 'get', url: 'https://api.adp.com/hr/v2/workers/${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}',
    headers: { Accept: 'application/json', Authorization: 'Bearer ${tok}', 'roleCode': 'practitioner' } },
  response.data: { workers: [ { person: { legalName: { givenName: '${c.p(p.first, 'person-name')}', familyName1: '${c.p(p.last, 'person-name')}' },
      birthDate: '${c.p(dob70(p, 'iso'), 'birth-date')}', governmentIDs: [ { idValue: '${c.p(ssn70(r), 'ssn')}', nameCode: { codeValue: 'SSN' } } ] } } ],
    confirmMessage: { processMessages: [ { userMessage: { messageTxt: 'Internal error while reading pay data' } } ] } }`;
  } },
  { src: 'adp', name: 'worker-hire-event', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(r.uuid(), 'adp-access-token');
    return `POST /events/hr/v1/worker.hire HTTP/1.1
Host: api.adp.com
Authorization: Bearer ${tok}
Content-Type: application/json

{"events":[{"data":{"transform":{"applicant":{"person":{"legalName":{"formattedName":"${c.p(p.full, 'person-name')}"},"governmentIDs":[{"idValue":"${c.p(ssn70(r), 'ssn')}","nameCode":{"codeValue":"SSN"}}],"legalAddress":{"lineOne":"${c.p(p.street, 'street-address')}","cityName":"${p.city.split(',')[0]}","postalCode":"${p.zip}"},"birthDate":"${c.p(dob70(p, 'iso'), 'birth-date')}"}}}}}]}

HTTP/1.1 400 Bad Request
{"confirmMessage":{"processMessages":[{"userMessage":{"messageTxt":"Position ID already exists for payroll group ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}"}}],"requestStatusCode":{"codeValue":"failed"}}}`;
  } },
  { src: 'adp', name: 'pay-distribution', make: (c) => {
    const r = c.r; const p = c.who('US'); const tok = c.c(r.uuid(), 'adp-access-token');
    return `2026-03-02 14:11:09,442 ERROR [adp.paydist] change rejected for ${c.p(p.full, 'person-name')} (AOID ${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}): 422
  PUT https://api.adp.com/payroll/v1/workers/${r.hex(8).toUpperCase()}/pay-distributions  bearer=${tok}
  distributionInstructions[0].depositAccount = {"financialParty":{"routingTransitID":{"idValue":"${c.f(aba70(r), 'aba-routing')}"}},"financialAccount":{"accountNumber":"${c.f(acct70(r), 'bank-account')}","typeCode":{"codeValue":"${r.pick(['DDA', 'SAV'])}"}}}
  reason: "Prenote pending for previous account"`;
  } },
  { src: 'adp', name: 'python-pkcs12-locals', make: (c) => {
    const r = c.r; const pw = c.c(S70.password(r), 'pfx-password'); const sec = c.c(r.uuid(), 'adp-client-secret');
    return `Traceback (most recent call last):
  File "/srv/hris/adp_client.py", line 58, in get_token
    resp = post(TOKEN_URL, data=data, pkcs12_filename=PFX_PATH, pkcs12_password=PFX_PASSWORD)
  File "/usr/lib/python3.11/site-packages/requests_pkcs12.py", line 112, in create_pyopenssl_sslcontext
    raise ValueError('Invalid PKCS12 or pkcs12_password')
ValueError: Invalid PKCS12 or pkcs12_password

Local variables in get_token:
    PFX_PATH = '/run/secrets/adp_wfn.pfx'
    PFX_PASSWORD = '${pw}'
    data = {'grant_type': 'client_credentials', 'client_id': '${r.uuid()}', 'client_secret': '${sec}'}`;
  } },
  { src: 'adp', name: 'vault-json-pem', make: (c) => {
    const r = c.r; const key = c.c(jsonEsc70(pem70(r, 'PRIVATE KEY')), 'private-key');
    return `{"level":"error","ts":"${c.ts()}","logger":"adp-connector","msg":"x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)","secret_path":"kv/payroll/adp/mtls","data":{"client_id":"${r.uuid()}","client_secret":"${c.c(r.uuid(), 'adp-client-secret')}","tls_key":"${key}"}}`;
  } },
  { src: 'adp', name: 'wfn-report-csv', make: (c) => {
    const r = c.r;
    const rows = [0, 1].map(() => { const p = c.who('US'); return `${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 9)},"${c.p(`${p.last}, ${p.first}`, 'person-name')}",${c.p(ssn70(r), 'ssn')},${c.p(dob70(p, 'us'), 'birth-date')},"${c.f(salary70(r, 'USD'), 'salary')}"`; });
    return `SFTPError: put /outbound/WFN_census_${r.digits(8)}.csv failed: Permission denied (sftp://svc_census:${c.c(S70.urlPassword(r), 'sftp-password')}@sftp.${r.pick(['benefitsco', 'census-intake'])}.net:22)
first lines of file:
Associate ID,Legal Name,Tax ID (SSN),Birth Date,Annual Salary
${rows.join('\n')}`;
  } },
  { src: 'adp', name: 'token-response-debug', make: (c) => {
    const r = c.r; const at = c.c(r.uuid(), 'adp-access-token');
    return `DEBUG urllib3.connectionpool: https://accounts.adp.com:443 "POST /auth/oauth/v2/token HTTP/1.1" 200 None
DEBUG adp.auth: body sent: grant_type=client_credentials&client_id=${r.uuid()}&client_secret=${c.c(r.uuid(), 'adp-client-secret')}
DEBUG adp.auth: token response {"access_token":"${at}","token_type":"Bearer","expires_in":3600,"scope":"api"}
ERROR adp.workers: GET /hr/v2/workers?$top=100&$skip=${r.int(1, 40) * 100} -> 403 {"response":{"responseCode":403,"methodCode":"GET","resourceUri":{"href":"/hr/v2/workers"},"serverRequestDateTime":"${c.ts()}","applicationCode":{"code":403,"typeCode":"error","message":"Access Denied"}}}`;
  } },
  { src: 'rippling', name: 'employees-401', make: (c) => {
    const r = c.r; const k = c.c(S70.opaque(r, 64), 'rippling-api-token');
    return `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.rippling.com/platform/api/employees?limit=100&offset=${r.int(0, 9) * 100}
> GET /platform/api/employees HTTP/1.1
> Authorization: Bearer ${k}
> User-Agent: hris-sync/${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}
< {"detail":"Invalid token."}
previous token (rotated ${r.int(2, 30)}d ago): ${c.c(S70.opaque(r, 64), 'rippling-api-token')}`;
  } },
  { src: 'rippling', name: 'employee-diff', make: (c) => {
    const r = c.r; const p = c.who(); const [ov, nv] = [p.phone, c.who(p.cc).phone];
    return `level=error msg="rippling sync: conflicting update" employee_id=${r.hex(24)} api_key=${c.c(S70.opaque(r, 64), 'rippling-api-token')}
--- rippling
+++ local
-  "name": "${c.p(p.full, 'person-name')}",
-  "personalEmail": "${c.p(p.email, 'email')}",
-  "phoneNumber": "${c.p(ov, 'phone')}",
+  "phoneNumber": "${c.p(nv, 'phone')}",
   "nationalId": "${nid70(c, p)}"`;
  } },
  { src: 'rippling', name: 'oauth-code-exchange', make: (c) => {
    const r = c.r; const sec = c.c(S70.opaque(r, 48), 'rippling-client-secret'); const code = c.c(S70.opaque(r, 30), 'oauth-code');
    return `RipplingOAuthError: invalid_client
    at exchangeCode (/app/src/integrations/rippling/oauth.ts:74:13)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
  request: POST https://app.rippling.com/api/o/token/ grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2Fapp.payhub.io%2Frippling%2Fcallback
  basic auth: ${S70.opaque(r, 40)}:${sec}
  stale refresh_token in store: ${c.c(S70.opaque(r, 30), 'rippling-refresh-token')}`;
  } },
  { src: 'rippling', name: 'webhook-hmac-go', make: (c) => {
    const r = c.r; const p = c.who(); const s = c.c(S70.b64url(r, 32), 'rippling-webhook-secret');
    return `2026/0${r.int(1, 9)}/1${r.int(0, 9)} 0${r.int(0, 9)}:2${r.int(0, 9)}:1${r.int(0, 9)} webhook/rippling.go:118: signature mismatch: computed=${r.hex(64)} header=${r.hex(64)} secret="${s}"
body: {"event":"employee.terminated","data":{"id":"${r.hex(24)}","workEmail":"${c.p(p.email, 'email')}","displayName":"${c.p(asciiJson70(p.full), 'person-name')}","endDate":"2026-0${r.int(1, 9)}-15"}}`;
  } },
  { src: 'rippling', name: 'comp-export-query-token', make: (c) => {
    const r = c.r; const p = c.who(); const q = c.who();
    return `GET /platform/api/compensations?access_token=${c.c(S70.opaque(r, 64), 'rippling-api-token')}&limit=2 -> 502 Bad Gateway (upstream timeout)
cached rows used for report:
[{"employee":"${c.p(p.full, 'person-name')}","annualSalary":"${c.f(salary70(r, 'USD'), 'salary')}","currency":"USD"},{"employee":"${c.p(q.full, 'person-name')}","annualSalary":"${c.f(salary70(r, 'USD'), 'salary')}","currency":"USD"}]`;
  } },
];
