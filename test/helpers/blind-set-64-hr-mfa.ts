import { j64, jp64, type Tpl64 } from './blind-set-64-values';

/** HR-driven provisioning (Workday, BambooHR, Rippling, HiBob, UK/NL payroll feeds) and MFA enrolments. */
export const HR_MFA_64: readonly Tpl64[] = [
  {
    src: 'hr',
    t: 'workday-raas',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.quiet(() => c.addr());
      const entry = { Worker_ID: c.r.digits(6), Legal_Name: n.full, Email_Work: c.emailOf(n), Phone_Mobile: c.quiet(() => c.phone('us')), Home_Address_Line_1: a.street, Home_City: a.city, Date_of_Birth: c.dob(), National_ID_SSN: c.ssn(), Payment_Election_Routing: c.routing(), Payment_Election_Account: c.acct(), Hire_Date: '2026-03-02' };
      return `GET https://wd5-services1.myworkday.com/ccx/service/customreport2/${c.tenant()}/ISU_IdP/Worker_Sync_IdP?format=json (Authorization: Basic ${c.basic('ISU_IdP@' + c.tenant(), c.r.password(18))})\nworkday-to-okta connector: RaaS report Worker_Sync_IdP returned a row that failed validation (Email_Work domain not in allow-list)\n${jp64({ Report_Entry: [entry] })}`;
    },
  },
  {
    src: 'hr',
    t: 'workday-soap',
    make: (c) => {
      const n = c.nameRaw();
      return `<?xml version="1.0" encoding="UTF-8"?>
<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <env:Header><wsse:Security><wsse:UsernameToken><wsse:Username>ISU_IdP_Sync@${c.tenant()}</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${c.pw()}</wsse:Password></wsse:UsernameToken></wsse:Security></env:Header>
  <env:Body><wd:Get_Workers_Request xmlns:wd="urn:com.workday/bsvc" wd:version="v42.0"/></env:Body>
</env:Envelope>
--- response (truncated) ---
<wd:Worker_Data><wd:Worker_ID>${c.r.digits(6)}</wd:Worker_ID><wd:Personal_Data><wd:Name_Data><wd:Legal_Name_Data><wd:Name_Detail_Data wd:Formatted_Name="${n.full}"/></wd:Legal_Name_Data></wd:Name_Data><wd:Birth_Date>${c.dob()}</wd:Birth_Date><wd:Identification_Data><wd:National_ID><wd:National_ID_Data><wd:ID>${c.ssn(false)}</wd:ID><wd:ID_Type_Reference><wd:ID wd:type="National_ID_Type_Code">USA-SSN</wd:ID></wd:ID_Type_Reference></wd:National_ID_Data></wd:National_ID></wd:Identification_Data></wd:Personal_Data><wd:Payment_Election_Data><wd:Bank_Account_Number>${c.acct()}</wd:Bank_Account_Number><wd:Routing_Transit_Number>${c.routing()}</wd:Routing_Transit_Number></wd:Payment_Election_Data></wd:Worker_Data>
WARN Get_Workers: response exceeded 2 MB, logged first worker only`;
    },
  },
  {
    src: 'hr',
    t: 'bamboohr-curl',
    make: (c) => {
      const n = c.nameRaw();
      const e = { id: String(c.int(100, 9999)), displayName: n.full, workEmail: c.emailOf(n), homePhone: c.quiet(() => c.phone('us')), ssn: c.ssn(), dateOfBirth: c.dob(), address1: c.quiet(() => c.addr()).street, depositRouting: c.routing(), depositAccount: c.acct() };
      return `+ curl -s -u "${c.hexKey('bamboohr_api_key')}:x" -H 'Accept: application/json' "https://api.bamboohr.com/api/gateway.php/${c.tenant()}/v1/employees/changed/tables/x?fields=displayName,workEmail,homePhone,ssn,dateOfBirth,address1"
${j64({ employees: [e] })}
+ python3 push_to_okta.py
KeyError: 'mobilePhone'`;
    },
  },
  {
    src: 'hr',
    t: 'bamboohr-webhook',
    make: (c) => {
      const n = c.nameRaw();
      const ev = { employees: [{ id: String(c.int(100, 9999)), action: 'Updated', timestamp: c.ts(), fields: { firstName: { value: n.given }, lastName: { value: n.family }, homeEmail: { value: c.quiet(() => c.personalEmail(n)) }, mobilePhone: { value: c.phone('intl') }, address1: { value: c.quiet(() => c.addr()).street }, dateOfBirth: { value: c.dob() }, sin: { value: c.sin() } } }] };
      return `POST /hooks/bamboohr 500 in 33ms (x-workflows-secret: ${c.opaque('webhook_secret', 32)}) — Workflows flow "BambooHR -> Okta profile" failed at step 4 (Okta Update User: 400)\nraw payload: ${JSON.stringify(JSON.stringify(ev))}`;
    },
  },
  {
    src: 'hr',
    t: 'rippling-api',
    make: (c) => {
      const n = c.nameRaw();
      const emp = { id: c.hex(24), name: n.full, workEmail: c.emailOf(n), personalEmail: c.quiet(() => c.personalEmail(n)), phone: c.quiet(() => c.phone('e164')), dob: c.dob(), ssn: c.ssn(), employmentType: 'SALARIED_FT', bankAccount: { routingNumber: c.routing(), accountNumber: c.acct() } };
      return `requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.${c.domain()}/idp/provision
DEBUG source call: GET https://api.rippling.com/platform/api/employees?limit=1 Authorization: Bearer ${c.b62Key('api_key', 64)}
DEBUG source row: ${j64(emp)}`;
    },
  },
  {
    src: 'hr',
    t: 'rippling-bank',
    make: (c) => {
      const n = c.name();
      return `2026-02-03T10:11:12.417Z error [payroll-bridge] (rippling token ${c.b62Key('api_key', 64)}) mapping failed for ${n.full} <${c.email()}>: bank_accounts[0].account_type "CHECKING " not in enum
  bank_accounts: [{"routing_number":"${c.routing()}","account_number":"${c.acct()}","account_type":"CHECKING ","allocation_percent":100},{"routing_number":"${c.routing()}","account_number":"${c.acct()}","account_type":"SAVINGS","allocation_amount":250}]`;
    },
  },
  {
    src: 'hr',
    t: 'eib-csv',
    make: (c) => {
      const rows = [0, 1].map(() => c.nameRaw()).map((n) => `${c.r.digits(6)},${n.full},${c.emailOf(n)},${c.ssn()},${c.dob('us')},${c.routing()},${c.acct()}`);
      return `sftp://hr-drop.internal/outbound/new_hires_20260203.csv — row 3 rejected by IdP import (duplicate email)
employee_id,legal_name,work_email,ssn,birth_date,routing_number,account_number
${rows.join('\n')}`;
    },
  },
  {
    src: 'hr',
    t: 'hibob-basic',
    make: (c) => {
      const n = c.nameRaw();
      const p = { id: c.r.digits(19), displayName: n.full, email: c.quiet(() => c.emailOf(n)), personal: { birthDate: c.dob() }, payroll: { bankAccount: { iban: c.iban('GB', true), accountNumber: c.ukAcct(), sortCode: c.sortCode() }, identification: { nationalInsurance: c.nino(true) } } };
      return `[hibob-sync] GET https://api.hibob.com/v1/people/${p.id} Authorization: Basic ${c.basic('SERVICE-' + c.r.digits(5), c.r.b62(40))}
[hibob-sync] response: ${j64(p)}
[hibob-sync] ERROR okta update failed: E0000001 Api validation failed: nationalInsurance`;
    },
  },
  {
    src: 'hr',
    t: 'uk-payroll-table',
    make: (c) => {
      const rows = [0, 1].map(() => `| ${c.nameRaw().full.padEnd(24)} | ${c.nino()} | ${c.dob('eu')} | ${c.sortCode()} | ${c.ukAcct()} |`);
      return `Payroll feed check FAILED (2 leavers still active in Entra ID):
| name                     | ni_number | dob        | sort_code | account  |
|--------------------------|-----------|------------|-----------|----------|
${rows.join('\n')}`;
    },
  },
  {
    src: 'hr',
    t: 'nl-afas',
    make: (c) => {
      const n = c.nameRaw();
      return `2026-02-03 10:11:12 [afas-connector] WARN medewerker ${c.r.digits(5)} overgeslagen (AfasToken ${c.b62Key('api_key', 64)}): ${j64({ Naam: n.full, Email: c.emailOf(n), Mobiel: c.quiet(() => c.phone('intl')), BSN: c.bsn(), IBAN: c.iban('NL'), Geboortedatum: c.dob('eu') })} — reden: Entra ID user bestaat al`;
    },
  },
  {
    src: 'hr',
    t: 'workday-oauth-refresh',
    make: (c) => {
      return `2026-02-03T10:11:12.417Z ERROR wd-client token refresh failed: 401 {"error":"invalid_client"}
  POST https://wd2-impl-services1.workday.com/ccx/oauth2/${c.tenant()}_preview/token
  body: grant_type=refresh_token&refresh_token=${c.b62Key('refresh_token_opaque', 88)}&client_id=${c.r.b64(36).replace(/[+/=]/g, 'x')}&client_secret=${c.b62Key('client_secret', 56)}`;
    },
  },
  {
    src: 'hr',
    t: 'adp-mtls',
    make: (c) => {
      const secret = c.uuid();
      c.cred('client_secret_uuid', secret);
      return `ADP Workforce Now connector: SSL handshake ok, token call failed (401 invalid_client)
config:
  ADP_CLIENT_ID: ${c.uuid()}
  ADP_CLIENT_SECRET: ${secret}
  ADP_SSL_KEY="${c.pem('pkcs8')}"`;
    },
  },
  {
    src: 'hr',
    t: 'card-issuing',
    make: (c) => {
      const n = c.name();
      const out = { token: c.uuid(), user_token: c.uuid(), card_product_token: 'travel-card', last_four: 'xxxx', pan: c.card(), cvv_number: String(c.int(100, 999)), expiration: '0329', state: 'ACTIVE', fulfillment: { card_personalization: { text: { name_line_1: { value: n.full } } } } };
      out.last_four = out.pan.slice(-4);
      return `Okta Workflows — flow "New hire: issue travel card" execution ${c.hex(32)}, step 6 output (Marqeta: Create Card, show_pan=true):\n${jp64(out)}\nstep 7 (Slack: Send DM to ${c.emailOf(n)}) failed: channel_not_found`;
    },
  },
  {
    src: 'mfa',
    t: 'okta-sms-enroll',
    make: (c) => {
      const uid = c.oktaId();
      const ph = c.phone('e164');
      return `POST https://${c.tenant()}.okta.com/api/v1/users/${uid}/factors?activate=true
Authorization: SSWS ${c.oktaToken()}
{"factorType":"sms","provider":"OKTA","profile":{"phoneNumber":"${ph}"}}
-> 400 {"errorCode":"E0000098","errorSummary":"This phone number is invalid.","errorCauses":[{"errorSummary":"A factor of this type is already set up."}]}`;
    },
  },
  {
    src: 'mfa',
    t: 'okta-totp-activation',
    make: (c) => {
      const n = c.nameRaw();
      const email = c.emailOf(n);
      const res = { id: c.oktaId('uft'), factorType: 'token:software:totp', provider: 'GOOGLE', status: 'PENDING_ACTIVATION', profile: { credentialId: email }, _embedded: { activation: { timeStep: 30, sharedSecret: c.totp(16), encoding: 'base32', keyLength: 16 } } };
      return `okta-enroll-helper: enrolling Google Authenticator for ${email}\nresponse ${j64(res)}\nERROR activation poll timed out after 300s`;
    },
  },
  {
    src: 'mfa',
    t: 'otpauth-uri',
    make: (c) => {
      const n = c.nameRaw();
      const e = c.emailOf(n);
      const issuer = c.pick(['Northwind%20SSO', 'Kestrel%20Pay', 'Brightlane']);
      return `2026-02-03T10:11:12.417Z INFO  mfa.enroll user=${c.oktaId()} generated provisioning uri otpauth://totp/${issuer}:${e}?secret=${c.totp(32)}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30
2026-02-03T10:11:42.003Z WARN  mfa.enroll verify failed (code drift 2 steps) user=${c.oktaId()}`;
    },
  },
  {
    src: 'mfa',
    t: 'guardian-recovery',
    make: (c) => {
      const e = c.email();
      return `auth0 Guardian enrollment (tenant ${c.tenant()}): {"id":"totp|dev_${c.r.b62(16)}","status":"confirmed","type":"authenticator","name":"${e}","enrolled_at":"${c.ts()}","recovery_code":"${c.recovery('auth0')}"}
support note: customer could not sign in, recovery code above was read out over the phone`;
    },
  },
  {
    src: 'mfa',
    t: 'recovery-codes-ticket',
    make: (c) => {
      const codes = [0, 1, 2, 3, 4, 5].map(() => c.recovery(c.pick(['hex', 'okta'] as const)));
      return `Zendesk ticket #${c.r.digits(6)} — from ${c.email()}
"I'm locked out after my phone died. Here are my backup codes from setup, none work:
${codes.map((x, i) => `${i + 1}. ${x}`).join('\n')}
Can you reset MFA? My mobile is ${c.quiet(() => c.phone('us'))}."`;
    },
  },
  {
    src: 'mfa',
    t: 'keycloak-otp-credential',
    make: (c) => {
      const secret = c.r.b62(20);
      c.cred('otp_secret', secret);
      const cred = { id: c.uuid(), type: 'otp', userLabel: 'Pixel 8', createdDate: c.epoch() * 1000, secretData: JSON.stringify({ value: secret }), credentialData: JSON.stringify({ subType: 'totp', digits: 6, counter: 0, period: 30, algorithm: 'HmacSHA1' }) };
      return `realm partial export (users) for ${c.quiet(() => c.email())}:\n"credentials": ${jp64([cred])}`;
    },
  },
  {
    src: 'mfa',
    t: 'cognito-associate',
    make: (c) => {
      return `[2026-02-03T10:11:12.417Z] DEBUG mfa-setup AssociateSoftwareToken -> ${j64({ SecretCode: c.totp(56), Session: null })}
[2026-02-03T10:11:12.418Z] DEBUG mfa-setup AdminGetUser attributes: [{"Name":"phone_number","Value":"${c.phone('e164')}"},{"Name":"email","Value":"${c.quiet(() => c.email())}"}]
[2026-02-03T10:11:30.902Z] ERROR mfa-setup VerifySoftwareToken: EnableSoftwareTokenMFAException: Code mismatch`;
    },
  },
  {
    src: 'mfa',
    t: 'duo-enroll',
    make: (c) => {
      return `duo_client.client.RuntimeError: Received 400 Invalid request parameters (phone_number)
  at /admin/v1/users/enroll POST
duo config: {"ikey":"DI${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}","skey":"${c.duoSkey()}","host":"api-${c.hex(8)}.duosecurity.com"}
params: {"username":"${c.quiet(() => c.email())}","valid_secs":"604800","phone_number":"${c.phone('us')}"}`;
    },
  },
  {
    src: 'mfa',
    t: 'twilio-verify',
    make: (c) => {
      const sid = 'AC' + c.hex(32);
      return `2026-02-03 10:11:12.417 DEBUG [verify-client] POST https://${sid}:${c.twilioToken()}@verify.twilio.com/v2/Services/VA${c.hex(32)}/Verifications
2026-02-03 10:11:12.890 ERROR [verify-client] 429 {"code":60203,"message":"Max send attempts reached","status":429,"to":"${c.phone('e164')}","channel":"sms","more_info":"https://www.twilio.com/docs/errors/60203"}`;
    },
  },
  {
    src: 'mfa',
    t: 'graph-phone-methods',
    make: (c) => {
      const ph = `+1 ${c.int(2, 9)}${c.int(0, 8)}${c.int(0, 9)}${c.int(2, 9)}${c.r.digits(6)}`;
      c.put('phone', 'personal', ph);
      const tok = c.jwt({ aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${c.uuid()}/`, roles: ['UserAuthenticationMethod.ReadWrite.All'], app_displayname: 'mfa-reset-bot', exp: c.epoch() }, 'RS256', 'jwt', { x5t: c.r.b64url(20) });
      return `GET https://graph.microsoft.com/v1.0/users/${c.quiet(() => c.email())}/authentication/phoneMethods
Authorization: Bearer ${tok}
200 ${j64({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/authentication/phoneMethods', value: [{ id: '3179e48a-750b-4051-897c-87b9720928f7', phoneNumber: ph, phoneType: 'mobile', smsSignInState: 'notAllowedByPolicy' }] })}
mfa-reset-bot: DELETE failed 403 (caller lacks Privileged Authentication Administrator)`;
    },
  },
];
