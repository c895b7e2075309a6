/**
 * Blind set 84: botocore DEBUG `Making request for OperationModel(...) with params: {...}` (Python
 * dict repr, bodies as bytes) for Secrets Manager, SSM, Cognito, SES, SNS and DynamoDB calls, and
 * zeep SOAP transport debug with WS-Security UsernameToken passwords and the faults that follow.
 */
import { pyBytesRepr, xmlEsc, type Ctx, type Json } from './blind-set-84-ctx';
import { card, cvc, iban } from './blind-set-84-money';
import { moment } from './blind-set-84-noise';
import { nationalId, person, ssn } from './blind-set-84-people';
import { pyJsonDumps, reprPy } from './blind-set-84-print';
import { ALNUM } from './blind-set-84-rng';
import { hubspotPat, openaiKey, sendgridKey, sfSession, stripeKey, stripeWhsec, twilioToken } from './blind-set-84-tokens';
import { password, serviceUser } from './blind-set-84-tokens2';

const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1'];

function ua(r: Ctx['r']): string {
  const v = r.pick(['1.34.69', '1.34.131', '1.35.10']);
  return `Boto3/${v} md/Botocore#${v} ua/2.0 os/linux#5.10.219-208.866.amzn2.x86_64 md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/${v}`;
}

/** botocore endpoint DEBUG line for one operation, the parser's response lines and the ClientError. */
export function botocoreDebug(ctx: Ctx): string {
  const r = ctx.r;
  const region = r.pick(REGIONS);
  const acct = r.digits(12);
  const k = r.int(0, 5);
  let svc: string;
  let op: string;
  let body: Json | string;
  let target = '';
  if (k === 0 || k === 1) {
    svc = k === 0 ? 'secretsmanager' : 'ssm';
    op = k === 0 ? r.pick(['PutSecretValue', 'CreateSecret']) : 'PutParameter';
    const which = r.int(0, 4);
    const secretObj: Record<string, Json> = which === 0 ? { api_key: ctx.cred('stripe-secret', stripeKey(r)), webhook_secret: ctx.cred('stripe-webhook-secret', stripeWhsec(r)) } : which === 1 ? { account_sid: `AC${r.hex(32)}`, auth_token: ctx.cred('twilio-token', twilioToken(r)) } : which === 2 ? { token: ctx.cred('hubspot-token', hubspotPat(r)) } : which === 3 ? { username: serviceUser(r), password: ctx.cred('password', password(r)), host: 'db-prod.cluster-c9xk2.eu-west-1.rds.amazonaws.com', port: 5432 } : { sendgrid: ctx.cred('sendgrid-key', sendgridKey(r)), openai: ctx.cred('openai-key', openaiKey(r)) };
    const str = pyJsonDumps(secretObj, false);
    body = k === 0 ? { [op === 'CreateSecret' ? 'Name' : 'SecretId']: `prod/${r.pick(['payments', 'crm', 'notify'])}/${r.pick(['api', 'credentials'])}`, SecretString: str, ClientRequestToken: r.uuid() } : { Name: `/prod/${r.pick(['crm', 'billing'])}/credentials`, Value: str, Type: 'SecureString', Overwrite: true };
    target = k === 0 ? `secretsmanager.${op}` : `AmazonSSM.${op}`;
  } else if (k === 2) {
    svc = 'cognito-idp';
    op = 'AdminCreateUser';
    const p = person(r);
    const attrs: Json[] = [{ Name: 'email', Value: ctx.pers('email', p.email) }, { Name: 'phone_number', Value: ctx.pers('phone', p.phone) }, { Name: 'name', Value: ctx.pers('name', p.name) }];
    if (r.chance(0.5)) attrs.push({ Name: 'birthdate', Value: ctx.pers('dob', p.dob) });
    body = { UserPoolId: `${region}_${r.chars(ALNUM, 9)}`, Username: ctx.pers('email', p.email), UserAttributes: attrs, TemporaryPassword: ctx.cred('password', password(r)), MessageAction: 'SUPPRESS' };
    target = 'AWSCognitoIdentityProviderService.AdminCreateUser';
  } else if (k === 3) {
    svc = r.pick(['email', 'sns']);
    const p = person(r);
    op = svc === 'email' ? 'SendEmail' : 'Publish';
    body = svc === 'email' ? { Action: 'SendEmail', Version: '2010-12-01', Source: 'noreply@acmecorp.com', 'Destination.ToAddresses.member.1': ctx.pers('email', p.email), 'Message.Subject.Data': 'Your statement is ready', 'Message.Body.Text.Data': `Hi ${ctx.pers('name', p.name)}, your statement for account ending ${r.digits(4)} is ready.` } : { Action: 'Publish', Version: '2010-03-31', PhoneNumber: ctx.pers('phone', p.phone), Message: `Acme: your delivery to ${ctx.pers('address', p.street)} is delayed.` };
  } else if (k === 4) {
    svc = 'dynamodb';
    op = 'PutItem';
    const p = person(r);
    const ib = iban(r, false);
    body = { TableName: r.pick(['payees', 'customers-prod']), Item: { pk: { S: `PAYEE#${r.uuid()}` }, name: { S: ctx.pers('name', p.name) }, email: { S: ctx.pers('email', p.email) }, iban: { S: ctx.fin('iban', ib.electronic) }, ssn: { S: ctx.pers('ssn', ssn(r)) } }, ConditionExpression: 'attribute_not_exists(pk)' };
    target = 'DynamoDB_20120810.PutItem';
  } else {
    svc = 'lambda';
    op = 'Invoke';
    const p = person(r);
    const c = card(r);
    const id = nationalId(r);
    body = pyJsonDumps({ action: 'tokenize', card_number: ctx.fin('card', c.printed), cvv: ctx.fin('cvc', cvc(r, c)), holder: ctx.pers('name', p.name), national_id: ctx.pers(id.kind, id.value) });
  }
  const m = moment(r);
  const log = (name: string, lvl: string, msg: string) => `${m.log} ${name} [${lvl}] ${msg}`;
  const isQuery = svc === 'email' || svc === 'sns';
  const headers: Record<string, string> = isQuery ? { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', 'User-Agent': ua(r) } : { 'X-Amz-Target': target, 'Content-Type': 'application/x-amz-json-1.1', 'User-Agent': ua(r) };
  if (svc === 'lambda') delete headers['X-Amz-Target'];
  const bodyShown = isQuery ? reprPy(body as Json) : pyBytesRepr(typeof body === 'string' ? body : pyJsonDumps(body));
  const host = svc === 'email' ? `email.${region}.amazonaws.com` : `${svc}.${region}.amazonaws.com`;
  const path = svc === 'lambda' ? `/2015-03-31/functions/${r.pick(['card-vault-tokenize', 'kyc-check'])}/invocations` : '/';
  const params = `{'url_path': '${path}', 'query_string': ${svc === 'lambda' ? '{}' : "''"}, 'method': 'POST', 'headers': ${reprPy(headers)}, 'body': ${bodyShown}, 'auth_path': None, 'url': 'https://${host}${path}', 'context': {'client_region': '${region}', 'client_config': <botocore.config.Config object at 0x7f${r.hex(10)}>, 'has_streaming_input': False, 'auth_type': None, 'unsigned_payload': None}}`;
  const errCode = r.pick(['AccessDeniedException', 'ValidationException', 'ThrottlingException']);
  const errMsg = errCode === 'AccessDeniedException' ? `User: arn:aws:sts::${acct}:assumed-role/${r.pick(['integrations-task', 'crm-sync-role'])}/${r.hex(32)} is not authorized to perform: ${svc}:${op} because no identity-based policy allows the ${svc}:${op} action` : errCode === 'ThrottlingException' ? 'Rate exceeded' : '1 validation error detected';
  return [
    log('botocore.hooks', 'DEBUG', `Event before-call.${svc}.${op}: calling handler <function add_recursion_detection_header at 0x7f${r.hex(10)}>`),
    log('botocore.endpoint', 'DEBUG', `Making request for OperationModel(name=${op}) with params: ${params}`),
    log('botocore.parsers', 'DEBUG', `Response headers: {'x-amzn-RequestId': '${r.uuid()}', 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': '${r.int(90, 400)}', 'Date': '${m.http}'}`),
    log('botocore.parsers', 'DEBUG', `Response body:\n${pyBytesRepr(JSON.stringify({ __type: errCode, message: errMsg }))}`),
    `botocore.exceptions.ClientError: An error occurred (${errCode}) when calling the ${op} operation: ${errMsg}`,
  ].join('\n');
}

/** zeep transport debug: the SOAP envelope posted (WS-Security or a passport) and the fault returned. */
export function zeepSoap(ctx: Ctx): string {
  const r = ctx.r;
  const p = person(r);
  const k = r.int(0, 3);
  const user = k === 1 ? ctx.pers('email', p.email) : `${serviceUser(r)}@${r.pick(['acmecorp', 'acme_prod', 'northwind'])}`;
  const pass = ctx.cred('password', password(r));
  const wsse = `    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n      <wsse:UsernameToken>\n        <wsse:Username>${xmlEsc(user)}</wsse:Username>\n        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${xmlEsc(pass)}</wsse:Password>\n      </wsse:UsernameToken>\n    </wsse:Security>\n`;
  let url: string;
  let header = '';
  let bodyXml: string;
  let fault: string;
  if (k === 0) {
    url = `https://${r.pick(['b2b.partnerbank.de', 'ws.clearing-gw.eu'])}/ws/PaymentService`;
    header = wsse;
    const ib = iban(r);
    bodyXml = `    <ns0:SubmitTransfer xmlns:ns0="urn:partnerbank:payments:v3">\n      <ns0:Debtor>\n        <ns0:Name>${xmlEsc(ctx.pers('name', p.name))}</ns0:Name>\n        <ns0:IBAN>${ctx.fin('iban', ib.electronic)}</ns0:IBAN>\n      </ns0:Debtor>\n      <ns0:Amount currency="EUR">${r.int(10, 9000)}.${r.digits(2)}</ns0:Amount>\n    </ns0:SubmitTransfer>\n`;
    fault = `<faultcode>soapenv:Client</faultcode><faultstring>Security token could not be authenticated or authorized</faultstring>`;
  } else if (k === 1) {
    url = `https://login.salesforce.com/services/Soap/u/${r.pick(['58.0', '59.0'])}`;
    bodyXml = `    <ns0:login xmlns:ns0="urn:partner.soap.sforce.com">\n      <ns0:username>${xmlEsc(user)}</ns0:username>\n      <ns0:password>${xmlEsc(pass)}</ns0:password>\n    </ns0:login>\n`;
    fault = `<faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring>`;
    if (r.chance(0.3)) fault = `<loginResponse><result><metadataServerUrl>https://acmecorp.my.salesforce.com/services/Soap/m/59.0/00D${r.chars(ALNUM, 12)}</metadataServerUrl><passwordExpired>false</passwordExpired><sessionId>${ctx.cred('salesforce-session', sfSession(r))}</sessionId></result></loginResponse>`;
  } else if (k === 2) {
    url = `https://webservices.netsuite.com/services/NetSuitePort_${r.pick(['2023_2', '2024_1'])}`;
    header = `    <ns0:passport xmlns:ns0="urn:messages_2023_2.platform.webservices.netsuite.com" xmlns:ns1="urn:core_2023_2.platform.webservices.netsuite.com">\n      <ns1:email>${xmlEsc(user)}</ns1:email>\n      <ns1:password>${xmlEsc(pass)}</ns1:password>\n      <ns1:account>${r.int(1000000, 9999999)}</ns1:account>\n      <ns1:role internalId="3"/>\n    </ns0:passport>\n`;
    bodyXml = `    <ns0:get xmlns:ns0="urn:messages_2023_2.platform.webservices.netsuite.com">\n      <ns0:baseRef internalId="${r.int(1000, 99999)}" type="vendor"/>\n    </ns0:get>\n`;
    fault = `<faultcode>soapenv:Server.userException</faultcode><faultstring>Invalid login attempt.</faultstring>`;
  } else {
    url = `https://wd3-services1.myworkday.com/ccx/service/${r.pick(['acmecorp', 'northwind'])}/Human_Resources/v42.0`;
    header = wsse;
    const id = r.chance(0.5) ? { kind: 'ssn', value: ssn(r) } : nationalId(r);
    bodyXml = `    <wd:Put_Applicant_Request xmlns:wd="urn:com.workday/bsvc">\n      <wd:Applicant_Data>\n        <wd:Personal_Data>\n          <wd:Name_Data><wd:Legal_Name_Data><wd:Name_Detail_Data wd:Formatted_Name="${xmlEsc(ctx.pers('name', p.name))}"/></wd:Legal_Name_Data></wd:Name_Data>\n          <wd:Birth_Date>${ctx.pers('dob', p.dob)}</wd:Birth_Date>\n          <wd:National_ID_Data><wd:ID>${ctx.pers(id.kind, id.value)}</wd:ID></wd:National_ID_Data>\n        </wd:Personal_Data>\n      </wd:Applicant_Data>\n    </wd:Put_Applicant_Request>\n`;
    fault = `<faultcode>SOAP-ENV:Client.authenticationError</faultcode><faultstring>invalid username or password</faultstring>`;
  }
  const env = `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap-env:Header>\n${header}  </soap-env:Header>\n  <soap-env:Body>\n${bodyXml}  </soap-env:Body>\n</soap-env:Envelope>\n`;
  const status = fault.startsWith('<loginResponse') ? 200 : 500;
  const resp = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${status === 200 ? fault : `<soapenv:Fault>${fault}</soapenv:Fault>`}</soapenv:Body></soapenv:Envelope>`;
  const tail = status === 200 ? `${moment(r).log} ERROR sync.worker: describeSObjects failed after login: zeep.exceptions.Fault: INVALID_TYPE: sObject type 'Payee__c' is not supported.` : `zeep.exceptions.Fault: ${/<faultstring>([^<]*)</.exec(fault)![1]}`;
  return `DEBUG:zeep.transports:HTTP Post to ${url}:\n<?xml version='1.0' encoding='utf-8'?>\n${env}DEBUG:zeep.transports:HTTP Response from ${url} (status: ${status}):\n${resp}\n${tail}`;
}
