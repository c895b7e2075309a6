import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isStoredPasswordHash, secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';

/**
 * Secrets of directories and Kerberos as admins paste them: LDIF base64 (`::`) values, secretsdump
 * NT hashes, passwords piped to tools that read them from stdin, `klist -K` keys, keytabs in base64
 * or as a hex dump.
 */

/** The longest LDIF base64 value decoded. */
const MAX_LDIF = 4096;

/** Text decoded from LDIF base64 (UTF-16LE for `unicodePwd`, its surrounding quotes dropped), or null when not printable. */
function ldifText(attr: string, v: string): string | null {
  if (v.length > MAX_LDIF) return null;
  const buf = Buffer.from(v, 'base64');
  let s = /^unicodepwd$/i.test(attr) ? buf.toString('utf16le').replace(/^"([^]*)"$/, '$1') : buf.toString('utf8');
  s = s.trim();
  return s.length > 0 && !s.includes('\ufffd') && printable(s) ? s : null;
}

/** True when `s` holds no control character but tab, line feed and carriage return. */
function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** An LDIF `userPassword::`/`unicodePwd::` value that decodes to a cleartext password (a stored `{SSHA}`/crypt hash is none). */
function ldifPassword(v: string, ctx: MatchContext): boolean {
  const s = ldifText(ctx.key ?? '', v);
  return s !== null && !isStoredPasswordHash(s) && !/^\{[A-Z0-9-]{2,20}\}/.test(s) && !isPlaceholder(s) && s.length >= 4;
}

/** An LDIF base64 value of a personal attribute that decodes to text with a letter or digit (a phone needs 6 digits). */
function ldifPersonal(v: string, ctx: MatchContext): boolean {
  const s = ldifText(ctx.key ?? '', v);
  if (s === null) return false;
  return /phone|mobile|fax|pager/i.test(ctx.key ?? '') ? (s.match(/\d/g) ?? []).length >= 6 : /[A-Za-z\d]/.test(s) && s.length >= 6;
}

/** The key bytes of a keytab: 05 02, then entries (the check reads the first entry's size only). */
function keytabBase64(v: string): boolean {
  const buf = Buffer.from(v, 'base64');
  if (buf.length < 24 || buf[0] !== 5 || buf[1] !== 2) return false;
  const size = buf.readInt32BE(2);
  return size > 16 && size <= 4096;
}

/** A value as echo/printf writes it: single- or double-quoted, or bare. */
const PIPED = String.raw`(?:'[^'\r\n]{3,256}'|"[^"\r\n]{3,256}"|[^\s"'|;]{3,256})`;

/** Tools that read a password from stdin: kinit, `sudo -S`, `passwd --stdin`, openconnect, `smbpasswd -s`. */
const STDIN_TOOL = String.raw`(?:sudo\s{1,3}(?:-\w+\s{1,3}){0,3})?(?:[\w./-]{0,64}\/)?(?:kinit\b|sudo\s{1,3}(?:-\w\s{1,3})*-S\b|passwd\b[^|\r\n]{0,80}--stdin|[^|\r\n]{0,200}--passwd-on-stdin|smbpasswd\b[^|\r\n]{0,80}\s-s\b)`;

/** A password given on stdin: a value, not a variable or placeholder. */
const stdinPassword = (v: string): boolean => secretValueOk('password', v);

/** LDIF base64 values, NT hashes, Kerberos passwords, keys and keytabs. */
export const DIRECTORY_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'ldif-base64-password',
    name: 'Cleartext password in an LDIF base64 value (userPassword::, unicodePwd::)',
    category: 'credential',
    severity: 'critical',
    priority: 58,
    keywords: ['password::', 'password;binary::', 'unicodepwd::', 'userpassword:: '],
    // `userPassword:: U3ByaW5n…` (base64 of the password), `unicodePwd:: IgBQ…` (UTF-16LE of `"password"`); a
    // base64 `{SSHA}…` is the stored hash, not the password.
    pattern: /(?<![^\n])(?<k>userPassword|unicodePwd|sambaClearPassword|clearPassword|[A-Za-z]{0,20}Password)(?:;[\w-]{1,20})?::[ \t]{0,3}(?<v>[A-Za-z0-9+/]{4,4096}={0,2})[ \t]*(?![^\r\n])/,
    mask: 'full',
    validate: ldifPassword,
    remediation: 'Reset this password and export LDIF without password attributes (ldapsearch … -- "*" "!userPassword")',
  }),
  defineDetector({
    id: 'ldif-base64-personal',
    name: 'Personal attribute in an LDIF base64 value (homePostalAddress::, mobile::)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    keywords: ['address::', 'street::', 'phone::', 'mobile::', 'number::', 'birthdate::', 'dateofbirth::', 'pager::'],
    // LDIF writes a value in base64 when it holds a line break or a non-ASCII character: addresses (`$` or `\n`
    // between lines), phones with a leading space, names with accents. The attribute says what it is.
    pattern: /(?<![^\n])(?<k>homePostalAddress|postalAddress|registeredAddress|street|streetAddress|homePhone|mobile|telephoneNumber|pager|facsimileTelephoneNumber|birthDate|dateOfBirth)(?:;[\w-]{1,20})?::[ \t]{0,3}(?<v>[A-Za-z0-9+/]{8,4096}={0,2})[ \t]*(?![^\r\n])/,
    mask: 'full',
    validate: ldifPersonal,
    remediation: 'Export directory entries without personal attributes, or redact them before attaching the LDIF',
  }),
  defineDetector({
    id: 'secretsdump-nt-hash',
    name: 'NT hash in a secretsdump/pwdump line (user:RID:LM:NT:::)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    keywords: [':::'],
    // Impacket secretsdump, pwdump, Mimikatz lsadump: `DOMAIN\user:1103:aad3b435…:<NT hash>:::` (pass-the-hash material).
    pattern: /(?<![^\n])[ \t]*[^\s:]{1,128}:\d{1,10}:[0-9a-fA-F]{32}:(?<v>[0-9a-fA-F]{32}):::/,
    mask: 'full',
    // The NT hash of the empty password is a public constant.
    validate: (v) => v.toLowerCase() !== '31d6cfe0d16ae931b73c59d7e0c089c0',
    remediation: 'Treat every account in this dump as compromised: reset the passwords (krbtgt twice) and investigate the dump',
  }),
  defineDetector({
    id: 'password-stdin-pipe',
    name: 'Password piped to a tool that reads it from stdin (kinit, sudo -S, passwd --stdin)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['kinit', 'sudo -s', '--stdin', 'passwd-on-stdin', 'smbpasswd'],
    // `echo 'pw' | kinit user@REALM`, `printf '%s\n' pw | sudo -S …`, `echo pw | passwd --stdin user`,
    // `kinit user <<< 'pw'`; openconnect `--passwd-on-stdin`, `smbpasswd -s`.
    pattern: new RegExp(
      String.raw`(?:\b(?:echo|printf)\s{1,3}(?:-[neE]{1,2}\s{1,3})?(?:'%s(?:\\n)?'\s{1,3}|"%s(?:\\n)?"\s{1,3})?(?=${PIPED}\s{0,3}\|\s{0,3}${STDIN_TOOL})|\bkinit\b[^\r\n|;<]{0,200}<<<\s{0,3})` +
        String.raw`(?:'(?<v>[^'\r\n]{3,256})'|"(?<w>[^"\r\n]{3,256})"|(?<u>[^\s"'|;]{3,256}))`,
    ),
    mask: 'full',
    validate: stdinPassword,
    remediation: 'Change this password and use a keytab or a credential helper instead of echoing it into the command',
  }),
  defineDetector({
    id: 'expect-sent-password',
    name: 'Password sent by an Expect script (exp_internal / expect -d debug output)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    keywords: ['send: sending "'],
    span: 600,
    spanBack: 8,
    // `spawn kinit …` / `ssh …`, a `Password for …:` / `passphrase:` prompt, then `send: sending "<pw>\r" to { exp4 }`.
    pattern: /(?:assword|assphrase|PIN)[^\r\n]{0,200}\r?\n(?:[^\r\n]{0,400}\r?\n){0,8}?send: sending "(?<v>(?:[^"\\\r\n]|\\[^rn]){1,256}?)(?:\\r|\\n){0,2}" to \{ ?exp\d{1,4} ?\}/,
    mask: 'full',
    validate: stdinPassword,
    remediation: 'Change this password, turn off exp_internal/expect -d where output is kept, and use a keytab or key instead of a scripted password',
  }),
  defineDetector({
    id: 'kerberos-key-hex',
    name: 'Kerberos key printed by klist -K / ktutil',
    category: 'credential',
    severity: 'critical',
    priority: 58,
    keywords: ['-cts-hmac-', 'rc4-hmac', 'arcfour-hmac', 'des3-cbc', 'des-cbc-', 'camellia'],
    // `klist -k -t -K -e`: `… (aes256-cts-hmac-sha1-96)  (0x<key>)`; Heimdal/ktutil list with keys: the etype then the hex key.
    // Traces' abbreviated keys (`{18/4D07}`) are too short to match.
    pattern: /\((?:aes|rc4|arcfour|des3?|camellia)[\w-]{2,40}\)\s{1,4}\(0x(?<v>[0-9a-fA-F]{16,256})\)|(?<![\w-])(?:aes|rc4|arcfour|des3?|camellia)[\w-]{2,40}\s{1,8}(?:0x)?(?<w>[0-9a-fA-F]{32,256})(?![\w-])/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Rotate this principal\'s keys (kadmin cpw -randkey / reset the AD account) and do not run klist -K where output is logged',
  }),
  defineDetector({
    id: 'keytab-base64',
    name: 'Kerberos keytab in base64',
    category: 'credential',
    severity: 'critical',
    priority: 58,
    keywords: ['bqiaaa'],
    // A keytab file starts with 05 02 and an entry size: `BQIAAA…` (Kubernetes secrets, CI variables, Vault fields).
    pattern: /(?<![A-Za-z0-9+/])(?<v>BQIAAA[A-Za-z0-9+/]{30,65536}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    validate: keytabBase64,
    remediation: 'Rotate the keys of every principal in this keytab and deliver keytabs through a secret store mount, not a variable',
  }),
  defineDetector({
    id: 'keytab-hexdump',
    name: 'Kerberos keytab in a hex dump (xxd, hexdump -C)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    keywords: ['0502 0000', '05 02 00 00'],
    span: 6000,
    // `xxd /etc/krb5.keytab`: `00000000: 0502 0000 0052 …`; the dump is redacted from its second line (the first
    // holds the header and the realm's start; the keys follow the principal).
    pattern: /(?<![^\n])0{7,8}:?[ \t]{1,2}(?:0502 0000|05 02 00 00)[^\r\n]*\r?\n(?<v>(?:[0-9a-f]{7,8}:?[ \t][^\r\n]*(?:\r?\n|$)){1,256})/,
    mask: 'full',
    placeholders: false,
    remediation: 'Rotate the keys of every principal in this keytab and never dump keytabs into tickets or logs',
  }),
];
