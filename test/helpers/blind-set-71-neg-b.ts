import { company71, host71, ip71, ts71, z71, type NegTpl71 } from './blind-set-71-core';

const N = (name: string, make: NegTpl71['make']): NegTpl71 => ({ src: 'neg-platform', name, make });

/** Negatives from SAP, databases, directories, buses and Windows: look-alikes with no secret or person. */
export const NEG_B71: NegTpl71[] = [
  N('idoc-status', (r) => `IDoc ${z71(r.int(1, 9999999), 16)} status 51 (ORDERS05): Material ${r.digits(8)} not maintained in plant ${r.int(1000, 1999)}; message V1 ${r.int(100, 999)}; partner LS ${r.pick(['EDI_PARTNER', 'S4PCLNT100'])}; RFC TID ${r.hex(24).toUpperCase()}`),
  N('sap-rfc-generic', (r) => `RFC_COMMUNICATION_FAILURE: partner '${ip71(r)}:sapgw${z71(r.int(0, 99), 2)}' not reached (LOCATION CPIC (TCP/IP) on local host ${host71(r)}, ERROR NiPConnect2, TIME ${ts71(r)}, RELEASE 793, COMPONENT NI (network interface), RC -10)`),
  N('jco-destination-masked', (r) => `jco.client.ashost=${host71(r)}
jco.client.sysnr=00
jco.client.client=100
jco.client.user=RFC_EDI
jco.client.passwd=${r.pick(['<from secure store>', '********', '${SAP_RFC_PASSWORD}', 'xxxxxxxx'])}
jco.destination.peak_limit=10`),
  N('ora-errors', (r) => `ORA-${r.pick(['12541: TNS:no listener', '12514: TNS:listener does not currently know of service requested in connect descriptor', '01017: invalid username/password; logon denied', '28001: the password has expired'])} (host ${host71(r)}, service EDIPRD, SID ${r.pick(['EDIP1', 'ORCL'])}), session ${r.int(100, 9999)},${r.int(10000, 65535)}`),
  N('jdbc-url-no-pw', (r) => `HikariPool-1 - Exception during pool initialization: jdbc:${r.pick([`oracle:thin:@//${host71(r)}:1521/EDIPRD`, `db2://${host71(r)}:50000/EDIDB:currentSchema=EDI;`, `sqlserver://${host71(r)}:1433;databaseName=Claims;encrypt=true`])} user=${r.pick(['edi_app', 'claims_ro'])} password=${r.pick(['****', '${DB_PASSWORD}', '<redacted>'])} (Connection timed out after ${r.int(1000, 30000)}ms)`),
  N('db2-sql30082', (r) => `SQL30082N  Security processing failed with reason "${r.pick(['19', '24', '41'])}" ("${r.pick(['USERID DISABLED or RESTRICTED', 'USERNAME AND/OR PASSWORD INVALID', 'CONNECTION DISALLOWED'])}").  SQLSTATE=08001 database=EDIDB node=${host71(r)}`),
  N('ldap-49-no-cred', (r) => `LDAP bind failed for CN=svc_edi_ldap,OU=Service Accounts,DC=corp,DC=contoso,DC=com: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data ${r.pick(['52e', '532', '533', '701', '773', '775'])}, v4563] (server ${host71(r)}:636)`),
  N('kerberos-errors', (r) => `${ts71(r)} GSSException: No valid credentials provided (Mechanism level: ${r.pick(['Clock skew too great (37)', 'Checksum failed', 'Server not found in Kerberos database (7) - LOOKING_UP_SERVER', 'Pre-authentication information was invalid (24)'])}) principal=HTTP/${host71(r)}@CORP.CONTOSO.COM kvno=${r.int(1, 9)} enctype=aes256-cts-hmac-sha1-96`),
  N('klist-output', (r) => `Keytab name: FILE:/etc/security/keytabs/edi.service.keytab
KVNO Timestamp           Principal
---- ------------------- ------------------------------------------------------
   ${r.int(1, 9)} 01/${z71(r.int(1, 28), 2)}/2026 10:${z71(r.int(0, 59), 2)}:00 edi/${host71(r)}@EDI.ACME.LOCAL (aes256-cts-hmac-sha1-96)
   ${r.int(1, 9)} 01/${z71(r.int(1, 28), 2)}/2026 10:${z71(r.int(0, 59), 2)}:00 edi/${host71(r)}@EDI.ACME.LOCAL (aes128-cts-hmac-sha1-96)`),
  N('win-4625-svc', (r) => `Event ID 4625: An account failed to log on. Account Name: svc_biztalk$ Account Domain: CONTOSO Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Logon Type: ${r.pick(['3', '5'])} Workstation Name: BTS${r.int(1, 9)}PRD Source Network Address: ${ip71(r)} Logon Process: NtLmSsp`),
  N('win-7034-service', (r) => `Event 7034 (Service Control Manager): The BizTalk Service BizTalk Group : BizTalkServerApplication service terminated unexpectedly. It has done this ${r.int(1, 9)} time(s). Process ID ${r.int(1000, 65000)} Activity ID {${r.uuid().toUpperCase()}}`),
  N('biztalk-suspended', (r) => `Event 5753 (BizTalk Server): A message received by adapter "FILE" on receive location "RL_EDI_X12_In" with URI "\\\\fs${r.int(1, 9)}\\edi\\in\\*.x12" is suspended. Error details: Unable to match the data in the input stream. MessageId: {${r.uuid().toUpperCase()}} InstanceID: {${r.uuid().toUpperCase()}}`),
  N('webconfig-placeholders', (r) => `<connectionStrings><add name="EdiStaging" connectionString="Data Source=${host71(r)};Initial Catalog=EdiStaging;Integrated Security=SSPI" /></connectionStrings>
<appSettings><add key="Sftp.Password" value="#{SftpPassword}#" /><add key="ApiKey" value="__API_KEY__" /></appSettings>
Transform applied: Web.Release.config (${r.int(2, 9)} replacements, 0 warnings)`),
  N('machinekey-autogen', (r) => `<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" decryption="AES" /> (EnrollmentPortal, app pool ${r.pick(['EdiPool', 'PortalPool'])}, recycle #${r.int(1, 90)})`),
  N('tibco-bw-plain', (r) => `${ts71(r)} [BW-HTTP-100118] Job-${r.int(1000, 99999)} Error in [Processes/Orders/Receive.process/HTTP Receiver] Request timed out after ${r.int(30, 300)} s; trackingId=${r.b64(12).replace(/[+/=]/g, 'x')}; engine=${host71(r)}`),
  N('mule-correlation', (r) => `${ts71(r)} ERROR [[MuleRuntime].uber.${r.int(1, 20)}] [processor: edi-flow/processors/3; event: ${r.uuid()}] HTTP:TIMEOUT  HTTP GET on resource 'https://${host71(r)}/api/v2/orders/${r.int(100000, 999999)}' failed: Timeout exceeded. x-correlation-id=${r.uuid()}`),
  N('boomi-execution', (r) => `Execution ${r.pick(['execution', 'exec'])}-${r.uuid()}-2026.01.${z71(r.int(1, 28), 2)} of process "EDI 850 Outbound" on Atom ${host71(r)} ended in ERROR after ${r.int(1, 900)} s: Connector [Disk] - Unable to write to /edi/out (No space left on device). Documents: ${r.int(1, 400)} in, 0 out.`),
  N('servicebus-no-key', (r) => `Azure.Messaging.ServiceBus.ServiceBusException: The messaging entity 'sb://${r.pick(['contoso', 'fabrikam'])}-b2b.servicebus.windows.net/edi-inbound' could not be found. (MessagingEntityNotFound). TrackingId:${r.uuid()}_G${r.int(1, 30)}, SystemTracker:gateway7, Timestamp:${ts71(r)}`),
  N('hashes-checksums', (r) => `File integrity check for CLAIMS_${r.digits(8)}.x12: sha256=${r.hex(64)} md5=${r.hex(32)} size=${r.int(1000, 9000000)} bytes; previous run sha1=${r.hex(40)}; git commit ${r.hex(40)}`),
  N('public-key-pem', (r) => `Partner PGP public key imported (fingerprint ${r.hex(40).toUpperCase().match(/.{4}/g)!.join(' ')}):
-----BEGIN PUBLIC KEY-----
${Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), r.bytes(256), Buffer.from('0203010001', 'hex')]).toString('base64').match(/.{1,64}/g)!.join('\n')}
-----END PUBLIC KEY-----`),
  N('aws-doc-example', (r) => `Docs snippet in runbook (not a real key): aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE; aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; bucket ${r.pick(['acme', 'globex'])}-edi-archive; region us-east-1`),
  N('example-emails', (r) => `Notification for failed batch ${r.digits(8)} sent to edi-support@example.com, ops-oncall@example.org (cc: noreply@example.net) - template EDI_FAILURE_v${r.int(1, 9)}`),
  N('orders-tracking', (r) => `Shipment notice 856 for PO ${r.digits(10)}: carrier UPS tracking 1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXY', 16)}, ${r.int(1, 40)} cartons, SSCC 00${r.digits(18)}, ship date 2026-${z71(r.int(1, 12), 2)}-${z71(r.int(1, 28), 2)}, amount ${r.int(100, 99999)}.${r.int(10, 99)} USD, vendor ${company71(r)}`),
  N('base64-nonsecret', (r) => `AS2 payload preview (base64 of first bytes): ${Buffer.from(`ISA*00*          *00*          *ZZ*ACME${r.int(100, 999)}`).toString('base64')} (content-type application/edi-x12, ${r.int(1000, 99999)} bytes)`),
  N('versions-build', (r) => `Integration runtime versions: Mule ${r.pick(['4.6.4', '4.8.1'])}, Boomi Atom ${r.int(20, 26)}.${r.int(1, 12)}.${r.int(0, 9)}, IBM MQ 9.${r.int(2, 4)}.0.${r.int(0, 20)}, BizTalk 2020 CU${r.int(1, 6)}, Oracle 19.${r.int(10, 23)}.0.0, build ${r.hex(7)}, image sha256:${r.hex(64)}`),
  N('ps-redacted', (r) => `Event 4104: Creating Scriptblock text: $cred = Get-StoredCredential -Target 'EDI-SFTP'; Invoke-RestMethod -Uri "https://${host71(r)}/api/health" -Headers @{ 'X-Api-Key' = $env:EDI_API_KEY } (ScriptBlock ID: ${r.uuid()})`),
  N('uuid-trace-ids', (r) => `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01 request-id=${r.uuid()} span=${r.hex(16)} x-amzn-RequestId: ${r.uuid()} - retry ${r.int(1, 5)}/5 to ${host71(r)}`),
];
