import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { vendorKeyValue } from '../vendor-keys';
import { isVariableReference } from '../references';
import { firstOf } from '../match-starts';
import { isLowEntropy } from '../validators';
import { foreignPasswordKey } from './foreign-key-names';

/** A secret's value under a key the key-name rules call secret (see key-names.ts). */
function secretUnder(key: string | undefined, v: string): boolean {
  return key !== undefined && (secretKeyKind(key) !== null || foreignPasswordKey(key)) && v.length >= 6 && !/^\d{1,8}$/.test(v) && !isLowEntropy(v) && !/^[%{<]/.test(v) && !isVariableReference(v); // `$Xk9…` is a password, `$NAME` a reference
}

/** Secrets in forms other than `key = value`: XML elements, name/value pairs, command-line flags. */
export const FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'xml-secret-element',
    name: 'Secret in an XML element',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    // Every element name secretKeyKind accepts holds one of these (`<auth>`, `<db_pw>`, `<dbLogin>`,
    // `<requestSig>`, `<creds>`, `<apiKeys>`); lines without `<` are ruled out by its start finder.
    // Other languages' password elements too (`<senha>`, `<Passwort>`, `<contraseña>`), and a value in CDATA (`<senha><![CDATA[…]]></senha>`).
    keywords: ['pass', 'pw', 'secret', 'token', 'auth', 'cred', 'login', 'sig', 'key', 'senha', 'contrase', 'kennwort', 'wachtwoord', 'haslo', 'mot_de_passe'],
    pattern: /<(?<k>[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F.:-]{0,63})>(?:<!\[CDATA\[(?<w>[^\]\r\n]{1,512})\]\]>|(?<v>[^<>\r\n]{1,512}))<\/\k<k>>/,
    starts: firstOf('<'),
    mask: 'full',
    // Round r64: an XML-DSig `SignatureValue`/`DigestValue` (a SAML message's signature and digest) is public, not a secret.
    validate: (v, ctx: MatchContext) => !/^(?:\w{1,10}:)?(?:SignatureValue|DigestValue)$/.test(ctx.key ?? '') && secretUnder(ctx.key, v.trim()),
    remediation: 'Change this secret and keep it out of XML payloads and config files that are logged',
  }),
  defineDetector({
    id: 'name-value-secret',
    name: 'Secret in a name/value pair',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['value'],
    // Kubernetes env entries and similar: `name: DB_PASSWORD, value: "…"`, `{"Name":"API_TOKEN","Value":"…"}`,
    // .NET and NuGet settings: `<add key="ClearTextPassword" value="…" />`.
    // A parameter path names it too (SSM `{"name":"/prod/db/password","type":"SecureString","value":"…"}`, up to two fields between).
    pattern: /["']?(?:name|key)["']?\s{0,3}[:=]\s{0,3}["']?(?<k>[A-Za-z_/][\w./-]{0,127})["']?\s{0,3}[,;]?\s{0,3}(?:"[A-Za-z]\w{0,20}"\s{0,3}:\s{0,3}(?:"[^"\r\n]{0,60}"|\w{1,10})\s{0,3},\s{0,3}){0,2}["']?value["']?\s{0,3}[:=]\s{0,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s,;}\]"']{1,512}))/i,
    mask: 'full',
    validate: (v, ctx) => secretUnder(ctx.key, v) || vendorKeyValue(ctx.key, v, ctx),
    remediation: 'Move this value to a secret reference (valueFrom.secretKeyRef) and rotate it',
  }),
  defineDetector({
    id: 'cli-password-flag',
    name: 'Password on a command line',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['mysql', 'mariadb', 'redis-cli', 'sshpass', 'psql'],
    // `-pSECRET`, `-p'S3cr.et'`, `-p"…"` (quoted: the quotes are no part of it); mysqladmin, mysqlimport, mariadb-dump… too.
    pattern: /\b(?:(?:mysql(?:dump|admin|import|check|pump|sh|binlog)?|mariadb(?:-[a-z]{2,10})?)\b[^\r\n|;]{0,200}?\s-p(?:(?<v>[^\s'"-][^\s'"]{3,127})|(?<q>['"])(?<u>[^'"\r\n]{4,128})\k<q>)|(?:redis-cli\b[^\r\n|;]{0,200}?\s-a|sshpass\s-p)\s{1,3}["']?(?<w>[^\s'"]{4,128}))/,
    mask: 'full',
    placeholders: true,
    validate: (v) => !v.startsWith('$'),
    remediation: 'Change this password and pass it through an option file or environment variable, not argv',
  }),
  defineDetector({
    id: 'cli-login-password',
    name: 'Password on a login command line',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['login', 'password'],
    // `docker login -u x -p VALUE`, `helm registry login --password=VALUE`, `podman login … -p VALUE`, `az login --service-principal -u … -p VALUE`.
    pattern: /\b(?:docker|podman|buildah|skopeo|helm(?:\s+registry)?|oras|crane|nerdctl|cf|oc|az(?:\s+acr)?)\s+(?:auth\s+)?login\b[^\r\n|;]{0,200}?\s(?:-p|--password)(?:=|\s{1,3})["']?(?<v>[^\s'"]{4,256})/,
    mask: 'full',
    placeholders: true,
    validate: (v) => !isVariableReference(v) && !v.startsWith('-'), // `-p '$Xk9…'` is a password, `-p $PASS` a reference
    remediation: 'Change this password and use --password-stdin or a credential helper, not argv',
  }),
  defineDetector({
    id: 'netrc-password',
    name: 'Password in a .netrc entry',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['password'],
    // `machine host login user password VALUE` on one line or the `password VALUE` line of an entry.
    pattern: /(?:\bmachine\s+\S+\s+(?:login\s+\S+\s+)?|^[ \t]+|\blogin\s+\S+\s+)password[ \t]+(?<v>[^\s'"]{4,256})/m,
    mask: 'full',
    placeholders: true,
    validate: (v, ctx) => !v.startsWith('$') && /\bmachine\s|^\s+(?:login|password)\s/m.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start)) && !isLowEntropy(v),
    remediation: 'Change this password and keep .netrc files out of logs and images',
  }),
];
