import { cr, pe, svc, host, repo, semver, type Tpl32 } from './blind-set-32-kit';
import { basicB64, ghToken, npmToken, pypiToken, vendorToken } from './blind-set-32-creds';
import { email, person } from './blind-set-32-people';

/** Package-registry configs, Docker/compose files, Ansible/Chef/Puppet/Salt. */
export const CONFIG_TEMPLATES: Record<string, Tpl32> = {
  'npmrc-file': (r) => {
    const t = npmToken(r);
    const pass = r.password(16);
    const a = person(r);
    const e = email(r, a, 'work');
    const auth = basicB64(`${r.pick(['ci', 'deploy'])}-${r.int(1, 9)}`, pass);
    const text = `; ~/.npmrc dumped by "npm config list -l" (debug)\n//registry.npmjs.org/:_authToken=${t}\n//nexus.${r.pick(['acme.corp', 'northwind.internal'])}/repository/npm-private/:_auth=${auth}\n//nexus.acme.corp/repository/npm-private/:always-auth=true\nemail=${e}\ninit-author-name=${a.full}\n@acme:registry=https://nexus.acme.corp/repository/npm-private/`;
    return { text, values: [cr(t, 'npm-token'), cr(auth, 'basic-auth-b64'), pe(e, 'npm-user-email'), pe(a.full, 'npm-author-name')] };
  },
  'pypirc-file': (r) => {
    const t = pypiToken(r);
    const pw = r.password(18);
    const t2 = pypiToken(r);
    const text = `[distutils]\nindex-servers =\n    pypi\n    testpypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ${t}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ${t2}\n\n[internal]\nrepository = https://${host(r, 'nexus')}/repository/pypi-internal/\nusername = release\npassword = ${pw}`;
    return { text, values: [cr(t, 'pypi-token'), cr(t2, 'pypi-token'), cr(pw, 'registry-password')] };
  },
  'pip-index-url': (r) => {
    const pw = r.urlPassword(20);
    const jf = vendorToken(r, 'jfrog-ref-token');
    const text = `$ pip config list\nglobal.index-url='https://ci-reader:${pw}@${host(r, 'nexus')}/repository/pypi-all/simple'\nglobal.extra-index-url='https://svc-build:${jf}@acme.jfrog.io/artifactory/api/pypi/pypi-local/simple'\n$ pip install -r requirements.txt\nERROR: Could not find a version that satisfies the requirement ${svc(r)}==${semver(r)} (from versions: none)\nERROR: No matching distribution found for ${svc(r)}==${semver(r)}`;
    return { text, values: [cr(pw, 'registry-password'), cr(jf, 'jfrog-token')] };
  },
  'maven-settings': (r) => {
    const p1 = r.urlPassword(18);
    const p2 = r.urlPassword(22);
    const gpg = r.passphrase();
    const text = `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>${r.pick(['acme-release', 'northwind'])}</username>\n      <password>${p1}</password>\n    </server>\n    <server>\n      <id>nexus-snapshots</id>\n      <username>deployment</username>\n      <password>${p2}</password>\n    </server>\n  </servers>\n  <profiles><profile><id>sign</id><properties>\n    <gpg.keyname>${r.hex(16).toUpperCase()}</gpg.keyname>\n    <gpg.passphrase>${gpg}</gpg.passphrase>\n  </properties></profile></profiles>\n</settings>`;
    return { text, values: [cr(p1, 'registry-password'), cr(p2, 'registry-password'), cr(gpg, 'gpg-passphrase')] };
  },
  'nuget-config': (r) => {
    const pw = r.urlPassword(20);
    const k = vendorToken(r, 'nuget-api-key');
    const gh = ghToken(r, 'ghp');
    const text = `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="internal" value="https://pkgs.dev.azure.com/${r.pick(['acme', 'northwind'])}/_packaging/feed/nuget/v3/index.json" />\n    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${pw}" />\n    </internal>\n    <github>\n      <add key="Username" value="acme-ci" />\n      <add key="ClearTextPassword" value="${gh}" />\n    </github>\n  </packageSourceCredentials>\n</configuration>\n$ dotnet nuget push bin/Release/*.nupkg -k ${k} -s https://api.nuget.org/v3/index.json\nerror: Response status code does not indicate success: 403 (The specified API key is invalid).`;
    return { text, values: [cr(pw, 'registry-password'), cr(gh, 'github-token'), cr(k, 'nuget-key')] };
  },
  'gradle-properties': (r) => {
    const p = r.password(16);
    const sp = r.passphrase();
    const af = vendorToken(r, 'jfrog-api-key');
    const text = `# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx4g\nossrhUsername=${r.pick(['acme', 'northwind'])}-release\nossrhPassword=${p}\nsigning.keyId=${r.hex(8).toUpperCase()}\nsigning.password=${sp}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nartifactory_contextUrl=https://acme.jfrog.io/artifactory\nartifactory_password=${af}\n\n> Task :publishMavenPublicationToOssrhRepository FAILED\nCould not PUT 'https://s01.oss.sonatype.org/...'. Received status code 401 from server: Unauthorized`;
    return { text, values: [cr(p, 'registry-password'), cr(sp, 'gpg-passphrase'), cr(af, 'jfrog-api-key')] };
  },
  'cargo-gem-composer': (r) => {
    const c = vendorToken(r, 'cargo-token');
    const g = vendorToken(r, 'rubygems-key');
    const gh = ghToken(r, 'gho');
    const pw = r.password(14);
    const text = `==> ~/.cargo/credentials.toml <==\n[registry]\ntoken = "${c}"\n\n==> ~/.gem/credentials <==\n---\n:rubygems_api_key: ${g}\n\n==> auth.json <==\n{\n    "github-oauth": {"github.com": "${gh}"},\n    "http-basic": {"repo.packagist.com": {"username": "token", "password": "${pw}"}}\n}`;
    return { text, values: [cr(c, 'cargo-token'), cr(g, 'rubygems-key'), cr(gh, 'github-token'), cr(pw, 'registry-password')] };
  },
  'docker-config-json': (r) => {
    const a1 = basicB64(r.pick(['acmebuild', 'northwindci']), vendorToken(r, 'hex-secret'));
    const a2 = basicB64('AWS', `eyJwYXlsb2FkIjoi${r.b64(180).replace(/=+$/, '')}`);
    const a3 = basicB64('_json_key_base64', r.b64(60));
    const text = `$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "${a1}"\n\t\t},\n\t\t"${r.digits(12)}.dkr.ecr.${r.pick(['eu-west-1', 'us-east-1'])}.amazonaws.com": {\n\t\t\t"auth": "${a2}"\n\t\t},\n\t\t"europe-docker.pkg.dev": {\n\t\t\t"auth": "${a3}"\n\t\t}\n\t},\n\t"credsStore": ""\n}\nError response from daemon: pull access denied for ${svc(r)}, repository does not exist or may require 'docker login'`;
    return { text, values: [cr(a1, 'docker-auth-b64'), cr(a2, 'docker-auth-b64'), cr(a3, 'docker-auth-b64')] };
  },
  'ansible-inventory': (r) => {
    const p1 = r.password(14);
    const p2 = r.password(16);
    const vp = r.passphrase();
    const text = `[web]\nweb-0${r.int(1, 9)}.prod ansible_host=${r.ip()} ansible_user=deploy ansible_password=${p1}\n\n[db]\ndb-01.prod ansible_host=${r.ip()} ansible_become=true ansible_become_pass='${p2}'\n\n[all:vars]\nansible_python_interpreter=/usr/bin/python3\n# vault password used by the nightly job: ${vp}\n\nfatal: [web-01.prod]: UNREACHABLE! => {"changed": false, "msg": "Authentication failure.", "unreachable": true}`;
    return { text, values: [cr(p1, 'ssh-password'), cr(p2, 'become-password'), cr(vp, 'vault-password')] };
  },
  'ansible-vault-view': (r) => {
    const db = r.password(20);
    const sg = vendorToken(r, 'sendgrid-key');
    const sl = vendorToken(r, 'mailgun-key');
    const text = `$ ansible-vault view group_vars/prod/vault.yml --vault-password-file ~/.vault_pass\n---\nvault_postgres_password: "${db}"\nvault_sendgrid_api_key: ${sg}\nvault_mailgun_key: "${sl}"\nvault_admin_users:\n  - deploy\nTASK [app : render env] ********\nfatal: [app-03]: FAILED! => {"msg": "An unhandled exception occurred while templating"}`;
    return { text, values: [cr(db, 'db-password'), cr(sg, 'sendgrid-key'), cr(sl, 'mailgun-key')] };
  },
  'compose-file': (r) => {
    const pg = r.password(18);
    const minio = r.b62(40);
    const rb = r.urlPassword(16);
    const text = `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "${pg}"\n  minio:\n    image: minio/minio:RELEASE.2025-0${r.int(1, 9)}-1${r.int(0, 9)}T00-00-00Z\n    environment:\n      - MINIO_ROOT_USER=minioadmin\n      - MINIO_ROOT_PASSWORD=${minio}\n  worker:\n    build: .\n    environment:\n      CELERY_BROKER_URL: amqp://worker:${rb}@rabbitmq:5672//\nservice "worker" refused to start: container ${r.hex(12)} is unhealthy`;
    return { text, values: [cr(pg, 'db-password'), cr(minio, 'minio-secret'), cr(rb, 'amqp-password')] };
  },
  'chef-puppet-salt': (r) => {
    const pw = r.password(16);
    const api = vendorToken(r, 'newrelic-license-key');
    const tok = vendorToken(r, 'hex-secret');
    const style = r.int(0, 2);
    const text = style === 0
      ? `# hieradata/common.yaml\nprofile::db::root_password: '${pw}'\nprofile::newrelic::license_key: '${api}'\nprofile::deploy::webhook_secret: ${tok}\nError: Evaluation Error: Error while evaluating a Resource Statement, Could not find class ::profile::db for ${host(r, 'app')}`
      : style === 1
        ? `$ knife data bag show secrets ${svc(r)} -F json\n{\n  "id": "${svc(r)}",\n  "db_password": "${pw}",\n  "newrelic_license": "${api}",\n  "webhook_secret": "${tok}"\n}\nWARNING: Encrypted data bag detected, but no secret provided for decoding. Displaying encrypted data.`
        : `# /srv/pillar/${svc(r)}.sls\n${svc(r).replace(/-/g, '_')}:\n  db_password: ${pw}\n  newrelic_license_key: ${api}\n  webhook_secret: ${tok}\n${host(r, 'minion')}:\n    Data failed to compile:\n    Rendering SLS 'base:${svc(r)}' failed: mapping values are not allowed here`;
    return { text, values: [cr(pw, 'db-password'), cr(api, 'newrelic-license-key'), cr(tok, 'webhook-secret')] };
  },
  'git-credentials-file': (r) => {
    const gh = ghToken(r, 'ghp');
    const gl = vendorToken(r, 'bitbucket-app-password');
    const pw = r.urlPassword(16);
    const text = `$ cat ~/.git-credentials\nhttps://${r.pick(['acme-ci', 'release-bot'])}:${gh}@github.com\nhttps://deploy:${gl}@bitbucket.org\nhttps://jenkins:${pw}@git.${r.pick(['acme.corp', 'northwind.internal'])}\n$ git fetch origin\nfatal: could not read Username for 'https://gitlab.com': terminal prompts disabled\n# repo ${repo(r)}`;
    return { text, values: [cr(gh, 'github-token'), cr(gl, 'bitbucket-app-password'), cr(pw, 'git-password')] };
  },
  'composer-npm-escaped-log': (r) => {
    const t = npmToken(r);
    const a = person(r);
    const e = email(r, a);
    const inner = JSON.stringify({ cmd: `npm adduser --registry=https://registry.npmjs.org`, config: { '//registry.npmjs.org/:_authToken': t, email: e } });
    const text = `{"@timestamp":"${r.iso()}","service":"release-runner","message":${JSON.stringify(inner)},"exit":1}`;
    return { text, values: [cr(t, 'npm-token'), pe(e, 'npm-user-email')] };
  },
};

