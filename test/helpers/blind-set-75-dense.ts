import { b64, csvField, form, xEsc, html, jsonEsc, pct, pct2, qp, uEsc } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

const J = (o: unknown): string => JSON.stringify(o);

/** One secret of a configuration: its key (in some spelling) and its raw value. */
interface Secret75 {
  key: string;
  raw: string;
  kind: string;
}

const KEYS: Record<string, readonly string[]> = {
  password: ['DB_PASSWORD', 'dbPassword', 'db-password', 'database.password', 'PGPASSWORD', 'mysql_pass'],
  stripe: ['STRIPE_SECRET_KEY', 'stripeSecretKey', 'stripe.secret-key', 'stripe_api_key'],
  github: ['GITHUB_TOKEN', 'githubToken', 'gh-token', 'GH_PAT'],
  slack: ['SLACK_WEBHOOK_URL', 'slackWebhook', 'slack.webhook-url', 'alerts_slack_hook'],
  sendgrid: ['SENDGRID_API_KEY', 'sendgridApiKey', 'mail.sendgrid.key', 'SMTP_PASSWORD'],
  aws: ['AWS_SECRET_ACCESS_KEY', 'awsSecretAccessKey', 'aws.secret-key', 'aws_secret'],
  akia: ['AWS_ACCESS_KEY_ID', 'awsAccessKeyId', 'aws.access-key-id', 'aws_key_id'],
  dd: ['DD_API_KEY', 'datadogApiKey', 'datadog.api-key', 'dd_api_key'],
  redis: ['REDIS_URL', 'redisUrl', 'cache.redis-url', 'redis_dsn'],
  twilio: ['TWILIO_AUTH_TOKEN', 'twilioAuthToken', 'twilio.auth-token', 'twilio_token'],
  slackbot: ['SLACK_BOT_TOKEN', 'slackBotToken', 'slack.bot-token', 'slack_token'],
  jwtSecret: ['JWT_SECRET', 'jwtSigningSecret', 'auth.jwt-secret', 'session_secret'],
  npm: ['NPM_TOKEN', 'npmAuthToken', 'npm.auth-token', 'NODE_AUTH_TOKEN'],
  openai: ['OPENAI_API_KEY', 'openAiKey', 'openai.api-key', 'llm_api_key'],
};

/** `n` distinct secrets, each under one of its key spellings, values raw (the template encodes them). */
export function secretBag(g: Gen75, n: number): Secret75[] {
  const makers: [string, () => string, string][] = [
    ['password', () => g.hostilePassword(), 'password'],
    ['stripe', () => g.stripe(), 'stripe-secret'],
    ['github', () => g.ghp(), 'github-pat'],
    ['slack', () => g.slackHook(), 'slack-webhook'],
    ['sendgrid', () => g.sendgrid(), 'sendgrid-key'],
    ['aws', () => g.awsSecret(), 'aws-secret-key'],
    ['akia', () => g.akia(), 'aws-access-key'],
    ['dd', () => g.ddApi(), 'datadog-api-key'],
    ['redis', () => `redis://default:${g.r.urlPassword()}@cache-${g.r.int(1, 4)}.internal:6379/0`, 'redis-url-with-password'],
    ['twilio', () => g.twilioToken(), 'twilio-auth-token'],
    ['slackbot', () => g.slackBot(), 'slack-token'],
    ['jwtSecret', () => g.r.b64(g.r.pick([32, 48])), 'signing-secret'],
    ['npm', () => g.npm(), 'npm-token'],
    ['openai', () => g.openai(), 'openai-key'],
  ];
  const out: Secret75[] = [];
  const pool = [...makers];
  while (out.length < n && pool.length) {
    const [k, make, kind] = pool.splice(g.r.int(0, pool.length - 1), 1)[0]!;
    out.push({ key: g.r.pick(KEYS[k]!), raw: make(), kind });
  }
  return out;
}

/** Credential-dense templates: whole environments and token exchanges in one encoding each. */
export const DENSE_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'pct-env-dump-query': (g) => `GET /debug/vars?${secretBag(g, g.r.int(6, 8)).map((s) => `${pct(s.key)}=${g.c(pct(s.raw), s.kind)}`).join('&')}&build=${g.hex(7)} HTTP/1.1 -> 403 (debug endpoint exposed)`,
  'pct2-env-in-redirect': (g) => `redirect loop detected: /login?next=${pct('/admin/env?')}${secretBag(g, 6).map((s) => `${pct2(`${s.key}=`)}${g.c(pct2(s.raw), s.kind)}`).join(pct2('&'))}`,
  'form-oauth-token-exchange': (g) => {
    const mail = g.email();
    return `POST /oauth/token 400 invalid_grant body: grant_type=refresh_token&client_id=${g.r.b62(24)}&client_secret=${g.c(g.r.b62(48), 'oauth-client-secret')}&refresh_token=${g.c(pct(`${g.r.b64(40)}`), 'refresh-token')}&login_hint=${g.p(form(mail), 'email')}&code_verifier=${g.c(g.r.b64url(48), 'pkce-code-verifier')}&assertion=${g.c(g.jwt({ sub: mail }, 'RS256'), 'jwt')}`;
  },
  'k8s-secret-many': (g) => `error: secrets "app-env" already exists\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ndata:\n${secretBag(g, g.r.int(6, 8)).map((s) => `  ${s.key.replace(/[^A-Za-z0-9_.-]/g, '_')}: ${g.c(b64(s.raw), 'k8s-secret-b64')}`).join('\n')}\n  NODE_ENV: ${b64('production')}`,
  'ecs-task-env-escaped': (g) => {
    const bag = secretBag(g, g.r.int(6, 8));
    const td = J({ family: 'api', containerDefinitions: [{ name: 'api', environment: bag.map((s) => ({ name: s.key, value: s.raw })) }] });
    for (const s of bag) g.c(jsonEsc(jsonEsc(s.raw)), s.kind);
    return J({ ResourceStatus: 'UPDATE_FAILED', ResourceStatusReason: 'Invalid request provided', ResourceProperties: td });
  },
  'dd-webhook-dotenv-escaped': (g) => {
    const bag = secretBag(g, g.r.int(6, 8));
    const msg = `%%%\nConfig drift on \`api\`:\n\`\`\`\n${bag.map((s) => `${s.key}="${s.raw}"`).join('\n')}\n\`\`\`\n%%%`;
    for (const s of bag) g.c(jsonEsc(s.raw), s.kind);
    return J({ event_type: 'config_drift', event_msg: msg, tags: 'env:staging,service:api' });
  },
  'docker-inspect-env-u-escaped': (g) => {
    const bag = secretBag(g, 6);
    return `[\n  {\n    "Id": "${g.hex(64)}",\n    "Config": {\n      "Env": [\n${bag.map((s) => `        "${s.key}=${g.c(uEsc(s.raw, /[&<>=+]/), s.kind)}"`).join(',\n')}\n      ]\n    }\n  }\n]`;
  },
  'html-env-table': (g) => `<table class="env">${secretBag(g, g.r.int(6, 8)).map((s) => `<tr><td>${s.key}</td><td>${g.c(html(s.raw, g.r.pick(['named', 'dec', 'hex'] as const)), s.kind)}</td></tr>`).join('')}</table><!-- rendered by /admin/diagnostics -->`,
  'qp-onboarding-mail': (g) => {
    const bag = secretBag(g, 6);
    return `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nWelcome ${g.p(qp(g.name()), 'name')}! Your service credentials:\n${bag.map((s) => `${s.key}=3D${g.c(qp(s.raw), s.kind)}`).join('\n')}`;
  },
  'yaml-helm-secrets': (g) => `Error: UPGRADE FAILED: values don't meet the specifications of the schema:\nsecrets:\n${secretBag(g, g.r.int(6, 8)).map((s, i) => (i % 2 ? `  ${s.key}: "${g.c(s.raw.replace(/\\/g, '\\\\').replace(/"/g, '\\"'), s.kind)}"` : `  ${s.key}: >-\n    ${g.c(s.raw, s.kind)}`)).join('\n')}`,
  'csv-service-accounts': (g) => `service_accounts.csv rejected (duplicate header):\n"key","value","owner"\n${secretBag(g, g.r.int(6, 8)).map((s) => `${csvField(s.key)},"${g.c(s.raw.replace(/"/g, '""'), s.kind)}","platform"`).join('\n')}`,
  'terraform-state-show': (g) => `# module.app.aws_ssm_parameter.env:\n${secretBag(g, 6).map((s) => `resource "aws_ssm_parameter" "${s.key.toLowerCase().replace(/[^a-z0-9]/g, '_')}" {\n    name  = "/prod/api/${s.key}"\n    type  = "SecureString"\n    value = "${g.c(s.raw.replace(/"/g, '\\"'), s.kind)}"\n}`).join('\n')}`,
  'fullwidth-env-keys': (g) => `pasted into #incident channel:\n${secretBag(g, 6).map((s) => `${s.key.replace(/[A-Za-z]/g, (ch) => (g.r.next() < 0.4 ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))}＝${g.c(s.raw, s.kind)}`).join('\n')}`,
  'curl-verbose-headers': (g) => `* Connected to api.partner-net.de (${g.userIp()}) port 443\n> GET /v1/export HTTP/2\n> Authorization: Basic ${g.c(b64(`${g.first().toLowerCase()}:${g.password()}`), 'basic-auth-b64')}\n> X-Api-Key: ${g.c(g.ddApp(), 'datadog-app-key')}\n> Cookie: sid=${g.c(g.sessionId(), 'session-cookie')}; csrftoken=${g.c(g.r.b62(32), 'csrf-token')}\n< HTTP/2 401`,
  'oauth-response-json-in-json': (g) => {
    const mail = g.email();
    const at = g.jwt({ sub: g.r.uuid(), scope: 'openid email' }, 'RS256');
    const it = g.jwt({ email: mail, name: g.name() }, 'RS256');
    const rt = `v1.M${g.r.b64url(60)}`;
    g.c(at, 'jwt');
    g.c(it, 'jwt');
    g.c(rt, 'refresh-token');
    return J({ level: 'debug', msg: 'token endpoint response', body: J({ access_token: at, id_token: it, refresh_token: rt, token_type: 'Bearer', expires_in: 86400 }) });
  },
  'payout-batch-json-in-json': (g) => {
    const items = [0, 1, 2].map(() => ({ name: g.name(), iban: g.iban(), amount: g.r.int(50, 5000) }));
    for (const it of items) {
      g.p(it.name, 'name');
      g.f(it.iban, 'iban');
    }
    return J({ msg: 'payout batch rejected by bank', batch: J({ id: `PB-${g.r.digits(8)}`, items }) });
  },
  'stripe-form-card-brackets': (g) => `stripe-mock replay failed: POST /v1/payment_methods body=type=card&${pct('card[number]')}=${g.f(g.card(), 'card')}&${pct('card[cvc]')}=${g.f(g.cvc(), 'cvc')}&${pct('billing_details[name]')}=${g.p(form(g.name()), 'name')}&${pct('billing_details[email]')}=${g.p(pct(g.email()), 'email')} Authorization: Bearer ${g.c(g.stripe(), 'stripe-secret')}`,
  'ach-csv-rows': (g) => `ach_batch_${g.r.digits(8)}.csv validation errors:\n${[0, 1].map(() => `${csvField(g.p(g.name(), 'name'))},${csvField(g.f(g.routing(), 'routing-number'))},${csvField(g.f(g.account(), 'bank-account'))},"${g.r.int(10, 900)}.00","PPD"`).join('\n')}`,
  'cards-u-escaped-batch': (g) => `{"recon":{"mismatches":[${[0, 1].map(() => `{"pan":"${g.f(uEsc(g.card(), /[0-4]/), 'card')}","cvc":"${g.f(g.cvc(), 'cvc')}","order":"ORD-${g.r.digits(7)}"}`).join(',')}]}}`,
  'go-escaped-env-panic': (g) => `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\nenv=map[string]string{${secretBag(g, g.r.int(6, 8)).map((s) => `"${s.key}":"${g.c(xEsc(s.raw, /[=&+"]/).replace(/\\x22/g, '\\"'), s.kind)}"`).join(', ')}}\n\ngoroutine 7 [running]:\nmain.(*Server).boot(0xc000120000)\n\t/src/server.go:88 +0x2a4`,
  'json-u-all-env': (g) => `{"hostile_payload":true,"env":{${secretBag(g, g.r.int(5, 7)).map((s) => `"${uEsc(s.key)}":"${g.c(uEsc(s.raw), s.kind)}"`).join(',')}}}`,
  'zwsp-shy-env-keys': (g) => `ticket attachment env.txt:\n${secretBag(g, g.r.int(6, 8)).map((s, i) => `${s.key.slice(0, 3)}${i % 2 ? '\u200b' : '\u00ad'}${s.key.slice(3)}: ${g.c(s.raw, s.kind)}`).join('\n')}`,
  'multipart-env-parts': (g) => {
    const b = `----formdata-undici-0${g.r.digits(11)}`;
    return `${secretBag(g, g.r.int(6, 7)).map((s) => `--${b}\r\nContent-Disposition: form-data; name="${s.key}"\r\n\r\n${g.c(s.raw, s.kind)}\r\n`).join('')}--${b}--`;
  },
  'pct2-card-in-redirect': (g) => `WAF block (double-encoded payload): /checkout/confirm?data=${pct('pan=')}${g.f(pct2(g.cardGrouped(' ')), 'card')}${pct2('&cvv=')}${g.f(g.cvc(), 'cvc')}${pct2('&holder=')}${g.p(pct2(g.name()), 'name')} rule=942100`,
  'html-bank-details': (g) => `<dl class="payout"><dt>Beneficiary</dt><dd>${g.p(html(g.name()), 'name')}</dd><dt>IBAN</dt><dd>${g.f(html(g.ibanSpaced(), 'dec').replace(/ /g, '&nbsp;'), 'iban')}</dd><dt>ABA</dt><dd>${g.f(g.routing(), 'routing-number')}</dd><dt>Account</dt><dd>${g.f(g.account(), 'bank-account')}</dd></dl>`,
  'kinesis-b64-card-records': (g) => `{"Records":[${[0, 1].map(() => `{"kinesis":{"partitionKey":"pos-${g.r.int(1, 99)}","data":"${g.f(b64(J({ pan: g.card(), exp: `${g.r.int(1, 12)}/${g.r.int(27, 31)}`, terminal: `T${g.r.digits(5)}` })), 'b64-json-card')}"}}`).join(',')}]}`,
};
