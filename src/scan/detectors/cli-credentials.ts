import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretValueOk } from '../secret-value';
import { generated } from './service-credentials';

/** A quoted or bare command-line argument as groups `v` (single quotes), `w` (double quotes) and `u` (bare). */
const ARG = String.raw`(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})"|(?<u>[^\s'"|;&<>]{1,128}))`;
/** The rest of a command line before a flag: no pipe or command separator. */
const GAP = String.raw`[^\r\n|;]{0,200}?\s`;

/**
 * Client tools that take a password on their command line, by the flag each uses:
 * SQL Server `sqlcmd`/`bcp`/`osql` `-P`, MongoDB shells and tools `-p`/`--password`, Cassandra
 * `cqlsh -p`, InfluxDB 1.x `-password`, Vertica `vsql -w`, OpenLDAP `ldapsearch … -w`, PuTTY
 * `plink`/`pscp`/`psftp` `-pw`, Sysinternals `psexec -p`, `rdesktop -p`, FreeRDP `/p:`.
 */
const FLAG_TOOLS = [
  String.raw`(?:sqlcmd|bcp|osql)(?:\.exe)?\b${GAP}-P\s{0,3}`,
  String.raw`(?:mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport|mongostat|mongotop)\b${GAP}(?:-p|--password)(?:=|\s{1,3})`,
  String.raw`cqlsh\b${GAP}(?:-p|--password)(?:=|\s{1,3})`,
  String.raw`influx\b${GAP}-password\s{1,3}`,
  String.raw`vsql\b${GAP}-w\s{1,3}`,
  String.raw`ldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b${GAP}-w\s{1,3}`,
  String.raw`(?:plink|pscp|psftp)(?:\.exe)?\b${GAP}-pw\s{1,3}`,
  String.raw`(?:psexec|paexec)(?:64)?(?:\.exe)?\b${GAP}-p\s{1,3}`,
  String.raw`rdesktop\b${GAP}-p\s{1,3}`,
  String.raw`(?:xfreerdp|wlfreerdp|sdl-freerdp)\b${GAP}[/+]p:`,
  String.raw`(?:zip|unzip)\b${GAP}-P\s{1,3}`,
  String.raw`(?:7z|7za|7zr|7z\.exe) [aexu] (?:[^\r\n|;]{0,200}?\s)?-p`,
];

/**
 * Tools that take the password as a positional argument after the user: RabbitMQ
 * `rabbitmqctl add_user|change_password <user> <pass>`, Apache `htpasswd -b [file] <user> <pass>`,
 * Windows `net use <share> /user:<user> <pass>`, MinIO `mc alias set <name> <url> <access key> <secret key>`.
 */
const POSITIONAL_TOOLS = [
  String.raw`rabbitmqctl(?:\.bat)?\s+(?:add_user|change_password|authenticate_user)\s+["']?[^\s'"]{1,64}["']?\s+`,
  String.raw`htpasswd\s+(?:-[A-Za-z]+\s+)*?-[A-Za-z]*b[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*(?:[^\s'"-]\S{0,200}\s+)?["']?[^\s'"]{1,64}["']?\s+`,
  String.raw`net\s+use\s+\S{1,200}\s+/u(?:ser)?:["']?[^\s'"]{1,64}["']?\s+`,
  String.raw`mc\s+(?:alias\s+set|config\s+host\s+add)\s+\S{1,64}\s+https?://\S{1,200}\s+["']?[^\s'"]{1,128}["']?\s+`,
];

/**
 * Tools that take `user<sep>password` in one argument: httpie/xh `-a user:pass`, Samba
 * `smbclient`/`rpcclient`/`smbmap`/`smbget` `-U user%pass`, `lftp -u user,pass`; Oracle
 * `sqlplus user/pass@//host:1521/svc` (and `sqlldr`, `expdp`, `impdp`, `rman`, `userid=user/pass@db`, `SQL> connect user/pass@db`).
 */
const PAIR_TOOLS = [
  String.raw`(?<![\w/.-])(?:http|https|xh|xhs)\b${GAP}(?:-a|--auth)(?:=|\s{1,3})["']?[^\s:'"]{1,64}:`,
  String.raw`(?:smbclient|rpcclient|smbmap|smbget|smbcacls|net\s+rpc)\b${GAP}(?:-U|--user(?:name)?)(?:=|\s{1,3})["']?[^\s%'"]{1,64}%`,
  String.raw`lftp\b${GAP}-u\s{1,3}["']?[^\s,'"]{1,64},`,
  String.raw`(?:(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl)(?:\s+-[A-Za-z]+)*\s+|\buserid=|SQL>\s{0,3}conn(?:ect)?\s+)["']?[\w$#.]{1,64}/`,
];

/** `-passin pass:…`, `-passout pass:…`, `-password pass:…` (OpenSSL); keytool/jarsigner `-storepass …`, `-keypass …`. */
const OPTION_PASSWORDS = String.raw`(?:-pass(?:in|out|word)?\s{1,3}["']?pass:|-(?:src|dest|new)?(?:store|key)pass\s{1,3})`;

/** A command-line password: 4+ characters, no flag, not a reference (`$PASS`, `%PASS%`) or a placeholder. */
function cliPassword(value: string): boolean {
  return value.length >= 4 && !value.startsWith('-') && secretValueOk('password', value);
}

/** Passwords on command lines (client tools' flags and `user:pass` arguments) and in `~/.pgpass` lines. */
export const CLI_CREDENTIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'cli-password-argument',
    name: 'Password in a client tool argument',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['sqlcmd', 'bcp', 'osql', 'mongo', 'cqlsh', 'influx', 'vsql', 'ldap', 'plink', 'pscp', 'psftp', 'psexec', 'paexec', 'rdesktop', 'freerdp', ' -a ', '--auth', 'smb', 'rpcclient', 'net rpc', 'lftp', 'sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman', 'dgmgrl', 'userid=', 'sql> conn', 'pass:', 'storepass', 'keypass', 'zip', '7z a ', '7z e ', '7z x ', '7z u ', '7za ', '7zr ', '7z.exe ', 'rabbitmqctl', 'htpasswd', 'net use', 'mc alias', 'mc config'],
    pattern: new RegExp(String.raw`(?:(?<![\w.-])(?:${[...FLAG_TOOLS, ...PAIR_TOOLS, ...POSITIONAL_TOOLS].join('|')})|(?<![\w-])${OPTION_PASSWORDS})${ARG}`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      // sqlplus' bare `user/pass@db`: the password ends at the `@` before the connect identifier.
      const at = ctx.text[ctx.start - 1] === '/' ? v.indexOf('@') : -1;
      const value = at > 0 ? v.slice(0, at) : v;
      if (!cliPassword(value)) return false;
      return at > 0 ? { ok: true, trimEnd: at } : true;
    },
    remediation: 'Change this password and pass it through the tool\'s prompt, an option file or an environment variable, not argv',
  }),
  defineDetector({
    id: 'pgpass-password',
    name: 'Password in a .pgpass line',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['pgpass'],
    span: 400,
    // `hostname:port:database:username:password` on a line after one naming the file (`cat ~/.pgpass`, `PGPASSFILE=`).
    pattern: /pgpass[^\n]{0,200}\n(?:[^\n]{0,300}\n){0,4}?[ \t]*[^\s:#]{1,253}:(?:\d{1,5}|\*):[^\s:]{1,63}:[^\s:]{1,63}:(?<v>(?:\\:|[^\s:]){1,128})[ \t]*(?=\r?\n|$)/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this database password and keep ~/.pgpass out of logs and images',
  }),
  defineDetector({
    id: 'redis-config-password',
    name: 'Redis requirepass / masterauth password',
    category: 'credential',
    severity: 'high',
    priority: 40, // below cli-config-set-secret, which reports `CONFIG SET requirepass "…"` already
    keywords: ['requirepass', 'masterauth'],
    // redis.conf `requirepass <pw>`, `masterauth <pw>`, `redis-server --requirepass <pw>`, `CONFIG SET requirepass "<pw>"`.
    pattern: /(?<![\w-])(?:--)?(?:requirepass|masterauth)(?:[ \t]{1,3}|[ \t]{0,3}=[ \t]{0,3})(?:"(?<w>[^"\r\n]{1,128})"|'(?<u>[^'\r\n]{1,128})'|(?<v>[^\s"']{1,128}))/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this Redis password and keep redis.conf and the server command line out of logs',
  }),
  defineDetector({
    id: 'basic-auth-tuple',
    name: 'Credential in an HTTP Basic auth tuple',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['auth=(', 'auth = (', 'basicauth(', 'digestauth(', 'plaincredentials(', 'auth=[', "password: 'x'", 'password: "x"', "password: ''", 'password: ""'],
    // Python requests/httpx `auth=('<api key>', 'X')` (Freshdesk, Zendesk-style dummy password) or `auth=('<user>', '<password>')`,
    // `HTTPBasicAuth(…, …)`, `HTTPDigestAuth(…)`, aiohttp `BasicAuth(…)`, Elasticsearch `basic_auth=(…)`/`http_auth=(…)`,
    // pika `PlainCredentials(…)`: the token when the password is a dummy, else the password.
    // JavaScript (axios, got) `auth: { username: '<api key>', password: 'X' }`: the key.
    pattern: /(?:(?:\b(?:basic_|http_)?auth\s{0,2}=\s{0,2}[([]|(?:Basic|Digest)Auth\(|PlainCredentials\()\s{0,3}|\busername["']?\s{0,2}:\s{0,2})(?:["'](?<v>[A-Za-z0-9_.-]{16,128})["']\s{0,3},\s{0,3}(?:["']?password["']?\s{0,2}:\s{0,2})?["'][Xx]?["']|["'][^"'\s]{1,64}["']\s{0,3},\s{0,3}(?:"(?<w>[^"\r\n]{4,128})"|'(?<u>[^'\r\n]{4,128})')\s{0,3}[)\]])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const dummy = /^["']\s{0,3},\s{0,3}(?:["']?password["']?\s{0,2}:\s{0,2})?["'][Xx]?["']/i.test(ctx.text.slice(ctx.end));
      if (dummy) return generated(v) && /\d/.test(v);
      return !/^[Xx]?$/.test(v) && secretValueOk('password', v);
    },
    remediation: 'Rotate this credential and read it from the environment or a secret store instead of the source',
  }),
];
