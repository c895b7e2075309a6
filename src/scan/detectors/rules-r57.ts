import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords, secretKeyKind } from '../key-names';
import { isRoleMailbox } from '../public-values';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { vendorKeyName } from '../vendor-keys';
import { ciPersonOk, PERSON_R32 } from './names-r32';
import { mailboxOf } from './names-r34';

/**
 * Round r57 (blind set 57: integration secrets as secret-scanner rule tests write them, and the
 * customer fixtures beside them). Classes:
 * - a person's name under a record's `name` field (`'name' => …`, `.fullName("…")`, `Name = "…"`,
 *   `Name: "…"`, TOML `name = "…"`) whose mail field a few lines below is the person's own mailbox
 *   (seeds, factories, builders, struct literals, payee tables written one field a line);
 * - the password of an `Authorization: Basic` header written out again near it (`user / "pw"`,
 *   `user:pw` in a "decoded" comment): the decoded header says exactly which text is the password;
 * - secrets assigned with JavaScript/Ruby/PHP logical assignment (`config.clientSecret ??= '…'`,
 *   `@token ||= "…"`), which the shared separators do not read;
 * - the private half of a key pair under a `…SECRET_PRIVATE` key (`MJ_APISECRET_PRIVATE`, `apiSecretPrivate`);
 * - a credential header set by a web server directive (`proxy_set_header X-Datadog-Key "…"`,
 *   `add_header`, Apache `RequestHeader set`), where no `:` or `=` follows the header name;
 * - a Cypress record key (a UUID) under `RecordKey`/`record_key` beside a Cypress setting;
 * - a Duo `skey` (40 characters) under its own key;
 * - a Slack or Discord webhook URL in base64 (a Kubernetes Secret's `data:`).
 */

/** Words that may stand before `name` in a person's record field (`fullName`, `customer_name`, `DisplayName`). */
const NAME_ROLES: ReadonlySet<string> = new Set(
  'full display legal customer cust contact user person member client account holder card owner employee patient recipient payee sender subscriber buyer shopper applicant student guest payer beneficiary'.split(' '),
);

/** True when a record's key names a person: `name` alone or after one role word (`fullName`, `customer_name`). */
const personRecordKey = (key: string): boolean => {
  const w = keyWords(key);
  return w[w.length - 1] === 'name' && (w.length === 1 || (w.length === 2 && NAME_ROLES.has(w[0]!)));
};

/** A documentation or test domain (RFC 2606/6761). */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/** The `Authorization: Basic` credential (decoded) nearest before `at`, within `reach` characters. */
function basicBefore(text: string, at: number, reach: number): string | null {
  const before = text.slice(Math.max(0, at - reach), at);
  let last: RegExpExecArray | null = null;
  const re = /\bBasic[ \t]+([A-Za-z0-9+/]{8,300}={0,2})(?![A-Za-z0-9+/=])/g;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return null;
  try {
    return Buffer.from(last[1]!, 'base64').toString('utf8');
  } catch {
    return null;
  }
}

/** The key's last segment (`config.clientSecret` → `clientSecret`, `$this->apiKey` → `apiKey`, `@token` → `token`). */
const lastSegment = (key: string): string => key.split(/[.@$]|->/).filter((s) => s.length > 0).pop() ?? '';

/** A logically assigned value is a secret: a secret's key (or a vendor's key) and a value that can be one. */
function logicalAssignmentOk(v: string, ctx: MatchContext): boolean {
  const k = /^[A-Za-z_$@][\w$.@>-]*/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
  if (!k) return false;
  const key = lastSegment(k[0]);
  const kind = secretKeyKind(key);
  if (kind !== null) return secretValueOk(kind, v);
  return vendorKeyName(key) === 'vendor' && secretValueOk('secret', v) && /\d/.test(v);
}

/** The three lines before the match and its own line up to its end (what the window a keyword hit sends holds): where a Cypress setting is named. */
function cypressNear(ctx: MatchContext): boolean {
  // The start of the match's line, then of each of the three lines above it.
  let from = ctx.text.lastIndexOf('\n', (ctx.matchStart ?? ctx.start) - 1) + 1;
  for (let i = 0; i < 3 && from > 0; i++) from = ctx.text.lastIndexOf('\n', from - 2) + 1;
  return /cypress/i.test(ctx.text.slice(from, ctx.end));
}

/** A decoded webhook URL with its secret path (Slack `services/T…/B…/…`, Discord `webhooks/<id>/<token>`). */
const WEBHOOK_URL =
  /^https:\/\/(?:hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Z0-9]{6,14}\/(?<s>[A-Za-z0-9]{16,40})|discord(?:app)?\.com\/api\/webhooks\/\d{15,20}\/(?<d>[\w-]{40,80}))\s*$/;

export const RULES_R57_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-record-field-mailbox-below',
    name: "Person's name under a record's name field whose mail field a few lines below is the person's own mailbox (seeds, factories, builders, struct literals)",
    category: 'personal',
    severity: 'medium',
    // Below the other name rules: the keys and layouts they know keep their own detector.
    priority: 37,
    confidence: 0.7,
    // The mail field's key and operator: every match ends in one (the name is up to four lines above it).
    keywords: ['mail:', 'mail=', 'mail =', "mail' =>", 'mail" =>', 'mail("', "mail('", 'mail":', "mail':"],
    // The mailbox ends at most ~270 characters after the mail key's keyword hit.
    span: 300,
    spanBack: 4,
    precheck: { re: /[Mm][Aa][Ii][Ll](?:["'][ \t]=>|["']:|[ \t]?=|:|\(["'])[ \t]{0,12}["']?[A-Za-z0-9._+-]{1,64}@/, reach: 900 },
    // `'name' => 'Ann Lee',` / `.fullName("Ann Lee")` / `Name = "Ann Lee",` / `Name:    "Ann Lee",` / `name = "Ann Lee"`, the end of its
    // line, at most three other field lines, then the mail field and its mailbox.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_$])(?<k>[A-Za-z]{0,16}[_-]?(?:[Nn]ame|NAME))(?:["']?[ \t]{0,12}(?:=>|:=|=|:)[ \t]{0,12}["'\x60]?|\(["'])(?<v>${PERSON_R32})["'\x60]?\)?[ \t]{0,8}[,;]?[ \t]{0,8}\r?\n(?:[^\n@]{0,160}\r?\n){0,3}[ \t]{0,16}[^\n@]{0,40}?(?:mail|MAIL)(?:["'] =>|["']:| ?=|:|\(["'])[ \t]{0,12}["']?(?<m>[A-Za-z0-9._+-]{1,64})@(?<d>[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.[A-Za-z]{2,12})`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const whole = ctx.text.slice(ctx.matchStart ?? ctx.start);
      const k = /^[A-Za-z_-]+/.exec(whole);
      const m = /(?:mail|MAIL)(?:["'] =>|["']:| ?=|:|\(["'])[ \t]{0,12}["']?([A-Za-z0-9._+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,24})/.exec(ctx.text.slice(ctx.end, ctx.end + 900));
      if (!k || !m || !personRecordKey(k[0]) || !ciPersonOk(v)) return false;
      const [local, domain] = [m[1]!, m[2]!];
      return mailboxOf(v, local) && !isRoleMailbox(local, domain) && !EXAMPLE_DOMAIN.test(domain);
    },
    remediation: 'Seed and test records with generated names (Faker) and documentation domains, not real customers',
  }),
  defineDetector({
    id: 'basic-auth-password-written-out',
    name: 'Password of an `Authorization: Basic` header written out near it (`# decoded: ann@mail.com / "…"`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.85,
    keywords: ['basic '],
    // The header's `Basic ` at most 360 characters before the match, and the match at most 262 long.
    span: 640,
    // `user / "pw"`, `user / pw`, `user:pw` (no space after a colon: a label's `decoded: ` is not a user name, and a
    // match that consumed it would hide the user after it).
    pattern: /(?<![^\s(\[])(?<n>[^\s"'/:()[\]]{1,128})(?:[ \t]{0,2}\/[ \t]{0,2}|:)(?:"(?<v>[^"\n]{1,128})"|(?<w>[^\s"']{1,128}))/,
    mask: 'full',
    validate: (v, ctx) => {
      const at = ctx.matchStart ?? ctx.start;
      const user = /^[^\s"'/:()[\]]+/.exec(ctx.text.slice(at))?.[0];
      // The header at most 360 characters before (the window a `basic ` hit sends holds it and this match).
      const decoded = user === undefined ? null : basicBefore(ctx.text, at, 360);
      return decoded !== null && decoded === `${user}:${v}` && v.length >= 4 && !/^(?:pass(?:word)?|secret|changeme|x+|\*+)$/i.test(v);
    },
    remediation: 'Rotate this password; a test or log that decodes a Basic header must not print the credential',
  }),
  defineDetector({
    id: 'secret-logical-assignment',
    // (The list of detectors reads names as patterns: no `??=` or `||=` in the name.)
    name: 'Secret assigned with a nullish or logical-or assignment operator (`config.clientSecret`, `@token` given a quoted default)',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: ['??=', '||=', '&&='],
    pattern: /(?<![\w$@.>-])(?<k>[A-Za-z_$@][\w$.@>-]{0,80})[ \t]{0,3}(?:\?\?|\|\||&&)=[ \t]{0,3}(?<q>["'`])(?<v>[^"'`\s\\]{6,512})\k<q>/,
    mask: 'full',
    validate: logicalAssignmentOk,
    remediation: 'Rotate this secret and read it from the environment or a secret store, not a source default',
  }),
  defineDetector({
    id: 'secret-private-half-assignment',
    name: 'Private half of a key pair under a `…SECRET_PRIVATE` key (`MJ_APISECRET_PRIVATE = "…"`, `apiSecretPrivate`)',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: ['secret_private', 'secretprivate', 'secret-private'],
    pattern: rei`(?<![A-Za-z0-9])(?<k>[A-Za-z][\w.-]{0,40}?secret[_-]?private)${SEP}(?<v>[^\s"'\x60,;]{12,256})`,
    mask: 'full',
    validate: (v) => secretValueOk('secret', v),
    remediation: 'Rotate the key pair at the provider and load its private half from a secret store',
  }),
  defineDetector({
    id: 'web-server-credential-header',
    name: 'Credential header set by a web server directive (`proxy_set_header X-Datadog-Key "…"`, `RequestHeader set X-Api-Key …`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.8,
    keywords: ['proxy_set_header', 'grpc_set_header', 'add_header', 'more_set_headers', 'more_set_input_headers', 'requestheader'],
    pattern:
      /(?<![\w-])(?:proxy_set_header|grpc_set_header|add_header|more_set_(?:input_)?headers|RequestHeader[ \t]+(?:set|append|add))[ \t]+["']?(?<k>[A-Za-z][\w-]{0,60})(?::[ \t]{0,2}|["']?[ \t]{1,8}["']?)(?<v>[^\s"';]{12,512})/i,
    mask: 'full',
    validate: (v, ctx) => {
      const k = /([A-Za-z][\w-]{0,60})(?::[ \t]{0,2}|["']?[ \t]{1,8}["']?)$/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
      if (!k) return false;
      const key = k[1]!;
      const kind = secretKeyKind(key);
      const keyOk = kind !== null || (vendorKeyName(key) !== null && /key$/i.test(key));
      return keyOk && !/^\$/.test(v) && secretValueOk(kind ?? 'secret', v) && /\d/.test(v);
    },
    remediation: 'Rotate this key and have the proxy read it from an included secret file or the environment, not the committed config',
  }),
  defineDetector({
    id: 'cypress-record-key-field',
    name: 'Cypress record key under a `RecordKey`/`record_key` field beside a Cypress setting',
    category: 'credential',
    severity: 'medium',
    // Below secret-assignment, which reads `CYPRESS_RECORD_KEY=`.
    priority: 38,
    confidence: 0.75,
    keywords: ['recordkey', 'record_key', 'record-key'],
    spanBack: 3,
    span: 80,
    pattern: rei`(?<![A-Za-z0-9])(?<k>[\w.-]{0,30}?record[_-]?key)${SEP}(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])`,
    mask: 'full',
    validate: (v, ctx) => cypressNear(ctx) && !isLowEntropy(v.replace(/-/g, '')) && !/^0{8}-/.test(v),
    remediation: 'Reset the Cypress Cloud record key and pass it as the CYPRESS_RECORD_KEY secret of the CI job',
  }),
  defineDetector({
    id: 'duo-skey-assignment',
    name: 'Duo integration secret key under `skey` (40 characters), with no Duo host or integration key beside it, or logically assigned',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['skey'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:[A-Za-z_$][\w$]{0,30}\.)?(?:skey|SKEY|sKey)(?:${SEP}|[ \t]{0,3}(?:\?\?|\|\|)=[ \t]{0,3}["'\x60])(?<v>[A-Za-z0-9]{40})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !isLowEntropy(v),
    remediation: 'Reset the secret key of this Duo application and keep it in the service configuration store',
  }),
  defineDetector({
    id: 'webhook-url-base64',
    name: 'Slack or Discord webhook URL in base64 (a Kubernetes Secret `data:` value)',
    category: 'credential',
    severity: 'high',
    priority: 80,
    confidence: 0.9,
    // Base64 of `https://hooks.slack` and of `https://discord`.
    keywords: ['ahr0chm6ly9ob29rcy5zbgfjay', 'ahr0chm6ly9kaxnjb3jk'],
    pattern:
      /(?<![A-Za-z0-9+/])(?<v>aHR0cHM6Ly9(?:ob29rcy5zbGFjay5jb20v|kaXNjb3JkLmNvbS9hcGkvd2ViaG9va3Mv|kaXNjb3JkYXBwLmNvbS9hcGkvd2ViaG9va3Mv)[A-Za-z0-9+/]{20,400}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    validate: (v) => {
      const m = WEBHOOK_URL.exec(Buffer.from(v, 'base64').toString('latin1'));
      const secret = m?.groups?.['s'] ?? m?.groups?.['d'];
      return secret !== undefined && !isLowEntropy(secret) && !/^(?:x+|X+)$/.test(secret);
    },
    remediation: 'Revoke this webhook URL and recreate it; a base64 Secret manifest is not encrypted',
  }),
];
