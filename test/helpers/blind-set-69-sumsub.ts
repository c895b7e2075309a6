import { jsonAscii, sigHex, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { iso3, td3 } from './blind-set-69-ids';
import { app, born, dob, hcase, host, mail, name, nid, post, reqId, street } from './blind-set-69-kit';
import { T, basic, ein, iban } from './blind-set-69-tokens';

const appId = (c: Ctx69): string => c.r.hex(24);

/** Sumsub, Middesk and ComplyAdvantage failures. */
export const SUMSUB: Tpl69[] = [
  tpl('sumsub', 'signature-mismatch', (c) => {
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    const sec = c.c('sumsub-secret-key', T.sumsubSecret(c.r));
    return `SumsubError: 401 {"description":"Request signature mismatch","code":401,"correlationId":"req-${c.r.uuid()}","errorCode":4003}
  request: GET /resources/applicants/${appId(c)}/one
  ${hcase(c, 'X-App-Token')}: ${tok}
  X-App-Access-Ts: ${c.unix()}
  X-App-Access-Sig: ${sigHex(c)}
  signing with secretKey=${sec} (len=32)`;
  }),
  tpl('sumsub', 'access-token', (c) => {
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    const act = c.c('sumsub-access-token', T.sumsubAccess(c.r));
    return `DEBUG websdk: POST https://api.sumsub.com/resources/accessTokens?userId=usr_${c.r.int(100000, 999999)}&levelName=basic-kyc-level&ttlInSecs=600 [X-App-Token=${tok}]
DEBUG websdk: <- 200 {"token":"${act}","userId":"usr_${c.r.int(100000, 999999)}"}
ERROR websdk: snsWebSdk launch failed: "Invalid levelName" (host ${host(c)})`;
  }),
  tpl('sumsub', 'applicant-one', (c) => {
    const x = app(c, c.pick(['GB', 'DE', 'FR', 'ES', 'IT', 'PL', 'TR', 'UA']));
    const m = td3(c.r, x.p);
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    return `applicantReviewed handler: cannot map idDocs[0] for applicant ${appId(c)} (X-App-Token ${tok})
{"id":"${appId(c)}","createdAt":"${c.ts().replace('T', ' ').slice(0, 19)}","email":"${mail(c, x.p.email)}","info":{"firstName":"${name(c, jsonAscii(x.p.given))}","lastName":"${name(c, jsonAscii(x.p.family))}","dob":"${born(c, dob(x.p))}","country":"${iso3(x.p.cc)}","idDocs":[{"idDocType":"PASSPORT","country":"${iso3(x.p.cc)}","number":"${c.p('passport-number', m.docNo)}","mrzLine1":"${c.p('mrz-td3-l1', m.lines[0]!)}","mrzLine2":"${c.p('mrz-td3-l2', m.lines[1]!)}"}]},"review":{"reviewStatus":"completed","reviewResult":{"reviewAnswer":"RED","rejectLabels":["DOCUMENT_TEMPLATE"]}}}`;
  }),
  tpl('sumsub', 'webhook-digest', (c) => {
    const s = c.c('sumsub-webhook-secret', T.b62(c.r, c.r.int(20, 30)));
    return `[sumsub-hook] X-Payload-Digest mismatch (alg HMAC_SHA256_HEX): got ${sigHex(c)}
[sumsub-hook] SUMSUB_WEBHOOK_SECRET="${s}" (from vault path kv/kyc/sumsub)
[sumsub-hook] type=applicantReviewed applicantId=${appId(c)} inspectionId=${appId(c)} reviewAnswer=GREEN`;
  }),
  tpl('sumsub', 'php-curl-headers', (c) => {
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    return `PHP Warning:  curl_exec(): SSL connection timeout in /var/www/kyc/src/Sumsub/Client.php on line 91
array(3) {
  [0]=>
  string(${13 + tok.length}) "X-App-Token: ${tok}"
  [1]=>
  string(27) "X-App-Access-Ts: ${c.unix()}"
  [2]=>
  string(82) "X-App-Access-Sig: ${sigHex(c)}"
}`;
  }),
  tpl('sumsub', 'fixed-info', (c) => {
    const x = app(c, c.pick(['IT', 'ES', 'BR', 'IN', 'FR', 'SE']));
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    const sec = c.c('sumsub-secret-key', T.sumsubSecret(c.r));
    return `PATCH /resources/applicants/${appId(c)}/fixedInfo -> 400 "tin: invalid format" [token=${tok} secret=${sec}]
{"firstName":"${name(c, x.p.given)}","lastName":"${name(c, x.p.family)}","dob":"${born(c, dob(x.p))}","tin":"${nid(c, x)}","addresses":[{"street":"${street(c, x.a.street)}","town":"${x.a.city}","postCode":"${post(c, x.a.postcode)}","country":"${iso3(x.p.cc)}"}]}`;
  }),
  tpl('sumsub', 'payment-method', (c) => {
    const x = app(c, c.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL']));
    const ib = c.f('iban', iban(c.r, x.p.cc === 'PL' ? 'PL' : x.p.cc));
    return `${c.ts()} ERROR payout-kyc: sumsub paymentMethod ownership check failed
  applicant=${appId(c)} holder="${name(c, x.p.full)}" data={"type":"bankAccount","subType":"iban","data":{"iban":"${ib}","accountHolder":"${name(c, x.p.full.toUpperCase())}"}} status=RED`;
  }),
  // ---- Middesk ----
  tpl('middesk', 'curl-basic', (c) => {
    const k = c.c('middesk-api-key', T.middeskKey(c.r));
    return `$ curl -sv https://api.middesk.com/v1/businesses -u ${k}: -H 'Content-Type: application/json' -d @business.json
> Authorization: Basic ${c.c('basic-auth', basic(k, ''))}
< HTTP/2 401
{"errors":[{"message":"Invalid API key"}]}`;
  }),
  tpl('middesk', 'business-officers', (c) => {
    const a = app(c, 'US'),
      b = app(c, 'US');
    const k = c.c('middesk-api-key', T.middeskKey(c.r));
    return `middesk business ${c.r.uuid()} review task "tin" failed: IRS name mismatch (MIDDESK_API_KEY=${k})
{"name":"Tallyhome Services LLC","tin":{"tin":"${c.f('ein', ein(c.r).replace('-', ''))}","name":"TALLYHOME SVCS LLC","verified":false},"people":[{"name":"${name(c, a.p.full)}","titles":[{"object":"title","title":"Manager"}]},{"name":"${name(c, b.p.full.toUpperCase())}","titles":[{"object":"title","title":"Member"}]}],"addresses":[{"full_address":"1101 Lavaca St, Austin, TX 78701"}]}`;
  }),
  tpl('middesk', 'webhook-secret', (c) => {
    const s = c.c('middesk-webhook-secret', T.hex(c.r, 64));
    return `middesk webhook rejected: X-Middesk-Signature-256 ${sigHex(c)} != computed ${sigHex(c)}
secret in use: ${s}
event: business.updated id=${c.r.uuid()}`;
  }),
  tpl('middesk', 'sidekiq-args', (c) => {
    const x = app(c, 'US');
    return `${c.ts()} pid=${c.r.int(100, 999)} tid=${c.r.b62(4).toLowerCase()} class=MiddeskSubmitJob jid=${c.r.hex(24)} ERROR: Middesk::ValidationError: people[0].ssn is invalid
args: [{"business_name"=>"Orbit Payroll Inc", "tin"=>"${c.f('ein', ein(c.r))}", "people"=>[{"name"=>"${name(c, x.p.full)}", "ssn"=>"${nid(c, x)}", "dob"=>"${born(c, dob(x.p))}"}]}]`;
  }),
  tpl('middesk', 'sql-insert', (c) => {
    const x = app(c, c.pick(['GB', 'IE', 'US', 'IT']));
    const fam = x.p.family.replace(/'/g, "''");
    const s = x.p.cc === 'US' ? c.p('ssn', x.id.value) : null;
    return `ERROR:  value too long for type character varying(9)
STATEMENT:  INSERT INTO kyb_owners (business_id, given_name, family_name, owner_ssn, owner_dob, owner_email) VALUES (${c.r.int(1000, 9999)}, '${name(c, x.p.given)}', '${name(c, fam)}', ${s ? `'${s}'` : 'NULL'}, '${born(c, dob(x.p))}', '${mail(c, x.p.email)}')`;
  }),
  tpl('middesk', 'django-settings', (c) => {
    const k = c.c('middesk-api-key', T.middeskKey(c.r));
    const s = c.c('middesk-webhook-secret', T.hex(c.r, 64));
    return `django.core.exceptions.ImproperlyConfigured: MIDDESK_ENV must be 'sandbox' or 'production'
settings snapshot (DEBUG=True):
MIDDESK_API_KEY = '${k}'
MIDDESK_WEBHOOK_SECRET = '${s}'
MIDDESK_ENV = 'prod'`;
  }),
  // ---- ComplyAdvantage ----
  tpl('complyadvantage', 'search-401', (c) => {
    const x = app(c);
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    return `POST https://api.complyadvantage.com/searches?api_key=${k} -> 401 {"code":401,"message":"Invalid API key","status":"failure"}
body: {"search_term":"${name(c, jsonAscii(x.p.full))}","client_ref":"CUST-${c.r.int(10000, 99999)}","fuzziness":0.6,"filters":{"types":["sanction","warning","pep"]}}`;
  }),
  tpl('complyadvantage', 'search-hits', (c) => {
    const x = app(c),
      h = app(c, c.pick(['UA', 'TR', 'NG', 'MX']));
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    return `screening ${c.r.int(100000000, 999999999)} match_status=potential_match risk_level=high -> blocking onboarding
Authorization: Token ${k}
{"search_term":"${name(c, x.p.full)}","hits":[{"doc":{"name":"${name(c, h.p.full)}","aka":[{"name":"${name(c, h.p.latinGiven + ' ' + h.p.latinFamily)}"}],"fields":[{"name":"Date of Birth","value":"${born(c, dob(h.p))}"}],"types":["pep-class-2","sanction"]},"match_types":["name_fuzzy"],"score":1.7}]}`;
  }),
  tpl('complyadvantage', 'monitor-webhook', (c) => {
    const x = app(c);
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    return `GET /searches/${c.r.int(100000000, 999999999)}?api_key=${k}
monitored_search_updated for client_ref CUST-${c.r.int(10000, 99999)}: case reopened
search_term="${name(c, x.p.full)}" email=${mail(c, x.p.email)} new_hits=2 is_suspended=false`;
  }),
  tpl('complyadvantage', 'requests-query', (c) => {
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    return `requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.complyadvantage.com/searches/${c.r.int(100000000, 999999999)}/details?api_key=${k}&share_url=1
  File "/app/screening/ca.py", line 73, in fetch_details`;
  }),
  tpl('complyadvantage', 'batch-csv', (c) => {
    const a = app(c),
      b = app(c),
      d = app(c);
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    const row = (x: typeof a): string => `"${name(c, x.p.full)}",${born(c, dob(x.p))},${x.p.cc}`;
    return `nightly rescreen aborted at row 3 (HTTP 429), api_key=${k}
name,birth_date,country
${row(a)}
${row(b)}
${row(d)}`;
  }),
  tpl('complyadvantage', 'java-client', (c) => {
    const k = c.c('complyadvantage-api-key', T.alnum(c.r, 32));
    return `java.lang.IllegalStateException: screening client misconfigured: ComplyAdvantageClient{baseUrl=https://api.complyadvantage.com, apiKey=${k}, fuzziness=0.5, timeoutMs=8000}
	at com.brightvault.screening.ScreeningService.init(ScreeningService.kt:41) [request ${reqId(c)}]`;
  }),
];
