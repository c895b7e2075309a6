import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { generated } from './service-credentials';

/** A value of a key the key-name rules call secret or password, checked as such. */
const underSecretKey = (key: string | undefined, v: string): boolean => {
  const kind = key === undefined ? null : secretKeyKind(key);
  return kind !== null && secretValueOk(kind, v);
};

/** `decodeURIComponent`, or the text unchanged where it is not valid percent-encoding. */
const decodeURIComponentSafe = (v: string): string => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

/**
 * Credentials in the shapes integration logs and CI output print them (blind set 13's breadth
 * round): Oracle `user/password@host` connect strings, the new value of a secret attribute in a
 * Terraform plan (`"old" -> "new"`), a password piped to `docker login --password-stdin`,
 * Bundler's `BUNDLE_<HOST>=user:password`, Go's `http.Header` dumps, URL-encoded JSON, value-first
 * `{"value", "name"}` env entries, and an API key quoted by an error message (`Incorrect API key provided: …`).
 */
export const LOG_CONTEXT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'oracle-connect-password',
    name: 'Password in an Oracle connect string (user/password@host)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    keywords: ['jdbc:oracle:', 'dsn', 'connect('],
    // `jdbc:oracle:thin:scott/<pw>@//db:1521/ORCL`, `dsn=scott/<pw>@db:1521/X`, `cx_Oracle.connect("scott/<pw>@db/X")`
    // (`sqlplus scott/<pw>@db` and the other Oracle tools are cli-password-argument's).
    pattern: /(?:jdbc:oracle:(?:thin|oci8?):|\bdsn\s{0,2}=\s{0,2}["']?|\bconnect\(\s{0,2}["'])[A-Za-z][\w$#]{0,29}\/(?<v>[^\s/@"']{1,64})@/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this database password and give the client a wallet or an external password store, not a connect string',
  }),
  defineDetector({
    id: 'terraform-plan-secret',
    name: 'Secret attribute changed in a Terraform plan',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['" -> "'],
    // `~ master_password = "<old>" -> "<new>"`: the old value is the password detectors'; this takes the new one.
    pattern: /[~+-]\s{1,3}(?<k>[A-Za-z_][\w-]{0,63})[ \t]{1,40}=\s{1,3}"[^"\r\n]{1,256}"\s{1,3}->\s{1,3}"(?<v>[^"\r\n]{4,256})"/,
    mask: 'full',
    validate: (v, ctx) => underSecretKey(ctx.key, v),
    remediation: 'Rotate this secret, mark the variable sensitive, and keep plan output out of CI logs',
  }),
  defineDetector({
    id: 'password-stdin-echo',
    name: 'Password piped to a registry login (--password-stdin)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['password-stdin'],
    // `echo "<pw>" | docker login -u ci --password-stdin ghcr.io` (also podman, helm registry, oras, nerdctl, buildah).
    pattern:
      /\b(?:echo|printf)\s{1,3}(?:-[ne]\s{1,3}|'%s'\s{1,3}|"%s"\s{1,3})?(?:"(?<u>[^"\r\n]{4,256})"|'(?<w>[^'\r\n]{4,256})'|(?<v>[^\s"'|;]{4,256}))\s{0,3}\|\s{0,3}[\w./-]{0,64}\s[^|\r\n]{0,200}--password-stdin/,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Rotate this registry password and feed --password-stdin from a secret (not a literal in the script)',
  }),
  defineDetector({
    id: 'bundler-credentials',
    name: 'Bundler gem source credentials (BUNDLE_<HOST>)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['bundle_'],
    // `BUNDLE_GEMS__CONTRIBSYS__COM=user:<pw>`, `BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "ci:<token>"`.
    pattern: /\bBUNDLE_[A-Z0-9_]{1,100}__[A-Z0-9_]{1,100}["']?\s{0,3}[=:]\s{0,3}["']?[^\s:"'=]{1,128}:(?<v>[^\s"'@]{4,256})/,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Rotate this gem source credential and set it with `bundle config` from a secret, not in logged output',
  }),
  defineDetector({
    id: 'go-header-secret',
    name: 'Credential header in a Go http.Header dump',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['[]string{"'],
    // `http.Header{"X-Api-Key":[]string{"<key>"}}`, `map[X-Auth-Token:[<token>]]`.
    pattern: /"(?<k>[A-Za-z][\w-]{1,63})":\s{0,2}\[\]string\{"(?<v>[^"\r\n]{8,1024})"/,
    mask: 'full',
    validate: (v, ctx) => underSecretKey(ctx.key, v.replace(/^(?:Bearer|Basic|Token|Bot)\s+/i, '')),
    remediation: 'Rotate this credential and stop dumping request structs (log the method and URL only)',
  }),
  defineDetector({
    id: 'url-encoded-json-secret',
    name: 'Secret in URL-encoded JSON',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['%22%3a%22', '%22%3a%20%22'],
    // `payload=%7B%22api_key%22%3A%22<v>%22%7D` (a JSON body sent as a form field or query parameter).
    pattern: /%22(?<k>[A-Za-z_][\w.-]{0,63})%22%3A(?:%20|\+)?%22(?<v>(?:[^%\s&"]|%(?!22)[0-9A-Fa-f]{2}){4,1024})%22/i,
    mask: 'full',
    validate: (v, ctx) => underSecretKey(ctx.key, decodeURIComponentSafe(v)),
    remediation: 'Rotate this secret and stop logging encoded request bodies',
  }),
  defineDetector({
    id: 'value-before-name-secret',
    name: 'Secret in a value/name pair written value first',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['"value"'],
    // ECS and k8s env entries serialised with the value first: `{"value": "<v>", "name": "API_TOKEN"}`.
    pattern: /"value"\s{0,3}:\s{0,3}"(?<v>[^"\\\r\n]{4,1024})"\s{0,3},\s{0,3}"name"\s{0,3}:\s{0,3}"(?<k>[A-Za-z_][\w.-]{0,99})"/,
    mask: 'full',
    validate: (v, ctx) => underSecretKey(ctx.key, v),
    remediation: 'Rotate this secret and inject it from a secret store (valueFrom) instead of a plain environment value',
  }),
  defineDetector({
    id: 'api-key-in-message',
    name: 'API key quoted in an error message',
    category: 'credential',
    severity: 'high',
    priority: 56,
    keywords: ['api key', 'access token', 'auth token', 'secret key'],
    // OpenAI-style SDK errors (`Incorrect API key provided: <key>`, `Your api key: <key> is invalid`, `access token used <t>`,
    // `Invalid API key <key> for host …`);
    // not `api key <uuid> (name: …) revoked`, where the words name the key's id.
    pattern:
      /\b(?:api|access|auth|secret) (?:key|token)(?:\s(?:provided|used|given|supplied)(?:\s{0,2}:\s{0,2}|\s{1,2})|\s{0,2}[:=]\s{0,2}|(?<=\b(?:invalid|incorrect|bad|wrong|unknown|unrecognized) (?:api|access|auth|secret) (?:key|token))\s{1,2})["'`]?(?<v>[A-Za-z0-9][A-Za-z0-9_.+/=-]{19,300})(?![A-Za-z0-9_.+/=*-])/i,
    mask: 'full',
    validate: (v) => generated(v) && /\d/.test(v) && secretValueOk('secret', v),
    remediation: 'Rotate this key and check that the client library masks keys in its error messages',
  }),
];
