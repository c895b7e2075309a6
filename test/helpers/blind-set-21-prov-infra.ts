import { B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import type { Provider21 } from './blind-set-21-layouts';
import { crcToken, type Rng21 } from './blind-set-21-types';

const B32U = UPPER + '234567';
const B32L = LOWER + '234567';
const AN = LOWER + DIGITS;
const UN = UPPER + DIGITS;
const W = B64URL;
const B64S = UPPER + LOWER + DIGITS + '+/';

/** Cloud, code hosting and CI, package registries: one token kind each. */
export const INFRA: Provider21[] = [
  // cloud
  { id: 'cloud/gcp-api-key', kind: 'gcp-api-key', name: 'GOOGLE_MAPS_API_KEY', gen: (r) => `AIza${r.chars(W, 35)}`, modes: 'b' },
  { id: 'cloud/gcp-oauth-secret', kind: 'gcp-oauth-client-secret', name: 'GOOGLE_CLIENT_SECRET', gen: (r) => `GOCSPX-${r.chars(W, 28)}`, modes: 'b' },
  { id: 'cloud/google-oauth-access', kind: 'google-oauth-access-token', name: 'GOOGLE_ACCESS_TOKEN', gen: (r) => `ya29.a0${r.chars(W, 150)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'www.googleapis.com' },
  { id: 'cloud/google-refresh', kind: 'google-oauth-refresh-token', name: 'GOOGLE_REFRESH_TOKEN', gen: (r) => `1//0${r.chars(W, 99)}`, modes: 'b' },
  { id: 'cloud/azure-ad-secret', kind: 'azure-ad-client-secret', name: 'AZURE_CLIENT_SECRET', gen: (r) => `${r.chars(AN + UPPER, 3)}${r.int(7, 8)}Q~${r.chars(AN + UPPER + '_~.-', 34)}`, modes: 'b' },
  { id: 'cloud/azure-devops-pat', kind: 'azure-devops-pat', name: 'AZURE_DEVOPS_PAT', gen: (r) => r.chars(B32L, 52), hdr: 'Authorization: Basic ' },
  { id: 'cloud/alibaba-secret', kind: 'alibaba-access-key-secret', name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', gen: (r) => r.b62(30) },
  { id: 'cloud/digitalocean-pat', kind: 'digitalocean-pat', name: 'DIGITALOCEAN_TOKEN', gen: (r) => `dop_v1_${r.hex(64)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.digitalocean.com' },
  { id: 'cloud/digitalocean-oauth', kind: 'digitalocean-oauth-token', name: 'DO_OAUTH_TOKEN', gen: (r) => `doo_v1_${r.hex(64)}`, modes: 'b' },
  { id: 'cloud/digitalocean-refresh', kind: 'digitalocean-refresh-token', name: 'DO_REFRESH_TOKEN', gen: (r) => `dor_v1_${r.hex(64)}`, modes: 'b' },
  { id: 'cloud/linode', kind: 'linode-token', name: 'LINODE_TOKEN', gen: (r) => r.hex(64), hdr: 'Authorization: Bearer ', host: 'api.linode.com' },
  { id: 'cloud/heroku-uuid', kind: 'heroku-api-key', name: 'HEROKU_API_KEY', gen: (r) => r.uuid() },
  { id: 'cloud/heroku-v2', kind: 'heroku-api-key-v2', name: 'HEROKU_API_TOKEN', gen: (r) => `HRKU-AA${r.chars(W, 58)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.heroku.com' },
  { id: 'cloud/flyio-fo1', kind: 'flyio-token', name: 'FLY_API_TOKEN', gen: (r) => `fo1_${r.chars(W, 43)}`, modes: 'b' },
  { id: 'cloud/flyio-fm2', kind: 'flyio-macaroon', name: 'FLY_ACCESS_TOKEN', gen: (r) => `FlyV1 fm2_${r.b64(120)}`, hdr: 'Authorization: ' },
  { id: 'cloud/cloudflare-token', kind: 'cloudflare-api-token', name: 'CLOUDFLARE_API_TOKEN', gen: (r) => r.chars(W, 40), hdr: 'Authorization: Bearer ', host: 'api.cloudflare.com' },
  { id: 'cloud/cloudflare-global', kind: 'cloudflare-global-key', name: 'CLOUDFLARE_API_KEY', gen: (r) => r.hex(37), hdr: 'X-Auth-Key: ', host: 'api.cloudflare.com' },
  { id: 'cloud/cloudflare-origin-ca', kind: 'cloudflare-origin-ca-key', name: 'CF_ORIGIN_CA_KEY', gen: (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, modes: 'b' },
  { id: 'cloud/scaleway-secret', kind: 'scaleway-secret-key', name: 'SCW_SECRET_KEY', gen: (r) => r.uuid(), hdr: 'X-Auth-Token: ' },
  { id: 'cloud/ibm-cloud', kind: 'ibm-cloud-api-key', name: 'IBMCLOUD_API_KEY', gen: (r) => r.chars(W, 44) },
  { id: 'cloud/yandex-api', kind: 'yandex-api-key', name: 'YC_API_KEY', gen: (r) => `AQVN${r.chars(W, 36)}`, modes: 'b' },
  { id: 'cloud/yandex-iam', kind: 'yandex-iam-token', name: 'YC_IAM_TOKEN', gen: (r) => `t1.${r.chars(W, 9)}.${r.chars(W, 86)}`, modes: 'b', hdr: 'Authorization: Bearer ' },
  { id: 'cloud/vault-service', kind: 'vault-service-token', name: 'VAULT_TOKEN', gen: (r) => `hvs.${r.chars(W, 92)}`, modes: 'b', hdr: 'X-Vault-Token: ', host: 'vault.internal:8200' },
  { id: 'cloud/vault-batch', kind: 'vault-batch-token', name: 'VAULT_BATCH_TOKEN', gen: (r) => `hvb.${r.chars(W, 130)}`, modes: 'b' },
  { id: 'cloud/terraform-cloud', kind: 'terraform-cloud-token', name: 'TFE_TOKEN', gen: (r) => `${r.chars(AN, 14)}.atlasv1.${r.chars(AN + '_-', 67)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'app.terraform.io' },
  { id: 'cloud/pulumi', kind: 'pulumi-access-token', name: 'PULUMI_ACCESS_TOKEN', gen: (r) => `pul-${r.hex(40)}`, modes: 'b' },
  { id: 'cloud/doppler-pt', kind: 'doppler-personal-token', name: 'DOPPLER_TOKEN', gen: (r) => `dp.pt.${r.b62(43)}`, modes: 'b' },
  { id: 'cloud/doppler-st', kind: 'doppler-service-token', name: 'DOPPLER_SERVICE_TOKEN', gen: (r) => `dp.st.prd.${r.b62(43)}`, modes: 'b' },
  { id: 'cloud/onepassword-sa', kind: '1password-service-account-token', name: 'OP_SERVICE_ACCOUNT_TOKEN', gen: (r) => `ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIs${r.b62(180)}`, modes: 'b' },
  { id: 'cloud/onepassword-secret-key', kind: '1password-secret-key', name: 'OP_SECRET_KEY', gen: (r) => `A3-${r.chars(UN, 6)}-${r.chars(UN, 6)}-${r.chars(UN, 5)}-${r.chars(UN, 5)}-${r.chars(UN, 5)}-${r.chars(UN, 5)}`, modes: 'b' },
  { id: 'cloud/tailscale', kind: 'tailscale-auth-key', name: 'TS_AUTHKEY', gen: (r) => `tskey-auth-${r.b62(12)}CNTRL-${r.b62(33)}`, modes: 'b' },
  { id: 'cloud/ngrok', kind: 'ngrok-authtoken', name: 'NGROK_AUTHTOKEN', gen: (r) => `2${r.b62(26)}_${r.b62(21)}` },
  { id: 'cloud/databricks', kind: 'databricks-token', name: 'DATABRICKS_TOKEN', gen: (r) => `dapi${r.hex(32)}`, modes: 'b', hdr: 'Authorization: Bearer ' },
  { id: 'cloud/supabase', kind: 'supabase-access-token', name: 'SUPABASE_ACCESS_TOKEN', gen: (r) => `sbp_${r.hex(40)}`, modes: 'b' },
  { id: 'cloud/planetscale-pw', kind: 'planetscale-password', name: 'PLANETSCALE_PASSWORD', gen: (r) => `pscale_pw_${r.chars(W, 43)}`, modes: 'b' },
  { id: 'cloud/planetscale-tkn', kind: 'planetscale-token', name: 'PLANETSCALE_SERVICE_TOKEN', gen: (r) => `pscale_tkn_${r.chars(W, 43)}`, modes: 'b' },
  { id: 'cloud/neon', kind: 'neon-api-key', name: 'NEON_API_KEY', gen: (r) => `napi_${r.chars(AN, 64)}`, modes: 'b' },
  { id: 'cloud/render', kind: 'render-api-key', name: 'RENDER_API_KEY', gen: (r) => `rnd_${r.b62(32)}`, modes: 'b' },
  // code hosting and CI
  { id: 'vcs/github-pat', kind: 'github-pat', name: 'GITHUB_TOKEN', gen: (r) => crcToken(r, 'ghp_'), modes: 'b', hdr: 'Authorization: token ', host: 'api.github.com' },
  { id: 'vcs/github-oauth', kind: 'github-oauth', name: 'GH_OAUTH_TOKEN', gen: (r) => crcToken(r, 'gho_'), modes: 'b' },
  { id: 'vcs/github-user-server', kind: 'github-user-to-server', name: 'GH_USER_TOKEN', gen: (r) => crcToken(r, 'ghu_'), modes: 'b' },
  { id: 'vcs/github-server-server', kind: 'github-server-to-server', name: 'GH_INSTALLATION_TOKEN', gen: (r) => crcToken(r, 'ghs_'), modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.github.com' },
  { id: 'vcs/github-refresh', kind: 'github-refresh', name: 'GH_REFRESH_TOKEN', gen: (r) => crcToken(r, 'ghr_'), modes: 'b' },
  { id: 'vcs/github-fine-grained', kind: 'github-fine-grained-pat', name: 'GITHUB_PAT', gen: (r) => `github_pat_11${r.chars(UN, 20)}_${r.b62(59)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.github.com' },
  { id: 'vcs/gitlab-pat', kind: 'gitlab-pat', name: 'GITLAB_TOKEN', gen: (r) => `glpat-${r.chars(W, 20)}`, modes: 'b', hdr: 'PRIVATE-TOKEN: ', host: 'gitlab.com' },
  { id: 'vcs/gitlab-deploy', kind: 'gitlab-deploy-token', name: 'GITLAB_DEPLOY_TOKEN', gen: (r) => `gldt-${r.chars(W, 20)}`, modes: 'b' },
  { id: 'vcs/gitlab-runner', kind: 'gitlab-runner-token', name: 'RUNNER_TOKEN', gen: (r) => `glrt-${r.chars(W, 20)}`, modes: 'b' },
  { id: 'vcs/gitlab-runner-reg', kind: 'gitlab-runner-registration', name: 'REGISTRATION_TOKEN', gen: (r) => `GR1348941${r.chars(W, 20)}`, modes: 'b' },
  { id: 'vcs/gitlab-trigger', kind: 'gitlab-pipeline-trigger', name: 'TRIGGER_TOKEN', gen: (r) => `glptt-${r.hex(40)}`, modes: 'b' },
  { id: 'vcs/gitlab-oauth-secret', kind: 'gitlab-oauth-app-secret', name: 'GITLAB_APP_SECRET', gen: (r) => `gloas-${r.hex(64)}`, modes: 'b' },
  { id: 'vcs/gitlab-scim', kind: 'gitlab-scim-token', name: 'GITLAB_SCIM_TOKEN', gen: (r) => `glsoat-${r.chars(W, 20)}`, modes: 'b' },
  { id: 'vcs/gitlab-feature-flag', kind: 'gitlab-feature-flag-token', name: 'UNLEASH_INSTANCE_TOKEN', gen: (r) => `glffct-${r.chars(W, 20)}`, modes: 'b' },
  { id: 'vcs/gitlab-agent', kind: 'gitlab-agent-token', name: 'KAS_AGENT_TOKEN', gen: (r) => `glagent-${r.chars(W, 50)}`, modes: 'b' },
  { id: 'vcs/bitbucket-app-pw', kind: 'bitbucket-app-password', name: 'BITBUCKET_APP_PASSWORD', gen: (r) => `ATBB${r.b62(32)}`, modes: 'b' },
  { id: 'vcs/circleci-pat', kind: 'circleci-pat', name: 'CIRCLECI_TOKEN', gen: (r) => `CCIPAT_${r.b62(22)}_${r.hex(40)}`, modes: 'b', hdr: 'Circle-Token: ', host: 'circleci.com' },
  { id: 'vcs/circleci-legacy', kind: 'circleci-token', name: 'CIRCLE_TOKEN', gen: (r) => r.hex(40), hdr: 'Circle-Token: ', host: 'circleci.com' },
  { id: 'vcs/travis', kind: 'travis-token', name: 'TRAVIS_API_TOKEN', gen: (r) => r.chars(W, 22), hdr: 'Authorization: token ', host: 'api.travis-ci.com' },
  { id: 'vcs/buildkite', kind: 'buildkite-token', name: 'BUILDKITE_API_TOKEN', gen: (r) => `bkua_${r.hex(40)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.buildkite.com' },
  { id: 'vcs/drone', kind: 'drone-token', name: 'DRONE_TOKEN', gen: (r) => r.b62(32), hdr: 'Authorization: Bearer ' },
  { id: 'vcs/codecov', kind: 'codecov-token', name: 'CODECOV_TOKEN', gen: (r) => r.uuid() },
  { id: 'vcs/sonarqube', kind: 'sonarqube-token', name: 'SONAR_TOKEN', gen: (r) => `squ_${r.hex(40)}`, modes: 'b' },
  { id: 'vcs/jfrog-api', kind: 'jfrog-api-key', name: 'ARTIFACTORY_API_KEY', gen: (r) => `AKCp${r.b62(69)}`, modes: 'b', hdr: 'X-JFrog-Art-Api: ' },
  { id: 'vcs/snyk', kind: 'snyk-token', name: 'SNYK_TOKEN', gen: (r) => r.uuid(), hdr: 'Authorization: token ', host: 'api.snyk.io' },
  { id: 'vcs/sourcegraph', kind: 'sourcegraph-token', name: 'SRC_ACCESS_TOKEN', gen: (r) => `sgp_${r.hex(16)}_${r.hex(40)}`, modes: 'b' },
  { id: 'vcs/harness', kind: 'harness-pat', name: 'HARNESS_API_KEY', gen: (r) => `pat.${r.chars(W, 22)}.${r.hex(24)}.${r.b62(20)}`, modes: 'b' },
  // package registries
  { id: 'registry/npm', kind: 'npm-token', name: 'NPM_TOKEN', gen: (r) => crcToken(r, 'npm_'), modes: 'b' },
  { id: 'registry/pypi', kind: 'pypi-token', name: 'PYPI_API_TOKEN', gen: (r) => `pypi-AgEIcHlwaS5vcmc${r.chars(W, 150)}`, modes: 'b' },
  { id: 'registry/testpypi', kind: 'pypi-token', name: 'TEST_PYPI_TOKEN', gen: (r) => `pypi-AgENdGVzdC5weXBpLm9yZw${r.chars(W, 140)}`, modes: 'b' },
  { id: 'registry/rubygems', kind: 'rubygems-token', name: 'GEM_HOST_API_KEY', gen: (r) => `rubygems_${r.hex(48)}`, modes: 'b' },
  { id: 'registry/nuget', kind: 'nuget-api-key', name: 'NUGET_API_KEY', gen: (r) => `oy2${r.chars(AN, 43)}`, modes: 'b', hdr: 'X-NuGet-ApiKey: ' },
  { id: 'registry/dockerhub', kind: 'dockerhub-pat', name: 'DOCKERHUB_TOKEN', gen: (r) => `dckr_pat_${r.chars(W, 27)}`, modes: 'b' },
  { id: 'registry/cratesio', kind: 'cratesio-token', name: 'CARGO_REGISTRY_TOKEN', gen: (r) => `cio${r.b62(32)}`, modes: 'b' },
  { id: 'registry/clojars', kind: 'clojars-token', name: 'CLOJARS_PASSWORD', gen: (r) => `CLOJARS_${r.chars(AN, 60)}`, modes: 'b' },
  { id: 'registry/hexpm', kind: 'hexpm-key', name: 'HEX_API_KEY', gen: (r) => r.hex(32) },
  { id: 'registry/packagecloud', kind: 'packagecloud-token', name: 'PACKAGECLOUD_TOKEN', gen: (r) => r.hex(48) },
  { id: 'registry/gemfury', kind: 'gemfury-token', name: 'FURY_PUSH_TOKEN', gen: (r) => r.chars(W, 20) },
  { id: 'registry/adafruit', kind: 'adafruit-io-key', name: 'ADAFRUIT_IO_KEY', gen: (r) => `aio_${r.b62(28)}`, modes: 'b' },
];

/** Fields that need two values together (a key id and its secret). */
export const pairKeyId = {
  aws: (r: Rng21): string => `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.chars(B32U, 16)}`,
  awsSecret: (r: Rng21): string => r.chars(B64S, 40),
  alibaba: (r: Rng21): string => `LTAI${r.b62(20)}`,
  tencent: (r: Rng21): string => `AKID${r.b62(32)}`,
  scaleway: (r: Rng21): string => `SCW${r.chars(UN, 17)}`,
};
