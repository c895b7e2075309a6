import { CLINICS, DRUGS, PHARMACIES, type Ctx50, type T50 } from './blind-set-50-ctx';

const hl7ts = (c: Ctx50) => c.ts().replace(/[-:T]/g, '').slice(0, 14);

export const LAB_TEMPLATES: T50[] = [
  {
    area: 'lab', name: 'hl7-oru', n: 5,
    make: (c) => {
      const p = c.person();
      const a = c.address();
      const mrn = c.pe('mrn', c.mrn());
      const dob = c.pe('dob', c.dob(2));
      const ssn = c.pe('ssn', c.ssn());
      const ph = c.pe('phone', c.phone(1));
      return [
        `MSH|^~\\&|${c.pick(['QUEST', 'LABCORP', 'BIOREF', 'SONIC'])}|${c.pick(['LAB01', 'DAL', 'NJ2'])}|${c.pick(['EPIC', 'ATHENA', 'ECW'])}|${c.pick(['RIVERBEND', 'SUMMIT'])}|${hl7ts(c)}||ORU^R01^ORU_R01|${c.dig(10)}|P|2.5.1`,
        `PID|1||${mrn}^^^MRN^MR||${c.pe('person-name', p.l)}^${c.pe('person-name', p.f)}^${c.pick(['A', 'M', 'J', 'R'])}||${dob}|${c.pick(['F', 'M'])}|||${c.pe('address', a.street)}^^${a.city}^${a.st}^${a.zip}^USA||${ph}^PRN^PH|||||${c.dig(9)}|${ssn}`,
        `ORC|RE|${c.dig(8)}|${c.upAlnum(10)}`,
        `OBR|1|${c.dig(8)}|${c.upAlnum(10)}|${c.pick(['24323-8^Comprehensive metabolic panel^LN', '57021-8^CBC W Auto Differential panel^LN', '4548-4^Hemoglobin A1c^LN'])}|||${hl7ts(c)}`,
        `OBX|1|NM|${c.pick(['2345-7^Glucose^LN', '2160-0^Creatinine^LN', '718-7^Hemoglobin^LN'])}||${c.int(60, 140)}|mg/dL|70-99|${c.pick(['N', 'H'])}|||F`,
      ].join('\r\n');
    },
  },
  {
    area: 'lab', name: 'mirth-channel-log', n: 12,
    make: (c) => {
      const dbpw = c.cr('password', c.pw());
      const sftp = c.cr('password', c.pw());
      return `[${c.ts().replace('T', ' ').slice(0, 23)}]  ERROR (com.mirth.connect.connectors.jdbc.DatabaseDispatcher:291): Error writing to database (Results to Warehouse)
  url=jdbc:postgresql://labdw.${c.pick(['internal', 'corp.local', 'lan'])}:5432/results username=mirth password=${dbpw}
[${c.ts().replace('T', ' ').slice(0, 23)}]  WARN  (com.mirth.connect.connectors.file.FileReceiver:145): SFTP poll failed host=sftp.${c.pick(['questdiagnostics.com', 'labcorp.com'])} user=rb${c.dig(5)} pass=${sftp} dir=/outbound/results`;
    },
  },
  {
    area: 'lab', name: 'sshpass-results-pull', n: 7,
    make: (c) => {
      const pw = c.cr('password', c.urlPw());
      return `+ sshpass -p '${pw}' sftp -oBatchMode=no -oPort=22 hl7_${c.lowerAlnum(6)}@sftp.bioreference.com <<< 'mget /out/ORU_${c.dig(8)}*.hl7 /data/inbound/'
Connected to sftp.bioreference.com.
Fetching /out/ORU_${c.dig(8)}_${c.dig(4)}.hl7 to /data/inbound/ORU_${c.dig(8)}_${c.dig(4)}.hl7`;
    },
  },
  {
    area: 'lab', name: 'gcp-healthcare-curl', n: 8,
    make: (c) => {
      const tok = c.cr('access-token', c.ya29());
      const p = c.person();
      const nm = c.pe('person-name', p.full);
      return `$ curl -X GET -H "Authorization: Bearer ${tok}" "https://healthcare.googleapis.com/v1/projects/${c.pick(['clinic-data-prod', 'labs-ingest-471'])}/locations/us-central1/datasets/ehr/fhirStores/results/fhir/DiagnosticReport?subject=Patient/${c.uuid()}"
{"resourceType":"Bundle","type":"searchset","total":1,"entry":[{"resource":{"resourceType":"DiagnosticReport","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"58410-2"}]},"subject":{"display":"${nm}"},"issued":"${c.ts()}"}}]}`;
    },
  },
  {
    area: 'lab', name: 'requisition-csv', n: 5,
    make: (c) => {
      const rows = ['accession,patient_name,dob,phone,payer,member_id,icd10,tests'];
      for (let i = 0; i < 1; i++) {
        const p = c.person();
        rows.push(`${c.upAlnum(2)}${c.dig(8)},"${c.pe('person-name', `${p.l}, ${p.f}`)}",${c.pe('dob', c.dob(1))},${c.pe('phone', c.phone(1))},${c.pick(['Aetna', 'UHC', 'BCBS IL', 'Cigna', 'Humana'])},${c.pe('member-id', c.memberId())},${c.pick(['E11.9', 'I10', 'Z00.00', 'E78.5'])},${c.pick(['80053', '85025', '83036', '80061'])}`);
      }
      return rows.join('\n');
    },
  },
  {
    area: 'lab', name: 'hapi-parse-exception', n: 5,
    make: (c) => {
      const p = c.person();
      return `ca.uhn.hl7v2.HL7Exception: Failed validation rule: Segment PID field 7 must be a valid date: "${c.pe('dob', c.dob(2))}X"
	at ca.uhn.hl7v2.validation.impl.ValidationContextImpl.validate(ValidationContextImpl.java:118)
	at ca.uhn.hl7v2.parser.PipeParser.doParse(PipeParser.java:242)
	at org.clinic.lab.IngestRoute.process(IngestRoute.java:57)
Offending segment: PID|1||${c.pe('mrn', c.mrn())}^^^LAB^MR||${c.pe('person-name', `${p.l}^${p.f}`)}||...|${c.pick(['F', 'M'])}|||||${c.pe('phone', c.phone(3))}`;
    },
  },
  {
    area: 'lab', name: 'nhs-pathology-fhir', n: 6,
    make: (c) => {
      const p = c.person();
      const nhs = c.pe('nhs-number', c.nhs(c.r.next() < 0.4));
      const nm = c.pe('person-name', p.full);
      const dob = c.pe('dob', c.dob(0));
      const ph = c.pe('phone', c.ukMobile());
      return `2024-${c.pad(c.int(1, 12), 2)}-${c.pad(c.int(1, 28), 2)}T09:${c.dig(1)}1:02Z pathology-gw WARN duplicate ServiceRequest subject=${JSON.stringify({ identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhs }, display: nm })} birthDate=${dob} contact=${ph} ods=${c.upAlnum(3)}`;
    },
  },
];

export const CLAIMS_TEMPLATES: T50[] = [
  {
    area: 'claims', name: 'ncpdp-d0', n: 5,
    make: (c) => {
      const p = c.person();
      return `NCPDP D.0 B1 request  BIN=${c.pick(['610014', '004336', '003858', '610502', '015581'])} PCN=${c.pick(['ADV', 'MEDDPRIME', 'A4', 'CTRXMEDD'])} GRP=${c.upAlnum(7)}
  AM04 C2(CardholderID)=${c.pe('member-id', c.memberId())} CC(FirstName)=${c.pe('person-name', p.f.toUpperCase())} CD(LastName)=${c.pe('person-name', p.l.toUpperCase())}
  AM01 C4(DOB)=${c.pe('dob', c.dob(2))} C5(Gender)=${c.int(1, 2)} CM(Street)=${c.pe('address', c.street().toUpperCase())}
  AM07 D7(NDC)=${c.dig(11)} E7(Qty)=${c.int(14, 90)}000 D5(DaysSupply)=30
  response: Status=R RejectCode=75 (Prior Authorization Required) pharmacy=${c.pick(PHARMACIES)}`;
    },
  },
  {
    area: 'claims', name: 'stripe-copay-error', n: 9,
    make: (c) => {
      const sk = c.cr('stripe-secret-key', `${c.pick(['sk', 'rk'])}_live_${c.b62(c.pick([24, 99]))}`);
      const p = c.person();
      const em = c.pe('email', c.email(p.f, p.l));
      return `StripeAuthenticationError: Invalid API Key provided: ${sk}
    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:31)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async chargeCopay (/app/src/billing/copay.js:48:19) {
  type: 'StripeAuthenticationError',
  context: { customer_email: '${em}', amount: ${c.pick([2500, 4000, 7500])}, description: 'Copay - telehealth visit' }
}`;
    },
  },
  {
    area: 'claims', name: 'card-on-file-sql', n: 12,
    make: (c) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = c.person();
        const brand = c.pick(['visa', 'mc', 'amex', 'disc']);
        rows.push(`| ${c.int(1000, 99999)} | ${c.pe('person-name', p.full)} | ${c.fi('card-number', c.card(brand))} | ${c.pad(c.int(1, 12), 2)}/${c.int(26, 30)} | ${c.fi('cvv', c.cvv(brand === 'amex' ? 4 : 3))} | ${c.dig(5)} |`);
      }
      return `mysql> SELECT patient_id, cardholder, pan, exp, cvc, billing_zip FROM payment_methods WHERE updated_at > NOW() - INTERVAL 1 DAY;
+------------+------------------+------------------+-------+------+-------------+
${rows.join('\n')}
+------------+------------------+------------------+-------+------+-------------+
2 rows in set (0.01 sec)`;
    },
  },
  {
    area: 'claims', name: 'x12-835-era', n: 12,
    make: (c) => {
      const p = c.person();
      const ein = c.fi('ein', c.ein(false));
      return `ISA*00*          *00*          *ZZ*${c.upAlnum(15)}*ZZ*${c.upAlnum(15)}*${c.dig(6)}*${c.dig(4)}*^*00501*${c.dig(9)}*0*P*:~
GS*HP*${c.upAlnum(8)}*${c.upAlnum(8)}*${c.dig(8)}*${c.dig(4)}*${c.int(1, 9999)}*X*005010X221A1~
ST*835*${c.dig(4)}~
BPR*I*${c.int(100, 9999)}.${c.dig(2)}*C*ACH*CCP*01*${c.fi('routing-number', c.aba())}*DA*${c.fi('bank-account', c.account())}*1${c.dig(9)}**01*${c.fi('routing-number', c.aba())}*DA*${c.fi('bank-account', c.account())}*${c.dig(8)}~
TRN*1*${c.dig(10)}*1${c.dig(9)}~
N1*PE*${c.pick(CLINICS).toUpperCase()}*XX*${c.dig(10)}~
REF*TJ*${ein}~
CLP*${c.upAlnum(10)}*1*${c.int(100, 900)}*${c.int(50, 300)}**12*${c.dig(14)}*11~
NM1*QC*1*${c.pe('person-name', p.l.toUpperCase())}*${c.pe('person-name', p.f.toUpperCase())}****MI*${c.pe('member-id', c.memberId())}~`;
    },
  },
  {
    area: 'claims', name: 'x12-837p', n: 5,
    make: (c) => {
      const p = c.person();
      const a = c.address();
      return `NM1*85*2*${c.pick(CLINICS).toUpperCase()}*****XX*${c.dig(10)}~
N3*${c.int(100, 9000)} MEDICAL PARK DR~
REF*EI*${c.fi('ein', c.ein(false))}~
HL*2*1*22*0~
SBR*P*18*${c.upAlnum(8)}******CI~
NM1*IL*1*${c.pe('person-name', p.l.toUpperCase())}*${c.pe('person-name', p.f.toUpperCase())}****MI*${c.pe('member-id', c.memberId())}~
N3*${c.pe('address', a.street.toUpperCase())}~
N4*${a.city.toUpperCase()}*${a.st}*${a.zip}~
DMG*D8*${c.pe('dob', c.dob(2))}*${c.pick(['F', 'M'])}~
CLM*${c.upAlnum(12)}*${c.int(90, 400)}***11:B:1*Y*A*Y*Y~`;
    },
  },
  {
    area: 'claims', name: 'contractor-payout', n: 12,
    make: (c) => {
      const p = c.person();
      const q = c.person();
      return `# payouts.yaml - telehealth contractor clinicians (finance-ops only)
- name: ${c.pe('person-name', p.full)}
  method: ach
  routing: "${c.fi('routing-number', c.aba())}"
  account: "${c.fi('bank-account', c.account())}"
  tin: "${c.fi('ein', c.ein())}"
- name: ${c.pe('person-name', q.full)}
  method: sepa
  iban: ${c.fi('iban', c.iban())}
  bic: ${c.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D', 'NWBKGB2L'])}`;
    },
  },
  {
    area: 'claims', name: 'square-pos', n: 12,
    make: (c) => {
      const tok = c.cr('access-token', `EAAA${c.b64urlChars(60)}`);
      const sec = c.cr('client-secret', `sq0csp-${c.b64urlChars(43)}`);
      const p = c.person();
      return `SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-${c.b64urlChars(22)}
SQUARE_APPLICATION_SECRET=${sec}
SQUARE_ACCESS_TOKEN=${tok}
SQUARE_LOCATION_ID=${c.upAlnum(13)}
# last failing payment: buyer_email_address=${c.pe('email', c.email(p.f, p.l))} amount_money=${c.int(10, 200)}00 USD`;
    },
  },
  {
    area: 'claims', name: 'billing-email-card', n: 9,
    make: (c) => {
      const p = c.person();
      const brand = c.pick(['visa', 'mc', 'amex', 'disc']);
      return `Subject: Re: Balance due - statement ${c.dig(8)}
From: ${c.pe('person-name', p.full)} <${c.pe('email', c.email(p.f, p.l))}>

Hi, please put the ${c.int(40, 600)}.00 on my card so I can get my refill released at ${c.pick(PHARMACIES)}:
${c.fi('card-number', c.cardSpaced(brand))} exp ${c.pad(c.int(1, 12), 2)}/${c.int(26, 31)} security code ${c.fi('cvv', c.cvv(brand === 'amex' ? 4 : 3))}
Billing address is ${c.pe('address', c.address().full)}. Call me at ${c.pe('phone', c.phone(0))} if it doesn't go through.`;
    },
  },
  {
    area: 'claims', name: 'availity-eligibility', n: 11,
    make: (c) => {
      const sec = c.cr('client-secret', c.b62(c.int(20, 32)));
      const tok = c.cr('access-token', c.b62(c.int(28, 40)));
      return `> POST https://api.availity.com/availity/v1/token  client_id=${c.b62(32)}&client_secret=${sec}&grant_type=client_credentials&scope=hipaa
< 200 {"access_token":"${tok}","token_type":"bearer","expires_in":300}
> POST /availity/v1/coverages  payerId=${c.pick(['BCBSF', '60054', '87726', '62308'])}&memberId=${c.pe('member-id', c.memberId())}&patientBirthDate=${c.pe('dob', c.dob(0))}&serviceType=30&providerNpi=${c.dig(10)}
< 202 {"id":"${c.dig(17)}","status":"In Progress"}`;
    },
  },
  {
    area: 'claims', name: 'pharmacy-hsa-refund', n: 12,
    make: (c) => {
      const p = c.person();
      return `${c.ts()} INFO refund.worker refund created refund_id=re_${c.b62(24)} patient="${c.pe('person-name', p.full)}" method=hsa_card card=${c.fi('card-number', c.card(c.pick(['visa', 'mc'])))} fallback_ach routing=${c.fi('routing-number', c.aba())} acct=${c.fi('bank-account', c.account())} amount=${c.int(5, 90)}.${c.dig(2)} rx=${c.pick(DRUGS).split(' ')[0]}`;
    },
  },
];
