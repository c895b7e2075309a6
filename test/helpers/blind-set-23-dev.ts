import { B62 } from './blind-set-9-rng';
import { cred, pers, type PosTemplate23 } from './blind-set-23-types';

/** Developer tools: GitHub, GitLab, Jira/Atlassian, Linear, PagerDuty, Sentry, Datadog, npm, Docker Hub, CircleCI. */
export const devCases23: PosTemplate23[] = [
  [
    'github-octokit',
    (g, k) => {
      const tok = g.gh(k === 1 ? 'ghp' : k === 2 ? 'ghs' : 'gho');
      return {
        text: `HttpError: Bad credentials - https://docs.github.com/rest
    at /app/node_modules/@octokit/request/dist-node/index.js:124:21
    at async requestWithGraphqlErrorHandling (/app/node_modules/@octokit/plugin-retry/dist-node/index.js:71:20) {
  status: 401,
  response: { url: 'https://api.github.com/repos/acme/infra/dispatches', status: 401, headers: { 'x-github-request-id': '${g.hex(4).toUpperCase()}:${g.hex(5).toUpperCase()}:${g.hex(7).toUpperCase()}:${g.hex(7).toUpperCase()}:${g.hex(8).toUpperCase()}' }, data: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } },
  request: { method: 'POST', url: 'https://api.github.com/repos/acme/infra/dispatches', headers: { accept: 'application/vnd.github.v3+json', authorization: 'token ${tok}', 'user-agent': 'octokit-rest.js/20.1.1' } }
}`,
        values: [cred('github-token', tok)],
      };
    },
  ],
  [
    'github-git-remote',
    (g) => {
      const tok = `github_pat_11${g.upperAlnum(20)}_${g.chars(B62, 59)}`;
      return {
        text: `fatal: unable to access 'https://x-access-token:${tok}@github.com/acme/terraform-modules.git/': The requested URL returned error: 403
[deploy] git clone failed (exit 128), retrying in 30s`,
        values: [cred('github-fine-grained-pat', tok)],
      };
    },
  ],
  [
    'gitlab-ci-token',
    (g) => {
      const tok = `glpat-${g.chars(B62 + '-_', 20)}`;
      return {
        text: `Gitlab::Error::Unauthorized: Server responded with code 401, message: 401 Unauthorized. Request URI: https://gitlab.acme.dev/api/v4/projects/412/pipeline?ref=main
  /usr/local/bundle/gems/gitlab-4.19.0/lib/gitlab/request.rb:84:in \`validate'
  Gitlab.configure { |c| c.endpoint = "https://gitlab.acme.dev/api/v4"; c.private_token = "${tok}" }`,
        values: [cred('gitlab-token', tok)],
      };
    },
  ],
  [
    'jira-basic',
    (g) => {
      const tok = `ATATT3xFfGF0${g.chars(B62 + '-_', 180)}=${g.hex(8).toUpperCase()}`;
      const email = g.workEmail();
      return {
        text: `JiraError HTTP 401 url: https://acme.atlassian.net/rest/api/3/issue
	text: Client must be authenticated to access this resource.
	response headers = {'X-Arequestid': '${g.hex(32)}', 'X-Seraph-Loginreason': 'AUTHENTICATED_FAILED'}
JIRA(server="https://acme.atlassian.net", basic_auth=("${email}", "${tok}"))`,
        values: [cred('atlassian-api-token', tok), pers('email', email)],
      };
    },
  ],
  [
    'linear-graphql',
    (g) => {
      const key = `lin_api_${g.chars(B62, 40)}`;
      return {
        text: `{"level":"error","time":"${g.iso()}","service":"triage-bot","msg":"linear issueCreate failed","errors":[{"message":"Authentication required, not authenticated","extensions":{"type":"authentication error","code":"AUTHENTICATION_ERROR","userPresentableMessage":"You need to authenticate to access this operation."}}],"headers":{"Authorization":"${key}","Content-Type":"application/json"}}`,
        values: [cred('linear-api-key', key)],
      };
    },
  ],
  [
    'pagerduty-events',
    (g) => {
      const rk = g.hex(32);
      const api = `u+${g.chars(B62 + '_-', 18)}`;
      return {
        text: `pdpyras.PDClientError: POST https://api.pagerduty.com/incidents: API responded with non-success status (401)
  session = pdpyras.APISession('${api}', default_from='oncall-bot@lumenstack.io')
  fallback events.enqueue routing_key=${rk} event_action=trigger dedup_key=${g.uuid()}`,
        values: [cred('pagerduty-api-key', api), cred('pagerduty-routing-key', rk)],
      };
    },
  ],
  [
    'sentry-auth-token',
    (g) => {
      const tok = `sntryu_${g.hex(64)}`;
      return {
        text: `error: API request failed
  caused by: sentry reported an error: Invalid token (http status: 401)
+ SENTRY_AUTH_TOKEN=${tok} sentry-cli releases files "checkout@${g.int(1, 9)}.${g.int(0, 30)}.${g.int(0, 9)}" upload-sourcemaps ./dist --url-prefix '~/static/js'
##[error]Process completed with exit code 1.`,
        values: [cred('sentry-user-token', tok)],
      };
    },
  ],
  [
    'datadog-keys-env',
    (g) => {
      const api = g.hex(32);
      const app = g.hex(40);
      return {
        text: `datadog_api_client.exceptions.ForbiddenException: (403)
Reason: Forbidden
HTTP response body: {"errors":["Forbidden"]}
configuration: Configuration(host='https://api.datadoghq.eu', api_key={'apiKeyAuth': '${api}', 'appKeyAuth': '${app}'}, unstable_operations={...})`,
        values: [cred('datadog-api-key', api), cred('datadog-app-key', app)],
      };
    },
  ],
  [
    'npm-token-ci',
    (g) => {
      const tok = `npm_${g.chars(B62, 36)}`;
      return {
        text: `npm ERR! code E401
npm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2fsdk - unauthenticated: User cannot be authenticated with the token provided.
[ci] wrote ~/.npmrc: //registry.npmjs.org/:_authToken=${tok}
npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-01T09_12_44_019Z-debug-0.log`,
        values: [cred('npm-token', tok)],
      };
    },
  ],
  [
    'dockerhub-login',
    (g) => {
      const pat = `dckr_pat_${g.chars(B62 + '-_', 27)}`;
      return {
        text: `Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password
+ echo ${pat} | docker login -u acmeci --password-stdin
Error: Process completed with exit code 1.`,
        values: [cred('docker-hub-pat', pat)],
      };
    },
  ],
  [
    'circleci-env-dump',
    (g) => {
      const tok = `CCIPAT_${g.chars(B62, 22)}_${g.hex(40)}`;
      const dbpw = g.urlPassword(18);
      return {
        text: `#!/bin/bash -eo pipefail
env | sort
CIRCLE_BRANCH=main
CIRCLE_BUILD_NUM=${g.int(10000, 99999)}
CIRCLE_SHA1=${g.hex(40)}
CIRCLE_TOKEN=${tok}
DATABASE_URL=postgres://ci_runner:${dbpw}@ci-db.internal.acme.dev:5432/ci
NODE_ENV=test`,
        values: [cred('circleci-token', tok), cred('password', dbpw)],
      };
    },
  ],
];
