import type { Rng9 } from './blind-set-9-rng';
import { aba70, acct70, dob70, itin70, nino70, sin70, ssn70, tfn70 } from './blind-set-70-people';
import { basic70, jwt70, S70, xmlRefs70, type Tpl70 } from './blind-set-70-secrets';

const ein = (r: Rng9): string =>
  `${r.pick([12, 20, 27, 33, 46, 47, 54, 61, 81, 84, 88, 91, 94])}-${r.digits(7)}`;

/** Check, Zenefits, Avalara, TaxJar, Vertex and tax-form generation and filing. */
export const TPL70_C: Tpl70[] = [
  { src: 'check', name: 'employee-create', make: (c) => {
    const r = c.r; const p = c.who('US'); const k = c.c(S70.hex(r, 40), 'check-api-key');
    return `check_client.CheckAPIError: 400 validation_error
  POST https://api.checkhq.com/employees
  headers: {"Authorization": "Bearer ${k}", "Content-Type": "application/json"}
  payload: {"company":"com_${S70.opaque(r, 20)}","first_name":"${c.p(p.first, 'person-name')}","last_name":"${c.p(p.last, 'person-name')}","dob":"${c.p(dob70(p, 'iso'), 'birth-date')}","ssn":"${c.p(ssn70(r, ''), 'ssn')}","residence":{"line1":"${c.p(p.street, 'street-address')}","city":"${p.city.split(',')[0]}","postal_code":"${p.zip}","country":"US"}}
  error: {"error":{"type":"validation_error","message":"Invalid workplace","input_errors":[{"field":"workplaces","message":"Employee must have at least one workplace."}]}}`;
  } },
  { src: 'check', name: 'bank-account', make: (c) => {
    const r = c.r; const k = c.c(S70.hex(r, 40), 'check-api-key');
    return `[check] POST /bank_accounts failed 400 (api_key=${k})
{"employee":"emp_${S70.opaque(r, 20)}","raw_bank_account":{"account_number":"${c.f(acct70(r), 'bank-account')}","routing_number":"${c.f(aba70(r), 'aba-routing')}","subtype":"${r.pick(['checking', 'savings'])}"}}
{"error":{"type":"validation_error","message":"Routing number does not support ACH credits"}}`;
  } },
  { src: 'check', name: 'session-repr', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `ERROR payroll.approve: payroll pay_${S70.opaque(r, 20)} stuck in "pending" after 3 retries
session=<requests.Session headers={'User-Agent': 'payhub/7.2', 'Authorization': 'Bearer ${c.c(S70.hex(r, 40), 'check-api-key')}'}>
offending item: {"employee":"emp_${S70.opaque(r, 20)}","name":"${c.p(p.full, 'person-name')}","net_pay":"${c.f(`${r.int(1200, 9800)}.${r.digits(2)}`, 'pay-amount')}","payment_method":"direct_deposit"}`;
  } },
  { src: 'check', name: 'company-ein', make: (c) => {
    const r = c.r; const e = c.f(ein(r), 'ein'); const k = c.c(S70.hex(r, 40), 'check-api-key');
    return `CheckOnboardingError: company EIN ${e} failed IRS verification (status: "mismatch")
  at onboardCompany (src/check/onboarding.ts:133:11)
  POST https://api.checkhq.com/companies/com_${S70.opaque(r, 20)}/enroll  Bearer ${k}
  signatory: {"first_name":"${c.p(c.who('US').first, 'person-name')}","ssn_last4":null,"title":"CFO"}`;
  } },
  { src: 'zenefits', name: 'people-401', make: (c) => {
    const r = c.r;
    return `ZenefitsClient error: 401 Unauthorized GET https://api.zenefits.com/core/people?includes=department+location
  Authorization: Bearer ${c.c(S70.opaque(r, 24), 'zenefits-api-token')}
  {"error":"Invalid token"}
  note: legacy token ${c.c(S70.opaque(r, 24), 'zenefits-api-token')} also rejected`;
  } },
  { src: 'zenefits', name: 'people-json', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `KeyError: 'work_email' while mapping Zenefits person
record = {"object":"/core/people","id":"${r.int(1000000, 9999999)}","first_name":"${c.p(p.first, 'person-name')}","last_name":"${c.p(p.last, 'person-name')}","personal_email":"${c.p(p.email, 'email')}","personal_phone":"${c.p(p.phone, 'phone')}","date_of_birth":"${c.p(dob70(p, 'iso'), 'birth-date')}","ssn":"${c.p(ssn70(r), 'ssn')}","banks":[{"routing_number":"${c.f(aba70(r), 'aba-routing')}","account_number":"${c.f(acct70(r), 'bank-account')}"}],"status":"active"}
token used: ${c.c(S70.opaque(r, 24), 'zenefits-api-token')}`;
  } },
  { src: 'zenefits', name: 'php-oauth', make: (c) => {
    const r = c.r;
    return `PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://secure.zenefits.com/oauth2/token/\` resulted in a \`400 Bad Request\` response:
{"error": "invalid_grant"}
 in /var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113
Request body: grant_type=refresh_token&refresh_token=${c.c(S70.opaque(r, 30), 'zenefits-refresh-token')}&client_id=${S70.opaque(r, 40)}&client_secret=${c.c(S70.opaque(r, 128), 'zenefits-client-secret')}`;
  } },
  { src: 'avalara', name: 'avatax-basic-401', make: (c) => {
    const r = c.r; const acct = String(r.int(1100000000, 2099999999)); const lic = c.c(S70.avalaraLicense(r), 'avalara-license-key');
    return `POST https://rest.avatax.com/api/v2/transactions/create HTTP/1.1
Authorization: Basic ${c.c(basic70(acct, lic), 'basic-auth')}
X-Avalara-Client: payroll-tax-bridge; 3.2; REST; v2; ${r.pick(['ip-10-0-3-17', 'worker-7'])}
HTTP/1.1 401 Unauthorized
{"error":{"code":"AuthenticationException","message":"Authentication failed.","target":"HttpRequestHeaders","details":[{"code":"AuthenticationException","number":34,"description":"The license key ${lic} is not valid for account ${acct}.","severity":"Error"}]}}`;
  } },
  { src: 'avalara', name: 'sdk-config', make: (c) => {
    const r = c.r;
    return `Avalara.AvaTax.RestClient.AvaTaxError: CompanyNotFoundError
   at Avalara.AvaTax.RestClient.AvaTaxClient.RestCallAsync[T](String verb, AvaTaxPath relativePath, Object content)
AvaTaxClient configured: Environment=Production, AccountId=${r.int(1100000000, 2099999999)}, LicenseKey=${c.c(S70.avalaraLicense(r), 'avalara-license-key')}, AppName=PayrollTaxSync
Fallback provider TaxJar token=${c.c(S70.hex(r, 32), 'taxjar-api-token')}`;
  } },
  { src: 'avalara', name: 'w9-form', make: (c) => {
    const r = c.r; const p = c.who('US'); const tin = r.next() < 0.6 ? c.p(ssn70(r), 'ssn') : c.p(itin70(r), 'itin');
    return `avalara1099.ApiException: (400) POST /w9/forms
HTTP response body: {"errors":[{"code":"InvalidTin","detail":"TIN did not match IRS records (TIN matching result 3)"}]}
Request: {"type":"W9","name":"${c.p(p.full, 'person-name')}","tin":"${tin}","tinType":"SSN","address":"${c.p(p.street, 'street-address')}","city":"${p.city.split(',')[0]}","zip":"${p.zip}","email":"${c.p(p.email, 'email')}"}
Authorization: Bearer ${c.c(S70.b64url(r, 40), 'avalara-1099-api-key')}`;
  } },
  { src: 'avalara', name: 'resolve-address', make: (c) => {
    const r = c.r; const p = c.who('US'); const lic = S70.avalaraLicense(r); const acct = String(r.int(1100000000, 2099999999));
    return `WARN local-tax: address could not be resolved, defaulting jurisdiction to state only
  GET https://${acct}:${c.c(lic, 'avalara-license-key')}@rest.avatax.com/api/v2/addresses/resolve?line1=${c.p(encodeURIComponent(p.street), 'street-address')}&postalCode=${p.zip}&country=US
  messages: [{"summary":"The address is not deliverable.","refersTo":"Address","severity":"Error","source":"Avalara.AvaTax.Services.Address"}]`;
  } },
  { src: 'taxjar', name: 'ruby-401', make: (c) => {
    const r = c.r; const t = c.c(S70.hex(r, 32), 'taxjar-api-token');
    return `Taxjar::Error::Unauthorized: Not authorized for route 'POST /v2/taxes'
  /usr/local/bundle/gems/taxjar-ruby-3.0.4/lib/taxjar/api/request.rb:61:in \`fail_or_return_response_body'
  client = #<Taxjar::Client:0x000055d${r.hex(9)} @api_key="${t}", @api_url="https://api.taxjar.com", @headers={"x-api-version"=>"2022-01-24"}>`;
  } },
  { src: 'taxjar', name: 'compose-env', make: (c) => {
    const r = c.r;
    return `docker compose config (tax-bridge) failed validation: services.tax-bridge.healthcheck.interval must be a duration
services:
  tax-bridge:
    environment:
      TAXJAR_API_KEY: "${c.c(S70.hex(r, 32), 'taxjar-api-token')}"
      AVALARA_ACCOUNT_ID: "${r.int(1100000000, 2099999999)}"
      AVALARA_LICENSE_KEY: "${c.c(S70.avalaraLicense(r), 'avalara-license-key')}"
      VERTEX_CLIENT_SECRET: '${c.c(S70.b64url(r, 32), 'vertex-client-secret')}'
      VERTEX_CLIENT_ID: ${S70.opaque(r, 20)}.vertexinc.com`;
  } },
  { src: 'taxjar', name: 'python-error', make: (c) => {
    const r = c.r;
    return `taxjar.exceptions.TaxJarResponseError: 401 Unauthorized - Not authorized for route 'GET /v2/nexus/regions'
client: <taxjar.client.Client object api_key='${c.c(S70.hex(r, 32), 'taxjar-api-token')}' api_url='https://api.taxjar.com/v2/'>
also failing: sandbox key '${c.c(S70.hex(r, 32), 'taxjar-api-token')}'`;
  } },
  { src: 'vertex', name: 'oauth-token', make: (c) => {
    const r = c.r;
    return `VertexAuthError: 400 {"error":"invalid_client"}
  POST https://auth.vertexsmb.com/identity/connect/token
  body: client_id=${S70.opaque(r, 20)}.vertexinc.com&client_secret=${c.c(S70.b64url(r, 32), 'vertex-client-secret')}&grant_type=client_credentials&scope=calc-rest-api
  last good access_token: ${c.c(jwt70(r, { iss: 'https://auth.vertexsmb.com/identity', aud: 'calc-rest-api', client_id: S70.opaque(r, 20) }), 'jwt')}`;
  } },
  { src: 'vertex', name: 'o-series-soap', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `SOAP fault from Vertex O Series (CalculateTax90): Login failed for trusted id
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:vertexinc:o-series:tps:9:0">
 <soapenv:Body><urn:VertexEnvelope>
  <urn:Login><urn:UserName>svc_payroll</urn:UserName><urn:Password>${c.c(xmlRefs70(S70.password(r)), 'password')}</urn:Password><urn:TrustedId>${c.c(S70.opaque(r, 12), 'vertex-trusted-id')}</urn:TrustedId></urn:Login>
  <urn:Customer><urn:CustomerCode>${c.p(xmlRefs70(p.full), 'person-name')}</urn:CustomerCode><urn:Destination><urn:StreetAddress1>${c.p(xmlRefs70(p.street), 'street-address')}</urn:StreetAddress1><urn:PostalCode>${p.zip}</urn:PostalCode></urn:Destination></urn:Customer>
 </urn:VertexEnvelope></soapenv:Body></soapenv:Envelope>`;
  } },
  { src: 'vertex', name: 'payroll-tax-calc', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `com.vertexinc.payroll.PayrollTaxException: GeoCode not found for residence of employee ${r.digits(6)}
	at com.acme.tax.VertexPayrollTaxService.calculate(VertexPayrollTaxService.java:211)
	employee={name=${c.p(p.full, 'person-name')}, ssn=${c.p(ssn70(r), 'ssn')}, residence=${c.p(p.address, 'postal-address')}, ytdGross=${c.f(`${r.int(20, 190)}${r.digits(3)}.${r.digits(2)}`, 'pay-amount')}}
	license=${c.c(S70.opaque(r, 32), 'vertex-license-key')}`;
  } },
  { src: 'taxforms', name: 'w2-generation', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `W2GenerationError: box a (employee SSN) failed validation for employee ${r.digits(5)}; form not written
  employee: ${c.p(p.full, 'person-name')}, ${c.p(p.address, 'postal-address')}
  box_a=${c.p(ssn70(r), 'ssn')} box_b=${c.f(ein(r), 'ein')} box_1=${c.f(`${r.int(25, 240)}${r.digits(3)}.${r.digits(2)}`, 'pay-amount')}
  upload target s3://w2-forms-2026/ using AWS_ACCESS_KEY_ID=${c.c(S70.awsKeyId(r), 'aws-access-key-id')} AWS_SECRET_ACCESS_KEY=${c.c(S70.awsSecret(r), 'aws-secret-access-key')}`;
  } },
  { src: 'taxforms', name: 'iris-1099-xml', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `IRIS A2A submission rejected: TIN mismatch (error IRIS-F1099NEC-003)
<IRTF1099NEC><RecipientTIN>${c.p(ssn70(r, ''), 'ssn')}</RecipientTIN><RecipientTINTypeCd>SSN</RecipientTINTypeCd><RecipientName><PersonNm>${c.p(xmlRefs70(p.full), 'person-name')}</PersonNm></RecipientName><MailingAddressGrp><USAddress><AddressLine1Txt>${c.p(xmlRefs70(p.street), 'street-address')}</AddressLine1Txt></USAddress></MailingAddressGrp><NonemployeeCompensationAmt>${c.f(`${r.int(2000, 60000)}.${r.digits(2)}`, 'pay-amount')}</NonemployeeCompensationAmt></IRTF1099NEC>
client assertion: ${c.c(jwt70(r, { iss: r.uuid(), sub: r.uuid(), aud: 'https://api.www4.irs.gov/auth/oauth/v2/token' }), 'jwt')}`;
  } },
  { src: 'taxforms', name: 'w4-docusign', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `W-4 envelope could not be created (DocuSign 400 INVALID_EMAIL_ADDRESS_FOR_RECIPIENT)
  Authorization: Bearer ${c.c(jwt70(r, { sub: r.uuid(), aud: 'account.docusign.com', scope: 'signature impersonation', amr: ['interactive'] }), 'jwt')}
  tabs: {"textTabs":[{"tabLabel":"f1_01","value":"${c.p(p.full, 'person-name')}"},{"tabLabel":"f1_05","value":"${c.p(ssn70(r), 'ssn')}"},{"tabLabel":"f1_03","value":"${c.p(p.street, 'street-address')}"}],"radioGroupTabs":[{"groupName":"filing_status","value":"${r.pick(['single', 'mfj', 'hoh'])}"}]}
  signer email: "${c.p(p.email, 'email')}"`;
  } },
  { src: 'taxforms', name: 'p60-rti-fps', make: (c) => {
    const r = c.r; const p = c.who('GB');
    return `HMRC RTI FPS submission failed: GovTalk error 1046 "Authentication failure"
<IDAuthentication><SenderID>${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)}</SenderID><Authentication><Method>clear</Method><Role>Principal</Role><Value>${c.c(S70.password(r), 'hmrc-gateway-password')}</Value></Authentication></IDAuthentication>
<Employee><EmployeeDetails><NINO>${c.p(nino70(r, false), 'nino')}</NINO><Name><Fore>${c.p(xmlRefs70(p.first), 'person-name')}</Fore><Sur>${c.p(xmlRefs70(p.last), 'person-name')}</Sur></Name><BirthDate>${c.p(dob70(p, 'iso'), 'birth-date')}</BirthDate></EmployeeDetails></Employee>
P60 for tax year 2025-26 not generated.`;
  } },
  { src: 'taxforms', name: 'p45-email', make: (c) => {
    const r = c.r; const p = c.who('GB');
    return `Postmark 422 (ErrorCode 300: Invalid 'To' address) sending P45 for leaver
  X-Postmark-Server-Token: ${c.c(r.uuid(), 'postmark-server-token')}
  To: "${c.p(p.full, 'person-name')}" <${c.p(p.email, 'email')}>
  Subject: Your P45 — NI number ${c.p(nino70(r, true), 'nino')}, tax code 1257L, leaving date 2026-0${r.int(4, 9)}-30`;
  } },
  { src: 'taxforms', name: 't4-canada', make: (c) => {
    const r = c.r; const p = c.who('CA');
    return `T4 XML generation error: box 12 SIN failed check for slip ${r.int(1, 400)}
  <T4Slip><EMPE_NM><snm>${c.p(xmlRefs70(p.last), 'person-name')}</snm><gvn_nm>${c.p(xmlRefs70(p.first), 'person-name')}</gvn_nm></EMPE_NM><EMPE_ADDR><addr_l1_txt>${c.p(xmlRefs70(p.street), 'street-address')}</addr_l1_txt></EMPE_ADDR><sin>${c.p(sin70(r, ''), 'sin')}</sin><T4_AMT><empt_incamt>${c.f(`${r.int(40, 160)}${r.digits(3)}.${r.digits(2)}`, 'pay-amount')}</empt_incamt></T4_AMT></T4Slip>
  CRA Internet File Transfer: web access code ${c.c(r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2) + r.digits(4), 'cra-web-access-code')} rejected`;
  } },
  { src: 'taxforms', name: 'stp-australia', make: (c) => {
    const r = c.r; const p = c.who('AU');
    return `STP Phase 2 pay event rejected by ATO (CMN.ATO.PAYEVNTEMP.000159: TFN invalid)
  payee: {"PayeeTFN":"${c.p(tfn70(r, false), 'tfn')}","FamilyName":"${c.p(p.last, 'person-name')}","GivenName":"${c.p(p.first, 'person-name')}","BirthDate":"${c.p(dob70(p, 'eu'), 'birth-date')}","AddressLine1":"${c.p(p.street, 'street-address')}"}
  machine credential keystore: /opt/stp/keystore.xml password=${c.c(S70.password(r), 'keystore-password')}`;
  } },
  { src: 'taxforms', name: 'efw2-rw', make: (c) => {
    const r = c.r; const p = c.who('US');
    const rw = `RW${c.p(ssn70(r, ''), 'ssn')}${c.p(p.upFirst, 'person-name').padEnd(15).slice(0, 15)} ${c.p(p.upLast, 'person-name').padEnd(20)}`;
    return `EFW2 validation (AccuWage) error on record 14: RW field "Employee Name" contains invalid characters
${rw}${' '.repeat(4)}${r.digits(11)}
BSO upload script: curl -u ${r.chars('ABCDEFGH', 4)}${r.digits(4)}:${c.c(S70.password(r), 'bso-password')} -T W2REPORT https://bso.ssa.gov/upload`;
  } },
  { src: 'taxforms', name: 'presigned-1099-csv', make: (c) => {
    const r = c.r; const p = c.who('US'); const q = c.who('US');
    return `1099 batch upload failed (403 SignatureDoesNotMatch): https://tax-exports.s3.amazonaws.com/1099/2026/batch-${r.digits(4)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${c.c(S70.awsKeyId(r), 'aws-access-key-id')}%2F20260131%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${r.hex(64)}
recipient_tin,recipient_name,box1
${c.p(ssn70(r), 'ssn')},"${c.p(p.full, 'person-name')}",${c.f(`${r.int(2000, 90000)}.${r.digits(2)}`, 'pay-amount')}
${c.p(itin70(r), 'itin')},"${c.p(q.full, 'person-name')}",${c.f(`${r.int(2000, 90000)}.${r.digits(2)}`, 'pay-amount')}`;
  } },
];
