import type { Area51 } from './blind-set-51-ctx';

/** Dealer management systems, dealer CRM, F&I desks. */
export const DEALER51: Area51 = {
  area: 'dealer',
  templates: [
    {
      name: 'fortellis-curl',
      n: 5,
      make: (c) => {
        const jwt = c.jwt({ iss: 'https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7', sub: c.b62(20), aud: 'api_providers', scp: ['anonymous'], exp: c.epoch(), cid: c.b62(20) }, 'oauth_access_token');
        const p = c.person();
        const full = c.pers('person_name', p.full);
        return `$ curl -sS 'https://api.fortellis.io/cdk/drive/customerinformation/v2/customers/${c.digits(7)}' \\
  -H 'Authorization: Bearer ${jwt}' \\
  -H 'Subscription-Id: ${c.uuid()}' \\
  -H 'Request-Id: ${c.uuid()}' -H 'Accept: application/json'
{"customerId":"${c.digits(7)}","customerType":"INDIVIDUAL","name":{"fullName":"${full}","firstName":"${p.first}","lastName":"${p.last}"},
 "emails":[{"type":"HOME","value":"${c.emailOf(p.first, p.last)}"}],"phones":[{"type":"CELL","number":"${c.phone(2)}"}],
 "postalAddress":{"line1":"${c.street()}","city":"${c.cityOf()[0]}"},"dealerId":"3PA${c.digits(5)}"}`;
      },
    },
    {
      name: 'reynolds-soap',
      n: 5,
      make: (c) => {
        const pw = c.pw();
        const full = c.name();
        return `2024-${String(c.int(1, 12)).padStart(2, '0')}-14 09:12:44,118 DEBUG [rci-outbound-7] o.a.cxf.services.CustomerService - Outbound Message
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
 <soapenv:Header><wsse:Security><wsse:UsernameToken>
  <wsse:Username>rci_${c.lownum(6)}</wsse:Username>
  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pw}</wsse:Password>
 </wsse:UsernameToken></wsse:Security></soapenv:Header>
 <soapenv:Body><rey:CustomerInsertRq xmlns:rey="http://www.reyrey.com/rci/schema"><DealerNumber>PPS${c.digits(4)}</DealerNumber>
  <Customer><NameRecId>${c.digits(8)}</NameRecId><Name>${full}</Name><Address>${c.address()}</Address><HomePhone>${c.phone(0)}</HomePhone></Customer>
 </rey:CustomerInsertRq></soapenv:Body></soapenv:Envelope>`;
      },
    },
    {
      name: 'dms-sync-env',
      n: 11,
      make: (c) => `# dealertrack-dms-sync / .env.production  (rooftop ${c.int(100, 999)})
NODE_ENV=production
DEALERTRACK_DMS_USER=opentrack_${c.lownum(5)}
DEALERTRACK_DMS_PASSWORD=${c.pw()}
DATABASE_URL=postgres://dms_sync:${c.urlPw()}@${c.host()}.c${c.lownum(10)}.us-east-1.rds.amazonaws.com:5432/dms
SENDGRID_API_KEY=${c.sendgrid()}
TWILIO_ACCOUNT_SID=AC${c.hex(32)}
TWILIO_AUTH_TOKEN=${c.twilio()}
LOG_LEVEL=info
`,
    },
    {
      name: 'vinsolutions-node',
      n: 5,
      make: (c) => {
        const key = c.alnum(32, 'api_key');
        const jwt = c.jwt({ iss: 'https://authentication.vinsolutions.com', client_id: `${c.lownum(8)}.apps`, scope: ['PublicAPI'], exp: c.epoch() }, 'oauth_access_token');
        const p = c.person();
        return `AxiosError: Request failed with status code 422
    at settle (/srv/lead-bridge/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/srv/lead-bridge/node_modules/axios/lib/adapters/http.js:589:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    url: 'https://api.vinsolutions.com/leads',
    method: 'post',
    headers: { 'Content-Type': 'application/vnd.coxauto.v3+json', api_key: '${key}', Authorization: 'Bearer ${jwt}' },
    data: '{"leadSource":${c.int(10000, 99999)},"leadType":"INTERNET","customer":{"firstName":"${p.first}","lastName":"${p.last}","fullName":"${c.pers('person_name', p.full)}","emailAddress":"${c.emailOf(p.first, p.last)}","phoneNumber":"${c.phone(1)}"}}'
  },
  response: { status: 422, data: { message: 'dealerId is required' } }
}`;
      },
    },
    {
      name: 'adf-lead',
      n: 5,
      make: (c) => `<?xml version="1.0"?>
<?adf version="1.0"?>
<adf><prospect status="new"><requestdate>${c.ts()}</requestdate>
 <vehicle interest="buy" status="${c.pick(['new', 'used'])}"><year>${c.int(2019, 2025)}</year><make>${c.pick(['Toyota', 'Ford', 'Honda', 'Kia', 'Chevrolet'])}</make><model>${c.pick(['RAV4', 'F-150', 'CR-V', 'Telluride', 'Silverado 1500'])}</model><vin>${c.vin()}</vin><stock>${c.stock()}</stock></vehicle>
 <customer><contact primarycontact="1"><name part="full">${c.name()}</name>
  <email>${c.email()}</email><phone type="cellphone">${c.phone(2)}</phone>
  <address type="home"><street line="1">${c.street()}</street></address></contact>
  <comments>Is this still available? Trading in my ${c.int(2012, 2019)} Civic, ~${c.int(60, 140)}k miles.</comments></customer>
 <vendor><vendorname>${c.pick(['Sunrise Toyota', 'Lakeside Ford', 'Metro Honda'])}</vendorname></vendor>
 <provider><name part="full">${c.pick(['Cars.com', 'AutoTrader', 'CarGurus', 'TrueCar'])}</name></provider></prospect></adf>
-- relayed by lead-router: POST https://crm.${c.pick(['dealerfire', 'drivecentric', 'promax'])}.example/adf/ingest?access_token=${c.hexSecret(40, 'api_key')}`,
    },
    {
      name: 'deal-jacket-sql',
      n: 5,
      make: (c) => `-- restore from fi_prod dump, deal_jacket table (deal ${c.digits(6)})
-- psql "postgresql://fi_admin:${c.urlPw()}@${c.host()}.fi.internal:5432/fi_prod" -f deal_jacket.sql
INSERT INTO deal_jacket (deal_no, buyer_name, buyer_ssn, buyer_dob, dl_number, dl_state, vin, amount_financed, apr, term)
VALUES (${c.digits(6)}, '${c.name()}', '${c.ssn()}', '${c.dob()}', '${c.dl()}', '${c.pick(['TX', 'AZ', 'GA', 'OH', 'FL'])}', '${c.vin()}', ${c.int(18000, 62000)}.00, ${c.int(3, 14)}.${c.digits(2)}, ${c.pick([60, 72, 84])});`,
    },
    {
      name: 'credit-app-json',
      n: 8,
      make: (c) => `POST /creditapp/v1/applications HTTP/1.1
Host: api.routeone.net
X-R1-Dealer-Id: ${c.upnum(5)}
X-R1-Api-Key: ${c.alnum(40, 'api_key')}
Content-Type: application/json

{"applicationType":"INDIVIDUAL","applicant":{"name":"${c.name()}","ssn":"${c.ssn()}","dateOfBirth":"${c.dob()}","address":"${c.address()}",
 "employment":{"employer":"${c.pick(['Amazon Fulfillment', 'Baptist Health', 'City of Tampa', 'Kroger'])}","monthlyIncome":${c.int(2800, 12000)}},
 "bank":{"routingNumber":"${c.routing()}","accountNumber":"${c.account()}"}},"vehicle":{"vin":"${c.vin()}","mileage":${c.int(5, 90000)}}}`,
    },
    {
      name: 'salesforce-java',
      n: 11,
      make: (c) => `com.sforce.ws.ConnectionException: Failed to send request to https://${c.lownum(8)}-dealer.my.salesforce.com/services/Soap/u/59.0
	at com.sforce.ws.transport.SoapConnection.send(SoapConnection.java:143)
	at com.dealergroup.crm.SalesforceSync.login(SalesforceSync.java:88)
Caused by: config dump:
  sf.username=integration@${c.pick(['autonation-demo', 'lithia-int', 'group1auto'])}.com.crm
  sf.password=${c.pw()}
  sf.securityToken=${c.alnum(24, 'salesforce_security_token')}
  sf.sessionId=${c.cred('salesforce_session', `00D${c.b62(12)}!AQ${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 94)}`)}`,
    },
    {
      name: 'chat-transcript',
      n: 8,
      make: (c) => {
        const p = c.person();
        return `[Dealer website chat — ${c.pick(['Gubagoo', 'CarNow', 'LivePerson'])} transcript #${c.digits(7)}]
${c.ts()} Visitor: hi, this is ${c.pers('person_name', p.full)}, I want to hold the ${c.pick(['blue Tacoma', 'white Model Y', 'gray Tucson'])} stock ${c.stock()}
${c.ts()} Agent Kelly: Sure! We can take a $500 refundable deposit. Best number to reach you?
${c.ts()} Visitor: ${c.phone(0)} or email ${c.emailOf(p.first, p.last)}
${c.ts()} Visitor: card is ${c.card()} exp ${c.int(1, 12)}/${c.int(26, 30)} cvv ${c.cvv()}
${c.ts()} Agent Kelly: Thanks, please don't post card numbers here — I'll send a secure link.`;
      },
    },
    {
      name: 'elead-properties',
      n: 11,
      make: (c) => `# elead-connector.properties
elead.api.base=https://openapi.elead-crm.com
elead.oauth.client_id=${c.uuid()}
elead.oauth.client_secret=${c.alnum(40, 'oauth_client_secret')}
spring.datasource.url=jdbc:sqlserver://${c.host()}.dealer.local:1433;databaseName=CRM
spring.datasource.username=svc_elead
spring.datasource.password=${c.pw()}
spring.mail.password=${c.pw(14)}
management.endpoints.web.exposure.include=health,info`,
    },
  ],
};
