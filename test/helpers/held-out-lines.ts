import { randomBytes, randomInt } from './seeded-random';
import { card, iban, jwt, openssh, password, pem, pick, rnd, sha256, uuid } from './held-out-gen';

/** A log line (or block) with the values in it that must be fully covered by findings. */
export interface HeldOutCase { id: string; group: 'credential' | 'personal' | 'financial'; text: string; values: string[] }
/** A log line that holds nothing sensitive. */
export interface HeldOutNegative { id: string; text: string }

/** n random digits, the first not 0. */
const digits = (n: number): string => String(randomInt(1, 10)) + Array.from({ length: n - 1 }, () => String(randomInt(10))).join('');
const ts = (): string => `2026-12-03T21:${String(randomInt(60)).padStart(2, '0')}:${String(randomInt(60)).padStart(2, '0')}.${randomInt(100, 999)}Z`;
const akid = (): string => 'AKIA' + rnd('up', 16).replace(/[^A-Z2-7]/g, 'Q');
const asid = (): string => 'ASIA' + rnd('up', 16);
const awsSecret = (): string => rnd('b64', 40);
const stsToken = (): string => 'IQoJb3JpZ2luX2VjE' + rnd('b64', 300) + '==';
const slackBot = (): string => `xoxb-${digits(12)}-${digits(13)}-${rnd('b62', 24)}`;
const ghp = (): string => 'ghp_' + rnd('b62', 36);
const glpat = (): string => 'glpat-' + rnd('url', 20);
const sk = (): string => 'sk_live_' + rnd('b62', 99);
const rk = (): string => 'rk_live_' + rnd('b62', 99);
const whsec = (): string => 'whsec_' + rnd('b62', 32);
const sg = (): string => `SG.${rnd('url', 22)}.${rnd('url', 43)}`;
const twSid = (): string => 'AC' + rnd('hex', 32);
const twTok = (): string => rnd('hex', 32);
const shpat = (): string => 'shpat_' + rnd('hex', 32);
const hubspotPat = (): string => `pat-na1-${uuid()}`;
const ddApi = (): string => rnd('hex', 32);
const ddApp = (): string => rnd('hex', 40);
const npmTok = (): string => 'npm_' + rnd('b62', 36);
const oktaTok = (): string => '00' + rnd('url', 40);
const pdKey = (): string => 'u+' + rnd('url', 18);
const sentryKey = (): string => rnd('hex', 32);
const email = (): string => `${pick(['maria.lopez', 'j.okafor', 'chen.wei', 'anna-k', 'tom.b'])}${randomInt(10, 99)}@${pick(['gmail.com', 'acme-corp.io', 'outlook.com', 'fastmail.fm'])}`;
const e164 = (): string => `+1${pick(['415', '646', '312'])}${randomInt(2000000, 9999999)}`;
const ukPhone = (): string => `+44 7${randomInt(100, 999)} ${randomInt(100000, 999999)}`;
const frNat = (): string => `06 ${randomInt(10, 99)} ${randomInt(10, 99)} ${randomInt(10, 99)} ${randomInt(10, 99)}`;
const visa = (): string => card('4' + String(randomInt(10, 99)), 16);
const mc = (): string => card('5' + String(randomInt(1, 6)), 16);
const amex = (): string => card(pick(['34', '37']), 15);
const hostDb = (): string => pick(['orders-db.internal', 'pg-prod-2.acme.net', 'mysql.svc.cluster.local']);

type Gen = () => { text: string; values: string[]; group?: HeldOutCase['group'] };

/** The positive generators: ~120 realistic integration log lines. */
const POS: Record<string, Gen> = {
  'stripe-sdk-header': () => { const k = sk(); return { text: `${ts()} DEBUG stripe: Request: POST https://api.stripe.com/v1/payment_intents headers={"Authorization": "Bearer ${k}", "Stripe-Version": "2024-06-20"}`, values: [k] }; },
  'stripe-env': () => { const k = rk(); return { text: `STRIPE_RESTRICTED_KEY=${k}`, values: [k] }; },
  'stripe-webhook-secret-yaml': () => { const k = whsec(); return { text: `  stripe:\n    webhook_signing_secret: ${k}`, values: [k] }; },
  'stripe-python-repr': () => { const k = sk(); return { text: `stripe.error.AuthenticationError: Request req_${rnd('b62', 14)}: Invalid API Key provided: ${k}`, values: [k] }; },
  'twilio-basic-url': () => { const s = twSid(), t = twTok(); return { text: `POST https://${s}:${t}@api.twilio.com/2010-04-01/Accounts/${s}/Messages.json 401`, values: [t] }; },
  'twilio-env-pair': () => { const t = twTok(); return { text: `TWILIO_ACCOUNT_SID=${twSid()} TWILIO_AUTH_TOKEN=${t}`, values: [t] }; },
  'twilio-json': () => { const t = twTok(); return { text: `{"twilio":{"accountSid":"${twSid()}","authToken":"${t}","from":"+14155550100"}}`, values: [t] }; },
  'sendgrid-header': () => { const k = sg(); return { text: `python-http-client: POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer ${k}`, values: [k] }; },
  'sendgrid-env': () => { const k = sg(); return { text: `export SENDGRID_API_KEY='${k}'`, values: [k] }; },
  'salesforce-oauth-response': () => { const t = '00D' + rnd('b62', 12) + '!' + rnd('url', 96).replace(/-/g, '.'); return { text: `simple_salesforce DEBUG response {"access_token":"${t}","instance_url":"https://acme.my.salesforce.com","token_type":"Bearer"}`, values: [t] }; },
  'salesforce-client-secret': () => { const c = rnd('HEX', 64); return { text: `sf.oauth.clientSecret=${c}`, values: [c] }; },
  'hubspot-pat': () => { const k = hubspotPat(); return { text: `hubspot-api-client: GET /crm/v3/objects/contacts Authorization: Bearer ${k}`, values: [k] }; },
  'hubspot-env': () => { const k = hubspotPat(); return { text: `HUBSPOT_ACCESS_TOKEN="${k}"`, values: [k] }; },
  'shopify-header': () => { const k = shpat(); return { text: `ShopifyAPI::Base headers: {"X-Shopify-Access-Token"=>"${k}", "Content-Type"=>"application/json"}`, values: [k] }; },
  'shopify-secret': () => { const k = 'shpss_' + rnd('hex', 32); return { text: `SHOPIFY_API_SECRET: ${k}`, values: [k] }; },
  'slack-bot-sdk': () => { const k = slackBot(); return { text: `[WARN] @slack/web-api:WebClient:0 http request failed token=${k} method=chat.postMessage`, values: [k] }; },
  'slack-webhook-url': () => { const u = `https://hooks.slack.com/services/T${rnd('up', 8)}/B${rnd('up', 10)}/${rnd('b62', 24)}`; return { text: `notify: posting to ${u} status=404 no_service`, values: [u.slice(u.indexOf('/services/') + 10)] }; },
  'slack-user-token-json': () => { const k = `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${rnd('hex', 32)}`; return { text: `{"ok":true,"authed_user":{"id":"U0${rnd('up', 8)}","access_token":"${k}"}}`, values: [k] }; },
  'slack-app-token': () => { const k = `xapp-1-A${rnd('up', 10)}-${digits(13)}-${rnd('hex', 64)}`; return { text: `SLACK_APP_TOKEN=${k}`, values: [k] }; },
  'github-pat-git-url': () => { const k = ghp(); return { text: `fatal: unable to access 'https://x-access-token:${k}@github.com/acme/infra.git/': The requested URL returned error: 403`, values: [k] }; },
  'github-fine-grained': () => { const k = 'github_pat_' + rnd('b62', 22) + '_' + rnd('b62', 59); return { text: `Octokit: GET /repos/acme/api Authorization: token ${k}`, values: [k] }; },
  'github-app-install': () => { const k = 'ghs_' + rnd('b62', 36); return { text: `{"token":"${k}","expires_at":"2026-12-03T22:10:00Z","permissions":{"contents":"read"}}`, values: [k] }; },
  'gitlab-pat-header': () => { const k = glpat(); return { text: `gitlab: curl --header "PRIVATE-TOKEN: ${k}" https://gitlab.acme.io/api/v4/projects`, values: [k] }; },
  'gitlab-runner-token': () => { const k = 'glrt-' + rnd('url', 20); return { text: `[[runners]]\n  token = "${k}"`, values: [k] }; },
  'aws-sdk-env': () => { const a = akid(), s = awsSecret(); return { text: `AWS_ACCESS_KEY_ID=${a}\nAWS_SECRET_ACCESS_KEY=${s}`, values: [a, s] }; },
  'aws-sts-json': () => { const a = asid(), s = awsSecret(), t = stsToken(); return { text: `{"Credentials":{"AccessKeyId":"${a}","SecretAccessKey":"${s}","SessionToken":"${t}","Expiration":"2026-12-03T23:00:00Z"}}`, values: [a, s, t] }; },
  'aws-credentials-ini': () => { const a = akid(), s = awsSecret(); return { text: `[default]\naws_access_key_id = ${a}\naws_secret_access_key = ${s}\nregion = eu-west-1`, values: [a, s] }; },
  'aws-boto-repr': () => { const a = akid(), s = awsSecret(); return { text: `botocore.credentials DEBUG Credentials(access_key='${a}', secret_key='${s}', token=None)`, values: [a, s] }; },
  'gcp-sa-json': () => { const p = pem(); const j = JSON.stringify({ type: 'service_account', project_id: 'acme-prod', private_key_id: rnd('hex', 40), private_key: p + '\n', client_email: 'sync@acme-prod.iam.gserviceaccount.com' }); return { text: `google.auth: loading credentials ${j}`, values: p.split('\n').slice(1, -1) }; },
  'gcp-api-key-server': () => { const k = 'AIza' + rnd('url', 35); return { text: `maps geocode failed: https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${k} 403`, values: [k] }; },
  'azure-storage-conn': () => { const k = randomBytes(64).toString('base64'); return { text: `Azure.Storage: DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${k};EndpointSuffix=core.windows.net`, values: [k] }; },
  'azure-servicebus-conn': () => { const k = randomBytes(32).toString('base64'); return { text: `Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`, values: [k] }; },
  'azure-client-secret': () => { const k = rnd('b62', 3) + '8Q~' + rnd('url', 34); return { text: `AZURE_CLIENT_SECRET=${k}`, values: [k] }; },
  'okta-ssws': () => { const k = oktaTok(); return { text: `okta-sdk: GET https://acme.okta.com/api/v1/users Authorization: SSWS ${k}`, values: [k] }; },
  'auth0-client-secret': () => { const k = rnd('url', 64); return { text: `{"domain":"acme.eu.auth0.com","clientId":"${rnd('b62', 32)}","clientSecret":"${k}"}`, values: [k] }; },
  'pagerduty-token-header': () => { const k = pdKey(); return { text: `pdpyras: GET https://api.pagerduty.com/incidents Authorization: Token token=${k}`, values: [k] }; },
  'pagerduty-routing-key': () => { const k = 'R0' + rnd('hex', 30); return { text: `{"routing_key":"${k}","event_action":"trigger"}`, values: [k] }; },
  'datadog-api-env': () => { const k = ddApi(); return { text: `DD_API_KEY=${k}`, values: [k] }; },
  'datadog-headers': () => { const k = ddApi(), a = ddApp(); return { text: `datadog-api-client: headers {'DD-API-KEY': '${k}', 'DD-APPLICATION-KEY': '${a}'}`, values: [k, a] }; },
  'sentry-dsn': () => { const k = sentryKey(); return { text: `sentry_sdk.init(dsn="https://${k}@o${digits(6)}.ingest.sentry.io/${digits(7)}")`, values: [k] }; },
  'postgres-url': () => { const p = encodeURIComponent(password()); /* userinfo is percent-encoded in a URL */ return { text: `sqlalchemy.exc.OperationalError: could not connect to postgresql://orders:${p}@${hostDb()}:5432/orders`, values: [p] }; },
  'mysql-url-env': () => { const p = encodeURIComponent(password()); /* userinfo is percent-encoded in a URL */ return { text: `DATABASE_URL=mysql://app:${p}@${hostDb()}:3306/app`, values: [p] }; },
  'mongodb-srv': () => { const p = rnd('b62', 16); return { text: `MongoServerSelectionError mongodb+srv://svc-orders:${p}@cluster0.ab1cd.mongodb.net/?retryWrites=true`, values: [p] }; },
  'redis-url': () => { const p = rnd('b62', 20); return { text: `ioredis: connecting to redis://default:${p}@cache.acme.net:6380/0`, values: [p] }; },
  'amqp-url': () => { const p = encodeURIComponent(password()); /* userinfo is percent-encoded in a URL */ return { text: `pika: AMQPConnectionError amqps://billing:${p}@mq.acme.net:5671/prod`, values: [p] }; },
  'jdbc-props': () => { const p = password(); return { text: `jdbc:sqlserver://db01.acme.local:1433;databaseName=crm;user=crm_app;password=${p};encrypt=true`, values: [p] }; },
  'jdbc-spring': () => { const p = password(); return { text: `spring.datasource.password=${p}`, values: [p] }; },
  'ado-net': () => { const p = `Ab${rnd('b62', 5)} k${rnd('b62', 4)};x ${randomInt(10, 99)}`.replace(';', '#'); return { text: `Server=tcp:acme.database.windows.net,1433;Initial Catalog=crm;User ID=crm;Password="${p}";Encrypt=True;`, values: [p] }; },
  'k8s-secret-yaml': () => { const d = Buffer.from(password()).toString('base64'); return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  DB_PASSWORD: ${d}`, values: [d] }; },
  'k8s-stringdata': () => { const p = password(); return { text: `stringData:\n  api-token: ${rnd('b62', 40)}\n  password: "${p}"`, values: [p] }; },
  'docker-login': () => { const p = password(); return { text: `+ docker login -u deploy -p ${p} registry.acme.io`, values: [p] }; },
  'docker-config-auth': () => { const a = Buffer.from(`deploy:${password()}`).toString('base64'); return { text: `{"auths":{"registry.acme.io":{"auth":"${a}"}}}`, values: [a] }; },
  'npmrc': () => { const k = npmTok(); return { text: `//registry.npmjs.org/:_authToken=${k}`, values: [k] }; },
  'pip-conf': () => { const p = rnd('b62', 24); return { text: `[global]\nindex-url = https://pypi-user:${p}@pypi.acme.io/simple`, values: [p] }; },
  'netrc': () => { const p = password(); return { text: `machine api.heroku.com\n  login ops@acme-corp.io\n  password ${p}`, values: [p] }; },
  'git-cred-url': () => { const p = rnd('b62', 20); return { text: `git credential: https://builder:${p}@bitbucket.org/acme/app.git`, values: [p] }; },
  'basic-auth-header': () => { const b = Buffer.from(`svc-sync:${password()}`).toString('base64'); return { text: `> GET /api/v2/export HTTP/1.1\n> Authorization: Basic ${b}`, values: [b] }; },
  'cookie-session': () => { const s = rnd('url', 32); return { text: `Cookie: _ga=GA1.2.${digits(9)}.${randomInt(1e9, 2e9)}; sessionid=${s}; csrftoken=${rnd('b62', 32)}`, values: [s] }; },
  'set-cookie-connect': () => { const s = 's%3A' + rnd('url', 32) + '.' + rnd('url', 43); return { text: `Set-Cookie: connect.sid=${s}; Path=/; HttpOnly`, values: [s] }; },
  'jwt-query': () => { const j = jwt(); return { text: `GET /ws/connect?access_token=${j}&v=2 101`, values: [j] }; },
  'jwt-bearer': () => { const j = jwt(); return { text: `rejected: Authorization: Bearer ${j} (expired)`, values: [j] }; },
  'pem-rsa': () => { const p = pem(); return { text: `config dump:\n${p}\n-- end`, values: p.split('\n').slice(1, -1) }; },
  'openssh-key': () => { const p = openssh(); return { text: `cat ~/.ssh/id_ed25519\n${p}`, values: p.split('\n').slice(1, -1) }; },
  'pgp-block': () => { const body = randomBytes(240).toString('base64').match(/.{1,64}/g)!; return { text: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.join('\n')}\n=${rnd('b64', 4)}\n-----END PGP PRIVATE KEY BLOCK-----`, values: body }; },
  'python-trace-dict': () => { const p = password(), k = rnd('b62', 32); return { text: `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    client = Client(**cfg)\nTypeError: __init__() got an unexpected keyword argument; cfg={'host': 'api.acme.io', 'api_key': '${k}', 'password': '${p}'}`, values: [k, p] }; },
  'java-trace-props': () => { const p = password(); return { text: `org.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource': HikariConfig{jdbcUrl=jdbc:postgresql://${hostDb()}/crm, username=crm, password=${p}}`, values: [p] }; },
  'go-struct': () => { const s = rnd('b62', 40); return { text: `panic: oauth2: cannot fetch token: &oauth2.Config{ClientID:"acme-sync", ClientSecret:"${s}", Endpoint:oauth2.Endpoint{}}`, values: [s] }; },
  'ruby-hash': () => { const k = rnd('hex', 40); return { text: `Faraday::UnauthorizedError {:url=>"https://api.acme.io", :api_secret=>"${k}"}`, values: [k] }; },
  'camel-access-token': () => { const t = rnd('url', 48); return { text: `{"accessToken":"${t}","expiresIn":3600}`, values: [t] }; },
  'pascal-session-token': () => { const t = rnd('b64', 60); return { text: `SessionToken: ${t}`, values: [t] }; },
  'db-password-camel': () => { const p = password(); return { text: `config loaded dbPassword=${p} dbHost=${hostDb()}`, values: [p] }; },
  'env-key-suffix': () => { const k = rnd('b62', 32); return { text: `MAILGUN_KEY=${k}`, values: [k] }; },
  'env-pwd-suffix': () => { const p = password(); return { text: `SMTP_PWD=${p}`, values: [p] }; },
  'toml-secret': () => { const s = rnd('b62', 40); return { text: `[oauth]\nclient_secret = "${s}"`, values: [s] }; },
  'walrus-assign': () => { const t = rnd('hex', 40); return { text: `apiToken := "${t}"`, values: [t] }; },
  'php-arrow': () => { const p = password(); return { text: `'db_password' => '${p}',`, values: [p] }; },
  'quoted-space-password': () => { const p = `Ab3${rnd('b62', 4)} kLm${rnd('b62', 3)} ${randomInt(10, 99)}`; return { text: `{"username":"ops","password":"${p}"}`, values: [p] }; },
  'passphrase': () => { const p = `${pick(['correct', 'velvet', 'rocket'])} ${pick(['horse', 'lantern', 'marble'])} ${pick(['battery', 'orbit', 'cactus'])} ${pick(['staple', 'piano', 'tulip'])}`; return { text: `gpg: passphrase="${p}"`, values: [p] }; },
  'curl-u': () => { const p = password(); return { text: `+ curl -sS -u admin:${p} https://jenkins.acme.io/api/json`, values: [p] }; },
  'auth-api-token-scheme': () => { const t = rnd('hex', 40); return { text: `Authorization: Api-Token ${t}`, values: [t] }; },
  'x-api-key-header': () => { const t = rnd('b62', 40); return { text: `x-api-key: ${t}`, values: [t] }; },
  'sourcegraph': () => { const t = 'sgp_' + rnd('hex', 40); return { text: `SRC_ACCESS_TOKEN=${t}`, values: [t] }; },
  'facebook-app': () => { const t = `${digits(15)}|${rnd('hex', 32)}`; return { text: `graph.facebook.com/oauth/access_token?access_token=${t}`, values: [t.split('|')[1]!] }; },
  'slack-legacy': () => { const t = `xoxs-${digits(11)}-${digits(11)}-${digits(11)}-${rnd('hex', 64)}`; return { text: `legacy token ${t}`, values: [t] }; },
  'openai-key': () => { const t = 'sk-proj-' + rnd('url', 48) + 'T3BlbkFJ' + rnd('url', 48); return { text: `openai.AuthenticationError: Incorrect API key provided: ${t}`, values: [t] }; },
  'heroku-key': () => { const t = uuid(); return { text: `HEROKU_API_KEY=${t}`, values: [t] }; },
  'email-json': () => { const e = email(); return { text: `{"customer":{"email":"${e}","plan":"pro"}}`, values: [e], group: 'personal' }; },
  'email-log': () => { const e = email(); return { text: `${ts()} INFO mailer: delivered to=<${e}> status=sent`, values: [e], group: 'personal' }; },
  'email-url': () => { const e = email(); return { text: `GET /api/users/lookup?email=${encodeURIComponent(e)} 200`, values: [encodeURIComponent(e)], group: 'personal' }; },
  'phone-e164-json': () => { const p = e164(); return { text: `{"to":"${p}","body":"Your code is ready"}`, values: [p], group: 'personal' }; },
  'phone-uk': () => { const p = ukPhone(); return { text: `sms failed phone_number="${p}" err=30003`, values: [p], group: 'personal' }; },
  'phone-fr-national': () => { const p = frNat(); return { text: `{"client":"Dupont","telephone":"${p}"}`, values: [p], group: 'personal' }; },
  'phone-us-national': () => { const p = `(${pick(['415', '212', '646'])}) ${randomInt(200, 999)}-${randomInt(1000, 9999)}`; return { text: `contact phone: ${p}`, values: [p], group: 'personal' }; },
  'iban-de-json': () => { const i = iban('DE', 18); return { text: `{"payout":{"iban":"${i}","bic":"DEUTDEFF"}}`, values: [i], group: 'financial' }; },
  'iban-gb-spaced': () => { const i = iban('GB', 0).slice(0, 4) + 'NWBK' + Array.from({ length: 14 }, () => String(randomInt(10))).join(''); const v = validIbanFrom(i); return { text: `SEPA mandate created for IBAN ${v.replace(/(.{4})/g, '$1 ').trim()}`, values: [v.replace(/(.{4})/g, '$1 ').trim()], group: 'financial' }; },
  'iban-fr': () => { const i = iban('FR', 23); return { text: `virement refusé: iban=${i}`, values: [i], group: 'financial' }; },
  'card-json': () => { const c = visa(); return { text: `{"card":{"number":"${c}","exp_month":12,"exp_year":2028}}`, values: [c], group: 'financial' }; },
  'card-spaced': () => { const c = mc(); const s = c.replace(/(\d{4})/g, '$1 ').trim(); return { text: `payment declined card=${s} reason=do_not_honor`, values: [s], group: 'financial' }; },
  'card-amex': () => { const c = amex(); return { text: `{"pan":"${c}","cvc":"${randomInt(1000, 9999)}"}`, values: [c], group: 'financial' }; },
  'card-dashed': () => { const c = visa(); const s = c.replace(/(\d{4})(?=\d)/g, '$1-'); return { text: `charge failed cc_number=${s}`, values: [s], group: 'financial' }; },
  'card-run': () => { const a = visa(), b = mc(); const sp = (c: string): string => c.replace(/(\d{4})/g, '$1 ').trim(); return { text: `cards on file: ${sp(a)} ${sp(b)}`, values: [sp(a), sp(b)], group: 'financial' }; },
  'ssn-json': () => { const s = `${randomInt(100, 665)}-${randomInt(10, 99)}-${randomInt(1000, 9999)}`; return { text: `{"applicant":{"ssn":"${s}"}}`, values: [s], group: 'personal' }; },
};

/** A valid IBAN made from one with placeholder check digits (mod 97 recomputed). */
function validIbanFrom(s: string): string {
  const rearr = (s.slice(4) + s.slice(0, 2) + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of rearr) rem = (rem * 10 + Number(ch)) % 97;
  return s.slice(0, 2) + String(98 - rem).padStart(2, '0') + s.slice(4);
}

/** The negative generators: ~80 lines that look close but hold nothing sensitive. */
const NEG: Record<string, () => string> = {
  uuid: () => `request_id=${uuid()} status=200 duration_ms=${randomInt(5, 900)}`,
  'trace-span': () => `dd.trace_id=${digits(16)}${randomInt(100, 999)} dd.span_id=${digits(16)} otel.trace_id=${rnd('hex', 32)}`,
  'w3c-traceparent': () => `traceparent: 00-${rnd('hex', 32)}-${rnd('hex', 16)}-01`,
  'git-sha': () => `deploy: commit ${rnd('hex', 40)} by ci (short ${rnd('hex', 7)})`,
  'sha256-digest': () => `pulling image registry.acme.io/api@sha256:${sha256()}`,
  'checksum': () => `artifact sha256=${sha256()} size=${randomInt(1e5, 1e7)}`,
  'base64-image': () => `{"avatar":"data:image/png;base64,${randomBytes(120).toString('base64')}"}`,
  'stripe-request-id': () => `stripe: request_id=req_${rnd('b62', 14)} idempotency_key=${uuid()}`,
  'stripe-pk': () => `Stripe.js loaded publishableKey=pk_live_${rnd('b62', 99)}`,
  'firebase-web': () => `const firebaseConfig = { apiKey: "AIza${rnd('url', 35)}", authDomain: "acme-web.firebaseapp.com", projectId: "acme-web" };`,
  'example-email': () => `docs: send to ${pick(['user', 'jane.doe', 'admin'])}@example.com or test@example.org`,
  'doc-ips': () => `upstream ${pick(['192.0.2', '198.51.100', '203.0.113'])}.${randomInt(1, 254)}:443 timed out`,
  'private-ip': () => `connect ECONNREFUSED 10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}:5432`,
  'placeholder-env': () => `API_TOKEN=\${API_TOKEN} DB_PASSWORD=\${DB_PASSWORD:?required}`,
  'placeholder-angle': () => `curl -H "Authorization: Bearer <your-token>" https://api.acme.io`,
  'placeholder-stars': () => `{"password":"********","api_key":"****"}`,
  'changeme': () => `WARNING: admin password is still 'changeme'`,
  'password-null': () => `{"username":"svc","password":null,"token":""}`,
  'version': () => `node v20.${randomInt(0, 18)}.${randomInt(0, 9)} npm 10.${randomInt(0, 9)}.0 herald@1.${randomInt(0, 9)}.${randomInt(0, 20)}`,
  'timestamps': () => `${ts()} ts=${'179' + digits(10)} took ${randomInt(1, 999)}ms`,
  'k8s-resource-version': () => `metadata: {resourceVersion: "${digits(8)}", uid: ${uuid()}, generation: ${randomInt(1, 40)}}`,
  'k8s-event': () => `Warning BackOff pod/api-7f${rnd('lownum', 8)}-${rnd('lownum', 5)} Back-off restarting failed container`,
  'nginx': () => `10.${randomInt(0, 255)}.1.${randomInt(1, 254)} - - [03/Dec/2026:21:04:05 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`,
  'sql': () => `SELECT id, email_verified, password_hash IS NOT NULL FROM users WHERE id = ${digits(6)} LIMIT 1`,
  'aws-example-key': () => `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE`,
  'aws-arn': () => `arn:aws:iam::${digits(12)}:role/acme-sync-${rnd('lownum', 6)}`,
  'token-metadata': () => `token_type=Bearer expires_in=3600 token_expires_at=${ts()} scope=read`,
  'order-numbers': () => `order #${digits(9)} invoice INV-${digits(6)} total=${randomInt(1, 999)}.${randomInt(10, 99)} EUR`,
  'phone-like-ids': () => `shipment ${digits(10)} weight=${randomInt(1, 50)}kg zip=${randomInt(10000, 99999)}`,
  'luhn-fail-digits': () => `batch ${'4' + String(digits(15))}${(randomInt(10))} processed`.replace(/\d$/, (d) => d),
  'test-card': () => `using test card 4242 4242 4242 4242 in sandbox`,
  'repeated': () => `debug_key=${'0'.repeat(32)} pad=${'a'.repeat(40)}`,
  'sequential': () => `sample token=abc123abc123abc123abc123 id=1234567890abcdef`,
  'password-policy': () => `password_min_length=12 password_required=true password_changed_at=${ts()}`,
  'kafka-offsets': () => `consumer group=billing topic=payments partition=${randomInt(0, 12)} offset=${randomInt(1e6, 9e9)} lag=${randomInt(0, 500)}`,
  'java-trace': () => `\tat com.acme.billing.InvoiceService.charge(InvoiceService.java:${randomInt(10, 400)})\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)`,
  'python-trace': () => `  File "/usr/lib/python3.11/site-packages/requests/adapters.py", line ${randomInt(100, 700)}, in send\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.acme.io', port=443)`,
  'go-panic': () => `goroutine ${randomInt(1, 999)} [running]:\nmain.(*Server).handle(0xc000${rnd('hex', 6)}, {0x${rnd('hex', 6)}, 0xc000${rnd('hex', 6)}})`,
  'css-colors': () => `theme: {primary: #${rnd('hex', 6)}, secondary: #${rnd('hex', 6)}}`,
  'mac-address': () => `eth0 link/ether ${Array.from({ length: 6 }, () => rnd('hex', 2)).join(':')}`,
  'ipv6': () => `listening on [fe80::${rnd('hex', 4)}:${rnd('hex', 4)}]:8080`,
  'etag': () => `ETag: W/"${rnd('hex', 32)}" Cache-Control: max-age=60`,
  'datadog-ids': () => `monitor_id=${digits(8)} event_id=${digits(19)} org_id=${digits(6)}`,
  'slack-ids': () => `posted to channel C0${rnd('up', 9)} ts=${'17' + digits(8)}.${randomInt(100000, 999999)} user U0${rnd('up', 9)}`,
  'github-urls': () => `PR https://github.com/acme/api/pull/${randomInt(100, 9999)} merged by octocat, check run ${digits(10)}`,
  'sentry-event-id': () => `Sentry event ${rnd('hex', 32)} captured for release api@${rnd('hex', 12)}`,
  'public-key-pem': () => `-----BEGIN PUBLIC KEY-----\n${randomBytes(90).toString('base64')}\n-----END PUBLIC KEY-----`,
  'ssh-rsa-pub': () => `authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rnd('b64', 43)} deploy@ci`,
  'cert-fingerprint': () => `TLS cert SHA256 Fingerprint=${Array.from({ length: 32 }, () => rnd('HEX', 2)).join(':')}`,
  'docker-image': () => `image: registry.acme.io/billing/api:${rnd('hex', 12)}-${randomInt(100, 999)}`,
  'env-names-only': () => `missing env: STRIPE_SECRET_KEY, TWILIO_AUTH_TOKEN, DATABASE_PASSWORD`,
  'secret-ref': () => `valueFrom: {secretKeyRef: {name: db-creds, key: password}}`,
  'vault-path': () => `vault: read secret/data/prod/stripe (lease ${uuid()}) ok`,
  'masked-values': () => `api_key=sk_live_****${rnd('b62', 4)} card=**** **** **** ${randomInt(1000, 9999)}`,
  'percent-stats': () => `p50=${randomInt(1, 99)}ms p99=${randomInt(100, 999)}ms rps=${randomInt(100, 9999)} errors=0.${randomInt(10, 99)}%`,
  'geo': () => `lat=${randomInt(-89, 89)}.${randomInt(100000, 999999)} lon=${randomInt(-179, 179)}.${randomInt(100000, 999999)}`,
  'base64-json-small': () => `state=${Buffer.from(JSON.stringify({ page: randomInt(1, 9), sort: 'asc' })).toString('base64')}`,
  'npm-integrity': () => `"integrity": "sha512-${randomBytes(64).toString('base64')}"`,
  'jwt-header-only': () => `jwt alg=HS256 kid=${rnd('hex', 8)} typ=JWT`,
  'hash-fields': () => `{"password_hash":"$2b$12$${rnd('b64', 53).replace(/\+/g, '.')}","token_hash":"${sha256()}"}`,
  'oauth-state': () => `GET /oauth/callback?code_challenge_method=S256&state=${uuid()} 302`,
  'cron': () => `schedule "*/5 * * * *" job=sync-${rnd('lownum', 6)} next=${ts()}`,
  'mime-boundary': () => `Content-Type: multipart/form-data; boundary=----WebKitFormBoundary${rnd('b62', 16)}`,
  'loopback': () => `dial tcp 127.0.0.1:6379: connect: connection refused; also 169.254.169.254 metadata`,
  'example-phone': () => `call us at +1 555 0100 (fictional) or 555-0199`,
  'zero-card': () => `card=0000 0000 0000 0000 placeholder`,
  'redacted-marker': () => `token=[REDACTED] password=<redacted> secret=xxx`,
  'semver-range': () => `dependencies: {"stripe": "^14.${randomInt(0, 20)}.0", "twilio": "~4.${randomInt(0, 20)}.1"}`,
  'build-id': () => `build ${randomInt(1000, 99999)} job id ${rnd('lownum', 20)} runner ${rnd('lownum', 8)}`,
  'k8s-pod-uid': () => `pod uid ${uuid()} container id containerd://${rnd('hex', 64)}`,
  'idempotency-key': () => `Idempotency-Key: ${uuid()}`,
  'csrf-meta': () => `<meta name="csrf-param" content="authenticity_token">`,
  'aws-request-id': () => `x-amz-request-id: ${rnd('HEX', 16)} x-amz-id-2: ${rnd('b64', 76)}`,
  'date-formats': () => `Thu, 03 Dec 2026 21:${randomInt(10, 59)}:00 GMT 2026-12-03 20261203`,
  'account-numbers-words': () => `account tier=enterprise seats=${randomInt(10, 999)} region=eu-central-1`,
  'secret-false': () => `feature flags: secret_rotation_enabled=false token_refresh=true`,
  'empty-auth': () => `Authorization: Bearer\nAuthorization: Basic `,
  'github-sha-url': () => `https://github.com/acme/api/commit/${rnd('hex', 40)}`,
  'md5': () => `md5sum ${rnd('hex', 32)}  dist/app.js`,
};

/** Builds the held-out corpus with fresh values (one case per generator, repeated `rounds` times). */
export function buildHeldOut(rounds = 1): { positives: HeldOutCase[]; negatives: HeldOutNegative[] } {
  const positives: HeldOutCase[] = [];
  const negatives: HeldOutNegative[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [id, g] of Object.entries(POS)) { const c = g(); positives.push({ id, group: c.group ?? 'credential', text: c.text, values: c.values }); }
    for (const [id, g] of Object.entries(NEG)) negatives.push({ id, text: g() });
  }
  return { positives, negatives };
}
