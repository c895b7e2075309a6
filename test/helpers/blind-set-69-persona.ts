import { jsonAscii, jsonPhp, sigHex, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { publicIp, td3, usLicence } from './blind-set-69-ids';
import { app, born, dob, hcase, host, mail, name, nid, post, reqId, street, tel } from './blind-set-69-kit';
import { T } from './blind-set-69-tokens';

const inq = (c: Ctx69): string => 'inq_' + c.r.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 24);

/** Persona and Veriff failures. */
export const PERSONA: Tpl69[] = [
  tpl('persona', 'requests-401', (c) => {
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `ERROR persona_client: inquiry fetch failed
Traceback (most recent call last):
  File "/app/compliance/persona_client.py", line 54, in fetch_inquiry
    resp.raise_for_status()
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://withpersona.com/api/v1/inquiries/${inq(c)}?include=verifications
request.headers = {'User-Agent': 'python-requests/2.32.3', 'Accept': 'application/json', 'Authorization': 'Bearer ${k}', 'Persona-Version': '2023-01-05', 'Key-Inflection': 'camel'}`;
  }),
  tpl('persona', 'inquiry-create-400', (c) => {
    const x = app(c, 'US');
    const k = c.c('persona-api-key', T.personaKey(c.r));
    const f = (key: string, v: string): string => `"${key}":{"type":"string","value":"${v}"}`;
    return `POST https://withpersona.com/api/v1/inquiries -> 400 (${reqId(c)})
${hcase(c, 'Authorization')}: Bearer ${k}
request: {"data":{"attributes":{"inquiry-template-id":"itmpl_${c.r.b62(24)}","reference-id":"usr_${c.r.int(10000, 99999)}","fields":{${f('name-first', name(c, x.p.given))},${f('name-last', name(c, x.p.family))},${f('birthdate', born(c, dob(x.p, 'us')))},${f('address-street-1', street(c, x.a.street))},${f('address-city', x.a.city)},${f('address-postal-code', post(c, x.a.postcode))},${f('email-address', mail(c, x.p.email))},${f('phone-number', tel(c, x.e164))},${f('identification-number', nid(c, x))}}}}}
response: {"errors":[{"title":"Bad Request","details":"fields.birthdate must be in YYYY-MM-DD format"}]}`;
  }),
  tpl('persona', 'webhook-hmac', (c) => {
    const x = app(c);
    const sec = c.c('persona-webhook-secret', T.personaWebhook(c.r));
    const t = c.unix();
    return `[persona-webhook] signature verification failed (Persona-Signature: t=${t},v1=${sigHex(c)})
[persona-webhook] using secret ${sec} for event evt_${c.r.b62(24)}
[persona-webhook] payload: {"data":{"type":"event","attributes":{"name":"inquiry.approved","payload":{"data":{"type":"inquiry","id":"${inq(c)}","attributes":{"status":"approved","name-first":"${name(c, jsonAscii(x.p.given))}","name-last":"${name(c, jsonAscii(x.p.family))}","email-address":"${mail(c, x.p.email)}"}}}}}}`;
  }),
  tpl('persona', 'gov-id-verification', (c) => {
    const x = app(c, 'US');
    const [st, lic] = usLicence(c.r);
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `compliance-sync: could not map verification/government-id ${'ver_' + c.r.b62(24)} (unknown id-class "dl")
GET /api/v1/verifications/${'ver_' + c.r.b62(24)} Authorization=Bearer ${k}
{"type":"verification/government-id","attributes":{"status":"passed","id-class":"dl","identification-number":"${c.p('us-driver-license', lic)}","issuing-subdivision":"${st}","name-first":"${name(c, x.p.given.toUpperCase())}","name-middle":null,"name-last":"${name(c, x.p.family.toUpperCase())}","birthdate":"${born(c, dob(x.p))}","address-street-1":"${street(c, x.a.street.toUpperCase())}","address-city":"${x.a.city.toUpperCase()}","address-postal-code":"${post(c, x.a.postcode)}","expiration-date":"20${c.r.int(27, 33)}-0${c.r.int(1, 9)}-1${c.r.int(0, 9)}"}}`;
  }),
  tpl('persona', 'go-client-struct', (c) => {
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `${c.ts()} ERROR persona: list accounts: unexpected status 403
client: &persona.Client{APIKey:"${k}", BaseURL:"https://withpersona.com/api/v1", HTTP:(*http.Client)(0xc0001a2b40), Version:"2023-01-05"}
goroutine 47 [running]:
main.(*syncer).run(0xc00012c000)
	/src/cmd/persona-sync/main.go:112 +0x3c5`;
  }),
  tpl('persona', 'watchlist-report', (c) => {
    const x = app(c);
    const hit = app(c, c.pick(['UA', 'MX', 'NG', 'TR']));
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `report/watchlist ${'rep_' + c.r.b62(24)} status=ready has-match=true -> escalated (client key ${k})
{"attributes":{"term":"${name(c, x.p.full)}","birthdate":"${born(c, dob(x.p))}","matched-lists":[{"name":"OFAC SDN","url":"https://sanctionssearch.ofac.treas.gov"}],"matches":[{"name":"${name(c, hit.p.full)}","birthdates":["${born(c, dob(hit.p))}"],"score":0.91}]}}`;
  }),
  tpl('persona', 'database-verification', (c) => {
    const x = app(c, 'US');
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `curl -X POST https://withpersona.com/api/v1/verification/databases \\
  -H 'authorization: Bearer ${k}' \\
  -d '{"data":{"attributes":{"name-first":"${name(c, x.p.given)}","name-last":"${name(c, x.p.family)}","social-security-number":"${nid(c, x)}","birthdate":"${born(c, dob(x.p))}","phone-number":"${tel(c, x.phone)}","address-street-1":"${street(c, x.a.street)}","address-postal-code":"${post(c, x.a.postcode)}"}}}'
{"errors":[{"title":"Unprocessable Entity","details":"country-code is required"}]}`;
  }),
  tpl('persona', 'gha-env', (c) => {
    const k = c.c('persona-api-key', T.personaKey(c.r));
    const w = c.c('persona-webhook-secret', T.personaWebhook(c.r));
    return `Run ./scripts/seed-persona-templates.sh
  ./scripts/seed-persona-templates.sh
  shell: /usr/bin/bash -e {0}
  env:
    PERSONA_API_KEY: ${k}
    PERSONA_WEBHOOK_SECRET: ${w}
    NODE_ENV: production
Error: template itmpl_${c.r.b62(24)} not found (404)
Error: Process completed with exit code 1.`;
  }),
  // ---- Veriff ----
  tpl('veriff', 'session-create-400', (c) => {
    const x = app(c, c.pick(['IT', 'PL', 'SE', 'NL', 'FR', 'ES']));
    const s = c.c('veriff-shared-secret', c.r.uuid());
    return `Veriff session create failed (signed with shared secret ${s}): 400 {"status":"fail","code":1102,"message":"Mandatory parameters are missing from the request."}
POST https://stationapi.veriff.com/v1/sessions
X-HMAC-SIGNATURE: ${sigHex(c)}
{"verification":{"callback":"https://kyc.paynest.io/veriff/callback","person":{"firstName":"${name(c, x.p.given)}","lastName":"${name(c, x.p.family)}","idNumber":"${nid(c, x)}","dateOfBirth":"${born(c, dob(x.p))}"},"address":{"fullAddress":"${c.p('postal-address', x.a.full)}"},"vendorData":"${c.r.uuid()}"}}`;
  }),
  tpl('veriff', 'hmac-mismatch', (c) => {
    const s = c.c('veriff-shared-secret', c.r.uuid());
    return `${c.ts()} [warn] veriff.webhook: X-HMAC-SIGNATURE does not match
${c.ts()} [debug] veriff.webhook: hmac(sha256, key=${s}, body[${c.r.int(900, 2400)} bytes]) = ${sigHex(c)}
${c.ts()} [debug] veriff.webhook: header = ${sigHex(c)}
${c.ts()} [error] veriff.webhook: rejected decision for session ${c.r.uuid()} (${host(c)})`;
  }),
  tpl('veriff', 'decision-webhook', (c) => {
    const x = app(c, c.pick(['DE', 'ES', 'IT', 'GB', 'FR', 'SE']));
    const m = td3(c.r, x.p);
    return `unhandled decision code 9102 for session ${c.r.uuid()}; dumping payload
{"status":"success","verification":{"id":"${c.r.uuid()}","code":9102,"status":"declined","reason":"Physical document not used","person":{"firstName":"${name(c, jsonAscii(x.p.given.toUpperCase()))}","lastName":"${name(c, jsonAscii(x.p.family.toUpperCase()))}","idNumber":${x.id.kind === 'ssn' ? 'null' : `"${nid(c, x)}"`},"dateOfBirth":"${born(c, dob(x.p))}","nationality":"${x.p.cc}","gender":"${x.p.sex}"},"document":{"number":"${c.p('passport-number', m.docNo)}","type":"PASSPORT","country":"${x.p.cc}","validUntil":"20${c.r.int(28, 35)}-0${c.r.int(1, 9)}-2${c.r.int(0, 8)}"}},"technicalData":{"ip":"${c.p('ip-address', publicIp(c.r))}"}}`;
  }),
  tpl('veriff', 'media-presigned', (c) => {
    const kid = c.c('aws-access-key-id', 'ASIA' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
    const st = c.c('aws-session-token', encodeURIComponent('IQoJb3JpZ2luX2Vj' + c.r.b64(300)));
    return `media mirror failed (HTTP 403 SignatureDoesNotMatch) for session ${c.r.uuid()}
GET https://veriff-media-eu.s3.eu-west-1.amazonaws.com/${c.r.uuid()}/document-front.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${kid}%2F20260304%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260304T101522Z&X-Amz-Expires=300&X-Amz-Security-Token=${st}&X-Amz-Signature=${sigHex(c)}&X-Amz-SignedHeaders=host`;
  }),
  tpl('veriff', 'settings-repr', (c) => {
    const s = c.c('veriff-shared-secret', c.r.uuid());
    return `veriff_client.exceptions.VeriffError: decision not ready (session ${c.r.uuid()})
  in VeriffClient.get_decision with settings VeriffSettings(shared_secret='${s}', base_url='https://stationapi.veriff.com', timeout=15)`;
  }),
  tpl('veriff', 'proof-of-address', (c) => {
    const x = app(c, c.pick(['GB', 'IE', 'NL', 'IT', 'BR', 'IN', 'JP', 'CN', 'UA', 'VN']));
    return `PoA check: address mismatch between applicant and document (session ${c.r.uuid()})
applicant.address  = ${addrJson(c, x.a.full)}
document.extracted = {"fullName":"${name(c, x.p.full)}","address":"${c.p('postal-address', x.a.full.toUpperCase())}","issuer":"${c.pick(['British Gas', 'Enel Energia', 'Vodafone', 'Tata Power', 'Eneco'])}","issueDate":"2026-0${c.r.int(1, 9)}-0${c.r.int(1, 9)}"}`;
  }),
  tpl('veriff', 'laravel-config', (c) => {
    const x = app(c);
    const s = c.c('veriff-shared-secret', c.r.uuid());
    return `[${c.ts()}] production.ERROR: Veriff callback rejected for ${mail(c, jsonPhp(x.p.email))} {"config":{"base_url":"https:\\/\\/stationapi.veriff.com\\/v1","shared_secret":"${s}"},"exception":"[object] (App\\\\Exceptions\\\\VeriffSignatureException(code: 0): signature mismatch at \\/var\\/www\\/app\\/Services\\/Veriff.php:58)"}`;
  }),
];
const addrJson = (c: Ctx69, full: string): string => `"${c.p('postal-address', jsonAscii(full))}"`;
