import { CLINICS, DRUGS, PHARMACIES, type Ctx50, type T50 } from './blind-set-50-ctx';

const fhirHost = (c: Ctx50) => c.pick(['fhir.epic.com/interconnect-fhir-oauth', 'epicproxy.riverbendhealth.org/FHIRProxy', 'fhir-ehr.cerner.com', 'api.platform.athenahealth.com', 'fhir-myrecord.cerner.com']);

export const EHR_TEMPLATES: T50[] = [
  {
    area: 'ehr', name: 'epic-backend-token', n: 12,
    make: (c) => {
      const cid = c.uuid();
      const now = c.epoch();
      const assertion = c.cr('jwt', c.jwt({ alg: 'RS384', typ: 'JWT', kid: c.hex(16) }, { iss: cid, sub: cid, aud: 'https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token', jti: c.uuid(), exp: now + 300, nbf: now, iat: now }));
      const tok = c.cr('access-token', c.b64urlChars(c.int(180, 260)));
      return `DEBUG:urllib3.connectionpool:https://fhir.epic.com:443 "POST /interconnect-fhir-oauth/oauth2/token HTTP/1.1" 200 1024
DEBUG:app.epic_client:token request body grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${assertion}
DEBUG:app.epic_client:token response {"access_token":"${tok}","token_type":"bearer","expires_in":3600,"scope":"system/Patient.read system/Observation.read"}`;
    },
  },
  {
    area: 'ehr', name: 'smart-app-env', n: 12,
    make: (c) => {
      const key = c.cr('private-key', c.pem(c.pick(['pkcs8', 'rsa']), true));
      const rpw = c.cr('password', c.urlPw());
      const sess = c.cr('secret', c.hex(64));
      return `# SMART on FHIR launcher - prod
EPIC_CLIENT_ID=${c.uuid()}
EPIC_FHIR_BASE=https://${fhirHost(c)}/api/FHIR/R4
EPIC_JWKS_KID=${c.hex(20)}
EPIC_PRIVATE_KEY="${key}"
REDIS_URL=rediss://default:${rpw}@clinic-cache-${c.lowerAlnum(5)}.cache.amazonaws.com:6380/0
SESSION_SECRET=${sess}
LOG_LEVEL=info`;
    },
  },
  {
    area: 'ehr', name: 'fhir-patient-error', n: 4,
    make: (c) => {
      const p = c.person();
      const a = c.address();
      const name = c.pe('person-name', p.full);
      const ssn = c.pe('ssn', c.ssn(c.r.next() < 0.6));
      const ph = c.pe('phone', c.phone(1));
      const em = c.pe('email', c.email(p.f, p.l));
      const dob = c.pe('dob', c.dob(0));
      const mrn = c.pe('mrn', c.mrn());
      c.pe('address', a.street);
      return `[${c.ts()}] ERROR fhir-sync: upsert Patient failed (409 Conflict) payload=${JSON.stringify({ resourceType: 'Patient', id: c.uuid(), identifier: [{ system: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14', value: mrn }, { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn }], name: [{ use: 'official', text: name, family: p.l, given: [p.f] }], telecom: [{ system: 'phone', value: ph, use: 'mobile' }, { system: 'email', value: em }], gender: c.pick(['female', 'male', 'other']), birthDate: dob, address: [{ line: [a.street], city: a.city, state: a.st, postalCode: a.zip }] })}`;
    },
  },
  {
    area: 'ehr', name: 'athena-curl', n: 12,
    make: (c) => {
      const id = c.b62(20);
      const sec = c.cr('client-secret', c.b62(c.pick([16, 24, 32])));
      const tok = c.cr('access-token', c.b62(28));
      const pid = c.int(10000, 999999);
      return `$ curl -s -u '${id}:${sec}' -d 'grant_type=client_credentials&scope=athena/service/Athenanet.MDP.*' https://api.preview.platform.athenahealth.com/oauth2/v1/token
{"token_type":"Bearer","expires_in":"3600","access_token":"${tok}","scope":"athena/service/Athenanet.MDP.*"}
$ curl -s -H 'Authorization: Bearer ${tok}' 'https://api.preview.platform.athenahealth.com/v1/195900/patients/${pid}?showinsurance=true'`;
    },
  },
  {
    area: 'ehr', name: 'drchrono-webhook', n: 5,
    make: (c) => {
      const p = c.person();
      const whsec = c.cr('webhook-secret', c.b62(c.int(20, 40)));
      const nm = c.pe('person-name', `${p.f} ${p.l}`);
      const dob = c.pe('dob', c.dob(0));
      const ph = c.pe('phone', c.phone(c.pick([0, 1])));
      const em = c.pe('email', c.email(p.f, p.l));
      return `2024-${c.pad(c.int(1, 12), 2)}-${c.pad(c.int(1, 28), 2)} ${c.pad(c.int(0, 23), 2)}:14:07,${c.dig(3)} WARNING webhooks.drchrono signature mismatch; secret_token=${whsec} header X-drchrono-signature=${c.hex(64)}
  event=APPOINTMENT_CREATE object={"id":${c.int(100000000, 299999999)},"doctor":${c.int(100000, 399999)},"patient":${c.int(10000000, 99999999)},"scheduled_time":"${c.ts(false).slice(0, 19)}","reason":"Annual physical","patient_name":"${nm}","date_of_birth":"${dob}","cell_phone":"${ph}","email":"${em}","office":${c.int(100000, 300000)}}`;
    },
  },
  {
    area: 'ehr', name: 'elation-traceback', n: 6,
    make: (c) => {
      const tok = c.cr('access-token', c.b62(30));
      const p = c.person();
      const last = c.pe('person-name', p.l);
      const first = c.pe('person-name', p.f);
      const dob = c.pe('dob', c.dob(0));
      return `Traceback (most recent call last):
  File "/srv/app/integrations/elation/client.py", line 142, in find_patient
    resp.raise_for_status()
  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: https://app.elationemr.com/api/2.0/patients/?last_name=${last}&first_name=${first}&dob=${dob}
request headers: {'User-Agent': 'python-requests/2.31.0', 'Accept': 'application/json', 'Authorization': 'Bearer ${tok}'}`;
    },
  },
  {
    area: 'ehr', name: 'canvas-plugin-yaml', n: 7,
    make: (c) => {
      const sec = c.cr('client-secret', c.b64urlChars(c.int(40, 50)));
      const dbpw = c.cr('password', c.pw());
      return `# canvas plugin settings (${c.pick(CLINICS)})
canvas:
  instance: ${c.pick(['riverbend', 'northgate-peds', 'summitortho', 'lakeside-derm'])}.canvasmedical.com
  client_id: ${c.b62(40)}
  client_secret: ${sec}
  fhir_version: R4
database:
  host: pg-prod-${c.int(1, 4)}.internal
  user: canvas_sync
  password: "${dbpw}"
  sslmode: require`;
    },
  },
  {
    area: 'ehr', name: 'nextgen-jdbc', n: 8,
    make: (c) => {
      const pw = c.cr('password', c.pw().replace(/;/g, ''));
      return `${c.ts().replace('T', ' ').slice(0, 23)} ERROR [pool-3-thread-${c.int(1, 12)}] c.n.i.PatientExtractJob - extract failed
com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'ng_interface'. ClientConnectionId:${c.uuid()}
	at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)
	at com.microsoft.sqlserver.jdbc.TDSTokenHandler.onEOF(tdsparser.java:300)
	at com.nextgen.interop.PatientExtractJob.connect(PatientExtractJob.java:88)
Caused by url=jdbc:sqlserver://ngprod-sql0${c.int(1, 3)}.corp.local:1433;databaseName=NGProd;user=ng_interface;password=${pw};encrypt=true;trustServerCertificate=true`;
    },
  },
  {
    area: 'ehr', name: 'redox-destination', n: 12,
    make: (c) => {
      const secret = c.cr('api-secret', c.b62(c.int(32, 48)));
      const vt = c.cr('webhook-secret', c.b62(24));
      return JSON.stringify({ environment: 'production', source: { id: c.uuid(), name: 'Telehealth Scheduler', apiKey: c.uuid(), secret }, destination: { id: c.uuid(), name: `${c.pick(CLINICS)} Epic`, verificationToken: vt, endpoint: `https://hooks.${c.pick(['riverbendhealth.org', 'summitortho.com', 'meadowlarkheart.com'])}/redox` }, dataModels: ['Scheduling', 'PatientAdmin', 'Results'] }, null, 2);
    },
  },
  {
    area: 'ehr', name: 'support-ticket-portal', n: 6,
    make: (c) => {
      const p = c.person();
      const nm = c.pe('person-name', p.full);
      const dob = c.pe('dob', c.dob(1));
      const ph = c.pe('phone', c.phone(0));
      const mem = c.pe('member-id', c.memberId());
      const pw = c.cr('password', c.words());
      return `Ticket #${c.int(40000, 99999)} | Priority: High | Queue: Patient Portal
From: front desk, ${c.pick(CLINICS)}
Patient ${nm} (DOB ${dob}) cannot log into the portal after the Healow migration. Her callback number is ${ph}, insurance ID ${mem}.
I reset it for her to ${pw} - please make sure it sticks this time, she has already called three times.`;
    },
  },
  {
    area: 'ehr', name: 'ecw-sql-insert', n: 4,
    make: (c) => {
      const rows: string[] = [];
      for (let i = 0; i < 1; i++) {
        const p = c.person();
        const a = c.address();
        rows.push(`(${c.int(100000, 999999)}, '${c.pe('person-name', p.l)}', '${c.pe('person-name', p.f)}', '${c.pe('dob', c.dob(0))}', '${c.pe('ssn', c.ssn())}', '${c.pe('phone', c.phone(1))}', '${c.pe('address', a.street)}', '${a.city}', '${a.st}', '${a.zip}')`);
      }
      return `-- restored from ecw_backup_${c.dig(8)}.bak
INSERT INTO patients (controlno, ulname, ufname, dob, ssn, upphone, upaddress, upcity, upstate, zipcode) VALUES
${rows.join(',\n')};`;
    },
  },
  {
    area: 'ehr', name: 'patient-csv-export', n: 4,
    make: (c) => {
      const lines = ['mrn,last_name,first_name,dob,mobile,email,zip,pcp'];
      for (let i = 0; i < 1; i++) {
        const p = c.person();
        lines.push(`${c.pe('mrn', c.mrn())},${c.pe('person-name', p.l)},${c.pe('person-name', p.f)},${c.pe('dob', c.dob(1))},${c.pe('phone', c.phone(1))},${c.pe('email', c.email(p.f, p.l))},${c.city()[2]}${c.dig(2)},Dr. ${c.last()}`);
      }
      return lines.join('\n');
    },
  },
  // ---- e-prescribing ----
  {
    area: 'erx', name: 'ncpdp-script-newrx', n: 5,
    make: (c) => {
      const p = c.person();
      const a = c.address();
      return `<?xml version="1.0" encoding="UTF-8"?>
<Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">
  <Header><To Qualifier="P">${c.dig(7)}</To><From Qualifier="C">${c.dig(10)}</From><MessageID>${c.hex(32)}</MessageID><SentTime>${c.ts()}</SentTime></Header>
  <Body><NewRx>
    <Patient><HumanPatient>
      <Name><LastName>${c.pe('person-name', p.l)}</LastName><FirstName>${c.pe('person-name', p.f)}</FirstName></Name>
      <Gender>${c.pick(['F', 'M'])}</Gender><DateOfBirth><Date>${c.pe('dob', c.dob(0))}</Date></DateOfBirth>
      <Address><AddressLine1>${c.pe('address', a.street)}</AddressLine1><City>${a.city}</City><StateProvince>${a.st}</StateProvince><PostalCode>${a.zip}</PostalCode><CountryCode>US</CountryCode></Address>
      <CommunicationNumbers><PrimaryTelephone><Number>${c.pe('phone', `${c.city()[3]}${c.dig(7).replace(/^[01]/, '4')}`)}</Number></PrimaryTelephone></CommunicationNumbers>
    </HumanPatient></Patient>
    <MedicationPrescribed><DrugDescription>${c.pick(DRUGS)}</DrugDescription><Quantity><Value>${c.int(14, 90)}</Value></Quantity><DaysSupply>30</DaysSupply></MedicationPrescribed>
  </NewRx></Body>
</Message>`;
    },
  },
  {
    area: 'erx', name: 'dosespot-sso', n: 12,
    make: (c) => {
      const key = c.cr('api-key', c.b62(32));
      const code = c.cr('sso-code', c.b62(32) + c.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 54) + '%3D%3D');
      const clinic = c.int(100, 99999);
      return `// dosespot.config.json
{ "clinicId": ${clinic}, "clinicKey": "${key}", "userId": ${c.int(100, 999999)}, "baseUrl": "https://my.dosespot.com" }
[info] ${c.ts()} opening eRx iframe https://my.dosespot.com/LoginSingleSignOn.aspx?SingleSignOnClinicId=${clinic}&SingleSignOnUserId=${c.int(100, 99999)}&SingleSignOnPhraseLength=32&SingleSignOnCode=${code}&SingleSignOnUserIdVerify=${c.b62(40)}%3D&PatientId=${c.int(1000, 99999)}`;
    },
  },
  {
    area: 'erx', name: 'rcopia-properties', n: 12,
    make: (c) => {
      const vpw = c.cr('password', c.pw());
      const ks = c.cr('password', c.pw(14));
      return `# DrFirst Rcopia vendor integration
rcopia.engine.url=https://engine201.drfirst.com/servlet/rcopia.servlet.EngineServlet
rcopia.vendor.name=vendor${c.int(1000, 9999)}
rcopia.vendor.password=${vpw}
rcopia.practice.username=${c.pick(['riverbend', 'summit', 'harborview'])}_${c.int(10, 99)}
rcopia.upload.interval.seconds=300
ssl.keystore.path=/etc/rcopia/client.p12
ssl.keystore.password=${ks}`;
    },
  },
  {
    area: 'erx', name: 'pdmp-gateway', n: 5,
    make: (c) => {
      const user = `${c.pick(['clinic', 'rx', 'pmp'])}${c.int(100, 999)}`;
      const basic = c.cr('basic-auth', Buffer.from(`${user}:${c.pw()}`).toString('base64'));
      const p = c.person();
      const a = c.address();
      return `POST /v5_1/patient HTTP/1.1
Host: gateway.pmpgateway.net
Authorization: Basic ${basic}
Content-Type: application/xml
X-Request-Id: ${c.uuid()}

<PatientRequest><Requester><Provider><Role>Physician</Role><FirstName>Staff</FirstName></Provider><Location><Name>${c.pick(CLINICS)}</Name><StateCode>${a.st}</StateCode></Location></Requester><PrescriptionRequest><Patient><Name><First>${c.pe('person-name', p.f)}</First><Last>${c.pe('person-name', p.l)}</Last></Name><Birthdate>${c.pe('dob', c.dob(0))}</Birthdate><Address><Street>${c.pe('address', a.street)}</Street><StateCode>${a.st}</StateCode><ZipCode>${a.zip}</ZipCode></Address></Patient></PrescriptionRequest></PatientRequest>`;
    },
  },
  {
    area: 'erx', name: 'refill-sms-inbound', n: 6,
    make: (c) => {
      const enc = (x: string) => encodeURIComponent(x).replace(/%20/g, '+');
      const from = c.pe('phone', enc(c.phone(2)));
      const p = c.person();
      const nm = c.pe('person-name', enc(p.full));
      const dob = c.pe('dob', enc(c.dob(1)));
      const tok = c.cr('auth-token', c.hex(32));
      return `${c.ts()} level=warn msg="twilio signature invalid, check TWILIO_AUTH_TOKEN" auth_token=${tok} path=/sms/refill
body: ToCountry=US&SmsSid=SM${c.hex(32)}&Body=Refill+please+${nm}+dob+${dob}+${enc(c.pick(DRUGS))}&From=${from}&To=%2B1${c.city()[3]}${c.dig(7).replace(/^[01]/, '3')}&AccountSid=AC${c.hex(32)}&NumMedia=0
note: pharmacy=${c.pick(PHARMACIES)}`;
    },
  },
];
