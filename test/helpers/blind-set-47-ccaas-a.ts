import type { Ctx47 } from './blind-set-47-gen';

/** A template: its name, how many cases it makes, and the text maker. */
export type Tpl47 = readonly [name: string, count: number, make: (c: Ctx47) => string];

const REGIONS = ['mypurecloud.com', 'mypurecloud.ie', 'mypurecloud.de', 'usw2.pure.cloud', 'euw2.pure.cloud', 'mypurecloud.com.au'];

/** Genesys Cloud. */
export const genesys47: Tpl47[] = [
  ['env', 13, (c) => {
    const region = c.pick(REGIONS);
    return [
      '# genesys-sync worker',
      `GENESYS_CLOUD_REGION=${region}`,
      `GENESYS_CLOUD_CLIENT_ID=${c.r.uuid()}`,
      `GENESYS_CLOUD_CLIENT_SECRET=${c.c('oauth_client_secret', c.r.b64url(32))}`,
      `DATABASE_URL=postgres://gc_sync:${c.dbPass()}@pg-${c.lower(6)}.internal.contoso-cx.net:5432/interactions`,
      `LOG_LEVEL=${c.pick(['info', 'debug'])}`,
    ].join('\n');
  }],
  ['token-exchange', 13, (c) => {
    const id = c.r.uuid();
    const sec = c.r.b64url(32);
    const b = c.basic(id, sec);
    const tok = c.c('oauth_access_token', c.r.b64url(64));
    return [
      `POST https://login.${c.pick(REGIONS)}/oauth/token HTTP/1.1`,
      `Authorization: Basic ${b}`,
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'grant_type=client_credentials',
      '',
      'HTTP/1.1 200 OK',
      JSON.stringify({ access_token: tok, token_type: 'bearer', expires_in: 86399 }),
    ].join('\n');
  }],
  ['conversation-detail', 4, (c) => {
    const auth = `GET /api/v2/analytics/conversations/details HTTP/1.1\nAuthorization: Bearer ${c.c('oauth_access_token', c.r.b64url(64))}\n\n`;
    const name = c.name();
    const ph = c.phone('e164');
    const mail = c.email(name);
    return auth + JSON.stringify({
      conversationId: c.r.uuid(),
      conversationStart: '2025-11-03T14:22:08.512Z',
      participants: [
        { purpose: 'customer', participantName: name, sessions: [{ mediaType: 'voice', ani: `tel:${ph}`, dnis: `tel:+1800${c.r.int(2, 9)}${c.r.digits(6)}`, direction: 'inbound' }] },
        { purpose: 'agent', userId: c.r.uuid(), attributes: { 'Customer.Email': mail, 'Customer.DOB': c.dob(), 'Customer.Tier': 'gold' } },
      ],
    }, null, c.pick([0, 2]));
  }],
  ['data-action-log', 6, (c) => {
    const t = c.jwt({ iss: 'https://crm.contoso-cx.net', sub: 'genesys-data-action', aud: 'customer-api', exp: c.now() });
    const ph = c.phone('e164');
    return [
      `2025-11-03 09:14:55.201 DEBUG [data-action:Lookup Customer By ANI] request GET https://crm.contoso-cx.net/api/v2/customers?ani=${c.enc(ph)}`,
      `2025-11-03 09:14:55.202 DEBUG [data-action:Lookup Customer By ANI] headers {"Authorization":"Bearer ${t}","Accept":"application/json"}`,
      `2025-11-03 09:14:55.318 DEBUG [data-action:Lookup Customer By ANI] response 200 {"fullName":"${c.name()}","postal":"${c.address()}"}`,
    ].join('\n');
  }],
  ['recording-export-csv', 6, (c) => {
    const rows = ['conversation_id,start_utc,ani,customer_name,queue,recording_uri'];
    const n = c.r.int(1, 2);
    for (let i = 0; i < n; i++) {
      const key = c.awsKeyId(true);
      const tok = c.awsSession();
      rows.push(`${c.r.uuid()},2025-10-${10 + i}T1${i}:04:11Z,${c.phone('e164')},"${c.name()}",Billing-EN,"https://gc-rec-export.s3.eu-west-1.amazonaws.com/${c.r.uuid()}.opus?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${key}%2F20251010%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${c.enc(tok)}&X-Amz-Expires=3600&X-Amz-Signature=${c.r.hex(64)}"`);
    }
    return rows.join('\n');
  }],
];

/** Five9. */
export const five9: Tpl47[] = [
  ['soap-dump', 6, (c) => {
    const user = `${c.ascii(c.first())}.admin@contoso-cx.com`;
    const b = c.basic(user, c.r.password(14));
    return [
      'POST /wsadmin/v13/AdminWebService HTTP/1.1',
      'Host: api.five9.com',
      `Authorization: Basic ${b}`,
      'SOAPAction: ""',
      'Content-Type: text/xml;charset=UTF-8',
      '',
      `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ser="http://service.admin.ws.five9.com/"><soapenv:Body><ser:addRecordToList><listName>Collections_Q4</listName><record><values>${c.name()}</values><values>${c.phone('us')}</values></record></ser:addRecordToList></soapenv:Body></soapenv:Envelope>`,
    ].join('\n');
  }],
  ['connector-properties', 13, (c) => [
    '# five9-vcc-bridge application.properties',
    'five9.ws.endpoint=https://api.five9.eu/wsadmin/v13/AdminWebService',
    `five9.ws.username=svc_reporting_${c.r.digits(2)}`,
    `five9.ws.password=${c.password(c.r.int(12, 18))}`,
    `five9.stats.pollIntervalSec=30`,
    `spring.datasource.password=${c.dbPass()}`,
    `crm.api.key=${c.b62('api_key', 40)}`,
  ].join('\n')],
  ['contact-list-csv', 4, (c) => {
    const rows = ['number1,first_name,last_name,email,street,city,state,zip,balance_due'];
    const n = 1;
    for (let i = 0; i < n; i++) {
      const d = c.usPhoneDigits();
      const first = c.first();
      const last = c.last();
      c.p('phone', d);
      c.p('person_name', `${first},${last}`);
      rows.push(`${d},${first},${last},${c.email(`${first} ${last}`)},${c.r.int(10, 9999)} ${c.pick(['Oak St', 'Pine Rd', 'Ridge Ave'])},Dayton,OH,454${c.r.digits(2)},${c.r.int(40, 900)}.${c.r.digits(2)}`);
    }
    return rows.join('\n');
  }],
  ['screen-pop', 4, (c) => {
    const nm = c.rawName();
    const enc = encodeURIComponent(nm);
    c.p('person_name', enc);
    const ph = c.usPhoneDigits();
    c.p('phone', ph);
    return `[Five9 ADT] 11:02:41.339 screenPop interactionId=${c.r.hex(32).toUpperCase()} url=https://contoso.my.salesforce.com/apex/CallPop?ani=${ph}&callerName=${enc}&acct=${c.bankAccount(9)}&dob=${c.enc(c.dob())} target=_blank`;
  }],
];

/** Amazon Connect. */
export const connect47: Tpl47[] = [
  ['lambda-error', 13, (c) => {
    const k = c.awsKeyId(true);
    return [
      `START RequestId: ${c.r.uuid()} Version: $LATEST`,
      `2025-11-04T10:11:12.004Z\t${c.r.uuid()}\tERROR\tInvoke Error \t{"errorType":"CredentialsError","errorMessage":"Missing region in config","env":{"AWS_ACCESS_KEY_ID":"${k}","AWS_SECRET_ACCESS_KEY":"${c.awsSecret()}","AWS_SESSION_TOKEN":"${c.awsSession()}","CONNECT_INSTANCE_ID":"${c.r.uuid()}"}}`,
      `END RequestId: ${c.r.uuid()}`,
    ].join('\n');
  }],
  ['ctr', 4, (c) => JSON.stringify({
    AWSAccountId: c.r.digits(12),
    Channel: 'VOICE',
    ContactId: c.r.uuid(),
    CustomerEndpoint: { Address: c.phone('e164'), Type: 'TELEPHONE_NUMBER' },
    Attributes: { customerName: c.name(), accountNumber: c.bankAccount(8), sortCode: c.sortCode(), verifiedBy: 'DOB', dateOfBirth: c.dob() },
    Recording: { Location: `connect-rec-${c.r.hex(8)}/connect/contoso/CallRecordings/2025/11/04/x.wav`, Status: 'AVAILABLE' },
  })],
  ['contact-lens', 6, (c) => {
    const card = c.card(' ');
    const cv = c.cvv();
    return JSON.stringify({
      Version: '1.1.0',
      Transcript: [
        { ParticipantId: 'AGENT', Content: 'Can I take the long card number please?', BeginOffsetMillis: 41020 },
        { ParticipantId: 'CUSTOMER', Content: `Sure it's ${card}`, BeginOffsetMillis: 44870 },
        { ParticipantId: 'AGENT', Content: 'And the three digit code on the back?', BeginOffsetMillis: 52110 },
        { ParticipantId: 'CUSTOMER', Content: `${cv}.`, BeginOffsetMillis: 54002 },
        { ParticipantId: 'CUSTOMER', Content: `Billing address is ${c.address()}`, BeginOffsetMillis: 60230 },
      ],
    }, null, 1);
  }],
  ['lex-slots', 4, (c) => `[LexV2] sessionId=${c.r.uuid()} intent=VerifyIdentity state=Fulfilled slots={"FullName":{"value":{"interpretedValue":"${c.name()}"}},"SSN":{"value":{"originalValue":"${c.ssn(c.pick(['-', ' ', '']))}"}},"ZipCode":{"value":{"interpretedValue":"${c.r.digits(5)}"}},"CallbackNumber":{"value":{"interpretedValue":"${c.phone('e164')}"}}}`],
  ['terraform', 13, (c) => [
    'resource "aws_secretsmanager_secret_version" "connect_integrations" {',
    '  secret_id     = aws_secretsmanager_secret.connect_integrations.id',
    '  secret_string = jsonencode({',
    `    zendesk_api_token   = "${c.b62('zendesk_api_token', 40)}"`,
    `    salesforce_password = "${c.password(15)}"`,
    `    pagerduty_key       = "${c.hex('pagerduty_integration_key', 32)}"`,
    '  })',
    '}',
    '',
    'provider "aws" {',
    '  region     = "us-east-1"',
    `  access_key = "${c.awsKeyId()}"`,
    `  secret_key = "${c.awsSecret()}"`,
    '}',
  ].join('\n')],
];
