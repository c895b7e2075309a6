import { CHARS } from './blind-set-4-rng';
import type { Negative4 } from './blind-set-4-types';

/** Placeholders, redacted values, key names without values, public keys and documentation data. */
export const NEG_SAFE: Record<string, Negative4> = {
  envExampleEmpty: () => `# copy to .env and fill in\nSTRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\nSENDGRID_API_KEY=\nDATABASE_URL=`,
  angleBracketPlaceholder: () => `export OPENAI_API_KEY=<YOUR_API_KEY>\nexport ANTHROPIC_API_KEY=<your-anthropic-key>`,
  shellVarBearer: () => `curl -H "Authorization: Bearer \${TOKEN}" -H "X-Api-Key: $API_KEY" https://api.northwind.io/v1/health`,
  maskedPasswordYaml: () => `datasource:\n  url: jdbc:postgresql://pg.internal:5432/orders\n  username: orders\n  password: "****"`,
  redactedJson: () => `{"event":"login","user":"svc-importer","password":"[REDACTED]","api_key":"[REDACTED]","ok":true}`,
  railsFiltered: () => `  Parameters: {"session"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]"}, "commit"=>"Sign in"}`,
  asteriskPasswd: () => `mysql: [Warning] Using a password on the command line interface can be insecure.\npasswd: ********\nconnection: mysql -h db.internal -u app -p********`,
  stripePublishable: (g) => `window.__CONFIG__ = {"stripeKey":"pk_live_51${g.opaque(97)}","locale":"de-DE","currency":"eur"};`,
  awsDocExample: () => `# from the AWS CLI user guide\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
  missingEnvNames: () => `Error: missing required environment variables: STRIPE_SECRET_KEY, SENDGRID_API_KEY, DATABASE_PASSWORD, GITHUB_TOKEN`,
  jsonSchemaKeys: () => `{"properties":{"api_key":{"type":"string","description":"Your API key","writeOnly":true},"client_secret":{"type":"string","minLength":32}},"required":["api_key"]}`,
  secretKeyRef: () => `        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: orders-db\n              key: password`,
  vaultReference: () => `stripe_key: vault:secret/data/payments#stripe_secret_key\nsmtp_password: "{{ lookup('hashi_vault', 'secret=secret/data/smtp:password') }}"`,
  iamPolicyResource: (g) =>
    `{"Effect":"Allow","Action":["secretsmanager:GetSecretValue"],"Resource":"arn:aws:secretsmanager:eu-west-1:${g.r.num(12)}:secret:prod/checkout/db-credentials-${g.opaque(6)}"}`,
  passwordPolicy: () => `auth.config loaded: password_min_length=12 password_require_symbol=true password_max_age_days=90 token_ttl_seconds=3600`,
  tokenResponseRedacted: () => `{"access_token":"<redacted>","token_type":"Bearer","expires_in":3600,"scope":"orders:read orders:write"}`,
  exampleEmails: () => `notify: sent welcome mail to jane.doe@example.com (cc: ops@example.org, bounce: noreply@mail.example.net)`,
  privateIps: () =>
    `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.7.19, server: _, upstream: "http://172.20.0.5:8080/healthz", host: "192.168.1.20"`,
  metadataEndpoint: () => `botocore.utils: fetching credentials from http://169.254.169.254/latest/meta-data/iam/security-credentials/ (timeout 1s); redis at 127.0.0.1:6379`,
  exampleDomainUrls: () => `GET https://api.example.com/v1/users?page=2&per_page=50 -> 200; see https://docs.example.org/errors#rate-limit`,
  dbUrlNoPassword: () => `connecting to postgresql://reporting@pg-replica.data.svc.cluster.local:5432/analytics?sslmode=require`,
  dbUrlMasked: () => `DATABASE_URL=mysql://app:****@db.internal:3306/shop (password masked)`,
  xPlaceholders: () =>
    `GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  templateRefs: () => `env:\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  SMTP_PASSWORD: "{{ .Values.smtp.password }}"`,
  terraformSensitive: () => `  + resource "aws_db_instance" "orders" {\n      + username = "orders"\n      + password = (sensitive value)\n    }`,
  changemeDefault: () => `WARNING: admin user still uses the default password "changeme"; set ADMIN_PASSWORD to rotate it`,
  mapboxPublic: (g) => `mapboxgl.accessToken = 'pk.${g.b64(JSON.stringify({ u: 'northwind', a: g.opaque(25, CHARS.az09) })).replace(/=+$/, '')}.${g.opaque(22, CHARS.url)}';`,
  firebaseWebConfig: (g) =>
    `const firebaseConfig = {\n  apiKey: "${g.t.googleApi()}",\n  authDomain: "northwind-app.firebaseapp.com",\n  projectId: "northwind-app",\n  messagingSenderId: "${g.r.num(12)}",\n  appId: "1:${g.r.num(12)}:web:${g.t.hex(22)}"\n};`,
  googleClientId: (g) => `GOOGLE_CLIENT_ID=${g.r.num(12)}-${g.opaque(32, CHARS.az09)}.apps.googleusercontent.com`,
  htmlPasswordInput: () => `<label for="pw">Password</label><input type="password" id="pw" name="password" autocomplete="current-password" required>`,
  pgAuthFailed: () =>
    `2026-12-03 04:55:01.332 UTC [7712] FATAL:  password authentication failed for user "svc_app"\n2026-12-03 04:55:01.332 UTC [7712] DETAIL:  Connection matched pg_hba.conf line 99: "host all all 10.0.0.0/8 scram-sha-256"`,
  proseAdvice: () => `Reminder: rotate the API key every 90 days and never paste tokens or passwords into tickets.`,
  publicClientIds: (g) => `msal: acquiring token for client_id=${g.r.uuid()} tenant=${g.r.uuid()} scopes=[User.Read]`,
  clearedCookie: () => `Set-Cookie: sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/`,
  keyErrorName: () => `Traceback (most recent call last):\n  File "/app/settings.py", line 12, in <module>\n    SECRET = os.environ["AWS_SECRET_ACCESS_KEY"]\nKeyError: 'AWS_SECRET_ACCESS_KEY'`,
  commandSubstitution: () => `export GITHUB_TOKEN=$(gh auth token)\nexport VAULT_TOKEN="$(cat /run/secrets/vault-token)"`,
  rubyEnvFetch: () => `Twilio::REST::Client.new(ENV.fetch("TWILIO_ACCOUNT_SID"), ENV.fetch("TWILIO_AUTH_TOKEN"))`,
  publicKeyPem: (g) =>
    `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${g.r.bytes(48).toString('base64').slice(0, 28)}\n${g.r.bytes(48).toString('base64').slice(0, 64)}\n-----END PUBLIC KEY-----`,
  certificatePem: (g) => `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${g.r.bytes(33).toString('base64')}\n${g.r.bytes(48).toString('base64')}\n-----END CERTIFICATE-----`,
  sshPublicKey: (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.r.bytes(32).toString('base64').replace(/=+$/, '')} deploy@ci-runner-3`,
  passwordResetNotice: () => `password reset requested for account 88213; reset link expires in 30 minutes; token sent by email`,
};
