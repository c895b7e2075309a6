import { type Tpl37 } from './blind-set-37-draw';
import { B64URL } from './blind-set-37-rng';

const A = 'staff';

/** Staff scheduling, time clocks, tips and payroll: 7shifts, Homebase, Deputy, Gusto, ADP, payroll exports. */
export const STAFF37: Tpl37[] = [
  { area: A, name: '7shifts-users', make: (d) => {
    const tok = d.c('bearer_token', d.hex(40));
    const [fn, ln] = d.names();
    const phone = d.phone('us');
    return `7shifts sync: POST /v2/company/${d.int(10000, 99999)}/users -> 422 {"error":"mobile_number already in use"}
 Authorization: Bearer ${tok}
 body={"first_name":"${fn}","last_name":"${ln}","mobile_number":"${phone}","type":"employee","location_ids":[${d.int(1000, 9999)}]}`;
  } },
  { area: A, name: 'homebase-timeclock', make: (d) => {
    const key = d.c('api_key', d.b62(40));
    const name = d.name();
    const ip = d.publicIp();
    return `homebase timeclock webhook: clock_in rejected (outside geofence) employee="${name}" source_ip=${ip} at ${d.ts()}
retry: curl -H "Authorization: Token token=${key}" https://app.joinhomebase.com/api/public/locations/${d.int(10000, 99999)}/timecards`;
  } },
  { area: A, name: 'deputy-employee', make: (d) => {
    const tok = d.c('deputy_permanent_token', d.hex(32));
    const [fn, ln] = d.names();
    const dob = d.dob();
    const st = d.street();
    return `DeputyApiException: 400 Bad Request on /api/v1/supervise/employee
  OAuth ${tok}
  payload: strFirstName=${fn}&strLastName=${ln}&strDob=${dob}&strStreet=${st.street}&intCompany=${d.int(1, 9)}`;
  } },
  { area: A, name: 'payroll-export', make: (d) => {
    const rows = [0, 1, 2].map(() => `${d.int(1000, 9999)},${d.name()},${d.ssn()},${d.routing()},${d.account()},${d.pick(['checking', 'savings'])}`);
    return `payroll-export job failed: SFTP put sftp://payroll_upload:${d.urlPassword()}@sftp.paychex.example/inbound/paychex/${d.ts().slice(0, 10)}.csv: permission denied. File contents (first rows):
emp_id,name,ssn,routing,account,type
${rows.join('\n')}`;
  } },
  { area: A, name: 'tip-payout-uk', make: (d) => {
    const name = d.name();
    const sc = d.sortCode();
    const acct = d.f('bank_account_number', d.r.digits(8));
    return `TronC payout rejected by Bacs: "account name mismatch" payee="${name}" sort_code=${sc} account_number=${acct} amount=GBP ${d.int(20, 400)}.${d.r.digits(2)} run=${d.ts().slice(0, 10)} modulr_key=${d.c('api_key', d.hex(32))}`;
  } },
  { area: A, name: 'tip-payout-sepa', make: (d) => {
    const name = d.name();
    const iban = d.iban(d.pick(['DE', 'FR', 'NL', 'IE', 'ES']));
    const email = d.email(name);
    return `tips-service: SEPA credit transfer failed (AC04 ClosedAccountNumber)
  POST https://api.wise.com/v1/transfers Authorization: Bearer ${d.c('wise_api_token', d.uuid())}
  {"creditor":{"name":"${name}","iban":"${iban}","email":"${email}"},"amount":{"currency":"EUR","value":${d.int(20, 300)}},"endToEndId":"TIPS-${d.order()}"}`;
  } },
  { area: A, name: 'gusto-onboarding', make: (d) => {
    const tok = d.c('bearer_token', d.chars(B64URL, 43));
    const [fn, ln] = d.names();
    const ssn = d.ssn();
    return `GustoEmbedded::Error 422 on PUT /v1/employees/${d.uuid()}
  headers: Authorization=Bearer ${tok}; X-Gusto-API-Version=2025-06-15
  params: {first_name: "${fn}", last_name: "${ln}", ssn: "${ssn}"}
  errors: [{"error_key":"ssn","category":"invalid_attribute_value","message":"SSN is already in use"}]`;
  } },
  { area: A, name: 'adp-client', make: (d) => {
    const cs = d.c('client_secret', d.uuid());
    const pem = d.pem('\\n');
    return `{"severity":"ERROR","message":"ADP Workforce Now token request failed: unable to verify the first certificate","config":{"client_id":"${d.uuid()}","client_secret":"${cs}","ssl_key":"${pem}"}}`;
  } },
  { area: A, name: 'i9-upload', make: (d) => {
    const [fn, ln] = d.names();
    const ssn = d.ssn();
    const st = d.street();
    const dob = d.dob();
    return `ValidationError in onboarding/forms/i9.py:211 (employee_signature missing)
  section1 = {'last_name': '${ln}', 'first_name': '${fn}', 'address': '${st.street}', 'city': '${st.city}', 'state': '${st.state}', 'zip': '${st.zip}', 'dob': '${dob}', 'ssn': '${ssn}'}
  request.COOKIES = {'csrftoken': '${d.b62(32)}', 'sessionid': '${d.c('session_cookie', d.lowerDigits(32))}'}
  store=${d.store()} hr_ticket=HR-${d.int(1000, 9999)}`;
  } },
  { area: A, name: 'direct-deposit-form', make: (d) => {
    const name = d.name();
    const email = d.email(name);
    const r = d.routing();
    const a = d.account();
    return `[hr-portal] ${d.ts()} ERROR DirectDepositUpdate failed: bank verification (micro-deposit) timeout
  user=${email} name="${name}" cookie=hrp_session=${d.c('session_cookie', d.r.b64url(48))}
  <DirectDeposit><RoutingNumber>${r}</RoutingNumber><AccountNumber>${a}</AccountNumber><Type>Checking</Type><Percent>100</Percent></DirectDeposit>`;
  } },
];
