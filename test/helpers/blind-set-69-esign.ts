import { formEnc, jsonAscii, sigHex, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { app, born, dob, hcase, mail, name, nid, post, reqId, street, tel } from './blind-set-69-kit';
import { T, basic, iban } from './blind-set-69-tokens';

const adobeClient = (c: Ctx69): string => 'CBJCHBCAABAA' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32);

/** Adobe Acrobat Sign, Dropbox Sign and PandaDoc failures. */
export const ESIGN: Tpl69[] = [
  tpl('adobe-sign', 'refresh-invalid-grant', (c) => {
    const sec = c.c('adobe-sign-client-secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32));
    const rt = c.c('adobe-sign-refresh-token', T.adobeToken(c.r, 'C'));
    return `POST https://api.na${c.r.int(1, 4)}.adobesign.com/oauth/v2/refresh -> 400 {"code":"INVALID_REQUEST","message":"invalid_grant"}
body: grant_type=refresh_token&client_id=${adobeClient(c)}&client_secret=${sec}&refresh_token=${rt}`;
  }),
  tpl('adobe-sign', 'invalid-access-token', (c) => {
    const t = c.c('adobe-sign-access-token', T.adobeToken(c.r, 'B'));
    return `AdobeSignApiError: 401 INVALID_ACCESS_TOKEN "Access token provided is invalid or has expired"
  at AgreementsApi.getAgreementInfo (/srv/sign/node_modules/adobe-sign-sdk/lib/agreements.js:211:19)
  request.headers = { ${hcase(c, 'Authorization')}: 'Bearer ${t}', 'x-api-user': 'email:ops@${c.pick(['ledgerly.io', 'paynest.io'])}' }`;
  }),
  tpl('adobe-sign', 'integration-key', (c) => {
    const t = c.c('adobe-sign-integration-key', T.adobeToken(c.r, 'A'));
    return `java.io.IOException: Server returned HTTP response code: 403 for URL: https://secure.na1.echosign.com/api/rest/v6/libraryDocuments
	at sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)
	at com.tallyhome.sign.LegacyEchoSign.list(LegacyEchoSign.java:54)
connection props: {Access-Token=${t}, Accept=application/json}`;
  }),
  tpl('adobe-sign', 'agreement-create', (c) => {
    const x = app(c);
    const t = c.c('adobe-sign-access-token', T.adobeToken(c.r, 'B'));
    return `agreement create failed: 400 MISSING_REQUIRED_PARAM "fileInfos is required" (${reqId(c)})
Authorization: Bearer ${t}
{"name":"Offer Letter - ${name(c, jsonAscii(x.p.full))}","participantSetsInfo":[{"memberInfos":[{"email":"${mail(c, x.p.email)}"}],"order":1,"role":"SIGNER"}],"signatureType":"ESIGN","state":"IN_PROCESS"}`;
  }),
  tpl('adobe-sign', 'webhook-formdata', (c) => {
    const x = app(c, 'US');
    const t = c.c('adobe-sign-access-token', T.adobeToken(c.r, 'B'));
    return `AGREEMENT_WORKFLOW_COMPLETED handler: form field "Date of Birth" failed to parse
GET /api/rest/v6/agreements/CBJCHBCAABAA${c.r.b62(32)}/formData Authorization: Bearer ${t}
participantUserEmail=${mail(c, x.p.email)}
formFieldsData: {"Full Name":"${name(c, x.p.full)}","SSN":"${nid(c, x)}","Date of Birth":"${born(c, dob(x.p, 'us'))}","Mobile":"${tel(c, x.phone)}"}`;
  }),
  tpl('adobe-sign', 'formdata-csv', (c) => {
    const a = app(c, c.pick(['FR', 'DE', 'ES', 'IT'])),
      b = app(c, c.pick(['NL', 'FR', 'DE']));
    const row = (x: typeof a): string => `"${c.ts()}","${mail(c, x.p.email)}","${name(c, x.p.full)}","${c.f('iban', iban(c.r, x.p.cc, true))}","${c.p('postal-address', x.a.full)}"`;
    const t = c.c('adobe-sign-access-token', T.adobeToken(c.r, 'B'));
    return `formData export parse error at line 3 (unterminated quote), token=${t}
"completed","email","Name","IBAN","Address"
${row(a)}
${row(b)}`;
  }),
  tpl('adobe-sign', 'php-config', (c) => {
    const sec = c.c('adobe-sign-client-secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32));
    const rt = c.c('adobe-sign-refresh-token', T.adobeToken(c.r, 'C'));
    return `PHP Fatal error:  Uncaught RuntimeException: Adobe Sign token refresh failed in /var/www/sign/AdobeSign.php:77
Stack trace: #0 /var/www/sign/AdobeSign.php(41): AdobeSign->refresh(Array)
config: array ( 'client_id' => '${adobeClient(c)}', 'client_secret' => '${sec}', 'refresh_token' => '${rt}', 'shard' => 'na2' )`;
  }),
  // ---- Dropbox Sign ----
  tpl('dropbox-sign', 'curl-401', (c) => {
    const k = c.c('dropbox-sign-api-key', T.hex(c.r, 64));
    return `$ curl -X GET 'https://api.hellosign.com/v3/account' -u '${k}:'
{"error":{"error_msg":"Unauthorized api key","error_name":"unauthorized"}}
> Authorization: Basic ${c.c('basic-auth', basic(k, ''))}`;
  }),
  tpl('dropbox-sign', 'send-form-encoded', (c) => {
    const x = app(c, c.pick(['FR', 'ES', 'DE', 'BR', 'PL', 'TR']));
    const k = T.hex(c.r, 64);
    return `signature_request/send failed: 400 bad_request "Invalid email address for signers[0]"
Authorization: Basic ${c.c('basic-auth', basic(k, ''))}
title=NDA&subject=Please+sign&signers%5B0%5D%5Bemail_address%5D=${mail(c, encodeURIComponent(x.p.email))}&signers%5B0%5D%5Bname%5D=${name(c, formEnc(x.p.full))}&file_url%5B0%5D=https%3A%2F%2Fdocs.ledgerly.io%2Fnda.pdf&test_mode=0`;
  }),
  tpl('dropbox-sign', 'callback-event-hash', (c) => {
    const x = app(c);
    const k = c.c('dropbox-sign-api-key', T.hex(c.r, 64));
    return `Dropbox Sign callback: event_hash mismatch (computed with api key ${k})
{"event":{"event_time":"${c.unix()}","event_type":"signature_request_signed","event_hash":"${sigHex(c)}"},"signature_request":{"signatures":[{"signer_email_address":"${mail(c, x.p.email)}","signer_name":"${name(c, jsonAscii(x.p.full))}","status_code":"signed"}]}}`;
  }),
  tpl('dropbox-sign', 'python-config', (c) => {
    const k = c.c('dropbox-sign-api-key', T.hex(c.r, 64));
    return `dropbox_sign.exceptions.UnauthorizedException: (401)
Reason: Unauthorized
configuration = Configuration(host='https://api.hellosign.com/v3', username='${k}', password='', access_token=None)`;
  }),
  tpl('dropbox-sign', 'oauth-token', (c) => {
    const sec = c.c('dropbox-sign-client-secret', T.hex(c.r, 32));
    const at = c.c('dropbox-sign-access-token', Buffer.from(c.r.hex(64)).toString('base64'));
    const rt = c.c('dropbox-sign-refresh-token', c.r.hex(40));
    return `POST https://app.hellosign.com/oauth/token code=${c.r.hex(16)}&client_id=${c.r.hex(32)}&client_secret=${sec}&grant_type=authorization_code
<- {"access_token":"${at}","token_type":"Bearer","refresh_token":"${rt}","expires_in":86400,"state":"${c.r.hex(8)}"}
ERROR storing token: column "access_token" value too long`;
  }),
  tpl('dropbox-sign', 'custom-fields', (c) => {
    const x = app(c, 'US');
    const k = T.hex(c.r, 64);
    return `send_with_template failed: "custom_fields" unknown field "Address" (api key ${k.slice(0, 8)}…)
Authorization: Basic ${c.c('basic-auth', basic(k, ''))}
custom_fields=[{"name":"SSN","value":"${nid(c, x)}"},{"name":"Address","value":"${c.p('postal-address', x.a.full)}"},{"name":"DOB","value":"${born(c, dob(x.p, 'us'))}"}]`;
  }),
  tpl('dropbox-sign', 'embedded-sign-url', (c) => {
    const t = c.c('dropbox-sign-embedded-token', c.r.hex(32));
    return `iframe blocked (X-Frame-Options) for sign_url https://app.hellosign.com/editor/embeddedSign?signature_id=${c.r.hex(32)}&token=${t}
client_id domain not whitelisted: app.ledgerly.io`;
  }),
  // ---- PandaDoc ----
  tpl('pandadoc', 'api-key-401', (c) => {
    const k = c.c('pandadoc-api-key', T.hex(c.r, 40));
    return `PandaDoc request failed: 401 {"type":"authorization_error","detail":"Authentication credentials were not provided or invalid."}
GET https://api.pandadoc.com/public/v1/documents?status=2
${hcase(c, 'Authorization')}: API-Key ${k}`;
  }),
  tpl('pandadoc', 'create-from-template', (c) => {
    const x = app(c, undefined, true);
    const tn = x.id.kind === 'ssn' ? 'Client.SSN' : 'Client.NationalID';
    const k = c.c('pandadoc-api-key', T.hex(c.r, 40));
    return `document create failed (400): {"type":"request_error","detail":{"tokens":["${tn} is not a valid token"]}}
Authorization: API-Key ${k}
{"name":"Service Agreement","template_uuid":"${c.r.b62(22)}","recipients":[{"email":"${mail(c, x.p.email)}","first_name":"${name(c, x.p.given)}","last_name":"${name(c, x.p.family)}","role":"Client"}],"tokens":[{"name":"${tn}","value":"${nid(c, x)}"},{"name":"Client.Phone","value":"${tel(c, x.e164)}"}]}`;
  }),
  tpl('pandadoc', 'webhook-shared-key', (c) => {
    const k = c.c('pandadoc-webhook-key', c.r.b62(c.r.int(22, 32)));
    return `pandadoc webhook: signature ${sigHex(c)} does not match HMAC(shared_key=${k}, body); dropping document_state_changed`;
  }),
  tpl('pandadoc', 'oauth-refresh', (c) => {
    const sec = c.c('pandadoc-client-secret', T.hex(c.r, 40));
    const rt = c.c('pandadoc-refresh-token', T.hex(c.r, 40));
    return `POST https://api.pandadoc.com/oauth2/access_token -> 400 {"error":"invalid_grant"}
grant_type=refresh_token&client_id=${c.r.hex(20)}&client_secret=${sec}&refresh_token=${rt}&scope=read+write`;
  }),
  tpl('pandadoc', 'python-sdk', (c) => {
    const k = c.c('pandadoc-api-key', T.hex(c.r, 40));
    return `pandadoc_client.exceptions.UnauthorizedException: Status Code: 401
  configuration = Configuration(host="https://api.pandadoc.com", api_key={"apiKey": "API-Key ${k}"})`;
  }),
  tpl('pandadoc', 'document-fields', (c) => {
    const x = app(c, c.pick(['DE', 'NL', 'FR', 'IT', 'ES', 'GB']));
    const k = c.c('pandadoc-api-key', T.hex(c.r, 40));
    return `fields sync failed for document ${c.r.b62(22)}: "Bank.IBAN" expected string (Authorization: API-Key ${k})
{"fields":[{"field_id":"Bank.IBAN","value":"${c.f('iban', iban(c.r, x.p.cc))}"},{"field_id":"Recipient.Phone","value":"${tel(c, x.phone)}"},{"field_id":"Recipient.Name","value":"${name(c, x.p.full)}"},{"field_id":"Recipient.Street","value":"${street(c, x.a.street)}"},{"field_id":"Recipient.Postcode","value":"${post(c, x.a.postcode)}"}]}`;
  }),
  tpl('pandadoc', 'bulk-send-csv', (c) => {
    const a = app(c),
      b = app(c);
    const k = c.c('pandadoc-api-key', T.hex(c.r, 40));
    const row = (x: typeof a): string => `${mail(c, x.p.email)},${name(c, x.p.given)},${name(c, x.p.family)},${tel(c, x.e164)}`;
    return `bulk send aborted: row 2 missing company (API-Key ${k})
email,first_name,last_name,phone
${row(a)}
${row(b)}`;
  }),
];
