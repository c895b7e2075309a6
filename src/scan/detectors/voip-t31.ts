import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { personLike } from './paired-names';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): SIP and VoIP credentials as the tools
 * write them — Asterisk sip.conf/iax.conf `secret=` and `register =>` lines, voicemail.conf mailboxes
 * (`100 => 4242,Full Name,mail@…`), FreeSWITCH directory params, Kamailio/OpenSIPS subscriber rows
 * (`password`, `ha1`, `ha1b`: SIP digest HA1 is password-equivalent), Kamailio `modparam` secrets,
 * Cisco IOS type-0 (cleartext) secrets and SNMP communities, test-tool command lines (sipp `-ap`,
 * sipsak `-a`) — and people's names as SIP display names and FreeSWITCH caller-id names.
 */

/** A title-case or upper-case name word (`O'Brien`, `Jean-Luc`, `NGUYEN`). */
const NAME_WORD = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?:[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}|[A-ZÀ-Þ]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** Particles of family names: lowercase ones, and the Irish `Ó` (`Seán Ó Briain`). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|dos|di|Ó)`;
/** Two to four name words (particles between). */
export const NAME_T31 = String.raw`${NAME_WORD}(?: ${PARTICLE}){0,2} ${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
/** Words of rooms, devices and services that name no person (`Reception Desk`, `Yard Gate`). */
const NOT_PERSON_VOIP =
  /\b(?:Desk|Reception|Lobby|Conference|Gate|Yard|Phone|Line|Trunk|Queue|Voicemail|Operator|Fax|Room|Depot|Dispatch|Helpdesk|Group|Main|Front|Back|Door|Intercom|Paging|After|Hours|Emergency|Unknown|Anonymous|Restricted|Private|Withheld|Unavailable|Caller|Wireless|Mobile|Cell|Office|Lab|Test|Meeting|Kitchen|Warehouse|Shop|Store|Site|Tower|Techs|Crew|Truck|Support|Sales|Billing)\b/i;

/** True when `v` (title or upper case) reads as a person's full name. */
export function personNameT31(v: string): boolean {
  const title = v.replace(/[A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+/g, (w) => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w));
  return personLike(title) && !NOT_PERSON_VOIP.test(v) && !/\b(?:Jane|John|Doe|Smith Smith)\b/.test(title);
}

/** Column list of the INSERT whose VALUES tuple holds `start`, and the column index there (null when none). */
export function insertColumnAt(text: string, start: number): string | null {
  const from = Math.max(0, start - 3000);
  const before = text.slice(from, start).replace(/'(?:[^'\n\\]|\\.)*'/g, (q) => '_'.repeat(q.length));
  const paren = before.lastIndexOf('(');
  if (paren < 0 || before.lastIndexOf(')') > paren) return null;
  const head = /\(([^()]{1,600})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*$/i.exec(before.slice(0, paren));
  if (!head) return null;
  const names = head[1]!.split(',').map((n) => n.trim().replace(/^[`"[]|[`"\]]$/g, '').toLowerCase());
  const cells = before.slice(paren + 1).split(',').length - 1;
  return names[cells] ?? null;
}

/** 32 hexadecimal digits that are no run of one digit. */
const hex32Ok = (v: string): boolean => /^[0-9a-fA-F]{32}$/.test(v) && !/^(.)\1+$/.test(v) && !/^0123456789abcdef/i.test(v);

/** A password-like value: not a placeholder word, not all one character. */
const secretOk = (v: string): boolean => !isLowEntropy(v) && v.length >= 4 && !/^(.)\1+$/.test(v) && !/^(?:\*+|x+|\$\{.*\}|%\(.*\)s?|<[^>]*>|\{\{.*\}\}|changeme|password|secret|none|null|redacted)$/i.test(v);

export const VOIP_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sip-conf-secret',
    name: 'SIP/IAX peer secret in an Asterisk config line (`secret=`, `md5secret=`, `remotesecret=`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['secret=', 'secret ='],
    // Asterisk reads the value to the line end (or a `;` comment): `=`, `^` and `!` are part of it.
    pattern: /(?<![^\n])[ \t]*(?<k>(?:md5|remote|outbound)?secret)[ \t]*=>?[ \t]*(?<v>[^\s;'"()[\]{}<>]{4,80})[ \t]*(?:;[^\n]*)?(?![^\r\n])/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the SIP peer secret and keep PBX configs out of tickets and backups readable by others',
  }),
  defineDetector({
    id: 'sip-register-credential',
    name: 'SIP registration string with its password (Asterisk `register => user:password@host`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['register =>', 'register=>'],
    pattern: /(?<![\w-])register[ \t]*=>[ \t]*(?:[\w.+-]{1,64}@)?[\w.+#*-]{1,64}:(?<v>[^\s@:/]{3,64})(?::[\w.+-]{0,64})?@[\w.-]{1,253}/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the SIP trunk password and keep PBX configs out of tickets and backups readable by others',
  }),
  defineDetector({
    id: 'sip-subscriber-password-sql',
    name: 'SIP subscriber password in an SQL INSERT of a table with HA1 columns (Kamailio/OpenSIPS `subscriber`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['ha1'],
    span: 3000,
    pattern: /(?<=[(,][ \t]{0,3})'(?<v>[^'\s\\]{4,128})'(?=[ \t]{0,3}[,)])/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = insertColumnAt(ctx.text, ctx.start);
      if (col === null) return false;
      if (/^(?:password|passwd|pass|secret)$/.test(col)) return secretOk(v);
      return /^(?:ha1b?|ha1_?sha256|ha1_?sha512t256)$/.test(col) && /^[0-9a-f]{32,64}$/i.test(v) && !/^(.)\1+$/.test(v);
    },
    remediation: "Rotate the subscriber's SIP password (its HA1 hashes authenticate as well as the password) and keep migrations free of credentials",
  }),
  defineDetector({
    id: 'sip-digest-ha1',
    name: 'SIP digest HA1 (MD5 of user:realm:password, password-equivalent) under an `ha1`/`ha1b`/`md5secret`/`a1-hash` key',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['ha1', 'a1-hash', 'a1_hash', 'md5secret'],
    pattern: /(?<![A-Za-z0-9_-])(?<k>ha1b?|md5secret|a1[-_]hash)(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|["']?\s{1,3}value=["']|\s{1,3})(?<v>[0-9a-fA-F]{32})(?![0-9A-Za-z])/i,
    mask: 'full',
    validate: (v) => hex32Ok(v),
    remediation: "Rotate the SIP password: an HA1 digest authenticates as the password does (SIP digest auth accepts it directly)",
  }),
  defineDetector({
    id: 'sip-tool-password-argument',
    name: 'SIP password on a test-tool command line (sipp `-ap`, sipsak `-a`, pjsua `--password`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['sipp ', 'sipsak ', 'pjsua '],
    pattern: /(?<![\w/.-])(?:sipp|sipsak|pjsua)\s(?:[^\n]{0,300}?\s)?(?:(?:-ap|-a)\s{1,3}|--password(?:=|\s{1,3}))(?:'(?<v>[^'\n]{3,64})'|"(?<w>[^"\n]{3,64})"|(?<u>[^\s'"]{3,64}))(?=\s|$)/,
    mask: 'full',
    validate: (v) => secretOk(v) && !/^-/.test(v),
    remediation: 'Rotate the SIP account password and pass test credentials from a file (sipp -inf) rather than the command line',
  }),
  defineDetector({
    id: 'cisco-cleartext-secret',
    name: 'Cisco IOS type-0 (cleartext) secret: `username … secret 0`, `key 0`, `credentials … password 0`',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['secret 0 ', 'password 0 ', 'key 0 '],
    pattern: /(?<![^\n])[ \t]*(?:username\s\S{1,64}(?:\s(?:privilege\s\d{1,2}|nopassword|algorithm-type\s\S+))*\s(?:secret|password)|enable\s(?:secret|password)|(?:server-)?key|(?:tacacs|radius)-server\s(?:host\s\S+\s)?key|(?:credentials|authentication)\susername\s\S{1,64}\spassword|pre-shared-key|ppp\s(?:chap|pap)\s(?:password|sent-username\s\S+\spassword)|(?:ip\s)?ospf\s(?:message-digest-key\s\d+\smd5|authentication-key))\s0\s(?<v>\S{4,80})/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the secret and store it hashed (type 8/9 `secret`, `service password-encryption`) before sharing running-configs',
  }),
  defineDetector({
    id: 'snmp-community-string',
    name: 'SNMP community string (`snmp-server community …`, net-snmp `rocommunity`/`rwcommunity`)',
    category: 'credential',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['snmp-server community', 'rocommunity', 'rwcommunity'],
    pattern: /(?<![\w-])(?:snmp-server\scommunity|r[ow]community6?)\s(?<v>[^\s"']{4,64})(?=\s|$)/i,
    mask: 'full',
    // The factory defaults are known to everyone.
    validate: (v) => secretOk(v) && !/^(?:public|private|community)$/i.test(v),
    remediation: 'Change the SNMP community (or move to SNMPv3 users) and keep device configs out of tickets',
  }),
  defineDetector({
    id: 'kamailio-modparam-secret',
    name: 'Secret set by a Kamailio/OpenSIPS `modparam` (topoh `mask_key`, auth `secret`, uac passwords)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['modparam('],
    pattern: /(?<![\w])modparam\(\s{0,3}"[\w-]{1,40}"\s{0,3},\s{0,3}"(?<k>[\w-]{0,30}(?:key|secret|password|passwd|pwd)[\w-]{0,20})"\s{0,3},\s{0,3}"(?<v>[^"\n]{6,200})"\s{0,3}\)/,
    mask: 'full',
    validate: (v, ctx) =>
      !/(?:_col(?:umn)?|_avp|_table|_name|_field|_mode|_attr|_len|_size|_prefix|_param)$|^(?:key_|keys_)/i.test(ctx.key ?? '') &&
      !/^\$|^[\w.-]+\.(?:pem|key|crt)$|^\//.test(v) &&
      secretOk(v),
    remediation: 'Rotate the module secret (a topoh mask key unmasks topology-hidden headers) and keep kamailio.cfg out of reports',
  }),
  defineDetector({
    id: 'asterisk-cli-auth-secret',
    name: 'SIP auth secret in Asterisk CLI output (`pjsip show auth`: `password : …`, `md5_cred`, `oauth_secret`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['password  ', 'md5_cred', 'oauth_secret'],
    // `ParameterName : ParameterValue` rows: the value runs to the line end (`=` inside is part of it).
    pattern: /(?<![^\n])[ \t]{1,4}(?<k>password|md5_cred|oauth_secret)[ \t]{2,40}:[ \t](?<v>[^\s]{4,128})[ \t]*(?![^\r\n])/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the SIP auth password and share `pjsip show` output only with secrets masked',
  }),
  defineDetector({
    id: 'voicemail-conf-pin',
    name: 'Voicemail PIN in an Asterisk voicemail.conf mailbox line (`100 => 4242,Full Name,mail@…`)',
    category: 'credential',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['=>'],
    pattern: /(?<![^\n])[ \t]*\d{2,12}[ \t]*=>[ \t]*-?(?<v>\d{4,12}),[^,\n]{0,80},/,
    mask: 'full',
    remediation: 'Reset the mailbox PINs and keep voicemail.conf readable only by Asterisk',
  }),
  defineDetector({
    id: 'person-name-voicemail-mailbox',
    name: "Person's name in an Asterisk voicemail.conf mailbox line",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['=>'],
    pattern: new RegExp(String.raw`(?<![^\n])[ \t]*\d{2,12}[ \t]*=>[ \t]*-?\d{4,12},(?<v>${NAME_T31})(?=,)`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Keep PBX configs with users' names out of tickets and backups readable by others",
  }),
  defineDetector({
    id: 'freeswitch-vm-password',
    name: 'FreeSWITCH voicemail PIN (`<param name="vm-password" value="…"/>`)',
    category: 'credential',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['vm-password', 'vm_password'],
    pattern: /<param\s{1,3}name=["']vm[-_]password["']\s{1,3}value=["'](?<v>\d{4,12})["']/,
    mask: 'full',
    remediation: 'Reset the voicemail PIN and keep the FreeSWITCH directory out of tickets',
  }),
  defineDetector({
    id: 'person-name-caller-id',
    name: "Person's name as a FreeSWITCH caller-id name (`effective_caller_id_name`) or a SIP display name (`From: \"Ann Lee\" <sip:…>`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['caller_id_name', 'from:', 'p-asserted-identity:', 'remote-party-id:', 'p-preferred-identity:', 'referred-by:'],
    pattern: new RegExp(
      String.raw`(?:(?<![\w-])(?:effective|outbound)_caller_id_name["']\s{1,3}value=["']|(?:(?<![^\n])|(?<=[;|] ?))(?:From|To|P-Asserted-Identity|P-Preferred-Identity|Remote-Party-ID|Referred-By|Contact):[ \t]{0,3}")(?<v>${NAME_T31})(?=["'](?:\s{0,3}\/?>|[ \t]{0,3}<(?:sips?|tel):))`,
    ),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Keep users' and callers' names out of SIP traces and PBX configs shared in alerts (sngrep/pcap exports too)",
  }),
];
