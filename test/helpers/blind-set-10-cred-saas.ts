import { B64URL, B62, DIGITS, LOWER, UPPER } from './blind-set-10-rng';
import { cred, pos, type PosCase10 } from './blind-set-10-types';
import { email, podName, ts } from './blind-set-10-values';

/** CRM, messaging, support-desk, feature-flag, analytics, maps and productivity tokens. */
export const credSaas: PosCase10[] = [
  (r) => {
    const k = `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`;
    return pos('saas/hubspot-private-app-python', `hubspot.crm.contacts.exceptions.ApiException: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json;charset=utf-8'})\nRequest headers: {'Authorization': 'Bearer ${k}', 'User-Agent': 'hubspot-api-client-python; 8.2.1'}`, cred('hubspot-private-app-token', k));
  },
  (r) => {
    const sid = `00D${r.chars(B62, 12)}!${r.chars(B62 + '.', 96)}`;
    return pos('saas/salesforce-session-id-soap', `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n <soapenv:Header><urn:SessionHeader><urn:sessionId>${sid}</urn:sessionId></urn:SessionHeader></soapenv:Header>\n</soapenv:Envelope>\nfaultcode: sf:INVALID_SESSION_ID`, cred('salesforce-session-id', sid));
  },
  (r) => {
    const k = r.hex(40);
    return pos('saas/pipedrive-api-token-query', `10.4.22.31 - - [03/Nov/2026:09:14:51 +0000] "GET /v1/deals?status=open&start=0&api_token=${k} HTTP/1.1" 401 96 "-" "crm-sync/2.3.0 (node)"`, cred('pipedrive-api-token', k));
  },
  (r) => {
    const k = `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
    return pos('saas/sendgrid-key-csharp', `System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).\n   at Notify.Mail.SendGridSender.SendAsync(MailMessage msg) in /src/Notify/Mail/SendGridSender.cs:line 61\n   SendGridClientOptions { ApiKey = ${k}, Host = https://api.sendgrid.com }`, cred('sendgrid-api-key', k));
  },
  (r) => {
    const k = `key-${r.hex(32)}`;
    return pos('saas/mailgun-key-httpie', `$ http --auth api:${k} -f POST https://api.eu.mailgun.net/v3/mg.brightwell-freight.co.uk/messages from=ops@brightwell-freight.co.uk to=${email(r)} subject=Receipt\nHTTP/1.1 401 UNAUTHORIZED\nForbidden`, cred('mailgun-api-key', k));
  },
  (r) => {
    const k = r.uuid();
    return pos('saas/postmark-server-token', `Postmark::InvalidApiKeyError: The Server Token you provided in the X-Postmark-Server-Token request header was invalid.\n  request headers: {"Accept"=>"application/json", "X-Postmark-Server-Token"=>"${k}"}`, cred('postmark-server-token', k));
  },
  (r) => {
    const sid = `SK${r.hex(32)}`;
    const sec = r.b62(32);
    return pos('saas/twilio-api-key-secret-env', `twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\nsettings: TWILIO_ACCOUNT_SID=AC${r.hex(32)} TWILIO_API_KEY=${sid} TWILIO_API_SECRET=${sec}`, cred('twilio-api-secret', sec));
  },
  (r) => {
    const tok = r.hex(32);
    return pos('saas/twilio-auth-token-basic', `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC${r.hex(32)}/Messages.json" --data-urlencode "Body=Your code is ${r.digits(6)}" -u "AC${r.hex(32)}:${tok}"\n{"code": 20003, "message": "Authenticate", "status": 401}`, cred('twilio-auth-token', tok));
  },
  (r) => {
    const sec = r.b62(16);
    return pos('saas/vonage-api-secret-query', `GET https://rest.nexmo.com/sms/json?api_key=${r.hex(8)}&api_secret=${sec}&from=Herald&to=447${r.digits(9)}&text=OTP -> {"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`, cred('vonage-api-secret', sec));
  },
  (r) => {
    const k = `${r.hex(32)}-us${r.int(2, 21)}`;
    return pos('saas/mailchimp-key-php', `PHP Fatal error:  Uncaught MailchimpMarketing\\ApiException: [401] Client error: API Key Invalid in /var/www/html/vendor/mailchimp/marketing/lib/Api/ListsApi.php:1204\nStack trace:\n#0 /var/www/html/app/Jobs/SyncAudience.php(42): MailchimpMarketing\\Configuration->setConfig(Array('apiKey' => '${k}', 'server' => 'us6'))`, cred('mailchimp-api-key', k));
  },
  (r) => {
    const tok = r.chars(B62, 40);
    const who = email(r);
    return pos('saas/zendesk-token-basic-decoded', `zendesk_api: GET https://brightwell.zendesk.com/api/v2/tickets/${r.digits(6)}.json failed (401)\n  auth: user="${who}/token" token="${tok}"`, cred('zendesk-api-token', tok));
  },
  (r) => {
    const tok = Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64').replace(/=+$/, '') + '=';
    return pos('saas/intercom-token-header', `intercom-client error: 401 unauthorized (token_unauthorized)\n  -> POST /contacts/search  Authorization: Bearer ${tok}  Intercom-Version: 2.11`, cred('intercom-access-token', tok));
  },
  (r) => {
    const k = `sdk-${r.uuid()}`;
    return pos('saas/launchdarkly-sdk-key-go', `level=error ts=${ts(r)} caller=flags.go:44 msg="LaunchDarkly client failed to initialize" err="HTTP error 401 (invalid SDK key)" sdkKey=${k} stream=https://stream.launchdarkly.com`, cred('launchdarkly-sdk-key', k));
  },
  (r) => {
    const k = `ser.${r.chars(B62, 22)}`;
    return pos('saas/flagsmith-server-key-json', `{"timestamp":"${ts(r)}","service":"checkout","level":"ERROR","message":"flagsmith environment document fetch failed","error":"403 Forbidden","flagsmith":{"environment_key":"${k}","api_url":"https://edge.api.flagsmith.com/api/v1/"}}`, cred('flagsmith-server-key', k));
  },
  (r) => {
    const k = `sk.eyJ1Ijoi${r.chars(B64URL, 30)}.${r.chars(B64URL, 22)}`;
    return pos('saas/mapbox-secret-token-ci', `#14 [build 6/9] RUN npm ci\n#14 12.31 npm ERR! 401 Unauthorized - GET https://api.mapbox.com/downloads/v2/releases/maven - MAPBOX_DOWNLOADS_TOKEN=${k}`, cred('mapbox-secret-token', k));
  },
  (r) => {
    const k = `phx_${r.b62(43)}`;
    return pos('saas/posthog-personal-key-python', `posthog.request.APIError: [PostHog] Personal API key is invalid (401)\n  File "/app/analytics/export.py", line 23, in <module>\n    Posthog(project_api_key="phc_${r.b62(43)}", personal_api_key="${k}", host="https://eu.posthog.com")`, cred('posthog-personal-api-key', k));
  },
  (r) => {
    const k = r.hex(32);
    return pos('saas/algolia-admin-key-js', `AlgoliaSearchError: Method not allowed with this API key\n    at /srv/indexer/node_modules/@algolia/transporter/dist/transporter.cjs.js:233:27\n  client: algoliasearch("${r.chars(UPPER + DIGITS, 10)}", "${k}") // admin key used by reindex job`, cred('algolia-admin-key', k));
  },
  (r) => {
    const k = `pat${r.chars(B62, 14)}.${r.hex(64)}`;
    return pos('saas/airtable-pat-ruby-inspect', `Airtable::Error: HTTP 401: AUTHENTICATION_REQUIRED\n  #<Airtable::Client:0x00007f3c2a1b8e40 @api_key="${k}", @base_id="app${r.chars(B62, 14)}">`, cred('airtable-pat', k));
  },
  (r) => {
    const k = `ntn_${r.digits(11)}${r.chars(B62, 35)}`;
    return pos('saas/notion-token-yaml', `notion-sync:\n  enabled: true\n  database: ${r.hex(32)}\n  token: "${k}"\nerror: APIResponseError: API token is invalid. (code=unauthorized)`, cred('notion-integration-token', k));
  },
  (r) => {
    const k = `lin_api_${r.b62(40)}`;
    return pos('saas/linear-key-graphql', `[linear-webhook] GraphQL request failed: {"query":"mutation { issueCreate(input: {teamId: \\"${r.uuid()}\\", title: \\"Alert\\"}) { success } }"} headers: {"Authorization":"${k}"} -> {"errors":[{"message":"Authentication required, not authenticated","extensions":{"code":"AUTHENTICATION_ERROR"}}]}`, cred('linear-api-key', k));
  },
  (r) => {
    const k = `figd_${r.chars(B64URL, 40)}`;
    return pos('saas/figma-token-header', `figma-export: GET /v1/files/${r.chars(B62, 22)} -> 403 {"status":403,"err":"Invalid token"}\n  X-Figma-Token: ${k}`, cred('figma-pat', k));
  },
  (r) => {
    const k = `CFPAT-${r.chars(B64URL, 43)}`;
    return pos('saas/contentful-cma-cli', `$ contentful space export --space-id ${r.chars(LOWER + DIGITS, 12)} --management-token ${k}\nError: The access token you sent could not be found or is invalid.`, cred('contentful-management-token', k));
  },
  (r) => {
    const tok = `${r.int(100000000, 7999999999)}:AA${r.chars(B64URL, 33)}`;
    return pos('saas/telegram-bot-url', `aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://api.telegram.org/bot${tok}/sendMessage')`, cred('telegram-bot-token', tok));
  },
  (r) => {
    const k = `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.digits(13)}-${r.hex(64)}`;
    return pos('saas/slack-app-token-bolt', `[ERROR]  bolt-app An API error occurred: invalid_auth\n  SocketModeClient { appToken: '${k}', logLevel: 'info' } pod=${podName(r, 'slack-bot')}`, cred('slack-app-token', k));
  },
  (r) => {
    const path = `T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(B62, 24)}`;
    const url = `https://hooks.slack.com/services/${path}`;
    return pos('saas/slack-webhook-url-encoded', `POST /internal/notify-test 500 form: channel=%23ops&webhook=${encodeURIComponent(url)}&text=deploy+finished`, cred('slack-webhook-url', encodeURIComponent(url)));
  },
  (r) => {
    const url = `https://${r.pick(['brightwell', 'tallgrass'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.chars(B64URL, 40)}`;
    return pos('saas/teams-webhook-url', `System.Net.Http.HttpRequestException: 400 Bad Request ("Summary or Text is required.")\n   posting to ${url}`, cred('teams-webhook-url', url));
  },
  (r) => {
    const k = `${r.chars(LOWER + DIGITS, 24)}`;
    return pos('saas/freshdesk-key-basic', `freshdesk: GET https://brightwell.freshdesk.com/api/v2/contacts?email=x -> 401 {"code":"invalid_credentials","message":"You have to be logged in to perform this action."}\n  requests auth=('${k}', 'X')`, cred('freshdesk-api-key', k));
  },
];
