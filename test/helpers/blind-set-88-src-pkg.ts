import { person, ts, workDomain } from './blind-set-88-people';
import { b64, cratesTok, ghp, glpat, npmTok, password, pypiTok, rubygemsTok } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Package-manager credentials: npm, yarn, PyPI/pip/poetry, netrc/git credentials, cargo/gem/composer. */
export const PKG_SOURCES: readonly Source88[] = [
  {
    name: 'npmrc',
    printers: [
      (c) => {
        const p = person(c.r);
        return `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${c.cred('npm_token', npmTok(c.r))}\nemail=${c.pii('email', p.email)}\nsave-exact=true\n`;
      },
      (c) => {
        const p = person(c.r);
        const auth = c.cred('npm_basic_auth', b64(`${p.user}:${password(c.r, 'safe')}`));
        return `$ cat ~/.npmrc\n_auth=${auth}\nemail=${c.pii('email', p.workEmail)}\nalways-auth=true\n$ npm publish --access public\nnpm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@${workDomain(c.r).split('.')[0]}%2fsdk - You do not have permission to publish "@scope/sdk".\n`;
      },
      (c) =>
        `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${c.cred('github_token', ghp(c.r))}\n//gitlab.com/api/v4/projects/${c.r.int(1000000, 49999999)}/packages/npm/:_authToken=${c.cred('gitlab_token', glpat(c.r))}\n`,
      (c) => {
        const host = `nexus.${workDomain(c.r)}`;
        const pw = c.cred('npm_password_b64', b64(password(c.r, 'safe')));
        return `; project .npmrc committed by mistake\nregistry=https://${host}/repository/npm-group/\n//${host}/repository/npm-group/:username=ci-deploy\n//${host}/repository/npm-group/:_password=${pw}\n//${host}/repository/npm-group/:email=${c.pii('email', person(c.r).workEmail)}\n`;
      },
      (c) =>
        `Step 4/9 : RUN echo "//registry.npmjs.org/:_authToken=${c.cred('npm_token', npmTok(c.r))}" > .npmrc && npm ci\n ---> Running in ${c.r.hex(12)}\nnpm WARN deprecated inflight@1.0.6: This module is not supported\n`,
    ],
  },
  {
    name: 'yarnrc',
    printers: [
      (c) =>
        `nodeLinker: node-modules\nnpmRegistryServer: "https://registry.yarnpkg.com"\nnpmAuthToken: ${c.cred('npm_token', npmTok(c.r))}\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: ${c.cred('github_token', ghp(c.r))}\nyarnPath: .yarn/releases/yarn-4.1.1.cjs\n`,
      (c) => {
        const p = person(c.r);
        return `npmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmAuthIdent: "${c.cred('npm_auth_ident', `${p.user}:${password(c.r, 'safe')}`)}"\n    npmRegistryServer: "https://npm.${workDomain(c.r)}"\n    npmPublishRegistry: "https://npm.${workDomain(c.r)}"\n`;
      },
      (c) =>
        `# yarn lockfile v1 config\nregistry "https://registry.npmjs.org/"\n"//registry.npmjs.org/:_authToken" ${c.cred('npm_token', npmTok(c.r))}\nemail ${c.pii('email', person(c.r).email)}\nlastUpdateCheck ${Date.UTC(2024, c.r.int(0, 11), 3)}\n`,
    ],
  },
  {
    name: 'pypi',
    printers: [
      (c) =>
        `[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = ${c.cred('pypi_token', pypiTok(c.r))}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ${c.cred('pypi_token', pypiTok(c.r))}\n`,
      (c) => {
        const p = person(c.r);
        const pw = c.cred('password', password(c.r, 'any'));
        return `[global]\ntimeout = 60\nindex-url = https://${p.user}:${encodeURIComponent(pw)}@pypi.${workDomain(c.r)}/simple\nextra-index-url = https://__token__:${c.cred('gitlab_token', glpat(c.r))}@gitlab.${workDomain(c.r)}/api/v4/projects/${c.r.int(100, 99999)}/packages/pypi/simple\ntrusted-host = pypi.${workDomain(c.r)}\n`;
      },
      (c) => `[http-basic]\n[http-basic.internal]\nusername = "deploy"\npassword = "${c.cred('password', password(c.r, 'safe'))}"\n\n[pypi-token]\npypi = "${c.cred('pypi_token', pypiTok(c.r))}"\n`,
      (c) =>
        `$ poetry config pypi-token.pypi ${c.cred('pypi_token', pypiTok(c.r))}\n$ poetry publish --build\nBuilding herald-client (0.4.2)\nPublishing herald-client (0.4.2) to PyPI\n - Uploading herald_client-0.4.2-py3-none-any.whl 100%\n`,
    ],
  },
  {
    name: 'netrc',
    printers: [
      (c) => {
        const p = person(c.r);
        return `machine api.heroku.com\n  login ${c.pii('email', p.email)}\n  password ${c.cred('heroku_token', c.r.hex(8) + '-' + c.r.hex(4) + '-' + c.r.hex(4) + '-' + c.r.hex(4) + '-' + c.r.hex(12))}\nmachine github.com login ${p.user} password ${c.cred('github_token', ghp(c.r))}\n`;
      },
      (c) => `https://${person(c.r).user}:${c.cred('github_token', ghp(c.r))}@github.com\nhttps://oauth2:${c.cred('gitlab_token', glpat(c.r))}@gitlab.${workDomain(c.r)}\n`,
      (c) => {
        const p = person(c.r);
        return `$ git config --list --show-origin\nfile:/home/${p.user}/.gitconfig\tuser.name=${c.pii('person_name', p.name)}\nfile:/home/${p.user}/.gitconfig\tuser.email=${c.pii('email', p.email)}\nfile:.git/config\tremote.origin.url=https://x-access-token:${c.cred('github_token', ghp(c.r, 'ghs'))}@github.com/acme/worker.git\nfile:.git/config\tbranch.main.remote=origin\n`;
      },
      (c) => {
        const pw = password(c.r, 'safe').replace(/\s/g, '');
        return `default\n  login anonymous\n  password ${c.pii('email', person(c.r).email)}\nmachine ftp.${workDomain(c.r)}\n  login backup\n  password ${c.cred('password', pw)}\n`;
      },
    ],
  },
  {
    name: 'pkgcreds',
    printers: [
      (c) => `[registry]\ntoken = "${c.cred('crates_token', cratesTok(c.r))}"\n\n[registries.internal]\ntoken = "Bearer ${c.cred('crates_token', cratesTok(c.r))}"\n`,
      (c) => `---\n:rubygems_api_key: ${c.cred('rubygems_token', rubygemsTok(c.r))}\n:github: Bearer ${c.cred('github_token', ghp(c.r))}\n`,
      (c) => {
        const p = person(c.r);
        return `{\n    "github-oauth": {\n        "github.com": "${c.cred('github_token', ghp(c.r, 'gho'))}"\n    },\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "${c.pii('email', p.workEmail)}",\n            "password": "${c.cred('password', password(c.r, 'safe'))}"\n        }\n    },\n    "gitlab-token": {\n        "gitlab.com": "${c.cred('gitlab_token', glpat(c.r))}"\n    }\n}\n`;
      },
      (c) =>
        `${ts(c.r)} composer install --no-interaction\nLoading composer repositories with package information\n[Composer\\Downloader\\TransportException] The "https://repo.packagist.com/acme/packages.json" file could not be downloaded (HTTP/2 401 )\nauth.json: {"bearer":{"repo.packagist.com":"${c.cred('packagist_token', c.r.hex(40))}"}}\n`,
    ],
  },
];
