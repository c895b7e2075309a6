import { js, type Tpl } from './blind-set-72-core';

/** HTTP request dumps and retried-request logs: headers, query strings, form bodies. */
export const HTTP: Tpl[] = [
  ['curl-verbose-hubspot', (x) => `> POST /crm/v3/objects/contacts HTTP/2
> Host: api.hubapi.com
> authorization: Bearer ${x.t('hubspot')}
> content-type: application/json
> 
{"properties":{"email":"${x.email()}","phone":"${x.phone()}","address":${js(x.street())},"date_of_birth":"${x.dob()}"}}
< HTTP/2 409`],
  ['axios-config-dump', (x) => `AxiosError: Request failed with status code 403 {"config":{"url":"https://api.linear.app/graphql","method":"post","headers":{"Accept":"application/json, text/plain, */*","Content-Type":"application/json","Authorization":"${x.t('linear')}","User-Agent":"axios/1.6.7"},"data":"{\\"query\\":\\"mutation { issueCreate(input: {title: \\\\\\"Sync failed\\\\\\"}) { success } }\\"}"}}`],
  ['go-httputil-dump', (x) => `DEBUG dumped request:
POST /v2/tokens HTTP/1.1
Host: api.cloudflare.com
Authorization: Bearer ${x.t('cloudflare')}
X-Auth-Email: ${x.email()}
X-Auth-Key: ${x.t('cf_global')}
Content-Type: application/json`],
  ['datadog-headers-logfmt', (x) => `ts=${x.ts()} level=error caller=forwarder.go:212 msg="intake rejected" status=403 url=https://api.datadoghq.eu/api/v2/logs dd_api_key=${x.t('dd_api')} dd_application_key=${x.t('dd_app')} retry=3`],
  ['newrelic-nerdgraph', (x) => `[newrelic-sync] POST https://api.newrelic.com/graphql -> 401 {"errors":[{"message":"Invalid API key"}]} headers={'API-Key': '${x.t('newrelic')}', 'Content-Type': 'application/json'} license_key=${x.t('newrelic_license')}`],
  ['okta-ssws', (x) => `2026-04-11 09:12:33.018 WARN  [okta-scim-sync] c.a.s.OktaClient - GET https://acme.okta.com/api/v1/users?filter=profile.email+eq+%22${x.enc(x.email())}%22 failed 401 E0000011 Invalid token provided; request headers: {Accept=[application/json], Authorization=[SSWS ${x.t('okta')}]}`],
  ['pagerduty-events', (x) => `retrying (2/5) POST https://api.pagerduty.com/incidents status=401 Authorization="Token token=${x.t('pagerduty')}" From="${x.email()}" routing_key=${x.t('pd_routing')}`],
  ['query-string-keys', (x) => `${x.ip()} - - [02/May/2026:14:03:11 +0000] "GET /v1/geocode?address=${x.enc(x.street())}&access_token=${x.t('mapbox_sk')} HTTP/1.1" 502 173 "-" "python-requests/2.31.0"`],
  ['nginx-google-key', (x) => `${x.ip()} - - [11/Jun/2026:08:44:02 +0000] "GET /maps/api/geocode/json?latlng=45.5231,-122.6765&key=${x.t('google_api')} HTTP/1.1" 403 311 "-" "okhttp/4.12.0" rt=0.183`],
  ['form-body-oauth', (x) => `POST https://oauth2.googleapis.com/token
Content-Type: application/x-www-form-urlencoded
client_id=${x.num(12)}-${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com&client_secret=${x.t('google_secret')}&refresh_token=${x.enc(x.t('google_refresh'))}&grant_type=refresh_token
<- 400 {"error":"invalid_grant","error_description":"Token has been expired or revoked."}`],
  ['twilio-form-body', (x) => `http.request method=POST url=https://api.twilio.com/2010-04-01/Accounts/AC${x.hex(32)}/Messages.json body="To=${x.enc(x.phone())}&From=%2B1${x.num(10)}&Body=Hi+there" basic_auth=AC${x.hex(32)}:${x.t('twilio_token')}`],
  ['requests-retry-log', (x) => `urllib3.connectionpool WARNING Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError("HTTPSConnectionPool(host='api.airtable.com', port=443): Read timed out. (read timeout=10)")': /v0/app${x.alnum(14)}/Customers?api_key=${x.t('airtable')}`],
  ['notion-retry', (x) => `{"timestamp":"${x.ts()}","level":"warn","logger":"@notionhq/client","message":"request fail","code":"unauthorized","attempt":3,"headers":{"Notion-Version":"2022-06-28","Authorization":"Bearer ${x.t(x.pick(['notion_secret', 'notion_ntn']))}"}}`],
  ['asana-zendesk-basic', (x) => `ERROR 2026-05-07T10:22:41Z zendesk.sync HTTP 401 GET https://acme.zendesk.com/api/v2/users/search.json?query=${x.enc(x.email())} auth=${js(`ops@acme.com/token:${x.t('zendesk')}`)} asana_pat=${x.t('asana')}`],
  ['x-api-key-headers', (x) => `request failed after 3 attempts: POST https://api.${x.pick(['cohere.com/v1/embed', 'mistral.ai/v1/chat/completions', 'anthropic.com/v1/messages'])}\n  headers: {"x-api-key":"${x.t('anthropic')}","anthropic-version":"2023-06-01","X-Request-Id":"${x.uuid()}"}`],
  ['algolia-headers', (x) => `AlgoliaSearch\\Exceptions\\UnreachableException: Impossible to connect, please check your Algolia Application Id.
  headers: X-Algolia-Application-Id: ${x.upper(10)}, X-Algolia-API-Key: ${x.t('algolia_admin')}`],
  ['fastly-purge', (x) => `curl -sS -X POST -H "Fastly-Key: ${x.t('fastly')}" -H "Accept: application/json" https://api.fastly.com/service/${x.alnum(22)}/purge_all\n{"msg":"Provided credentials are missing or invalid"}`],
  ['vercel-netlify-deploy', (x) => `DeployError: HTTP 403 from ${x.pick(['https://api.vercel.com/v13/deployments?teamId=team_' + x.alnum(24), 'https://api.netlify.com/api/v1/sites'])} — request: {"method":"POST","headers":{"authorization":"Bearer ${x.t(x.pick(['vercel', 'netlify']))}"}}`],
  ['heroku-do-api', (x) => `> GET ${x.pick(['https://api.heroku.com/apps/acme-billing/config-vars', 'https://api.digitalocean.com/v2/droplets'])}\n> Authorization: Bearer ${x.t(x.pick(['heroku', 'digitalocean']))}\n< HTTP/1.1 401 Unauthorized\n< {"id":"unauthorized","message":"Unable to authenticate you"}`],
  ['dropbox-box-docusign', (x) => `POST https://content.dropboxapi.com/2/files/upload failed: 401 expired_access_token. Dropbox-API-Arg={"path":"/exports/${x.p('name', x.person().full.replace(/ /g, '_'))}_statement.pdf","mode":"add"} Authorization: Bearer ${x.t('dropbox')}`],
  ['zoom-jwt-header', (x) => `zoom-webhook-relay | 2026-02-19T15:31:07Z | POST https://api.zoom.us/v2/users/me/meetings -> 124 Invalid access token | Authorization: Bearer ${x.c('zoom-access-token', x.raw('jwt_bearer'))} | client_secret=${x.t('zoom_secret')}`],
  ['raw-http-cookie', (x) => `GET /api/v1/me HTTP/1.1\r\nHost: acme.my.salesforce.com\r\nCookie: sid=${x.t('sf_session')}; BrowserId=${x.alnum(22)}\r\nX-SFDC-Session: ${x.t('sf_session')}\r\n\r\n`],
  ['supabase-rest', (x) => { const k = x.t('supabase_service'); return `PostgrestError: {"code":"42501","message":"permission denied for table customers"} request={"url":"https://${x.r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co/rest/v1/customers?select=*","headers":{"apikey":"${k}","Authorization":"Bearer ${k}"}}`; }],
  ['telegram-url', (x) => `aiohttp.client_exceptions.ClientResponseError: 409, message='Conflict: terminated by other getUpdates request', url=URL('https://api.telegram.org/bot${x.t('telegram')}/getUpdates?offset=${x.num(9)}&timeout=30')`],
  ['discord-webhook-post', (x) => `[alerts] discord webhook delivery failed (429, retry_after=1.2): ${x.t('discord_webhook')} payload={"content":"Refund issued to ${x.name()}"}`],
];
