import { host71, ip71, ts71, type Tpl71 } from './blind-set-71-core';
import { aadhaar71, cnId71, ssn71 } from './blind-set-71-ids';
import { keytab71, pem71, pw71, racf71 } from './blind-set-71-keys';
import { addr71, dobText71, email71, person71, phone71, usPerson71 } from './blind-set-71-people';

const D = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'db', name, make });

/** Oracle, DB2, SQL Server and Sybase connection failures. */
export const DB71: Tpl71[] = [
  D('oracle-thin-url', (x, r) => {
    return `java.sql.SQLException: ORA-01017: invalid username/password; logon denied
\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:${r.int(400, 700)})
\tat com.acme.edi.remit.RemitDao.<init>(RemitDao.java:${r.int(20, 90)})
Caused by URL: jdbc:oracle:thin:edi_owner/${x.c('jdbc-password', r.urlPassword(r.int(10, 16)))}@//${host71(r)}:1521/EDIPRD.acme`;
  }),
  D('sqlplus-cron', (x, r) => {
    return `From: cron@${host71(r)}
Subject: Cron <oracle@edidb> /u01/edi/bin/nightly_purge.sh
+ sqlplus -s edi_batch/"${x.c('db-password', pw71(r).replace(/["\\$\`]/g, '%'))}"@EDIPRD @/u01/edi/sql/purge_835.sql
ERROR:
ORA-28000: The account is locked.
SP2-0751: Unable to connect to Oracle.  Exiting SQL*Plus`;
  }),
  D('mkstore-wallet', (x, r) => {
    const wpw = x.c('wallet-password', pw71(r).replace(/\s/g, '!'));
    return `${ts71(r)} ansible task "create wallet credential" failed (rc=1):
cmd: mkstore -wrl /u01/app/oracle/wallet -createCredential EDIPRD edi_app ${x.c('db-password', r.urlPassword(r.int(12, 16)))}
stdin: ${wpw}
stdout: Oracle Secret Store Tool Release 19.0.0.0.0 - Production
 PKI-02003: Unable to load the wallet at: /u01/app/oracle/wallet`;
  }),
  D('db2-jcc', (x, r) => {
    return `com.ibm.db2.jcc.am.SqlInvalidAuthorizationSpecException: [jcc][t4][2013][11249][4.33.31] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000
\tat com.ibm.db2.jcc.am.b6.a(b6.java:${r.int(300, 800)})
DataSource url: jdbc:db2://${host71(r)}:50000/EDIDB:user=db2edi;password=${x.c('jdbc-password', pw71(r).replace(/[;\s]/g, '_'))};currentSchema=EDI;sslConnection=true;`;
  }),
  D('db2-clp', (x, r) => {
    return `SQL30082N  Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD INVALID").  SQLSTATE=08001
script line 14: db2 connect to EDIDB user edildr using ${x.c('db-password', r.urlPassword(r.int(10, 14)))}
script line 15: db2 "LOAD FROM /data/in/members.del OF DEL INSERT INTO EDI.MEMBER"`;
  }),
  D('mssql-braces', (x, r) => {
    const raw = `${r.b62(6)};${r.b62(5)}}${r.b62(4)}`;
    return `com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'claims_app'. ClientConnectionId:${r.uuid()}
\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)
connection string: jdbc:sqlserver://${host71(r)}:1433;databaseName=Claims837;user=claims_app;password={${x.c('jdbc-password', raw.replace('}', '}}'))}};encrypt=true;trustServerCertificate=false`;
  }),
  D('sybase-isql', (x, r) => {
    return `${ts71(r)} batch EDI_SETTLE step 3 failed (exit 255)
cmd: isql -U sa -P ${x.c('db-password', r.urlPassword(r.int(10, 14)))} -S SYBPROD -D settlement -i /opt/edi/sql/settle.sql
Msg 4002, Level 14, State 1:
Server 'SYBPROD': Login failed.
CT-LIBRARY error: ct_connect(): protocol specific layer: external error: The attempt to connect to the server failed.`;
  }),
  D('pg-dsn-people', (x, r) => {
    const p = person71(r, r.pick(['in', 'cn']));
    const id = p.culture === 'in' ? x.p('in-aadhaar', aadhaar71(r)) : x.p('cn-resident-id', cnId71(r));
    return `psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "kyc_national_id_key"
DETAIL:  Key (national_id)=(${id}) already exists.
[SQL: INSERT INTO kyc (full_name, national_id, dob, mobile) VALUES (%(full_name)s, %(national_id)s, %(dob)s, %(mobile)s)]
[parameters: {'full_name': '${x.p('person-name', p.full)}', 'national_id': '${id}', 'dob': '${x.p('date-of-birth', dobText71(r, 'iso'))}', 'mobile': '${x.p('phone', phone71(r, p.culture === 'in' ? 'IN' : 'JP'))}'}]
engine: postgresql://kyc_loader:${x.c('db-password', r.urlPassword(r.int(12, 16)))}@${ip71(r)}:5432/kyc`;
  }),
];

const L = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'ldap', name, make });

/** LDAP binds and Kerberos. */
export const LDAP71: Tpl71[] = [
  L('jndi-error-49', (x, r) => {
    return `javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563]
\tat com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)
\tat javax.naming.directory.InitialDirContext.<init>(InitialDirContext.java:111)
env: {java.naming.provider.url=ldaps://${host71(r)}:636, java.naming.security.principal=CN=svc_edi_ldap,OU=Service Accounts,DC=corp,DC=contoso,DC=com, java.naming.security.credentials=${x.c('ldap-password', pw71(r).replace(/[,}]/g, '.'))}, java.naming.security.authentication=simple}`;
  }),
  L('ldapsearch-people', (x, r) => {
    const p = person71(r);
    const a = addr71(r);
    return `+ ldapsearch -x -H ldaps://${host71(r)} -D "cn=svc_hrsync,ou=services,dc=acme,dc=local" -w '${x.c('ldap-password', pw71(r).replace(/'/g, '"'))}' -b "ou=people,dc=acme,dc=local" "(employeeNumber=${r.digits(6)})"
# extended LDIF
dn: uid=e${r.digits(6)},ou=people,dc=acme,dc=local
cn: ${x.p('person-name', p.full)}
mail: ${x.p('email', email71(r, p))}
telephoneNumber: ${x.p('phone', phone71(r))}
homePostalAddress: ${x.p('postal-address', a.line.replace(/, /g, '$'))}
# numResponses: 2
hrsync: ERROR attribute homePostalAddress exceeds 128 characters`;
  }),
  L('ldif-userpassword', (x, r) => {
    return `ldapmodify: Constraint violation (19) additional info: password in history
modifying entry "uid=svc_as2_gw,ou=services,dc=acme,dc=local" from change file /tmp/rotate_${r.digits(6)}.ldif:
dn: uid=svc_as2_gw,ou=services,dc=acme,dc=local
changetype: modify
replace: userPassword
userPassword: ${x.c('ldap-password', pw71(r).replace(/\s/g, '-'))}`;
  }),
  L('ldap3-python', (x, r) => {
    return `ldap3.core.exceptions.LDAPBindError: automatic bind not successful - invalidCredentials
  File "/srv/edi/partner_portal/auth.py", line ${r.int(20, 80)}, in bind_service
    conn = Connection(server, user='CORP\\\\svc_portal', password='${x.c('ldap-password', r.urlPassword(r.int(12, 16)))}', authentication=NTLM, auto_bind=True)`;
  }),
  L('keytab-k8s', (x, r) => {
    const realm = r.pick(['CORP.CONTOSO.COM', 'EDI.ACME.LOCAL']);
    return `${ts71(r)} kinit: Preauthentication failed while getting initial credentials (principal HTTP/${host71(r)}@${realm})
mounted from ConfigMap (should be a Secret!) edi-gateway-krb:
data:
  krb5.keytab: ${x.c('kerberos-keytab', keytab71(r, `HTTP/edi-gw.${realm.toLowerCase()}`, realm))}
  krb5.conf: "[libdefaults]\\n default_realm = ${realm}\\n"`;
  }),
  L('keytab-env', (x, r) => {
    const realm = 'HADOOP.GLOBEX.INTERNAL';
    return `Exception in thread "main" org.apache.hadoop.security.KerberosAuthException: Login failure for user: edi_ingest@${realm} from keytab /tmp/edi.keytab javax.security.auth.login.LoginException: Checksum failed
container env: KRB5_KEYTAB_B64=${x.c('kerberos-keytab', keytab71(r, 'edi_ingest', realm))}
 KRB5_PRINCIPAL=edi_ingest@${realm}`;
  }),
  L('kinit-echo', (x, r) => {
    return `+ echo '${x.c('kerberos-password', pw71(r).replace(/'/g, '#'))}'
+ kinit svc_mq_bridge@CORP.CONTOSO.COM
kinit: Password incorrect while getting initial credentials
+ exit 1`;
  }),
  L('ad-service-ssh-key', (x, r) => {
    const p = usPerson71(r);
    return `sssd[be[corp.contoso.com]]: Could not start TLS encryption. error:0A000086:SSL routines::certificate verify failed
sshd[${r.int(1000, 99999)}]: AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys returned status 1
ops note pasted into ticket by ${x.p('person-name', p.full)} (ext. ${x.p('phone', phone71(r, 'US'))}): temporary key for ${host71(r)}:
${x.c('openssh-private-key', pem71(r, 'OPENSSH'))}`;
  }),
  L('racf-ldap-sdbm', (x, r) => {
    const p = usPerson71(r);
    return `ITY0023 ldapmodify failed: R000105 The password has expired (srv_authenticate.c 1204)
dn: racfid=EDIBAT${r.int(1, 9)},profiletype=user,sysplex=PLEX1
racfPassword: ${x.c('racf-password', racf71(r))}
racfProgrammerName: ${x.p('person-name', up71Name(p.full))}
racfInstallationData: EMP SSN ${x.p('ssn', ssn71(r))} DOB ${x.p('date-of-birth', dobText71(r, 'us'))}`;
  }),
];

function up71Name(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().slice(0, 20).trimEnd();
}
