import { aba70, acct70, dob70, iban70, salary70, ssn70 } from './blind-set-70-people';
import { asciiJson70, basic70, jwt70, nid70, S70, type Tpl70 } from './blind-set-70-secrets';

const EU = ['DE', 'FR', 'ES', 'NL', 'PL', 'SE'];

/** Deel, Remote, Paychex, Paylocity and Justworks: EOR contracts, payouts, workers, OAuth. */
export const TPL70_B: Tpl70[] = [
  { src: 'deel', name: 'contracts-401', make: (c) => {
    const r = c.r; const t = c.c(S70.opaque(r, 64), 'deel-api-token');
    return `$ curl -sS https://api.letsdeel.com/rest/v2/contracts?limit=50 -H "Authorization: Bearer ${t}" -H 'accept: application/json'
{"errors":[{"message":"Unauthorized: token revoked","path":"/rest/v2/contracts"}],"request":{"id":"${r.uuid()}","docs":"https://developer.deel.com/docs/errors"}}
[deel-sync] fallback to secondary token DEEL_TOKEN_B=${c.c(S70.opaque(r, 64), 'deel-api-token')}`;
  } },
  { src: 'deel', name: 'eor-create-400', make: (c) => {
    const r = c.r; const p = c.who(r.pick(EU)); const t = c.c(S70.opaque(r, 64), 'deel-api-token');
    return `DeelApiError: 400 Bad Request on POST /rest/v2/eor
  Authorization: Bearer ${t}
  data: {"employee":{"first_name":"${c.p(p.first, 'person-name')}","last_name":"${c.p(p.last, 'person-name')}","email":"${c.p(p.email, 'email')}","nationality":"${p.cc}","date_of_birth":"${c.p(dob70(p, 'iso'), 'birth-date')}","personal_id":"${nid70(c, p)}","bank":{"iban":"${c.f(iban70(r, p.cc, false), 'iban')}"},"address":{"street":"${c.p(p.street, 'street-address')}","city":"${p.city}","zip":"${p.zip}","country":"${p.cc}"}},"job_title":"Payroll Specialist","seniority_id":${r.int(1, 9)}}
  response: {"errors":[{"message":"employment.start_date must be at least 5 business days in the future","path":"start_date"}]}`;
  } },
  { src: 'deel', name: 'payout-iban', make: (c) => {
    const r = c.r; const p = c.who(r.pick(EU)); const t = c.c(S70.opaque(r, 64), 'deel-api-token');
    return `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:1${r.int(0, 9)}:44Z ERROR payouts.deel withdrawal method rejected
  contractor="${c.p(p.full, 'person-name')}" iban="${c.f(iban70(r, p.cc, r.next() < 0.5), 'iban')}" bic="${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'NDEASESS', 'CAIXESBB'])}"
  provider_error={"code":"beneficiary_name_mismatch","message":"Account holder name does not match"} token=${t}`;
  } },
  { src: 'deel', name: 'webhook-java', make: (c) => {
    const r = c.r; const p = c.who(); const k = c.c(S70.hex(r, 64), 'deel-webhook-secret');
    return `2026-04-0${r.int(1, 9)} 09:12:4${r.int(0, 9)}.311 ERROR 1 --- [nio-8080-exec-${r.int(1, 9)}] c.a.p.deel.DeelWebhookController : Invalid x-deel-signature for event contract.signed
com.acme.payroll.deel.SignatureException: HMAC-SHA256 mismatch (signingKey=${k})
	at com.acme.payroll.deel.DeelSignatureVerifier.verify(DeelSignatureVerifier.java:52)
	at com.acme.payroll.deel.DeelWebhookController.receive(DeelWebhookController.java:37)
payload={"data":{"contract_id":"${r.chars('abcdefghijkmnpqrstuvwxyz23456789', 7)}","worker":{"email":"${c.p(p.email, 'email')}","full_name":"${c.p(asciiJson70(p.full), 'person-name')}"}}}`;
  } },
  { src: 'deel', name: 'invoice-render', make: (c) => {
    const r = c.r; const p = c.who(r.pick(['IN', 'BR', 'PL', 'ES']));
    return `Error: Evaluation failed: TypeError: Cannot read properties of undefined (reading 'vatNumber')
    at renderInvoice (/srv/invoices/render.js:212:31)
  invoice context: {"contractor":"${c.p(p.full, 'person-name')}","tax_id":"${nid70(c, p)}","billing_address":"${c.p(p.address, 'postal-address')}","amount":"${c.f(`${r.int(1500, 9000)}.${r.digits(2)}`, 'pay-amount')} USD"}
  env: DEEL_API_TOKEN=${c.c(S70.opaque(r, 64), 'deel-api-token')} S3_SECRET=${c.c(S70.awsSecret(r), 'aws-secret-access-key')}`;
  } },
  { src: 'remote', name: 'employment-422', make: (c) => {
    const r = c.r; const p = c.who(r.pick(['DE', 'NL', 'FR', 'ES', 'GB', 'CA'])); const t = c.c(S70.opaque(r, 48), 'remote-api-token');
    return `POST https://gateway.remote.com/v1/employments
authorization: Bearer ${t}
{"country_code":"${p.cc}","full_name":"${c.p(p.full, 'person-name')}","personal_email":"${c.p(p.email, 'email')}","job_title":"Benefits Analyst","provisional_start_date":"2026-07-01"}
--> 422 {"message":{"personal_details.tax_id":["${nid70(c, p)} is not a valid tax identification number for ${p.cc}"]}}`;
  } },
  { src: 'remote', name: 'oauth-basic', make: (c) => {
    const r = c.r; const id = S70.opaque(r, 24); const sec = c.c(S70.opaque(r, 48), 'remote-client-secret');
    return `[RemoteAuth] token request failed: 401 invalid_client
  POST /auth/oauth2/token HTTP/1.1
  Host: gateway.remote.com
  Authorization: Basic ${c.c(basic70(id, sec), 'basic-auth')}
  Content-Type: application/x-www-form-urlencoded
  grant_type=refresh_token&refresh_token=${c.c(S70.b64url(r, 48), 'remote-refresh-token')}
  hint: client_secret ${sec} was rotated in the Remote dashboard`;
  } },
  { src: 'remote', name: 'payslip-fetch', make: (c) => {
    const r = c.r; const p = c.who(r.pick(EU));
    return `WARN payslips: GET /v1/payslips/${r.uuid()}/pdf returned 404; falling back to summary email
summary: Payslip ${r.pick(['März', 'April', 'Mai', 'Juni'])} 2026 for ${c.p(p.full, 'person-name')} — gross €${c.f(salary70(r, 'EUR'), 'salary')} p.a., paid to ${c.f(iban70(r, p.cc, true), 'iban')}
sent via SendGrid key ${c.c(S70.sendgrid(r), 'sendgrid-api-key')}`;
  } },
  { src: 'remote', name: 'elixir-struct', make: (c) => {
    const r = c.r; const p = c.who(r.pick(EU));
    return `** (Remote.Payroll.ExportError) bank file rejected by provider: :invalid_creditor
    (payroll 2.41.0) lib/payroll/exports/sepa.ex:144: Payroll.Exports.Sepa.build/2
    (payroll 2.41.0) lib/payroll/workers/export_worker.ex:31: Payroll.Workers.ExportWorker.perform/1
Last message: %Payroll.Employee{id: ${r.int(10000, 99999)}, full_name: "${c.p(p.full, 'person-name')}", tax_id: "${nid70(c, p)}", iban: "${c.f(iban70(r, p.cc, false), 'iban')}", birth_date: ~D[${c.p(dob70(p, 'iso'), 'birth-date')}]}
State: %{api_token: "${c.c(S70.opaque(r, 48), 'remote-api-token')}", batch: ${r.int(100, 999)}}`;
  } },
  { src: 'paychex', name: 'token-401', make: (c) => {
    const r = c.r; const sec = c.c(S70.opaque(r, 32), 'paychex-client-secret');
    return `PaychexAuthException: 401 from https://api.paychex.com/auth/oauth/v2/token
  form: grant_type=client_credentials&client_id=${S70.opaque(r, 32)}&client_secret=${sec}
  body: {"error":"invalid_client","error_description":"The given client credentials were not valid"}
  cached token (expired ${c.ts()}): ${c.c(S70.opaque(r, 36), 'paychex-access-token')}`;
  } },
  { src: 'paychex', name: 'worker-get', make: (c) => {
    const r = c.r; const p = c.who('US'); const t = c.c(S70.opaque(r, 36), 'paychex-access-token');
    return `DEBUG PaychexClient GET /companies/${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 8)}/workers/${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 20)} [Bearer ${t}]
DEBUG response {"content":[{"workerId":"${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 20)}","name":{"familyName":"${c.p(p.last, 'person-name')}","givenName":"${c.p(p.first, 'person-name')}"},"legalId":{"legalIdType":"SSN","legalIdValue":"${c.p(ssn70(r, ''), 'ssn')}"},"birthDate":"${c.p(dob70(p, 'iso'), 'birth-date')}T00:00:00Z"}]}
ERROR mapping: workerType "CONTRACTOR" has no compensation record`;
  } },
  { src: 'paychex', name: 'direct-deposit', make: (c) => {
    const r = c.r; const p = c.who('US'); const t = c.c(S70.opaque(r, 36), 'paychex-access-token');
    return `POST /workers/${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 20)}/directdeposits -> 400
Authorization: Bearer ${t}
[{"startDate":"2026-05-01","paymentType":"PERCENTAGE","accountType":"CHECKING","value":100,"routingNumber":"${c.f(aba70(r), 'aba-routing')}","accountNumber":"${c.f(acct70(r), 'bank-account')}","priority":1,"nameOnAccount":"${c.p(p.full, 'person-name')}"}]
{"errors":[{"code":"DD-0007","description":"Prenote required for new account"}]}`;
  } },
  { src: 'paychex', name: 'sftp-dotnet', make: (c) => {
    const r = c.r; const pw = c.c(S70.password(r), 'sftp-password'); const pp = c.c(S70.password(r, 24), 'pgp-passphrase');
    return `Renci.SshNet.Common.SshAuthenticationException: Permission denied (password).
   at Renci.SshNet.ClientAuthentication.Authenticate(IConnectionInfoInternal connectionInfo, ISession session)
   at Payroll.Transfer.PaychexUploader.UploadAsync(String file) in C:\\build\\Payroll.Transfer\\PaychexUploader.cs:line 64
ConnectionInfo: Host=sftp.paychex.com; Port=22; Username=ACME_${r.digits(6)}; Password=${pw}
PgpOptions: { "PublicKeyPath": "keys/paychex_pub.asc", "PrivateKeyPath": "keys/acme_sec.asc", "Passphrase": "${pp}" }`;
  } },
  { src: 'paychex', name: 'payroll-input', make: (c) => {
    const r = c.r; const ps = [c.who('US'), c.who('US')];
    return `Paychex Flex payroll input import failed (api key ${c.c(S70.opaque(r, 40), 'paychex-api-key')}):
Line 3: "${r.digits(5)}","${c.p(ps[0]!.full, 'person-name')}","${c.p(ssn70(r), 'ssn')}","REG","${r.int(60, 88)}.00"  -> Employee not found
Line 7: "${r.digits(5)}","${c.p(ps[1]!.full, 'person-name')}","${c.p(ssn70(r), 'ssn')}","OT","${r.int(2, 19)}.50"  -> Earning code OT not enabled`;
  } },
  { src: 'paylocity', name: 'identity-jwt', make: (c) => {
    const r = c.r; const sec = c.c(S70.b64url(r, 66), 'paylocity-client-secret'); const id = S70.opaque(r, 32);
    const tok = c.c(jwt70(r, { iss: 'https://api.paylocity.com/IdentityServer', aud: 'WebLinkAPI', client_id: id, scope: ['WebLinkAPI'] }), 'jwt');
    return `POST https://api.paylocity.com/IdentityServer/connect/token  client_id=${id}&client_secret=${sec}&grant_type=client_credentials&scope=WebLinkAPI
200 {"access_token":"${tok}","expires_in":3600,"token_type":"Bearer"}
GET /api/v2/companies/${r.int(10000, 99999)}/employees/ -> 403 {"errors":[{"message":"User is not authorized for company"}]}`;
  } },
  { src: 'paylocity', name: 'new-employee', make: (c) => {
    const r = c.r; const p = c.who('US'); const cid = r.int(10000, 99999);
    const tok = c.c(jwt70(r, { iss: 'https://api.paylocity.com/IdentityServer', aud: 'WebLinkAPI', client_id: S70.opaque(r, 32), company: String(cid) }), 'jwt');
    return `System.Net.Http.HttpRequestException: Response status code does not indicate success: 400 (Bad Request).
   at PayrollSync.Paylocity.PaylocityClient.CreateEmployeeAsync(NewEmployee e) in /src/PayrollSync/Paylocity/PaylocityClient.cs:line 97
Request: POST /api/v2/companies/${cid}/employees  Authorization: Bearer ${tok}
{"firstName":"${c.p(p.first, 'person-name')}","lastName":"${c.p(p.last, 'person-name')}","ssn":"${c.p(ssn70(r), 'ssn')}","birthDate":"${c.p(dob70(p, 'iso'), 'birth-date')}","homeAddress":{"address1":"${c.p(p.street, 'street-address')}","city":"${p.city.split(',')[0]}","postalCode":"${p.zip}","mobilePhone":"${c.p(p.phone, 'phone')}"},"primaryPayRate":{"annualSalary":${c.f(`${r.int(45, 220)}${r.pick(['000', '500'])}.00`, 'salary')},"payType":"Salary"}}`;
  } },
  { src: 'paylocity', name: 'webhook-basic', make: (c) => {
    const r = c.r; const p = c.who('US'); const user = `paylocity-hook-${r.digits(4)}`; const pw = S70.password(r);
    return `401 rejected inbound webhook (credentials do not match configured value)
POST /hooks/paylocity/newhire HTTP/1.1
Authorization: Basic ${c.c(basic70(user, pw), 'basic-auth')}
Content-Type: application/json
{"companyId":"${r.int(10000, 99999)}","employeeId":"${r.int(100, 9999)}","firstName":"${c.p(p.first, 'person-name')}","lastName":"${c.p(p.last, 'person-name')}","workEmail":"${c.p(p.email, 'email')}"}
configured: PAYLOCITY_WEBHOOK_PASSWORD=${c.c(S70.password(r), 'webhook-password')}`;
  } },
  { src: 'paylocity', name: 'secret-rotation', make: (c) => {
    const r = c.r;
    return `INFO  paylocity.secrets  client secret expires in ${r.int(1, 14)} days; rotating via /api/v2/credentials/secrets
ERROR paylocity.secrets  rotation response could not be stored in Key Vault (403 Forbidden):
{"clientSecret":"${c.c(S70.b64url(r, 66), 'paylocity-client-secret')}","expiresAt":"2027-0${r.int(1, 9)}-0${r.int(1, 9)}T00:00:00Z"}
old secret still active: ${c.c(S70.b64url(r, 66), 'paylocity-client-secret')}`;
  } },
  { src: 'justworks', name: 'oauth-refresh', make: (c) => {
    const r = c.r;
    return `justworks.errors.AuthError: invalid_grant (refresh token already used)
  token_url=https://public-api.justworks.com/oauth/token
  client_secret=${c.c(S70.b64url(r, 32), 'justworks-client-secret')}
  refresh_token=${c.c(S70.b64url(r, 32), 'justworks-refresh-token')}
  last access_token=${c.c(S70.b64url(r, 32), 'justworks-access-token')}`;
  } },
  { src: 'justworks', name: 'member-export', make: (c) => {
    const r = c.r; const ps = [c.who('US'), c.who('US')];
    const m = ps.map((p) => `{"id":"${r.uuid()}","legal_name":"${c.p(p.full, 'person-name')}","date_of_birth":"${c.p(dob70(p, 'us'), 'birth-date')}","home_email":"${c.p(p.email, 'email')}","annual_salary":"${c.f(salary70(r, 'USD'), 'salary')}"}`);
    return `members export truncated (502 after page 3); partial page written to error log:
{"members":[${m.join(',')}],"next":"/v1/members?cursor=${r.b64url(18)}"}
request header x-api-key: ${c.c(S70.opaque(r, 40), 'justworks-api-key')}`;
  } },
  { src: 'justworks', name: 'census-import', make: (c) => {
    const r = c.r; const p = c.who('US'); const q = c.who('US');
    return `Census import (Justworks) finished with 2 errors [job ${r.uuid()}]
  Row 4: invalid SSN '${c.p(ssn70(r, ' '), 'ssn')}' for ${c.p(p.full, 'person-name')}
  Row 9: home address '${c.p(q.address, 'postal-address')}' could not be geocoded (member ${c.p(q.full, 'person-name')})
uploaded with service token ${c.c(S70.b64url(r, 32), 'justworks-access-token')}`;
  } },
];
