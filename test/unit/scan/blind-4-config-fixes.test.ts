import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { B62, b62, covered, leaks, pick } from '../../helpers/leak-checks';

/** Issue 45: the classes of blind set 4's misses in configuration forms, with generated values. */
const hex = (n: number): string =>
  randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);
const password = (): string => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 6)}${pick('%#!?.*-', 1)}${pick('0123456789', 4)}`;

describe('Kubernetes name/value env pairs', () => {
  it('finds the value under any secret-ish name on the next line', () => {
    const a = hex(36) + 'NRAL';
    expect(covered(`        env:\n        - name: NEW_RELIC_LICENSE_KEY\n          value: "${a}"\n        - name: LOG_LEVEL\n          value: info`, a)).toBe(true);
    const p = password();
    expect(covered(`  - name: DB_PASSWORD\n    value: '${p}'`, p)).toBe(true);
    const t = b62(32);
    expect(covered(`containers:\n- env:\n  - name: "sentryAuthToken"\n    value: ${t}\n`, t)).toBe(true);
  });
  it('skips plain settings, secretKeyRef, references and placeholders', () => {
    expect(leaks(`- name: LOG_LEVEL\n  value: debug`)).toEqual([]);
    expect(leaks(`- name: CACHE_KEY\n  value: "${b62(24)}"`)).toEqual([]);
    expect(leaks(`- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password`)).toEqual([]);
    expect(leaks(`- name: API_TOKEN\n  value: "\${API_TOKEN}"`)).toEqual([]);
    expect(leaks(`- name: API_TOKEN\n  value: "<your-token>"`)).toEqual([]);
  });
});

describe('secret_key_base', () => {
  it('is found in credentials YAML, env dumps and JSON', () => {
    const v = hex(128);
    expect(covered(`aws:\n  region: eu-west-1\nsecret_key_base: ${v}\n`, v)).toBe(true);
    expect(covered(`SECRET_KEY_BASE=${v} bundle exec puma`, v)).toBe(true);
    expect(covered(`{"secret_key_base":"${v}"}`, v)).toBe(true);
  });
  it('skips ERB references and short values', () => {
    expect(leaks(`secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>`)).toEqual([]);
    expect(leaks(`secret_key_base: ${hex(16)}`)).toEqual([]);
  });
});

describe("PHP define('NAME', '…')", () => {
  it('finds passwords, WordPress keys and salts, any secret-named constant', () => {
    const p = password();
    expect(covered(`define( 'DB_PASSWORD', '${p}' );`, p)).toBe(true);
    const salt = `${b62(20)},=~<*[{;-${b62(20)} ${b62(10)}`;
    expect(covered(`define( 'SECURE_AUTH_SALT',   '${salt}' );`, salt)).toBe(true);
    const k = b62(40);
    expect(covered(`define("STRIPE_SECRET_KEY", "${k}");`, k)).toBe(true);
  });
  it("skips booleans, user names, WordPress's placeholder phrase and non-secret constants", () => {
    expect(leaks(`define('WP_DEBUG', true);`)).toEqual([]);
    expect(leaks(`define( 'DB_USER', 'wp_shop' );`)).toEqual([]);
    expect(leaks(`define( 'AUTH_KEY', 'put your unique phrase here' );`)).toEqual([]);
    expect(leaks(`define( 'WP_CACHE_KEY_SALT', '' );`)).toEqual([]);
    expect(leaks(`define( 'DB_HOST', 'mysql.internal' );`)).toEqual([]);
  });
});

describe('SQL IDENTIFIED BY and WITH PASSWORD', () => {
  it('finds MySQL, Oracle and Postgres account passwords', () => {
    const a = password();
    expect(covered(`38 Query\tALTER USER 'svc'@'%' IDENTIFIED BY '${a}'`, a)).toBe(true);
    const b = password();
    expect(covered(`CREATE USER app IDENTIFIED WITH caching_sha2_password BY "${b}";`, b)).toBe(true);
    const c = `Tiger${pick('0123456789', 3)}Lake`;
    expect(covered(`ORA-01920 while running: CREATE USER scott IDENTIFIED BY ${c} DEFAULT TABLESPACE users`, c)).toBe(true);
    const d = password();
    expect(covered(`STATEMENT:  CREATE ROLE billing WITH LOGIN PASSWORD '${d}'`, d)).toBe(true);
  });
  it('skips password hashes, bind parameters and placeholders', () => {
    expect(leaks(`GRANT ALL ON *.* TO 'u'@'%' IDENTIFIED BY PASSWORD '*${hex(40).toUpperCase()}'`)).toEqual([]);
    expect(leaks(`ALTER USER ? IDENTIFIED BY ?`)).toEqual([]);
    expect(leaks(`ALTER USER 'svc'@'%' IDENTIFIED BY '<secret>'`)).toEqual([]);
    expect(leaks(`CREATE USER app IDENTIFIED WITH caching_sha2_password AS '$A$005$${b62(20)}'`)).toEqual([]);
  });
});

describe('space-separated CLI forms', () => {
  it('finds `config set NAME VALUE` and `--flag VALUE`', () => {
    const s = pick(B62 + '+/', 40);
    expect(covered(`+ aws configure set aws_secret_access_key ${s}\n+ aws configure set region eu-west-1`, s)).toBe(true);
    const n = b62(36);
    expect(covered(`$ npm config set //registry.example.org/:_authToken ${n}`, n)).toBe(true);
    const r = password();
    expect(covered(`redis-cli CONFIG SET requirepass "${r}"`, r)).toBe(true);
    const p = password();
    expect(covered(`+ mysqldump --user backup --password ${p} --single-transaction shop`, p)).toBe(true);
    const c = b62(34);
    expect(covered(`az ad sp create --client-secret '${c}' --years 1`, c)).toBe(true);
  });
  it('skips settings, stdin flags, references and file paths', () => {
    expect(leaks(`+ aws configure set region us-east-1`)).toEqual([]);
    expect(leaks(`+ aws configure set output json`)).toEqual([]);
    expect(leaks(`echo "$PW" | docker login --username ci --password-stdin registry.example.org`)).toEqual([]);
    expect(leaks(`mysql --password $DB_PASSWORD -h db`)).toEqual([]);
    expect(leaks(`vault login --token-file /run/secrets/vault_token`)).toEqual([]);
    expect(leaks(`ssh-add --key ~/.ssh/id_ed25519`)).toEqual([]);
  });
});

describe('names ending in PAT', () => {
  it('finds tokens under *_PAT in env, JSON and YAML', () => {
    const pat = pick('abcdefghijklmnopqrstuvwxyz234567', 51) + '7';
    expect(covered(`AZURE_DEVOPS_EXT_PAT=${pat}`, pat)).toBe(true);
    expect(covered(`{"ado_pat": "${pat}"}`, pat)).toBe(true);
    expect(covered(`  ADO_PAT: ${pat}`, pat)).toBe(true);
  });
  it('skips paths, compat flags and short values', () => {
    expect(leaks(`url_path=/v1/${pick('abcdefghijklmnopqrstuvwxyz', 30)}/items`)).toEqual([]);
    expect(leaks(`compat=${b62(24)}`)).toEqual([]);
    expect(leaks(`ADO_PAT=${b62(12)}`)).toEqual([]);
    expect(leaks(`ADO_PAT=\${{ secrets.ADO_PAT }}`)).toEqual([]);
  });
});

describe('Doppler tokens', () => {
  it('finds personal, service (with a config name) and service-account tokens', () => {
    const st = `dp.st.prd.${b62(43)}`;
    expect(covered(`INSERT INTO deploy_secrets (name, value) VALUES ('DOPPLER_TOKEN', '${st}')`, st)).toBe(true);
    const pt = `dp.pt.${b62(43)}`;
    expect(covered(`{"doppler":{"token":"${pt}"}}`, pt)).toBe(true);
    const sa = `dp.sa.${b62(42)}`;
    expect(covered(`DOPPLER_TOKEN=${sa} doppler run -- ./start`, sa)).toBe(true);
  });
  it('skips short bodies', () => {
    expect(leaks(`see dp.st.prd.${b62(12)} in docs`)).toEqual([]);
  });
});
