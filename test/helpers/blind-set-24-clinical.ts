import type { PosTemplate24 } from './blind-set-24-types';
import { fmtDate, memberId, opensshKey, person, recentDate, ssn, usPhone, basicAuth } from './blind-set-24-values';

/** Clinical systems around the EHR: DICOM, pharmacy (NCPDP), CDA/XDS over SOAP, lab hubs, Epic and Cerner back ends. */

export const CLINICAL_TEMPLATES: PosTemplate24[] = [
  {
    source: 'dicom',
    name: 'dcmdump-cstore-fail',
    make: (r, b) => {
      const p = person(r);
      const pid = `${r.pick(['RAD', 'IMG', 'PX'])}${r.digits(8)}`;
      const pacsPw = r.urlPassword(14);
      return `storescu: Association Rejected: Calling AE Title not recognized (AE "MODALITY_CT2" -> "PACS_ARCHIVE")
# dcmdump of failed object /var/spool/dicom/outbox/${r.uuid()}.dcm
(0008,0020) DA [${fmtDate(recentDate(r), 'ymd')}]                          #   8, 1 StudyDate
(0008,0060) CS [CT]                                       #   2, 1 Modality
(0010,0010) PN [${b.p('name', `${p.last.toUpperCase()}^${p.first.toUpperCase()}^${p.middle}`)}]   #  PatientName
(0010,0020) LO [${b.p('patient-id', pid)}]                        #  PatientID
(0010,0030) DA [${b.p('birth-date', fmtDate(p.dob, 'ymd'))}]                          #   8, 1 PatientBirthDate
(0020,000d) UI [1.2.840.113619.2.${r.int(100, 999)}.${r.digits(10)}.${r.digits(6)}]  #  StudyInstanceUID
router config: pacs_db=mysql://dcmrouter:${b.c('db-password', pacsPw)}@10.8.${r.int(0, 255)}.40:3306/dcm4chee`;
    },
  },
  {
    source: 'pharmacy',
    name: 'ncpdp-d0-reject',
    make: (r, b) => {
      const p = person(r);
      const fs = r.pick(['<FS>', '\\x1c']);
      return `pharmacy-switch WARN claim B1 rejected: 65 (Patient Is Not Covered), 09 (M/I Date Of Birth) BIN 610014 PCN MEDDPRIME
request: 610014D0B1${r.pick(['MEDDPRIME', 'ADV'])}1011${r.digits(10)}20${r.digits(6)}${fs}AM04${fs}C2${b.p('member-id', memberId(r))}${fs}CC${p.first.toUpperCase()}${fs}CD${p.last.toUpperCase()}${fs}AM01${fs}C4${b.p('birth-date', fmtDate(p.dob, 'ymd'))}${fs}C51${fs}AM07${fs}EM1${fs}D2${r.digits(12)}${fs}E103${fs}D7${r.digits(11)}${fs}E7${r.int(30, 90)}000`;
    },
  },
  {
    source: 'cda',
    name: 'xds-provide-register-fault',
    make: (r, b) => {
      const p = person(r);
      const s = ssn(r).replace(/-/g, '');
      const pw = r.password(16);
      return `XDS.b ProvideAndRegisterDocumentSet-b failed: soap:Fault XDSRepositoryError "XDSPatientIdDoesNotMatch"
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>hie_submitter</wsse:Username><wsse:Password Type="#PasswordText">${b.c('password', pw)}</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>
<soap:Body><ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><id root="2.16.840.1.113883.4.1" extension="${b.p('ssn', s)}"/><patient><name><given>${p.first}</given><family>${p.last}</family></name><administrativeGenderCode code="${p.sex}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="${b.p('birth-date', fmtDate(p.dob, 'ymd'))}"/></patient></patientRole></recordTarget>...`;
    },
  },
  {
    source: 'lab',
    name: 'lab-order-api-key',
    make: (r, b) => {
      const p = person(r);
      const ph = usPhone(r);
      const key = r.hex(40);
      return `[lab-orders] POST https://api.${r.pick(['labhub-connect', 'quantumlabs', 'dxorders'])}.com/v1/orders -> 401 {"message":"Invalid API key"}
headers: {"x-api-key":"${b.c('api-key', key)}","content-type":"application/json"}
payload: {"orderingNpi":"on file","tests":[{"code":"80053","system":"CPT"},{"code":"4548-4","system":"LOINC"}],"patient":{"firstName":"${p.first}","lastName":"${p.last}","dob":"${b.p('birth-date', fmtDate(p.dob, 'us'))}","phone":"${`+1${ph.area}${ph.exch}${ph.line}`.replace(/\d{7}$/, 'xxxxxxx')}"}}`;
    },
  },
  {
    source: 'ehr',
    name: 'epic-interconnect-emp',
    make: (r, b) => {
      const user = `emp$${r.pick(['INTFC', 'SVC', 'HIM'])}${r.digits(3)}`;
      const pw = r.password(14);
      return `System.ServiceModel.FaultException: Epic.Core.Security.AuthenticationException: The user ${user} could not be authenticated (EMP record locked)
   at Epic.Interconnect.Service.InvokeCore(String action)
   at Ridgeview.Integration.Scheduling.EpicClient.GetProviderSchedule(String providerId, DateTime date) in C:\\build\\src\\EpicClient.cs:line 212
   Request: POST https://interconnect.${r.pick(['ridgeview', 'stlukes', 'valleymed'])}.org/Interconnect-PRD/api/epic/2014/Scheduling/GETPROVIDERSCHEDULE
   Authorization: Basic ${b.c('basic-auth', basicAuth(user, pw))}
   Epic-Client-ID: ${r.uuid()}`;
    },
  },
  {
    source: 'ehr',
    name: 'cerner-oracle-ora01017',
    make: (r, b) => {
      const pw = r.password(15).replace(/[#%^]/g, '_');
      return `Traceback (most recent call last):
  File "/opt/etl/cerner_extract/encounters.py", line 77, in extract
    conn = oracledb.connect(dsn=DSN)
oracledb.exceptions.DatabaseError: ORA-01017: invalid username/password; logon denied
DSN = "v500_ro/${b.c('db-password', pw)}@//millennium-rpt.${r.pick(['hca-west', 'mercy'])}.local:1521/P${r.digits(3)}"
while extracting encntr_id range ${r.digits(8)}..${r.digits(8)} (reg_dt_tm >= ${fmtDate(recentDate(r), 'iso')})`;
    },
  },
  {
    source: 'pharmacy',
    name: 'surescripts-newrx',
    make: (r, b) => {
      const p = person(r);
      const ph = usPhone(r);
      const pw = r.password(20);
      return `eRx gateway: NewRx ${r.hex(32)} returned Error 900 "TransactionRejected" from Surescripts (mTLS ok)
<Patient><HumanPatient><Name><LastName>${p.last}</LastName><FirstName>${p.first}</FirstName></Name><Gender>${p.sex}</Gender><DateOfBirth><Date>${fmtDate(p.dob, 'iso').slice(0, 4)}</Date></DateOfBirth><CommunicationNumbers><PrimaryTelephone><Number>${b.p('phone', `${ph.area}${ph.exch}${ph.line}`)}</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>
<MedicationPrescribed><DrugDescription>atorvastatin 20 mg tablet</DrugDescription><DrugCoded><ProductCode><Code>${r.digits(11)}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded></MedicationPrescribed>
keystore: /etc/erx/client.p12 (storepass=${b.c('pfx-password', pw)})`;
    },
  },
  {
    source: 'lab',
    name: 'results-sftp-ssh-key',
    make: (r, b) => {
      const key = opensshKey(r);
      return `lab-results-poller: paramiko.ssh_exception.SSHException: Invalid key (key file loaded from env LAB_SFTP_KEY, printed for debugging)
LAB_SFTP_HOST=sftp.${r.pick(['reflab', 'pathgroup', 'biorefer'])}.com
LAB_SFTP_USER=results_${r.digits(4)}
LAB_SFTP_KEY=${b.c('openssh-private-key', key)}
LAB_SFTP_DIR=/outbound/oru`;
    },
  },
];
