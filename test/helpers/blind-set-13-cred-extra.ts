import { B62, B64URL, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { cred, pos, type PosCase13 } from './blind-set-13-types';

const when = (r: Rng9): string => `2026-11-${r.int(10, 28)}T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;

/** An OpenSSH private key block of `n` random bytes, with real newlines. */
function opensshKey(r: Rng9, n: number): string {
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), r.bytes(n)]).toString('base64').match(/.{1,70}/g)!.join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
}

/** More credentials: developer platforms, payments, messaging, queues and keys in automation output. */
export const credExtra: PosCase13[] = [
  (r) => {
    const t = `sntryu_${r.hex(64)}`;
    return pos('sentry/cli-debug', `  DEBUG   ${when(r)} sentry-cli: request GET https://sentry.io/api/0/organizations/acme/releases/\n  DEBUG   ${when(r)} sentry-cli: using token authentication\n  DEBUG   ${when(r)} sentry-cli: > Authorization: Bearer ${t}\n  DEBUG   ${when(r)} sentry-cli: response status: 401`, cred('sentry-user-token', t));
  },
  (r) => {
    const k = `PMAK-${r.hex(24)}-${r.hex(34)}`;
    return pos('postman/newman-ci', `+ newman run "https://api.getpostman.com/collections/${r.digits(8)}-${r.uuid()}?apikey=${k}" -e staging.json\nerror: collection could not be loaded\n  unable to fetch data from url: Unauthorized`, cred('postman-api-key', k));
  },
  (r) => {
    const t = `ntn_${r.digits(11)}${r.b62(35)}`;
    return pos('notion/python-client', `notion_client.errors.APIResponseError: API token is invalid.\n  File "/srv/docs-sync/sync.py", line 19, in <module>\n    notion = Client(auth="${t}")`, cred('notion-token', t));
  },
  (r) => {
    const t = `pat${r.b62(14)}.${r.hex(64)}`;
    return pos('airtable/node', `AirtableError { error: 'AUTHENTICATION_REQUIRED', message: 'Authentication required', statusCode: 401 }\n  base = new Airtable({ apiKey: '${t}' }).base('app${r.b62(14)}')`, cred('airtable-pat', t));
  },
  (r) => {
    const t = `EAAA${r.chars(B64URL, 60)}`;
    return pos('square/java-sdk', `com.squareup.square.exceptions.ApiException: HTTP Response Not OK\n\tstatus: 401, errors: [{category=AUTHENTICATION_ERROR, code=UNAUTHORIZED}]\n\tat com.squareup.square.api.BaseApi.validateResponse(BaseApi.java:89)\nSquareClient.Builder().environment(PRODUCTION).accessToken("${t}")`, cred('square-access-token', t));
  },
  (r) => {
    const s = r.chars(B64URL, 80);
    return pos('paypal/curl', `+ curl -v https://api-m.paypal.com/v1/oauth2/token -u "${r.chars(B64URL, 80)}:${s}" -d "grant_type=client_credentials"\n< HTTP/2 401\n{"error":"invalid_client","error_description":"Client Authentication failed"}`, cred('paypal-client-secret', s));
  },
  (r) => {
    const t = r.chars(B64URL, 40);
    return pos('cloudflare/wrangler', `✘ [ERROR] A request to the Cloudflare API (/accounts/${r.hex(32)}/workers/scripts/edge-router) failed.\n  Authentication error [code: 10000]\n🪵  Logs were written to "/home/ci/.wrangler/logs/wrangler-2026-11-${r.int(10, 28)}.log"\nCI env: CLOUDFLARE_ACCOUNT_ID=${r.hex(32)} CLOUDFLARE_API_TOKEN=${t}`, cred('cloudflare-api-token', t));
  },
  (r) => {
    const t = `dop_v1_${r.hex(64)}`;
    return pos('digitalocean/doctl', `Error: GET https://api.digitalocean.com/v2/kubernetes/clusters: 401 (request "${r.uuid()}") Unable to authenticate you\n+ doctl auth init --access-token ${t} --context ci`, cred('digitalocean-token', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('algolia/php', `Algolia\\AlgoliaSearch\\Exceptions\\BadRequestException: Method not allowed with this API key\nrequest headers: {"X-Algolia-Application-Id":"${r.chars(UPPER, 10)}","X-Algolia-API-Key":"${k}","Content-Type":"application/json"}`, cred('algolia-admin-key', k));
  },
  (r) => {
    const k = `gsk_${r.b62(52)}`;
    return pos('groq/langchain', `groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\nChatGroq(model="llama-3.1-70b-versatile", temperature=0, api_key=SecretStr('${k}'))`, cred('groq-key', k));
  },
  (r) => {
    const k = `AAAA${r.chars(B64URL, 7)}:APA91b${r.chars(B64URL, 134)}`;
    return pos('fcm/legacy-header', `FCM legacy send failed 401 Unauthorized\n> POST https://fcm.googleapis.com/fcm/send\n> Authorization: key=${k}\n> Content-Type: application/json`, cred('fcm-server-key', k));
  },
  (r) => {
    const pw = r.password(18);
    return pos('redis/cli-history', `+ redis-cli -h cache-${r.chars(LOWER, 4)}.acme.internal -p 6380 --tls -a '${pw}' --no-auth-warning FLUSHDB\n(error) NOAUTH Authentication required.`, cred('redis-password', pw));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('rabbitmq/celery', `[${when(r)}: ERROR/MainProcess] consumer: Cannot connect to amqps://worker:${pw}@b-${r.uuid()}.mq.eu-central-1.amazonaws.com:5671//: [Errno 104] Connection reset by peer.\nTrying again in 4.00 seconds... (2/100)`, cred('amqp-password', pw));
  },
  (r) => {
    const key = opensshKey(r, 360);
    return pos('ssh/ansible-debug', `TASK [deploy : write deploy key] ***\nok: [web-${r.int(1, 9)}] => {\n    "msg": "${key.replace(/\n/g, '\\n')}"\n}\nfatal: [web-${r.int(1, 9)}]: UNREACHABLE! => {"changed": false}\n--- raw ---\n${key}`, cred('openssh-private-key', key));
  },
  (r) => {
    const pw = r.password(16);
    return pos('smtp/django-settings', `SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')\nsettings: EMAIL_HOST='smtp.office365.com' EMAIL_PORT=587 EMAIL_HOST_USER='noreply-billing@acme.io' EMAIL_HOST_PASSWORD='${pw}' EMAIL_USE_TLS=True`, cred('smtp-password', pw));
  },
  (r) => {
    const t = `sk.eyJ1IjoiYWNtZSIsImEiOiJ${r.chars(B62, 20)}In0.${r.chars(B64URL, 22)}`;
    return pos('mapbox/tiles-upload', `mapbox upload acme.parcels ./parcels.mbtiles\nError: {"message":"Not Authorized - Invalid Token"}\nMAPBOX_ACCESS_TOKEN=${t}`, cred('mapbox-secret-token', t));
  },
];
