import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { abaValid, isLowEntropy, isPlainWord } from '../validators';
import { LEGACY_R71_RECORD_DETECTORS } from './legacy-r71-records';
import { LEGACY_R71_X12_DETECTORS } from './legacy-r71-x12';

/**
 * Round r71 (blind set 71: legacy enterprise integration as its failures reach an alert). The classes:
 * - mainframe FTP credentials: a z/OS NETRC line in capitals (`MACHINE h LOGIN u PASSWORD p`) and the client's echo
 *   of the command it sent (`>>> PASS p`, `---> PASS p`);
 * - Connect:Direct node credentials (`SNODEID=(user,password[,new])`, `PNODEID=(…)`);
 * - Apache Camel endpoint options written raw (`password=RAW(…)`, `privateKeyPassphrase=RAW(…)`);
 * - ASP.NET `<machineKey validationKey="<hex>" decryptionKey="<hex>">`;
 * - a secret a shell trace echoes into the next command's stdin (`+ echo 'p'` / `+ printf '%s\n' 'p'` before
 *   `+ kinit`, `+ amqsputc`, `+ runmqsc`);
 * - database CLIs: Sybase `isql -P p`, DB2 CLP `connect to db user u using p`, SQL Server
 *   braced passwords with an escaped brace (`password={a}}b}`), Oracle `mkstore -createCredential alias user p` and its wallet password on `stdin:`;
 * - a password on a JCL JOB card continuation (`//  USER=U,PASSWORD=P`) or after `RACF PASSWORD`, and the card's programmer name;
 * - an EBICS subscriber's password or keyring passphrase on a line that names EBICS;
 * - ACH origination JSON fields (`immediateOrigin`, `originatingDfi`/`receivingDfi`, `settlementAccount`, `offsetAccount`,
 *   `originatingAccount`/`receivingAccount`);
 * - X12 segments other rules miss (legacy-r71-x12.ts): N3 street lines, PER phone numbers, ENT `34` (SSN) ids, the
 *   pipe-separated interchange's NM1/DMG/REF elements, a 999's IK4 copy of a bad DMG/REF/NM1 value, and Stedi-style guide
 *   JSON keys (`member_last_name_03`, `residence_address_line_01`, `member_birth_date_02`);
 * - records (legacy-r71-records.ts): EDIFACT NAD person names and streets, NACHA `individualName`, a Mexican CLABE near
 *   SPEI and its beneficiary, positive-pay issue records, escaped XML password and name elements.
 * Left alone on purpose: a PuTTY key file's header, public lines and MAC (putty-private-key redacts the private lines; set 11
 * keeps the public lines and MAC readable on purpose), names in fixed-width and positive-pay records and COBOL DISPLAY dumps (no key, no delimiter a
 * general rule could read without flagging every padded column), card numbers glued to a record's other digits
 * (`D0942362429578214592812`: no boundary), the user/password line of a JCL in-stream FTP script (no key at all).
 */

/** A secret-looking value: not a word, not one character class run short, not low in entropy. */
const secretish = (v: string): boolean => v.length >= 4 && !isPlainWord(v) && !isLowEntropy(v) && (/\d/.test(v) || /[^A-Za-z0-9]/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v)));

export const LEGACY_R71_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'netrc-uppercase-password',
    name: 'NETRC line written in capitals (z/OS `MACHINE h LOGIN u PASSWORD p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['machine'],
    precheck: { re: /\bPASSWORD\s/, reach: 260 },
    pattern: /\bMACHINE\s{1,4}[^\s]{1,100}\s{1,4}LOGIN\s{1,4}[^\s]{1,64}\s{1,4}PASSWORD\s{1,4}(?<v>[^\s]{4,64})/,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the FTP password and keep the NETRC data set out of job output',
  }),
  defineDetector({
    id: 'ftp-client-pass-echo',
    name: 'FTP client echoing the PASS command it sent (`>>> PASS p`, `---> PASS p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['>>> pass ', '---> pass '],
    pattern: /(?:>>>|--->) PASS (?<v>[^\s]{4,64})/,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the FTP password and turn off the client trace that echoes commands',
  }),
  defineDetector({
    id: 'connect-direct-node-password',
    name: 'Connect:Direct node credentials (`SNODEID=(user,password)`, `PNODEID=(…)`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['snodeid', 'pnodeid'],
    pattern: /\b[SP]NODEID\s{0,2}=\s{0,2}\([^,()\s]{1,64},(?<v>[^,()\s]{1,64}(?:,[^,()\s]{1,64})?)\)/i,
    mask: 'full',
    validate: (v) => v.split(',').every(secretish),
    remediation: 'Rotate the node password and keep process text out of the logs (use a secure+ parameter file)',
  }),
  defineDetector({
    id: 'camel-raw-password',
    name: 'Apache Camel endpoint secret written raw (`password=RAW(…)`, `privateKeyPassphrase=RAW(…)`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['=raw('],
    pattern: /(?<![A-Za-z])(?:password|passphrase|privateKeyPassphrase|keyPassword|secret|accessKey|secretKey|token)=RAW\((?<v>[^)\s]{1,128})\)/i,
    mask: 'full',
    validate: (v) => v.length >= 4 && !/^\{\{|^\$\{/.test(v),
    remediation: 'Rotate the secret and resolve it from a vault property (`RAW({{sftp.password}})`) instead of the route',
  }),
  defineDetector({
    id: 'aspnet-machine-key-hex',
    name: 'ASP.NET machine key (`validationKey="<hex>"`, `decryptionKey="<hex>"`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['validationkey', 'decryptionkey'],
    pattern: /(?:validationKey|decryptionKey)\s{0,3}=\s{0,3}\\{0,2}["'](?<v>[0-9A-Fa-f]{32,256})\\{0,2}["']/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Generate new machine keys, keep them in protected configuration, and stop logging web.config',
  }),
  defineDetector({
    id: 'shell-trace-stdin-secret',
    name: "Secret a shell trace echoes into the next command's stdin (`+ echo 'p'` before `+ kinit`, `+ amqsputc`)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['+ kinit', '+ amqsputc', '+ amqsgetc', '+ amqsbcgc', '+ runmqsc', '+ sqlplus', '+ mkstore', '+ orapki', '+ openssl'],
    span: 200,
    spanBack: 1,
    pattern: /(?:^|\n)\+{1,3} (?:echo(?: -[ne]{1,2})?|printf '%s\\n') '(?<v>[^'\n]{4,128})'\r?\n\+{1,3} (?:kinit|amqsputc|amqsgetc|amqsbcgc|runmqsc|sqlplus|mkstore|orapki|openssl)\b/,
    mask: 'full',
    validate: (v) => secretish(v) && !/\s/.test(v),
    remediation: 'Rotate the password and stop tracing (set -x) the script that feeds it on stdin',
  }),
  defineDetector({
    id: 'isql-dash-p-password',
    name: 'Sybase CLI password flag (`isql -U sa -P p`; cli-password-argument reads bcp, osql and sqlcmd)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['isql'],
    precheck: { re: /\s-P ?[^\s-]/, reach: 160 },
    pattern: /\b(?:isql|dbisql)\b[^\n]{0,140}?\s-P ?(?<v>[^\s'"]{3,64})/,
    mask: 'full',
    validate: (v) => secretish(v) && !/^\$|^%/.test(v),
    remediation: 'Rotate the database password and pass it by a password file or prompt, not on the command line',
  }),
  defineDetector({
    id: 'db2-connect-using-password',
    name: 'DB2 CLP connect password (`connect to DB user u using p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['connect to'],
    precheck: { re: / using /i, reach: 200 },
    pattern: /\bconnect to \S{1,64} user \S{1,64} using (?<v>[^\s'";]{3,64})/i,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the DB2 password and connect without it on the command line (a prompt or a server-side credential)',
  }),
  defineDetector({
    id: 'mssql-braced-password',
    name: 'SQL Server connection password in braces with an escaped brace (`password={a;b}}c}`)',
    category: 'credential',
    severity: 'high',
    // Over odbc-braced-password (41), which stops at the first brace: this one only reads values with an escaped `}}`.
    priority: 42,
    confidence: 0.85,
    keywords: ['password={', 'pwd={', 'password = {', 'pwd = {'],
    pattern: /(?<![A-Za-z])(?:password|pwd)\s{0,2}=\s{0,2}\{(?<v>[^}\n]{0,128}\}\}(?:[^}\n]|\}\}){0,128})\}(?!\})/i,
    mask: 'full',
    // Its own placeholder checks: the shared ones read the escaped brace `}}` as a template's.
    placeholders: false,
    validate: (v) => !/^[{$<%]|\*{3}|^x{4,}$/i.test(v) && !isPlaceholder(v.replace(/\}\}/g, '}')) && !isLowEntropy(v),
    remediation: 'Rotate the database password and keep connection strings out of exception messages',
  }),
  defineDetector({
    id: 'oracle-mkstore-credential',
    name: 'Oracle mkstore credential password (`mkstore -wrl w -createCredential alias user p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['createcredential', 'modifycredential'],
    pattern: /-(?:create|modify)Credential\s{1,4}\S{1,128}\s{1,4}\S{1,64}\s{1,4}(?<v>[^\s'"]{4,128})/i,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the password and let mkstore prompt for it instead of passing it as an argument',
  }),
  defineDetector({
    id: 'wallet-password-on-stdin',
    name: 'Wallet password fed on stdin after an mkstore/orapki command (`stdin: p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['stdin:'],
    span: 200,
    spanBack: 2,
    pattern: /(?:mkstore|orapki|okcreate)\b[^\n]{0,300}\n(?:[^\n]{0,300}\n)?stdin: ?(?<v>[^\s'"]{6,128})/,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the wallet password and stop logging the task input that feeds it',
  }),
  defineDetector({
    id: 'jcl-job-card-password',
    name: 'Password on a JCL JOB card (`//  USER=U,PASSWORD=P`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['//'],
    lineStart: true,
    precheck: { re: /PASSWORD=/, reach: 80 },
    pattern: /(?:^|\n)\/\/[^\n]{0,70}?\bPASSWORD=(?<v>[A-Za-z0-9@#$]{1,8}(?:\/[A-Za-z0-9@#$]{1,8})?)(?![A-Za-z0-9@#$])/,
    mask: 'full',
    validate: (v) => secretish(v) && /\d/.test(v),
    remediation: 'Rotate the RACF password and submit jobs under a surrogate user or a PassTicket instead',
  }),
  defineDetector({
    id: 'ebics-subscriber-password',
    name: 'EBICS subscriber password or keyring passphrase on a line that names EBICS',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['ebics'],
    precheck: { re: /pass|kennwort|pin\b/i, reach: 160 },
    // EBICS earlier on the line (the pattern says so itself: the prefilter's keyword alone would not), checked after the key word.
    pattern: /(?:passphrase|password|passwort|kennwort|mot de passe|pin)(?<=ebics[^\n]{0,175})(?:\s{0,2}[:=]\s{0,3}|\s{1,3})(?<v>[^\s'"]{6,64})/i,
    mask: 'full',
    validate: (v) => secretish(v) && /\d/.test(v),
    remediation: "Rotate the EBICS keyring passphrase (new subscriber keys if it unlocked them) and stop logging the bank call",
  }),
  defineDetector({
    id: 'ach-json-routing-field',
    name: 'ACH routing number under an origination JSON field (`immediateOrigin`, `originatingDfi`, `receivingDfi`)',
    category: 'financial',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['immediateorigin', 'immediatedestination', 'originatingdfi', 'receivingdfi', 'odfirouting', 'rdfirouting'],
    pattern: /["']?(?:immediate_?(?:origin|destination)|originating_?dfi|receiving_?dfi|[or]dfi_?routing(?:_?number)?)["']?\s{0,3}[:=]\s{0,3}["']? ?(?<v>\d{9})(?!\d)/i,
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Log ACH files by batch id, not their routing and account fields',
  }),
  defineDetector({
    id: 'ach-json-account-field',
    name: 'Bank account under an ACH JSON field (`settlementAccount`, `offsetAccount`, `originatingAccount`, `receivingAccount`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['settlementaccount', 'offsetaccount', 'originatingaccount', 'receivingaccount', 'settlement_account', 'offset_account', 'originating_account', 'receiving_account'],
    pattern: /["']?(?:settlement|offset|originating|receiving)_?account(?:_?number)?["']?\s{0,3}[:=]\s{0,3}["']?(?<v>\d{4,17})(?!\d)/i,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v) && v.length >= 6,
    remediation: 'Log ACH files by batch id, not their routing and account fields',
  }),
  defineDetector({
    id: 'jcl-job-card-programmer-name',
    name: "Programmer name on a JCL JOB card (`//JOBNAME JOB (ACCT),'J WHITFIELD',CLASS=A`)",
    category: 'personal',
    severity: 'low',
    priority: 55,
    confidence: 0.7,
    keywords: ['//'],
    lineStart: true,
    precheck: { re: / JOB /, reach: 20 },
    pattern: /(?:^|\n)\/\/[A-Z@#$][A-Z0-9@#$]{0,7} {1,8}JOB {1,8}(?:\([^)\n]{0,40}\)|[^,\s]{0,40}),'(?<v>[A-Z][A-Za-z]{0,19}(?:[ .][A-Z][A-Za-z'-]{1,19}){1,2})'/,
    mask: 'full',
    validate: (v) => !/\b(?:BATCH|JOB|TEST|PROD|SYSTEM|EDI|FTP|NIGHTLY|DAILY)\b/i.test(v),
    remediation: 'Log job output without the JOB card, or use a team name in the programmer field',
  }),
  defineDetector({
    id: 'racf-password-phrase',
    name: 'Password after `RACF PASSWORD` in job or console output',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['racf password'],
    pattern: /\bRACF PASSWORD[ :=]{1,3}(?<v>[A-Za-z0-9@#$]{4,8})(?![A-Za-z0-9@#$])/i,
    mask: 'full',
    validate: (v) => secretish(v) && /\d/.test(v),
    remediation: 'Rotate the RACF password and remove it from the JCL (use a surrogate user)',
  }),
  ...LEGACY_R71_X12_DETECTORS,
  ...LEGACY_R71_RECORD_DETECTORS,
];
