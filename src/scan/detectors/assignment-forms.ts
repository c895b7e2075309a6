import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { plausibleSecretValue } from '../validators';

/** Key names ending in a secret word (then classified by key-names.ts): `dbPassword`, `API_TOKEN`, `sonar.login`. */
const KEY = String.raw`(?<![\w.$@-])(?<k>[$@]?[A-Za-z0-9_][\w.-]{0,63})(?<=(?:secret|token|keys?|auth|creds?|credentials?|login|sig|signature|pass(?:word|wd|phrase|code)?|pwd|pw))`;

/** Validates a value under the match's key: the key must name a secret, the value must look like one. */
function underSecretKey(v: string, ctx: MatchContext): boolean {
  const kind = ctx.key === undefined ? null : secretKeyKind(ctx.key);
  // In shell a backtick runs a command (`KEY=\`etcdctl get …\``): a value with spaces there is code.
  if (ctx.text.charCodeAt(ctx.start - 1) === 96 && /\s/.test(v)) return false;
  return kind !== null && plausibleSecretValue(kind, v.trim());
}

/**
 * Assignment forms the `key = value` detectors do not read: typed declarations
 * (`var apiToken string = "…"`, `let dbPassword: &str = "…"`, `const apiSecret: string = '…'`), backtick-quoted values
 * (`token := \`…\``), Makefile `:::=`, and CSV cells (`apiToken,VALUE,`).
 */
const TYPE = String.raw`(?:string|String|str|&str|&'static str|\[\]byte|CharSequence)`;
const DECLARATION = new RegExp(
  KEY +
    String.raw`(?:(?:(?:\s{1,3}${TYPE}\s{0,3}|\s{0,3}:\s{0,3}${TYPE}\s{0,3}|\s{0,3}::)(?::=|=)\s{0,3}(?=\\{0,3}"|')|\s{0,3}(?::=|=)\s{0,3}(?=` + '`' + String.raw`))` +
    // A typed declaration's value in double or (TypeScript, Kotlin and Scala chars aside) single quotes; a backtick value after any `=`.
    String.raw`(?:\\{0,3}"(?<v>[^"\\\r\n]{1,1024})\\{0,3}"|(?<q>['` + '`' + String.raw`])(?<w>(?:(?!\k<q>)[^\r\n]){1,1024})\k<q>)` +
    String.raw`|,(?<u>[^,\s"'` + '`' + String.raw`]{6,256})(?=,|\r?$))`,
  'i',
);

/** Secret words as the end of a key, followed by `suffix`: cheap prefilter keywords for one form. */
const endings = (suffix: string): string[] => ['token', 'secret', 'key', 'password', 'passwd', 'pwd', 'pass', 'auth', 'credential', 'credentials', 'login'].map((w) => w + suffix);

/**
 * Secret assignments in declaration, Makefile, backtick and CSV forms; YAML block scalars;
 * multi-line XML elements. Each detector's keywords are the form's own punctuation (`string =`,
 * `:::=`, `= \``, `token,`, `: |`, `token>`), so lines without the form never run it.
 */
export const ASSIGNMENT_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-declaration',
    name: 'Secret in a typed declaration or CSV cell',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['string =', 'string :=', 'str =', 'byte =', 'sequence =', ':::=', '= `', '=`', '=  `', '=\t`', ...endings(',')],
    pattern: DECLARATION,
    mask: 'full',
    validate: underSecretKey,
    remediation: 'Rotate this secret at its issuer and keep it out of source and logged config',
  }),
  defineDetector({
    id: 'yaml-block-secret',
    name: 'Secret in a YAML block scalar',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: [': |', ': >', ':|', ':>'],
    span: 600,
    // `api_token: |` or `password: >-` at the start of a line, the value indented on the next line.
    pattern: new RegExp(String.raw`(?:^|(?<=\n))[ \t]{0,32}(?:-[ \t]{1,4})?` + KEY + String.raw`["']?[ \t]{0,3}:[ \t]{0,3}[|>][-+]?[ \t]*\r?\n[ \t]{1,16}(?<v>\S[^\r\n]{0,1023})`, 'i'),
    mask: 'full',
    validate: underSecretKey,
    remediation: 'Rotate this secret and reference it from a secret store instead of inlining it in YAML',
  }),
  defineDetector({
    id: 'spring-bind-failure-secret',
    name: 'Secret in a Spring Boot bind failure report',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    // Spring Boot's failure analysis (`APPLICATION FAILED TO START` … `Failed to bind properties under '…'`, 1.x
    // `Binding to target … failed:`) lists each property it could not bind and its value on the next line:
    // `Property: spring.datasource.password` then `Value: "…"` (quoted since 2.x) then `Origin:`/`Reason:`.
    keywords: ['failed to bind propert', 'binding to target'],
    span: 4000,
    pattern: new RegExp(String.raw`Property:[ \t]{0,8}` + KEY + String.raw`[ \t]*\r?\n[ \t]{0,32}Value:[ \t]{0,8}(?:"(?<v>[^"\r\n]{1,1024})"|(?<w>[^"\s][^\r\n]{0,1023}))`, 'i'),
    mask: 'full',
    validate: underSecretKey,
    remediation: 'Rotate this secret and bind it from a secret store; failure analysis reports print bound values',
  }),
  defineDetector({
    id: 'xml-secret-element-multiline',
    name: 'Secret in an XML element (value on its own line)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: endings('>'),
    span: 700,
    pattern: /<(?<k>[A-Za-z_][\w.:-]{0,63})>[ \t]*\r?\n\s{0,64}(?<v>[^<>\s][^<>\r\n]{0,511}?)\s{0,64}<\/\k<k>>/,
    mask: 'full',
    validate: underSecretKey,
    remediation: 'Change this secret and keep it out of XML payloads and config files that are logged',
  }),
];
