import type { Draw67 } from './blind-set-67-values';

/** A positive template: its source and a function drawing one text (recording the values it plants). */
export type Tpl67 = [source: string, build: (g: Draw67) => string];

/** Set 67 positives: QuickBooks Online, Xero, NetSuite, Sage Intacct and FreshBooks sync failures. */
export const ACCOUNTING67: Tpl67[] = [
  ['qbo', (g) => {
    const at = g.v('qbo_access_token');
    return `${g.logTs()} ERROR [qbo-sync] intuit_tid=${g.uuid()} realm=${g.int(1e15, 9e15)} POST https://quickbooks.api.intuit.com/v3/company/${g.int(1e15, 9e15)}/invoice?minorversion=73 -> 401 AuthenticationFailed\n  request headers: {"Accept":"application/json","Authorization":"Bearer ${at}","Content-Type":"application/json"}\n  body: {"Fault":{"Error":[{"Message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","code":"3200"}],"type":"AUTHENTICATION"},"time":"${g.ts()}"}`;
  }],
  ['qbo', (g) => {
    const rt = g.v('qbo_refresh_token');
    const cs = g.v('intuit_client_secret');
    return `oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Incorrect Token type or clientID\nTraceback (most recent call last):\n  File "/app/ledger/qbo/client.py", line 88, in refresh\n    token = self.oauth.refresh_token("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer", refresh_token="${rt}", client_id="AB${g.b62(48)}", client_secret="${cs}")\n  File "/usr/local/lib/python3.11/site-packages/requests_oauthlib/oauth2_session.py", line 489, in refresh_token\n    self._client.parse_request_body_response(r.text, scope=self.scope)`;
  }],
  ['qbo', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_us');
    const addr = g.v('address');
    const at = g.v('qbo_access_token');
    return `[QBO] Customer upsert failed (6240 Duplicate Name Exists Error) realmId=${g.int(1e15, 9e15)}\n> payload {"DisplayName":"${name}","PrimaryEmailAddr":{"Address":"${email}"},"PrimaryPhone":{"FreeFormNumber":"${phone}"},"BillAddr":{"Line1":"${addr}","City":"Austin","CountrySubDivisionCode":"TX","PostalCode":"78745"},"Taxable":true}\n> token ${at}`;
  }],
  ['qbo', (g) => {
    const name = g.v('name');
    const tin = g.v('ein');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `WARN  qbo.vendor.sync vendor=${g.int(100, 9999)} 1099 vendor rejected: "Business validation error: TaxIdentifier is invalid"\n  Vendor{DisplayName='${name}', Vendor1099=true, TaxIdentifier='${tin}', BankAccount{RoutingNumber='${rt}', AccountNumber='${acct}'}, TermRef=Net 30}\n  oauth: Bearer ${g.v('qbo_access_token')}`;
  }],
  ['qbo', (g) => {
    const cs = g.v('intuit_client_secret');
    const rt = g.v('qbo_refresh_token');
    const hook = g.v('slack_webhook');
    return `# /etc/ledger-sync/qbo.env (dumped by config-check on failed start)\nQBO_ENVIRONMENT=production\nQBO_CLIENT_ID=AB${g.b62(48)}\nQBO_CLIENT_SECRET=${cs}\nQBO_REFRESH_TOKEN=${rt}\nQBO_REDIRECT_URI=https://finance-tools.internal/callback\nALERT_SLACK_WEBHOOK=${hook}\nconfig-check: refresh token older than 100 days, aborting`;
  }],
  ['qbo', (g) => {
    const at = g.v('qbo_access_token');
    const card = g.v('card');
    const name = g.v('name');
    return `intuit-payments  ${g.ts()}  level=error msg="charge create failed" status=400 code=PMT-4000 detail="card.number is invalid"\n  curl -X POST https://api.intuit.com/quickbooks/v4/payments/charges -H 'Authorization: Bearer ${at}' -H 'Request-Id: ${g.uuid()}' -d '{"amount":"${g.amount()}","currency":"USD","card":{"number":"${card}","expMonth":"0${g.int(1, 9)}","expYear":"20${g.int(27, 31)}","name":"${name}"}}'`;
  }],
  ['xero', (g) => {
    const at = g.v('xero_access_token');
    return `Xero.NetStandard.OAuth2.Client.ApiException: Error calling GetInvoices: {"Title":"Unauthorized","Status":401,"Detail":"AuthenticationUnsuccessful","Instance":"${g.uuid()}"}\n   at Xero.NetStandard.OAuth2.Api.AccountingApi.GetInvoicesAsyncWithHttpInfo(String accessToken, String xeroTenantId, ...)\n   at Ledger.Sync.XeroPuller.PullAsync() in /src/Ledger.Sync/XeroPuller.cs:line 142\n   accessToken: ${at}\n   xeroTenantId: ${g.uuid()}`;
  }],
  ['xero', (g) => {
    const rt = g.v('xero_refresh_token');
    const cs = g.raw('xero_client_secret');
    const b = Buffer.from(`${g.hex(32).toUpperCase()}:${cs}`).toString('base64');
    g.rec(b, 'basic_auth', 'credential');
    return `DEBUG httpx: POST https://identity.xero.com/connect/token "HTTP/1.1 400 Bad Request"\nDEBUG ledger.xero: request headers={'authorization': 'Basic ${b}', 'content-type': 'application/x-www-form-urlencoded'} body='grant_type=refresh_token&refresh_token=${rt}'\nERROR ledger.xero: token refresh failed: {"error":"invalid_grant"}`;
  }],
  ['xero', (g) => {
    const key = g.v('xero_webhook_key');
    return `xero-webhooks receiver: intent-to-receive validation failed (x-xero-signature mismatch) for delivery ${g.uuid()}\n  configured XERO_WEBHOOK_KEY="${key}"\n  x-xero-signature: ${g.b64(43)}=\n  hint: rotate the key in developer.xero.com and redeploy`;
  }],
  ['xero', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_intl');
    const vat = g.v('vat');
    const iban = g.v('iban');
    return `{"level":"error","svc":"xero-contacts","msg":"PUT Contacts validation","status":400,"elements":[{"Name":"${name}","FirstName":"${name.split(' ')[0]}","EmailAddress":"${email}","Phones":[{"PhoneType":"MOBILE","PhoneNumber":"${phone}"}],"TaxNumber":"${vat}","BankAccountDetails":"${iban}","ValidationErrors":[{"Message":"The contact name ${name} is already assigned to another contact."}]}],"auth":"Bearer ${g.v('xero_access_token')}"}`;
  }],
  ['xero', (g) => {
    const name = g.v('name');
    const nino = g.v('nino');
    const dob = g.v('dob');
    const sc = g.v('sort_code');
    const acct = g.v('uk_account');
    const addr = g.v('address');
    return `Xero Payroll UK: POST /payroll.xro/2.0/Employees failed 400\n| field           | value                     |\n|-----------------|---------------------------|\n| firstName/last  | ${name} |\n| dateOfBirth     | ${dob}T00:00:00 |\n| nationalInsuranceNumber | ${nino} |\n| address.addressLine1 | ${addr} |\n| paymentMethod.bankAccounts[0].sortCode | ${sc} |\n| paymentMethod.bankAccounts[0].accountNumber | ${acct} |\nproblem: "Employee start date must be before the payroll calendar start"\n(refresh_token in use: ${g.v('xero_refresh_token')})`;
  }],
  ['xero', (g) => {
    const at = g.v('xero_access_token');
    const rt = g.v('xero_refresh_token');
    const inner = JSON.stringify({ access_token: at, refresh_token: rt, expires_in: 1800, token_type: 'Bearer', scope: 'openid profile email accounting.transactions offline_access' });
    return `redis SET failed (OOM command not allowed) key=xero:token:${g.uuid()} value=${JSON.stringify(inner)}`;
  }],
  ['netsuite', (g) => {
    const cs = g.v('ns_secret');
    const ts = g.v('ns_secret');
    const acct = `${g.int(1000000, 9999999)}_SB1`;
    return `NetSuite RESTlet call failed: 401 {"error":{"code":"INVALID_LOGIN_ATTEMPT","message":"Invalid login attempt."}}\n  script=customscript_ledger_import deploy=customdeploy1 account=${acct}\n  NS_CONSUMER_KEY=${g.hex(64)}\n  NS_CONSUMER_SECRET=${cs}\n  NS_TOKEN_ID=${g.hex(64)}\n  NS_TOKEN_SECRET=${ts}\n  signature base string uses HMAC-SHA256`;
  }],
  ['netsuite', (g) => {
    const ts = g.v('ns_secret');
    const cs = g.v('ns_secret');
    return `2025-${String(g.int(1, 12)).padStart(2, '0')}-11T04:12:09Z [ns-tba] building OAuth 1.0a header\n  key = percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret)\n  key = "${cs}&${ts}"\n  Authorization: OAuth realm="${g.int(1000000, 9999999)}",oauth_consumer_key="${g.hex(64)}",oauth_token="${g.hex(64)}",oauth_signature_method="HMAC-SHA256",oauth_timestamp="${g.epoch()}",oauth_nonce="${g.b62(20)}",oauth_version="1.0",oauth_signature="${g.b64(43)}%3D"\n  -> 403 USER_ERROR "Invalid signature"`;
  }],
  ['netsuite', (g) => {
    const pw = g.v('password');
    const email = g.v('email');
    return `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:messages_2023_2.platform.webservices.netsuite.com">\n  <soapenv:Header>\n    <urn:passport>\n      <ns1:email xmlns:ns1="urn:core_2023_2.platform.webservices.netsuite.com">${email}</ns1:email>\n      <ns1:password xmlns:ns1="urn:core_2023_2.platform.webservices.netsuite.com">${pw}</ns1:password>\n      <ns1:account xmlns:ns1="urn:core_2023_2.platform.webservices.netsuite.com">${g.int(1000000, 9999999)}</ns1:account>\n    </urn:passport>\n  </soapenv:Header>\n<!-- SuiteTalk fault: WS_CONCUR_SESSION_DISALLWD Only one request may be made against a session at a time -->`;
  }],
  ['netsuite', (g) => {
    const key = g.v('private_key');
    const esc = key.replace(/\n/g, '\\n');
    g.vals[g.vals.length - 1]!.value = esc;
    return `{"ts":"${g.ts()}","level":"fatal","logger":"ns-m2m","msg":"client_credentials assertion failed: invalid_client","config":{"accountId":"${g.int(1000000, 9999999)}","certificateId":"${g.b62(43)}","privateKey":"${esc}","scope":["restlets","rest_webservices"]}}`;
  }],
  ['netsuite', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const ssn = g.v('ssn');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `SuiteScript Error: SSS_INVALID_SRCH_OPERATOR at /SuiteScripts/payroll_import.js:214\nrecord.create({type: 'employee'}) values: { entityid: '${name}', email: '${email}', socialsecuritynumber: '${ssn}', custentity_dd_account: '${acct}', custentity_dd_routing: '${rt}', subsidiary: ${g.int(1, 12)} }\n  restlet auth: token secret ${g.v('ns_secret')}`;
  }],
  ['intacct', (g) => {
    const spw = g.v('password');
    const upw = g.v('password');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<request>\n  <control><senderid>${g.pick(['LedgerSyncMPP', 'AcmeFinOps', 'BillingBridge'])}</senderid><password>${spw}</password><controlid>${g.uuid()}</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion></control>\n  <operation><authentication><login><userid>xml_gateway</userid><companyid>${g.pick(['NORTHCOAST', 'PINEHILL-PROD', 'ALDERCO'])}</companyid><password>${upw}</password></login></authentication>\n  <content><function controlid="readGL"><readByQuery><object>GLENTRY</object></readByQuery></function></content></operation>\n</request>\n<!-- response: <errorno>XL03000006</errorno><description2>Sign-in information is incorrect</description2> -->`;
  }],
  ['intacct', (g) => {
    const sid = g.v('intacct_session');
    const spw = g.v('password');
    return `intacct-sdk ERROR IntacctException: Response control status failure - XL03000009 The entire transaction in this operation has been rolled back\n  ClientConfig { SenderId = "BillingBridge", SenderPassword = "${spw}", SessionId = "${sid}", EndpointUrl = "https://api.intacct.com/ia/xml/xmlgw.phtml" }`;
  }],
  ['intacct', (g) => {
    const name = g.v('name');
    const tin = g.v('ein');
    const acct = g.v('account');
    const rt = g.v('routing');
    const email = g.v('email');
    return `AP vendor import (Sage Intacct) row ${g.int(2, 800)} rejected: BL01001973 Vendor ID already exists\n  VENDORID,NAME,TAXID,ACHBANKROUTINGNUMBER,ACHACCOUNTNUMBER,DISPLAYCONTACT.EMAIL1\n  V-${g.int(1000, 9999)},"${name}",${tin},${rt},${acct},${email}\n  session: ${g.v('intacct_session')}`;
  }],
  ['freshbooks', (g) => {
    const at = g.v('jwt_rs');
    const rt = g.v('hex64_token');
    return `freshbooks-sync | ${g.logTs()} | ERROR | token exchange 401 invalid_grant\n  POST https://api.freshbooks.com/auth/oauth/token\n  response of previous call: {"access_token":"${at}","token_type":"Bearer","expires_in":43200,"refresh_token":"${rt}","scope":"user:profile:read user:invoices:read","created_at":${g.epoch()}}`;
  }],
  ['freshbooks', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_us');
    const addr = g.v('address');
    const at = g.v('jwt_rs');
    return `FreshBooks API 422 on clients create: {"response":{"errors":[{"errno":1001,"field":"email","message":"Email is already in use.","object":"client"}]}}\n  sent {"client":{"fname":"${name.split(' ')[0]}","lname":"${name.split(' ').slice(1).join(' ')}","email":"${email}","mob_phone":"${phone}","p_street":"${addr}","p_city":"Denver","p_province":"Colorado","organization":"${name}"}}\n  Authorization: Bearer ${at}`;
    }],
  ['freshbooks', (g) => {
    const cs = g.v('hex64_token');
    const pg = g.v('pg_url');
    return `panic: freshbooks: oauth2: cannot fetch token: 401 Unauthorized\n\ngoroutine 1 [running]:\nmain.mustConfig(...)\n\t/build/cmd/fbsync/main.go:61\nconfig: &{ClientID:${g.hex(64)} ClientSecret:${cs} RedirectURL:https://ops.internal/fb/cb DatabaseURL:${pg}}`;
  }],
  ['ledger', (g) => {
    const pg = g.v('pg_url');
    return `psycopg2.OperationalError: connection to server at "10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}", port 5432 failed: FATAL:  password authentication failed\nDSN used by journal-poster: ${pg}\n[alertmanager] LedgerPostingStalled firing for 15m`;
  }],
  ['ledger', (g) => {
    const conn = g.v('mssql_conn');
    return `System.Data.SqlClient.SqlException (0x80131904): Login failed for user.\n   at Payroll.Import.GlWriter.OpenAsync()\n   ConnectionString: "${conn}"\n   ClientConnectionId:${g.uuid()}`;
  }],
];
