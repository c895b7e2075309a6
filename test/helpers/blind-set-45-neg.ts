import { B62, B64 } from './blind-set-9-rng';
import type { T45 } from './blind-set-45-types';

/** Negatives: near-miss lines from the same workstations that hold no leak. */
export const NEG45: T45[] = [
  { a: 'registry', t: 'npmrc-env-placeholder', f: (c) => `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
@${c.pick(['acme', 'lumen'])}:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}
save-exact=true
` },
  { a: 'registry', t: 'package-lock-integrity', f: (c) => `    "node_modules/${c.pick(['lodash', 'chalk', 'semver', 'undici', 'zod'])}": {
      "version": "${c.int(1, 9)}.${c.int(0, 20)}.${c.int(0, 9)}",
      "resolved": "https://registry.npmjs.org/${c.pick(['lodash', 'chalk', 'semver'])}/-/x-${c.int(1, 9)}.${c.int(0, 9)}.0.tgz",
      "integrity": "sha512-${c.r.b64(64)}",
      "license": "MIT"
    },` },
  { a: 'registry', t: 'yarn-lock-checksum', f: (c) => `"${c.pick(['@babel/core', 'react-dom', 'typescript'])}@npm:^${c.int(1, 9)}.${c.int(0, 9)}.0":
  version: ${c.int(1, 9)}.${c.int(0, 9)}.${c.int(0, 9)}
  resolution: "typescript@npm:${c.int(4, 5)}.${c.int(0, 9)}.${c.int(0, 9)}"
  checksum: 10c0/${c.r.hex(128)}
  languageName: node
  linkType: hard
` },
  { a: 'registry', t: 'pypirc-template', f: (c) => `[distutils]
index-servers = pypi

[pypi]
username = __token__
password = <your-pypi-token>
# generate one at https://pypi.org/manage/account/token/ (${c.date()})
` },
  { a: 'registry', t: 'cargo-go-sums', f: (c) => `[[package]]
name = "${c.pick(['serde', 'tokio', 'anyhow'])}"
version = "1.${c.int(0, 40)}.${c.int(0, 9)}"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${c.r.hex(64)}"
# go.sum
golang.org/x/${c.pick(['net', 'sys', 'text'])} v0.${c.int(10, 30)}.0 h1:${c.r.b64(32)}
golang.org/x/net v0.${c.int(10, 30)}.0/go.mod h1:${c.r.b64(32)}
` },
  { a: 'registry', t: 'docker-config-credstore', f: (c) => `{
  "auths": { "https://index.docker.io/v1/": {}, "ghcr.io": {}, "${c.r.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com": {} },
  "credsStore": "osxkeychain",
  "credHelpers": { "gcr.io": "gcloud", "europe-docker.pkg.dev": "gcloud" },
  "currentContext": "colima"
}` },
  { a: 'env', t: 'env-example', f: (c) => `# .env.example — copy to .env and fill in
DATABASE_URL=postgres://postgres:changeme@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=<your-key>
GITHUB_TOKEN=
SESSION_SECRET=\${SESSION_SECRET}
PORT=${c.int(3000, 9000)}
` },
  { a: 'env', t: 'public-by-design-keys', f: (c) => `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${c.r.b62(24)}
NEXT_PUBLIC_FIREBASE_API_KEY=AIza${c.r.chars(B62 + '-_', 35)}
NEXT_PUBLIC_FIREBASE_PROJECT_ID=${c.pick(['acme', 'lumen'])}-web-${c.int(100, 999)}
NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com
` },
  { a: 'cloud', t: 'aws-doc-example', f: (c) => `# From the AWS CLI user guide:
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ${c.pick(['us-west-2', 'eu-west-1'])}
` },
  { a: 'cloud', t: 'kubeconfig-exec', f: (c) => `users:
- name: arn:aws:eks:eu-west-1:${c.r.digits(12)}:cluster/${c.pick(['prod', 'stage'])}
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod", "--output", "json"]
      env: [{ name: AWS_PROFILE, value: prod }]
` },
  { a: 'cloud', t: 'kubectl-get-pods', f: (c) => `NAME                          READY   STATUS    RESTARTS   AGE   IP             NODE
api-${c.id(10)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}   1/1     Running   0          ${c.int(1, 30)}d   10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(2, 254)}   ip-10-0-${c.int(0, 255)}-${c.int(1, 254)}.ec2.internal
worker-${c.id(10)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}   1/1     Running   2          ${c.int(1, 30)}d   172.${c.int(16, 31)}.${c.int(0, 255)}.${c.int(2, 254)}   ip-10-0-${c.int(0, 255)}-${c.int(1, 254)}.ec2.internal
` },
  { a: 'cloud', t: 'terraform-plan-sensitive', f: (c) => `  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "db-${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26)}"
      ~ password            = (sensitive value)
        tags                = { "Owner" = "platform" }
    }
Plan: 0 to add, 1 to change, 0 to destroy.
` },
  { a: 'cloud', t: 'ssh-known-hosts', f: (c) => `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
|1|${c.r.b64(20)}|${c.r.b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${c.r.chars(B64, 86)}=
${c.pick(['gitlab.com', 'bitbucket.org'])} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${c.r.chars(B64, 43)}
` },
  { a: 'cloud', t: 'ssh-pubkey-and-config', f: (c) => `$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${c.r.chars(B64, 43)} ${c.pick(['laptop', 'work', 'ci'])}
$ cat ~/.ssh/config
Host build
  HostName 192.168.${c.int(0, 10)}.${c.int(2, 250)}
  User ubuntu
  IdentityFile ~/.ssh/id_ed25519
  ForwardAgent no
` },
  { a: 'shell', t: 'gh-auth-status-masked', f: (c) => `$ gh auth status
github.com
  ✓ Logged in to github.com account ${c.user()} (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'
` },
  { a: 'shell', t: 'ci-log-masked', f: (c) => `${c.ts()} ##[group]Run npm publish
${c.ts()} env:
${c.ts()}   NODE_AUTH_TOKEN: ***
${c.ts()}   DOCKERHUB_TOKEN: ***
${c.ts()} npm notice package size: ${c.int(10, 900)}.${c.int(0, 9)} kB
${c.ts()} npm notice integrity: sha512-${c.r.b64(16).slice(0, 20)}[...]${c.r.b64(8).slice(0, 10)}==
` },
  { a: 'shell', t: 'git-log-shas', f: (c) => `$ git log --oneline -5
${c.id(7)} (HEAD -> main, origin/main) fix: retry registry fetch on 503
${c.id(7)} chore(deps): bump undici from 6.${c.int(0, 20)}.0 to 6.${c.int(21, 30)}.1
${c.id(7)} feat: add --dry-run to publish
$ git rev-parse HEAD
${c.id(40)}
` },
  { a: 'shell', t: 'docker-pull-digests', f: (c) => `$ docker pull ghcr.io/${c.pick(['acme', 'lumen'])}/api:${c.int(1, 9)}.${c.int(0, 30)}.${c.int(0, 9)}
${c.id(12)}: Pull complete
${c.id(12)}: Pull complete
Digest: sha256:${c.id(64)}
Status: Downloaded newer image for ghcr.io/acme/api
` },
  { a: 'shell', t: 'low-entropy-placeholders', f: (c) => `$ export API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
$ export DB_PASSWORD=changeme
$ export PIN=1234
$ psql postgres://postgres:postgres@localhost:5432/test_${c.int(1, 9)}
$ curl -H "Authorization: Bearer YOUR_TOKEN_HERE" https://api.example.com/v1/me
` },
  { a: 'ide', t: 'vscode-log-ids', f: (c) => `${c.ts()} [info] Extension host with pid ${c.int(1000, 99999)} started
${c.ts()} [info] [ms-python.python] Activated in ${c.int(100, 3000)}ms session=${c.r.uuid()}
${c.ts()} [trace] telemetry request ${c.r.uuid()} traceparent=00-${c.id(32)}-${c.id(16)}-01
` },
  { a: 'ide', t: 'har-static-asset', f: (c) => JSON.stringify({ request: { method: 'GET', url: `http://localhost:${c.int(3000, 9000)}/_next/static/chunks/${c.id(16)}.js`, headers: [{ name: 'if-none-match', value: `W/"${c.id(20)}"` }] }, response: { status: 304, headers: [{ name: 'etag', value: `W/"${c.id(20)}"` }, { name: 'x-request-id', value: c.r.uuid() }] } }, null, 2) },
  { a: 'ide', t: 'postman-env-template', f: (c) => JSON.stringify({ id: c.r.uuid(), name: 'local', values: [{ key: 'base_url', value: 'http://localhost:8080', enabled: true }, { key: 'token', value: '{{vault:api-token}}', type: 'secret', enabled: true }, { key: 'user_email', value: 'qa-user@example.com', enabled: true }] }, null, 2) },
  { a: 'ide', t: 'otel-span-json', f: (c) => JSON.stringify({ traceId: c.id(32), spanId: c.id(16), parentSpanId: c.id(16), name: 'GET /api/packages/:name', kind: 2, attributes: { 'http.status_code': 200, 'net.peer.ip': `10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(1, 254)}` } }) },
  { a: 'hosting', t: 'workflow-secrets-refs', f: (c) => `      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - uses: docker/login-action@${c.id(40)}
        with:
          username: \${{ vars.DOCKERHUB_USER }}
          password: \${{ secrets.DOCKERHUB_TOKEN }}
` },
  { a: 'hosting', t: 'github-webhook-delivery-ids', f: (c) => `X-GitHub-Delivery: ${c.r.uuid()}
X-GitHub-Event: push
X-GitHub-Hook-ID: ${c.int(100000000, 599999999)}
X-Hub-Signature-256: sha256=${c.id(64)}
{"ref":"refs/heads/main","before":"${c.id(40)}","after":"${c.id(40)}"}
` },
  { a: 'hosting', t: 'ci-checksum-files', f: (c) => `${c.id(64)}  herald-linux-x64.tar.gz
${c.id(64)}  herald-darwin-arm64.tar.gz
${c.id(64)}  herald-win-x64.zip
` },
  { a: 'data', t: 'schema-ddl', f: (c) => `CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  full_name text NOT NULL,
  email citext UNIQUE NOT NULL,
  phone text,
  card_last4 char(4),
  created_at timestamptz DEFAULT now()
);
CREATE INDEX customers_email_idx_${c.id(6)} ON customers (email);
` },
  { a: 'data', t: 'rfc2606-fixture', f: (c) => `[
  { "id": ${c.int(1, 99)}, "email": "alice@example.com", "phone": "+1-202-555-01${c.int(10, 99)}", "ip": "192.0.2.${c.int(1, 254)}", "site": "https://shop.example.org" },
  { "id": ${c.int(100, 199)}, "email": "bob@test.example", "phone": "+1-202-555-01${c.int(10, 99)}", "ip": "198.51.100.${c.int(1, 254)}", "ipv6": "2001:db8::${c.id(4)}" }
]` },
  { a: 'data', t: 'base64-nonsecret', f: (c) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags-${c.id(6)}
binaryData:
  flags.json: ${Buffer.from(JSON.stringify({ newCheckout: c.r.next() < 0.5, darkMode: true, rollout: c.int(1, 100) })).toString('base64')}
` },
  { a: 'data', t: 'masked-card-support', f: (c) => `Ticket #${c.int(100000, 999999)}: customer reports decline on card ending ${c.r.digits(4).replace(/^/, '•••• ')}; order ORD-${c.id(10).toUpperCase()}; retry succeeded at ${c.ts()}.` },
  { a: 'registry', t: 'npm-token-list-masked', f: (c) => `$ npm token list
┌────────┬─────────┬────────────┬──────────┬────────────────┐
│ id     │ token   │ created    │ readonly │ CIDR whitelist │
├────────┼─────────┼────────────┼──────────┼────────────────┤
│ ${c.id(6)} │ npm_${c.r.b62(2)}… │ ${c.date()} │ no       │                │
│ ${c.id(6)} │ npm_${c.r.b62(2)}… │ ${c.date()} │ yes      │ 10.0.0.0/8     │
└────────┴─────────┴────────────┴──────────┴────────────────┘
` },
  { a: 'ide', t: 'sri-script-tags', f: (c) => `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.${c.int(0, 8)}/dist/css/bootstrap.min.css" integrity="sha384-${c.r.b64(48)}" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.${c.int(0, 6)}/dist/htmx.min.js" integrity="sha384-${c.r.b64(48)}" crossorigin="anonymous"></script>
` },
  { a: 'registry', t: 'gradle-wrapper-sha', f: (c) => `distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionSha256Sum=${c.id(64)}
distributionUrl=https\://services.gradle.org/distributions/gradle-8.${c.int(5, 14)}-bin.zip
networkTimeout=10000
` },
  { a: 'cloud', t: 'kubeconfig-redacted', f: (c) => `$ kubectl config view
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://127.0.0.1:${c.int(30000, 60000)}
  name: kind-kind
users:
- name: kind-kind
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
    token: REDACTED
` },
  { a: 'hosting', t: 'actions-cache-keys', f: (c) => `Cache restored from key: node-cache-Linux-x64-npm-${c.id(64)}
Received ${c.int(10, 200)}${c.r.digits(6)} of ${c.int(10, 200)}${c.r.digits(6)} (100.0%), ${c.int(20, 90)}.${c.int(0, 9)} MBs/sec
Post job cleanup.
Cache hit occurred on the primary key node-cache-Linux-x64-npm-${c.id(64)}, not saving cache.
` },
];
