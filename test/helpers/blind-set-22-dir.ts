import { person22, ssn22 } from './blind-set-22-people';
import { pass22, upass22 } from './blind-set-22-values';
import { cred, iso22, once22, pers, pos, type PosCase22, type Rng22 } from './blind-set-22-types';

const base = (r: Rng22) => r.pick(['dc=corp,dc=brightlake,dc=io', 'dc=ad,dc=northwind-health,dc=com', 'o=kestrel,c=de', 'dc=halcyon,dc=local']);
/** Shell-safe password (single quotes inside would break the framing). */
const spass = (r: Rng22) => pass22(r).replace(/'/g, '');

export const dirCases: Record<string, PosCase22> = {
  'ldapsearch-w': (r, id) => {
    const pw = spass(r);
    const b = base(r);
    return pos(
      id,
      `$ ldapsearch -x -H ldaps://ldap.internal:636 -D "cn=svc-${r.pick(['jira', 'gitlab', 'vpn', 'wiki'])},ou=service,${b}" -w '${pw}' -b "ou=people,${b}" "(mail=*)" mail\nldap_bind: Invalid credentials (49)\n\tadditional info: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563`,
      cred('ldap-bind-password', pw),
    );
  },
  'sssd-authtok': (r, id) => {
    const pw = spass(r);
    return pos(
      id,
      `(${iso22(r)}) [sssd[be[corp]]] [sdap_process_result] (0x0040): Bind failed: Invalid credentials(49)\n--- /etc/sssd/sssd.conf (collected by sosreport) ---\n[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://dc1.corp.local\nldap_default_bind_dn = CN=sssd-bind,OU=Service Accounts,${base(r)}\nldap_default_authtok_type = password\nldap_default_authtok = ${pw}`,
      cred('ldap-bind-password', pw),
    );
  },
  'spring-ldap-props': (r, id) => {
    const pw = spass(r);
    return pos(
      id,
      `${iso22(r)} ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed\norg.springframework.ldap.AuthenticationException: [LDAP: error code 49 - 80090308]\nActive properties: spring.ldap.urls=ldap://ad.corp:389, spring.ldap.username=CN=app-bind,OU=Svc,${base(r)}, spring.ldap.password=${pw}, spring.ldap.base=${base(r)}`,
      cred('ldap-bind-password', pw),
    );
  },
  'ldif-userpassword-b64': (r, id) => {
    const p = person22(r);
    const pw = pass22(r);
    const b = Buffer.from(pw).toString('base64');
    return pos(
      id,
      `# ldapsearch export for migration ticket IAM-${r.int(100, 9999)}\ndn: uid=${p.login},ou=people,${base(r)}\nobjectClass: inetOrgPerson\nuid: ${p.login}\ncn: ${p.name}\nmail: ${p.email}\ntelephoneNumber: ${p.phone}\nemployeeNumber: ${p.employeeId}\nuserPassword:: ${b}\n`,
      cred('ldif-password-b64', b),
      pers('email', p.email),
      pers('phone', p.phone),
    );
  },
  'ldif-unicodepwd': (r, id) => {
    const pw = pass22(r);
    const b = Buffer.from(`"${pw}"`, 'utf16le').toString('base64');
    const p = person22(r);
    return pos(
      id,
      `ldapmodify -H ldaps://dc01.corp.local -D "CN=Administrator,CN=Users,${base(r)}" -y /run/secrets/adm -f reset.ldif\nmodifying entry "CN=${p.name},OU=Staff,${base(r)}"\nldap_modify: Server is unwilling to perform (53)\n\tadditional info: 0000001F: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM)\n--- reset.ldif ---\ndn: CN=${p.name},OU=Staff,${base(r)}\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: ${b}\n-`,
      cred('ad-unicodepwd-b64', b),
    );
  },
  'ldif-b64-personal': (r, id) => {
    const p = person22(r);
    const addr = `${p.street.replace('strasse', 'straße').replace('vagen', 'vägen')}\n${p.postal} ${p.city}`;
    const ab = Buffer.from(addr).toString('base64');
    const pw = pass22(r);
    return pos(
      id,
      `dn: uid=${p.login},ou=people,${base(r)}\nmail: ${p.email}\nhomePostalAddress:: ${ab}\nmobile: ${p.phone}\nuserPassword: ${pw}\n`,
      pers('home-address-b64', ab),
      pers('email', p.email),
      cred('ldif-password', pw),
    );
  },
  'get-aduser': (r, id) =>
    once22(() => {
      const p = person22(r);
      const ssn = ssn22(r);
      return pos(
        id,
        `PS C:\\> Get-ADUser -Identity ${p.login} -Properties * | Select Name,EmployeeID,MobilePhone,StreetAddress,extensionAttribute7\n\nName               : ${p.name}\nEmployeeID         : ${p.employeeId}\nMobilePhone        : ${p.phone}\nStreetAddress      : ${p.street}\nextensionAttribute7: ${ssn}\n\nWARNING: extensionAttribute7 (SSN) should not be populated — see ticket SEC-${r.int(100, 999)}`,
        pers('phone', p.phone),
        pers('ssn', ssn),
      );
    }),
  'ldap3-traceback': (r, id) => {
    const pw = spass(r);
    return pos(
      id,
      `Traceback (most recent call last):\n  File "/srv/sync/ad_sync.py", line 41, in bind\n    conn = Connection(server, user='CORP\\\\svc_sync', password='${pw}', authentication=NTLM, auto_bind=True)\nldap3.core.exceptions.LDAPBindError: automatic bind not successful - invalidCredentials\n  locals: user='CORP\\\\svc_sync' password='${pw}'`,
      cred('ldap-bind-password', pw),
    );
  },
  'secretsdump-nthash': (r, id) => {
    const h = r.hex(32);
    const h2 = r.hex(32);
    return pos(
      id,
      `[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n[*] Using the DRSUAPI method to get NTDS.DIT secrets\nCORP\\svc_backup:1${r.digits(3)}:aad3b435b51404eeaad3b435b51404ee:${h}:::\nCORP\\krbtgt:502:aad3b435b51404eeaad3b435b51404ee:${h2}:::\n(EDR alert: credential dumping tool executed on DC02)`,
      cred('ntlm-hash', h),
      cred('ntlm-hash', h2),
    );
  },
  'kinit-password': (r, id) => {
    const pw = spass(r);
    const realm = r.pick(['CORP.BRIGHTLAKE.IO', 'AD.NORTHWIND-HEALTH.COM', 'HADOOP.KESTREL.DE']);
    return pos(
      id,
      r.next() < 0.5
        ? `+ echo '${pw}' | kinit svc-etl@${realm}\nkinit: Password incorrect while getting initial credentials`
        : `spawn kinit hdfs-admin@${realm}\nPassword for hdfs-admin@${realm}: \nsend: sending "${pw}\\r" to { exp4 }\nkinit: Preauthentication failed while getting initial credentials`,
      cred('kerberos-password', pw),
    );
  },
  'klist-keys': (r, id) => {
    const k1 = r.hex(64);
    const k2 = r.hex(32);
    const realm = r.pick(['CORP.BRIGHTLAKE.IO', 'AD.NORTHWIND-HEALTH.COM']);
    return pos(
      id,
      `$ klist -k -t -K -e /etc/security/keytabs/http.service.keytab\nKeytab name: FILE:/etc/security/keytabs/http.service.keytab\nKVNO Timestamp           Principal\n---- ------------------- ------------------------------------------------------\n   3 ${iso22(r).slice(0, 19).replace('T', ' ')} HTTP/web01.internal@${realm} (aes256-cts-hmac-sha1-96)  (0x${k1})\n   3 ${iso22(r).slice(0, 19).replace('T', ' ')} HTTP/web01.internal@${realm} (aes128-cts-hmac-sha1-96)  (0x${k2})`,
      cred('kerberos-key', k1),
      cred('kerberos-key', k2),
    );
  },
  'keytab-secret-b64': (r, id) => {
    const kt = Buffer.concat([Buffer.from([5, 2, 0, 0, 0, r.int(60, 90), 0, 1, 0, 18]), Buffer.from('CORP.LOCAL'), Buffer.from([0, 4]), Buffer.from('HTTP'), r.bytes(60)]).toString('base64');
    return pos(
      id,
      `kubectl get secret krb5-keytab -o yaml (attached to incident INC-${r.int(1000, 9999)})\napiVersion: v1\ndata:\n  krb5.keytab: ${kt}\nkind: Secret\nmetadata:\n  name: krb5-keytab\n  namespace: sso`,
      cred('keytab-b64', kt),
    );
  },
  'keytab-hexdump': (r, id) => {
    const key = r.bytes(32);
    const hex = key.toString('hex');
    const lines = [
      `00000000: 0502 0000 0052 0001 000a 434f 5250 2e4c  .....R....CORP.L`,
      `00000010: 4f43 414c 0004 4854 5450 0000 0001 ${r.hex(4)}  OCAL..HTTP......`,
      `00000020: 0300 1200 20${hex.slice(0, 2)} ${hex.slice(2, 6)} ${hex.slice(6, 10)} ${hex.slice(10, 14)} ${hex.slice(14, 18)}  .... ...........`,
    ];
    const keyHex = `${hex.slice(2, 6)} ${hex.slice(6, 10)} ${hex.slice(10, 14)} ${hex.slice(14, 18)}`;
    return pos(id, `$ xxd /etc/krb5.keytab | head -3   # debugging "Key version is not available"\n${lines.join('\n')}`, cred('keytab-hexdump', keyHex));
  },
  'ad-connect-password': (r, id) => {
    const pw = upass22(r);
    return pos(
      id,
      `Microsoft Entra Connect: Export to connector 'corp.local' failed. stopped-extension-dll-exception\nConnector account: CORP\\MSOL_${r.hex(12)}\nRun profile debug: {"ConnectivityParameters":{"forest-name":"corp.local","forest-login-user":"svc-adconnect","forest-login-domain":"CORP","forest-login-password":"${pw}"}}`,
      cred('ad-connector-password', pw),
    );
  },
};
