import type { Tpl43 } from './blind-set-43-gen';

const JUR = ['wadoh', 'cdph', 'nyc-dohmh', 'tdsh', 'mdh'];

/** Public health (IIS, HL7/FHIR, REDCap, DHIS2) and case management. */
export const HEALTH43: Tpl43[] = [
  {
    id: 'health/hl7-vxu-pid',
    make: (c) => {
      const n = c.fullName().split(' ');
      return `MSH|^~\\&|SCHOOLNURSE|${c.r.int(1000, 9999)}|IIS|${c.pick(JUR).toUpperCase()}|20270${c.r.int(1, 9)}1${c.r.int(0, 9)}0815||VXU^V04^VXU_V04|${c.r.digits(10)}|P|2.5.1
PID|1||${c.r.digits(8)}^^^SIS^SR~${c.pii('us_ssn', c.rawSsn(true))}^^^SSA^SS||${c.pii('person_name', n.slice(1).join(' ').toUpperCase())}^${c.pii('person_name', n[0]!.toUpperCase())}^^^^^L||${c.dob(2)}|F||2106-3|${c.pii('street_address', c.street().toUpperCase())}^^SPOKANE^WA^99201^USA^H||^PRN^PH^^^${c.r.pick(['509', '360'])}^${c.r.int(2, 9)}${c.r.digits(6)}`;
    },
  },
  {
    id: 'health/iis-soap-credentials',
    make: (c) => `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:urn="urn:cdc:iisb:2011">
 <soap:Body><urn:submitSingleMessage>
  <urn:username>SCH${c.r.digits(5)}</urn:username>
  <urn:password>${c.pw()}</urn:password>
  <urn:facilityID>${c.r.digits(6)}</urn:facilityID>
 </urn:submitSingleMessage></soap:Body></soap:Envelope>`,
  },
  {
    id: 'health/fhir-bulk-export-token',
    make: (c) => `GET /fhir/Patient/$export?_type=Patient,Immunization HTTP/1.1
Host: fhir.${c.pick(JUR)}.gov
Accept: application/fhir+json
Prefer: respond-async
Authorization: Bearer ${c.jwt({ iss: `https://auth.${c.pick(JUR)}.gov`, sub: 'bulk-client', scope: 'system/*.read' })}`,
  },
  {
    id: 'health/fhir-patient-resource',
    make: (c) => `{"resourceType":"Patient","id":"${c.r.uuid()}","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"${c.ssn()}"},{"system":"http://hl7.org/fhir/sid/us-mbi","value":"${c.mbi()}"}],"name":[{"text":"${c.name()}"}],"telecom":[{"system":"phone","value":"${c.phone(1)}"}],"birthDate":"${c.dob(0)}"}`,
  },
  {
    id: 'health/redcap-api-python',
    make: (c) => `import requests
data = {'token': '${c.hex('redcap_api_token', 32, true)}', 'content': 'record', 'format': 'json', 'type': 'flat'}
r = requests.post('https://redcap.${c.pick(JUR)}.org/api/', data=data)`,
  },
  {
    id: 'health/dhis2-env',
    make: (c) => `DHIS2_BASE_URL=https://dhis2.${c.pick(JUR)}.org
DHIS2_USERNAME=sync_bot
DHIS2_PASSWORD=${c.pw()}
DHIS2_PAT=${c.cred('dhis2_personal_access_token', 'd2pat_' + c.r.b62(32) + c.r.digits(10))}`,
  },
  {
    id: 'health/commcare-apikey-header',
    make: (c) => `GET https://www.commcarehq.org/a/${c.pick(JUR)}-ct/api/v0.5/case/?limit=100
Authorization: ApiKey ${c.rawEmail()}:${c.hex('commcare_api_key', 40)}`,
  },
  {
    id: 'health/contact-tracing-case-json',
    make: (c) => `{"case_id":"${c.r.uuid()}","index_case":{"name":"${c.name()}","dob":"${c.dob(1)}","phone":"${c.phone(2)}","address":"${c.address()}","last_known_location":"${c.geo()}"},"assigned_to":"ct-team-${c.r.int(1, 20)}"}`,
  },
  {
    id: 'health/wic-benefit-card-log',
    make: (c) => `WIC-EBT 2027-0${c.r.int(1, 9)}-1${c.r.int(0, 9)} card_issue participant="${c.name()}" pan=${c.ebt()} clinic=${c.r.int(100, 999)} processor_key=${c.hex('wic_processor_key', 48)}`,
  },
  {
    id: 'casemgmt/apricot-api-config',
    make: (c) => `{"apricot":{"base":"https://apricot.socialsolutions.com/api/","client_id":"${c.r.hex(16)}","client_secret":"${c.b62('apricot_client_secret', 40)}"},"db":"Server=tcp:cm-sql.database.windows.net,1433;Initial Catalog=casework;User ID=cm_app;Password=${c.oddPw()};Encrypt=True;"}`,
  },
  {
    id: 'casemgmt/homeless-hmis-intake',
    make: (c) => `HMIS intake — ${c.pick(['Coordinated Entry', 'Street Outreach'])}
Client: ${c.name()}  DOB: ${c.dob(1)}  SSN: ${c.ssn()}  (data quality: full SSN reported)
Last known location (outreach GPS): ${c.geo()}
Phone: ${c.phone()}`,
  },
  {
    id: 'casemgmt/child-welfare-ticket',
    make: (c) => `ServiceNow INC0${c.r.digits(6)}: caseworker cannot open case — error shows "DB login failed for user 'cw_ro' using password '${c.pw()}'" when loading foster parent ${c.name()} (${c.email()}).`,
  },
  {
    id: 'casemgmt/salesforce-jwt-bearer',
    make: (c) => `# sf org login jwt --username caseapp@${c.pick(JUR)}.gov --jwt-key-file server.key
$ cat server.key
${c.pem('rsa')}`,
  },
  {
    id: 'casemgmt/medicaid-eligibility-csv',
    make: (c) => `member_name,mbi,dob,ssn,county\n"${c.name()}",${c.mbi()},${c.dob(0)},${c.ssn()},${c.pick(['King', 'Cook', 'Fresno', 'Travis'])}`,
  },
];
