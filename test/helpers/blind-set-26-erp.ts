/** Blind set 26 positives: accounting and ERP (Xero, QuickBooks, Sage, SAP OData and IDoc, NetSuite), SQL with bound params, k8s and mail. */
import { b64, key, orderNo, traceId, ts } from './blind-set-26-values';
import { dobIso, person, phoneE164, phoneNational, street, cityLine, type Cc } from './blind-set-26-people';
import { aadhaar, cpf, nino, pan } from './blind-set-26-ids';
import { aba, account, bic, iban, sortCode } from './blind-set-26-money';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ERP, database and infrastructure templates. */
export const ERP: PosTemplate26[] = [
  T('xero', 'python-contact-bank', (r, b) => {
    const p = person(r, 'GB');
    return `${ts(r)} ERROR accounting.xero xero_python.exceptions.AccountingBadRequestException: (400) A validation exception occurred: Bank account details are invalid\n  contact={'Name': '${b.p('name', p.full)}', 'EmailAddress': '${b.p('email', p.email)}', 'BankAccountDetails': '${sortCode(r)} ${b.f('account', account(r, 8))}', 'IsSupplier': True}\n  oauth2_token={'client_id': '${r.hex(32).toUpperCase()}', 'client_secret': '${b.c('token', r.b64url(36))}', 'refresh_token': '${b.c('hex', r.hex(64))}', 'token_type': 'Bearer'}`;
  }),
  T('quickbooks', 'java-vendor-ach', (r, b) => {
    const p = person(r, 'US');
    return `${ts(r)} ERROR [qbo-sync-${r.int(1, 4)}] c.s.erp.qbo.VendorSync - com.intuit.oauth2.exception.OAuthException: invalid_grant (statusCode=400, intuit_tid=1-${r.hex(8)}-${r.hex(24)})\n  oauth2Config: clientId=AB${r.b62(48)} clientSecret=${b.c('b62', r.b62(40))}\n  refreshToken=${b.c('qbo-refresh', key.qboRefresh(r))}\n  vendor={"DisplayName":"${b.p('name', p.full)}","PrimaryEmailAddr":{"Address":"${b.p('email', p.email)}"},"Vendor1099":true,"BankAccount":{"RoutingNumber":"${b.f('aba', aba(r))}","AccountNumber":"${b.f('account', account(r, r.int(9, 12)))}"}}`;
  }),
  T('sage', 'intacct-xml-payroll', (r, b) => {
    const p = person(r, 'GB');
    const pw = r.password(14).replace('.', '&') + '&';
    return `${ts(r)} ERROR Sage.Intacct.Client: XL03000006 Sign-in information is incorrect\n<request><control><senderid>ShopGlobal</senderid><password>${b.c('password~xml', xml(`Sx${r.b62(12)}&`))}</password><controlid>${r.uuid()}</controlid></control><operation><authentication><login><userid>xml_gateway</userid><companyid>shopglobal-uk</companyid><password>${b.c('password~xml', xml(pw))}</password></login></authentication><content><function controlid="emp"><create><EMPLOYEE><PERSONALINFO><PRINTAS>${b.p('name', p.full)}</PRINTAS><EMAIL1>${b.p('email', p.email)}</EMAIL1></PERSONALINFO><NI_NUMBER>${b.p('nino', nino(r, r.next() < 0.5))}</NI_NUMBER><BIRTHDATE>${b.p('dob', dobIso(p))}</BIRTHDATE><ACHBANKROUTINGNUMBER>${sortCode(r).replace(/-/g, '')}</ACHBANKROUTINGNUMBER><ACHACCOUNTNUMBER>${b.f('account', account(r, 8))}</ACHACCOUNTNUMBER></EMPLOYEE></create></function></content></operation></request>`;
  }),
  T('sap', 'odata-business-partner', (r, b) => {
    const p = person(r, r.pick<Cc>(['DE', 'FR', 'IT', 'ES', 'NL', 'PL']));
    return `${ts(r)} ERROR [s4-bridge] SAP OData call failed: GET /sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner('${r.digits(10)}')/to_BusinessPartnerAddress?sap-client=100 -> 403\n{"error":{"code":"/IWBEP/CM_MGW_RT/020","message":{"lang":"en","value":"Resource not found for segment 'A_BusinessPartnerAddressType'"},"innererror":{"transactionid":"${r.hex(32).toUpperCase()}","timestamp":"20261103142210.1234560","Error_Resolution":{"SAP_Transaction":"Run transaction /IWFND/ERROR_LOG on SAP Gateway hub system"}}}}\nrequest headers: Authorization: Basic ${b.c('basic~b64', b64(`RFC_SHOP:${r.password(12)}`))}; Cookie: MYSAPSSO2=${b.c('cookie', r.b64(180))}; sap-usercontext=sap-client=100\npayload: {"BusinessPartnerFullName":"${b.p('name', p.full)}","to_EmailAddress":[{"EmailAddress":"${b.p('email', p.email)}"}],"to_MobilePhoneNumber":[{"PhoneNumber":"${b.p('phone', phoneNational(r, p.cc))}"}]}`;
  }),
  T('sap', 'idoc-debmas-segments', (r, b) => {
    const p = person(r, r.pick<Cc>(['DE', 'NL', 'FR', 'IT', 'ES']));
    const i = iban(r, p.cc);
    const pad = (s: string, n: number) => s.padEnd(n, ' ');
    return `${ts(r)} ERROR idoc-inbound: IDoc ${'0'.repeat(6)}${r.digits(10)} status 51 (Application document not posted) DEBMAS07\nE1KNA1M   ${pad(`K${r.digits(9)}`, 10)}${pad(b.p('name', p.full), 35)}${pad(b.p('address', street(r, p.cc)), 35)}${pad(cityLine(r, p.cc), 35)}${pad(b.p('phone', phoneNational(r, p.cc)), 16)}\nE1KNBKM   ${p.cc}  ${pad(bic(r, p.cc), 15)}${pad(b.f('account', account(r, 10)), 18)}${pad(b.f('iban', i), 34)}\nSM59 destination S4_RFC: USER=RFC_SHOP PASSWD=${b.c('password', r.password(12))} CLIENT=100`;
  }),
  T('netsuite', 'node-tba-config', (r, b) => {
    const p = person(r, r.pick<Cc>(['US', 'GB', 'DE']));
    return `${ts(r)} error: [netsuite] RESTlet call failed: 401 {"type":"error.SuiteScriptError","name":"INVALID_LOGIN_ATTEMPT","message":"Invalid login attempt."}\n  config: { account: '${r.digits(7)}_SB1', consumerKey: '${b.c('hex', r.hex(64))}', consumerSecret: '${b.c('hex', r.hex(64))}', tokenId: '${b.c('hex', r.hex(64))}', tokenSecret: '${b.c('hex', r.hex(64))}' }\n  employee: { entityid: 'EMP-${r.digits(4)}', email: '${b.p('email', p.email)}' }`;
  }),
  T('sql', 'postgres-bound-params', (r, b) => {
    const p = person(r, 'BR');
    const em = b.p('email', p.email);
    return `${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] checkout@shop ERROR:  duplicate key value violates unique constraint "customers_email_key"\n${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] checkout@shop DETAIL:  Key (email)=(${em}) already exists.\n${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] checkout@shop STATEMENT:  INSERT INTO customers (name, email, phone, cpf, birth_date) VALUES ($1, $2, $3, $4, $5)\n${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] checkout@shop DETAIL:  parameters: $1 = '${b.p('name', p.full)}', $2 = '${em}', $3 = '${b.p('phone', phoneE164(r, 'BR'))}', $4 = '${b.p('cpf', cpf(r))}', $5 = '${b.p('dob', dobIso(p))}'\nconnection: postgres://checkout:${b.c('password', r.urlPassword(18))}@pg-primary.internal:5432/shop?sslmode=require`;
  }),
  T('sql', 'tsql-sp-executesql', (r, b) => {
    const p = person(r, r.pick<Cc>(['DE', 'FR', 'NL', 'ES', 'IT']));
    return `System.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_Payouts'. Cannot insert duplicate key in object 'dbo.Payouts'.\n   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection)\nClientConnectionId:${r.uuid()}\nConnectionString: Server=tcp:sql-prod-${r.hex(4)}.database.windows.net,1433;Initial Catalog=payouts;User ID=payouts_app;Password=${b.c('password', r.password(18).replace(/;/g, ''))};Encrypt=True;\nexec sp_executesql N'INSERT INTO dbo.Payouts (HolderName, Iban, Email) VALUES (@p0, @p1, @p2)',N'@p0 nvarchar(100),@p1 nvarchar(34),@p2 nvarchar(256)',@p0=N'${b.p('name', p.full)}',@p1=N'${b.f('iban', iban(r, p.cc))}',@p2=N'${b.p('email', p.email)}'`;
  }),
  T('sql', 'mysql-kyc-insert', (r, b) => {
    const p = person(r, 'IN');
    return `${ts(r)}\t${r.int(10, 9999)} Query\tINSERT INTO kyc_documents (user_id, doc_type, doc_number, full_name, dob) VALUES (${r.int(1000, 99999)}, 'PAN', '${b.p('pan', pan(r, p))}', '${b.p('name', p.full)}', '${b.p('dob', dobIso(p))}'), (${r.int(1000, 99999)}, 'AADHAAR', '${b.p('aadhaar', aadhaar(r, r.next() < 0.5))}', '${p.full}', '${dobIso(p)}')\n${ts(r)}\t${r.int(10, 9999)} Quit\t\n# replica lag alert; source dsn mysql://kyc_writer:${b.c('password', r.urlPassword(16))}@mysql-kyc:3306/kyc`;
  }),
  T('k8s', 'describe-pod-env', (r, b) => {
    return `Events:\n  Type     Reason     Age                 From     Message\n  ----     ------     ----                ----     -------\n  Warning  BackOff    ${r.int(1, 59)}s (x${r.int(3, 40)} over ${r.int(2, 30)}m)  kubelet  Back-off restarting failed container payments in pod payments-${r.hex(10)}-${r.b62(5).toLowerCase()}_shop(${r.uuid()})\nContainers:\n  payments:\n    Image:  registry.shop.example/payments@sha256:${r.hex(64)}\n    Environment:\n      MERCADOPAGO_ACCESS_TOKEN:  ${b.c('mercadopago', key.mercadoPago(r))}\n      RAZORPAY_KEY_ID:           ${key.razorpayId(r)}\n      RAZORPAY_KEY_SECRET:       ${b.c('razorpay-secret', key.razorpaySecret(r))}\n      SMTP_PASSWORD:             ${b.c('password', r.password(16))}\n      DATABASE_URL:              mysql://payments:${b.c('password', r.urlPassword(20))}@mysql-payments:3306/payments\n      XENDIT_SECRET_KEY:         ${b.c('xendit', key.xendit(r))}\n      LOG_LEVEL:                 info`;
  }),
  T('mail', 'smtp-bounce-headers', (r, b) => {
    const p = person(r);
    return `${ts(r)} postfix/smtp[${r.int(1000, 99999)}]: ${r.hex(10).toUpperCase()}: to=<${b.p('email', p.email)}>, relay=mx.${p.email.split('@')[1]}[10.0.0.1]:25, delay=1.2, status=bounced (host said: 550 5.1.1 user unknown)\n--- debug transcript (smtp_tls_loglevel=2) ---\n>>> EHLO mailer-${r.int(1, 9)}.shop.example\n>>> AUTH PLAIN ${b.c('b64', b64(`\u0000orders@shop.example\u0000${r.password(16)}`))}\n<<< 235 2.7.0 Authentication successful\nTo: "${b.p('name', p.full)}" <${p.email}>\nSubject: Your order ${orderNo(r)} has shipped\nX-Shop-Ship-To: ${b.p('address', street(r, p.cc))}\nX-Trace: ${traceId(r)}`;
  }),
];
