import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretValueOk } from '../secret-value';
import { prosePasswordLike } from './prose-passwords';

/**
 * Round r34 (blind set 34: security operations and incident response): credentials as offensive
 * and forensic tools print them, and as attackers type them into Windows and Linux commands —
 * mimikatz `sekurlsa::logonpasswords` hashes, secretsdump Kerberos keys, Kerberoast/AS-REP roast
 * hashes (hashcat format), `LM:NT` pairs with the empty LM hash, Metasploit `creds` rows, impacket
 * `DOMAIN/user:password` targets, `net user x y /add`, `cmdkey /pass:`, `schtasks /rp`, Winlogon
 * `DefaultPassword`, `sshpass -p` and auditd EXECVE argv.
 *
 * Convention: unsalted password-equivalent hashes (NT hash, mimikatz's SHA1 of the password, Kerberos
 * keys, roastable tickets) are credentials — they log in (pass-the-hash, pass-the-key, offline crack of
 * a fast hash); salted crypt hashes (`$2b$`, `$6$`, `$1$`) stay look-alikes, as before.
 */

/** A quoted or bare command-line argument as groups `v` (single quotes), `w` (double quotes) and `u` (bare). */
const ARG = String.raw`(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})"|(?<u>[^\s'"|;&<>]{1,128}))`;

/** A typed password: 4+ characters, no switch or prompt (`*`), not a reference or placeholder. */
const typed = (v: string): boolean => v.length >= 4 && !/^[-/*]/.test(v) && secretValueOk('password', v);

/** Not one character repeated (`0000…`, `ffff…`). */
const notRun = (v: string): boolean => !/^(.)\1+$/.test(v);

export const OFFSEC_R34_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'mimikatz-credential-hash',
    name: 'NTLM or SHA1 password hash in mimikatz output (`NTLM     : …` in msv blocks, `Hash NTLM: …`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['* ntlm', '* sha1', 'hash ntlm', '* lm '],
    pattern: /(?:\*[ \t]{1,3}(?:NTLM|SHA1|LM)|Hash NTLM)[ \t]{0,12}:[ \t]{0,4}(?<v>[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9a-fA-F])/,
    mask: 'full',
    // The hashes of the empty password are public constants.
    validate: (v) => notRun(v) && !/^(?:31d6cfe0d16ae931b73c59d7e0c089c0|aad3b435b51404eeaad3b435b51404ee|da39a3ee5e6b4b0d3255bfef95601890afd80709)$/i.test(v),
    remediation: "Treat the account as compromised: reset its password and look for pass-the-hash from the dumped host",
  }),
  defineDetector({
    id: 'kerberos-long-term-key',
    name: 'Kerberos long-term key in secretsdump or mimikatz output (`:aes256-cts-hmac-sha1-96:…`, `aes256_hmac (4096) : …`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['-cts-hmac-', 'des-cbc-md5', '_hmac '],
    pattern: /(?::(?:aes256-cts-hmac-sha1-96|aes128-cts-hmac-sha1-96|des-cbc-md5):|(?:aes256_hmac|aes128_hmac|des_cbc_md5)[ \t]{1,12}(?:\(\d{1,6}\)[ \t]{0,4})?:[ \t]{0,4})(?<v>[0-9a-fA-F]{64}|[0-9a-fA-F]{32}|[0-9a-fA-F]{16})(?![0-9a-fA-F])/,
    mask: 'full',
    validate: notRun,
    remediation: 'Reset the account (krbtgt twice) so the dumped Kerberos keys stop working',
  }),
  defineDetector({
    id: 'kerberos-roast-hash',
    name: 'Kerberoast or AS-REP roast hash in hashcat/John format (`krb5tgs` and `krb5asrep` hashes, etype 23, 17 or 18)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['$krb5tgs$', '$krb5asrep$'],
    // `$krb5tgs$23$*user$REALM$spn*$<checksum>$<edata2>`, `$krb5asrep$23$user@REALM:<checksum>$<edata2>`: the last field is long hex.
    pattern: /(?<v>\$krb5(?:tgs|asrep)\$(?:23|17|18)\$(?:[^\s$]{1,300}\$){1,4}[0-9a-fA-F]{64,20000})(?![0-9a-fA-F])/,
    mask: 'full',
    remediation: "Rotate the service account's password to a long random one (or use a gMSA); the ticket can be cracked offline",
  }),
  defineDetector({
    id: 'nt-hash-after-empty-lm',
    name: 'NT hash after the empty LM hash (`aad3b435b51404eeaad3b435b51404ee:<NT>`): pass-the-hash material',
    category: 'credential',
    severity: 'critical',
    priority: 59,
    confidence: 0.9,
    keywords: ['aad3b435b51404ee'],
    pattern: /aad3b435b51404eeaad3b435b51404ee:(?<v>[0-9a-fA-F]{32})(?![0-9a-fA-F])/i,
    mask: 'full',
    validate: (v) => notRun(v) && v.toLowerCase() !== '31d6cfe0d16ae931b73c59d7e0c089c0',
    remediation: 'Treat the account as compromised: reset its password and look for pass-the-hash',
  }),
  defineDetector({
    id: 'metasploit-creds-password',
    name: 'Password in a Metasploit `creds` table row (private_type Password)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['/tcp (', '/udp ('],
    pattern: /(?<!\S)\S{1,64} {1,30}\d{1,5}\/(?:tcp|udp) \([\w.-]{1,30}\) {1,30}\S{1,64} {1,30}(?<v>\S{4,128}) {1,30}Password[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: typed,
    remediation: 'Change the passwords the engagement recovered and keep `creds` output out of tickets',
  }),
  defineDetector({
    id: 'impacket-target-password',
    name: 'Password in an impacket target argument (`GetUserSPNs.py DOMAIN/user:password@host`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['getuserspns', 'getnpusers', 'secretsdump', 'exec.py', 'mssqlclient', 'impacket-'],
    pattern: new RegExp(
      String.raw`(?:GetUserSPNs|GetNPUsers|secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|mssqlclient)(?:\.py)?\b[^\r\n|;]{0,200}?\s["']?[\w.-]{1,64}/[\w.$-]{1,64}:(?<v>[^\s@'"]{1,128})(?=@|\s|["']|$)`,
      'i',
    ),
    mask: 'full',
    validate: typed,
    remediation: "Change the account's password; pass impacket credentials with -k (ticket) or a prompt, not on the command line",
  }),
  defineDetector({
    id: 'net-user-password',
    name: 'Password in a Windows `net user <name> <password>` command',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['net user', 'net1 user'],
    pattern: new RegExp(String.raw`\bnet1?[ \t]user[ \t]+(?:"[^"\r\n]{1,64}"|[^\s"'/]{1,64})[ \t]+${ARG}`, 'i'),
    mask: 'full',
    validate: typed,
    remediation: "Reset the account's password; create accounts with a prompt (`*`) or a managed tool, not a password on the command line",
  }),
  defineDetector({
    id: 'windows-command-password-switch',
    name: 'Password in a Windows command switch (`cmdkey /pass:`, `schtasks /rp`, `reg add … /v DefaultPassword … /d`, `sc config … password=`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['cmdkey', 'schtasks', 'defaultpassword', 'sc config', 'sc.exe config'],
    pattern: new RegExp(
      String.raw`(?:\bcmdkey(?:\.exe)?\b[^\r\n|]{0,200}?/pass:|\bschtasks(?:\.exe)?\b[^\r\n|]{0,300}?\s/rp[ \t]+|\bDefaultPassword"?[^\r\n|]{0,60}?\s/d[ \t]+|\bsc(?:\.exe)?[ \t]+config\b[^\r\n|]{0,200}?\spassword=[ \t]?)${ARG}`,
      'i',
    ),
    mask: 'full',
    validate: typed,
    remediation: 'Change this password; store logon credentials with a prompt or a managed service account, never on the command line',
  }),
  defineDetector({
    id: 'chat-login-with-password',
    name: 'Password in incident chat: `logged in as <user> with <password>`, `rotated, new one is <password>`',
    category: 'credential',
    severity: 'high',
    // Below prose-secret-new-one (37), which judges the `new one is` phrase it also reads.
    priority: 36.5,
    confidence: 0.7,
    keywords: ['in as ', 'new one is', 'new one:'],
    pattern: /(?:\blog(?:ged|s|ging)?[ \t]?in[ \t]as[ \t]["'\x60]?[\w.@\\-]{1,64}["'\x60]?[ \t](?:with|using)[ \t](?:(?:the[ \t])?(?:password|pw)[ \t])?|\b(?:rotated|reset|changed)\b[^\r\n]{0,40}?\bnew one(?:[ \t]is|:)[ \t])["'\x60]?(?<v>[^\s"'\x60<>,]{6,128})/i,
    mask: 'full',
    validate: (v) => prosePasswordLike(v.replace(/[.;:!?)]+$/, '')) && /\d|[^\w-]/.test(v),
    remediation: 'Change this password and keep credentials out of incident channels (share a vault link)',
  }),
  defineDetector({
    id: 'sshpass-argv-password',
    name: 'Password after `-p` of `sshpass` or a MySQL client in auditd EXECVE argv (`a1="-p" a2="…"`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    // Plain `sshpass -p …` and `mysql -p…` command lines are cli-password-flag's.
    keywords: ['a0="sshpass', 'a0="mysql', 'a0="mariadb'],
    pattern: new RegExp(
      String.raw`(?:\ba0="(?:sshpass|mysql|mysqldump|mysqladmin|mariadb)"[^\r\n]{0,300}? a\d{1,2}="(?:-p|--password)" a\d{1,2}=)${ARG}`,
    ),
    mask: 'full',
    validate: typed,
    remediation: 'Change this password; use key-based SSH or an option file instead of passwords in argv',
  }),
];
