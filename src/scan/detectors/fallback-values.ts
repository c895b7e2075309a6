import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyedSecretValue, secretValueOk } from '../secret-value';

/**
 * Literal secrets written as the fallback of a lookup: a `${KEY:default}` default (Spring
 * `@Value`, docker-compose `${POSTGRES_PASSWORD:-…}`) and the literal after an environment
 * lookup (`ENV['SECRET_KEY_BASE'] || '…'`, `os.environ.get('X', '…')`, `process.env.X ?? '…'`).
 * The lookup names a variable; the literal beside it is the secret itself whenever the variable
 * is unset, and sits in the source.
 */

/** True when `v`, the fallback of the variable in group `k`, can be the secret that variable names. */
function fallbackSecret(v: string, ctx: MatchContext): boolean {
  return keyedSecretValue(ctx.key ?? '', v);
}

/** Secrets written as a lookup's fallback. */
export const FALLBACK_VALUE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'default-value-secret',
    name: 'Secret as the default value of a placeholder (Spring, shell, compose)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['${'],
    // Spring `${spring.datasource.password:s3cr3t}`, shell and compose `${DB_PASSWORD:-s3cr3t}`; not `${X:?error}`,
    // not an empty default, not a nested `${…}` (a reference).
    pattern: /\$\{(?<k>[A-Za-z_][\w.-]{0,95}):-?(?<v>[^\s{}$?"'`][^\s{}"'`]{0,255})\}/,
    mask: 'full',
    validate: fallbackSecret,
    remediation: 'Remove the literal default: let the setting fail when its variable is unset, and rotate this secret',
  }),
  defineDetector({
    id: 'env-fallback-secret',
    name: 'Secret as the fallback of an environment lookup',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['env[', 'env.fetch(', 'environ.get(', 'environ.setdefault(', 'env(', 'process.env', 'getordefault('],
    // Ruby `ENV['X'] || '…'`, `ENV['X'] ||= '…'`, `ENV.fetch('X', '…')`; Python `os.environ.get('X', '…')`,
    // `os.getenv('X', '…')`, `os.environ.setdefault('X', '…')`, `env('X', default='…')`; PHP and Laravel
    // `getenv('X') ?: '…'`, `env('X', '…')`; Node `process.env.X || '…'`, `process.env['X'] ?? '…'`; Java
    // `System.getenv().getOrDefault("X", "…")`.
    pattern:
      /(?:(?:\bENV\.fetch\(|\benviron\.get\(|\benviron\.setdefault\(|\bgetenv\(|\benv\(|\bgetOrDefault\(|\bENV\[|\bprocess\.env\[)\s{0,3}["']|\bprocess\.env\.)(?<k>[A-Za-z_][\w.]{0,95})(?:["']\s{0,3}[\])]?)?\s{0,3}(?:,\s{0,3}(?:default\s{0,3}=\s{0,3})?|\|\|=?|\?\?=?|\?:|\bor\b)\s{0,3}(?:"(?<v>[^"\\\r\n]{1,1024})"|'(?<w>[^'\\\r\n]{1,1024})'|`(?<u>[^`\\\r\n$]{1,1024})`)/,
    mask: 'full',
    validate: fallbackSecret,
    remediation: 'Remove the literal fallback from the source, fail when the variable is unset, and rotate this secret',
  }),
  defineDetector({
    id: 'plain-scheme-password',
    name: 'Clear-text password with a {PLAIN} scheme (Dovecot, OpenLDAP)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['{plain', '{clear'],
    // Dovecot passwd-file `user:{PLAIN}secret:1001:1001::/home/vmail`, `password = {CLEARTEXT}secret`; the
    // hashed schemes (`{SHA512-CRYPT}`, `{SSHA}`, `{BLF-CRYPT}`) hold no password.
    pattern: /(?<![\w{])\{(?:PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)(?:\.(?:B64|BASE64|HEX))?\}(?<v>[^\s:"'{}]{1,256})/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this password and store it with a hashed scheme (doveadm pw -s SHA512-CRYPT)',
  }),
  defineDetector({
    id: 'pgpass-line-password',
    name: 'Password in a .pgpass line (found by its port field)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    // `hostname:port:database:username:password`, one entry a line, with no line naming the file nearby (that is
    // `pgpass-password`): the port is almost always one of these or `*`.
    keywords: [':5432:', ':5433:', ':5434:', ':6432:', ':*:', ':5439:', ':26257:', ':6543:'], // round r39: Redshift, CockroachDB, Supabase's pooler
    pattern:
      /(?:^|(?<=\n))[ \t]{0,8}(?:[\w.-]{1,253}|\*|\[[0-9A-Fa-f:.]{2,45}\]):(?:\d{1,5}|\*):(?:[^:\s\\]|\\[:\\]){1,128}:(?:[^:\s\\]|\\[:\\]){1,128}:(?<v>(?:[^:\s\\]|\\[:\\]){1,256})[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this database password and keep the .pgpass file out of logs and repositories (chmod 0600)',
  }),
];
