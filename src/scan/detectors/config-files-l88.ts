import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';
import { keyedSecretOk, randomish } from './nearby-credentials';

/**
 * Lead round l88 (blind set 88: developer config files, dotfiles and repositories): credentials in the files tools write
 * for themselves, as they reach an alert —
 * - Composer's `auth.json` (`"bearer": {"repo.packagist.com": "<token>"}`, `"github-oauth": {"github.com": "…"}`,
 *   `gitlab-token`, `bitbucket-oauth`): a token under a host name;
 * - a Rails master key printed by `cat config/master.key` (the key on the next line);
 * - a secret-named Terraform output or variable as an object with its value (`"db_password": {"value": "…",
 *   "sensitive": true}` in `terraform output -json` and `.tfstate`), pretty-printed over lines too;
 * - (blind set 85's left class) a secret's environment name with its value in parentheses, as loaders log what they
 *   loaded (`loaded DD_API_KEY (faee4251…) from vault`, `TWILIO_AUTH_TOKEN(88e4…)`).
 */

/** A JSON quote, escaped up to three levels deep. */
const Q = String.raw`\\{0,3}"`;

export const CONFIG_FILES_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'composer-auth-token',
    name: "Token in Composer's auth.json under a host (`\"bearer\": {\"repo.packagist.com\": \"…\"}`, `github-oauth`, `gitlab-token`)",
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.85,
    keywords: ['github-oauth', 'gitlab-token', 'gitlab-oauth', 'bitbucket-oauth', '"bearer"', '\\"bearer\\"'],
    span: 400, // pretty-printed: the host and its token on the lines below
    pattern: new RegExp(String.raw`${Q}(?:github-oauth|gitlab-token|gitlab-oauth|bitbucket-oauth|bearer)${Q}\s{0,3}:\s{0,3}\{\s{0,12}${Q}[\w.-]{1,100}(?::\d{1,5})?${Q}\s{0,3}:\s{0,3}${Q}(?<v>[^"\\\s]{16,512})${Q}`),
    mask: 'tail',
    validate: (v) => !isPlaceholder(v) && randomish(v, 16),
    remediation: "Revoke this token and keep auth.json out of logs and images (COMPOSER_AUTH in the CI's secret store)",
  }),
  defineDetector({
    id: 'rails-master-key-printed',
    name: 'Rails master key printed from its file (`cat config/master.key`, `credentials/production.key`)',
    category: 'credential',
    severity: 'critical',
    priority: 52,
    confidence: 0.9,
    keywords: ['master.key', 'credentials/'],
    span: 160,
    pattern: new RegExp(String.raw`(?:cat|type|more|less|head|tail|bat)\s{1,3}(?:\S{0,80}\/)?(?:master|credentials\/[\w-]{1,40})\.key\b[^\n\\]{0,40}?(?:\r?\n|\\r?\\n)(?:[^\n\\]{0,40}?\s)?(?<v>[0-9a-f]{32})(?![0-9A-Za-z])`),
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-f]/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the master key (bin/rails credentials:edit with a new key) and stop printing key files in deploy scripts',
  }),
  defineDetector({
    id: 'secret-named-output-value',
    name: "Secret under a secret-named output or variable's `value` (`\"db_password\": {\"sensitive\": true, \"value\": \"…\"}`, terraform output -json, .tfstate)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['"value"', '\\"value\\"'],
    span: 200,
    spanBack: 3, // the output's name a few lines above its value
    pattern: new RegExp(
      String.raw`${Q}(?<k>[A-Za-z_][\w.-]{0,60})${Q}\s{0,3}:\s{0,3}\{\s{0,16}(?:${Q}(?:sensitive|type)${Q}\s{0,3}:\s{0,3}(?:true|false|${Q}[\w]{1,20}${Q})\s{0,3},\s{0,16}){0,2}${Q}value${Q}\s{0,3}:\s{0,3}${Q}(?<v>[^"\\\r\n]{6,300})${Q}`,
    ),
    mask: 'full',
    validate: (v, ctx) => keyedSecretOk(ctx.key ?? '', v),
    remediation: 'Rotate this secret, mark the output sensitive and keep terraform output and state files out of logs',
  }),
  defineDetector({
    id: 'secret-env-name-parenthesized',
    name: "Secret in parentheses after its environment name (`loaded DD_API_KEY (faee4251…) from vault`)",
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.8,
    keywords: ['_key (', '_key(', '_token (', '_token(', '_secret (', '_secret(', '_password (', '_password(', '_pass (', '_pwd (', '_auth (', '_credentials ('],
    pattern: /(?<![\w-])(?<k>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8}) ?\((?<v>[A-Za-z0-9_\-+/=.:~!@#$%^*]{8,300})\)/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretOk(ctx.key ?? '', v),
    remediation: 'Rotate this secret and log which secrets were loaded by name only, never with their values',
  }),
];
