import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { ciPersonOk, PERSON_R32 } from './names-r32';

/**
 * Round r36 (blind set 36: API gateways, service mesh, message brokers and the internal platform), platform side:
 * Envoy SDS generic secrets written inline, passwords in the argument shapes of curl (bundled short flags `-su`),
 * etcdctl (`--user root:<pw>`), Redis Sentinel (`sentinel auth-pass <master> <pw>`), JAAS `user_<name>="…"` entries
 * (ZooKeeper DigestLoginModule, Kafka PlainLoginModule), Consul's `SecretID` in `consul acl token` output, and a
 * person's name before their phone number in angle brackets (`Ann Lee <+49 157 …>`).
 */

/** A password argument: not a reference (`$PW`, `${PW}`), a mask or a placeholder. */
const passwordOk = (v: string): boolean => {
  const bare = v.replace(/^(["'])(.*)\1$/s, '$2');
  return bare.length >= 4 && !isPlaceholder(bare) && !isVariableReference(bare) && !/^(?:\*+|<[^>]*>|\$\{[^}]*\}|\$\(.*\)|%\w+%|\[?redacted\]?)$/i.test(bare);
};

/** A UUID (Consul's ACL secret ids). */
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/** The start of a JAAS login module's options (`org.apache.zookeeper.server.auth.DigestLoginModule required`). */
const LOGIN_MODULE = /LoginModule\s{1,8}(?:required|requisite|sufficient|optional)\b/g;
/** How far before a `user_…=` entry its module's `LoginModule required` may stand (a JAAS section's options). */
const LOGIN_MODULE_REACH = 1500;

export const PLATFORM_R36_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'envoy-generic-secret-inline',
    name: 'Envoy SDS generic secret written inline (`generic_secret` with an `inline_bytes` or `inline_string` secret)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['generic_secret'],
    span: 600, // YAML puts `secret:` and `inline_string:` on the next lines
    // A config dump (`/config_dump?resource=static_secrets`) prints it as JSON; a bootstrap or SDS file as YAML.
    pattern: /generic_secret\\{0,3}["']?\s{0,3}:\s{0,16}\{?\s{0,16}\\{0,3}["']?secret\\{0,3}["']?\s{0,3}:\s{0,16}\{?\s{0,16}\\{0,3}["']?inline_(?:bytes|string)\\{0,3}["']?\s{0,3}:\s{0,3}\\{0,3}["']?(?<v>[A-Za-z0-9+/=_.~!@#%^&*-]{8,256})/,
    mask: 'full',
    validate: (v) => passwordOk(v) && /[A-Za-z]/.test(v) && /\d/.test(v),
    remediation: 'Rotate the secret (an OAuth2 filter\'s HMAC secret, a token) and serve it over SDS from a file or a secret store, not inline',
  }),
  defineDetector({
    id: 'curl-bundled-flag-user-password',
    name: 'Password after curl\'s `-u` bundled with other short flags (`curl -su admin:\'…\'`, `-ku user:pass`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['curl'],
    span: 600,
    // curl-user-credentials reads `-u`/`--user`; a bundle ends in `u` (flags without arguments before it: `-s`, `-k`, `-S`, `-f`, `-L`, `-v`, `-i`).
    pattern: /(?<![\w-])-[sSkfLvigGN]{1,5}u(?:\s{1,3}|(?=["']))["']?[^\s:"'$<]{0,128}:(?:'(?<w>[^'\r\n]{1,128})'|"(?<u>[^"\r\n]{1,128})"|(?<v>[^\s"'<>]{1,128}))/,
    mask: 'full',
    // `curl` within 300 characters before (its line or a continuation line): the same answer in the keyword's window as in the whole text.
    validate: (v, ctx) => /curl/i.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 300), ctx.start)) && passwordOk(v),
    remediation: 'Change this password and pass curl credentials with --netrc-file or a config file, not the command line',
  }),
  defineDetector({
    id: 'etcdctl-user-password',
    name: 'etcd password in etcdctl\'s `--user <name>:<password>` (or `ETCDCTL_USER=<name>:<password>`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['etcdctl'],
    pattern: /(?:(?<![\w-])--user(?:=|\s{1,3})|\bETCDCTL_USER\s{0,3}=\s{0,3})["']?[\w.@-]{1,64}:(?<v>[^\s"']{1,128})/,
    mask: 'full',
    validate: (v) => passwordOk(v),
    remediation: 'Change the etcd user\'s password (`etcdctl user passwd`) and authenticate with client certificates instead',
  }),
  defineDetector({
    id: 'redis-sentinel-auth-pass',
    name: 'Redis Sentinel password (`sentinel auth-pass <master> <password>`, `sentinel sentinel-pass <password>`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['auth-pass', 'sentinel-pass'],
    pattern: /(?<![\w-])[Ss][Ee][Nn][Tt][Ii][Nn][Ee][Ll]\s{1,4}(?:[Ss][Ee][Tt]\s{1,4}[\w.-]{1,64}\s{1,4}auth-pass|auth-pass\s{1,4}[\w.-]{1,64}|sentinel-pass)\s{1,4}(?<v>"[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[^\s"']{1,128})/,
    mask: 'full',
    validate: (v) => passwordOk(v),
    remediation: 'Change the Redis master\'s password (requirepass/masterauth and every sentinel\'s auth-pass) and keep sentinel.conf out of support bundles',
  }),
  defineDetector({
    id: 'jaas-user-password',
    name: 'Password of a `user_<name>="…"` entry in a JAAS login module (ZooKeeper DigestLoginModule, Kafka PlainLoginModule)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    // The module's `…LoginModule required` line opens the window (entries follow it): `user_` alone is the `user_id` of every
    // JSON log line, and windows reaching 30 lines back from each made the file scan half again as slow.
    keywords: ['loginmodule'],
    needs: ['="'],
    span: LOGIN_MODULE_REACH + 400,
    pattern: /(?<![\w.-])user_[A-Za-z0-9][\w.-]{0,63}="(?<v>[^"\r\n]{1,256})"/,
    mask: 'full',
    validate: (v, ctx) => {
      // Inside a login module's options: its `LoginModule required` within LOGIN_MODULE_REACH characters before the entry
      // (inside the keyword's window, so the same answer there as in the whole text), and no `;` that ends it between them.
      const before = ctx.text.slice(Math.max(0, ctx.start - LOGIN_MODULE_REACH), ctx.start);
      let at = -1;
      for (const m of before.matchAll(LOGIN_MODULE)) at = m.index;
      return at >= 0 && !before.slice(at).includes(';') && passwordOk(v);
    },
    remediation: 'Change the user\'s password and move the JAAS file\'s credentials to a secret store (or SASL/SCRAM users)',
  }),
  defineDetector({
    id: 'consul-acl-secret-id',
    name: 'Consul ACL token SecretID (`consul acl token read` output, an ACL token\'s JSON)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['secretid'],
    // `AccessorID` names the token publicly; `SecretID` is the bearer token itself.
    pattern: new RegExp(String.raw`(?<![\w-])SecretID\\{0,3}["']?\s{0,3}[:=]\s{0,24}\\{0,3}["']?(?<v>${UUID})(?![\w-])`),
    mask: 'full',
    // Consul's built-in ids (`00000000-0000-0000-0000-000000000002`) and repeated digits are no secrets.
    validate: (v) => new Set(v.replace(/-/g, '')).size >= 6,
    remediation: 'Delete the token (`consul acl token delete`), issue a new one and keep CLI output of `acl token read` out of logs',
  }),
  defineDetector({
    id: 'person-name-angle-phone',
    name: 'Person\'s name before their phone number in angle brackets (an SMS recipient: name, then the number in `<>`)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: [' <+'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9À-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-])(?<v>${PERSON_R32}) <\+\d[\d ().-]{6,20}\d>`),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: 'Log recipients by id, not by name and number',
  }),
];
