import { B62, DIGITS, LOWER } from './blind-set-9-rng';
import * as K from './blind-set-46-cred';
import { email, ts, type Tpl46 } from './blind-set-46-gen';

/** Platform configuration behind energy and smart-home services: compose files, Spring, Grafana, add-ons. */
export const opsTemplates: Tpl46[] = [
  { name: 'cpms-docker-compose', n: 13, make: (x) => {
    const r = x.r; const redis = x.c('password', r.urlPassword(22));
    return `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: cpms\n      POSTGRES_PASSWORD: "${x.c('password', r.password(18))}"\n  broker:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_USER: ocpp\n      RABBITMQ_DEFAULT_PASS: ${x.c('password', r.urlPassword(16))}\n  api:\n    image: ghcr.io/${r.pick(['voltra', 'ampnet'])}/cpms-api:${r.int(1, 9)}.${r.int(0, 30)}\n    environment:\n      - REDIS_URL=redis://default:${redis}@redis-${r.digits(5)}.c${r.int(1, 300)}.us-east-1-${r.int(1, 4)}.ec2.redns.redis-cloud.com:${r.int(10000, 19999)}\n      - JWT_SIGNING_SECRET=${x.c('secret', r.b64(48))}\n      - SENDGRID_API_KEY=${x.c('sendgrid_key', K.sendgrid(r))}`;
  } },
  { name: 'utility-spring-application-yml', n: 13, make: (x) => {
    const r = x.r;
    return `spring:\n  datasource:\n    url: jdbc:sqlserver://cis-sql-${r.pick(['prd', 'p1'])}.${r.pick(['corp', 'util'])}.local:1433;databaseName=CIS;encrypt=true\n    username: cis_api\n    password: '${x.c('password', K.phrase(r))}'\n  security:\n    oauth2:\n      client:\n        registration:\n          azure:\n            client-id: ${r.uuid()}\n            client-secret: ${x.c('azure_client_secret', K.azureSecret(r))}\n  kafka:\n    properties:\n      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="cis" password="${x.c('password', r.password(24))}";\ncloud:\n  aws:\n    credentials:\n      access-key: ${x.c('aws_access_key_id', K.awsId(r))}\n      secret-key: ${x.c('aws_secret_key', K.awsSecret(r))}`;
  } },
  { name: 'solar-grafana-ini', n: 12, make: (x) => {
    const r = x.r;
    return `[security]\nadmin_user = admin\nadmin_password = ${x.c('password', r.password(16))}\nsecret_key = ${x.c('secret', K.secret(r, 32))}\n\n[smtp]\nenabled = true\nhost = smtp.${r.pick(['sendgrid.net', 'mailgun.org'])}:587\nuser = apikey\npassword = """${x.c('password', K.phrase(r))}"""\n\n[influxdb]\n# solar + battery telemetry\ntoken = ${x.c('influx_token', `${r.chars(B62 + '-_', 86)}==`)}\norg = ${r.pick(['home', 'pv'])}`;
  } },
  { name: 'ha-addon-options', n: 13, make: (x) => {
    const r = x.r;
    const o = { tailscale: { authkey: x.c('tailscale_key', `tskey-auth-k${r.chars(B62, 16)}-${r.chars(B62, 33)}`) }, cloudflared: { tunnel_token: x.c('cloudflare_tunnel_token', Buffer.from(JSON.stringify({ a: r.hex(32), t: r.uuid(), s: r.b64(32) })).toString('base64')) }, duckdns: { token: x.c('api_token', r.uuid()), domains: [`${r.chars(LOWER, 8)}.duckdns.org`] }, mqtt: { logins: [{ username: 'ha', password: x.c('password', r.password(15)) }] } };
    return `${ts(r)} INFO supervisor.addons.options saving options for 4 add-ons\n${JSON.stringify(o, null, 2)}`;
  } },
  { name: 'charging-app-mobile-config', n: 12, make: (x) => {
    const r = x.r;
    return `// src/config/prod.ts (driver app ${r.int(3, 6)}.${r.int(0, 40)})\nexport const config = {\n  sentryDsn: '${x.c('sentry_dsn', K.sentryDsn(r))}',\n  datadogClientToken: 'pub${r.hex(32)}',\n  backendSigningKey: '${x.c('secret', r.hex(64))}',\n  githubReleaseToken: '${x.c('github_token', K.ghp(r))}',\n  supportEmail: 'support@${r.pick(['chargeflux', 'voltra'])}.io',\n  stripeSecret: '${x.c('stripe_secret_key', K.stripeSk(r))}',\n};`;
  } },
  { name: 'ocpp-gateway-vault-dump', n: 12, make: (x) => {
    const r = x.r; const n = r.int(3, 4); const rows: string[] = [];
    for (let i = 0; i < n; i++) rows.push(`"${r.pick(['CP-', 'WB', 'EVB-P'])}${r.digits(7)}":"${x.c('password', r.pick([r.password(20), K.hexKey(r, 40), r.b62(24)]))}"`);
    return `$ vault kv get -format=json secret/ocpp/basic-auth | jq .data.data\n{${rows.join(',')}}\n# rotated by ${x.p('email', email(r))} at ${ts(r)}`;
  } },
  { name: 'ev-roaming-sftp-netrc', n: 12, make: (x) => {
    const r = x.r;
    return `# ~/.netrc on settlement-batch-${r.digits(2)}\nmachine sftp.hubject.com login ${r.pick(['DEABC', 'NLXYZ', 'ATEWE'])}_cdr password ${x.c('password', r.password(18))}\nmachine api.gireve.com login emsp-${r.chars(DIGITS, 4)} password ${x.c('password', r.urlPassword(20))}\nmachine ftp.${r.pick(['evroaming', 'e-clearing'])}.net login settlement password ${x.c('password', r.password(14))}`;
  } },
];
