import { sigHex, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { app, born, dob, hcase, host, mail, name, nid, reqId } from './blind-set-69-kit';
import { T, aba, account, basic, docusignToken, jwt, pemKey } from './blind-set-69-tokens';

const authHost = (c: Ctx69): string => c.pick(['account.docusign.com', 'account-d.docusign.com']);
const assertion = (c: Ctx69, ik: string): string =>
  jwt(c.r, { alg: 'RS256', typ: 'JWT' }, { iss: ik, sub: c.r.uuid(), aud: authHost(c), iat: c.unix(), exp: c.unix() + 3600, scope: 'signature impersonation' });

/** DocuSign eSignature failures: JWT grant, auth code grant, Connect HMAC, envelopes with tab data. */
export const DOCUSIGN: Tpl69[] = [
  tpl('docusign', 'jwt-consent-required', (c) => {
    const a = c.c('docusign-jwt-assertion', assertion(c, c.r.uuid()));
    return `Error: Bad Request
    at Request.callback (/app/node_modules/superagent/lib/node/index.js:857:15)
    at ApiClient.requestJWTUserToken (/app/node_modules/docusign-esign/src/ApiClient.js:1002:10)
  status: 400,
  response: { text: '{"error":"consent_required"}' },
  request body: grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${a}`;
  }),
  tpl('docusign', 'private-key-json', (c) => {
    const k = c.c('rsa-private-key', pemKey(c.r, c.pick(['rsa', 'pkcs8']), '\\n'));
    return `{"level":"error","ts":"${c.ts()}","msg":"docusign: jwt sign failed: error:1E08010C:DECODER routines::unsupported","config":{"integrationKey":"${c.r.uuid()}","userId":"${c.r.uuid()}","oAuthBasePath":"${authHost(c)}","privateKey":"${k}\\n"}}`;
  }),
  tpl('docusign', 'auth-code-exchange', (c) => {
    const ik = c.r.uuid();
    const sk = c.r.uuid();
    const at = c.c('docusign-access-token', docusignToken(c.r));
    const rt = c.c('docusign-refresh-token', docusignToken(c.r));
    return `> POST /oauth/token HTTP/1.1
> Host: ${authHost(c)}
> ${hcase(c, 'Authorization')}: Basic ${c.c('basic-auth', basic(ik, sk))}
> Content-Type: application/x-www-form-urlencoded
< HTTP/1.1 200 OK
{"access_token":"${at}","token_type":"Bearer","refresh_token":"${rt}","expires_in":28800}
TypeError: Cannot read properties of undefined (reading 'accounts') at userinfo (/srv/esign/auth.js:61:33)`;
  }),
  tpl('docusign', 'connect-hmac', (c) => {
    const x = app(c);
    const k = c.c('docusign-connect-hmac-key', T.hmacKey(c.r));
    return `DocuSign Connect: HMAC verification failed for envelope ${c.r.uuid()} (X-DocuSign-Signature-1: ${c.r.b64(32)})
hmac key #1 = ${k}
event=envelope-completed recipients=[{"recipientId":"1","name":"${name(c, x.p.full)}","email":"${mail(c, x.p.email)}","status":"completed"}]`;
  }),
  tpl('docusign', 'envelope-tabs-400', (c) => {
    const x = app(c, 'US');
    const at = c.c('docusign-access-token', docusignToken(c.r));
    return `POST https://na4.docusign.net/restapi/v2.1/accounts/${c.r.uuid()}/envelopes -> 400 INVALID_EMAIL_ADDRESS_FOR_RECIPIENT
Authorization: Bearer ${at}
{"emailSubject":"Please sign: Loan Agreement","status":"sent","recipients":{"signers":[{"email":"${mail(c, x.p.email.replace('@', '@@'))}","name":"${name(c, x.p.full)}","recipientId":"1","clientUserId":"${c.r.int(1000, 9999)}","tabs":{"textTabs":[{"tabLabel":"ssn","value":"${nid(c, x)}"},{"tabLabel":"dob","value":"${born(c, dob(x.p, 'us'))}"}]}}]}}`;
  }),
  tpl('docusign', 'legacy-auth-header', (c) => {
    const x = app(c);
    const pw = c.c('password', c.r.password(c.r.int(12, 20)));
    return `SOAP fault from https://www.docusign.net/api/3.0/dsapi.asmx: USER_AUTHENTICATION_FAILED
X-DocuSign-Authentication: <DocuSignCredentials><Username>${mail(c, x.p.email)}</Username><Password>${pw}</Password><IntegratorKey>${c.r.uuid().toUpperCase()}</IntegratorKey></DocuSignCredentials>`;
  }),
  tpl('docusign', 'csharp-recipient-view', (c) => {
    const x = app(c);
    const at = c.c('docusign-access-token', docusignToken(c.r));
    return `DocuSign.eSign.Client.ApiException: Error calling CreateRecipientView: {"errorCode":"UNKNOWN_ENVELOPE_RECIPIENT","message":"The recipient you have identified is not a valid recipient of the specified envelope."}
   at DocuSign.eSign.Api.EnvelopesApi.CreateRecipientViewWithHttpInfo(String accountId, String envelopeId, RecipientViewRequest recipientViewRequest)
   at Fernhill.Esign.SigningController.Start(Guid envelopeId) in /src/Fernhill.Esign/SigningController.cs:line 88
RecipientViewRequest: class RecipientViewRequest { AuthenticationMethod: none, ClientUserId: ${c.r.int(1000, 9999)}, Email: ${mail(c, x.p.email)}, ReturnUrl: https://esign.fernhill.io/done, UserName: ${name(c, x.p.full)} }
Headers: Authorization=Bearer ${at}`;
  }),
  tpl('docusign', 'okhttp-log', (c) => {
    const at = c.c('docusign-access-token', docusignToken(c.r));
    return `${c.ts()} INFO  okhttp3.OkHttpClient : --> GET https://demo.docusign.net/restapi/v2.1/accounts/${c.r.uuid()}/envelopes/${c.r.uuid()}/documents/combined
${c.ts()} INFO  okhttp3.OkHttpClient : ${hcase(c, 'Authorization')}: Bearer ${at}
${c.ts()} INFO  okhttp3.OkHttpClient : <-- 401 Unauthorized (212ms) {"errorCode":"AUTHORIZATION_INVALID_TOKEN","message":"The access token provided is expired, revoked or malformed."}`;
  }),
  tpl('docusign', 'direct-deposit-tabs', (c) => {
    const x = app(c, 'US');
    const at = c.c('docusign-access-token', docusignToken(c.r));
    return `envelope ${c.r.uuid()} form data export failed validation (routing/account swapped?) [bearer ${at}]
[{"name":"EmployeeName","value":"${name(c, x.p.full)}"},{"name":"SSN","value":"${nid(c, x)}"},{"name":"RoutingNumber","value":"${c.f('aba-routing', aba(c.r))}"},{"name":"AccountNumber","value":"${c.f('bank-account', account(c.r))}"},{"name":"AccountType","value":"Savings"}]`;
  }),
  tpl('docusign', 'python-traceback', (c) => {
    const at = c.c('docusign-access-token', docusignToken(c.r));
    return `Traceback (most recent call last):
  File "/app/esign/tasks.py", line 42, in send_envelope
    api_client.set_default_header("Authorization", "Bearer ${at}")
  File "/app/esign/tasks.py", line 47, in send_envelope
    envelopes_api.create_envelope(account_id, envelope_definition=definition)
docusign_esign.client.api_exception.ApiException: (401)
Reason: Unauthorized
HTTP response body: b'{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}'`;
  }),
  tpl('docusign', 'connect-xml', (c) => {
    const x = app(c, 'US');
    const pw = c.r.password(18);
    return `Connect listener 500: unexpected element <TabStatuses> (listener ${host(c)}, Authorization: Basic ${c.c('basic-auth', basic('connect-listener', pw))})
<DocuSignEnvelopeInformation><EnvelopeStatus><RecipientStatuses><RecipientStatus><Type>Signer</Type><Email>${mail(c, x.p.email)}</Email><UserName>${name(c, x.p.full)}</UserName><TabStatuses><TabStatus><TabType>Custom</TabType><TabLabel>SSN</TabLabel><TabValue>${nid(c, x)}</TabValue></TabStatus><TabStatus><TabLabel>Phone</TabLabel><TabValue>${c.p('phone', x.phone)}</TabValue></TabStatus></TabStatuses></RecipientStatus></RecipientStatuses></EnvelopeStatus></DocuSignEnvelopeInformation>`;
  }),
  tpl('docusign', 'env-dump', (c) => {
    const sk = c.c('docusign-secret-key', c.r.uuid());
    const hk = c.c('docusign-connect-hmac-key', T.hmacKey(c.r));
    const pk = c.c('rsa-private-key', pemKey(c.r, 'rsa'));
    return `esign-gateway failed health check (${reqId(c)}); printenv | grep DOCUSIGN
DOCUSIGN_INTEGRATION_KEY=${c.r.uuid()}
DOCUSIGN_SECRET_KEY=${sk}
DOCUSIGN_CONNECT_HMAC_KEY=${hk}
DOCUSIGN_PRIVATE_KEY=${pk}`;
  }),
  tpl('docusign', 'ruby-jwt-grant', (c) => {
    const a = c.c('docusign-jwt-assertion', assertion(c, c.r.uuid()));
    return `DocuSign_eSign::ApiError (Bad Request): {"error":"invalid_grant","error_description":"no_valid_keys_or_signatures"}
  app/services/esign/token.rb:19:in \`fetch'
  params: {"grant_type"=>"urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion"=>"${a}"}
  (signature ${sigHex(c, 16)} debug id)`;
  }),
];
