import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ip10, ts34 } from './blind-set-34-kit';
import { card34, email34, person34, ssn34 } from './blind-set-34-people';
import { aws34, stripe34, cookie34, hexKey34, jwt34, krbTgs34, ntlm34, pass34, urlPass34 } from './blind-set-34-secrets';

const pad = (s: string, n: number) => s.padEnd(n);

/** Pentest and vulnerability-tool templates: sqlmap, hydra, mimikatz, secretsdump, Kerberoast, Metasploit, Burp, nuclei. */
export const OFFSEC_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'pentest', name: 'sqlmap-users-dump', draws: 13,
    make: (r, v) => {
      const rows: string[] = [];
      for (let i = 0; i < r.int(3, 4); i++) {
        const p = person34(r);
        rows.push(`| ${r.int(100, 9999)} | ${v.p('email', email34(r, p, true))} | ${v.c('password', pass34(r))} | ${v.f('card-number', card34(r, r.pick(['compact', 'spaced'])))} |`);
      }
      return `[${ts34(r).slice(11, 19)}] [INFO] fetching entries for table 'customers' in database 'shop'
Database: shop
Table: customers
[${rows.length} entries]
+------+-------+----------+-------------+
| id   | email | password | card_number |
+------+-------+----------+-------------+
${rows.join('\n')}
+------+-------+----------+-------------+
[INFO] table 'shop.customers' dumped to CSV file '/root/.local/share/sqlmap/output/shop.example/dump/shop/customers.csv'`;
    },
  },
  {
    area: 'pentest', name: 'hydra-found', draws: 12,
    make: (r, v) => {
      const lines: string[] = [];
      const [port, svc] = r.pick([['22', 'ssh'], ['21', 'ftp'], ['3389', 'rdp'], ['443', 'https-post-form']] as const);
      for (let i = 0; i < r.int(2, 4); i++) lines.push(`[${port}][${svc}] host: ${ip10(r)}   login: ${r.pick(['admin', 'root', 'backup', 'oracle', 'jenkins', 'scanner'])}${i}   password: ${v.c('password', pass34(r))}`);
      return `Hydra v9.5 (c) 2023 by van Hauser/THC & David Maciejak
[DATA] max 16 tasks per 1 server, overall 16 tasks, ${r.int(1000, 14000)} login tries
${lines.join('\n')}
1 of 1 target successfully completed, ${lines.length} valid passwords found`;
    },
  },
  {
    area: 'pentest', name: 'mimikatz-logonpasswords', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      return `mimikatz # sekurlsa::logonpasswords
Authentication Id : 0 ; ${r.int(100000, 9999999)} (00000000:${r.hex(8)})
Session           : Interactive from 1
User Name         : ${p.user}
Domain            : CORP
Logon Server      : DC01
SID               : S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1100, 9999)}
        msv :
         [00000003] Primary
         * Username : ${p.user}
         * Domain   : CORP
         * NTLM     : ${v.c('ntlm-hash', ntlm34(r))}
         * SHA1     : ${v.c('sha1-password-hash', r.hex(40))}
        wdigest :
         * Username : ${p.user}
         * Domain   : CORP
         * Password : ${v.c('password', pass34(r))}
        kerberos :
         * Username : ${p.user}
         * Domain   : CORP.LOCAL
         * Password : (null)
`;
    },
  },
  {
    area: 'pentest', name: 'secretsdump-ntds', draws: 12,
    make: (r, v) => {
      const lines: string[] = [];
      for (const u of r.pick([['Administrator', 'krbtgt', 'svc_sql'], ['Administrator', 'backup_admin', 'svc_web'], ['krbtgt', 'jenkins', 'svc_exchange']])) lines.push(`CORP.LOCAL\\${u}:${r.int(500, 9000)}:aad3b435b51404eeaad3b435b51404ee:${v.c('ntlm-hash', ntlm34(r))}:::`);
      return `Impacket v0.12.0 - Copyright Fortra, LLC and its affiliated companies
[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)
[*] Using the DRSUAPI method to get NTDS.DIT secrets
${lines.join('\n')}
[*] Kerberos keys grabbed
CORP.LOCAL\\krbtgt:aes256-cts-hmac-sha1-96:${v.c('kerberos-aes-key', hexKey34(r, 64))}
[*] Cleaning up...`;
    },
  },
  {
    area: 'pentest', name: 'kerberoast-getuserspns', draws: 11,
    make: (r, v) => {
      const user = r.pick(['svc_sql', 'svc_iis', 'svc_backup', 'sqlsvc']);
      const spn = `MSSQLSvc/${host34(r)}:1433`;
      return `$ GetUserSPNs.py -request -dc-ip ${ip10(r)} CORP.LOCAL/${person34(r).user}:${v.c('password', urlPass34(r))}
ServicePrincipalName  Name     MemberOf  PasswordLastSet
--------------------  -------  --------  --------------------------
${spn}  ${user}  CN=SQL Admins  2019-0${r.int(1, 9)}-1${r.int(0, 9)} 10:22:31

${v.c('kerberoast-hash', krbTgs34(r, user, 'CORP.LOCAL', spn.replace(':', '~')))}`;
    },
  },
  {
    area: 'pentest', name: 'metasploit-creds', draws: 11,
    make: (r, v) => {
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) {
        const nt = i === 1;
        const priv = nt ? `aad3b435b51404eeaad3b435b51404ee:${v.c('ntlm-hash', ntlm34(r))}` : v.c('password', pass34(r));
        rows.push(`${pad(ip10(r), 15)} ${pad(nt ? '445/tcp (smb)' : r.pick(['22/tcp (ssh)', '5432/tcp (postgres)', '3306/tcp (mysql)']), 20)} ${pad(r.pick(['administrator', 'postgres', 'deploy', 'svc_ops']), 14)} ${pad(priv, 20)} ${nt ? 'NTLM hash' : 'Password'}`);
      }
      return `msf6 > creds
Credentials
===========
host             service              public         private              private_type
----             -------              ------         -------              ------------
${rows.join('\n')}`;
    },
  },
  {
    area: 'pentest', name: 'burp-idor-finding', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const em = email34(r, p);
      const ck = cookie34(r);
      const tok = jwt34(r, { iss: 'https://login.northwind-labs.com', sub: r.uuid(), aud: 'portal', email: em, name: p.full, iat: 1790000000, exp: 1790003600 });
      return `Burp Suite issue: Insecure direct object reference (High, Certain)
GET /api/v2/customers/${r.int(1000, 99999)} HTTP/2
Host: portal.northwind-labs.com
Authorization: Bearer ${v.c('jwt', tok)}
Cookie: ${ck.name}=${v.c('session-cookie', ck.value)}; theme=dark

HTTP/2 200 OK
{"id":${r.int(1000, 99999)},"email":"${v.p('email', em)}","ssn":"${v.p('ssn', ssn34(r))}","partner_api_key":"${v.c('stripe-key', stripe34(r))}"}`;
    },
  },
  {
    area: 'pentest', name: 'nuclei-exposed-env', draws: 12,
    make: (r, v) => {
      const a = aws34(r);
      const host = `https://${r.pick(['staging', 'legacy', 'beta'])}.orbitalretail.com`;
      return `[${ts34(r)}] [generic-env:exposed] [http] [high] ${host}/.env ["DB_PASSWORD=${v.c('password', urlPass34(r))}","AWS_ACCESS_KEY_ID=${v.c('aws-access-key-id', a.id)}","AWS_SECRET_ACCESS_KEY=${v.c('aws-secret-key', a.secret)}"]
[${ts34(r)}] [git-config] [http] [medium] ${host}/.git/config ["url = https://deploy:${v.c('password', urlPass34(r))}@git.orbitalretail.com/shop.git"]
[${ts34(r)}] [CVE-2021-41773] [http] [critical] ${host}/cgi-bin/.%2e/.%2e/etc/passwd`;
    },
  },
  {
    area: 'pentest', name: 'zap-passive-alert', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      return `<alertitem><pluginid>10023</pluginid><alert>Information Disclosure - Debug Error Messages</alert><riskcode>1</riskcode>
<uri>https://portal.helixhealth.io/reset?email=${v.p('email', email34(r, p))}&amp;code=${v.c('reset-token', r.b64url(24))}</uri>
<evidence>ValidationError: patient ${v.p('name', p.full)} has no MFA; smtp auth failed for relay user alerts with password ${v.c('password', pass34(r))}</evidence></alertitem>`;
    },
  },
];
