import type { Rng9 } from './blind-set-9-rng';
import { A57 } from './blind-set-57-ctx';

/** A negative template: text of the same kind as the positives, with no secret or personal value. */
export interface Neg57 {
  name: string;
  make: (r: Rng9) => string;
}
const N = (name: string, make: (r: Rng9) => string): Neg57 => ({ name, make });
const ENVS = ['STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'DD_API_KEY', 'SENDGRID_API_KEY', 'TWILIO_AUTH_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN', 'DATABASE_PASSWORD'];

/** Placeholders, template variables and environment references in the placements the positives use. */
export const NEG_PLACEHOLDERS: readonly Neg57[] = [
  N('go-getenv', (r) => {
    const v = r.pick(['apiKey', 'token', 'secret']);
    return `${v} := os.Getenv("${r.pick(ENVS)}")\nif ${v} == "" {\n\tlog.Fatal("missing credentials")\n}`;
  }),
  N('py-environ-get', (r) => `API_KEY = os.environ.get("${r.pick(ENVS)}", "")\nclient = Client(api_key=API_KEY, timeout=${r.int(5, 60)})`),
  N('js-process-env', (r) => `const ${r.pick(['apiKey', 'secretKey', 'authToken'])} = process.env.${r.pick(ENVS)};\nif (!apiKey) throw new Error('${r.pick(ENVS)} is not set');`),
  N('dotenv-template', (r) => `${r.pick(ENVS)}=<YOUR_API_KEY>\n${r.pick(ENVS)}=\${${r.pick(ENVS)}}\n${r.pick(ENVS)}=changeme\nLOG_LEVEL=debug`),
  N('yaml-helm-template', (r) => `env:\n  - name: ${r.pick(ENVS)}\n    valueFrom:\n      secretKeyRef:\n        name: app-secrets\n        key: ${r.pick(['api-key', 'token', 'password'])}\n  - name: REPLICAS\n    value: "${r.int(1, 9)}"`),
  N('helm-values-tpl', () => `apiKey: {{ .Values.integrations.apiKey | quote }}\ntoken: {{ required "token is required" .Values.token }}\npassword: "{{ .Values.db.password }}"`),
  N('terraform-var-ref', (r) => `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n}\n\nvariable "datadog_api_key" {\n  type      = string\n  sensitive = true\n}\n# region ${r.pick(['us1', 'eu1', 'us5'])}`),
  N('gha-secrets-ref', (r) => `env:\n  ${r.pick(ENVS)}: \${{ secrets.${r.pick(ENVS)} }}\n  GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n  RUN_ID: \${{ github.run_id }}`),
  N('docs-example-aws', () => `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-east-1`),
  N('docs-placeholder-prefixes', (r) => `# Replace the values below\nSTRIPE_SECRET_KEY=sk_test_...\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nOPENAI_API_KEY=sk-...${r.pick(['', ' # get one at platform.openai.com'])}`),
  N('xxx-masked', (r) => `api_key: "${'x'.repeat(r.int(24, 40))}"\ntoken: "${'*'.repeat(r.int(12, 20))}"\npassword: "********"`),
  N('redacted-log', (r) => `${r.pick(['INFO', 'DEBUG'])} request headers={"Authorization":"[REDACTED]","X-Api-Key":"[FILTERED]","Cookie":"<redacted>"} status=${r.pick([200, 201, 204])}`),
  N('vault-ref', (r) => `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r.digits(64)}\napi_key: "{{ lookup('hashi_vault', 'secret=kv/data/app:api_key') }}"`),
  N('sops-ref', () => `stripe:\n  secret_key: ENC[AES256_GCM,data:...,type:str]\nsops:\n  kms: []\n  version: 3.8.1`),
  N('java-value-annotation', (r) => `@Value("\${${r.pick(['stripe.secret-key', 'github.token', 'openai.api-key'])}}")\nprivate String apiKey;`),
  N('csharp-config-get', (r) => `var key = builder.Configuration["${r.pick(['Stripe:SecretKey', 'SendGrid:ApiKey', 'Okta:ApiToken'])}"];\nservices.AddHttpClient("api", c => c.Timeout = TimeSpan.FromSeconds(${r.int(5, 60)}));`),
  N('ruby-credentials-ref', (r) => `config.api_key = Rails.application.credentials.dig(:${r.pick(['stripe', 'sendgrid', 'twilio'])}, :api_key)\nconfig.timeout = ${r.int(5, 30)}`),
  N('php-env-call', (r) => `'${r.pick(['secret', 'key', 'token'])}' => env('${r.pick(ENVS)}'),\n'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),`),
  N('cli-flag-from-env', (r) => `$ ${r.pick(['vercel', 'netlify', 'fly'])} deploy --token "$${r.pick(ENVS)}" --prod\n$ gh auth login --with-token < ~/.config/token.txt`),
  N('curl-header-var', (r) => `curl -H "Authorization: Bearer $${r.pick(ENVS)}" -H "Accept: application/json" https://api.example.com/v1/items?limit=${r.int(10, 100)}`),
  N('docs-contact-example', (r) => `Example:\n  name: Jane Doe\n  email: user@example.com\n  phone: +1 ${r.pick(['212', '415', '312'])}-555-01${r.int(10, 99)}\n  card: "**** **** **** ${r.digits(4)}"`),
  N('low-entropy-values', (r) => `TEST_TOKEN=${'a'.repeat(r.int(20, 40))}\nDUMMY_SECRET=1234567890abcdef1234567890abcdef\nFAKE_KEY=abcdefghijklmnopqrstuvwxyz\nPASSWORD=password`),
  N('rule-test-fps', (r) => `fps := []string{\n\t\`api_key = "\${API_KEY}"\`,\n\t\`token: {{ .Token }}\`,\n\t\`secret = os.getenv("SECRET")\`,\n\t\`password = "<PASSWORD>"\`,\n}\n// rule ${r.pick(['generic-api-key', 'slack-bot-token', 'stripe-access-token'])}`),
  N('k8s-secret-empty', (r) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['api', 'worker', 'web'])}-secrets\n  annotations:\n    reloader.stakater.com/match: "true"\ntype: Opaque\ndata: {}`),
  N('connection-string-placeholder', (r) => `DATABASE_URL=postgres://\${DB_USER}:\${DB_PASSWORD}@${r.pick(['db', 'pg', 'postgres'])}.internal:5432/app\nREDIS_URL=redis://localhost:6379/0`),
];

/** Random identifiers that are no secret: helpers for the negative templates. */
export const nid57 = {
  sha1: (r: Rng9): string => r.hex(40),
  sha256: (r: Rng9): string => r.hex(64),
  traceId: (r: Rng9): string => r.hex(32),
  spanId: (r: Rng9): string => r.hex(16),
  ulid: (r: Rng9): string => '01' + r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24),
  sku: (r: Rng9): string => `${r.chars(A57.uan, 3)}-${r.digits(4)}-${r.chars(A57.uan, 2)}`,
};
