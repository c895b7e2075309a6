import type { Rng88 } from './blind-set-88-rng';
import type { Negative88 } from './blind-set-88-types';

const ph = (r: Rng88): string => r.pick(['<your-token>', '${NPM_TOKEN}', 'changeme', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '${{ secrets.NPM_TOKEN }}', '<TOKEN>', 'YOUR_API_KEY_HERE', '********']);
const num = (r: Rng88): string => String(r.int(0, 99)).padStart(2, '0');

/** Placeholders, references, encrypted blocks, masked output, doc samples, empty values. */
export const NEG_B: readonly Negative88[] = [
  {
    name: 'npmrc-placeholder',
    make: (r) => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${r.pick(['${NPM_TOKEN}', '${NODE_AUTH_TOKEN}', '<your-token>'])}\nsave-exact=true\n`,
  },
  {
    name: 'env-example',
    make: (r) =>
      `# copy to .env and fill in\nDATABASE_URL=postgres://user:${r.pick(['password', 'changeme', '<password>'])}@localhost:5432/app\nSTRIPE_SECRET_KEY=\nSENDGRID_API_KEY=${ph(r)}\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nPORT=${r.int(3000, 9000)}\n`,
  },
  {
    name: 'helm-template',
    make: (r) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "app.fullname" . }}\ndata:\n  password: {{ .Values.postgresql.auth.password | b64enc | quote }}\n  api-key: {{ required "apiKey" .Values.${r.pick(['apiKey', 'stripe.key', 'sendgrid.key'])} | b64enc }}\n`,
  },
  { name: 'ansible-vault', make: (r) => `db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: r.int(4, 6) }, () => `          ${r.hex(64)}`).join('\n')}\n` },
  { name: 'jasypt', make: (r) => `spring.datasource.username=orders\nspring.datasource.password=ENC(${r.b64(r.pick([24, 32, 48]))})\njasypt.encryptor.password=\${JASYPT_ENCRYPTOR_PASSWORD}\n` },
  {
    name: 'sops',
    make: (r) =>
      `db:\n    password: ENC[AES256_GCM,data:${r.b64(18)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}\n    lastmodified: "2024-0${r.int(1, 9)}-1${r.int(0, 9)}T10:00:00Z"\n    version: 3.8.1\n`,
  },
  {
    name: 'secret-refs',
    make: (r) =>
      `DB_PASSWORD=op://Engineering/${r.pick(['postgres-prod', 'mysql-crm'])}/password\nSTRIPE_KEY=vault:secret/data/payments#stripe_key\nGITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN }}\nAPI_KEY=\${API_KEY:?must be set}\n`,
  },
  {
    name: 'ci-masked',
    make: (r) =>
      `2024-03-${num(r)}T10:0${r.int(0, 9)}:11.${r.digits(7)}Z + npm config set //registry.npmjs.org/:_authToken ***\n2024-03-12T10:03:12.1000000Z + docker login -u *** -p *** ghcr.io\n2024-03-12T10:03:12.3000000Z Login Succeeded\n`,
  },
  {
    name: 'redacted',
    make: (r) =>
      `config dump (secrets redacted):\n  aws_secret_access_key = [REDACTED]\n  db_password = ****\n  stripe_key = sk_live_****************\n  slack_token = xoxb-[REDACTED]\n  retries = ${r.int(1, 9)}\n`,
  },
  {
    name: 'npm-config-list',
    make: (r) =>
      `; "user" config from /home/runner/.npmrc\n\n//registry.npmjs.org/:_authToken = (protected)\nregistry = "https://registry.npmjs.org/"\n\n; node bin location = /opt/hostedtoolcache/node/20.${r.int(1, 11)}.0/x64/bin/node\n`,
  },
  {
    name: 'kubectl-view',
    make: (r) =>
      `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://10.${r.int(0, 255)}.0.1:6443\n  name: kind-dev\nusers:\n- name: kind-dev\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n    token: REDACTED\n`,
  },
  {
    name: 'tf-plan',
    make: (r) =>
      `  + resource "aws_db_instance" "main" {\n      + password      = (sensitive value)\n      + username      = "app"\n      + instance_class = "db.t3.${r.pick(['micro', 'small', 'medium'])}"\n    }\n\nPlan: ${r.int(1, 9)} to add, 0 to change, 0 to destroy.\n`,
  },
  {
    name: 'docs-sample',
    make: (r) =>
      `# Example from docs\n[client]\nuser=example_user\npassword=${r.pick(['your_password', 'changeme', '<password>'])}\n\n# contact: ${r.pick(['jane.doe', 'john.smith', 'support'])}@example.com, phone 555-01${num(r)}\n`,
  },
  {
    name: 'pip-log-masked',
    make: (r) => `Looking in indexes: https://deploy:****@pypi.internal.example.com/simple\nCollecting requests==2.31.${r.int(0, 9)}\n  Downloading requests-2.31.0-py3-none-any.whl (62 kB)\n`,
  },
  { name: 'empty-env', make: (r) => `AWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nGITHUB_TOKEN=\nDB_PASSWORD=""\nLOG_LEVEL=${r.pick(['info', 'debug', 'warn'])}\n` },
  {
    name: 'docker-credstore',
    make: (r) => `{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {},\n\t\t"ghcr.io": {}\n\t},\n\t"credsStore": "${r.pick(['desktop', 'osxkeychain', 'pass', 'ecr-login'])}"\n}`,
  },
  {
    name: 'gha-secrets-ref',
    make: (r) =>
      `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: ./deploy.sh --region ${r.pick(['us-east-1', 'eu-west-1'])}\n`,
  },
  {
    name: 'pgbouncer-ini',
    make: (r) =>
      `[databases]\napp = host=127.0.0.1 port=5432 dbname=app\n\n[pgbouncer]\nlisten_port = ${r.int(6000, 6999)}\nauth_type = scram-sha-256\nauth_file = /etc/pgbouncer/userlist.txt\npool_mode = transaction\n`,
  },
  {
    name: 'gradle-props-refs',
    make: (r) =>
      `RELEASE_STORE_PASSWORD=\${System.getenv("KEYSTORE_PASSWORD")}\nsigning.keyId=${r.hex(8).toUpperCase()}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\norg.gradle.caching=true\n`,
  },
  {
    name: 'curl-env-ref',
    make: (r) => `curl -sf -H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json" https://api.github.com/repos/acme/worker/actions/runs?per_page=${r.int(5, 50)}\n`,
  },
];
