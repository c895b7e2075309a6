import type { PosTemplate27 } from './blind-set-27-types';
import { graphSecret, jwt, pem, basic } from './blind-set-27-tokens';
import { bank, iban, person, spaced, handle } from './blind-set-27-values';

/** Blind set 27: HRIS and payroll integrations (Workday, BambooHR, Personio, HiBob, Rippling, Deel, Remote, Gusto, ADP, Paychex, SuccessFactors, Oracle HCM). */
export const HRIS27: PosTemplate27[] = [
  {
    source: 'workday',
    name: 'workday-soap-fault-put-worker',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      const user = `ISU_Payroll_Sync@acme${r.int(1, 9)}`;
      return `2026-12-05 09:${r.int(10, 59)}:02.311 ERROR [payroll-sync-${r.int(1, 9)}] c.a.hr.workday.WorkdayClient - SOAP fault from Put_Payment_Election
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wd="urn:com.workday/bsvc">
 <soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>${user}</wsse:Username><wsse:Password Type="PasswordText">${b.c('password', r.password(20))}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>
 <soapenv:Body><wd:Put_Payment_Election_Request wd:version="v42.1"><wd:Worker_Reference><wd:ID wd:type="Employee_ID">${r.int(100000, 299999)}</wd:ID></wd:Worker_Reference>
  <wd:Legal_Name>${b.p('name', p.name)}</wd:Legal_Name><wd:National_ID wd:type="USA-SSN">${b.p(p.idKind, p.id)}</wd:National_ID>
  <wd:Bank_Account_Data><wd:Routing_Transit_Number>${b.f(aba![0], aba![1])}</wd:Routing_Transit_Number><wd:Bank_Account_Number>${b.f(acct![0], acct![1])}</wd:Bank_Account_Number><wd:Account_Type>DDA</wd:Account_Type></wd:Bank_Account_Data>
 </wd:Put_Payment_Election_Request></soapenv:Body></soapenv:Envelope>
<!-- REST fallback: client_id=${r.b64url(18)} client_secret=${b.c('client-secret', r.b64url(48))} refresh_token=${b.c('refresh-token', r.b62(64))} -->
<faultcode>SOAP-ENV:Client.validationError</faultcode><faultstring>Validation error occurred. Routing number not on file with Federal Reserve</faultstring>
[payroll-sync] Datadog forwarder DD_API_KEY=${b.c('datadog-key', r.hex(32))}`;
    },
  },
  {
    source: 'workday',
    name: 'workday-eib-csv-reject',
    make: (r, b) => {
      const rows = [0, 1].map(() => {
        const p = person(r, r.pick(['GB', 'IE', 'DE'] as const));
        return `${r.int(100000, 299999)},${b.p('name', p.name)},${b.p(p.idKind, p.id)},${b.f('iban', iban(r, p.cc))},ERROR: Country_Region_Reference invalid`;
      });
      const tok = jwt(r, { sub: 'ISU_EIB_Loader', tenant: 'acme_preview', iat: 1796500000 });
      return `[eib-loader] POST https://wd2-impl-services1.workday.com/ccx/service/acme_preview/Human_Resources/v42.1 -> 500
[eib-loader] request headers: {"Authorization":"Bearer ${b.c('jwt', tok)}","Content-Type":"text/xml","Cookie":"JSESSIONID=${b.c('session-cookie', r.hex(32).toUpperCase())}; wd-browser-id=${r.uuid()}"}
[eib-loader] retry with ISU basic auth: Authorization: Basic ${b.c('basic-auth', basic('ISU_EIB_Loader@acme_preview', r.password(20)))}
[eib-loader] rejected rows (Put_Applicant_EIB_${r.int(10, 99)}.csv):
Employee_ID,Legal_Name,National_ID,IBAN,Message
${rows.join('\n')}
[eib-loader] sftp fallback: sftp://eib_loader:${b.c('password', r.urlPassword(18))}@sftp.acme.example/eib/inbound`;
    },
  },
  {
    source: 'bamboohr',
    name: 'bamboohr-axios-error',
    make: (r, b) => {
      const key = b.c('bamboohr-key', r.hex(40));
      const p = person(r, 'US');
      return `AxiosError: Request failed with status code 400
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
  config: {
    url: 'https://api.bamboohr.com/api/gateway.php/acme/v1/employees/${r.int(100, 999)}',
    method: 'post',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Basic ${b.c('basic-auth', basic(key, 'x'))}' },
    auth: { username: '${key}', password: 'x' },
    data: '{"firstName":"${p.first}","lastName":"${p.last}","dateOfBirth":"${b.p('dob', p.dob)}","ssn":"${b.p(p.idKind, p.id)}","employeeNumber":"${r.int(1000, 9999)}"}'
  },
  response: { status: 400, data: { error: 'Invalid field: employmentHistoryStatus' } }
  webhookPrivateKey: '${b.c('webhook-secret', r.hex(40))}'`;
    },
  },
  {
    source: 'personio',
    name: 'personio-python-requests-locals',
    make: (r, b) => {
      const p = person(r, 'DE');
      const sec = b.c('client-secret', `papi-${r.b62(8)}-${r.b62(4)}-${r.b62(4)}-${r.b62(12)}`);
      return `Traceback (most recent call last):
  File "/srv/hr_sync/personio.py", line 88, in push_employee
    resp.raise_for_status()
requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.personio.de/v1/company/employees
Locals by frame, innermost last:
  client_id = 'papi-${r.uuid()}'
  client_secret = '${sec}'
  token = '${b.c('bearer', r.b64url(48))}'
  session = <requests.Session cookies=<RequestsCookieJar[<Cookie personio_session=${b.c('session-cookie', r.b64url(40))} for .personio.de/>]>>
  payload = {'employee': {'first_name': '${p.first}', 'last_name': '${p.last}', 'dynamic_${r.int(100000, 999999)}': '${b.p('steuer-id', p.id)}', 'dynamic_${r.int(100000, 999999)}': '${b.f('iban', spaced(iban(r, 'DE')))}', 'birthday': '${b.p('dob', p.dob)}'}}`;
    },
  },
  {
    source: 'hibob',
    name: 'hibob-node-payload',
    make: (r, b) => {
      const p = person(r, r.pick(['GB', 'IE', 'NL', 'SE'] as const));
      const id = r.pick(['SERVICE-', 'svc-']) + r.digits(5);
      const tok = r.b62(40);
      const ec = person(r, p.cc);
      return `{"level":"error","time":"2026-12-05T10:${r.int(10, 59)}:41.004Z","msg":"hibob update failed","req":{"method":"PUT","url":"https://api.hibob.com/v1/people/${r.digits(19)}","auth":"${id}:${b.c('api-token', tok)}","headers":{"authorization":"Basic ${b.c('basic-auth', basic(id, tok))}"}},"body":{"personal":{"nationality":["${p.cc}"],"personalEmail":"${b.p('email', p.email)}"},"emergency":{"name":"${ec.name}","phone":"${b.p('phone', ec.phone)}"},"payroll":{"${p.idKind}":"${b.p(p.idKind, p.id)}",${bank(
        r,
        p.cc,
      )
        .map(([k, v]) => `"${k}":"${b.f(k, v)}"`)
        .join(',')}}},"status":400}
{"level":"debug","msg":"webhook signing secret","secret":"${b.c('webhook-secret', r.b64url(32))}"}`;
    },
  },
  {
    source: 'rippling',
    name: 'rippling-go-client-dump',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      return `time="2026-12-05T11:${r.int(10, 59)}:07Z" level=error msg="rippling: sync worker" err="POST /platform/api/employees: 409 Conflict" req="&{Method:POST URL:https://api.rippling.com/platform/api/employees Header:map[Authorization:[Bearer ${b.c('bearer', r.b64url(48))}] X-Rippling-Company:[${r.hex(24)}]] Body:{Name:${p.name} SSN:${b.p(p.idKind, p.id)} DOB:${b.p('dob', p.dob)} Routing:${b.f(aba![0], aba![1])} Account:${b.f(acct![0], acct![1])} Salary:${r.int(90, 240)}000}" cfg="{ClientID:${r.b62(24)} ClientSecret:${b.c('client-secret', r.b62(48))} WebhookSecret:${b.c('webhook-secret', r.hex(40))}}"`;
    },
  },
  {
    source: 'deel',
    name: 'deel-contractor-webhook',
    make: (r, b) => {
      const p = person(r, r.pick(['BR', 'MX', 'IN', 'PL'] as const));
      const bk = bank(r, p.cc);
      return `[deel-webhook] signature check failed (header x-deel-signature=${r.hex(64)}); secret used: ${b.c('webhook-secret', r.b64url(32))}
[deel-webhook] payload: {"event":"contract.created","data":{"contract_id":"${r.b62(7)}","worker":{"full_name":"${p.name}","email":"${b.p('email', p.email)}","tax_id":"${b.p(p.idKind, p.id)}"},"payment":{${bk.map(([k, v]) => `"${k}":"${b.f(k, v)}"`).join(',')}}}}
[deel-webhook] retrying with API token ${b.c('bearer', r.b64url(40))}
[deel-webhook] oauth app: client_id=${r.uuid()} DEEL_CLIENT_SECRET=${b.c('client-secret', r.b62(48))}`;
    },
  },
  {
    source: 'remote',
    name: 'remote-com-employment-400',
    make: (r, b) => {
      const p = person(r, r.pick(['ES', 'IT', 'FR'] as const));
      const tok = jwt(r, { sub: r.uuid(), scope: 'employments:write', iss: 'https://gateway.remote.com' });
      return `WARN  remote_client.py:142 POST https://gateway.remote.com/v1/employments failed: 400 {"errors":{"personal_details.iban":["is invalid for country"]}}
      headers={'Authorization': 'Bearer ${b.c('jwt', tok)}', 'User-Agent': 'acme-onboarding/2.3'}
      refresh_token=${b.c('refresh-token', r.b64url(64))} client_secret=${b.c('client-secret', r.b62(40))}
      json={'full_name': '${p.name}', 'birth_date': '${b.p('dob', p.dob)}', 'tax_number': '${b.p(p.idKind, p.id)}', 'iban': '${b.f('iban', iban(r, p.cc))}'}`;
    },
  },
  {
    source: 'gusto',
    name: 'gusto-rails-params',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      return `Started POST "/integrations/gusto/employees" for 10.4.${r.int(0, 255)}.${r.int(1, 254)} at 2026-12-05 08:${r.int(10, 59)}:12 +0000
Processing by Integrations::GustoController#create as JSON
  Parameters: {"employee"=>{"first_name"=>"${p.first}", "last_name"=>"${p.last}", "ssn"=>"${b.p(p.idKind, p.id.replace(/-/g, ''))}", "date_of_birth"=>"${b.p('dob', p.dob)}", "bank_account"=>{"routing_number"=>"${b.f(aba![0], aba![1])}", "account_number"=>"${b.f(acct![0], acct![1])}", "account_type"=>"Checking"}}, "access_token"=>"${b.c('bearer', r.b64url(32))}", "refresh_token"=>"${b.c('refresh-token', r.b64url(32))}", "client_secret"=>"${b.c('client-secret', r.hex(64))}"}
Completed 422 Unprocessable Entity in 184ms`;
    },
  },
  {
    source: 'adp',
    name: 'adp-workforce-now-java',
    make: (r, b) => {
      const p = person(r, 'US');
      const key = pem(r, 'RSA PRIVATE KEY', '\\n', 6);
      return `2026-12-05 07:${r.int(10, 59)}:55,902 ERROR [adp-connector] o.s.w.c.RestTemplate - 401 Unauthorized on POST https://accounts.adp.com/auth/oauth/v2/token
AdpConfig{clientId='${r.uuid()}', clientSecret='${b.c('client-secret', r.uuid())}', sslCertPath='/etc/adp/acme_auth.pem', sslKey='${b.c('pem~json', key)}', sslKeyPassphrase='${b.c('passphrase', r.password(16))}'}
Pending worker: associateOID=G3${r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 14)}, name=${p.name}, ssn=${b.p(p.idKind, p.id)}, birthDate=${b.p('dob', p.dob)}`;
    },
  },
  {
    source: 'paychex',
    name: 'paychex-dotnet-exception',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      return `System.Net.Http.HttpRequestException: Response status code does not indicate success: 400 (Bad Request).
   at Acme.Payroll.PaychexClient.AddDirectDepositAsync(Worker w) in /src/Payroll/PaychexClient.cs:line 211
   Request: POST https://api.paychex.com/workers/${r.hex(16)}/directdeposits
   Authorization: Bearer ${b.c('bearer', r.b64url(40))}
   client_id=${r.b62(24)}&client_secret=${b.c('client-secret', r.b62(32))}&grant_type=client_credentials
   Body: {"startDate":"2027-01-01","paymentType":"PERCENTAGE","accountType":"CHECKING","value":100,"routingNumber":"${b.f(aba![0], aba![1])}","accountNumber":"${b.f(acct![0], acct![1])}","priority":1}
   Worker: ${p.name} (SSN ${b.p(p.idKind, p.id)})
   refresh_token=${b.c('refresh-token', r.b64url(40))}`;
    },
  },
  {
    source: 'successfactors',
    name: 'successfactors-odata-basic',
    make: (r, b) => {
      const p = person(r, r.pick(['FR', 'IT', 'ES', 'PL'] as const));
      const company = `ACME${r.chars('ABCDEFGH', 2)}${r.digits(2)}`;
      const pass = r.password(14);
      return `2026-12-05T06:${r.int(10, 59)}:30.002Z [sf-odata] DEBUG technical user sfapi@${company} / ${b.c('password', pass)}
2026-12-05T06:${r.int(10, 59)}:33.118Z [sf-odata] ERROR upsert PerPersonal failed: COE_GENERAL_SERVER_FAILURE
  GET https://api${r.int(2, 19)}.successfactors.eu/odata/v2/PerPersonal?$filter=personIdExternal eq '${r.int(10000, 99999)}'
  Authorization: Basic ${b.c('basic-auth', basic(`sfapi@${company}`, pass))}
  APIKey: ${b.c('api-key', r.b64(30))}
  body: {"firstName":"${p.first}","lastName":"${p.last}","nationalId":"${b.p(p.idKind, p.id)}","dateOfBirth":"/Date(${Date.parse(p.dob)})/","bankAccount":"${b.f('iban', iban(r, p.cc))}"}`;
    },
  },
  {
    source: 'oracle-hcm',
    name: 'oracle-hcm-rest-curl',
    make: (r, b) => {
      const p = person(r, r.pick(['GB', 'IN', 'AU', 'SG'] as const));
      const bk = bank(r, p.cc);
      const pw = r.urlPassword(16);
      return `+ curl -sS -u 'hcm_integration.user:${b.c('password', pw)}' -X POST https://ehxx-test.fa.em2.oraclecloud.com/hcmRestApi/resources/11.13.18.05/workers -H 'Content-Type: application/vnd.oracle.adf.resourceitem+json' -d @worker.json
{"title":"Bad Request","status":"400","o:errorDetails":[{"detail":"PersonNumber ${r.int(100000, 999999)}: national identifier ${b.p(p.idKind, p.id)} already exists for ${p.name}"}]}
worker.json: {"names":[{"FirstName":"${p.first}","LastName":"${p.last}"}],"DateOfBirth":"${b.p('dob', p.dob)}","bank":{${bk.map(([k, v]) => `"${k}":"${b.f(k, v)}"`).join(',')}}}
+ export HCM_OAUTH_SECRET=${b.c('client-secret', graphSecret(r))}  # ${handle(p)} debugging
+ curl -H 'Authorization: Bearer ${b.c('jwt', jwt(r, { sub: 'hcm_integration.user', iss: 'https://identity.oraclecloud.com/', client_id: r.hex(32) }))}' https://ehxx-test.fa.em2.oraclecloud.com/hcmRestApi/resources/latest/workers?limit=1`;
    },
  },
];
