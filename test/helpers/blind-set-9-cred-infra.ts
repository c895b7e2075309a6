import { cred, pos, type PosCase9 } from './blind-set-9-types';
import { tok } from './blind-set-9-tokens';
import { pem } from './blind-set-9-crypto';

/** Credentials in k8s objects, CI logs, webhook bodies, nested and wrapped encodings. */
export const credInfra: PosCase9[] = [
  (r) => {
    const p = r.password(20);
    const b = Buffer.from(p).toString('base64');
    return pos('infra/k8s-secret-data', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: prod\n  uid: ${r.uuid()}\ntype: Opaque\ndata:\n  DB_USER: ${Buffer.from('orders_api').toString('base64')}\n  DB_PASSWORD: ${b}`, cred('password-b64', b));
  },
  (r) => {
    const t = tok.stripe(r);
    return pos('infra/k8s-secret-stringdata', `kubectl apply failed: admission webhook "validate.kyverno.svc" denied the request:\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: payments-stripe}\nstringData:\n  STRIPE_SECRET_KEY: "${t}"`, cred('stripe-key', t));
  },
  (r) => {
    const p = r.password(16);
    return pos('infra/k8s-event-env', `Warning  Failed  pod/worker-7d9f8c6b5-x2kqj  Error: container "worker" exited 1; last log: panic: redis: invalid password, REDIS_PASSWORD=${p} (len 16)`, cred('password', p));
  },
  (r) => {
    const d = Buffer.from(JSON.stringify({ auths: { 'registry.acme-corp.io': { auth: tok.basic('ci', r.urlPassword(18)) } } })).toString('base64');
    return pos('infra/k8s-dockerconfigjson', `Failed to pull image "registry.acme-corp.io/api:4.12.0": unauthorized\n  imagePullSecrets[0]: regcred\n  .dockerconfigjson: ${d}`, cred('dockerconfig-b64', d));
  },
  (r) => {
    const t = tok.github(r, 'ghp');
    return pos('infra/gha-run-log', `2026-12-04T10:14:22.5312830Z ##[group]Run git clone https://x-access-token:${t}@github.com/northwind/infra.git\n2026-12-04T10:14:23.1184420Z fatal: Authentication failed for 'https://github.com/northwind/infra.git/'`, cred('github-token', t));
  },
  (r) => {
    const t = tok.npm(r);
    return pos('infra/gha-env-dump', `2026-12-04T10:15:02.0021Z env:\n2026-12-04T10:15:02.0022Z   NODE_VERSION: 20.18.0\n2026-12-04T10:15:02.0023Z   NPM_TOKEN: ${t}\n2026-12-04T10:15:02.0024Z ##[error]Process completed with exit code 1.`, cred('npm-token', t));
  },
  (r) => {
    const t = tok.gitlab(r, 'glpat-');
    return pos('infra/gitlab-ci-log', `$ echo "//gitlab.northwind-app.com/api/v4/projects/412/packages/npm/:_authToken=${t}" > .npmrc\n$ npm publish\nnpm ERR! 403 Forbidden\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1`, cred('gitlab-token', t));
  },
  (r) => {
    const t = tok.dockerhub(r);
    return pos('infra/ci-docker-login', `+ echo ${t} | docker login -u northwindci --password-stdin\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, cred('dockerhub-token', t));
  },
  (r) => {
    const p = r.password(14);
    return pos('infra/php-var-dump', `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied\narray(4) {\n  ["host"]=>\n  string(9) "10.0.3.11"\n  ["username"]=>\n  string(6) "wp_app"\n  ["password"]=>\n  string(${p.length}) "${p}"\n  ["dbname"]=>\n  string(9) "wordpress"\n}`, cred('password', p));
  },
  (r) => {
    const t = tok.stripe(r);
    return pos('infra/php-print-r', `[04-Dec-2026 10:22:41 UTC] Stripe error: Array\n(\n    [api_key] => ${t}\n    [stripe_version] => 2024-06-20\n    [idempotency_key] => ${r.uuid()}\n)`, cred('stripe-key', t));
  },
  (r) => {
    const t = tok.twilioKeySecret(r);
    return pos('infra/ruby-inspect', `#<Twilio::REST::Client:0x00007f8b1c2d3e48 @username="SK${r.hex(32)}", @password="${t}", @account_sid="AC${r.hex(32)}", @region=nil>`, cred('twilio-api-secret', t));
  },
  (r) => {
    const p = r.password(16);
    return pos('infra/python-repr-settings', `pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\n  input_value={'smtp_host': 'smtp.sendgrid.net', 'smtp_user': 'apikey', 'smtp_password': '${p}', 'smtp_port': '5x87'}`, cred('password', p));
  },
  (r) => {
    const s = tok.auth0Secret(r);
    return pos('infra/java-tostring', `o.s.s.o.c.r.ClientRegistration: ClientRegistration{registrationId='okta', clientId='0oa${r.b62(17)}', clientSecret='${s}', clientAuthenticationMethod=client_secret_basic, authorizationGrantType=authorization_code}`, cred('oauth-client-secret', s));
  },
  (r) => {
    const p = r.password(16);
    return pos('infra/dotnet-exception', `System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated.\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   SmtpSettings { Host = smtp.office365.com, Port = 587, UserName = alerts@northwind-app.com, Password = ${p}, EnableSsl = True }`, cred('password', p));
  },
  (r) => {
    const t = tok.slackHook(r);
    return pos('infra/webhook-form-encoded', `POST /hooks/relay 400 body="payload=%7B%22text%22%3A%22deploy%20done%22%7D&channel=%23ops&webhook_url=${encodeURIComponent(t)}"`, cred('slack-webhook-urlencoded', encodeURIComponent(t)));
  },
  (r) => {
    const t = tok.slack(r, 'xoxb');
    return pos('infra/webhook-json-slack', `{"ok":false,"error":"not_in_channel","response_metadata":{"messages":["[ERROR] bot not in channel"]},"request":{"token":"${t}","channel":"C0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}"}}`, cred('slack-token', t));
  },
  (r) => {
    const p = r.password(15);
    return pos('infra/soap-wsse', `SOAP Fault: wsse:FailedAuthentication\n<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>northwind_ws</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${p}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>`, cred('password', p));
  },
  (r) => {
    const t = tok.sendgrid(r);
    return pos('infra/xml-config', `<error code="AUTH_FAILED"><integration name="sendgrid"><apiKey>${t}</apiKey><from>noreply@northwind-app.com</from></integration></error>`, cred('sendgrid-key', t));
  },
  (r) => {
    const t = tok.hubspot(r);
    const inner = JSON.stringify({ level: 'error', msg: 'hubspot sync failed', headers: { authorization: `Bearer ${t}` } });
    return pos('infra/datadog-nested-json', JSON.stringify({ id: 'AQAAAZ' + r.b62(30), attributes: { service: 'crm-sync', status: 'error', message: inner, timestamp: '2026-12-04T10:31:44.120Z' } }), cred('hubspot-token', t));
  },
  (r) => {
    const p = r.password(16);
    const inner = JSON.stringify({ event: 'db_connect_failed', config: { user: 'billing', password: p } });
    const twice = JSON.stringify({ message: inner });
    return pos('infra/datadog-double-escaped', `{"host":"billing-7f9c","service":"billing","attributes":${JSON.stringify(twice)}}`, cred('password', p));
  },
  (r) => {
    const t = tok.openai(r);
    const b = Buffer.from(`{"OPENAI_API_KEY":"${t}"}`).toString('base64');
    return pos('infra/base64-wrapped-env', `level=error msg="decode secret bundle failed" bundle=${b}`, cred('openai-key-b64', b));
  },
  (r) => {
    const t = tok.anthropic(r);
    return pos('infra/url-encoded-query', `GET /proxy?target=https%3A%2F%2Fapi.anthropic.com%2Fv1%2Fmessages&x-api-key=${encodeURIComponent(t)} 401`, cred('anthropic-key', t));
  },
  (r) => {
    const k = pem(r);
    return pos('infra/pem-multiline', `ssh: handshake failed: ssh: unable to authenticate\nDEPLOY_KEY contents:\n${k}\n`, cred('private-key', k));
  },
  (r) => {
    const k = pem(r, 'PRIVATE KEY', 1200);
    const esc = k.replace(/\n/g, '\\n');
    return pos('infra/gcp-sa-json', `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.')\n{"type": "service_account", "project_id": "northwind-prod", "private_key_id": "${r.hex(40)}", "private_key": "${esc}\\n", "client_email": "exporter@northwind-prod.iam.gserviceaccount.com"}`, cred('private-key', esc));
  },
  (r) => {
    const k = pem(r, 'EC PRIVATE KEY', 114);
    return pos('infra/ec-key-in-trace', `Traceback (most recent call last):\n  File "/app/push/apns.py", line 44, in sign\n    key = load_pem_private_key(APNS_KEY.encode(), None)\nValueError: Could not deserialize key data. APNS_KEY='${k.replace(/\n/g, '\\n')}'`, cred('private-key', k.replace(/\n/g, '\\n')));
  },
  (r) => {
    const t = tok.jwt(r, { role: 'service_role' });
    return pos('infra/cookie-header', `WARN gateway: upstream 401 for GET /api/me\n  Cookie: _ga=GA1.2.${r.digits(9)}.${r.digits(10)}; session=${t}; theme=dark`, cred('jwt', t));
  },
  (r) => {
    const t = tok.jwt(r, { typ: 'Refresh', sid: r.uuid() }, 'RS256');
    return pos('infra/oauth-refresh-form', `keycloak: POST /realms/northwind/protocol/openid-connect/token 400 invalid_grant\n  form: grant_type=refresh_token&client_id=web&refresh_token=${t}`, cred('jwt', t));
  },
  (r) => {
    const s = r.b62(40);
    return pos('infra/terraform-plan', `Error: Error creating Datadog integration\n  with datadog_integration_aws.main,\n  on main.tf line 12:\n  + secret_access_key = "${s}"\n  # (sensitive value shown because provider logged it)`, cred('aws-secret-key', s));
  },
  (r) => {
    const p = r.password(18);
    return pos('infra/docker-compose-env', `ERROR: for api  Container "4f9e1c2b7a3d" is unhealthy.\nenvironment:\n  - POSTGRES_USER=api\n  - POSTGRES_PASSWORD=${p}\n  - POSTGRES_DB=api`, cred('password', p));
  },
];
