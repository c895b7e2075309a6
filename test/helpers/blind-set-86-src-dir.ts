import { createHash } from 'node:crypto';
import { b64, pyStr, xml } from './blind-set-86-enc';
import { iso, kit, payroll } from './blind-set-86-kit';
import { ascii, publicIp } from './blind-set-86-people';
import { password, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: LDAP (ldapsearch LDIF, python-ldap, ldapjs, slapd), Windows Security events, Kerberos, RADIUS. */

const ssha = (pw: string, salt: string): string => `{SSHA}${Buffer.concat([createHash('sha1').update(pw + salt).digest(), Buffer.from(salt)]).toString('base64')}`;

/** LDIF writes a value base64 (`::`) when it is not safe ASCII. */
const ldif = (k: string, v: string): string => (/^[\x20-\x7e]*$/.test(v) && !/^[ :<]/.test(v) ? `${k}: ${v}` : `${k}:: ${b64(v)}`);

const ldapsearch = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const bindPw = c.cred(password(r), 'password');
  const uid = ascii(p.latin.split(' ')[0]!)[0] + ascii(p.latin.split(' ').slice(-1)[0]!);
  const hash = c.cred(ssha(password(r), r.alnum(4)), 'password-hash');
  const lines = [`$ ldapsearch -x -H ldaps://ldap.${org.domain} -D "cn=svc-sync,ou=services,${org.base}" -w '${bindPw.replace(/'/g, `'\\''`)}' -b "ou=people,${org.base}" "(uid=${uid})"`, '# extended LDIF', '#', `# ${uid}, people, ${org.domain.split('.')[0]}`, `dn: uid=${uid},ou=people,${org.base}`, 'objectClass: inetOrgPerson', 'objectClass: posixAccount', `uid: ${uid}`, ldif('cn', c.pii(p.full, 'person-name')), ldif('sn', p.family), ldif('givenName', p.given), `mail: ${c.pii(p.email, 'email')}`, `telephoneNumber: ${c.pii(p.phone, 'phone')}`, `mobile: ${c.pii(p.phoneE164, 'phone')}`, ldif('homePostalAddress', c.pii(p.address, 'address')), `uidNumber: ${r.int(10000, 60000)}`, `gidNumber: ${r.int(100, 999)}`, `homeDirectory: /home/${uid}`, `userPassword: ${hash}`];
  for (const [k, v] of payroll(c, p, r.pick([1, 2, 5]))) lines.push(`${k}: ${v}`);
  return [...lines, '', '# search result', 'search: 2', 'result: 0 Success'].join('\n');
};

const pythonLdap = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const user = c.pii(p.email, 'email');
  const pw = c.cred(password(r), 'password');
  const svcPw = c.cred(password(r), 'password');
  return [`${iso(t)} ERROR auth.backends.ldap: simple_bind_s(${pyStr(`${user}`)}, ${pyStr(pw)}) raised INVALID_CREDENTIALS({'msgtype': 97, 'msgid': ${r.int(1, 99)}, 'result': 49, 'desc': 'Invalid credentials', 'ctrls': [], 'info': '80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data 52e, v4563'})`, `Traceback (most recent call last):`, `  File "/srv/portal/auth/backends/ldap.py", line ${r.int(40, 200)}, in authenticate`, `    conn.simple_bind_s(username, password)`, `ldap.INVALID_CREDENTIALS`, `AUTH_LDAP_BIND_DN = "CN=svc-portal,OU=Service Accounts,${org.base.toUpperCase()}"`, `AUTH_LDAP_BIND_PASSWORD = ${pyStr(svcPw)}`, `remote_addr=${c.pii(publicIp(r), 'ip')}`].join('\n');
};

const ldapjs = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const dn = `CN=${c.pii(p.latin, 'person-name')},OU=Staff,OU=${r.pick(['Berlin', 'Tokyo', 'Pune', 'Austin'])},${org.base.toUpperCase()}`;
  const pw = c.cred(password(r), 'password');
  const cfg = { url: `ldaps://dc0${r.int(1, 4)}.${org.domain}:636`, bindDN: `svc-ldapjs@${org.domain}`, [r.pick(['bindCredentials', 'bindPassword', 'credentials'])]: c.cred(password(r), 'password'), searchBase: org.base.toUpperCase() };
  return [`InvalidCredentialsError: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v2580`, `    at messageCallback (/app/node_modules/ldapjs/lib/client/client.js:1269:45)`, `  lde_message: '80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v2580\\u0000',`, `  bind: { dn: '${dn}', ${pwKey(r) === 'password' ? 'password' : 'credentials'}: '${pw.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' },`, `  ldapOpts: ${JSON.stringify(cfg)}`].join('\n');
};

const slapd = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const conn = r.int(1000, 99999);
  const uid = ascii(p.latin.split(' ')[0]!) + '.' + ascii(p.latin.split(' ').slice(-1)[0]!);
  const mon = 'May  ' + r.int(1, 9);
  const ip = c.pii(publicIp(r), 'ip');
  const newPw = c.cred(password(r), 'password');
  const admin = c.cred(password(r), 'password');
  return [`${mon} 0${r.int(1, 9)}:${r.int(10, 59)}:${r.int(10, 59)} ldap01 slapd[${r.int(300, 9000)}]: conn=${conn} fd=${r.int(10, 40)} ACCEPT from IP=${ip}:${r.int(30000, 65000)} (IP=0.0.0.0:636)`, `${mon} ldap01 slapd[${r.int(300, 9000)}]: conn=${conn} op=0 BIND dn="uid=${uid},ou=people,${org.base}" method=128`, `${mon} ldap01 slapd[${r.int(300, 9000)}]: conn=${conn} op=0 RESULT tag=97 err=49 text=`, `--- /root/.bash_history (attached) ---`, `ldappasswd -H ldapi:/// -x -D "cn=admin,${org.base}" -w '${admin.replace(/'/g, `'\\''`)}' -s '${newPw.replace(/'/g, `'\\''`)}' "uid=${uid},ou=people,${org.base}"`, `ldapmodify -Y EXTERNAL -H ldapi:/// <<EOF`, `dn: uid=${uid},ou=people,${org.base}`, `changetype: modify`, `replace: mail`, `mail: ${c.pii(p.email, 'email')}`, ...payroll(c, p, 2).flatMap(([k, v]) => ['-', `replace: ${k}`, `${k}: ${v}`]), `EOF`].join('\n');
};

function winXml(id: number, data: [string, string][], t: number, rec: number, host: string): string {
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>${id}</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>${id === 4625 ? '0x8010000000000000' : '0x8020000000000000'}</Keywords><TimeCreated SystemTime='${iso(t)}'/><EventRecordID>${rec}</EventRecordID><Correlation/><Execution ProcessID='${rec % 900 + 600}' ThreadID='${rec % 7000 + 100}'/><Channel>Security</Channel><Computer>${host}</Computer><Security/></System><EventData>${data.map(([k, v]) => `<Data Name='${k}'>${xml(v)}</Data>`).join('')}</EventData></Event>`;
}

const winEvent = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const host = `DC0${r.int(1, 4)}.${org.domain}`;
  const sam = (ascii(p.latin.split(' ')[0]!)[0] + ascii(p.latin.split(' ').slice(-1)[0]!)).slice(0, 20);
  const kind = r.int(0, 2);
  if (kind === 0) return winXml(4625, [['SubjectUserSid', 'S-1-0-0'], ['SubjectUserName', '-'], ['TargetUserSid', 'S-1-0-0'], ['TargetUserName', c.pii(p.email, 'email')], ['TargetDomainName', org.netbios], ['Status', '0xc000006d'], ['FailureReason', '%%2313'], ['SubStatus', '0xc000006a'], ['LogonType', '3'], ['LogonProcessName', 'NtLmSsp '], ['AuthenticationPackageName', 'NTLM'], ['WorkstationName', `${p.latin.split(' ')[0]!.toUpperCase().slice(0, 6)}-LT`], ['IpAddress', c.pii(publicIp(r), 'ip')], ['IpPort', String(r.int(30000, 65000))]], t, r.int(1e6, 9e8), host);
  if (kind === 1) return winXml(4720, [['TargetUserName', sam], ['TargetDomainName', org.netbios], ['TargetSid', `S-1-5-21-${r.num(10)}-${r.num(10)}-${r.num(10)}-${r.int(1100, 9000)}`], ['SubjectUserName', 'svc-hrsync'], ['SamAccountName', sam], ['DisplayName', c.pii(p.full, 'person-name')], ['UserPrincipalName', c.pii(p.email, 'email')], ['HomeDirectory', '-'], ['UserParameters', '-'], ['PrimaryGroupId', '513'], ['UserAccountControl', '%%2080 %%2082 %%2084'], ['Comment', `temp ${pwKey(r)}: ${c.cred(password(r), 'password')}`]], t, r.int(1e6, 9e8), host);
  const beat = { '@timestamp': iso(t), event: { code: '4624', provider: 'Microsoft-Windows-Security-Auditing', outcome: 'success' }, winlog: { channel: 'Security', computer_name: host, event_id: '4624', event_data: { TargetUserName: sam, TargetDomainName: org.netbios, LogonType: '10', IpAddress: c.pii(publicIp(r), 'ip'), WorkstationName: '-', TargetUserSid: `S-1-5-21-${r.num(10)}-${r.num(10)}-${r.num(10)}-${r.int(1100, 9000)}` } }, user: { name: sam, full_name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') } };
  return `winlogbeat output error (index closed): ${JSON.stringify(beat)}`;
};

const kerberos = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const realm = org.domain.toUpperCase();
  const princ = c.pii(`${ascii(p.latin.split(' ')[0]!)}.${ascii(p.latin.split(' ').slice(-1)[0]!)}@${realm}`, 'kerberos-principal');
  const key = c.cred(r.hex(64), 'kerberos-key');
  const key2 = c.cred(r.hex(32), 'kerberos-key');
  const pw = c.cred(password(r), 'password');
  return [`[${r.int(1000, 9999)}] ${t}.${r.digits(6)}: Getting initial credentials for ${princ}`, `[${r.int(1000, 9999)}] ${t}.${r.digits(6)}: Sending request (${r.int(150, 250)} bytes) to ${realm}`, `[${r.int(1000, 9999)}] ${t}.${r.digits(6)}: Received error from KDC: -1765328360/Preauthentication failed`, `kinit: Password incorrect while getting initial credentials`, `# provisioning script (set -x):`, `+ echo '${pw.replace(/'/g, `'\\''`)}' | kinit ${princ}`, `+ klist -kte -K /etc/krb5.keytab`, `Keytab name: FILE:/etc/krb5.keytab`, `KVNO Timestamp           Principal`, `---- ------------------- ------------------------------------------------------`, `   3 05/0${r.int(1, 9)}/2024 10:12:44 HTTP/sso.${org.domain}@${realm} (aes256-cts-hmac-sha1-96)  (0x${key})`, `   3 05/0${r.int(1, 9)}/2024 10:12:44 HTTP/sso.${org.domain}@${realm} (aes128-cts-hmac-sha1-96)  (0x${key2})`].join('\n');
};

const radius = (c: Case86): string => {
  const { r, p } = kit(c);
  const user = c.pii(p.email, 'email');
  const pw = c.cred(password(r), 'password');
  const secret = c.cred(T.radiusSecret(r), 'radius-secret');
  const id = r.int(0, 255);
  return [`(${id}) Received Access-Request Id ${r.int(0, 255)} from 10.${r.int(0, 40)}.${r.int(0, 254)}.${r.int(2, 254)}:${r.int(30000, 60000)} to 10.0.${r.int(0, 9)}.5:1812 length ${r.int(150, 300)}`, `(${id})   User-Name = "${user}"`, `(${id})   User-Password = "${pw.replace(/["\\]/g, (m) => `\\${m}`)}"`, `(${id})   NAS-IP-Address = 10.${r.int(0, 40)}.0.1`, `(${id})   Calling-Station-Id = "${[0, 1, 2, 3, 4, 5].map(() => r.hex(2).toUpperCase()).join('-')}"`, `(${id})   Framed-IP-Address = ${c.pii(publicIp(r), 'ip')}`, `(${id})   Tunnel-Client-Endpoint:0 = "${c.pii(publicIp(r), 'ip')}"`, `(${id}) pap: Login attempt with password "${pw.replace(/["\\]/g, (m) => `\\${m}`)}"`, `(${id}) ldap: ERROR: Bind with uid=${user.split('@')[0]},ou=people failed: Invalid credentials`, `(${id}) Sent Access-Reject Id ${r.int(0, 255)}`, `# clients.conf`, `client vpn-gw {`, `    ipaddr = 10.0.${r.int(0, 9)}.1`, `    secret = ${secret}`, `}`].join('\n');
};

export const DIR_SOURCES: readonly Source86[] = [
  { name: 'ldap', formats: [ldapsearch, pythonLdap, ldapjs] },
  { name: 'slapd', formats: [slapd, ldapsearch] },
  { name: 'windows-security', formats: [winEvent, winEvent] },
  { name: 'kerberos', formats: [kerberos] },
  { name: 'radius', formats: [radius, radius] },
];
