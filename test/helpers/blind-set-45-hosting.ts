import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'hosting';

/** Source hosting: CLI configs, CI files, API transcripts, webhooks and deploy keys. */
export const HOSTING45: T45[] = [
  { a, t: 'gh-hosts-yml', f: (c) => `github.com:
    users:
        ${c.user()}:
            oauth_token: ${K.gh(c, 'gho_')}
    git_protocol: https
    oauth_token: ${K.gh(c, 'gho_')}
    user: ${c.user()}
github.${c.pick(['acme-corp', 'tidewater-bank'])}.com:
    oauth_token: ${K.gh(c)}
    git_protocol: ssh
` },
  { a, t: 'glab-config', f: (c) => `git_protocol: ssh
editor: vim
hosts:
  gitlab.com:
    token: ${K.glpat(c)}
    api_protocol: https
    user: ${c.user()}
  gitlab.${c.pick(['kestrel-logistics.co.uk', 'lumenhq.dev'])}:
    token: ${K.glpat(c)}
    container_registry_domains: registry.gitlab.internal
` },
  { a, t: 'gha-workflow-hardcoded', f: (c) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NODE_AUTH_TOKEN: ${K.npm(c)}
      DOCKERHUB_TOKEN: "${K.dockerPat(c)}"
    steps:
      - uses: actions/checkout@v4
      - run: echo "//registry.npmjs.org/:_authToken=\${NODE_AUTH_TOKEN}" > ~/.npmrc && npm publish
      - run: curl -X POST -d '{"text":"released"}' ${K.slackHook(c)}
` },
  { a, t: 'gitlab-ci-variables', f: (c) => `variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: "${K.sonar(c)}"
  DEPLOY_TOKEN_PASSWORD: ${K.glpat(c, 'gldt-')}
  RUNNER_REGISTRATION: ${K.glpat(c, 'glrt-')}
deploy:
  stage: deploy
  script:
    - curl --request POST --form token=${c.cred('gitlab_trigger_token', 'glptt-' + c.r.hex(40))} --form ref=main "https://gitlab.com/api/v4/projects/${c.int(1000000, 59999999)}/trigger/pipeline"
` },
  { a, t: 'bitbucket-pipelines', f: (c) => `image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy
          script:
            - export BITBUCKET_APP_PASSWORD=${K.bbApp(c)}
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: '${K.akid(c)}'
                AWS_SECRET_ACCESS_KEY: '${K.awsSecret(c)}'
                S3_BUCKET: 'lumen-site-prod'
` },
  { a, t: 'azure-pipelines', f: (c) => `trigger:
- main
pool:
  vmImage: ubuntu-latest
variables:
  ARM_CLIENT_ID: ${c.r.uuid()}
  ARM_CLIENT_SECRET: ${K.azSecret(c)}
  SYSTEM_ACCESSTOKEN_FALLBACK: ${K.adoPat(c)}
steps:
- script: |
    git -c http.extraheader="AUTHORIZATION: basic ${K.basic(c, '', c.r.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}" clone https://dev.azure.com/${c.pick(['contoso', 'fabrikam'])}/_git/infra
` },
  { a, t: 'github-api-create-token', f: (c) => `$ curl -X POST -H "Authorization: Bearer ${K.gh(c)}" https://api.github.com/app/installations/${c.int(10000000, 59999999)}/access_tokens
{
  "token": "${K.gh(c, 'ghs_')}",
  "expires_at": "${c.ts()}",
  "permissions": { "contents": "read", "metadata": "read" },
  "repository_selection": "selected"
}
` },
  { a, t: 'gitlab-api-create-pat', f: (c) => `$ curl --request POST --header "PRIVATE-TOKEN: ${K.glpat(c)}" --data "name=ci&scopes[]=api&expires_at=${c.date()}" "https://gitlab.com/api/v4/users/${c.int(100000, 9999999)}/personal_access_tokens"
{"id":${c.int(1000, 999999)},"name":"ci","revoked":false,"created_at":"${c.ts()}","scopes":["api"],"user_id":${c.int(100000, 9999999)},"active":true,"expires_at":"${c.date()}","token":"${K.glpat(c)}"}
` },
  { a, t: 'gitea-app-ini', f: (c) => `APP_NAME = Gitea: Git with a cup of tea
RUN_USER = git
[database]
DB_TYPE  = postgres
HOST     = 127.0.0.1:5432
NAME     = gitea
USER     = gitea
PASSWD   = \`${c.pass()}\`
[security]
INSTALL_LOCK   = true
SECRET_KEY     = ${c.cred('signing_secret', c.r.b62(64))}
INTERNAL_TOKEN = ${K.jwt(c, { nbf: 1700000000 })}
[oauth2]
JWT_SECRET = ${c.cred('signing_secret', c.r.b64url(32))}
[mailer]
ENABLED = true
PASSWD = ${c.pass()}
` },
  { a, t: 'webhook-config-json', f: (c) => JSON.stringify({
    type: 'Repository', id: c.int(100000000, 599999999), name: 'web', active: true, events: ['push', 'pull_request'],
    config: { content_type: 'json', insecure_ssl: '0', url: `https://ci.${c.pick(['lumenhq.dev', 'northwind-traders.io'])}/github-webhook/`, secret: c.cred('webhook_secret', c.r.hex(40)) },
    notify: [K.discordHook(c)],
  }, null, 2) },
  { a, t: 'deploy-key-committed', f: (c) => `$ git log --oneline -1 -- deploy/keys/
${c.id(7)} chore: add deploy key for staging runner
$ git show ${c.id(7)}:deploy/keys/deploy_ed25519
${K.openssh(c, 'deploy@ci')}
$ git show ${c.id(7)}:deploy/keys/deploy_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${c.r.b64(30).slice(0, 43)} deploy@ci
` },
  { a, t: 'renovate-config', f: (c) => `module.exports = {
  platform: 'gitea',
  endpoint: 'https://gitea.lumenhq.dev/api/v1',
  token: '${K.gitea(c)}',
  hostRules: [
    { matchHost: 'npm.pkg.github.com', token: '${K.gh(c)}' },
    { matchHost: 'corpbuild.jfrog.io', username: '${c.user()}', password: '${K.artifactoryKey(c)}' },
  ],
  gitAuthor: '${c.name()} <${c.email()}>',
};
` },
  { a, t: 'sonar-codecov-props', f: (c) => `# sonar-project.properties
sonar.projectKey=${c.pick(['acme', 'lumen'])}_web
sonar.host.url=https://sonarcloud.io
sonar.login=${K.sonar(c)}
# codecov.yml
codecov:
  token: ${K.uuidKey(c, 'codecov_token')}
# .snyk
SNYK_TOKEN=${K.uuidKey(c, 'snyk_token')}
` },
  { a, t: 'issue-paste-with-token', f: (c) => `### Bug report

**Describe the bug**
\`npm install\` fails with E401 on our private scope since yesterday. My \`.yarnrc.yml\`:

\`\`\`yaml
npmScopes:
  acme:
    npmAuthToken: ${K.npm(c)}
\`\`\`

**Environment**: macOS 15.${c.int(1, 5)}, node 22.${c.int(1, 11)}.0. Contact me at ${c.email()} or ${c.phone()} if you need more logs.
` },
  { a, t: 'atlassian-jira-cli', f: (c) => `# ~/.config/.jira/.config.yml
installation: Cloud
server: https://${c.pick(['acme', 'kestrel'])}.atlassian.net
login: ${c.email()}
# token kept here because keychain broke:
api_token: ${K.atlassian(c)}
project:
  key: PLAT
` },
  { a, t: 'ado-git-remote', f: (c) => `$ git remote -v
origin\thttps://${c.pick(['contoso', 'fabrikam'])}:${K.adoPat(c)}@dev.azure.com/${c.pick(['contoso', 'fabrikam'])}/Platform/_git/api (fetch)
origin\thttps://${c.pick(['contoso', 'fabrikam'])}:${K.adoPat(c)}@dev.azure.com/${c.pick(['contoso', 'fabrikam'])}/Platform/_git/api (push)
upstream\thttps://x-access-token:${K.gh(c, 'ghs_')}@github.com/${c.pick(['acme', 'northwind'])}/api.git (fetch)
` },
];
