import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { isLowEntropy } from '../validators';
import { literalSecret } from './call-secrets';

/**
 * Round np (Nosey Parker's public rule examples): passwords in shapes the assignment and prose rules do not read —
 * psexec's `-p`, .NET `DirectoryEntry(path, user, pass)` and Gmail app passwords in `NetworkCredential`,
 * PHP `$password = "…";` (also inside an escaped string), bare `user = …` / `password = …` line pairs,
 * quoted values in "the (default) password (for user 'x') is '…'", `REACT_APP_…_PASSWORD` (shipped in the
 * browser bundle), and PEM private keys built by string concatenation.
 */

/** Words that follow "the password is" without being one (`is 'incorrect'`, `is "required"`). */
const NOT_A_PASSWORD = /^(?:incorrect|invalid|wrong|required|empty|expired|correct|missing|blank|hidden|changed|optional|unset|none|null|nil|undefined|true|false|set|ok|valid|too\s.*|not\s.*|the\s.*|your\s.*|a\s.*)$/i;

/** A password word written in code or prose: not a reference, placeholder, mask or run of one character. */
function plainPassword(v: string, min = 4): boolean {
  if (v.length < min || v.length > 128 || NOT_A_PASSWORD.test(v)) return false;
  if (isVariableReference(v) || /^[$%@{<]|^\*+$|^#+$|%$/.test(v)) return false;
  return !isPlaceholder(v) && !isLowEntropy(v);
}

/** A literal word of code that is no value: keywords, types, an all-caps constant name. */
const CODE_WORD = /^(?:null|nil|none|true|false|array|new|undefined|getenv|env|self|this|[A-Z][A-Z0-9_]*)$/;

export const CREDENTIAL_NP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'psexec-password',
    name: 'Password on a PsExec command line',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['psexec'],
    // `psexec \\host -u DOMAIN\admin -p <password> cmd`, `PsExec.exe @hosts.txt -u x -p "…"`.
    pattern: /psexec(?:64)?(?:\.exe)?\b[^\r\n]{0,200}?\s-u\s{1,3}\S{1,100}\s{1,3}-p\s{1,3}(?:"(?<v>[^"\r\n]{1,128})"|(?<w>[^\s"]{1,128}))/i,
    mask: 'full',
    validate: (v) => plainPassword(v, 4) && !/^-/.test(v),
    remediation: 'Change this password and run PsExec under a prompt or a credential store, not argv',
  }),
  defineDetector({
    id: 'directory-entry-password',
    name: 'Password passed to .NET `DirectoryEntry(path, user, password)`',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['directoryentry('],
    span: 400,
    // `new DirectoryEntry("LDAP://dc", "CORP\\svc", "…")`, PowerShell `New-Object DirectoryServices.DirectoryEntry(…)`.
    pattern: /DirectoryEntry\(\s{0,40}"[^"\r\n]{1,200}"\s{0,40},\s{0,40}"[^"\r\n]{1,120}"\s{0,40},\s{0,40}"(?<v>[^"\r\n]{4,128})"/,
    mask: 'full',
    validate: (v) => plainPassword(v, 6),
    remediation: 'Change this directory account\'s password and bind with the process identity or a secret store',
  }),
  defineDetector({
    id: 'network-credential-app-password',
    name: 'Gmail / Google app password in a .NET `NetworkCredential`',
    category: 'credential',
    severity: 'high',
    priority: 56,
    keywords: ['networkcredential('],
    // `new NetworkCredential("me@gmail.com", "abcdefghijklmnop")`: 16 lower-case letters (or four groups of four) are a Google app password.
    pattern: /NetworkCredential\(\s{0,8}"[^"\s@]{1,64}@[^"\s]{1,100}"\s{0,8},\s{0,8}"(?<v>[a-z]{16}|[a-z]{4}(?: [a-z]{4}){3})"/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/ /g, '')) && new Set(v.replace(/ /g, '')).size >= 9,
    remediation: 'Revoke this app password (Google Account > Security > App passwords) and use OAuth for SMTP',
  }),
  defineDetector({
    id: 'php-variable-password',
    name: 'Password assigned to a PHP variable',
    category: 'credential',
    severity: 'high',
    priority: 42,
    keywords: ['$pass', '$db_pass', '$dbpass', '$pwd', '$db_pwd'],
    // `$password = "…";`, `$dbpass = '…';`, inside an escaped string `$password = \"…\";`, a bare word `$pass = word;`.
    pattern: /\$(?:db_?)?(?:password|passwd|pass|pwd)\s{0,3}=\s{0,3}(?:\\{0,3}"(?<v>[^"\\\r\n]{4,128})\\{0,3}"|'(?<w>[^'\\\r\n]{4,128})'|(?<u>[a-z][a-z0-9_]{3,63}))\s{0,3};/i,
    mask: 'full',
    validate: (v) => plainPassword(v, 6) && !CODE_WORD.test(v) && !/^\w+\(/.test(v),
    remediation: 'Change this password and read it from the environment or a secret store',
  }),
  defineDetector({
    id: 'bare-user-password-pair',
    name: 'Password in a bare `user = …` / `password = …` pair',
    category: 'credential',
    severity: 'high',
    priority: 41,
    keywords: ['password', 'passwd'],
    span: 64,
    // An INI-like block: `user = alice` then, within three comment lines, `password = open_sesame` (no quotes, one word).
    pattern: /(?<![^\n])[ \t]{0,8}(?:user|username|login)[ \t]{0,3}[=:][ \t]{0,3}[^\s'"=]{1,64}[ \t]*\r?\n(?:[ \t]{0,8}(?:#|\/\/|;)[^\r\n]{0,200}\r?\n){0,3}[ \t]{0,8}(?:password|passwd)[ \t]{0,3}[=:][ \t]{0,3}(?<v>[^\s'"]{6,128})[ \t]*(?![^\r\n])/,
    spanBack: 4,
    mask: 'full',
    validate: (v) => plainPassword(v, 6) && !CODE_WORD.test(v) && !/[()[\]{}]/.test(v),
    remediation: 'Change this password and keep credentials out of config files and logs',
  }),
  defineDetector({
    id: 'prose-quoted-password',
    name: 'Password quoted in a sentence ("the default password is \'…\'")',
    category: 'credential',
    severity: 'high',
    priority: 39,
    keywords: ['password is', 'password for'],
    // `The default password is 'X'`, `ensure the password is "X"`, `the password for user 'postgres' is 'X'`.
    pattern: /\bthe[ \t](?:default[ \t]|initial[ \t]|admin[ \t])?password[ \t](?:for[ \t](?:the[ \t])?(?:user|username|account)[ \t](?<q>["'])[^"'\r\n]{2,40}\k<q>[ \t])?is[ \t](?:["'](?<v>[^"'\r\n\s]{4,60})["']|“(?<w>[^”\r\n\s]{4,60})”)/i,
    mask: 'full',
    validate: (v) => plainPassword(v, 4),
    remediation: 'Change this password and stop publishing it in docs and messages',
  }),
  defineDetector({
    id: 'react-app-password-env',
    name: 'Password in a `REACT_APP_…PASS…` variable (built into the browser bundle)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    keywords: ['react_app_'],
    // `REACT_APP_AUTH_PASSWORD=…`, `# REACT_APP_PASS=…`: Create React App inlines every REACT_APP_ value into the public JS.
    pattern: /\bREACT_APP(?:_[A-Z0-9]+)*_PASS(?:WORD)?[ \t]{0,3}=[ \t]{0,3}["']?(?<v>[^\s'"$]{6,128})/,
    mask: 'full',
    validate: (v) => plainPassword(v, 6) && !/^(?:https?:|\/)/.test(v),
    remediation: 'Change this password: React app variables are public; authenticate on a backend instead',
  }),
  defineDetector({
    id: 'private-key-concatenated',
    name: 'PEM private key built by string concatenation',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    keywords: ['key-----"', "key-----'", 'key-----\\n"', "key-----\\n'"],
    span: 8000,
    // `"-----BEGIN RSA PRIVATE KEY-----" +\n"MIIE…" +\n…"-----END RSA PRIVATE KEY-----"` (Java, C#, JS, Python adjacent literals).
    pattern: /-----BEGIN (?:[A-Z0-9]+ ){0,2}PRIVATE KEY-----(?<v>(?:\\[rn]|["'][ \t]{0,8}(?:[+&.][ \t]{0,8})?(?:\r?\n[ \t]{0,24}(?:[+&.][ \t]{0,8})?)?["']|[A-Za-z0-9+/=]){50,12000}?)-----END (?:[A-Z0-9]+ ){0,2}PRIVATE KEY-----/,
    mask: 'prefix',
    validate: (v) => /["']/.test(v) && (v.match(/[A-Za-z0-9+/]/g)?.length ?? 0) >= 100 && literalSecret(v.replace(/[^A-Za-z0-9+/]/g, '').slice(0, 64)),
    remediation: 'Revoke this key pair and load the private key from a key store, not the source',
  }),
];
