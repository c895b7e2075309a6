import { B64, B64URL, B62, DIGITS, LOWER, UPPER } from './blind-set-10-rng';
import { githubToken } from './blind-set-10-crypto';
import { cred, pos, type PosCase10 } from './blind-set-10-types';
import { podName, ts } from './blind-set-10-values';

/** Cloud, CI/CD, registries, infrastructure and observability credentials. */
export const credCloud: PosCase10[] = [
  (r) => {
    const id = `AKIA${r.chars(UPPER + '234567', 16)}`;
    const sec = r.chars(B64.replace('+', ''), 40);
    return pos('cloud/aws-keypair-credentials-file', `cat: writing ~/.aws/credentials from bootstrap.sh (debug on)\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\nregion = eu-west-1\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation`, cred('aws-access-key-id', id), cred('aws-secret-access-key', sec));
  },
  (r) => {
    const id = `ASIA${r.chars(UPPER + '234567', 16)}`;
    const tok = `IQoJb3JpZ2luX2VjE${r.chars(B64, 300)}`;
    return pos('cloud/aws-session-token-boto', `botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.\n  Credentials(access_key='${id}', secret_key='${r.chars(B64, 40)}', token='${tok}')`, cred('aws-session-token', tok));
  },
  (r) => {
    const k = r.b64(64);
    return pos('cloud/azure-storage-connstring-dotnet', `Azure.RequestFailedException: Server failed to authenticate the request.\nStatus: 403 (AuthenticationFailed)\nConnectionString: DefaultEndpointsProtocol=https;AccountName=tallgrassexports;AccountKey=${k};EndpointSuffix=core.windows.net`, cred('azure-storage-key', k));
  },
  (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos('cloud/azure-sas-url', `azcopy: failed to perform copy command due to error: 403 This request is not authorized\n  source: https://tallgrassexports.blob.core.windows.net/nightly/ledger.parquet?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=${sig}`, cred('azure-sas-signature', sig));
  },
  (r) => {
    const sec = `${r.chars(B62, 3)}8Q~${r.chars(B62 + '_-.~', 34)}`;
    return pos('cloud/azure-ad-client-secret-tf', `│ Error: building AzureRM Client: obtain subscription() from Azure CLI: ClientSecretCredential authentication failed\n│   with provider["registry.terraform.io/hashicorp/azurerm"],\n│   client_secret = "${sec}"\n│   tenant_id     = "${r.uuid()}"`, cred('azure-client-secret', sec));
  },
  (r) => {
    const body = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7', 'hex'), r.bytes(1191)]).toString('base64').match(/.{1,64}/g)!.join('\\n');
    const pk = `-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----`;
    return pos('cloud/gcp-service-account-json', `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})\nGOOGLE_CREDENTIALS={"type":"service_account","project_id":"ledger-prod-4471","private_key_id":"${r.hex(40)}","private_key":"${pk}\\n","client_email":"exporter@ledger-prod-4471.iam.gserviceaccount.com"}`, cred('private-key', pk));
  },
  (r) => {
    const k = `AIza${r.chars(B64URL, 35)}`;
    return pos('cloud/google-maps-server-key', `geocode worker: GET https://maps.googleapis.com/maps/api/geocode/json?address=Wexford+Road&key=${k} -> {"error_message":"This IP, site or mobile application is not authorized to use this API key. Request received from IP address 34.${r.int(1, 250)}.${r.int(1, 250)}.${r.int(1, 250)}","status":"REQUEST_DENIED"}`, cred('google-api-key', k));
  },
  (r) => {
    const k = `dop_v1_${r.hex(64)}`;
    return pos('cloud/digitalocean-token-doctl', `+ doctl auth init --access-token ${k} --context ci\nError: Unable to use supplied token to access API: GET https://api.digitalocean.com/v2/account: 401 (request "${r.uuid()}") Unable to authenticate you`, cred('digitalocean-token', k));
  },
  (r) => {
    const k = r.chars(B62, 64);
    return pos('cloud/hetzner-token-hcloud', `hcloud: unable to authenticate your token (unauthorized)\n  HCLOUD_TOKEN=${k} hcloud server list -o columns=name,status`, cred('hetzner-api-token', k));
  },
  (r) => {
    const k = r.chars(B64URL, 40);
    return pos('cloud/cloudflare-token-wrangler', `✘ [ERROR] A request to the Cloudflare API (/accounts/${r.hex(32)}/workers/scripts/edge-router) failed.\n  Authentication error [code: 10000]\n  CLOUDFLARE_API_TOKEN=${k} wrangler deploy --env production`, cred('cloudflare-api-token', k));
  },
  (r) => {
    const k = githubToken(r, 'ghs');
    return pos('cloud/github-installation-token-git', `remote: Invalid username or password.\nfatal: Authentication failed for 'https://x-access-token:${k}@github.com/brightwell/ledger-infra.git/'\nError: Process completed with exit code 128.`, cred('github-token', k));
  },
  (r) => {
    const k = `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.chars(B62, 59)}`;
    return pos('cloud/github-fine-grained-npmrc', `npm error code E401\nnpm error Incorrect or missing password.\n  //npm.pkg.github.com/:_authToken=${k}\n  @brightwell:registry=https://npm.pkg.github.com`, cred('github-fine-grained-pat', k));
  },
  (r) => {
    const k = `glrt-${r.chars(B64URL, 20)}`;
    return pos('cloud/gitlab-runner-token-toml', `ERROR: Verifying runner... is removed  runner=${r.chars(B64URL, 8)}\n[[runners]]\n  name = "k8s-runner-ledger"\n  url = "https://gitlab.brightwell.dev/"\n  token = "${k}"\n  executor = "kubernetes"`, cred('gitlab-runner-token', k));
  },
  (r) => {
    const k = `gldt-${r.chars(B64URL, 20)}`;
    return pos('cloud/gitlab-deploy-token-helm', `Error: INSTALLATION FAILED: failed to fetch https://gitlab.brightwell.dev/api/v4/projects/412/packages/helm/stable/charts/ledger-1.8.2.tgz : 401 Unauthorized\nhelm repo add ledger https://gitlab.brightwell.dev/api/v4/projects/412/packages/helm/stable --username deploy-ledger --password ${k}`, cred('gitlab-deploy-token', k));
  },
  (r) => {
    const k = `bkua_${r.hex(40)}`;
    return pos('cloud/buildkite-token-graphql', `buildkite-agent: POST https://graphql.buildkite.com/v1 -> 401 {"errors":[{"message":"Authentication required"}]}\nAuthorization: Bearer ${k}`, cred('buildkite-api-token', k));
  },
  (r) => {
    const k = `CCIPAT_${r.chars(B62, 22)}_${r.hex(40)}`;
    return pos('cloud/circleci-pat-env', `Error: Could not trigger pipeline: 401 Unauthorized\n  env: CIRCLE_BRANCH=main CIRCLECI_CLI_TOKEN=${k} CIRCLE_PROJECT_REPONAME=ledger`, cred('circleci-token', k));
  },
  (r) => {
    const k = `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, 150)}`;
    return pos('cloud/pypi-token-twine', `Uploading ledger_client-3.4.1-py3-none-any.whl\nHTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n+ twine upload --username __token__ --password ${k} dist/*`, cred('pypi-token', k));
  },
  (r) => {
    const k = `rubygems_${r.hex(48)}`;
    return pos('cloud/rubygems-key-credentials', `---\n:rubygems_api_key: ${k}\nERROR:  While executing gem ... (Gem::WebauthnVerificationError) You have enabled multi-factor authentication but no OTP code provided.`, cred('rubygems-api-key', k));
  },
  (r) => {
    const k = `oy2${r.chars(LOWER + DIGITS, 43)}`;
    return pos('cloud/nuget-key-dotnet-cli', `dotnet nuget push Brightwell.Ledger.3.1.0.nupkg --api-key ${k} --source https://api.nuget.org/v3/index.json\nerror: Response status code does not indicate success: 403 (The specified API key is invalid, has expired, or does not have permission to access the specified package.).`, cred('nuget-api-key', k));
  },
  (r) => {
    const k = `dckr_pat_${r.chars(B64URL, 27)}`;
    return pos('cloud/dockerhub-pat-login', `Run echo "${k}" | docker login -u brightwellci --password-stdin\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, cred('dockerhub-pat', k));
  },
  (r) => {
    const k = `${r.chars(B62, 14)}.atlasv1.${r.chars(B62, 67)}`;
    return pos('cloud/terraform-cloud-token-hcl', `# ~/.terraformrc (printed by debug wrapper)\ncredentials "app.terraform.io" {\n  token = "${k}"\n}\n╷\n│ Error: Required token could not be found`, cred('terraform-cloud-token', k));
  },
  (r) => {
    const k = `hvs.CAESI${r.chars(B64URL, 86)}`;
    return pos('cloud/vault-token-k8s-event', `Warning  FailedMount  pod/${podName(r, 'ledger-api')}  MountVolume.SetUp failed for volume "secrets-store-inline" : rpc error: code = Unknown desc = failed to login: Error making API request. URL: GET https://vault.brightwell.dev:8200/v1/auth/token/lookup-self Code: 403. Errors: * permission denied (X-Vault-Token: ${k})`, cred('vault-token', k));
  },
  (r) => {
    const k = `dp.st.prd.${r.chars(B62, 43)}`;
    return pos('cloud/doppler-service-token', `Doppler Error: Invalid Service token\n  DOPPLER_TOKEN=${k} doppler run -- node server.js`, cred('doppler-token', k));
  },
  (r) => {
    const k = `NRAK-${r.chars(UPPER + DIGITS, 27)}`;
    return pos('cloud/newrelic-user-key-nerdgraph', `newrelic-cli: NerdGraph query failed: 401 {"errors":[{"message":"Invalid API key"}]}\n  NEW_RELIC_API_KEY=${k} NEW_RELIC_ACCOUNT_ID=${r.digits(7)}`, cred('newrelic-user-key', k));
  },
  (r) => {
    const k = `glsa_${r.b62(32)}_${r.hex(8)}`;
    return pos('cloud/grafana-sa-token-json', `{"level":"error","logger":"provisioner","msg":"grafana dashboard push failed","status":401,"grafana":{"url":"https://grafana.brightwell.dev","auth":"Bearer ${k}"},"ts":"${ts(r)}"}`, cred('grafana-service-account-token', k));
  },
  (r) => {
    const k = `sntryu_${r.hex(64)}`;
    return pos('cloud/sentry-user-token-cli', `error: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n  [sentry-cli] SENTRY_AUTH_TOKEN=${k} sentry-cli releases new ledger@3.4.1`, cred('sentry-user-token', k));
  },
  (r) => {
    const k = r.hex(32);
    const app = r.hex(40);
    return pos('cloud/datadog-keys-agent-yaml', `# /etc/datadog-agent/datadog.yaml (config check output)\napi_key: ${k}\napp_key: ${app}\nsite: datadoghq.eu\nERROR | (pkg/forwarder/transaction.go:364) | API Key invalid, dropping transaction for https://7-52-0-app.agent.datadoghq.eu/api/v1/series`, cred('datadog-api-key', k), cred('datadog-app-key', app));
  },
  (r) => {
    const id = r.chars(B64URL, 20);
    const key = r.chars(B64URL, 22);
    const enc = Buffer.from(`${id}:${key}`).toString('base64');
    return pos('cloud/elastic-apikey-header', `elasticsearch.AuthenticationException: AuthenticationException(401, 'security_exception', 'unable to authenticate with provided credentials and anonymous access is not allowed for this request')\n  headers={'authorization': 'ApiKey ${enc}'}`, cred('elastic-api-key', enc));
  },
  (r) => {
    const k = r.uuid();
    return pos('cloud/splunk-hec-token', `splunk-otel-collector: Exporting failed. error="HTTP 403 \\"Forbidden\\"" endpoint=https://http-inputs-brightwell.splunkcloud.com:443/services/collector/event headers="Authorization: Splunk ${k}"`, cred('splunk-hec-token', k));
  },
  (r) => {
    const k = `u+${r.chars(B64URL, 18)}`;
    return pos('cloud/pagerduty-key-header', `pdpyras.PDClientError: GET /incidents: API responded with non-success status (401)\n  session headers: {'Authorization': 'Token token=${k}', 'Accept': 'application/vnd.pagerduty+json;version=2'}`, cred('pagerduty-api-key', k));
  },
];
