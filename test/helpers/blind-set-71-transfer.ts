import { company71, host71, ip71, ts71, up71, z71, type Tpl71 } from './blind-set-71-core';
import { ssn71 } from './blind-set-71-ids';
import { akid71, awsSecret71, basic71, pem71, pgp71, ppk71, pw71 } from './blind-set-71-keys';
import { dobText71, usPerson71 } from './blind-set-71-people';

const T = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'transfer', name, make });

const hostKey = (r: { b64: (n: number) => string }): string => `ssh-ed25519 255 SHA256:${r.b64(32).replace(/=+$/, '')}`;

/** AS2, SFTP and FTPS batch transfers: connector logs, client transcripts and their configuration. */
export const TRANSFER71: Tpl71[] = [
  T('openas2-401', (x, r) => {
    const b = basic71(r, `${r.pick(['ACME', 'GLOBEX'])}_AS2`);
    return `${ts71(r)} ERROR org.openas2.processor.sender.AS2SenderModule - Message ${r.hex(8)}@${host71(r)} failed to send: Http Response Error: 401 Unauthorized
 Request headers: AS2-From: ${r.pick(['ACMECORP', 'GLOBEXHQ'])}; AS2-To: ${r.pick(['WALMART', 'TARGETCORP', 'PARTNERX'])}; Message-ID: <OPENAS2-${r.digits(13)}@${host71(r)}>; Disposition-Notification-To: edi@acme-logistics.example; Authorization: Basic ${x.c('basic-auth', b.b64)}; Content-Type: application/pkcs7-mime; smime-type=enveloped-data
 Retry 3/5 scheduled`;
  }),
  T('openas2-config', (x, r) => {
    return `org.openas2.OpenAS2Exception: Failed to load certificate store: keystore password was incorrect
 at org.openas2.cert.PKCS12CertificateFactory.load(PKCS12CertificateFactory.java:${r.int(100, 300)})
 config.xml (line ${r.int(10, 40)}):
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory" filename="%home%/as2_certs.p12" password="${x.c('keystore-password', pw71(r).replace(/["<&\\]/g, '-'))}" interval="300"/>
  <partnership name="ACME-to-${r.pick(['WALMART', 'HOMEDEPOT'])}"><attribute name="as2_url" value="https://${host71(r)}:4080/as2"/><attribute name="http_user" value="acme_as2"/><attribute name="http_password" value="${x.c('as2-http-password', r.urlPassword(r.int(12, 16)))}"/></partnership>`;
  }),
  T('mendelson-mdn', (x, r) => {
    const p = usPerson71(r);
    return `[${ts71(r)}] [${r.hex(8)}] Outbound AS2 message to ${company71(r)}: MDN signature verification failed (insufficient-message-security)
[${r.hex(8)}] Payload preview (first 200 bytes of 837):
ISA*00*          *00*          *ZZ*ACME           *ZZ*PARTNER        *260101*1200*^*00501*${r.digits(9)}*0*P*:~NM1*IL*1*${x.p('person-name', up71(p.last))}*${x.p('person-name', up71(p.first))}****MI*${x.p('ssn', ssn71(r, 'plain'))}~DMG*D8*${x.p('date-of-birth', dobText71(r, 'd8'))}*F~
[${r.hex(8)}] Private key of local station (exported for debugging):
${x.c('private-key', pem71(r, 'PKCS8'))}`;
  }),
  T('jsch-authfail', (x, r) => {
    return `com.jcraft.jsch.JSchException: Auth fail
\tat com.jcraft.jsch.Session.connect(Session.java:519)
\tat org.springframework.integration.sftp.session.DefaultSftpSessionFactory.initJschSession(DefaultSftpSessionFactory.java:${r.int(400, 460)})
Session factory properties:
  sftp.host=${host71(r)}
  sftp.port=22
  sftp.user=edi_${r.pick(['out', 'in', 'remit'])}
  sftp.password=${x.c('sftp-password', pw71(r).replace(/\\/g, '/'))}
  sftp.knownHosts=/opt/edi/known_hosts
  sftp.privateKeyPassphrase=${x.c('ssh-key-passphrase', r.urlPassword(r.int(14, 20)))}`;
  }),
  T('sftp-json-escaped-key', (x, r) => {
    const type = r.pick(['OPENSSH', 'RSA'] as const);
    const key = x.c(type === 'OPENSSH' ? 'openssh-private-key' : 'rsa-private-key', pem71(r, type, '\\n'));
    return `{"time":"${ts71(r)}","level":"error","logger":"transfer.sftp","msg":"connect failed: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain","partner":"${company71(r)}","conn":{"host":"${ip71(r)}","port":22,"user":"edi_${r.int(10, 99)}","host_key":"${hostKey(r)}","private_key":"${key}"}}`;
  }),
  T('paramiko-locals', (x, r) => {
    const pw = x.c('sftp-password', pw71(r).replace(/['\\]/g, '"'));
    return `Traceback (most recent call last):
  File "/opt/edi/bin/pull_835.py", line ${r.int(30, 200)}, in <module>
    transport.connect(username=user, password=password)
  File "/usr/lib/python3/dist-packages/paramiko/transport.py", line 1393, in connect
    self.auth_password(username, password)
paramiko.ssh_exception.AuthenticationException: Authentication failed.
Local variables (sentry): {'host': '${host71(r)}', 'user': 'remit_pull', 'password': '${pw}', 'remote_dir': '/outbound/835', 'hostkey': '${hostKey(r)}'}`;
  }),
  T('winscp-script', (x, r) => {
    const pw = x.c('sftp-password', r.urlPassword(r.int(10, 16)));
    const enc = encodeURIComponent(pw) === pw ? pw : encodeURIComponent(pw);
    return `. ${ts71(r).replace('T', ' ').slice(0, 23)} --------------------------------------------------------------------------
. ${ts71(r).replace('T', ' ').slice(0, 23)} WinSCP Version 6.3.5 (Build 14991) (OS 10.0.20348 - Windows Server 2022 Standard)
. ${ts71(r).replace('T', ' ').slice(0, 23)} Script: open sftp://edi_drop:${enc}@${host71(r)}/ -hostkey="${hostKey(r)}"
. ${ts71(r).replace('T', ' ').slice(0, 23)} Looking up host "${host71(r)}" for SSH connection
! ${ts71(r).replace('T', ' ').slice(0, 23)} Access denied.
* ${ts71(r).replace('T', ' ').slice(0, 23)} (ESshFatal) Authentication failed.`;
  }),
  T('winscp-ppk', (x, r) => {
    return `Boomi SFTP connector: "com.jcraft.jsch.JSchException: invalid privatekey: [B@${r.hex(7)}" - connection ${company71(r)} SFTP Outbound
Key file contents as stored in the Boomi environment extension:
${x.c('putty-private-key', ppk71(r, `edi-${r.pick(['out', 'in'])}-${r.int(2020, 2026)}`))}`;
  }),
  T('curl-ftps-verbose', (x, r) => {
    const pw = x.c('ftp-password', r.urlPassword(r.int(10, 14)));
    return `$ curl -v --ssl-reqd -T ORDERS_${r.digits(8)}.edi ftp://${host71(r)}/inbound/ --user 'edi_orders:${pw}'
*   Trying ${ip71(r)}:21...
< 220 ${company71(r)} FTP server ready
> AUTH SSL
< 234 Proceed with negotiation.
* SSL connection using TLSv1.2 / ECDHE-RSA-AES256-GCM-SHA384
> USER edi_orders
< 331 Please specify the password.
> PASS ${pw}
< 530 Login incorrect.
* Access denied: 530
curl: (67) Access denied: 530`;
  }),
  T('camel-sftp-uri', (x, r) => {
    const pw = x.c('sftp-password', pw71(r).replace(/[)&\\]/g, '_'));
    return `org.apache.camel.FailedToStartRouteException: Failed to start route route${r.int(1, 20)} because of Cannot create consumer
route XML: <from uri="sftp://edi@${host71(r)}:22/outbound?password=RAW(${pw})&amp;privateKeyPassphrase=RAW(${x.c('ssh-key-passphrase', r.urlPassword(r.int(12, 18)))})&amp;delete=true&amp;delay=60000"/>
Caused by: com.jcraft.jsch.JSchException: UnknownHostKey: ${host71(r)}. RSA key fingerprint is ${r.hex(32).match(/../g)!.join(':')}`;
  }),
  T('k8s-secret-sftp', (x, r) => {
    const pem = pem71(r, r.pick(['RSA', 'OPENSSH', 'EC']));
    const b64 = x.c('private-key-base64', Buffer.from(pem).toString('base64'));
    return `Error from server (Invalid): error when applying patch: Secret "edi-sftp-${r.pick(['partner', 'van', 'bank'])}" is invalid: data[known_hosts]: Invalid value: "<secret contents redacted>": a valid config key must consist of alphanumeric characters
original object:
apiVersion: v1
kind: Secret
type: kubernetes.io/ssh-auth
data:
  ssh-privatekey: ${b64}
  password: ${x.c('password-base64', Buffer.from(pw71(r)).toString('base64'))}`;
  }),
  T('connect-direct', (x, r) => {
    return `SCPA000I Connect:Direct process submitted (PNUMBER=${r.int(1000, 9999)})
EDI837   PROCESS SNODE=${r.pick(['CDPARTNR', 'CD.BANKHOST'])}  -
         SNODEID=(edicdusr,${x.c('connect-direct-password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8))}) -
         PNODEID=(EDIBATCH,${x.c('racf-password', `P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789#$@', 6)}${r.int(0, 9)}`)})
STEP01   COPY FROM (DSN=EDI.OUTBOUND.X837.D260101 DISP=SHR) -
              TO (FILE=/inbound/837/claims.dat DISP=RPL)
SVTM052I Process EDI837 ended with RC=8 (SCPA013I: Security check failed for SNODEID)`;
  }),
  T('rclone-config', (x, r) => {
    return `${ts71(r).replace('T', ' ').slice(0, 19)} ERROR : Attempt 3/3 failed with 1 errors and: couldn't connect SSH: ssh: handshake failed: ssh: unable to authenticate
--- rclone config show partner-ftps ---
[partner-ftps]
type = ftp
host = ${host71(r)}
user = remit_${r.int(10, 99)}
pass = ${x.c('rclone-obscured-password', r.b64url(r.int(24, 36)))}
explicit_tls = true
[archive-s3]
type = s3
access_key_id = ${x.c('aws-access-key-id', akid71(r))}
secret_access_key = ${x.c('aws-secret-access-key', awsSecret71(r))}`;
  }),
  T('pgp-keyring-export', (x, r) => {
    return `gpg: decryption failed: No secret key (file REMIT_${r.digits(8)}.835.pgp)
Batch job fallback loaded EDI_PGP_PRIVATE_KEY from env:
${x.c('pgp-private-key', pgp71(r))}
EDI_PGP_PASSPHRASE=${x.c('pgp-passphrase', pw71(r))}`;
  }),
  T('goanywhere-job', (x, r) => {
    return `${ts71(r)} ERROR [GoAnywhere MFT] Job ${r.digits(13)} (Project: /Payroll/SendToBank) failed at task "sftp-put"
  <sftp resourceId="BankSFTP" host="${host71(r)}" user="pay_out" password="${x.c('sftp-password', pw71(r).replace(/["<&\\]/g, '.'))}" hostKeyFingerprint="${hostKey(r)}"/>
  <pgpEncrypt><key path="/keys/bank_pub.asc"/></pgpEncrypt>
  Error: 2 SSH_FX_NO_SUCH_FILE: /in/PAY_2026${z71(r.int(1, 12), 2)}.ach`;
  }),
  T('s3-batch-env', (x, r) => {
    return `botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided.
Environment of failing job (edi-archive-${r.int(1, 9)}):
AWS_ACCESS_KEY_ID=${x.c('aws-access-key-id', akid71(r))}
AWS_SECRET_ACCESS_KEY=${x.c('aws-secret-access-key', awsSecret71(r))}
AWS_DEFAULT_REGION=${r.pick(['us-east-1', 'eu-central-1'])}
EDI_ARCHIVE_BUCKET=${r.pick(['acme', 'globex'])}-edi-archive
SFTP_PASSWORD=${x.c('sftp-password', r.urlPassword(r.int(12, 18)))}`;
  }),
  T('ec-key-ftps-client-cert', (x, r) => {
    return `javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate (FTPS client auth to ${host71(r)}:990)
client.pem used by FTPSClient:
${x.c('ec-private-key', pem71(r, 'EC'))}
-----BEGIN CERTIFICATE-----
MIIB${r.b64(90).replace(/=+$/, '')}
-----END CERTIFICATE-----`;
  }),
];
