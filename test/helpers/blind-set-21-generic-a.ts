import { DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { cred, pos, type PosCase21, type Positive21, type Rng21 } from './blind-set-21-types';

/** A password as people set them: mixed classes, a generated string, or a long passphrase-like run. */
export function pw(r: Rng21): string {
  switch (r.int(0, 4)) {
    case 0:
      return r.password(r.int(12, 20));
    case 1:
      return r.b62(r.int(16, 28));
    case 2:
      return `${r.chars(UPPER, 1)}${r.chars(LOWER, r.int(5, 8))}${r.pick(['!', '@', '#', '$', '%', '&', '*'])}${r.digits(4)}${r.chars(LOWER + UPPER + DIGITS, 6)}`;
    case 3:
      return r.password(r.int(20, 32));
    default:
      return `${r.chars(LOWER + DIGITS, 8)}-${r.chars(UPPER + DIGITS, 6)}-${r.chars(LOWER + UPPER, 6)}`;
  }
}

/** A generic API token (hex or base62) for `token`/`api_key` names. */
export const tok = (r: Rng21): string => (r.next() < 0.5 ? r.hex(r.pick([32, 40, 64])) : r.b62(r.int(24, 48)));

const sp = (r: Rng21): string => r.pick(['', ' ', '  ']);

/** One keyword-assignment case: a password planted under a syntax. */
const kw = (id: string, kind: string, v: (r: Rng21) => string, text: (r: Rng21, v: string) => string): PosCase21 => {
  return (r: Rng21): Positive21 => {
    const val = v(r);
    return pos(`generic/${id}`, text(r, val), cred(kind, val));
  };
};

/** Keyword assignments in each language's own syntax (detect-secrets' keyword plugin cases), part one. */
export const GENERIC_A: PosCase21[] = [
  kw('go-walrus', 'password', pw, (r, v) => `func dial() {\n\tdbPassword ${r.pick([':=', ' := '])}${r.pick([' ', ''])}"${v}"\n\tconnect(dbPassword)\n}`),
  kw('go-struct', 'password', pw, (r, v) => `cfg := &Config{User: "app", Password:${sp(r)}"${v}", Host: "db"}`),
  kw('go-setenv', 'api-key', tok, (_r, v) => `os.Setenv("API_KEY", "${v}")`),
  kw('php-arrow', 'password', pw, (r, v) => `'mysql' => [\n    'username' => 'forge',\n    'password'${sp(r)}=>${sp(r)}'${v}',\n],`),
  kw('php-define', 'password', pw, (r, v) => `define(${r.pick(["'DB_PASSWORD'", '"DB_PASSWORD"'])}, '${v}');`),
  kw('php-wp-salt', 'secret', (r) => r.chars(LOWER + UPPER + DIGITS + '!@#%^*()-_+[]{}|<>,.;:~', 64), (_r, v) => `define( 'AUTH_KEY',         '${v}' );`),
  kw('make-posix', 'password', pw, (r, v) => `DEPLOY_PASSWORD ${r.pick(['::=', ':=', '?='])} ${v}\n\ndeploy:\n\t./deploy.sh`),
  kw('r-arrow', 'password', pw, (_r, v) => `db_password <- "${v}"\ncon <- dbConnect(RPostgres::Postgres(), password = db_password)`),
  kw('js-let', 'password', pw, (r, v) => `let password${sp(r)}=${sp(r)}"${v}";`),
  kw('js-object', 'secret', tok, (r, v) => `module.exports = {\n  jwtSecret: ${r.pick([`'${v}'`, `"${v}"`])},\n};`),
  kw('ts-const', 'secret', tok, (_r, v) => `const apiSecret: string = '${v}';`),
  kw('kotlin-val', 'password', pw, (_r, v) => `val password = "${v}"`),
  kw('scala-val', 'password', pw, (_r, v) => `val dbPassword: String = "${v}"`),
  kw('spring-value-default', 'password', pw, (_r, v) => `@Value("\${spring.datasource.password:${v}}")\nprivate String dbPassword;`),
  kw('java-field', 'password', pw, (_r, v) => `private String password = "${v}";`),
  kw('java-setter', 'password', pw, (_r, v) => `dataSource.setPassword("${v}");`),
  kw('java-sysprop', 'password', pw, (_r, v) => `System.setProperty("javax.net.ssl.keyStorePassword", "${v}");`),
  kw('java-props-put', 'password', pw, (_r, v) => `props.put("mail.smtp.password", "${v}");`),
  kw('csharp-options', 'password', pw, (_r, v) => `options.Password = "${v}";`),
  kw('csharp-conn', 'password', pw, (r, v) => `"Server=tcp:db.internal,1433;Database=app;User Id=sa;${r.pick(['Password', 'Pwd'])}=${v};Encrypt=True;"`),
  kw('ruby-env-or', 'secret', (r) => r.hex(128), (_r, v) => `config.secret_key_base = ENV['SECRET_KEY_BASE'] || '${v}'`),
  kw('ruby-config', 'password', pw, (_r, v) => `config.password = '${v}'`),
  kw('ruby-hash-rocket', 'password', pw, (_r, v) => `ActionMailer::Base.smtp_settings = { :user_name => 'mailer', :password => '${v}' }`),
  kw('ruby-hash-colon', 'password', pw, (_r, v) => `Redis.new(host: 'cache', password: "${v}")`),
  kw('python-setdefault', 'secret', tok, (_r, v) => `os.environ.setdefault('DJANGO_SECRET_KEY', '${v}')`),
  kw('python-dict', 'password', pw, (_r, v) => `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'USER': 'app',\n        'PASSWORD': '${v}',\n    }\n}`),
  kw('python-kwarg', 'password', pw, (r, v) => `conn = psycopg2.connect(host="db", user="app", password=${r.pick([`"${v}"`, `'${v}'`])})`),
  kw('python-auth-tuple', 'password', pw, (_r, v) => `resp = requests.get(url, auth=("admin", "${v}"))`),
  kw('python-flask', 'secret', tok, (_r, v) => `app.secret_key = "${v}"`),
  kw('swift-let', 'password', pw, (_r, v) => `let password = "${v}"`),
  kw('rust-let', 'secret', tok, (_r, v) => `let client_secret = "${v}";`),
  kw('perl-my', 'password', pw, (_r, v) => `my $password = '${v}';`),
  kw('lua-local', 'password', pw, (_r, v) => `local password = "${v}"`),
  kw('powershell', 'password', pw, (_r, v) => `$password = ConvertTo-SecureString '${v}' -AsPlainText -Force`),
  kw('elixir-config', 'password', pw, (_r, v) => `config :app, App.Repo,\n  username: "postgres",\n  password: "${v}",\n  hostname: "db"`),
  kw('groovy-withenv', 'token', tok, (_r, v) => `withEnv(["API_TOKEN=${v}"]) {\n  sh './publish.sh'\n}`),
];
