import { B64URL } from './blind-set-9-rng';
import { formEnc, sigHex, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { iso3, publicIp, td3 } from './blind-set-69-ids';
import { app, born, dob, hcase, host, mail, name, nid, post, reqId, street, tel } from './blind-set-69-kit';
import { ascii } from './blind-set-69-people';
import { T, basic, jwt } from './blind-set-69-tokens';

const onfidoSdk = (c: Ctx69): string =>
  jwt(
    c.r,
    { alg: 'HS256', typ: 'JWT' },
    { payload: c.r.b64(96), uuid: c.r.hex(10), exp: c.unix(), urls: { onfido_api_url: 'https://api.eu.onfido.com', telephony_url: 'https://telephony.eu.onfido.com' } },
    32,
  );
const region = (c: Ctx69): string => c.pick(['eu', 'us', 'ca']);

/** Onfido and Jumio failures as they reach an alert. */
export const ONFIDO: Tpl69[] = [
  tpl('onfido', 'axios-applicant-422', (c) => {
    const x = app(c, c.pick(['ES', 'FR', 'DE', 'IT', 'PL', 'SE']));
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    const body = `{"first_name":"${name(c, x.p.given)}","last_name":"${name(c, x.p.family)}","email":"${mail(c, x.p.email)}","dob":"${born(c, dob(x.p))}","address":{"street":"${street(c, x.a.street)}","town":"${x.a.city}","postcode":"${post(c, x.a.postcode)}","country":"${iso3(x.p.cc)}"}}`;
    return `AxiosError: Request failed with status code 422
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:599:11)
    at OnfidoService.createApplicant (/app/dist/kyc/onfido.service.js:48:23) {
  code: 'ERR_BAD_REQUEST',
  config: {
    url: 'https://api.${region(c)}.onfido.com/v3.6/applicants',
    method: 'post',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Token token=${tok}' },
    data: '${body}'
  },
  response: { status: 422, data: { error: { type: 'validation_error', message: 'There was a validation error on this request', fields: { address: { postcode: [ 'invalid postcode' ] } } } } }
}`;
  }),
  tpl('onfido', 'webhook-sha2-mismatch', (c) => {
    const tok = c.c('onfido-webhook-token', c.r.chars(B64URL, 32));
    return `${c.ts()} WARN  [onfido-webhook] X-SHA2-Signature mismatch: expected=${sigHex(c)} received=${sigHex(c)}
${c.ts()} DEBUG [onfido-webhook] verifier config {"webhookToken":"${tok}","toleranceSec":300,"region":"EU"}
${c.ts()} DEBUG [onfido-webhook] body={"payload":{"resource_type":"check","action":"check.completed","object":{"id":"${c.r.uuid()}","status":"complete","completed_at_iso8601":"${c.ts()}","href":"https://api.eu.onfido.com/v3.6/checks/${c.r.uuid()}"}}}
${c.ts()} ERROR [onfido-webhook] 401 returned to Onfido (request_id=${reqId(c)})`;
  }),
  tpl('onfido', 'python-sdk-401', (c) => {
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `Traceback (most recent call last):
  File "/srv/kyc/views.py", line 88, in start_verification
    sdk_token = onfido_api.generate_sdk_token(onfido.SdkToken(applicant_id=applicant.onfido_id, referrer="https://app.ledgerly.io/*"))
  File "/usr/local/lib/python3.12/site-packages/onfido/api/default_api.py", line 4721, in generate_sdk_token
    response_data.read()
onfido.exceptions.UnauthorizedException: (401)
Reason: Unauthorized
HTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': '${reqId(c)}'})
HTTP response body: {"error":{"type":"authorization_error","message":"Authorization error: please re-check your credentials","fields":{}}}
onfido.Configuration(api_token=${c.pick([`'${tok}'`, `"${tok}"`])}, region=Region.${c.pick(['EU', 'US', 'CA'])}, timeout=urllib3.Timeout(connect=10.0, read=30.0))`;
  }),
  tpl('onfido', 'autofill-mismatch', (c) => {
    const x = app(c, c.pick(['GB', 'DE', 'FR', 'IT', 'NL', 'SE', 'PL']));
    const m = td3(c.r, x.p);
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `level=error msg="autofill data does not match applicant" applicant_id=${c.r.uuid()} service=${host(c)}
level=debug msg="onfido request" method=POST url=https://api.eu.onfido.com/v3.6/extractions authorization="Token token=${tok}"
level=debug msg="onfido response" status=200 body={"document_id":"${c.r.uuid()}","document_classification":{"issuing_country":"${iso3(x.p.cc)}","document_type":"passport"},"extracted_data":{"document_number":"${c.p('passport-number', m.docNo)}","first_name":"${name(c, x.p.latinGiven)}","last_name":"${name(c, x.p.latinFamily)}","date_of_birth":"${born(c, dob(x.p))}","gender":"${x.p.sex === 'M' ? 'Male' : 'Female'}","nationality":"${iso3(x.p.cc)}","mrz_line1":"${c.p('mrz-td3-l1', m.lines[0]!)}","mrz_line2":"${c.p('mrz-td3-l2', m.lines[1]!)}"}}`;
  }),
  tpl('onfido', 'faraday-logger', (c) => {
    const x = app(c, 'US');
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    const t = c.ts().slice(0, 23);
    return `I, [${t} #12]  INFO -- request: POST https://api.us.onfido.com/v3.6/applicants
I, [${t} #12]  INFO -- request: Authorization: "Token token=${tok}"
Content-Type: "application/json"
User-Agent: "onfido-ruby/4.2.0"
I, [${t} #12]  INFO -- request: {"first_name":"${name(c, x.p.given)}","last_name":"${name(c, x.p.family)}","email":"${mail(c, x.p.email)}","phone_number":"${tel(c, x.e164)}","location":{"ip_address":"${c.p('ip-address', publicIp(c.r))}","country_of_residence":"USA"},"id_numbers":[{"type":"ssn","value":"${nid(c, x)}"}]}
E, [${t} #12] ERROR -- : Onfido::RequestError (422 validation_error): id_numbers[0].value is invalid`;
  }),
  tpl('onfido', 'java-client-tostring', (c) => {
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `com.onfido.ApiException: Message: Unauthorized
HTTP response code: 401
HTTP response body: {"error":{"type":"authorization_error","message":"Authorization error: please re-check your credentials"}}
	at com.onfido.ApiClient.handleResponse(ApiClient.java:1141)
	at com.onfido.api.DefaultApi.createWorkflowRunWithHttpInfo(DefaultApi.java:2210)
	at io.ledgerly.kyc.OnfidoGateway.startRun(OnfidoGateway.java:77)
Caused by client state: OnfidoGatewayConfig{baseUrl='https://api.eu.onfido.com/v3.6', apiToken='${tok}', workflowId='${c.r.uuid()}', retries=3}`;
  }),
  tpl('onfido', 'k8s-env-crash', (c) => {
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    const pw = c.c('password', c.r.urlPassword(c.r.int(14, 22)));
    const kid = c.c('aws-access-key-id', T.awsKeyId(c.r));
    const sk = c.c('aws-secret-access-key', T.awsSecret(c.r));
    return `$ kubectl logs ${host(c)} -n kyc --previous
Error: ONFIDO_WEBHOOK_TOKEN is not set
    at loadConfig (/app/dist/config.js:31:15)
[config] resolved environment:
  ONFIDO_API_TOKEN=${tok}
  ONFIDO_REGION=EU
  DATABASE_URL=postgres://kyc_app:${pw}@10.0.4.12:5432/kyc
  DOCUMENT_BUCKET=s3://ledgerly-kyc-documents
  AWS_ACCESS_KEY_ID=${kid}
  AWS_SECRET_ACCESS_KEY=${sk}`;
  }),
  tpl('onfido', 'watchlist-report', (c) => {
    const x = app(c);
    const hit = app(c, c.pick(['UA', 'TR', 'MX', 'NG', 'GB']));
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `check ${c.r.uuid()} needs manual review: watchlist_enhanced = consider (fetched with Authorization: Token token=${tok})
report.properties = ${JSON.stringify({ records: [{ full_name: 'X', date_of_birth: ['D'], position: ['Former deputy minister'], sources: [{ source_name: 'OFAC SDN List' }] }] })
      .replace('"X"', `"${name(c, hit.p.full)}"`)
      .replace('"D"', `"${born(c, dob(hit.p))}"`)}
applicant: ${name(c, x.p.full)} <${mail(c, x.p.email)}> born ${born(c, dob(x.p, 'eu'))}
reviewer queue: compliance-l2 (assigned to on-call)`;
  }),
  tpl('onfido', 'curl-multipart-upload', (c) => {
    const x = app(c, c.pick(['ES', 'FR', 'BR', 'MX', 'DE']));
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    const b = '-'.repeat(24) + c.r.hex(16);
    const fname = `${ascii(x.p.given)}_${ascii(x.p.family)}`.replace(/ /g, '_');
    return `> POST /v3.6/documents HTTP/2
> Host: api.eu.onfido.com
> ${hcase(c, 'Authorization')}: Token token=${tok}
> content-type: multipart/form-data; boundary=${b}
>
--${b}
Content-Disposition: form-data; name="applicant_id"

${c.r.uuid()}
--${b}
Content-Disposition: form-data; name="type"

passport
--${b}
Content-Disposition: form-data; name="file"; filename="passport_${name(c, fname)}.jpg"
Content-Type: image/jpeg

< HTTP/2 413
{"error":{"type":"request_entity_too_large","message":"File size exceeds 10MB"}}`;
  }),
  tpl('onfido', 'web-sdk-console', (c) => {
    const t = c.c('onfido-sdk-token', onfidoSdk(c));
    return `Onfido.init failed: Error: Token has expired. Please request a new token.
    at https://assets.onfido.com/web-sdk-releases/14.32.0/onfido.min.js:2:118842
init options: {
  token: "${t}",
  containerId: "onfido-mount",
  workflowRunId: "${c.r.uuid()}",
  language: "${c.pick(['es_ES', 'fr_FR', 'de_DE', 'en_GB'])}"
}`;
  }),
  // ---- Jumio ----
  tpl('jumio', 'oauth-bash-trace', (c) => {
    const id = c.r.b62(22);
    const sec = c.c('jumio-client-secret', T.alnum(c.r, 32));
    const bas = c.c('basic-auth', basic(id, sec));
    return `+ curl -sS -u ${id}:${sec} -d grant_type=client_credentials https://auth.${c.pick(['amer-1', 'emea-1', 'apac-1'])}.jumio.ai/oauth2/token
* Server auth using Basic with user '${id}'
> POST /oauth2/token HTTP/1.1
> Authorization: Basic ${bas}
< HTTP/1.1 401 Unauthorized
{"error":"invalid_client","error_description":"Client authentication failed"}
make: *** [scripts/jumio-token.mk:14: token] Error 22`;
  }),
  tpl('jumio', 'account-create-response', (c) => {
    const at = c.c('jumio-authorization-token', jwt(c.r, { alg: 'HS512', zip: 'GZIP' }, { sub: c.r.uuid(), scope: 'web', exp: c.unix() }, 64));
    const sdk = c.c('jumio-sdk-token', jwt(c.r, { alg: 'HS512', zip: 'GZIP' }, { sub: c.r.uuid(), scope: 'sdk', exp: c.unix() }, 64));
    return `WARN jumio: workflow launched but callback URL rejected (HTTP 400 from our edge), response follows
{"timestamp":"${c.ts()}","account":{"id":"${c.r.uuid()}"},"web":{"href":"https://ledgerly.web.amer-1.jumio.ai/web/v4/app?authorizationToken=${at}&locale=en-US","successUrl":"https://app.ledgerly.io/kyc/done"},"sdk":{"token":"${sdk}"},"workflowExecution":{"id":"${c.r.uuid()}","credentials":[{"category":"ID","allowedChannels":["WEB","SDK"]}]}}`;
  }),
  tpl('jumio', 'retrieval-rejected', (c) => {
    const x = app(c, 'US');
    const lic = c.p('us-driver-license', x.id.kind === 'ssn' ? c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + c.r.digits(7) : c.r.digits(9));
    const tok = c.c('jumio-access-token', jwt(c.r, { alg: 'RS512', kid: c.r.uuid() }, { sub: c.r.uuid(), iss: 'https://auth.amer-1.jumio.ai', exp: c.unix() }));
    return `[jumio-poller] GET https://retrieval.amer-1.jumio.ai/api/v1/workflow-executions/${c.r.uuid()} Authorization: Bearer ${tok}
[jumio-poller] decision=REJECTED reason=ID_NUMBER_MISMATCH
[jumio-poller] extraction.data={"type":"DRIVING_LICENSE","firstName":"${name(c, x.p.given.toUpperCase())}","lastName":"${name(c, x.p.family.toUpperCase())}","dateOfBirth":"${born(c, dob(x.p))}","documentNumber":"${lic}","address":{"line1":"${street(c, x.a.street.toUpperCase())}","city":"${x.a.city.toUpperCase()}","postalCode":"${post(c, x.a.postcode)}","subdivision":"${x.a.region}"},"issuingCountry":"USA"}`;
  }),
  tpl('jumio', 'resttemplate-basic', (c) => {
    const tok = c.c('jumio-api-token', c.r.uuid());
    const sec = c.c('jumio-api-secret', T.alnum(c.r, 32));
    return `org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{"message":"Forbidden"}"
	at org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:109)
	at io.paynest.kyc.JumioNetverifyClient.initiate(JumioNetverifyClient.java:63)
request headers: [Accept:"application/json", User-Agent:"Paynest KYC/2.4", Authorization:"Basic ${c.c('basic-auth', basic(tok, sec))}"]
jumio.netverify.api-token=${tok}
jumio.netverify.api-secret=${sec}`;
  }),
  tpl('jumio', 'guzzle-var-export', (c) => {
    const tok = c.c('jumio-api-token', c.r.uuid());
    const sec = c.c('jumio-api-secret', T.alnum(c.r, 32));
    return `[${c.ts()}] production.ERROR: Client error: \`POST https://netverify.com/api/v4/initiate\` resulted in a \`401 Unauthorized\` response
options: array (
  'base_uri' => 'https://netverify.com/api/v4/',
  'auth' => 
  array (
    0 => '${tok}',
    1 => '${sec}',
  ),
  'timeout' => 20,
) {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401))"}`;
  }),
  tpl('jumio', 'legacy-callback-form', (c) => {
    const x = app(c, c.pick(['ES', 'FR', 'DE', 'IT', 'BR', 'PL']));
    const m = td3(c.r, x.p);
    const enc = (kind: string, v: string): string => c.p(kind, formEnc(v));
    return `callback handler failed: TypeError: Cannot read properties of undefined (reading 'idScanImage')
raw body (application/x-www-form-urlencoded):
callBackType=NETVERIFYID&jumioIdScanReference=${c.r.uuid()}&verificationStatus=APPROVED_VERIFIED&idType=PASSPORT&idCountry=${iso3(x.p.cc)}&idFirstName=${enc('person-name', x.p.latinGiven.toUpperCase())}&idLastName=${enc('person-name', x.p.latinFamily.toUpperCase())}&idDob=${born(c, dob(x.p))}&idNumber=${c.p('passport-number', m.docNo)}&idAddress=${encodeURIComponent('{"line1":"')}${enc('street-address', x.a.street)}${encodeURIComponent('","postalCode":"')}${c.p('postcode', encodeURIComponent(x.a.postcode))}${encodeURIComponent('"}')}&personalNumber=N%2FA&transactionDate=${encodeURIComponent(c.ts())}`;
  }),
  tpl('jumio', 'android-logcat', (c) => {
    const t = c.c('jumio-sdk-token', jwt(c.r, { alg: 'HS512', zip: 'GZIP' }, { sub: c.r.uuid(), scope: 'sdk', exp: c.unix() }, 64));
    const pid = c.r.int(9000, 30000);
    return `11-04 09:12:44.118 ${pid} ${pid} D JumioSDK: init(token=${t}, dataCenter=${c.pick(['US', 'EU', 'SG'])})
11-04 09:12:44.902 ${pid} ${pid + 41} E JumioSDK: JumioError{code='A10900', message='Token expired', retryPossible=false}
11-04 09:12:44.903 ${pid} ${pid} W KycActivity: jumio session aborted, falling back to manual review`;
  }),
  tpl('jumio', 'application-yml', (c) => {
    const sec = c.c('jumio-client-secret', T.alnum(c.r, c.r.int(32, 40)));
    const pw = c.c('password', c.r.password(18));
    return `***************************
APPLICATION FAILED TO START
***************************
Description: Failed to bind properties under 'jumio' to io.ledgerly.kyc.JumioProperties
Origin: "jumio.callback-url" from property source "Config resource 'file [/config/application.yml]'"
--- /config/application.yml (excerpt) ---
jumio:
  datacenter: ${c.pick(['amer-1', 'emea-1'])}
  client-id: ${c.r.b62(22)}
  client-secret: ${c.pick([sec, `"${sec}"`, `'${sec}'`])}
  callback-url: htps://hooks.ledgerly.io/jumio
spring.datasource.password: ${pw}`;
  }),
];
