import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

const ORG = ['harborline-ins', 'keystone-escrow', 'oakline-pm', 'brennanlaw', 'northfield-mutual', 'nestwise'];

/** Blind set 44, area `ops`: the infrastructure around these systems (cloud, CI, mail, chat, support). */
export const OPS: Tpl[] = [
  ['aws-credentials-file', 9, (r, v) => `[default]
aws_access_key_id = ${v.c('aws-key-id', g.awsKeyId(r))}
aws_secret_access_key = ${v.c('aws-secret', g.awsSecret(r))}
[${r.pick(['claims-prod', 'mls-archive', 'ediscovery'])}]
aws_access_key_id = ${v.c('aws-key-id', g.awsKeyId(r))}
aws_secret_access_key = ${v.c('aws-secret', g.awsSecret(r))}
region = us-east-${r.int(1, 2)}`],
  ['terraform-tfvars', 9, (r, v) => `# ${r.pick(ORG)}/infra/prod.auto.tfvars
db_master_password   = "${v.c('db-password', g.pw(r))}"
okta_api_token       = "${v.c('okta-token', g.okta(r))}"
google_oauth_secret  = "${v.c('client-secret', g.gcpSecret(r))}"
hubspot_private_app  = "${v.c('hubspot-token', g.hubspot(r))}"
ach_company_tax_id   = "${v.f('ein', g.ein(r))}"
ach_settlement_iban  = "${v.f('iban', g.iban(r, 'GB'))}"`],
  ['npmrc-dockerconfig', 8, (r, v) => {
    const user = r.pick(['ci-bot', 'deploy']);
    return `# .npmrc
//registry.npmjs.org/:_authToken=${v.c('npm-token', g.npmToken(r))}
# ~/.docker/config.json
{"auths":{"${r.pick(ORG)}.azurecr.io":{"auth":"${v.c('basic-auth', g.basic(user, r.b62(40)))}"}}}`;
  }],
  ['pgpass-and-ssh', 8, (r, v) => `$ cat ~/.pgpass
claims-ro.${r.pick(['internal', 'corp'])}:5432:claims:report_ro:${v.c('db-password', g.pw(r))}
$ cat ~/.ssh/id_ecdsa
${v.c('private-key', g.pem(r, 'ec'))}`],
  ['smtp-relay-log', 8, (r, v) => `${g.logTs(r)} DEBUG mailer - AUTH PLAIN ${v.c('smtp-auth-plain', Buffer.from(`\u0000noreply@${r.pick(ORG)}.com\u0000${g.pw(r)}`).toString('base64'))}
${g.logTs(r)} INFO  mailer - sent policy-renewal notice to=${v.p('email', g.email(r))} via smtp.sendgrid.net user=apikey pass=${v.c('sendgrid-key', g.sendgrid(r))}`],
  ['slack-incident-thread', 6, (r, v) => {
    const n = g.fullName(r);
    return `#inc-${r.digits(4)}-portal-outage
${g.first(r)}: portal login failing for ${v.p('person-name', n)} (${v.p('email', g.emailFor(r, n))}), her IP ${v.p('ipv4', g.ipv4(r))} is being rate-limited by WAF
${g.first(r)}: I rotated the github deploy token, new one is ${v.c('github-token', g.ghToken(r))} — put it in vault pls
${g.first(r)}: and the webhook for alerts: ${v.c('webhook-url', r.next() < 0.5 ? g.slackHook(r) : g.discordHook(r))}`;
  }],
  ['helm-values', 9, (r, v) => `global:
  env: production
postgresql:
  auth:
    postgresPassword: ${v.c('db-password', g.urlPw(r))}
    password: "${v.c('db-password', g.hardPw(r))}"
rabbitmq:
  auth:
    erlangCookie: ${v.c('erlang-cookie', r.chars(UPPER, 20))}
    password: ${v.c('password', r.b62(16))}
sentry:
  authToken: ${v.c('api-token', 'sntrys_' + r.b64url(60))}`],
  ['java-keystore-props', 9, (r, v) => `# application-prod.properties (claims-portal)
spring.datasource.url=jdbc:mysql://claims-db:3306/portal?useSSL=true
spring.datasource.username=portal
spring.datasource.password=${v.c('db-password', g.pw(r))}
server.ssl.key-store-password=${v.c('keystore-password', g.pw(r, 14))}
jwt.signing.secret=${v.c('signing-secret', r.b64(48))}
spring.mail.password=${v.c('smtp-password', r.chars(LOWER, 16))}`],
  ['nginx-access-log', 6, (r, v) => {
    const ip = v.p('ipv4', g.ipv4(r));
    return `${ip} - - [${r.int(10, 28)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /api/v1/claims/export?token=${v.c('api-token', r.b62(32))}&email=${v.p('email', encodeURIComponent(g.email(r)))} HTTP/1.1" 200 ${r.int(1000, 90000)} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
${v.p('ipv6', g.ipv6(r))} - - [${r.int(10, 28)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "POST /login HTTP/2.0" 302 0 "-" "okhttp/4.12.0"`;
  }],
  ['support-chat-transcript', 4, (r, v) => {
    const n = g.fullName(r);
    return `Chat transcript — ${r.pick(['Lemonade-style renters', 'Hippo home', 'Root auto'])} support
Visitor (${v.p('person-name', n)}): i can't log in. my username is my email ${v.p('email', g.emailFor(r, n))} and my password is ${v.c('password', g.pw(r))} if that helps
Agent: please never share your password! I've sent a reset link.
Visitor: ok. also my new address is ${v.p('street-address', g.address(r))} and phone ${v.p('phone', g.phone(r))}`;
  }],
  ['gitlab-ci-vars', 9, (r, v) => `variables:
  GITLAB_TOKEN: ${v.c('gitlab-token', 'glpat-' + r.chars(B62 + '-_', 20))}
  SHOPIFY_ADMIN_TOKEN: ${v.c('shopify-token', g.shopify(r))}
  SQUARE_ACCESS_TOKEN: ${v.c('square-token', g.squareTok(r))}
  MAILGUN_API_KEY: ${v.c('mailgun-key', g.mailgun(r))}`],
  ['google-geocoding-server', 6, (r, v) => `// server/geocode.ts — runs on the rating backend only
const GEOCODE_KEY = process.env.GEOCODE_KEY ?? '${v.c('google-api-key', g.googleKey(r))}';
const url = \`https://maps.googleapis.com/maps/api/geocode/json?address=\${encodeURIComponent(addr)}&key=\${GEOCODE_KEY}\`;
// sample from logs: insured at ${v.p('street-address', g.address(r))} -> ${v.p('geo', g.geo(r))}`],
  ['redis-session-dump', 6, (r, v) => {
    const n = g.fullName(r);
    return `127.0.0.1:6379> GET sess:${r.hex(24)}
"{\\"cookie\\":{\\"httpOnly\\":true},\\"user\\":{\\"name\\":\\"${v.p('person-name', n)}\\",\\"email\\":\\"${v.p('email', g.emailFor(r, n))}\\",\\"dob\\":\\"${v.p('dob', g.dob(r, 0))}\\"},\\"oauth\\":{\\"refresh\\":\\"${v.c('oauth-refresh-token', r.b64url(48))}\\"}}"
127.0.0.1:6379> GET csrf:${r.hex(8)}`;
  }],
  ['cookie-header-dump', 9, (r, v) => `GET /policyholder/documents HTTP/1.1
Host: my.${r.pick(ORG)}.com
Cookie: JSESSIONID=${v.c('session-cookie', g.jsession(r))}; ASP.NET_SessionId=${v.c('session-cookie', g.aspSession(r))}; PHPSESSID=${v.c('session-cookie', g.phpSession(r))}; _ga=GA1.2.${r.digits(10)}.${r.digits(10)}
X-Forwarded-For: ${v.p('ipv4', g.ipv4(r))}`],
  ['dotnet-connstring-trace', 8, (r, v) => `Unhandled exception. System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'quote_svc'.
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)
   ConnectionString: "Data Source=quotesql${r.int(1, 5)};Initial Catalog=Quotes;User Id=quote_svc;Password='${v.c('db-password', g.hardPw(r).replace(/'/g, ''))}';MultipleActiveResultSets=True"
   ClientConnectionId:${r.uuid()}`],
  ['card-vault-migration-sql', 4, (r, v) => {
    const rows = [0, 1].map(() => `(${r.digits(6)}, '${v.p('person-name', g.fullName(r).replace("'", "''"))}', '${v.f('card', g.card(r))}', '${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}', '${v.p('street-address', g.streetLine(r))}')`);
    return `-- premium autopay migration from legacy billing (DO NOT COMMIT)\nINSERT INTO autopay_cards (policy_id, cardholder, pan, exp, billing_street) VALUES\n${rows.join(',\n')};`;
  }],
  ['salesforce-session', 8, (r, v) => `sfdx force:org:display -u agency-prod
Access Token     ${v.c('salesforce-session', `00D${r.chars(B62, 12)}!${r.chars(B62 + '.', 96)}`)}
Instance Url     https://${r.pick(ORG)}.my.salesforce.com
Client Id        PlatformCLI
Username         ${v.p('email', g.email(r))}
Connected Status Connected
Id               00D${r.chars(UPPER + DIGITS, 15)}`],
];
