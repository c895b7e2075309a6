import { cred, pos, type PosCase9 } from './blind-set-9-types';
import { tok } from './blind-set-9-tokens';
import { B64URL, LOWER, DIGITS, UPPER } from './blind-set-9-rng';

/** Credentials in application framework config dumps, process environments and tool configs. */
export const credApps: PosCase9[] = [
  (r) => {
    const s = tok.stripe(r);
    const g = tok.sendgrid(r);
    const p = r.password(16);
    return pos('apps/crashed-container-env', `container "api" crashed (exit 137); process environment at crash:\nNODE_ENV=production\nSTRIPE_SECRET_KEY=${s}\nSENDGRID_API_KEY=${g}\nPGPASSWORD=${p}\nPORT=8080`, cred('stripe-key', s), cred('sendgrid-key', g), cred('password', p));
  },
  (r) => {
    const p = r.password(18);
    return pos('apps/go-redis-options', `redis: dial failed: WRONGPASS; opts=&{Network:tcp Addr:redis-master:6379 Dialer:<nil> Username: Password:${p} DB:0 MaxRetries:3}`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('apps/spring-actuator-env', `{"name":"applicationConfig: [classpath:/application-prod.yml]","properties":{"spring.mail.host":{"value":"smtp.mailgun.org"},"spring.mail.password":{"value":"${p}"}}}`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('apps/dotnet-appsettings', `Unhandled exception. Npgsql.PostgresException (0x80004005): 28P01: password authentication failed\nappsettings.Production.json: { "ConnectionStrings": { "Default": "Host=pg.acme-corp.io;Database=shop;Username=shop_app;Password=${p}" } }`, cred('password', p));
  },
  (r) => {
    const k = 'base64:' + r.b64(32);
    const p = r.password(14);
    return pos('apps/laravel-env', `production.ERROR: Swift_TransportException: Failed to authenticate on SMTP server\n#0 .env snapshot: APP_KEY=${k}\nMAIL_USERNAME=postmaster@mg.northwind-app.com\nMAIL_PASSWORD=${p}`, cred('app-key', k), cred('password', p));
  },
  (r) => {
    const k = r.hex(128);
    return pos('apps/rails-secret-key-base', `ActiveSupport::MessageVerifier::InvalidSignature\n  Rails.application.secret_key_base = "${k}"`, cred('secret-key-base', k));
  },
  (r) => {
    const k = r.chars(LOWER + DIGITS + '!@#%^&*(-_=+)', 50);
    return pos('apps/django-settings', `django.core.exceptions.ImproperlyConfigured while loading settings.production:\n  SECRET_KEY = '${k}'\n  DEBUG = False`, cred('django-secret', k));
  },
  (r) => {
    const s = r.chars(UPPER + LOWER + DIGITS + '+/', 64);
    return pos('apps/kafka-jaas', `org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed\n  sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.chars(UPPER + DIGITS, 16)}" password="${s}";`, cred('kafka-secret', s));
  },
  (r) => {
    const p = r.password(16);
    const b = Buffer.from(`\0alerts@northwind-app.com\0${p}`).toString('base64');
    return pos('apps/smtp-auth-plain', `nodemailer [smtp] C: AUTH PLAIN ${b}\nnodemailer [smtp] S: 535 5.7.8 Authentication credentials invalid`, cred('smtp-auth-b64', b));
  },
  (r) => {
    const t = r.chars(B64URL, 40);
    return pos('apps/cloudflare-token', `cloudflare-go: HTTP status 403: Authentication error (10000)\n  > PUT https://api.cloudflare.com/client/v4/zones/${r.hex(32)}/dns_records/${r.hex(32)}\n  > Authorization: Bearer ${t}`, cred('cloudflare-token', t));
  },
  (r) => {
    const t = 'dop_v1_' + r.hex(64);
    return pos('apps/digitalocean-token', `Error: GET https://api.digitalocean.com/v2/droplets: 401 (request "${r.uuid()}") Unable to authenticate you\n  DIGITALOCEAN_TOKEN=${t}`, cred('digitalocean-token', t));
  },
  (r) => {
    const t = 'lin_api_' + r.b62(40);
    return pos('apps/linear-key', `LinearError: Authentication required, not authenticated - Authorization header: ${t}`, cred('linear-key', t));
  },
  (r) => {
    const t = `PMAK-${r.hex(24)}-${r.hex(34)}`;
    return pos('apps/postman-key', `newman: error Invalid API Key. Every request requires a valid API Key to be sent.\n  postman collection run --api-key ${t}`, cred('postman-key', t));
  },
  (r) => {
    const t = `${r.b62(14)}.atlasv1.${r.chars(B64URL, 67)}`;
    return pos('apps/terraform-cloud-token', `Error: Required token could not be found\ncredentials "app.terraform.io" {\n  token = "${t}"\n}`, cred('terraform-token', t));
  },
  (r) => {
    const t = r.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
    return pos('apps/azure-devops-pat', `##[error]fatal: Authentication failed for 'https://dev.azure.com/northwind/_git/api'\n  remote: https://build:${t}@dev.azure.com/northwind/_git/api`, cred('azure-devops-pat', t));
  },
  (r) => {
    const b = tok.basic('0oa' + r.b62(17), tok.auth0Secret(r));
    return pos('apps/okta-client-credentials', `okta: POST https://northwind.okta.com/oauth2/default/v1/token 401 invalid_client\n  Authorization: Basic ${b}\n  body: grant_type=client_credentials&scope=orders.read`, cred('basic-auth', b));
  },
  (r) => {
    const p = r.password(14);
    return pos('apps/ansible-vars', `fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Invalid/incorrect password", "unreachable": true}\n  host_vars: ansible_user=deploy ansible_ssh_pass=${p} ansible_become_pass=${p}`, cred('password', p));
  },
  (r) => {
    const t = tok.gitlab(r, 'glpat-');
    return pos('apps/git-credentials', `git-credential-store: ~/.git-credentials line 2: https://oauth2:${t}@gitlab.com`, cred('gitlab-token', t));
  },
  (r) => {
    const s = r.hex(40);
    return pos('apps/github-webhook-secret', `octokit/webhooks: signature does not match event payload and secret\n  new Webhooks({ secret: "${s}" })`, cred('webhook-secret', s));
  },
  (r) => {
    const t = `${Buffer.from(String(r.int(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`;
    return pos('apps/discord-bot-token', `DiscordAPIError[40001]: Unauthorized\n  client.login("${t}")`, cred('discord-token', t));
  },
];
