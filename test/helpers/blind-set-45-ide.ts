import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'ide';

/** IDE settings and logs, HAR files, API-client collections and debugger dumps. */
export const IDE45: T45[] = [
  { a, t: 'vscode-sqltools', f: (c) => `{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "${c.ip4()}",
      "port": 5432,
      "driver": "PostgreSQL",
      "name": "prod (read-only)",
      "database": "billing",
      "username": "readonly",
      "password": "${c.pass()}"
    }
  ],
  "rest-client.environmentVariables": {
    "prod": { "token": "${K.jwt(c, { role: 'admin' })}", "apiKey": "${K.postman(c)}" }
  }
}` },
  { a, t: 'vscode-launch-json', f: (c) => `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Debug API",
      "program": "\${workspaceFolder}/src/server.ts",
      "env": {
        "DATABASE_URL": "postgres://app:${c.urlPass()}@localhost:5432/app",
        "STRIPE_SECRET_KEY": "${K.stripe(c)}",
        "GITHUB_CLIENT_SECRET": "${c.cred('oauth_client_secret', c.r.hex(40))}"
      }
    }
  ]
}` },
  { a, t: 'rest-client-http-file', f: (c) => `@host = https://api.${c.pick(['northwind-traders.io', 'lumenhq.dev'])}
@token = ${K.jwt(c, { scope: 'admin' })}

### create customer
POST {{host}}/v1/customers
Authorization: Bearer {{token}}
Content-Type: application/json

{"name": "${c.name()}", "email": "${c.email()}", "dob": "${c.dob()}", "iban": "${c.iban()}"}

### legacy basic auth
GET {{host}}/v0/report
Authorization: Basic ${K.basic(c, c.user(), c.r.password(14))}
` },
  { a, t: 'jetbrains-workspace-xml', f: (c) => `<component name="RunManager" selected="Spring Boot.BillingApplication">
  <configuration name="BillingApplication" type="SpringBootApplicationConfigurationType">
    <envs>
      <env name="SPRING_DATASOURCE_PASSWORD" value="${c.pass()}" />
      <env name="SPRING_DATASOURCE_URL" value="jdbc:postgresql://${c.ip4()}:5432/billing" />
      <env name="SENDGRID_API_KEY" value="${K.sendgrid(c)}" />
      <env name="SLACK_BOT_TOKEN" value="${K.slackBot(c)}" />
    </envs>
    <module name="billing.main" />
  </configuration>
</component>` },
  { a, t: 'idea-log-exception', f: (c) => `${c.date()} 11:${c.int(10, 59)}:${c.int(10, 59)},${c.int(100, 999)} [ ${c.int(1000, 99999)}]   WARN - #c.i.d.d.DatabaseConnectionEstablisher - Connection failed
java.sql.SQLException: Access denied for user 'root'@'${c.ip4()}' (using password: YES)
\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
\tat com.intellij.database.remote.jdbc.impl.RemoteDriverImpl.connect(RemoteDriverImpl.java:27)
Caused by: url=jdbc:mysql://root:${c.urlPass()}@db.${c.pick(['kestrel-logistics.co.uk', 'tidewater-bank.com'])}:3306/crm?useSSL=true
${c.date()} 11:02:41,118 [ 90211]   INFO - #o.j.p.g.a.GithubAuthenticationManager - token refreshed: ${K.gh(c, 'gho_')}
` },
  { a, t: 'lsp-trace', f: (c) => `[Trace - ${c.int(1, 12)}:${c.int(10, 59)}:${c.int(10, 59)} PM] Sending notification 'textDocument/didOpen'.
Params: {
    "textDocument": {
        "uri": "file:///Users/${c.user()}/src/app/.env",
        "languageId": "dotenv",
        "version": 1,
        "text": "DATABASE_URL=postgres://app:${c.urlPass()}@db.internal:5432/app\\nOPENAI_API_KEY=${K.openai(c)}\\nDOPPLER_TOKEN=${K.doppler(c)}\\n"
    }
}
` },
  { a, t: 'har-entry', f: (c) => {
    const sess = K.session(c, 'session_cookie', 48);
    return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: [{
      startedDateTime: c.ts(), time: c.int(20, 900),
      request: { method: 'POST', url: `https://app.${c.pick(['northwind-traders.io', 'lumenhq.dev'])}/api/account/profile`, httpVersion: 'HTTP/2',
        headers: [{ name: 'authorization', value: `Bearer ${K.jwt(c, { email_verified: true })}` }, { name: 'cookie', value: `_ga=GA1.1.${c.r.digits(10)}.${c.r.digits(10)}; session_id=${sess}` }, { name: 'x-forwarded-for', value: c.ip4() }],
        postData: { mimeType: 'application/json', text: JSON.stringify({ fullName: c.name(), phone: c.phone(), address: c.address() }) } },
      response: { status: 200, statusText: '', headers: [{ name: 'content-type', value: 'application/json' }] },
    }] } }, null, 2);
  } },
  { a, t: 'har-form-urlencoded', f: (c) => {
    const pw = c.r.password(14) + '&#';
    return `      "postData": {
        "mimeType": "application/x-www-form-urlencoded",
        "text": "username=${c.user()}&password=${c.cred('password', encodeURIComponent(pw))}&otp=&remember=1",
        "params": []
      },
      "headers": [ { "name": "Cookie", "value": "_gitlab_session=${K.hexKey(c, 'session_cookie', 32)}; known_sign_in=${c.r.b64(24)}" } ]`;
  } },
  { a, t: 'postman-collection', f: (c) => JSON.stringify({
    info: { _postman_id: c.r.uuid(), name: 'Payments API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: K.stripe(c), type: 'string' }] },
    item: [{ name: 'Create payout', request: { method: 'POST', url: { raw: '{{baseUrl}}/v1/payouts' }, body: { mode: 'raw', raw: JSON.stringify({ account_holder: c.name(), iban: c.iban(false), amount: c.int(100, 90000) }) } } }],
    variable: [{ key: 'baseUrl', value: 'https://api.stripe.com' }, { key: 'postmanKey', value: K.postman(c) }],
  }, null, '\t') },
  { a, t: 'postman-environment', f: (c) => JSON.stringify({
    id: c.r.uuid(), name: 'prod',
    values: [
      { key: 'base_url', value: 'https://api.lumenhq.dev', type: 'default', enabled: true },
      { key: 'client_secret', value: c.cred('oauth_client_secret', c.r.b62(40)), type: 'secret', enabled: true },
      { key: 'admin_password', value: c.pass(), type: 'secret', enabled: true },
      { key: 'test_user_email', value: c.email(), type: 'default', enabled: true },
      { key: 'test_card', value: c.card('plain'), type: 'default', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  }, null, 2) },
  { a, t: 'insomnia-export', f: (c) => `_type: export
__export_format: 4
resources:
  - _id: env_${c.id(32)}
    _type: environment
    name: Production
    data:
      base_url: https://api.${c.pick(['northwind-traders.io', 'lumenhq.dev'])}
      api_key: ${K.hexKey(c, 'api_key', 40)}
      gitlab_token: ${K.glpat(c)}
  - _id: req_${c.id(32)}
    _type: request
    name: Refund
    body:
      mimeType: application/json
      text: '{"card":"${c.card()}","cvc":"${c.cvc()}","holder":"${c.name()}"}'
` },
  { a, t: 'debugger-dump-python', f: (c) => `(Pdb) pp os.environ
environ({'HOME': '/home/${c.user()}',
         'DJANGO_SECRET_KEY': '${c.cred('signing_secret', 'django-insecure-' + c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}',
         'DATABASE_URL': 'postgres://django:${c.urlPass()}@127.0.0.1:5432/shop',
         'TWILIO_AUTH_TOKEN': '${K.twilio(c)}',
         'LANG': 'en_US.UTF-8'})
(Pdb) p request.user.profile.__dict__
{'_state': <ModelState>, 'id': ${c.int(10, 9999)}, 'full_name': '${c.name()}', 'ssn': '${c.ssn()}', 'birth_date': datetime.date(${c.int(1950, 2003)}, ${c.int(1, 12)}, ${c.int(1, 28)})}
` },
  { a, t: 'debugger-dump-node', f: (c) => `> process.env.GITLAB_TOKEN
'${K.glpat(c)}'
> req.headers
{
  host: 'localhost:3000',
  authorization: 'Bearer ${K.jwt(c, { org: 'acme' })}',
  cookie: 'connect.sid=${c.cred('session_cookie', 's%3A' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32) + '.' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43))}',
  'x-real-ip': '${c.ip4()}'
}
> req.body
{ email: '${c.email()}', card: '${c.card('space')}', exp: '0${c.int(1, 9)}/2${c.int(7, 9)}' }
` },
  { a, t: 'jupyter-output', f: (c) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "   id           name                      email          phone\\n",
      "0  ${c.int(100, 999)}  ${c.name()}  ${c.email()}  ${c.phone()}\\n",
      "1  ${c.int(100, 999)}  ${c.name()}  ${c.email()}  ${c.phone()}\\n"
     ]
    }
   ],
   "source": [ "conn = psycopg2.connect(host='${c.ip4()}', user='analyst', password='${c.pass()}')\\n", "df.head(2)" ]
  }
 ]
}` },
  { a, t: 'copilot-chat-log', f: (c) => `${c.ts()} [info] [chat] user prompt: "why does this fail? my .npmrc is:\\n//registry.npmjs.org/:_authToken=${K.npm(c)}\\nand I get E401"
${c.ts()} [info] [chat] context attached: file:///Users/${c.user()}/work/api/config/secrets.yml (${c.int(1, 9)}kB)
${c.ts()} [debug] [auth] github session token=${K.gh(c, 'ghu_')} scopes=read:user
` },
  { a, t: 'mcp-servers-json', f: (c) => `{
  "mcpServers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${K.ghFine(c)}" }
    },
    "postgres": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://readonly:${c.urlPass()}@${c.ip4()}:5432/analytics"]
    },
    "linear": { "url": "https://mcp.linear.app/sse", "headers": { "Authorization": "Bearer ${K.linear(c)}" } }
  }
}` },
  { a, t: 'sentry-event-json', f: (c) => JSON.stringify({
    event_id: c.id(32), level: 'error', platform: 'python',
    user: { id: String(c.int(1000, 99999)), email: c.email(), ip_address: c.ip4() },
    request: { url: 'https://api.lumenhq.dev/v1/checkout', method: 'POST', headers: [['Authorization', `Bearer ${K.jwt(c, { role: 'customer' })}`], ['Cookie', `sessionid=${K.session(c, 'session_cookie', 32)}`]], data: JSON.stringify({ cardholder: c.name(), pan: c.card('plain'), billing: { line1: c.street() } }) },
    exception: { values: [{ type: 'KeyError', value: "'postal_code'", stacktrace: { frames: [{ filename: 'checkout/views.py', lineno: c.int(10, 400), function: 'submit' }] } }] },
  }) },
];
