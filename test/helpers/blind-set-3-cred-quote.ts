import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, credential cases that vary the quoting and surroundings: every quote kind,
 * punctuation on both sides, line start/end, Markdown, chat transcripts, shell history.
 */
export const CRED_QUOTE: Record<string, PositiveMaker> = {
  'line-start-bare-token': (v) => {
    const t = v.github('gho');
    return { text: `${t} <- this is what the OAuth app returned, is it valid?`, values: [t] };
  },
  'line-end-after-colon': (v) => {
    const t = v.slack('xoxb');
    return { text: `slack bot token rotated, new one:\n${t}`, values: [t] };
  },
  'single-quotes-python': (v) => {
    const t = v.openai();
    return { text: `client = OpenAI(api_key='${t}')`, values: [t] };
  },
  'backtick-js-template': (v) => {
    const t = v.githubFine();
    return { text: 'const url = `https://${user}:' + t + '@github.com/acme/infra.git`;', values: [t] };
  },
  'markdown-inline-code': (v) => {
    const t = v.gitlab();
    return { text: `- [x] rotate the token \`${t}\` before Friday (it was pasted in #general)`, values: [t] };
  },
  'markdown-fenced-block': (v) => {
    const t = v.anthropic();
    return { text: '```bash\nexport ANTHROPIC_API_KEY="' + t + '"\npython summarize.py\n```', values: [t] };
  },
  'french-quotes': (v) => {
    const p = v.password('-_.');
    return { text: `Le mot de passe du compte admin est « ${p} » — à changer.`, values: [p] };
  },
  'curly-quotes': (v) => {
    const t = v.sendgrid();
    return { text: `Support ticket: customer pasted their key “${t}” into the chat`, values: [t] };
  },
  'parentheses-and-comma': (v) => {
    const t = v.stripeWebhook();
    return { text: `webhook verification failed (secret=${t}, tolerance=300s)`, values: [t] };
  },
  'angle-brackets': (v) => {
    const t = v.digitalOcean('doo');
    return { text: `<token>${t}</token><expires>2026-12-01</expires>`, values: [t] };
  },
  'xml-attribute': (v) => {
    const p = v.password('!#%.');
    return { text: `<add key="SmtpPassword" value="${p}" />`, values: [p] };
  },
  'xml-element-password': (v) => {
    const p = v.password('!#%.');
    return { text: `<settings><servers><server><id>nexus-releases</id><username>deploy</username><password>${p}</password></server></servers></settings>`, values: [p] };
  },
  'yaml-single-quoted': (v) => {
    const k = v.mailchimp();
    return { text: `mailchimp:\n  api_key: '${k}'\n  list_id: a1b2c3d4e5`, values: [k] };
  },
  'toml-multi': (v) => {
    const k = v.shopify('shpss');
    return { text: `[shopify]\napi_secret = '''${k}'''\nscopes = "read_orders"`, values: [k] };
  },
  'ini-no-spaces': (v) => {
    const p = v.password('!#%.');
    return { text: `[client]\nuser=backup\npassword=${p}\nhost=db.prod`, values: [p] };
  },
  'env-export-semicolon': (v) => {
    const t = v.dockerHub();
    return { text: `export DOCKERHUB_TOKEN=${t}; docker buildx build --push .`, values: [t] };
  },
  'powershell-env': (v) => {
    const t = v.azureClientSecret();
    return { text: `PS C:\\deploy> $env:AZURE_CLIENT_SECRET = "${t}"\nPS C:\\deploy> az login --service-principal`, values: [t] };
  },
  'go-walrus-assignment': (v) => {
    const p = v.password('!#%.');
    return { text: `dbPassword := "${p}" // TODO move to vault`, values: [p] };
  },
  'php-arrow-array': (v) => {
    const k = v.hex(32);
    return { text: `'algolia' => ['app_id' => 'H1JK3LM4NO', 'admin_api_key' => '${k}'],`, values: [k] };
  },
  'camel-case-key-json': (v) => {
    const t = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40);
    return { text: `{"clientId":"mobile-app","clientSecret":"${t}","redirectUri":"https://app.acme.io/cb"}`, values: [t] };
  },
  'pascal-session-token': (v) => {
    const t = v.awsSession();
    return { text: `Credentials { AccessKeyId = ${v.awsKeyId('ASIA')}, SessionToken = ${t} }`, values: [t] };
  },
  'chat-transcript-twilio': (v) => {
    const sid = v.twilioSid(),
      tok = v.hex(32);
    return { text: `[14:51] dev: here are the twilio creds for staging-but-actually-prod\n[14:51] dev: SID ${sid}\n[14:51] dev: token ${tok}`, values: [tok] };
  },
  'shell-history-git-remote': (v) => {
    const t = v.gitlab();
    return { text: `  512  git remote set-url origin https://oauth2:${t}@gitlab.com/acme/platform.git\n  513  git push`, values: [t] };
  },
  'heredoc-json-okta': (v) => {
    const t = v.okta();
    return { text: `curl -s https://acme.okta.com/api/v1/users -H "Authorization: SSWS ${t}" -H 'Accept: application/json'`, values: [t] };
  },
  'stripe-in-exception-message-quote': (v) => {
    const k = v.stripe('rk');
    return { text: `StripeAuthenticationError: Invalid API Key provided: ${k}`, values: [k] };
  },
  'newrelic-license-ini': (v) => {
    const k = v.newRelicLicense();
    return { text: `[newrelic]\nlicense_key = ${k}\napp_name = checkout`, values: [k] };
  },
  'sentry-dsn-legacy-secret': (v) => {
    const pub = v.hex(32),
      sec = v.hex(32);
    return { text: `SENTRY_DSN=https://${pub}:${sec}@sentry.acme.io/14`, values: [sec] };
  },
  'gcp-oauth-client-json': (v) => {
    const s = v.gcpOauthSecret();
    return {
      text: `{"installed":{"client_id":"${v.r.digits(12, true)}-${v.r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com","client_secret":"${s}","redirect_uris":["http://localhost"]}}`,
      values: [s],
    };
  },
  'jwt-in-cookie': (v) => {
    const t = v.jwt({ email_verified: true });
    return { text: `Cookie: access_token=${t}; Path=/; HttpOnly`, values: [t] };
  },
  'php-session-cookie': (v) => {
    const s = v.r.str('abcdefghijklmnopqrstuvwxyz0123456789', 26);
    return { text: `[Tue Nov 03 14:55:01 2026] [php:notice] session fixation check failed Cookie: PHPSESSID=${s}; lang=en`, values: [s] };
  },
  'slack-workflow-webhook': (v) => {
    const p = `T${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/A${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${v.r.digits(18, true)}/${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`;
    return { text: `POST https://hooks.slack.com/workflows/${p} 200`, values: [p.split('/')[3]!] };
  },
  'hubspot-yaml': (v) => {
    const t = v.hubspot();
    return { text: `integrations:\n  hubspot:\n    accessToken: ${t}`, values: [t] };
  },
  'auth0-mgmt-jwt-header': (v) => {
    const t = v.jwt({ iss: 'https://acme.eu.auth0.com/', aud: 'https://acme.eu.auth0.com/api/v2/', gty: 'client-credentials' });
    return { text: `auth0 management call PATCH /api/v2/users/auth0|${v.hex(24)} headers Authorization=Bearer ${t}`, values: [t] };
  },
  'github-token-in-url-query': (v) => {
    const t = v.github('ghu');
    return { text: `GET https://api.github.com/user/installations?access_token=${t} 401`, values: [t] };
  },
  'sendgrid-properties-dotted': (v) => {
    const t = v.sendgrid();
    return { text: `mail.sendgrid.apiKey=${t}`, values: [t] };
  },
  'anthropic-json-nested': (v) => {
    const t = v.anthropic();
    return { text: `{"providers":{"anthropic":{"model":"claude-sonnet","auth":{"apiKey":"${t}"}}}}`, values: [t] };
  },
  'openai-org-and-key-env': (v) => {
    const t = v.openai();
    return { text: `OPENAI_ORG_ID=org-${v.b62(24)}\nOPENAI_API_KEY=${t}`, values: [t] };
  },
  'github-actions-mask-failed': (v) => {
    const t = v.github('ghp');
    return {
      text: `2026-11-03T15:00:00.0000000Z remote: Invalid username or password.\n2026-11-03T15:00:00.0000100Z fatal: Authentication failed for 'https://${t}@github.com/acme/site.git/'`,
      values: [t],
    };
  },
  'square-legacy-secret': (v) => {
    const s = `sq0csp-${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)}`;
    return { text: `square.oauth.application_secret: "${s}"`, values: [s] };
  },
  'mongo-uri-in-env-with-options': (v) => {
    const p = v.password('-_.');
    return { text: `MONGO_URL="mongodb://root:${p}@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authSource=admin"`, values: [p] };
  },
  'snowflake-python-connect-kwargs': (v) => {
    const p = v.password('!#%.');
    return { text: `snowflake.connector.errors.DatabaseError: 250001: Could not connect: connect(account='ab12345', user='ETL', password='${p}', warehouse='ETL_WH')`, values: [p] };
  },
  'cloudflare-origin-ca-key': (v) => {
    const k = `v1.0-${v.hex(24)}-${v.hex(146)}`;
    return { text: `CF_ORIGIN_CA_KEY=${k}`, values: [k] };
  },
};
