import { cr, pe, repo, stamp, branch, semver, svc, jsonEsc, host, type Tpl32 } from './blind-set-32-kit';
import { awsKeyId, awsSecret, azdoPat, azureSecret, dockerPat, ghToken, glToken, npmToken, pypiToken, teamcityToken, vaultToken, vendorToken } from './blind-set-32-creds';
import { email, person } from './blind-set-32-people';

/** CI job logs: set -x traces, env dumps, failing publish and login commands. */
export const CI_TEMPLATES: Record<string, Tpl32> = {
  'gha-set-x-curl': (r) => {
    const t = ghToken(r, r.pick(['ghp', 'gho', 'ghs']));
    const a = person(r);
    const e = email(r, a, 'work');
    const sha = r.sha();
    const text = `${stamp(r)} ##[group]Run actions/checkout@v4\n${stamp(r)} Syncing repository: ${repo(r)}\n${stamp(r)} HEAD is now at ${sha.slice(0, 7)} ${r.pick(['Bump chart version', 'Fix flaky migration', 'Rotate staging creds'])} (author: ${a.full} <${e}>)\n${stamp(r)} ##[endgroup]\n${stamp(r)} + curl -sSf -X POST -H 'Accept: application/vnd.github+json' -H 'Authorization: token ${t}' https://api.github.com/repos/${repo(r)}/dispatches -d '{"event_type":"deploy","client_payload":{"sha":"${sha}"}}'\n${stamp(r)} curl: (22) The requested URL returned error: 404\n${stamp(r)} ##[error]Process completed with exit code 22.`;
    return { text, values: [cr(t, 'github-token'), pe(a.full, 'commit-author-name'), pe(e, 'commit-author-email')] };
  },
  'gha-env-dump': (r) => {
    const npm = npmToken(r);
    const kid = awsKeyId(r);
    const sec = awsSecret(r);
    const gh = ghToken(r, 'ghs');
    const a = person(r);
    const e = email(r, a);
    const lines = [`GITHUB_REPOSITORY=${repo(r)}`, `RUNNER_OS=Linux`, `GITHUB_RUN_ID=${r.int(4000000000, 9999999999)}`, `NPM_TOKEN=${npm}`, `AWS_ACCESS_KEY_ID=${kid}`, `AWS_SECRET_ACCESS_KEY=${sec}`, `GITHUB_TOKEN=${gh}`, `GIT_AUTHOR_NAME=${a.full}`, `GIT_AUTHOR_EMAIL=${e}`, `ImageOS=ubuntu24`, `GITHUB_SHA=${r.sha()}`, `CI=true`];
    for (let i = lines.length - 1; i > 0; i--) { const j = r.int(0, i); [lines[i], lines[j]] = [lines[j]!, lines[i]!]; }
    const text = `Run env | sort   # debug step added by ${r.pick(['a contributor', 'the release bot', 'mistake'])}\n${lines.join('\n')}\nError: Process completed with exit code 1.`;
    return { text, values: [cr(npm, 'npm-token'), cr(kid, 'aws-access-key-id'), cr(sec, 'aws-secret-key'), cr(gh, 'github-token'), pe(a.full, 'commit-author-name'), pe(e, 'commit-author-email')] };
  },
  'gitlab-docker-login': (r) => {
    const pat = glToken(r, 'glpat-');
    const dt = glToken(r, 'gldt-');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `Running with gitlab-runner 17.${r.int(0, 9)}.${r.int(0, 3)} (${r.hex(8)})\n  on ${r.pick(['k8s-runner', 'docker-autoscaler', 'shared-1'])} ${r.b62(8)}, system ID: r_${r.b62(12)}\nExecuting "step_script" stage of the job script\n$ echo "CI_COMMIT_AUTHOR=$CI_COMMIT_AUTHOR"\nCI_COMMIT_AUTHOR=${a.full} <${e}>\n$ docker login -u deploy-bot -p ${pat} registry.gitlab.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry.gitlab.com/v2/": denied: access forbidden\n$ git clone https://gitlab+deploy-token-${r.int(100, 9999)}:${dt}@gitlab.com/${repo(r)}.git vendor/shared\nfatal: Authentication failed for 'https://gitlab.com/${repo(r)}.git/'\nERROR: Job failed: exit code 1`;
    return { text, values: [pe(a.full, 'commit-author-name'), pe(e, 'commit-author-email'), cr(pat, 'gitlab-pat'), cr(dt, 'gitlab-deploy-token')] };
  },
  'jenkins-console': (r) => {
    const a = person(r);
    const pass = r.passphrase();
    const jt = vendorToken(r, 'jenkins-api-token');
    const nx = r.urlPassword(18);
    const text = `Started by user ${a.full}\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-${r.int(1, 30)} in /var/lib/jenkins/workspace/${svc(r)}_${branch(r).replace(/\//g, '%2F')}\n[Pipeline] sh\n+ mvn -B deploy -DskipTests -Dgpg.passphrase=${pass} -Dnexus.password=${nx}\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy: 401 Unauthorized\n[Pipeline] sh\n+ curl -s -u ci-admin:${jt} -X POST https://jenkins.${r.pick(['acme.corp', 'northwind.internal'])}/job/notify/build\nFinished: FAILURE`;
    return { text, values: [pe(a.full, 'build-trigger-name'), cr(pass, 'gpg-passphrase'), cr(nx, 'nexus-password'), cr(jt, 'jenkins-api-token')] };
  },
  'circleci-docker-login': (r) => {
    const dp = dockerPat(r);
    const cc = vendorToken(r, 'circleci-token');
    const a = person(r);
    const e = email(r, a);
    const text = `#!/bin/bash -eox pipefail\n+ git log -1 --format='%an <%ae>'\n${a.full} <${e}>\n+ echo ${dp}\n+ docker login -u ${r.pick(['acmebuild', 'northwindci', 'bluepeakdeploy'])} --password-stdin\nError response from daemon: login attempt to https://registry-1.docker.io/v2/ failed with status: 401 Unauthorized\n+ curl -X POST --header "Circle-Token: ${cc}" https://circleci.com/api/v2/project/gh/${repo(r)}/pipeline\n{"message":"Permission denied"}\n\nExited with code exit status 1`;
    return { text, values: [pe(a.full, 'commit-author-name'), pe(e, 'commit-author-email'), cr(dp, 'dockerhub-pat'), cr(cc, 'circleci-token')] };
  },
  'buildkite-agent': (r) => {
    const at = vendorToken(r, 'buildkite-agent-token');
    const bk = vendorToken(r, 'buildkite-token');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `~~~ Preparing working directory\n$ buildkite-agent start --token "${at}" --tags queue=${r.pick(['deploy', 'default', 'arm64'])} --name %hostname-%spawn\n2026-0${r.int(1, 9)}-1${r.int(0, 9)} 0${r.int(0, 9)}:1${r.int(0, 9)}:0${r.int(0, 9)} ERROR Failed to register agent: POST https://agent.buildkite.com/v3/register: 401 Unauthorized\n~~~ Environment\nBUILDKITE_BUILD_CREATOR="${a.full}"\nBUILDKITE_BUILD_CREATOR_EMAIL="${e}"\nBUILDKITE_API_TOKEN="${bk}"\nBUILDKITE_PIPELINE_SLUG="${svc(r)}"\n🚨 Error: The command exited with status 1`;
    return { text, values: [cr(at, 'buildkite-agent-token'), pe(a.full, 'build-creator-name'), pe(e, 'build-creator-email'), cr(bk, 'buildkite-token')] };
  },
  'azure-pipelines-sp': (r) => {
    const pat = azdoPat(r);
    const sec = azureSecret(r);
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `##[section]Starting: AzureCLI deploy\n##[debug]Build.RequestedFor=${a.full}\n##[debug]Build.RequestedForEmail=${e}\n##[debug]AZURE_DEVOPS_EXT_PAT=${pat}\n/usr/bin/az login --service-principal -u ${r.uuid()} -p ${sec} --tenant ${r.uuid()}\nERROR: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\n##[error]Script failed with exit code: 1\n##[section]Finishing: AzureCLI deploy`;
    return { text, values: [pe(a.full, 'build-requester-name'), pe(e, 'build-requester-email'), cr(pat, 'azure-devops-pat'), cr(sec, 'azure-client-secret')] };
  },
  'bitbucket-pipelines-push': (r) => {
    const ap = vendorToken(r, 'bitbucket-app-password');
    const tok = vendorToken(r, 'atlassian-api-token');
    const a = person(r);
    const e = email(r, a);
    const text = `+ git config user.email "${e}"\n+ git config user.name "${a.full}"\n+ git push https://x-token-auth:${tok}@bitbucket.org/${repo(r)}.git HEAD:${branch(r)}\nremote: Invalid credentials\nfatal: Authentication failed\n+ curl -s -u ${r.pick(['svc-release', 'deploybot'])}:${ap} https://api.bitbucket.org/2.0/repositories/${repo(r)}/downloads -F files=@dist/${svc(r)}-${semver(r)}.tgz\n{"type": "error", "error": {"message": "Unauthorized"}}`;
    return { text, values: [pe(e, 'committer-email'), pe(a.full, 'committer-name'), cr(tok, 'atlassian-token'), cr(ap, 'bitbucket-app-password')] };
  },
  'teamcity-drone': (r) => {
    const tc = teamcityToken(r);
    const dr = vendorToken(r, 'drone-token');
    const sec = r.password(20);
    const a = person(r);
    const text = `[${stamp(r)}] : Step 3/5: Publish (Command Line)\n[${stamp(r)}]i: Triggered by ${a.full} via UI\n##teamcity[setParameter name='env.DEPLOY_DB_PASSWORD' value='${sec}']\n[${stamp(r)}] : curl -H "Authorization: Bearer ${tc}" https://teamcity.${r.pick(['acme.corp', 'bluepeak.net'])}/app/rest/builds/id:${r.int(10000, 999999)}/tags\n[${stamp(r)}]W: HTTP 401: Authentication required\n[${stamp(r)}] : DRONE_TOKEN=${dr} drone build promote ${repo(r)} ${r.int(100, 5000)} production\n[${stamp(r)}]E: Process exited with code 1`;
    return { text, values: [pe(a.full, 'build-trigger-name'), cr(sec, 'db-password'), cr(tc, 'teamcity-token'), cr(dr, 'drone-token')] };
  },
  'npm-publish-401': (r) => {
    const t = npmToken(r);
    const t2 = npmToken(r);
    const a = person(r);
    const e = email(r, a, 'home');
    const text = `$ cat .npmrc\n//registry.npmjs.org/:_authToken=${t}\n@${r.pick(['acme', 'northwind'])}:registry=https://npm.pkg.github.com\nemail=${e}\n$ npm publish --access public\nnpm notice 📦  @${r.pick(['acme', 'northwind'])}/${svc(r)}@${semver(r)}\nnpm verb publish registry https://registry.npmjs.org/ auth {"token":"${t2}"}\nnpm ERR! code E401\nnpm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2f${svc(r)} - unable to authenticate, need: Basic realm="GitHub Package Registry"\nnpm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/${r.iso().replace(/:/g, '_')}-debug-0.log`;
    return { text, values: [cr(t, 'npm-token'), pe(e, 'maintainer-email'), cr(t2, 'npm-token')] };
  },
  'twine-upload-403': (r) => {
    const t = pypiToken(r);
    const a = person(r);
    const e = email(r, a);
    const text = `+ python -m build\nSuccessfully built ${svc(r).replace(/-/g, '_')}-${semver(r)}.tar.gz\n+ grep -E '^(Author|Author-email):' PKG-INFO\nAuthor: ${a.full}\nAuthor-email: ${a.full} <${e}>\n+ twine upload --non-interactive -u __token__ -p ${t} dist/*\nUploading distributions to https://upload.pypi.org/legacy/\nERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n         Invalid or non-existent authentication information.`;
    return { text, values: [pe(a.full, 'package-author-name'), pe(e, 'package-author-email'), cr(t, 'pypi-token')] };
  },
  'docker-build-args': (r) => {
    const npm = npmToken(r);
    const db = r.password(22);
    const sentry = vendorToken(r, 'sentry-user-token');
    const text = `$ docker build --build-arg NPM_TOKEN=${npm} --build-arg "DB_PASSWORD=${db}" --build-arg SENTRY_AUTH_TOKEN=${sentry} -t ${r.pick(['ghcr.io', '123456789012.dkr.ecr.eu-west-1.amazonaws.com'])}/${svc(r)}:${r.sha().slice(0, 12)} .\n#7 [builder 3/8] RUN npm ci\n#7 12.3 npm ERR! code E403\n#7 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n------\n > [builder 3/8] RUN npm ci:\n------\nERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1`;
    return { text, values: [cr(npm, 'npm-token'), cr(db, 'db-password'), cr(sentry, 'sentry-token')] };
  },
  'shipper-escaped-json': (r) => {
    const v = vaultToken(r, r.pick(['hvs', 'hvs-long', 's']));
    const a = person(r);
    const e = email(r, a, 'work');
    const pw = r.password(16);
    const msg = `POST ${host(r, 'vault')}:8200/v1/auth/token/renew-self failed: headers={"X-Vault-Token": "${v}", "X-Request-Id": "${r.uuid()}"} user=${e} (${a.full}) db_pass="${pw}"`;
    const text = `{"ts":"${r.iso()}","level":"error","job":"deploy-${svc(r)}","stream":"stderr","msg":"${jsonEsc(msg)}","pipeline_id":${r.int(100000, 999999)}}`;
    return { text, values: [cr(v, 'vault-token'), pe(e, 'operator-email'), pe(a.full, 'operator-name'), cr(pw, 'db-password')] };
  },
  'git-push-auth-fail': (r) => {
    const gl = glToken(r, 'glpat-');
    const gh = ghToken(r, 'ghp');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `+ git remote -v\norigin\thttps://oauth2:${gl}@gitlab.${r.pick(['acme.corp', 'bluepeak.net'])}/${repo(r)}.git (fetch)\norigin\thttps://oauth2:${gl}@gitlab.${r.pick(['acme.corp', 'bluepeak.net'])}/${repo(r)}.git (push)\n+ git -c user.name="${a.full}" -c user.email=${e} commit -am "chore(release): ${semver(r)}"\n+ git push https://${gh}@github.com/${repo(r)}.git --tags\nremote: Permission to ${repo(r)}.git denied to ${r.pick(['release-bot', 'ci-mirror'])}.\nfatal: unable to access 'https://github.com/${repo(r)}.git/': The requested URL returned error: 403`;
    return { text, values: [cr(gl, 'gitlab-pat'), pe(a.full, 'committer-name'), pe(e, 'committer-email'), cr(gh, 'github-token')] };
  },
};
