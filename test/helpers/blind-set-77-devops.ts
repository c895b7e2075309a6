import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-77-rng';
import { b62, b64uChars, hex, hostName, iso, jwt, lower, now, person, reqId, ts, upperAlnum, type PosTpl } from './blind-set-77-gen';

/** Secret managers and IaC: Doppler, Infisical, Akeyless, 1Password, HCP, Vault, Pulumi, Terraform Cloud, Spacelift, env0. */
export const SECRETS: PosTpl[] = [
  ['secrets', 'doppler-service-token', (r, k) => {
    return `Doppler Error: Unable to fetch secrets (HTTP 401) — Invalid Service token
  docker run -e DOPPLER_TOKEN=${k.cred('doppler-token', `dp.st.prd.${b62(r, 40)}`)} ${lower(r, 6)}/api:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`;
  }],
  ['secrets', 'doppler-personal-cli', (r, k) => {
    const p = person(r);
    return `$ cat ~/.doppler/.doppler.yaml
scoped:
    /:
        token: ${k.cred('doppler-token', `dp.ct.${b62(r, 44)}`)}
        api-host: https://api.doppler.com
    /home/${p.first.toLowerCase()}/src/billing:
        enclave.project: billing
        enclave.config: prd
# owner ${k.pers('email', p.email)}; service account: ${k.cred('doppler-token', `dp.sa.${b62(r, 44)}`)}`;
  }],
  ['secrets', 'infisical-service-token', (r, k) => {
    return `infisical run --env=prod -- node server.js
error: CallGetServiceTokenDetailsV2: Unsuccessful response [GET https://app.infisical.com/api/v2/service-token] [status-code=401]
  INFISICAL_TOKEN=${k.cred('infisical-service-token', `st.${r.uuid()}.${hex(r, 32)}.${hex(r, 32)}`)}`;
  }],
  ['secrets', 'infisical-universal-auth', (r, k) => {
    return `infisical-sdk: universal auth login failed: {"statusCode":401,"message":"Invalid credentials","reqId":"req-${b62(r, 14)}"}
  INFISICAL_UNIVERSAL_AUTH_CLIENT_ID=${r.uuid()}
  INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET=${k.cred('infisical-client-secret', hex(r, 64))}`;
  }],
  ['secrets', 'akeyless-auth', (r, k) => {
    return `akeyless auth --access-id p-${lower(r, 12)} --access-key ${k.cred('akeyless-access-key', r.b64(32))} --access-type access_key
Error: failed to authenticate: 401 Unauthorized (request ${r.uuid()})`;
  }],
  ['secrets', 'onepassword-connect', (r, k) => {
    return `op-connect-api | ${ts(r)} ERROR (401) Invalid bearer token
kubectl -n ops describe secret op-credentials
  OP_CONNECT_HOST: http://onepassword-connect:8080
  OP_CONNECT_TOKEN: ${k.cred('onepassword-connect-token', jwt(r, { '1password.com/auuid': upperAlnum(r, 26), '1password.com/token': b64uChars(r, 32), '1password.com/fts': ['vaultaccess'], '1password.com/vts': [{ u: lower(r, 26), a: 48 }], aud: ['com.1password.connect'], sub: upperAlnum(r, 26), iat: now(r), iss: 'com.1password.b5', jti: lower(r, 26) }, 'ES256', { kid: lower(r, 26) }))}`;
  }],
  ['secrets', 'onepassword-service-account', (r, k) => {
    return `[ERROR] ${iso(r)} op: "op read op://Production/stripe/credential" failed: (401) Unauthorized
  OP_SERVICE_ACCOUNT_TOKEN=${k.cred('onepassword-service-account-token', `ops_${Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(16) }, email: `${lower(r, 12)}@1passwordserviceaccounts.com`, srpX: hex(r, 64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${upperAlnum(r, 6)}-${upperAlnum(r, 6)}`, deviceUuid: lower(r, 26) })).toString('base64url')}`)}`;
  }],
  ['secrets', 'hcp-vault-token', (r, k) => {
    return `vault: Error making API request.
URL: GET https://vault-cluster-public-vault-${hex(r, 8)}.${hex(r, 8)}.z1.hashicorp.cloud:8200/v1/secret/data/payments
Code: 403. Errors:
* permission denied
  VAULT_TOKEN=${k.cred('vault-token', `hvs.${b64uChars(r, 90)}`)}
  HCP_CLIENT_ID=${b62(r, 32)} HCP_CLIENT_SECRET=${k.cred('hcp-client-secret', r.chars(B64URL, 64))}`;
  }],
  ['secrets', 'pulumi-access-token', (r, k) => {
    return `error: getting stack: [401] Unauthorized: No credentials provided or are invalid.
  PULUMI_ACCESS_TOKEN=${k.cred('pulumi-access-token', `pul-${hex(r, 40)}`)}
  pulumi:config  aws:region=us-west-2  app:dbPassword (secret) = ${k.cred('db-password', r.password(20))}`;
  }],
  ['secrets', 'terraform-cloud-credentials', (r, k) => {
    return `$ cat ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${k.cred('terraform-cloud-token', `${b62(r, 14)}.atlasv1.${b62(r, 67)}`)}"
    }
  }
}
$ terraform init
Error: Failed to request discovery document: 401 Unauthorized`;
  }],
  ['secrets', 'spacelift-api-key', (r, k) => {
    return `spacectl: failed to exchange API key for token: unauthorized
  SPACELIFT_API_KEY_ENDPOINT=https://${lower(r, 8)}.app.spacelift.io
  SPACELIFT_API_KEY_ID=${upperAlnum(r, 26)}
  SPACELIFT_API_KEY_SECRET=${k.cred('spacelift-api-secret', hex(r, 64))}`;
  }],
  ['secrets', 'env0-api-basic', (r, k) => {
    const id = lower(r, 16);
    const secret = b62(r, 32);
    return `env0 provider: GET https://api.env0.com/organizations 401
  Authorization: Basic ${k.cred('basic-auth', Buffer.from(`${id}:${secret}`).toString('base64'))}
  ENV0_API_KEY=${id} ENV0_API_SECRET=${k.cred('env0-api-secret', secret)}`;
  }],
];

/** CI, code quality and artifact hosts: Buildkite, Drone, Semaphore, Codemagic, Bitrise, Codecov, Coveralls, Snyk, SonarCloud, Sourcegraph, JFrog, Cloudsmith, Packagecloud, Gemfury. */
export const CI: PosTpl[] = [
  ['ci', 'buildkite-agent-env', (r, k) => {
    return `~~~ Preparing working directory
buildkite-agent: env dump after hook failure (pipeline deploy-api, build #${r.int(1000, 20000)})
BUILDKITE_AGENT_ACCESS_TOKEN=${k.cred('buildkite-agent-token', b62(r, 50))}
BUILDKITE_API_TOKEN=${k.cred('buildkite-api-token', `bkua_${hex(r, 40)}`)}
BUILDKITE_BUILD_ID=${r.uuid()}
BUILDKITE_COMMIT=${hex(r, 40)}`;
  }],
  ['ci', 'drone-runner', (r, k) => {
    const host = `drone.${lower(r, 6)}.io`;
    return `time="${iso(r)}" level=error msg="cannot ping the remote server" error="Post \\"https://${host}/rpc/v2/ping\\": 401" DRONE_RPC_HOST=${host} DRONE_RPC_SECRET=${k.cred('drone-rpc-secret', hex(r, 32))}
drone cli: DRONE_TOKEN=${k.cred('drone-token', b62(r, 32))}`;
  }],
  ['ci', 'semaphore-api', (r, k) => {
    return `sem: error: GET https://${lower(r, 8)}.semaphoreci.com/api/v1alpha/projects returned 401
  ~/.sem.yaml: contexts.${lower(r, 8)}_semaphoreci_com.auth.token: ${k.cred('semaphore-api-token', b62(r, 20))}`;
  }],
  ['ci', 'codemagic-trigger', (r, k) => {
    const p = person(r);
    return `curl -H "Content-Type: application/json" -H "x-auth-token: ${k.cred('codemagic-api-token', b64uChars(r, 43))}" --data '{"appId":"${hex(r, 24)}","workflowId":"ios-release","branch":"main"}' https://api.codemagic.io/builds
{"error":"Invalid token"}  # triggered by ${k.pers('email', p.email)}
APP_STORE_CONNECT_PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\\n${k.cred('private-key-body', r.b64(96))}\\n-----END PRIVATE KEY-----`;
  }],
  ['ci', 'bitrise-pat', (r, k) => {
    return `bitrise: POST https://api.bitrise.io/v0.1/apps/${hex(r, 16)}/builds 401 {"message":"Unauthorized"}
  Authorization: ${k.cred('bitrise-access-token', b64uChars(r, 86))}
  BITRISEIO_ANDROID_KEYSTORE_PASSWORD=${k.cred('keystore-password', r.password(16))}`;
  }],
  ['ci', 'codecov-upload', (r, k) => {
    return `[${iso(r)}] ['error'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: 404 - {"detail":"Unable to locate build via Github Actions API."}
[${iso(r)}] ['verbose']: Passed token was 36 characters long
[${iso(r)}] ['verbose']: Upload URL: https://codecov.io/upload/v4?package=github-action-2.1.0-uploader-0.1.0&token=${k.cred('codecov-token', r.uuid())}&branch=main&build=${r.int(1000000000, 9999999999)}`;
  }],
  ['ci', 'coveralls-repo-token', (r, k) => {
    return `# .coveralls.yml (found in published gem ${lower(r, 8)}-${r.int(0, 3)}.${r.int(0, 20)}.0)
service_name: travis-pro
repo_token: ${k.cred('coveralls-repo-token', b62(r, 32))}
parallel: true`;
  }],
  ['ci', 'snyk-auth', (r, k) => {
    const p = person(r);
    return `snyk test --all-projects
 ERROR   Unauthorized (SNYK-0005)
          Authentication credentials not recognized, or user access is not provisioned.
  env: SNYK_TOKEN=${k.cred('snyk-token', r.uuid())} SNYK_CFG_ORG=${lower(r, 10)} (token owner ${k.pers('email', p.email)})`;
  }],
  ['ci', 'sonarcloud-scanner', (r, k) => {
    return `ERROR: Error during SonarScanner execution
ERROR: Not authorized. Analyzing this project requires authentication. Please check the user token in the property 'sonar.token' or the environment variable 'SONAR_TOKEN'.
INFO: sonar-scanner -Dsonar.organization=${lower(r, 9)} -Dsonar.projectKey=${lower(r, 9)}_api -Dsonar.host.url=https://sonarcloud.io -Dsonar.token=${k.cred('sonar-token', r.pick([`sqp_${hex(r, 40)}`, hex(r, 40), `squ_${hex(r, 40)}`]))}`;
  }],
  ['ci', 'sourcegraph-src-cli', (r, k) => {
    return `src batch apply -f upgrade-lodash.yaml
❌ Error: error: 401 Unauthorized
  SRC_ENDPOINT=https://sourcegraph.${lower(r, 7)}.com
  SRC_ACCESS_TOKEN=${k.cred('sourcegraph-token', r.pick([`sgp_${hex(r, 16)}_${hex(r, 40)}`, `sgp_${hex(r, 40)}`]))}`;
  }],
  ['ci', 'jfrog-npmrc', (r, k) => {
    const p = person(r);
    const host = `${lower(r, 7)}.jfrog.io`;
    return `npm ERR! code E401
npm ERR! Unable to authenticate, need: Basic realm="Artifactory Realm"
# ~/.npmrc
registry=https://${host}/artifactory/api/npm/npm-virtual/
//${host}/artifactory/api/npm/npm-virtual/:_authToken=${k.cred('jfrog-reference-token', Buffer.from(`reftkn:01:${now(r)}:${b62(r, 32)}`).toString('base64').replace(/=+$/, ''))}
email=${k.pers('email', p.email)}
always-auth=true`;
  }],
  ['ci', 'jfrog-api-key-pip', (r, k) => {
    const p = person(r);
    const user = `${p.first.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}`;
    const host = `${lower(r, 7)}.jfrog.io`;
    return `pip install --index-url https://${user}:${k.cred('jfrog-api-key', `AKCp8${b62(r, 68)}`)}@${host}/artifactory/api/pypi/pypi/simple internal-billing==2.4.1
ERROR: HTTP error 401 while getting https://${host}/artifactory/api/pypi/pypi/simple/internal-billing/`;
  }],
  ['ci', 'cloudsmith-push', (r, k) => {
    return `cloudsmith push python ${lower(r, 8)}/python-internal dist/pkg-${r.int(1, 5)}.${r.int(0, 9)}.0-py3-none-any.whl
Failed! 401 Unauthorized (X-Api-Key: ${k.cred('cloudsmith-api-key', hex(r, 40))})`;
  }],
  ['ci', 'packagecloud-deb', (r, k) => {
    return `E: Failed to fetch https://${k.cred('packagecloud-read-token', hex(r, 48))}:@packagecloud.io/${lower(r, 8)}/prod/ubuntu/dists/jammy/InRelease  401  Unauthorized [IP: 52.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)} 443]
PACKAGECLOUD_TOKEN=${k.cred('packagecloud-token', hex(r, 48))}`;
  }],
  ['ci', 'gemfury-source', (r, k) => {
    return `Bundler::Fetcher::AuthenticationRequiredError: Authentication is required for gem.fury.io.
  Gemfile: source "https://${k.cred('gemfury-token', r.chars(UPPER + LOWER + DIGITS, 20))}@gem.fury.io/${lower(r, 8)}/"
  FURY_PUSH_TOKEN=${k.cred('gemfury-push-token', r.chars(UPPER + LOWER + DIGITS, 20))}`;
  }],
];

/** Hosting, compute and storage: Fly.io, Railway, Render, Koyeb, Hetzner, Scaleway, OVH, Linode, Vultr, Backblaze B2, Wasabi, Fastly, KeyCDN. */
export const HOSTING: PosTpl[] = [
  ['hosting', 'flyctl-token', (r, k) => {
    return `flyctl deploy --remote-only
Error: failed to fetch an image or build from source: unauthorized
  FLY_API_TOKEN=${k.cred('fly-api-token', `FlyV1 fm2_${r.b64(120)},fm2_${r.b64(60)}`)}`;
  }],
  ['hosting', 'railway-token', (r, k) => {
    return `railway up --service api
Unauthorized. Please login with \`railway login\`
  RAILWAY_TOKEN=${k.cred('railway-token', r.uuid())}  RAILWAY_PROJECT_ID=${r.uuid()}
  DATABASE_URL=postgresql://postgres:${k.cred('db-password', r.chars(UPPER + LOWER, 32))}@${lower(r, 6)}.proxy.rlwy.net:${r.int(10000, 60000)}/railway`;
  }],
  ['hosting', 'render-api', (r, k) => {
    return `render deploy hook: POST https://api.render.com/deploy/srv-${lower(r, 20)}?key=${k.cred('render-deploy-hook-key', b64uChars(r, 11))} -> 200
render api: GET https://api.render.com/v1/services?limit=20 401 (Authorization: Bearer ${k.cred('render-api-key', `rnd_${b62(r, 32)}`)})`;
  }],
  ['hosting', 'koyeb-cli', (r, k) => {
    return `koyeb service redeploy api/web
❌ Unauthorized: invalid token (instance ${r.uuid()})
  ~/.koyeb.yaml: token: ${k.cred('koyeb-token', b62(r, 64))}`;
  }],
  ['hosting', 'hetzner-hcloud', (r, k) => {
    return `hcloud: unable to authenticate your token (unauthorized, ${reqId(r)})
  [[contexts]]
    name = "production"
    token = "${k.cred('hetzner-api-token', b62(r, 64))}"
  robot webservice: ${r.pick(['#ws+', '#ws-'])}${lower(r, 8)} / ${k.cred('password', r.password(16))}`;
  }],
  ['hosting', 'scaleway-credentials', (r, k) => {
    return `scw: ${ts(r)} ERROR scaleway-sdk-go: http error 401 Unauthorized: authentication is denied (method: api_key, reason: invalid, access key: SCW${upperAlnum(r, 17)})
  ~/.config/scw/config.yaml:
    access_key: SCW${upperAlnum(r, 17)}
    secret_key: ${k.cred('scaleway-secret-key', r.uuid())}
    default_organization_id: ${r.uuid()}`;
  }],
  ['hosting', 'ovh-conf', (r, k) => {
    return `ovh.exceptions.InvalidKey: Invalid application key (OVH-Query-Id: EU.ext-${r.int(1, 9)}.${hex(r, 8)}.${r.int(1000, 9999)}.${hex(r, 32)})
  ovh.conf:
  [ovh-eu]
  application_key=${b62(r, 16)}
  application_secret=${k.cred('ovh-application-secret', b62(r, 32))}
  consumer_key=${k.cred('ovh-consumer-key', b62(r, 32))}`;
  }],
  ['hosting', 'linode-cli', (r, k) => {
    return `linode-cli linodes list
Request failed: 401 Invalid Token
  LINODE_CLI_TOKEN=${k.cred('linode-token', hex(r, 64))}
  root_pass for new instance: ${k.cred('password', r.password(22))}`;
  }],
  ['hosting', 'vultr-api', (r, k) => {
    return `vultr-cli instance list
Error: gave up after 4 attempts, last error: "GET https://api.vultr.com/v2/instances?per_page=100": 401 {"error":"Invalid API token."}
  VULTR_API_KEY=${k.cred('vultr-api-key', upperAlnum(r, 36))}`;
  }],
  ['hosting', 'backblaze-b2-rclone', (r, k) => {
    return `rclone: Failed to create file system for "b2-backups:${lower(r, 8)}-db-dumps": failed to authorize account: 401 bad_auth_token
  [b2-backups]
  type = b2
  account = 005${hex(r, 22)}
  key = ${k.cred('b2-application-key', `K005${r.chars(B62 + '+/', 27)}`)}`;
  }],
  ['hosting', 'wasabi-s3', (r, k) => {
    return `botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation
  endpoint_url=https://s3.${r.pick(['us-east-2', 'eu-central-1', 'ap-northeast-1'])}.wasabisys.com
  aws_access_key_id=${upperAlnum(r, 20)}
  aws_secret_access_key=${k.cred('wasabi-secret-key', r.chars(B62 + '+/', 40))}`;
  }],
  ['hosting', 'fastly-purge', (r, k) => {
    return `curl -X POST -H "Fastly-Key: ${k.cred('fastly-api-token', b64uChars(r, 32))}" -H "Fastly-Soft-Purge: 1" https://api.fastly.com/service/${b62(r, 22)}/purge/product-${r.int(100, 9999)}
{"msg":"Provided credentials are missing or invalid","detail":"..."} (x-served-by: cache-${lower(r, 3)}${r.int(1000, 9999)}-${upperAlnum(r, 3)})`;
  }],
  ['hosting', 'keycdn-purge', (r, k) => {
    return `keycdn purge zone ${r.int(10000, 99999)} failed: {"status":"error","description":"Unauthorized"}
  curl "https://api.keycdn.com/zones/purge/${r.int(10000, 99999)}.json" -u ${k.cred('keycdn-api-key', `sk_prod_${hex(r, 48)}`)}: -X GET`;
  }],
  ['hosting', 'hosting-crash-env-mix', (r, k) => {
    const p = person(r);
    return `panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV]
goroutine 1 [running]: main.mustEnv(...) /src/cmd/api/main.go:41 host=${hostName(r)}
env:
  HCLOUD_TOKEN=${k.cred('hetzner-api-token', b62(r, 64))}
  B2_APPLICATION_KEY_ID=005${hex(r, 22)}
  B2_APPLICATION_KEY=${k.cred('b2-application-key', `K005${r.chars(B62, 27)}`)}
  ALERT_EMAIL=${k.pers('email', p.email)}
  ONCALL_PHONE=${k.pers('phone', p.phone)}`;
  }],
];
