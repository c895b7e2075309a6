import { LOWER } from './blind-set-9-rng';
import { pw, tok } from './blind-set-21-generic-a';
import { cred, pos, type PosCase21, type Positive21, type Rng21 } from './blind-set-21-types';

const sp = (r: Rng21): string => r.pick(['', ' ', '  ']);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

const kw = (id: string, kind: string, v: (r: Rng21) => string, text: (r: Rng21, v: string) => string): PosCase21 => {
  return (r: Rng21): Positive21 => {
    const val = v(r);
    return pos(`generic/${id}`, text(r, val), cred(kind, val));
  };
};

const upw = (r: Rng21): string => r.urlPassword(r.int(14, 22));

/** Keyword assignments in config files, URLs, command lines and escaped forms, part two. */
export const GENERIC_B: PosCase21[] = [
  kw('xml-element', 'password', pw, (_r, v) => `<server>\n  <id>internal-releases</id>\n  <username>deployer</username>\n  <password>${v}</password>\n</server>`),
  kw('xml-attribute', 'password', pw, (_r, v) => `<connection host="db.internal" user="app" password="${v}" />`),
  kw('properties', 'password', pw, (r, v) => `spring.datasource.username=app\nspring.datasource.password${sp(r)}=${sp(r)}${v}`),
  kw('properties-mail', 'password', pw, (_r, v) => `spring.mail.password: ${v}`),
  kw('ini', 'password', pw, (r, v) => `[database]\nhost = db.internal\nuser = app\npassword${sp(r)}=${sp(r)}${v}\n`),
  kw('mycnf', 'password', pw, (_r, v) => `[client]\nuser=root\npassword="${v}"\n`),
  kw('npmrc-auth', 'basic-auth', (r) => b64(`deploy:${pw(r)}`), (_r, v) => `registry=https://npm.acme.io/\n_auth=${v}\nalways-auth=true\n`),
  kw('npmrc-authtoken', 'token', (r) => r.uuid(), (_r, v) => `//registry.npmjs.org/:_authToken=${v}`),
  kw('npmrc-password', 'password', (r) => b64(pw(r)), (_r, v) => `//npm.acme.io/:username=ci\n//npm.acme.io/:_password=${v}\n`),
  kw('pypirc', 'password', pw, (_r, v) => `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme.io/\nusername = deploy\npassword = ${v}\n`),
  kw('netrc', 'password', pw, (r, v) => r.pick([`machine api.acme.io login deploy password ${v}`, `machine git.acme.io\n  login ci-bot\n  password ${v}\n`])),
  kw('git-credentials', 'password', upw, (r, v) => `https://${r.pick(['deploy', 'ci-bot', 'jenkins'])}:${v}@git.acme.io\n`),
  kw('dovecot-plain', 'password', upw, (r, v) => `${r.pick(['alice', 'bob', 'mailer'])}:{PLAIN}${v}:1001:1001::/home/vmail\n`),
  kw('pgpass', 'password', upw, (_r, v) => `db.internal:5432:*:app:${v}`),
  kw('url-postgres', 'password', upw, (r, v) => `${r.pick(['DATABASE_URL=', 'url: ', ''])}postgres://app:${v}@db.internal:5432/app`),
  kw('url-mongodb', 'password', upw, (r, v) => `MONGO_URI="mongodb+srv://admin:${v}@cluster0.${r.chars(LOWER, 5)}.mongodb.net/prod?retryWrites=true"`),
  kw('url-redis', 'password', upw, (_r, v) => `REDIS_URL=redis://:${v}@cache.internal:6379/0`),
  kw('url-amqp', 'password', upw, (_r, v) => `broker_url = 'amqp://worker:${v}@rabbit.internal:5672//'`),
  kw('url-jdbc', 'password', upw, (_r, v) => `jdbc:mysql://db.internal:3306/app?user=app&password=${v}&useSSL=true`),
  kw('yaml-datasource', 'password', pw, (r, v) => `datasource:\n  url: jdbc:postgresql://db/app\n  username: app\n  password:${sp(r) || ' '}${r.pick([v, `"${v}"`, `'${v}'`])}\n`),
  kw('yaml-secret', 'secret', tok, (_r, v) => `oauth:\n  client_id: web\n  client_secret: "${v}"\n`),
  kw('toml', 'password', pw, (_r, v) => `[database]\nuser = "app"\npassword = "${v}"\n`),
  kw('json', 'password', pw, (r, v) => `{"username":"app",${sp(r)}"password":${sp(r)}"${v}"}`),
  kw('json-token', 'token', tok, (_r, v) => `{\n  "auth": {\n    "access_token": "${v}",\n    "token_type": "bearer"\n  }\n}`),
  kw('compose-env', 'password', pw, (_r, v) => `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=${v}\n`),
  kw('dockerfile-env', 'password', pw, (_r, v) => `FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=${v}\n`),
  kw('shell-export', 'password', pw, (r, v) => `export DB_PASS=${r.pick([`'${v}'`, `"${v}"`])}`),
  kw('mysql-cli', 'password', pw, (_r, v) => `mysql -h db.internal -u root -p'${v}' app < dump.sql`),
  kw('sshpass', 'password', pw, (_r, v) => `sshpass -p '${v}' ssh deploy@10.0.3.17`),
  kw('curl-user', 'password', upw, (_r, v) => `curl -u admin:${v} https://jenkins.acme.io/api/json`),
  kw('basic-header', 'basic-auth', (r) => b64(`admin:${pw(r)}`), (_r, v) => `Authorization: Basic ${v}`),
  kw('helm-set', 'password', upw, (_r, v) => `helm upgrade --install db bitnami/postgresql --set auth.password=${v}`),
  kw('terraform', 'password', pw, (_r, v) => `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  password = "${v}"\n}`),
  kw('ansible', 'password', pw, (r, v) => `${r.pick(['ansible_become_password', 'ansible_ssh_pass', 'ansible_password'])}: ${v}`),
  kw('k8s-stringdata', 'password', pw, (_r, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${v}\n`),
  kw('k8s-data-b64', 'password', (r) => b64(pw(r)), (_r, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${v}\n`),
  kw('json-escaped-quote', 'password', (r) => `${r.b62(8)}\\"${r.b62(8)}`, (_r, v) => `{"password": "${v}"}`),
  kw('single-in-double', 'password', (r) => `${r.b62(7)}'${r.b62(9)}`, (_r, v) => `PASSWORD = "${v}"`),
  kw('spacing-colon', 'password', pw, (r, v) => `password${r.pick(['  :  ', ':', ' :'])}'${v}'`),
  kw('upper-nospace', 'password', pw, (_r, v) => `PASSWORD:"${v}"`),
  kw('auth-token-yaml', 'token', tok, (_r, v) => `auth_token: ${v}`),
  kw('private-token', 'token', tok, (_r, v) => `private_token = "${v}"`),
  kw('access-key-query', 'api-key', tok, (_r, v) => `https://api.acme.io/v2/report?access_key=${v}&format=csv`),
  kw('api-key-header', 'api-key', tok, (r, v) => `${r.pick(['X-API-Key', 'X-Api-Key', 'apikey'])}: ${v}`),
  kw('passphrase', 'password', pw, (_r, v) => `ssl_key_passphrase = "${v}"`),
  kw('secret-word', 'secret', tok, (_r, v) => `SECRET=${v}`),
  (r) => {
    const a = pw(r);
    const b = upw(r);
    return pos('generic/dotenv-two', `DB_HOST=db.internal\nDB_PASSWORD=${a}\nREDIS_PASSWORD=${b}\nLOG_LEVEL=info\n`, cred('password', a), cred('password', b));
  },
];
