import { company71, fit71, host71, ip71, jsonEsc71, padR71, ts71, up71, xmlEsc71, z71, type Tpl71 } from './blind-set-71-core';
import { aba71, acct71, card71, ssn71 } from './blind-set-71-ids';
import { akid71, awsSecret71, b64key71, basic71, jwt71, pw71, racf71, tibco71 } from './blind-set-71-keys';
import { addr71, dobText71, email71, person71, phone71, usPerson71 } from './blind-set-71-people';

const M = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'mainframe', name, make });

/** Mainframe batch, CICS and IBM MQ. */
export const MAINFRAME71: Tpl71[] = [
  M('jcl-jobcard', (x, r) => {
    const p = usPerson71(r);
    const prog = x.p('person-name', fit71(`${up71(p.first)[0]} ${up71(p.last)}`, 20));
    return `$HASP165 EDIX${r.int(100, 999)}  ENDED AT N1  MAXCC=0012 CN(INTERNAL)
//EDIX${r.int(100, 999)} JOB (ACCT${r.digits(4)}),'${prog}',CLASS=A,MSGCLASS=X,
//         USER=EDIBAT${r.int(1, 9)},PASSWORD=${x.c('racf-password', racf71(r))}
//STEP01   EXEC PGM=FTP,PARM='(EXIT'
//INPUT    DD *
${host71(r)}
edixfer ${x.c('ftp-password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10))}
PUT 'EDI.OUTBOUND.X834.D260101' /in/834.dat
QUIT
/*
EZA1735I Std Return Code = 27530, Error Code = 00002`;
  }),
  M('zos-ftp-netrc', (x, r) => {
    return `EZA1450I IBM FTP CS V2R5
EZA1772I FTP: EXIT has been set.
EZA1736I ${host71(r)}
EZA1554I Connecting to:  ${ip71(r)} port: 21.
220 ${company71(r)} EDI gateway
NETRC dataset EDIBAT.NETRC in use:
MACHINE ${host71(r)} LOGIN edi_mvs PASSWORD ${x.c('ftp-password', racf71(r))}
EZA1701I >>> USER edi_mvs
331 Password required
EZA1701I >>> PASS ${x.c('ftp-password', r.urlPassword(10))}
530 Login incorrect`;
  }),
  M('cics-abend-commarea', (x, r) => {
    const p = usPerson71(r);
    const last = x.p('person-name', fit71(up71(p.last), 18));
    const first = x.p('person-name', fit71(up71(p.first), 12));
    const ssn = x.p('ssn', ssn71(r, 'plain'));
    const acct = x.f('bank-account', acct71(r));
    return `DFHAC2206 ${ts71(r).slice(11, 19)} CICSPRD1 Transaction ENRL has failed with abend ASRA. Resource backout was successful.
DFHPD0123 COMMAREA (length 120):
  +0000  ${padR71(last, 18)}${padR71(first, 12)}${ssn}  *character view*
  +002D  ${acct}${' '.repeat(3)}${x.f('aba-routing', aba71(r))}   DOB ${x.p('date-of-birth', dobText71(r, 'd8'))}
  PROGRAM ENRL0${r.int(10, 99)} OFFSET X'${r.hex(4).toUpperCase()}'`;
  }),
  M('mq-jms-2035', (x, r) => {
    return `com.ibm.msg.client.jms.DetailedJMSSecurityException: JMSWMQ2013: The security authentication was not valid that was supplied for QueueManager 'QM${r.pick(['EDI', 'PRD', 'B2B'])}${r.int(1, 9)}' with connection mode 'Client' and host name '${host71(r)}(1414)'.
Please check if the supplied username and password are correct on the QueueManager to which you are connecting.
\tat com.ibm.msg.client.wmq.common.internal.Reason.reasonToException(Reason.java:531)
Caused by: com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2035' ('MQRC_NOT_AUTHORIZED').
Connection factory: {XMSC_WMQ_CHANNEL=EDI.SVRCONN, XMSC_USERID=mqedi, XMSC_PASSWORD=${x.c('mq-password', pw71(r).replace(/[,}\\]/g, ':'))}, XMSC_WMQ_QUEUE_MANAGER=QMEDI1}`;
  }),
  M('mq-browse-message', (x, r) => {
    const p = person71(r);
    return `AMQ8409I: Display Queue details.  QUEUE(EDI.PAYMENTS.DLQ) CURDEPTH(${r.int(1, 500)})
 MQMD: Format 'MQSTR   ' Encoding 273 CCSID 1208 PutApplName 'mule-payments          ' PutDate '2026${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}'
 MQDLH Reason: 2053 (MQRC_Q_FULL)
 Message: {"paymentId":"${r.uuid()}","cardholder":"${x.p('person-name', jsonEsc71(p.full))}","pan":"${x.f('card-number', card71(r))}","billing":{"email":"${x.p('email', email71(r, p))}","phone":"${x.p('phone', phone71(r))}"},"merchantKey":"${x.c('api-key', r.b62(32))}"}`;
  }),
  M('mqsc-chlauth', (x, r) => {
    return `${ts71(r)} runmqsc failed in deploy script (bash -x trace):
+ echo 'DEFINE CHANNEL(EDI.SVRCONN) CHLTYPE(SVRCONN) MCAUSER(mqedi) REPLACE'
+ runmqsc QMEDI${r.int(1, 9)}
+ MQSAMP_USER_ID=mqedi
+ export MQSAMP_USER_ID
+ printf '%s\\n' '${x.c('mq-password', r.urlPassword(r.int(12, 16)))}'
+ amqsputc EDI.TEST.Q QMEDI${r.int(1, 9)}
AMQ5155E: MQCONNX ended with reason code 2035`;
  }),
  M('db2-zos-sqlcode', (x, r) => {
    const p = usPerson71(r);
    return `DSNT408I SQLCODE = -803, ERROR:  AN INSERTED OR UPDATED VALUE IS INVALID BECAUSE INDEX IN INDEX SPACE XMBRSSN CONSTRAINS COLUMNS OF THE TABLE SO NO TWO ROWS CAN CONTAIN DUPLICATE VALUES IN THOSE COLUMNS.
DSNT418I SQLSTATE   = 23505 SQLSTATE RETURN CODE
HOST VARIABLES: :HV-SSN = '${x.p('ssn', ssn71(r, 'plain'))}'  :HV-LNAME = '${x.p('person-name', up71(p.last))}'  :HV-FNAME = '${x.p('person-name', up71(p.first))}'  :HV-DOB = '${x.p('date-of-birth', dobText71(r, 'iso'))}'
PROGRAM MBRLOAD  PLAN EDIPLAN  AUTHID EDIBAT${r.int(1, 9)}`;
  }),
];

const S = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'esb', name, make });

/** TIBCO, MuleSoft, Boomi, BizTalk and other integration buses. */
export const ESB71: Tpl71[] = [
  S('tibco-bw-jdbc', (x, r) => {
    return `${ts71(r)} [BW-JDBC-100034] Job-${r.int(1000, 99999)} Error in [Processes/Claims/LoadRemit.process/JDBC Update] Connection refused: ORA-01017: invalid username/password; logon denied
  JDBC shared resource (Resources/EDI_ORA.sharedjdbc): <url>jdbc:oracle:thin:@${host71(r)}:1521:EDIPRD</url><user>edi_bw</user><password>${x.c('tibco-obfuscated-password', tibco71(r))}</password>`;
  }),
  S('tibco-ems-admin', (x, r) => {
    return `tibemsadmin -server "tcp://${host71(r)}:7222" -user admin -password ${x.c('ems-password', pw71(r).replace(/["'\\ ]/g, '9'))} -script /opt/tibco/edi/create_queues.txt
TIBCO Enterprise Message Service Administration Tool. Version 10.2.1 V4
Connecting to: tcp://${host71(r)}:7222
Command: create queue EDI.837.IN
Error: not allowed to create queue (authorization failure)
bridge config: ssl_password=${x.c('tibco-obfuscated-password', tibco71(r))}`;
  }),
  S('mule-http-401', (x, r) => {
    return `********************************************************************************
Message               : HTTP POST on resource 'https://login.salesforce.com/services/oauth2/token' failed: unauthorized (401).
Error type            : HTTP:UNAUTHORIZED
Element               : sf-sync-flow/processors/2 @ edi-salesforce-sync:sf-sync.xml:${r.int(20, 90)}
FlowStack             : at sf-sync-flow(sf-sync-flow/processors/2 @ edi-salesforce-sync:sf-sync.xml:${r.int(20, 90)})
  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)
********************************************************************************
Resolved properties: sfdc.username=integration@acme-logistics.example sfdc.password=${x.c('salesforce-password', r.urlPassword(r.int(12, 16)))} sfdc.securityToken=${x.c('salesforce-security-token', r.b62(r.pick([24, 25])))} sfdc.consumerSecret=${x.c('salesforce-consumer-secret', r.hex(64).toUpperCase())}`;
  }),
  S('mule-anypoint-secret', (x, r) => {
    return `${ts71(r)} ERROR [[MuleRuntime].uber.${r.int(1, 20)}: [edi-api].api-autodiscovery] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: Gateway could not register API ${r.int(10000000, 19999999)}: Invalid client credentials
  anypoint.platform.client_id=${r.hex(32)}
  anypoint.platform.client_secret=${x.c('anypoint-client-secret', r.hex(32).toUpperCase())}
  secure::db.password=${x.c('db-password', pw71(r))}
  secure::aws.accessKey=${x.c('aws-access-key-id', akid71(r))}
  secure::aws.secretKey=${x.c('aws-secret-access-key', awsSecret71(r))}`;
  }),
  S('mule-dataweave-payload', (x, r) => {
    const p = usPerson71(r);
    const a = addr71(r, 'US');
    const dob = x.p('date-of-birth', dobText71(r, 'us'));
    return `org.mule.runtime.core.api.expression.ExpressionRuntimeException: "Unable to coerce \`"${dob}"\` as \`Date\` using format \`yyyy-MM-dd\`

4| birthDate: payload.member.dob as Date {format: "yyyy-MM-dd"},
   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Payload: {"member":{"name":"${x.p('person-name', jsonEsc71(p.full))}","ssn":"${x.p('ssn', ssn71(r))}","dob":"${dob}","address":"${x.p('postal-address', jsonEsc71(a.line))}"}}
Trace: at main (Unknown), authorization header was "Bearer ${x.c('jwt', jwt71(r, { sub: `svc-enroll-${r.int(1, 9)}`, scope: 'members:write' }))}"`;
  }),
  S('boomi-api-basic', (x, r) => {
    const b = basic71(r, `BOOMI_TOKEN.integration.svc@${r.pick(['acme-logistics', 'globex-health'])}.com`);
    return `${ts71(r)} SEVERE: AtomSphere API call failed: POST https://api.boomi.com/api/rest/v1/${r.pick(['acme', 'globex'])}-${r.hex(6)}/ExecutionRequest -> 401
Request headers: {Accept=application/json, Authorization=Basic ${x.c('basic-auth', b.b64)}, Content-Type=application/json}
Process: "EDI 834 Inbound - Carrier Feed" Atom: ${host71(r)}`;
  }),
  S('boomi-doc-tracking', (x, r) => {
    const p = person71(r);
    return `Process Reporting > Document Properties (document failed at shape "Map: HRIS to Carrier"):
  Tracked Field "EmployeeName": ${x.p('person-name', p.full)}
  Tracked Field "EmployeeSSN": ${x.p('ssn', ssn71(r))}
  Tracked Field "HomePhone": ${x.p('phone', phone71(r))}
  Dynamic Process Property DPP_SFTP_PASS: ${x.c('sftp-password', pw71(r))}
  Error: Unable to create XML files from data, the document may not be well-formed xml ; Caused by: Unexpected character '${r.pick(['&', '<'])}' (code ${r.int(30, 60)})`;
  }),
  S('biztalk-tracked-body', (x, r) => {
    const p = person71(r);
    const a = addr71(r);
    return `Event 5754 (BizTalk Server): A message sent to adapter "WCF-SQL" on send port "SP_Members_SQL" with URI "mssql://${host71(r)}//EdiMembers?" is suspended.
 Error details: The adapter failed to perform the operation. SqlException: String or binary data would be truncated in table 'EdiMembers.dbo.Member', column 'Street'.
 Tracked message body:
 <ns0:Member xmlns:ns0="http://Contoso.Edi.Schemas"><Name>${x.p('person-name', xmlEsc71(p.full))}</Name><Street>${x.p('street-address', xmlEsc71(a.street))}</Street><City>${xmlEsc71(a.city)}</City><Dob>${x.p('date-of-birth', dobText71(r, 'iso'))}</Dob></ns0:Member>
 Binding: <add name="password" value="${x.c('db-password', pw71(r).replace(/["<&]/g, '^'))}"/>`;
  }),
  S('camel-activemq', (x, r) => {
    return `org.apache.camel.RuntimeCamelException: javax.jms.JMSSecurityException: User name [edi_camel] or password is invalid.
 brokerURL=failover:(ssl://${host71(r)}:61617,ssl://${host71(r)}:61617)?jms.userName=edi_camel&jms.password=${x.c('jms-password', r.urlPassword(r.int(12, 16)))}&jms.prefetchPolicy.all=10
 trustStorePassword=${x.c('truststore-password', pw71(r).replace(/&/g, '+'))}`;
  }),
  S('actuator-env', (x, r) => {
    return `GET /actuator/env 200 (sanitization disabled by management.endpoint.env.show-values=ALWAYS)
{"activeProfiles":["prod"],"propertySources":[{"name":"configserver:edi-gateway","properties":{"spring.datasource.url":{"value":"jdbc:db2://${host71(r)}:50000/EDIDB"},"spring.datasource.username":{"value":"edigw"},"spring.datasource.password":{"value":"${x.c('db-password', jsonEsc71(pw71(r)))}"},"edi.van.api-key":{"value":"${x.c('api-key', r.b62(40))}"},"spring.rabbitmq.password":{"value":"******"}}}]}`;
  }),
  S('logicapps-servicebus', (x, r) => {
    return `{"error":{"code":"ServiceProviderActionFailed","message":"The service provider action failed with error code 'ServiceOperationFailed' and error message 'Put token failed. status-code: 401, status-description: InvalidSignature'.","connection":{"connectionString":"Endpoint=sb://${r.pick(['contoso', 'fabrikam'])}-b2b.servicebus.windows.net/;SharedAccessKeyName=EdiSender;SharedAccessKey=${x.c('azure-sas-key', b64key71(r, 32))};EntityPath=edi-inbound"},"integrationAccount":"ia-${r.pick(['x12', 'edifact'])}-prod"}}`;
  }),
  S('webmethods-tn', (x, r) => {
    const p = usPerson71(r);
    return `[ISS.0088.9134] Exception occurred while processing the body of the message: com.wm.app.b2b.server.ServiceException: [TRNSERV.000024.000012] Trading Networks delivery failed for partner ${company71(r)}
 Delivery method: Primary HTTPS ${host71(r)} user=tn_deliver password=${x.c('password', pw71(r).replace(/\s/g, '_'))}
 BizDoc content: <Employee><Name>${x.p('person-name', xmlEsc71(p.full))}</Name><SSN>${x.p('ssn', ssn71(r))}</SSN><Card>${x.f('card-number', card71(r, true))}</Card></Employee>`;
  }),
  S('mulesoft-vault-yaml', (x, r) => {
    return `Caused by: org.mule.runtime.api.lifecycle.InitialisationException: Could not create connection for config 'SFTP_Config' (SFTP:CONNECTIVITY)
--- properties/prod.yaml (dumped by support script) ---
sftp:
  host: "${host71(r)}"
  username: "carrier_feed"
  password: "${x.c('sftp-password', pw71(r).replace(/["\\]/g, '='))}"
pgp:
  passphrase: '${x.c('pgp-passphrase', r.urlPassword(r.int(16, 22)))}'
salesforce:
  token: ${x.c('salesforce-session-id', `00D${r.b62(12)}!${r.b62(96)}`)}`;
  }),
];
