import { DIGITS, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `ins`: policy administration and claims, rating, FNOL, adjusters and repair shops. */
export const INS: Tpl[] = [
  ['guidewire-cc-log', 6, (r, v) => {
    const host = r.pick(['gwcc-db01.corp.statewide-mutual.com', 'sqlcc-prd.int.harborline-ins.net', '10.40.12.7']);
    const name = g.fullName(r);
    return `${g.logTs(r)} ERROR [ClaimCenter-BatchProcess-${r.int(1, 9)}] com.guidewire.pl.system.database.DatabaseManager - Unable to open pool
  jdbc-url="jdbc:sqlserver://${host}:1433;databaseName=ClaimCenter;user=gwcc_app;password=${v.c('db-password', g.pw(r))};encrypt=true"
${g.logTs(r)} WARN  [ClaimCenter-Web-${r.int(10, 60)}] ClaimContactSync - contact=${r.digits(6)} name="${v.p('person-name', name)}" homePhone=${v.p('phone', g.phone(r))} claim=${g.claimNo(r)}`;
  }],
  ['guidewire-cloud-api', 4, (r, v) => {
    const name = g.fullName(r);
    return `POST /rest/claim/v1/claims/${g.claimNo(r)}/contacts HTTP/1.1
Host: ${r.pick(['cc-prod', 'claims', 'gwcc'])}.${r.pick(['acme-ins', 'bluepeak', 'northfield'])}.guidewire.net
Authorization: Bearer ${v.c('jwt', g.jwt(r, { iss: 'https://guidewire-hub.okta.com/oauth2/aus' + r.b62(16), scp: ['cc.service'] }, 'RS256'))}
Content-Type: application/json
GW-Checksum: ${r.digits(4)}

{"data":{"attributes":{"contactSubtype":"Person","firstName":"${name.split(' ')[0]}","lastName":"${name.split(' ').pop()}","dateOfBirth":"${v.p('dob', g.dob(r, 0))}","primaryAddress":{"addressLine1":"${v.p('street-address', g.streetLine(r))}","city":"Plano","state":{"code":"TX"}},"cellPhone":{"displayValue":"${v.p('phone', g.phone(r))}"},"emailAddress1":"${v.p('email', g.emailFor(r, name))}"}}}`;
  }],
  ['guidewire-database-config', 9, (r, v) => `<?xml version="1.0"?>
<database-config xmlns="http://guidewire.com/database-config">
  <database name="PolicyCenterDatabase" dbtype="oracle" env="prod">
    <dbcp-connection-pool jdbc-url="jdbc:oracle:thin:@//pcdb-${r.int(1, 4)}.ora.internal:1521/PCPRD" username="pcadmin" password="${v.c('db-password', g.pw(r))}"/>
  </database>
  <archiving><s3 accessKeyId="${v.c('aws-key-id', g.awsKeyId(r))}" secretKey="${v.c('aws-secret', g.awsSecret(r))}" bucket="pc-archive-prd"/></archiving>
</database-config>`],
  ['duckcreek-appsettings', 9, (r, v) => {
    const ns = r.pick(['dc-ondemand-prd', 'duckcreek-billing', 'dcpolicy-events']);
    return `{
  "ConnectionStrings": {
    "Policy": "Server=tcp:dcsql-${r.int(1, 9)}.database.windows.net,1433;Initial Catalog=DCT_Policy;User ID=dct_svc;Password=${v.c('db-password', g.hardPw(r))};Encrypt=True;",
    "Events": "Endpoint=sb://${ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${v.c('azure-sas-key', r.b64(32))}"
  },
  "AzureAd": { "TenantId": "${r.uuid()}", "ClientId": "${r.uuid()}", "ClientSecret": "${v.c('azure-client-secret', g.azureSecret(r))}" },
  "Rating": { "Endpoint": "https://rating.duckcreek.cloud/api/v2", "Timeout": 30 }
}`;
  }],
  ['applied-epic-sdk-trace', 6, (r, v) => {
    const name = g.fullName(r);
    return `System.ServiceModel.FaultException\`1[AppliedSystems.Epic.SDK.Fault]: Client lookup failed for "${v.p('person-name', name)}" (SSN ${v.p('ssn', g.ssn(r))})
   at AppliedSystems.Epic.SDK.EpicSDKClient.Get_Client(MessageHeader header, ClientFilter filter)
   at Broker.Sync.EpicClientService.Pull(String database) in C:\\src\\broker-sync\\EpicClientService.cs:line ${r.int(40, 400)}
   -- header: DatabaseName=${r.pick(['EPICPROD', 'EPIC_LIVE', 'APPLIEDEPIC01'])}; AuthenticationKey=${v.c('api-key', r.chars(g.HEXU, 8) + '-' + r.b62(24))}; CultureCode=en-US`;
  }],
  ['vertafore-ams360-soap', 6, (r, v) => {
    const name = g.fullName(r);
    const [st, dl] = g.driverLicence(r);
    return `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ws="http://www.WSAPI.AMS360.com/v3.0">
 <soap:Header><ws:WSAPIAuthToken><ws:AgencyNo>${r.digits(7)}</ws:AgencyNo><ws:LoginId>api_${g.first(r).toLowerCase()}</ws:LoginId><ws:Password>${v.c('password', g.pw(r))}</ws:Password><ws:EmployeeCode>!${r.chars(UPPER, 2)}</ws:EmployeeCode></ws:WSAPIAuthToken></soap:Header>
 <soap:Body><ws:InsertCustomer><ws:Customer><ws:FirmName/><ws:FirstName>${name.split(' ')[0]}</ws:FirstName><ws:LastName>${v.p('person-name', name.split(' ').pop()!)}</ws:LastName>
  <ws:DateOfBirth>${v.p('dob', g.dob(r, 0))}T00:00:00</ws:DateOfBirth><ws:DriversLicenseNumber>${v.p('driver-licence', dl)}</ws:DriversLicenseNumber><ws:DriversLicenseState>${st}</ws:DriversLicenseState>
 </ws:Customer></ws:InsertCustomer></soap:Body></soap:Envelope>`;
  }],
  ['fnol-intake-json', 3, (r, v) => {
    const name = g.fullName(r);
    return JSON.stringify({ event: 'fnol.created', claim: { lossType: r.pick(['auto_collision', 'water_damage', 'hail', 'theft']), lossDate: '2026-0' + r.int(1, 9) + '-1' + r.int(0, 9), description: 'Rear-ended at light, airbags deployed' },
      reporter: { name: v.p('person-name', name), mobile: v.p('phone', g.phone(r)), email: v.p('email', g.emailFor(r, name)), deviceIp: v.p('ipv4', g.ipv4(r)) },
      location: { gps: v.p('geo', g.geo(r)), accuracyM: r.int(3, 20) }, channel: r.pick(['hi-marley-sms', 'snapsheet-app', 'ivr']) }, null, r.pick([0, 2]));
  }],
  ['rating-quote-request', 4, (r, v) => {
    const name = g.fullName(r);
    const [st, dl] = g.driverLicence(r);
    return `curl -s https://api.${r.pick(['boldpenguin.com/quotes/v3', 'coterieinsurance.com/v1/quotes', 'rater.zywave.com/v2/auto'])} \\
  -H 'x-api-key: ${v.c('api-key', r.b62(40))}' -H 'Content-Type: application/json' \\
  -d '{"applicant":{"name":"${v.p('person-name', name)}","dob":"${v.p('dob', g.dob(r, 1))}","ssn":"${v.p('ssn', g.ssn(r, r.next() < 0.5))}"},"drivers":[{"licenseNumber":"${v.p('driver-licence', dl)}","licenseState":"${st}"}],"garaging":{"street":"${v.p('street-address', g.streetLine(r))}"}}'`;
  }],
  ['adjuster-chat-ach', 4, (r, v) => {
    const name = g.fullName(r);
    return `[${r.int(8, 17)}:${r.int(10, 59)}] ${g.first(r)} (Field Adjuster): ok insured ${v.p('person-name', name)} confirmed on the call, she wants the ACV check by direct deposit instead —
routing ${v.f('routing', g.aba(r))} / acct ${v.f('bank-account', g.account(r))} (${r.pick(['Chase', 'Wells Fargo', 'USAA', 'Navy Federal'])} checking). Cell is ${v.p('phone', g.phone(r))}, can someone in payments set up the EFT on ${g.claimNo(r)}?`;
  }],
  ['repair-shop-properties', 6, (r, v) => `# ccc-one-connector.properties  (shop #${r.digits(5)})
ccc.secure.share.endpoint=https://api.cccis.com/secureshare/v2
ccc.secure.share.app.id=${r.uuid()}
ccc.secure.share.app.secret=${v.c('api-secret', r.b64url(32))}
mitchell.cloud.password=${v.c('password', g.pw(r))}
payee.tax.id=${v.f('ein', g.ein(r))}
payee.ach.routing=${v.f('routing', g.aba(r))}
payee.ach.account=${v.f('bank-account', g.account(r))}`],
  ['clue-order-sftp', 4, (r, v) => {
    const name = g.fullName(r);
    return `# lexisnexis-clue.yml
sftp:
  host: sftp.risk.lexisnexis.com
  username: ${r.pick(['hmi', 'ncg', 'apx'])}${r.digits(6)}
  password: "${v.c('password', g.hardPw(r))}"
---
ORDER|${r.digits(10)}|CLUE-AUTO|${v.p('person-name', name.toUpperCase())}|${v.p('dob', g.dob(r, 1))}|${v.p('ssn', g.ssn(r, false))}|${v.p('street-address', g.streetLine(r).toUpperCase())}`;
  }],
  ['claim-payments-csv', 4, (r, v) => {
    const rows = [0, 1, 2].map(() => `${g.claimNo(r)},"${v.p('person-name', g.fullName(r))}",${v.f('routing', g.aba(r))},${v.f('bank-account', g.account(r))},${g.money(r)},${r.pick(['ACV', 'RCV-holdback', 'Rental', 'Deductible-refund'])}`);
    return `claim_number,payee_name,aba_routing,dda_account,amount,payment_type\n${rows.join('\n')}`;
  }],
  ['socotra-auth', 8, (r, v) => {
    const t = v.c('jwt', g.jwt(r, { 'https://socotra.com/tenant': r.pick(['acme-pc', 'lemonade-like', 'carrier-x']), hostName: 'configeditor' }, 'HS256'));
    return `$ curl -X POST https://api.sandbox.socotra.com/account/authenticate -d '{"username":"${g.first(r).toLowerCase()}.ops","password":"${v.c('password', g.pw(r))}","hostName":"carrier-prd.co.socotra.com"}'
{"authorizationToken":"${t}","expiresTimestamp":"${1780000000 + r.int(0, 1e6)}000"}`;
  }],
  ['premium-billing-env', 9, (r, v) => `# premium-billing/.env.production
STRIPE_SECRET_KEY=${v.c('stripe-secret', g.stripeSecret(r))}
STRIPE_WEBHOOK_SECRET=${v.c('stripe-webhook-secret', g.whsec(r))}
STRIPE_PUBLISHABLE_KEY=pk_live_${r.b62(24)}
DWOLLA_KEY=${r.b62(50)}
DWOLLA_SECRET=${v.c('api-secret', r.b62(50))}
ACH_ORIGINATOR_ROUTING=${v.f('routing', g.aba(r))}
ACH_ORIGINATOR_ACCOUNT=${v.f('bank-account', g.account(r))}
SENTRY_ENVIRONMENT=production`],
  ['subrogation-email', 3, (r, v) => {
    const a = g.fullName(r), b = g.fullName(r);
    return `From: ${v.p('person-name', a)} <${v.p('email', g.emailFor(r, a))}>
To: subro@${r.pick(['arbitrationforums.org', 'subro-recovery.com'])}
Subject: Re: Subrogation demand ${g.claimNo(r)} — tortfeasor info
Date: Tue, ${r.int(1, 28)} Apr 2026 ${r.int(10, 18)}:${r.int(10, 59)}:0${r.int(0, 9)} -0500

Adverse driver: ${v.p('person-name', b)}, DOB ${v.p('dob', g.dob(r, 1))}, ${v.p('street-address', g.address(r))}.
Her carrier wouldn't confirm coverage so I pulled the SSN off the police report: ${v.p('ssn', g.ssn(r))}.`;
  }],
  ['policyholder-sql', 4, (r, v) => {
    const fn = g.first(r), ln = g.last(r);
    return `INSERT INTO pc_policyholder (policy_no, first_nm, last_nm, ssn_tin, birth_dt, email_addr, pay_iban) VALUES ('${g.policyNo(r)}', '${fn}', '${v.p('person-name', ln.replace("'", "''"))}', '${v.p('ssn', g.ssn(r, false))}', DATE '${v.p('dob', g.dob(r, 0))}', '${v.p('email', g.emailFor(r, fn + ' ' + ln))}', '${v.f('iban', g.iban(r))}');`;
  }],
  ['rating-engine-traceback', 8, (r, v) => `Traceback (most recent call last):
  File "/srv/rater/rating/engine.py", line ${r.int(40, 300)}, in price_policy
    conn = psycopg2.connect(dsn)
  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "rater-pg.${r.pick(['internal', 'svc.cluster.local'])}" failed
  dsn = 'postgresql://rater:${v.c('db-password', g.urlPw(r))}@rater-pg:5432/rates?sslmode=require'
  verisk_iso_token = '${v.c('api-key', r.b64url(33))}'`],
  ['insurtech-openai-config', 9, (r, v) => `[claims_triage]
model = "gpt-4o-mini"
openai_api_key = "${v.c('openai-key', g.openai(r))}"
anthropic_api_key = "${v.c('anthropic-key', g.anthropic(r))}"
max_tokens = 1024
notify_webhook = "${v.c('webhook-url', g.slackHook(r))}"`],
  ['medicare-section111', 4, (r, v) => {
    const name = g.fullName(r);
    const mbi = `${r.int(1, 9)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 1)}${r.chars('ACDEFGHJKMNPQRTUVWXY' + DIGITS, 1)}${r.digits(1)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 1)}${r.chars('ACDEFGHJKMNPQRTUVWXY' + DIGITS, 1)}${r.digits(1)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 2)}${r.digits(2)}`;
    return `Section 111 query response — RRE ${r.digits(9)}
Injured party: ${v.p('person-name', name)}    MBI: ${v.p('mbi', mbi)}    DOB: ${v.p('dob', g.dob(r, 1))}    Gender: ${r.pick(['F', 'M'])}
Medicare entitlement: Y   ORM indicator: Y   TIN of RRE: ${v.f('ein', g.ein(r))}`;
  }],
];
