import type { Tpl67 } from './blind-set-67-accounting';

/** Set 67 positives: Bill.com, Expensify, Ramp, Brex, Plaid, Yodlee, Gusto, ADP and ledger export failures. */
export const BANKING67: Tpl67[] = [
  ['billcom', (g) => {
    const email = g.v('email');
    const pw = g.v('password_url');
    const dk = g.v('billcom_devkey');
    return `billcom-client ${g.logTs()} ERROR Login.json -> {"response_status":1,"response_message":"Error","response_data":{"error_code":"BDC_1102","error_message":"Invalid credentials"}}\n  POST https://api.bill.com/api/v2/Login.json\n  body: userName=${email.replace('@', '%40')}&password=${pw}&orgId=00801${g.b62(10)}&devKey=${dk}\n  (userName=${email})`;
  }],
  ['billcom', (g) => {
    const sid = g.v('billcom_session');
    const dk = g.v('billcom_devkey');
    const name = g.v('name');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `BDC_1145 Vendor bank account could not be verified\n  request: {"devKey":"${dk}","sessionId":"${sid}","data":{"obj":{"entity":"VendorBankAccount","vendorId":"00901${g.b62(10)}","bankAccountNumber":"${acct}","routingNumber":"${rt}","nameOnAcct":"${name}","typeOfBusiness":"1"}}}`;
  }],
  ['billcom', (g) => {
    const card = g.v('card');
    const name = g.v('name');
    const email = g.v('email');
    return `AP payment run ${g.int(1000, 9999)}: virtual card payment email bounced (550 5.1.1 user unknown)\n  vendor contact: ${name} <${email}>\n  virtual card issued: ${card} exp ${g.int(1, 12)}/${g.int(27, 30)} amount ${g.amount()} USD`;
  }],
  ['expensify', (g) => {
    const sec = g.v('expensify_secret');
    const rjd = JSON.stringify({ type: 'file', credentials: { partnerUserID: `aa_api_${g.pick(['finance', 'ledger', 'ops'])}_${g.int(100, 999)}`, partnerUserSecret: sec }, onReceive: { immediateResponse: ['returnRandomFileName'] }, inputSettings: { type: 'combinedReportData', filters: { startDate: '2025-01-01' } }, outputSettings: { fileExtension: 'csv' } });
    return `expensify export failed: {"responseMessage":"Authentication error","responseCode":407}\n  POST https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations\n  requestJobDescription=${encodeURIComponent(rjd)}`;
  }],
  ['expensify', (g) => {
    const sec = g.v('expensify_secret');
    const email = g.v('email');
    const name = g.v('name');
    const card = g.v('card_spaced');
    return `Expensify -> NetSuite export row failed (Vendor bill: "Employee record not found")\n  reportID=${g.int(10000000, 99999999)} submitter=${email} employeeName="${name}" cardNumber="${card}" merchant="Delta Air Lines"\n  partnerUserSecret=${sec}`;
  }],
  ['ramp', (g) => {
    const sec = g.raw('ramp_secret');
    const b = g.rec(Buffer.from(`ramp_id_${g.b62(40)}:${sec}`).toString('base64'), 'basic_auth', 'credential');
    return `ramp-feed ERROR POST https://api.ramp.com/developer/v1/token 401 {"error":"invalid_client"}\n  headers: {'Authorization': 'Basic ${b}', 'Content-Type': 'application/x-www-form-urlencoded'}\n  data: grant_type=client_credentials&scope=transactions:read+cards:read`;
  }],
  ['ramp', (g) => {
    const tok = g.v('ramp_token');
    const name = g.v('name');
    const email = g.v('email');
    return `{"level":"error","job":"ramp-card-feed","msg":"transaction sync page failed","status":503,"request":{"url":"https://api.ramp.com/developer/v1/transactions?from_date=2025-04-01","headers":{"Authorization":"Bearer ${tok}"}},"last_row":{"card_holder":{"first_name":"${name.split(' ')[0]}","last_name":"${name.split(' ').slice(1).join(' ')}","email":"${email}"},"amount":${g.amount()},"merchant_name":"AWS","memo":"${name} - team offsite"}}`;
  }],
  ['ramp', (g) => {
    const wh = g.v('webhook_hex');
    return `ramp webhook verification failed for ${g.uuid()}: computed digest differs\n  RAMP_WEBHOOK_SECRET=${wh}\n  X-Ramp-Signature: sha256=${g.hex(64)}`;
  }],
  ['brex', (g) => {
    const tok = g.v('brex_token');
    return `brex-sync | ${g.ts()} | 401 Unauthorized GET https://platform.brexapis.com/v2/transactions/card/primary\n  curl -H "Authorization: Bearer ${tok}" -H "Idempotency-Key: ${g.uuid()}" https://platform.brexapis.com/v2/transactions/card/primary?limit=500`;
  }],
  ['brex', (g) => {
    const tok = g.v('brex_token');
    const name = g.v('name');
    const addr = g.v('address');
    const phone = g.v('phone_us');
    const email = g.v('email');
    return `brex.users.create failed 400 "email already used"\n  token=${tok}\n  payload={"first_name": "${name.split(' ')[0]}", "last_name": "${name.split(' ').slice(1).join(' ')}", "email": "${email}", "phone": "${phone}", "mailing_address": {"line1": "${addr}", "city": "Seattle", "state": "WA", "country": "US"}}\n  (existing user ${name} owns this email)`;
  }],
  ['brex', (g) => {
    const card = g.v('card');
    const name = g.v('name');
    const tok = g.v('brex_token');
    return `WARN card-feed reconciler: PAN found in memo field of Brex transaction ${g.uuid()}; raw memo: "replacement card for ${name} - ${card}"\n  fetched with token ${tok}`;
  }],
  ['plaid', (g) => {
    const sec = g.v('plaid_secret');
    const at = g.v('plaid_access');
    return `plaid.exceptions.ApiException: (400)\nReason: Bad Request\nHTTP response body: {"display_message":null,"error_code":"ITEM_LOGIN_REQUIRED","error_message":"the login details of this item have changed","error_type":"ITEM_ERROR","request_id":"${g.b62(15)}"}\n  request: {"client_id": "${g.hex(24)}", "secret": "${sec}", "access_token": "${at}", "start_date": "2025-03-01", "end_date": "2025-03-31"}`;
  }],
  ['plaid', (g) => {
    const at = g.v('plaid_access');
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_us');
    const addr = g.v('address');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `bank-feed: /identity/get + /auth/get mismatch for item ${g.b62(37)} (access_token=${at})\n  identity: {"names":["${name}"],"emails":[{"data":"${email}","primary":true}],"phone_numbers":[{"data":"${phone}","type":"mobile"}],"addresses":[{"data":{"street":"${addr}","city":"Chicago","region":"IL"}}]}\n  numbers.ach: [{"account":"${acct}","routing":"${rt}","wire_routing":"${rt}"}]`;
  }],
  ['plaid', (g) => {
    const sec = g.v('plaid_secret');
    const hook = g.v('slack_webhook');
    return `Error: PLAID_SECRET rejected (INVALID_API_KEYS) in env production\n    at PlaidApi.transactionsSync (/srv/bankfeed/node_modules/plaid/dist/api.js:8124:19)\nprocess.env: PLAID_ENV=production PLAID_CLIENT_ID=${g.hex(24)} PLAID_SECRET=${sec} ALERT_WEBHOOK=${hook}`;
  }],
  ['plaid', (g) => {
    const at = g.v('plaid_access');
    const iban = g.v('iban_gb');
    const sc = g.v('sort_code');
    const acct = g.v('uk_account');
    return `[bank-feed-uk] /auth/get returned numbers for ${g.b62(37)} but ledger mapping failed: no GL account for bacs\n  access_token=${at}\n  numbers.bacs=[{"account":"${acct}","sort_code":"${sc}"}] numbers.international=[{"iban":"${iban}","bic":"NWBKGB2L"}]\n  display sort code: ${sc}`;
  }],
  ['yodlee', (g) => {
    const pw = g.v('password');
    const jwt = g.v('jwt_rs');
    return `YodleeClient: POST https://production.api.yodlee.com/ysl/cobrand/login -> {"errorCode":"Y003","errorMessage":"Unauthorized","referenceCode":"${g.hex(8)}p${g.int(1e12, 9e12)}"}\n  cobrandLogin=${g.pick(['acme_fin_cobrand', 'ledgerco_prod'])} cobrandPassword=${pw}\n  stale Api-Version:1.1 Authorization: Bearer ${jwt}`;
  }],
  ['yodlee', (g) => {
    const jwt = g.v('jwt_rs');
    const name = g.v('name');
    const acct = g.v('account');
    return `{"timestamp":"${g.ts()}","level":"ERROR","thread":"feed-pool-3","logger":"c.l.bankfeed.YodleeAccounts","message":"account refresh failed: additionalStatus=USER_INPUT_REQUIRED","accountHolder":"${name}","fullAccountNumber":"${acct}","bankTransferCode":[{"id":"${g.v('routing')}","type":"ROUTING_NUMBER"}],"authorization":"Bearer ${jwt}"}`;
  }],
  ['gusto', (g) => {
    const tok = g.v('gusto_token');
    const rt = g.v('gusto_token');
    return `gusto-export ${g.logTs()} ERROR refresh failed 401 {"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked"}\n  previous token set: access_token=${tok} refresh_token=${rt} expires_in=7200 company_uuid=${g.uuid()}`;
  }],
  ['gusto', (g) => {
    const name = g.v('name');
    const ssn = g.v('ssn');
    const dob = g.v('dob');
    const email = g.v('email');
    const addr = g.v('address');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `Payroll journal export (Gusto -> QBO) failed on employee row: JE line missing class\n{\n  "first_name": "${name.split(' ')[0]}",\n  "last_name": "${name.split(' ').slice(1).join(' ')}",\n  "preferred_name": "${name}",\n  "email": "${email}",\n  "ssn": "${ssn}",\n  "date_of_birth": "${dob}",\n  "home_address": { "street_1": "${addr}", "city": "Portland", "state": "OR" },\n  "bank_accounts": [{ "routing_number": "${rt}", "account_number": "${acct}", "account_type": "Checking" }]\n}\nGUSTO_TOKEN=${g.v('gusto_token')}`;
  }],
  ['gusto', (g) => {
    const name = g.v('name');
    const ssn = g.v('ssn_bare');
    const itin = g.v('itin');
    return `gusto contractor 1099 sync: TIN mismatch reported by IRS TIN matching\n  contractor="${name}" ssn=${ssn}\n  alternative ITIN on file: ${itin}`;
  }],
  ['adp', (g) => {
    const sec = g.v('adp_secret');
    const key = g.v('rsa_key');
    return `javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown\n\tat com.ledger.payroll.adp.AdpTokenClient.fetch(AdpTokenClient.java:73)\nadp.properties loaded:\n  adp.token.url=https://accounts.adp.com/auth/oauth/v2/token\n  adp.client.id=${g.uuid()}\n  adp.client.secret=${sec}\n  adp.ssl.key=${key.split('\n')[0]}\n${key.split('\n').slice(1).join('\n')}`;
  }],
  ['adp', (g) => {
    const jwt = g.v('jwt_rs');
    const name = g.v('name');
    const ssn = g.v('ssn');
    const dob = g.v('dob_us');
    const phone = g.v('phone_us');
    return `ADP Workforce Now worker import: 422 on associateOID G3${g.hex(14).toUpperCase()}\n  Authorization: Bearer ${jwt}\n  person.legalName.formattedName="${name}" person.governmentIDs[0].idValue="${ssn}" person.birthDate="${dob}" person.communication.mobiles[0].formattedNumber="${phone}" payDistributions[0].routingNumber="${g.v('routing')}" payDistributions[0].accountNumber="${g.v('account')}"`;
  }],
  ['adp', (g) => {
    const name = g.v('name');
    const sin = g.v('sin');
    const dob = g.v('dob');
    const addr = g.v('address');
    const phone = g.v('phone_us');
    return `ADP Canada payroll export -> GL failed: T4 box mapping missing\nEMPLOYEE_NAME;SIN;BIRTH_DATE;ADDRESS;PHONE\n${name};${sin};${dob};${addr};${phone}\nexport job token: ${g.v('jwt_rs')}`;
  }],
  ['adp', (g) => {
    const key = g.v('aws_key_id');
    const sec = g.v('aws_secret');
    return `payroll-export: upload of adp_gl_${g.int(20250101, 20251231)}.csv to s3://fin-payroll-exports failed: InvalidAccessKeyId\n  boto3 session: aws_access_key_id='${key}', aws_secret_access_key='${sec}', region_name='us-east-1'`;
  }],
  ['ledger', (g) => {
    const amqp = g.v('amqp_url');
    const name = g.v('name');
    const iban = g.v('iban_spaced');
    return `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN'\n  broker: ${amqp}\n  unpublished message: {"type":"payout.failed","beneficiary":"${name}","iban":"${iban}","amount":"${g.amount()}","currency":"EUR"}`;
  }],
  ['ledger', (g) => {
    const name = g.v('name');
    const nino = g.v('nino');
    const passport = g.v('passport');
    const dob = g.v('dob');
    const email = g.v('email');
    return `KYC step for new vendor payee failed (Onfido 422) — vendor onboarding for AP\n  applicant: name=${name} email=${email} dob=${dob} national_insurance=${nino} passport_number=${passport} issuing_country=GBR\n  onfido api_token=${g.v('hex64_token')}`;
  }],
  ['ledger', (g) => {
    const b = g.v('basic_b64');
    const ip = g.v('ip');
    return `${ip} - svc_sync [${g.ts()}] "POST /api/journal-entries HTTP/1.1" 500 187 "-" "ledger-sync/4.2.1"\n  upstream error dumped with request headers: Authorization: Basic ${b}`;
  }],
  ['ledger', (g) => {
    const pw = g.v('password');
    const email = g.v('email');
    return `Sage 50 -> cloud bridge: ODBC login failed [SQLSTATE 28000]\n  DSN=Sage50_Live;UID=${email};PWD=${pw};CompanyFile=\\\\fs01\\accounts\\Ledger2025.sai`;
  }],
  ['ledger', (g) => {
    const card = g.v('card');
    const name = g.v('name');
    const phone = g.v('phone_intl');
    const email = g.v('email');
    return `Sentry event: TypeError: Cannot read properties of undefined (reading 'ledgerAccount')\n  breadcrumbs: checkout.submit data={"cardholder":"${name}","pan":"${card}","phone":"${phone}","email":"${email}"}\n  at mapPaymentToLedger (billing/mappers.ts:88:31)`;
  }],
  ['ledger', (g) => {
    const name = g.v('name');
    const acct = g.v('account');
    const rt = g.v('routing');
    const ssn = g.v('ssn');
    const upper = g.rec(name.toUpperCase(), 'person_name', 'personal');
    return `NACHA file validation failed (batch 2, entry ${g.int(1, 40)}): invalid check digit in DFI\n  6${g.pick(['22', '27', '32'])}${rt}${acct.padEnd(17, ' ')}${String(g.int(10000, 999999)).padStart(10, '0')}EMP${String(g.int(100000, 999999)).padEnd(12, ' ')}${upper.padEnd(22, ' ')}  0${g.int(1e14, 9e14)}\n  employee=${name} ssn=${ssn} routing=${rt} account=${acct}\n  sftp upload creds: ach_upload / ${g.v('password')}`;
  }],
];
