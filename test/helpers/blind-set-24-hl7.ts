import type { Rng9 } from './blind-set-9-rng';
import type { PosTemplate24 } from './blind-set-24-types';
import { card, fmtDate, mrn, nhs, person, recentDate, ssn, usPhone, driversLicence, basicAuth, type Person24 } from './blind-set-24-values';

/** HL7 v2 as it reaches alerts: Mirth, Rhapsody, Iguana and HAPI logs quoting the message that failed. */

/** HL7 escaping of a field value (\F\ \S\ \T\ \R\ \E\). */
export const hl7esc = (s: string): string => s.replace(/\\/g, '\\E\\').replace(/\|/g, '\\F\\').replace(/\^/g, '\\S\\').replace(/&/g, '\\T\\').replace(/~/g, '\\R\\');
const up = (p: Person24) => `${p.last.toUpperCase()}^${p.first.toUpperCase()}`;
const ts = (r: Rng9) => {
  const d = recentDate(r);
  return `${fmtDate(d, 'ymd')}${[r.int(0, 23), r.int(0, 59), r.int(0, 59)].map((n) => String(n).padStart(2, '0')).join('')}`;
};
const msh = (r: Rng9, type: string, sendApp = 'EPIC') =>
  `MSH|^~\\&|${sendApp}|${r.pick(['STMARYS', 'NWMC', 'BAYCARE', 'UHCOH'])}|${r.pick(['LABCORP', 'EMPI', 'PACS', 'BILLING'])}|${r.pick(['RCV', 'HUB'])}|${ts(r)}||${type}|${r.digits(10)}|P|2.5.1`;

export const HL7_TEMPLATES: PosTemplate24[] = [
  {
    source: 'hl7',
    name: 'mirth-adt-db-writer',
    make: (r, b) => {
      const p = person(r);
      const pw = r.password(18);
      const sep = r.pick(['\\r', '\n']);
      const msg = [
        msh(r, 'ADT^A04'),
        `EVN|A04|${ts(r)}`,
        `PID|1||${mrn(r)}^^^SMH^MR||${b.p('name', up(p))}^${p.middle}||${b.p('birth-date', fmtDate(p.dob, 'ymd'))}|${p.sex}|||^^${r.pick(['DAYTON^OH^45419', 'TACOMA^WA^98402', 'TULSA^OK^74105'])}`,
        `PV1|1|O|ER^^^SMH`,
      ].join(sep);
      return `ERROR 2026-${r.int(10, 12)}-0${r.int(1, 9)} 04:1${r.int(0, 9)}:22,118 [Destination Dispatch Thread on ADT_Inbound (b1e7${r.hex(4)}-...), Write to EMPI (1)] com.mirth.connect.connectors.jdbc.DatabaseDispatcher: Error writing to database.
com.microsoft.sqlserver.jdbc.SQLServerException: Violation of PRIMARY KEY constraint 'PK_person'. Cannot insert duplicate key.
  url=jdbc:sqlserver://10.40.${r.int(1, 250)}.12:1433;databaseName=EMPI;user=mirth_svc;password=${b.c('db-password', pw)};encrypt=true
  message=${msg}`;
    },
  },
  {
    source: 'hl7',
    name: 'rhapsody-orm-nhs',
    make: (r, b) => {
      const p = person(r);
      const n = nhs(r);
      const plain = r.next() < 0.5 ? n.replace(/ /g, '') : n;
      return `[Rhapsody] 2026-11-${r.int(10, 28)} 09:02:41 WARN Route "ORM_to_ICE" filter "ValidateNHS" rejected message ${r.digits(7)}: PID-3 repetition 1 has identifier type NH but PID-5 surname does not match PDS trace.
PID|1||${b.p('nhs-number', plain)}^^^NHS^NH~${r.digits(7)}^^^RVJ^MR||${b.p('name', up(p))}^^^${p.sex === 'F' ? 'MS' : 'MR'}||${fmtDate(p.dob, 'ymd')}|${p.sex}
PDS trace: family=${p.last.toUpperCase()}X status=MISMATCH`;
    },
  },
  {
    source: 'hl7',
    name: 'iguana-oru-lua',
    make: (r, b) => {
      const p = person(r);
      const email = `${p.first.toLowerCase()}.${p.last.toLowerCase()}${r.int(10, 89)}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com'])}`;
      const pw = r.urlPassword(20);
      return `Iguana 6.1.5 channel "LIS_Results_Out" (Translator) stopped: main.lua:48: HTTP 502 from https://portal-api.${r.pick(['ridgeviewhealth', 'pinecrestclinics', 'tristatelabs'])}.org/v2/results
stack traceback:
  [C]: in function 'net.http.post'
  main.lua:48: in function 'push' -- net.http.post{url=ResultUrl, auth={username='iguana_push', password='${b.c('password', pw)}'}, body=json.serialize{data=Out}}
  main.lua:12: in function 'main'
Out.patient = {mrn='${mrn(r)}', family='${p.last}', given='${p.first}', email='${b.p('email', email)}'}
OBX|3|TX|11502-2^Lab report^LN||Specimen hemolyzed\\.br\\Recollect advised||||||F`;
    },
  },
  {
    source: 'hl7',
    name: 'adt-nk1-guardian',
    make: (r, b) => {
      const g = person(r, 1970, 1995);
      const ph = usPhone(r);
      return `2026-12-0${r.int(1, 4)}T11:${r.int(10, 59)}:03.551Z error hl7-listener mllp: NACK AE sent for control id ${r.digits(12)}: NK1-2 relationship code "GRD" not in table 0063
${msh(r, 'ADT^A28', 'ATHENA')}
PID|1||${r.digits(8)}^^^PEDS^MR||<suppressed: minor>|||U
NK1|1|${b.p('name', up(g))}|GRD||${b.p('phone', `(${ph.area})${ph.exch}-${ph.line}`)}^PRN^CP`;
    },
  },
  {
    source: 'hl7',
    name: 'adt-a08-pid19-in1',
    make: (r, b) => {
      const s = ssn(r).replace(/-/g, r.next() < 0.5 ? '-' : '');
      return `hl7.pipeline.ValidationError: PID-19 (SSN) and PID-20 (driver's license) present but consent flag ZCN-3 = N; message routed to dead-letter queue "adt-dlq"
  offending fields (PID-1, PID-3, PID-19, PID-20): 1 | ${r.digits(9)}^^^MAIN^MR | ${b.p('ssn', s)} | ${b.p('drivers-licence', driversLicence(r))}^${r.pick(['OH', 'CA', 'FL', 'TX'])}
  consent: ZCN|1|HIE|N|${fmtDate(recentDate(r), 'ymd')}`;
    },
  },
  {
    source: 'hl7',
    name: 'dft-guarantor-card',
    make: (r, b) => {
      const g = person(r);
      const c = card(r);
      return `Rhapsody 6.8 | Communication Point "Billing_DFT_Out" | ERROR | Output rejected by PatientPay gateway: "declined - do not honour"
FT1|1|||${fmtDate(recentDate(r), 'ymd')}||CG|99213^Office visit est^CPT|||1|125.00
GT1|1||${b.p('name', up(g))}||^^Tacoma^WA^98402
ZPM|CC|${r.pick(['VISA', 'MC', 'DISC'])}|${b.f('card', c)}|${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}|AUTH-FAIL`;
    },
  },
  {
    source: 'hl7',
    name: 'hapi-http-basic',
    make: (r, b) => {
      const user = r.pick(['hl7gateway', 'epic_bridge', 'labsvc']);
      const street = hl7esc(`${r.int(10, 999)} ${r.pick(['Oak', 'Ridge', 'Mill'])} St&Apt ${r.int(2, 40)}`);
      return `ca.uhn.hl7v2.HL7Exception: Failed to parse message: Invalid component in PID-11
\tat ca.uhn.hl7v2.parser.PipeParser.doParse(PipeParser.java:273)
\tat org.example.gateway.HttpReceiver.onPost(HttpReceiver.java:88)
Request headers: {Content-Type=application/hl7-v2; charset=utf-8, Authorization=Basic ${b.c('basic-auth', basicAuth(user, r.password(16)))}, X-Forwarded-For=10.12.${r.int(1, 250)}.${r.int(2, 250)}}
PID-11 as received: "${b.p('address', street)}^^Spokane^WA^99201^USA^H" (component 2 missing, 10 components expected)`;
    },
  },
  {
    source: 'hl7',
    name: 'mirth-channel-export',
    make: (r, b) => {
      const db = r.password(20);
      const sftp = r.password(16);
      return `mirth-cli: channel import failed for "SIU_Scheduling_v3.xml": duplicate channel id ${r.uuid()}
<destinationConnectorProperties version="4.4.2">
  <driver>org.postgresql.Driver</driver>
  <url>jdbc:postgresql://pg-interfaces.internal:5432/sched</url>
  <username>mirth</username>
  <password>${b.c('db-password', db)}</password>
</destinationConnectorProperties>
<schemeProperties class="com.mirth.connect.connectors.file.SftpSchemeProperties"><host>sftp.${r.pick(['clearinghouse-x', 'edi-partner'])}.net</host><username>stmarys_out</username><password>${b.c('sftp-password', sftp)}</password></schemeProperties>`;
    },
  },
];
