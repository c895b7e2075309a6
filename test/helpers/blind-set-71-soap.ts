import { company71, host71, ip71, jsonEsc71, ts71, xmlEsc71, type Tpl71 } from './blind-set-71-core';
import { aba71, acct71, card71, cf71, nino71, ssn71, steuerId71 } from './blind-set-71-ids';
import { b64key71, basic71, pw71 } from './blind-set-71-keys';
import { addr71, dobText71, email71, person71, phone71, usPerson71 } from './blind-set-71-people';

const T = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'soap', name, make });

/** SOAP faults with WS-Security, WCF traces and .NET configuration as they reach an alert. */
export const SOAP71: Tpl71[] = [
  T('axis2-usernametoken', (x, r) => {
    const p = usPerson71(r);
    return `${ts71(r)} ERROR [http-nio-8443-exec-${r.int(1, 40)}] o.a.axis2.engine.AxisEngine - The security token could not be authenticated or authorized
org.apache.axis2.AxisFault: The security token could not be authenticated or authorized
\tat org.apache.rampart.handler.RampartReceiver.setFaultCodeAndThrowAxisFault(RampartReceiver.java:180)
\tat org.apache.axis2.engine.Phase.invokeHandler(Phase.java:335)
Request envelope:
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header><wsse:Security soapenv:mustUnderstand="1"><wsse:UsernameToken wsu:Id="UsernameToken-${r.int(10, 99)}">
    <wsse:Username>svc_enroll_${r.int(1, 9)}</wsse:Username>
    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${xmlEsc71(x.c('wsse-password', pw71(r).replace(/[<&"']/g, '9')))}</wsse:Password>
  </wsse:UsernameToken></wsse:Security></soapenv:Header>
  <soapenv:Body><ben:EnrollMember><ben:FirstName>${x.p('person-name', p.first)}</ben:FirstName><ben:LastName>${x.p('person-name', p.last)}</ben:LastName><ben:SSN>${x.p('ssn', ssn71(r, 'plain'))}</ben:SSN><ben:BirthDate>${x.p('date-of-birth', dobText71(r, 'iso'))}</ben:BirthDate></ben:EnrollMember></soapenv:Body>
</soapenv:Envelope>`;
  }),
  T('cxf-logging-outbound', (x, r) => {
    const b = basic71(r, `as2_${r.pick(['acme', 'globex', 'initech'])}`);
    const p = usPerson71(r);
    return `${r.pick(['INFO', 'WARNING'])}: Outbound Message
---------------------------
ID: ${r.int(1, 900)}
Address: https://${host71(r)}:8443/services/AchEnrollmentService
Encoding: UTF-8
Http-Method: POST
Content-Type: text/xml
Headers: {Accept=[*/*], Authorization=[Basic ${x.c('basic-auth', b.b64)}], SOAPAction=["urn:enrollDirectDeposit"]}
Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:enrollDirectDeposit xmlns:ns2="urn:payroll"><employee><name>${x.p('person-name', p.full)}</name><routingNumber>${x.f('aba-routing', aba71(r))}</routingNumber><accountNumber>${x.f('bank-account', acct71(r))}</accountNumber><accountType>CHECKING</accountType></employee></ns2:enrollDirectDeposit></soap:Body></soap:Envelope>
--------------------------------------
SEVERE: Interceptor for {urn:payroll}AchEnrollmentService#{urn:payroll}enrollDirectDeposit has thrown exception, unwinding now
org.apache.cxf.binding.soap.SoapFault: HTTP 401 Unauthorized`;
  }),
  T('wcf-svclog', (x, r) => {
    const p = person71(r);
    const a = addr71(r);
    return `<E2ETraceEvent xmlns="http://schemas.microsoft.com/2004/06/E2ETraceEvent"><System><EventID>0</EventID><Type>3</Type><SubType Name="Information">0</SubType><TimeCreated SystemTime="${ts71(r)}" /><Source Name="System.ServiceModel.MessageLogging" /><Computer>BTS${r.int(1, 9)}PRD</Computer></System>
<ApplicationData><TraceData><DataItem><MessageLogTraceRecord Time="${ts71(r)}" Source="ServiceLevelSendRequest" Type="System.ServiceModel.Dispatcher.OperationFormatter+OperationFormatterMessage">
<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><s:Header><o:Security s:mustUnderstand="1"><o:UsernameToken u:Id="uuid-${r.uuid()}-1"><o:Username>CONTOSO\\svc_wcf_claims</o:Username><o:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${x.c('wsse-password', r.password(r.int(14, 20)))}</o:Password></o:UsernameToken></o:Security></s:Header>
<s:Body><UpdateAddress xmlns="http://tempuri.org/"><member><FullName>${x.p('person-name', xmlEsc71(p.full))}</FullName><Street>${x.p('street-address', xmlEsc71(a.street))}</Street><City>${xmlEsc71(a.city)}</City><Postal>${a.postal}</Postal><Phone>${x.p('phone', phone71(r))}</Phone></member></UpdateAddress></s:Body></s:Envelope>
</MessageLogTraceRecord></DataItem></TraceData></ApplicationData></E2ETraceEvent>`;
  }),
  T('jaxws-dump-card', (x, r) => {
    const p = person71(r);
    return `---[HTTP request - https://${host71(r)}/ws/PaymentGateway]---
Accept: [text/xml, multipart/related]
Content-Type: [text/xml; charset=utf-8]
SOAPAction: ["http://gateway.example/Authorize"]
User-Agent: [JAX-WS RI 2.3.1]
<?xml version="1.0" ?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>merchant${r.digits(6)}</wsse:Username><wsse:Password>${x.c('wsse-password', r.urlPassword(r.int(12, 18)))}</wsse:Password></wsse:UsernameToken></wsse:Security></S:Header><S:Body><ns2:Authorize><CardNumber>${x.f('card-number', card71(r))}</CardNumber><CardHolder>${x.p('person-name', xmlEsc71(p.full))}</CardHolder><Amount>${r.int(10, 9000)}.${r.int(10, 99)}</Amount></ns2:Authorize></S:Body></S:Envelope>--------------------
---[HTTP response - https://${host71(r)}/ws/PaymentGateway - 500]---
<S:Fault><faultcode>wsse:FailedAuthentication</faultcode><faultstring>The security token could not be authenticated</faultstring></S:Fault>`;
  }),
  T('faultstring-echo', (x, r) => {
    const user = `svc_${r.pick(['claims', 'elig', 'remit', 'hr'])}`;
    const pw = x.c('password', pw71(r).replace(/[<&'"\\]/g, 'x'));
    return `javax.xml.ws.soap.SOAPFaultException: Authentication failed for user '${user}' with password '${pw}' (LDAP error 49)
\tat com.sun.xml.internal.ws.fault.SOAP11Fault.getProtocolException(SOAP11Fault.java:178)
\tat com.sun.xml.internal.ws.client.sei.SyncMethodHandler.invoke(SyncMethodHandler.java:116)
\tat com.sun.proxy.$Proxy${r.int(40, 200)}.submitEligibility(Unknown Source)
\tat com.${company71(r).split(' ')[0]!.toLowerCase()}.edi.EligibilityClient.send(EligibilityClient.java:${r.int(40, 300)})
<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Authentication failed for user '${user}' with password '${pw}' (LDAP error 49)</faultstring><detail><trace>${r.uuid()}</trace></detail></soap:Fault>`;
  }),
  T('workday-get-workers', (x, r) => {
    const p = person71(r);
    const nat = r.pick(['GBR', 'DEU', 'ITA', 'USA'] as const);
    const id = nat === 'GBR' ? x.p('uk-nino', nino71(r)) : nat === 'DEU' ? x.p('de-steuer-id', steuerId71(r)) : nat === 'ITA' ? x.p('it-codice-fiscale', cf71(r)) : x.p('ssn', ssn71(r));
    const idType = { GBR: 'GBR-NI', DEU: 'DEU-TIN', ITA: 'ITA-CF', USA: 'USA-SSN' }[nat];
    const a = addr71(r, nat === 'GBR' ? 'GB' : nat === 'DEU' ? 'DE' : nat === 'ITA' ? 'FR' : 'US');
    return `com.workday.integration.WorkdayClientException: Get_Workers page ${r.int(2, 40)} failed: Validation error occurred. Invalid ID value. '${r.hex(32)}' is not a valid ID value for type = 'WID'
Request (tenant ${r.pick(['acme', 'globex', 'initech'])}${r.int(1, 9)}), WS-Security: Username=ISU_Payroll_Int@${r.pick(['acme', 'globex'])}${r.int(1, 9)}, Password=${x.c('workday-isu-password', r.password(r.int(16, 24)))}
Last worker in page:
<wd:Worker_Data><wd:Worker_ID>${r.int(10000, 99999)}</wd:Worker_ID><wd:Personal_Data><wd:Name_Data><wd:Legal_Name_Data><wd:Name_Detail_Data wd:Formatted_Name="${x.p('person-name', xmlEsc71(p.full))}"/></wd:Legal_Name_Data></wd:Name_Data>
<wd:Identification_Data><wd:National_ID><wd:National_ID_Data><wd:ID>${id}</wd:ID><wd:ID_Type_Reference><wd:ID wd:type="National_ID_Type_Code">${idType}</wd:ID></wd:ID_Type_Reference></wd:National_ID_Data></wd:National_ID></wd:Identification_Data>
<wd:Birth_Date>${x.p('date-of-birth', dobText71(r, 'iso'))}-00:00</wd:Birth_Date>
<wd:Address_Data wd:Formatted_Address="${x.p('postal-address', xmlEsc71(a.line))}"/></wd:Personal_Data></wd:Worker_Data>`;
  }),
  T('workday-direct-deposit', (x, r) => {
    const p = usPerson71(r);
    return `[${ts71(r)}] ERROR PayrollBridge: Put_Worker_Payment_Election rejected (wd:Validation_Fault)
<wd:Validation_Error><wd:Message>Bank Routing Number is not valid for the country</wd:Message><wd:Xpath>/bsvc:Put_Payment_Election_Enrollment_Request[1]</wd:Xpath></wd:Validation_Error>
payload: {"Worker":"${jsonEsc71(x.p('person-name', p.full))}","Bank_Account_Nickname":"Payroll","Account_Number":"${x.f('bank-account', acct71(r))}","Routing_Transit_Number":"${x.f('aba-routing', aba71(r))}","Bank_Account_Type":"DDA","SSN_Last_Verified":"${x.p('ssn', ssn71(r))}"}
ws-security: UsernameToken user=ISU_INT_Payroll pw=${x.c('workday-isu-password', r.password(r.int(18, 24)))}`;
  }),
  T('webconfig-transform', (x, r) => {
    const vk = x.c('dotnet-machine-key', r.hex(128).toUpperCase());
    const dk = x.c('dotnet-machine-key', r.hex(r.pick([48, 64])).toUpperCase());
    return `Error MSB4018: The "TransformXml" task failed unexpectedly.
System.Xml.XmlException: 'xdt:Locator' attribute value 'Match(key)' is not valid. Line ${r.int(10, 90)}, position ${r.int(2, 40)}.
   at Microsoft.Web.XmlTransform.XmlTransformation.ApplyTransforms(XmlNode node)
Source document (Web.Release.config, after transform):
<configuration>
  <connectionStrings>
    <add name="EdiStaging" connectionString="Data Source=${host71(r)},1433;Initial Catalog=EdiStaging;User ID=edi_app;Password=${x.c('db-password', pw71(r).replace(/[;"'<&]/g, '_'))};Encrypt=True" providerName="System.Data.SqlClient" xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="Sftp.Host" value="${host71(r)}" />
    <add key="Sftp.Password" value="${x.c('sftp-password', r.urlPassword(r.int(12, 18)))}" xdt:Transform="Replace" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web><machineKey validationKey="${vk}" decryptionKey="${dk}" validation="HMACSHA256" decryption="AES" /></system.web>
</configuration>`;
  }),
  T('appconfig-azure', (x, r) => {
    const sak = x.c('azure-sas-key', b64key71(r, 32));
    const ak = x.c('azure-storage-key', b64key71(r, 64));
    return `Unhandled Exception: Microsoft.Azure.ServiceBus.UnauthorizedException: InvalidSignature: The token has an invalid signature. TrackingId:${r.uuid()}, SystemTracker:NoSystemTracker, Timestamp:${ts71(r)}
   at Microsoft.Azure.ServiceBus.Amqp.AmqpLinkCreator.CreateAndOpenAmqpLinkAsync()
   at Contoso.BizTalk.Bridge.Program.Main(String[] args) in C:\\src\\Bridge\\Program.cs:line ${r.int(20, 200)}
--- BizTalkBridge.exe.config ---
<appSettings>
  <add key="ServiceBus" value="Endpoint=sb://${r.pick(['contoso', 'northwind', 'globex'])}-edi.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sak}" />
  <add key="ArchiveStorage" value="DefaultEndpointsProtocol=https;AccountName=ediarchive${r.int(1, 99)};AccountKey=${ak};EndpointSuffix=core.windows.net" />
</appSettings>`;
  }),
  T('event-4688-netuse', (x, r) => {
    const pw = x.c('password', r.urlPassword(r.int(10, 16)));
    return `Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          ${ts71(r)}
Event ID:      4688
Task Category: Process Creation
Level:         Information
Computer:      BTS${r.int(1, 9)}.corp.contoso.com
Description:
A new process has been created.
Creator Subject:
	Security ID:		CONTOSO\\svc_batch
	Account Name:		svc_batch
	Account Domain:		CONTOSO
	Logon ID:		0x${r.hex(7).toUpperCase()}
Process Information:
	New Process ID:		0x${r.hex(4)}
	New Process Name:	C:\\Windows\\System32\\net.exe
	Token Elevation Type:	%%1936
	Creator Process Name:	C:\\Windows\\System32\\cmd.exe
	Process Command Line:	net use \\\\fs${r.int(1, 9)}\\edi$ /user:CONTOSO\\svc_edi_xfer ${pw} /persistent:no`;
  }),
  T('event-1026-connstr', (x, r) => {
    const pw = x.c('db-password', pw71(r).replace(/[;'"]/g, '#'));
    return `Log Name: Application | Source: .NET Runtime | Event ID: 1026 | Level: Error | Computer: EDIAPP${r.int(1, 9)}
Application: EdiLoader.exe
Framework Version: v4.0.30319
Description: The process was terminated due to an unhandled exception.
Exception Info: System.Data.SqlClient.SqlException
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity, SqlConnectionString, SqlCredential, Object, String, SecureString, Boolean, SqlConnectionString, SessionData, Boolean, String, SqlAuthenticationProviderManager)
Exception Info: System.InvalidOperationException: Login failed for user 'sa'. Connection: Server=${ip71(r)};Database=EDI_${r.pick(['834', '835', '837'])};User Id=sa;Password=${pw};MultipleActiveResultSets=true
   at EdiLoader.Program.Main(System.String[])`;
  }),
  T('event-4688-schtasks', (x, r) => {
    const pw = x.c('password', r.password(r.int(12, 16)).replace(/[" ]/g, '!'));
    return `Event 4688 (Microsoft-Windows-Security-Auditing) on EDIJOB${r.int(1, 9)} at ${ts71(r)}
Process Command Line: schtasks.exe /Create /TN "EDI\\Nightly837Pickup" /TR "C:\\EDI\\bin\\pickup.cmd" /SC DAILY /ST 02:15 /RU CORP\\svc_edi_sched /RP "${pw}" /F
Creator Process Name: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Mandatory Label: Mandatory Label\\High Mandatory Level`;
  }),
  T('ps-4104-scriptblock', (x, r) => {
    const pw = x.c('password', pw71(r).replace(/['`$"]/g, '+'));
    const key = x.c('api-key', r.b62(r.pick([32, 40])));
    return `Microsoft-Windows-PowerShell/Operational  Event ID 4104  Warning  ${ts71(r)}
Creating Scriptblock text (1 of 1):
$secure = ConvertTo-SecureString '${pw}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_as2_monitor', $secure)
Invoke-RestMethod -Uri "https://${host71(r)}/api/v1/messages?status=failed" -Credential $cred -Headers @{ 'X-Api-Key' = '${key}' }
ScriptBlock ID: ${r.uuid()}
Path: C:\\EDI\\scripts\\Check-As2Queue.ps1`;
  }),
  T('biztalk-5743-ftp', (x, r) => {
    const pw = x.c('ftp-password', r.urlPassword(r.int(10, 16)));
    return `Log Name: Application  Source: BizTalk Server  Event ID: 5743  Level: Warning  Computer: BTS${r.int(1, 9)}PRD
The adapter failed to transmit message going to send port "SP_ACH_Outbound_FTP" with URL "ftp://ach_upload:${pw}@${host71(r)}:21/outbound/ach/%MessageID%.ach". It will be retransmitted after the retry interval specified for this Send Port. Details:"Unable to connect to the remote server
 530 Login incorrect.".
MessageId:  {${r.uuid().toUpperCase()}}
InstanceID: {${r.uuid().toUpperCase()}}`;
  }),
  T('aspnet-ysod', (x, r) => {
    const p = usPerson71(r);
    const pw = x.c('password', r.urlPassword(r.int(10, 14)));
    return `Server Error in '/EnrollmentPortal' Application.
Input string was not in a correct format.
Exception Details: System.FormatException: Input string was not in a correct format.
Source Error:
Line 41:             var svc = new EligibilityServiceClient();
Line 42:             svc.ClientCredentials.UserName.UserName = "svc_portal";
Line 43:             svc.ClientCredentials.UserName.Password = "${pw}";
Line 44:             var dob = DateTime.Parse(Request.Form["txtDOB"]);
Form data: __EVENTTARGET=&txtFirst=${encodeURIComponent(x.p('person-name', p.first))}&txtLast=${encodeURIComponent(x.p('person-name', p.last))}&txtSSN=${x.p('ssn', ssn71(r))}&txtDOB=${x.p('date-of-birth', dobText71(r, 'us'))}&btnSubmit=Enroll
Version Information: Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4655.0`;
  }),
  T('soap-escaped-payload', (x, r) => {
    const p = person71(r, r.pick(['ie', 'fr', 'ar']));
    const pw = x.c('wsse-password', r.b62(r.int(12, 18)));
    const nm = x.p('person-name', xmlEsc71(xmlEsc71(p.full)));
    const em = x.p('email', email71(r, p));
    return `${ts71(r)} WARN  [ESB] SOAP fault from ${company71(r)} MemberSync (HTTP 500): soap:Server - Unmarshalling Error: unexpected element (uri:"", local:"Member")
Inbound string payload (escaped): &lt;SyncRequest&gt;&lt;Auth&gt;&lt;User&gt;esb_sync&lt;/User&gt;&lt;Password&gt;${pw}&lt;/Password&gt;&lt;/Auth&gt;&lt;Member&gt;&lt;Name&gt;${nm}&lt;/Name&gt;&lt;Email&gt;${em}&lt;/Email&gt;&lt;/Member&gt;&lt;/SyncRequest&gt;`;
  }),
  T('wsse-password-digest-mix', (x, r) => {
    const p = person71(r);
    const ph = x.p('phone', phone71(r));
    return `${ts71(r)} org.apache.wss4j.common.ext.WSSecurityException: The security token could not be authenticated or authorized
 client-config.properties:
   org.apache.ws.security.crypto.merlin.keystore.password=${x.c('keystore-password', pw71(r))}
   ws.security.username=edi_gateway
   ws.security.password=${x.c('wsse-password', r.password(r.int(12, 18)))}
   ws.security.password.type=PasswordDigest
 last message: <hr:Contact><hr:Name>${x.p('person-name', xmlEsc71(p.full))}</hr:Name><hr:Mobile>${ph}</hr:Mobile><hr:Email>${x.p('email', email71(r, p))}</hr:Email></hr:Contact>`;
  }),
  T('wcf-clientcredentials-json', (x, r) => {
    const nm = jsonEsc71(person71(r).full);
    return `{"@t":"${ts71(r)}","@l":"Error","@mt":"WCF call {Operation} failed","Operation":"SubmitClaim","Endpoint":"https://${host71(r)}/ClaimsService.svc","ClientCredentials":{"UserName":"claims_wcf","Password":"${x.c('wsse-password', jsonEsc71(pw71(r)))}"},"Claimant":{"Name":"${x.p('person-name', nm)}","Dob":"${x.p('date-of-birth', dobText71(r, 'iso'))}","Card":"${x.f('card-number', card71(r, true))}"},"@x":"System.ServiceModel.Security.MessageSecurityException: An unsecured or incorrectly secured fault was received from the other party."}`;
  }),
  T('soap-ssn-uk', (x, r) => {
    const p = person71(r, r.pick(['ie', 'in', 'ng', 'gr']));
    const a = addr71(r, 'GB');
    return `${ts71(r)} ERROR PensionsGateway - HMRC-style submission rejected: 3001 The submission of this document has failed due to departmental specific business logic in the Body tag.
 GovTalk header: <SenderID>PAYE_BUREAU_${r.int(10, 99)}</SenderID><Authentication><Method>clear</Method><Role>principal</Role><Value>${x.c('password', r.b62(r.int(10, 14)))}</Value></Authentication>
 Body: <Employee><Name><Fore>${x.p('person-name', xmlEsc71(p.first))}</Fore><Sur>${x.p('person-name', xmlEsc71(p.last))}</Sur></Name><NINO>${x.p('uk-nino', nino71(r))}</NINO><BirthDate>${x.p('date-of-birth', dobText71(r, 'iso'))}</BirthDate><Address><Line>${x.p('street-address', xmlEsc71(a.street))}</Line><Line>${a.city}</Line><UKPostcode>${a.postal}</UKPostcode></Address></Employee>`;
  }),
];
