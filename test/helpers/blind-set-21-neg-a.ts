import { LOWER } from './blind-set-9-rng';
import { neg, type NegCase21, type Rng21 } from './blind-set-21-types';

const svc = (r: Rng21): string => r.pick(['stripe', 'github', 'openai', 'db', 'smtp', 'slack', 'sendgrid', 'datadog']);
const UP = (r: Rng21): string => `${svc(r).toUpperCase()}_${r.pick(['API_KEY', 'TOKEN', 'SECRET', 'PASSWORD', 'SECRET_KEY'])}`;
const sp = (r: Rng21): string => r.pick(['', ' ']);

/** Placeholders, references to a secret held elsewhere, and encrypted values: no secret in the text. */
export const NEG_PLACEHOLDER: NegCase21[] = [
  (r) => neg('placeholder/angle', `${svc(r)}_api_key = "${r.pick(['<YOUR_API_KEY>', '<your-api-key>', '<API_KEY>', '<insert key here>'])}"`),
  (r) => neg('placeholder/x-run', `${UP(r)}=${'x'.repeat(r.int(16, 40))}`),
  (r) => neg('placeholder/sk-x', `OPENAI_API_KEY=sk-${'x'.repeat(r.int(32, 48))}`),
  (r) => neg('placeholder/aws-x', `aws_access_key_id = AKIA${'X'.repeat(16)}\naws_secret_access_key = ${r.pick(['YOUR_SECRET_ACCESS_KEY', '<secret>', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'])}`),
  (r) => neg('placeholder/shell-var', `token:${sp(r)}\${${UP(r)}}`),
  (r) => neg('placeholder/getenv-py', `password = os.getenv("${UP(r)}")`),
  (r) => neg('placeholder/environ-py', `api_key = os.environ["${UP(r)}"]`),
  (r) => neg('placeholder/process-env', `const key = process.env.${UP(r)};`),
  (r) => neg('placeholder/process-env-default', `const secret = process.env.${UP(r)} ?? '';`),
  (r) => neg('placeholder/helm', `password: {{ .Values.${r.pick(['db', 'redis', 'auth'])}.password }}`),
  (r) => neg('placeholder/helm-quote', `apiKey: {{ .Values.secrets.apiKey | quote }}\ntoken: {{ required "token is required" .Values.${svc(r)}.token }}`),
  (r) => neg('placeholder/ini-interp', `[db]\npassword = %(${r.pick(['db_password', 'password', 'pg_pass'])})s`),
  (r) => neg('placeholder/shell-dollar', r.pick([`curl -u "admin:$PASSWORD" https://ci.acme.io/api`, `curl -H "Authorization: Bearer $${UP(r)}" https://api.acme.io`])),
  (r) => neg('placeholder/stars', `password: "${'*'.repeat(r.int(8, 16))}"`),
  (r) => neg('placeholder/redacted', `{"api_key": "${r.pick(['REDACTED', '[REDACTED]', '<redacted>', '***REDACTED***'])}"}`),
  (r) => neg('placeholder/changeme', `DB_PASSWORD=${r.pick(['changeme', 'CHANGEME', 'change-me', 'changeit'])}`),
  (r) => neg('placeholder/gh-actions', `env:\n  ${UP(r)}: \${{ secrets.${UP(r)} }}\n  GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}`),
  (r) => neg('placeholder/symfony', `parameters:\n    database_password: '%env(${r.pick(['DATABASE_PASSWORD', 'DB_PASS'])})%'`),
  (r) => neg('placeholder/ruby-fetch', `config.api_key = ENV.fetch("${UP(r)}")`),
  (r) => neg('placeholder/java-getenv', `String password = System.getenv("${UP(r)}");`),
  (r) => neg('placeholder/csharp-env', `var apiKey = Environment.GetEnvironmentVariable("${UP(r)}");`),
  (r) => neg('placeholder/spring-value', `@Value("\${${r.pick(['db', 'spring.datasource', 'mail'])}.password}")\nprivate String password;`),
  (r) => neg('placeholder/jinja', `ansible_become_password: "{{ vault_${r.pick(['become', 'db', 'root'])}_password }}"`),
  (r) => neg('placeholder/op-ref', `${UP(r)}=op://${r.pick(['Production', 'Shared', 'CI'])}/${svc(r)}/credential`),
  (r) => neg('placeholder/vals-ref', `password: ref+vault://secret/data/${svc(r)}#/password`),
  (r) => neg('placeholder/sm-arn', `secret_arn = "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/${svc(r)}"`),
  (r) => neg('placeholder/here', `token = "${r.pick(['your-token-here', 'YOUR_TOKEN_HERE', 'paste-your-token-here', 'TODO'])}"`),
  () => neg('placeholder/shell-default', `password="\${DB_PASSWORD:-}"\nexport PGPASSWORD="$password"`),
  (r) => neg('placeholder/slack-your', `SLACK_BOT_TOKEN=${r.pick(['xoxb-your-token', 'xoxb-your-bot-token-here', 'xoxb-XXXXXXXXXXXX'])}`),
  (r) => neg('placeholder/empty', r.pick([`"password": ""`, `password=`, `PASSWORD=''`])),
  (r) => neg('placeholder/named-const', `password = ${r.pick(['PASSWORD_PLACEHOLDER', 'DEFAULT_PASSWORD', 'None', 'null'])}`),
  (r) => neg('placeholder/bearer-angle', `Authorization: Bearer ${r.pick(['<token>', '<ACCESS_TOKEN>', '{token}', '$TOKEN'])}`),
  (r) => neg('placeholder/k8s-ref', `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ${svc(r)}-credentials\n        key: password`),
  (r) => neg('placeholder/existing-secret', `auth:\n  existingSecret: ${svc(r)}-auth\n  secretKeys:\n    adminPasswordKey: password`),
  (r) => neg('placeholder/filtered-log', `Parameters: {"user"=>{"email"=>"a@b.c", "password"=>"[FILTERED]", "token"=>"[FILTERED]"}}`.replace('a@b.c', `${r.chars(LOWER, 5)}@example.com`)),
  (r) => neg('placeholder/ellipsis', `client_secret=...\napi_key = "${r.pick(['…', '...', '…redacted…'])}"`),
  (r) => {
    const lines = Array.from({ length: 5 }, () => r.hex(80)).join('\n          ');
    return neg('placeholder/ansible-vault', `db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${lines}`);
  },
  (r) => neg('placeholder/sops', `password: ENC[AES256_GCM,data:${r.b64(18)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`),
];

/** Documentation example keys: published, known to everyone, grant nothing. */
export const NEG_DOCS: NegCase21[] = [
  () => neg('docs/aws-credentials', `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`),
  (r) => neg('docs/aws-boto', `s3 = boto3.client('s3', ${r.pick(["aws_access_key_id='AKIAIOSFODNN7EXAMPLE'", "region_name='us-east-1', aws_access_key_id='AKIAIOSFODNN7EXAMPLE'"])})`),
  () => neg('docs/aws-secret-alone', `export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  (r) => neg('docs/stripe-test-secret', `${r.pick(['stripe.api_key = ', 'Stripe.apiKey = ', 'const stripe = require("stripe")('])}"sk_test_4eC39HqLyjWDarjtT1zdp7dc"`),
  () => neg('docs/stripe-test-publishable', `var stripe = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx');`),
  () => neg('docs/jwt-io', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`),
  () => neg('docs/slack-not-real', `SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work`),
  () => neg('docs/twilio', `TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nTWILIO_AUTH_TOKEN=your_auth_token`),
  () => neg('docs/github-example', `GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a`),
];

/** Variable names, calls, types and fields where the value is code, not a secret. */
export const NEG_CODE: NegCase21[] = [
  (r) => neg('code/call', `password = ${r.pick(['get_password()', 'getpass.getpass()', 'keyring.get_password("app", user)', 'read_secret("db")'])}`),
  () => neg('code/ts-type', `interface Session {\n  token: string;\n  refreshToken?: string;\n  expiresAt: number;\n}`),
  () => neg('code/self-assign', `self.password = password\nself.api_key = api_key`),
  () => neg('code/self-read', `password = self.password\ntoken = self._token`),
  () => neg('code/req-header', `const token = req.headers.authorization?.split(' ')[1];`),
  (r) => neg('code/config-lookup', `api_key = config["${r.pick(['api_key', 'stripe']) }"]${r.pick(['', '["secret"]'])}`),
  () => neg('code/go-getenv', `secret := os.Getenv("WEBHOOK_SECRET")\nif secret == "" {\n\tlog.Fatal("WEBHOOK_SECRET is not set")\n}`),
  () => neg('code/django-field', `password = forms.CharField(widget=forms.PasswordInput, min_length=12)`),
  () => neg('code/signature', `def connect(host: str, user: str, password: str, token: Optional[str] = None) -> Connection:`),
  (r) => neg('code/min-length', `PASSWORD_MIN_LENGTH = ${r.int(8, 16)}\nTOKEN_TTL_SECONDS = ${r.int(300, 3600)}`),
  () => neg('code/java-field', `@JsonProperty("password")\nprivate String password;\n\n@Column(name = "api_token")\nprivate String apiToken;`),
  () => neg('code/token-type', `tokenType = 'Bearer'\ngrantType = 'client_credentials'`),
  () => neg('code/field-name', `passwordField = 'password'\nusernameField = 'username'`),
  () => neg('code/header-name', `const API_KEY_HEADER = 'X-API-Key';\nconst AUTH_HEADER = 'Authorization';`),
  () => neg('code/bcrypt-call', `password_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))`),
  () => neg('code/compare', `if (password !== confirmPassword) {\n  throw new Error('The passwords do not match');\n}`),
  () => neg('code/secret-name', `secretName: 'db-credentials'\nsecretKey: 'password'`),
  () => neg('code/storage-key', `const TOKEN_KEY = 'auth.token';\nlocalStorage.setItem(TOKEN_KEY, token);`),
  () => neg('code/mongoose', `resetPasswordToken: { type: String, required: false },\nresetPasswordExpires: Date,`),
  () => neg('code/php-input', `$password = $request->input('password');\n$token = $request->bearerToken();`),
  () => neg('code/swift-keychain', `let token = try keychain.get("access_token")`),
  () => neg('code/passthrough', `db = connect(host=host, user=user, password=password, sslmode="require")`),
  () => neg('code/openapi', `"password": {\n  "type": "string",\n  "format": "password",\n  "minLength": 12\n}`),
  () => neg('code/html-input', `<input type="password" name="password" id="password" placeholder="Password" autocomplete="current-password">`),
  () => neg('code/jenkins-credentials', `environment {\n    REGISTRY_CREDS = credentials('registry-deploy-key')\n}`),
  () => neg('code/docker-login', `echo "$REGISTRY_TOKEN" | docker login ghcr.io -u ci --password-stdin`),
];

/** Test fixtures named as such, and defaults no attacker lacks. */
export const NEG_FIXTURE: NegCase21[] = [
  (r) => neg('fixture/fake', `FAKE_API_KEY = "${r.pick(['fake-api-key', 'fake-api-key-for-tests', 'fake_key'])}"`),
  (r) => neg('fixture/test-password', `TEST_PASSWORD = "${r.pick(['test-password', 'testpassword', 'test'])}"`),
  () => neg('fixture/dummy', `dummy_secret = "dummy"`),
  (r) => neg('fixture/mock', `const mockToken = 'mock-token-${r.int(1, 9)}';`),
  () => neg('fixture/example', `const EXAMPLE_TOKEN = 'example-token';`),
  () => neg('fixture/not-real', `password: "not-a-real-password"`),
];

/** Low-entropy and dictionary values: decided negatives (see the test header). */
export const NEG_LOW: NegCase21[] = [
  (r) => neg('low/aaaa', `password = "${r.pick(['a', 'x', 'z'])!.repeat(r.int(8, 14))}"`),
  () => neg('low/digits', `pin = "12345678"`),
  () => neg('low/abc', `secret: abcdefgh`),
  (r) => neg('low/zeros', `api_key = "${'0'.repeat(r.pick([16, 32]))}"`),
  () => neg('low/password123', `password: password123`),
  () => neg('low/password', `password = "password"`),
  () => neg('low/admin', `admin_password: admin`),
  () => neg('low/test', `secret = "test"`),
  () => neg('low/qwerty', `DB_PASSWORD=qwerty123`),
];
