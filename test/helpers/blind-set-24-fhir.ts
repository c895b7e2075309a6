import type { PosTemplate24 } from './blind-set-24-types';
import { fmtDate, mbi, memberId, npi, person, personalEmail, pemKey, ssn, usAddress, jwt, recentDate } from './blind-set-24-values';

/** FHIR R4 in alerts: OperationOutcome errors, resources escaped inside JSON log lines, SMART backend auth. */

const EHR = ['fhir.epic.ridgeview.org/interconnect-prd-oauth', 'fhir-myrecord.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d', 'api.platform.athenahealth.com/fhir/r4'];

export const FHIR_TEMPLATES: PosTemplate24[] = [
  {
    source: 'fhir',
    name: 'smart-backend-assertion',
    make: (r, b) => {
      const cid = r.uuid();
      const aud = `https://${r.pick(EHR)}/oauth2/token`;
      const now = 1796000000 + r.int(0, 9000000);
      const a = jwt(r, { alg: 'RS384', typ: 'JWT', kid: r.hex(16) }, { iss: cid, sub: cid, aud, jti: r.uuid(), exp: now + 300 }, 256);
      return `{"level":"error","service":"ehr-sync","msg":"token request failed","status":400,"error":"invalid_client","error_description":"client_assertion expired or jti reused","request":{"url":"${aud}","body":"grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${b.c('jwt', a)}&scope=system%2FPatient.read"}}`;
    },
  },
  {
    source: 'fhir',
    name: 'patient-create-outcome',
    make: (r, b) => {
      const p = person(r);
      const a = usAddress(r);
      const patient = {
        resourceType: 'Patient',
        identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: b.p('ssn', ssn(r)) }],
        name: [{ family: p.last, given: [p.first] }],
        birthDate: b.p('birth-date', fmtDate(p.dob, 'iso')),
        address: [{ city: a.city, state: a.state, postalCode: a.zip }],
        generalPractitioner: [{ identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: npi(r) } }],
      };
      const outcome = {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'duplicate', diagnostics: `HAPI-0826: Duplicate resource: Patient/${r.int(10000, 99999)} matches on identifier` }],
      };
      return JSON.stringify({
        ts: `2026-12-0${r.int(1, 4)}T08:${r.int(10, 59)}:11Z`,
        level: 'error',
        logger: 'fhir.client',
        msg: `POST /Patient -> 412 ${JSON.stringify(outcome)}`,
        requestBody: JSON.stringify(patient),
      });
    },
  },
  {
    source: 'fhir',
    name: 'coverage-cerner-bearer',
    make: (r, b) => {
      const token = r.b64url(r.int(90, 120));
      const cov = `{"resourceType":"Coverage","status":"active","subscriberId":"${b.p('member-id', memberId(r))}","beneficiary":{"reference":"Patient/${r.int(100000, 999999)}"},"identifier":[{"type":{"coding":[{"code":"MB"}]},"system":"http://hl7.org/fhir/sid/us-mbi","value":"${b.p('medicare-mbi', mbi(r))}"}],"payor":[{"display":"Medicare Part B"}]}`;
      return `Cerner Millennium FHIR R4 PUT Coverage/${r.int(1000000, 9999999)} failed: 422 Unprocessable Entity
> PUT https://${EHR[1]}/Coverage/${r.int(1000000, 9999999)}
> Authorization: Bearer ${b.c('access-token', token)}
> Content-Type: application/fhir+json
${cov}
< {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"business-rule","details":{"text":"Coverage.period overlaps an existing Coverage"}}]}`;
    },
  },
  {
    source: 'fhir',
    name: 'hapi-jpa-startup',
    make: (r, b) => {
      const pw = r.password(22);
      const dob = fmtDate(person(r).dob, 'iso');
      return `2026-12-04 23:58:${r.int(10, 59)}.204 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory'
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "hapi"
Effective properties:
  spring.datasource.url=jdbc:postgresql://hapi-db.${r.pick(['prod', 'int'])}.svc:5432/hapi
  spring.datasource.username=hapi
  spring.datasource.password=${b.c('db-password', pw)}
  hapi.fhir.server_address=https://fhir.${r.pick(['nwmc', 'baycare'])}.org/fhir
Last query before shutdown: select t0.RES_ID from HFJ_SPIDX_DATE t0 where t0.SP_NAME='birthdate' and t0.SP_VALUE_LOW_DATE_ORDINAL = ? -- binding parameter [1] as [DATE] - [${b.p('birth-date', dob)}]`;
    },
  },
  {
    source: 'fhir',
    name: 'subscription-rest-hook',
    make: (r, b) => {
      const secret = r.b64(32);
      return `{"level":"warn","msg":"rest-hook delivery failed","subscription":"Subscription/${r.int(100, 999)}","attempt":${r.int(2, 9)},"endpoint":"https://hooks.${r.pick(['carecoord', 'referralhub'])}.io/fhir/notify","channel":{"type":"rest-hook","payload":"application/fhir+json","header":["Authorization: Bearer ${b.c('webhook-secret', secret)}"]},"error":"connect ETIMEDOUT 34.${r.int(1, 250)}.${r.int(1, 250)}.9:443"}`;
    },
  },
  {
    source: 'fhir',
    name: 'athena-patient-match',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(r.int(32, 40));
      return `athena-client ERROR POST /v1/${r.int(1000, 29999)}/patients/enhancedbestmatch 409 {"error":"Multiple patients match","detailedmessage":"firstname=${p.first}&lastname=${p.last}&dob=${b.p('birth-date', fmtDate(p.dob, 'us'))}&email=${b.p('email', personalEmail(r, p))}"}
retrying with fresh token: POST https://api.platform.athenahealth.com/oauth2/v1/token grant_type=client_credentials client_id=0oa${r.b62(17)} client_secret=${b.c('client-secret', secret)} scope=athena/service/Athenanet.MDP.*`;
    },
  },
  {
    source: 'fhir',
    name: 'epic-private-key-env',
    make: (r, b) => {
      const key = pemKey(r, r.pick(['PRIVATE KEY', 'RSA PRIVATE KEY'] as const), '\\n');
      return `{"level":"fatal","msg":"cannot build client assertion","err":"error:1E08010C:DECODER routines::unsupported","config":{"EPIC_CLIENT_ID":"${r.uuid()}","EPIC_TOKEN_URL":"https://${EHR[0]}/oauth2/token","EPIC_PRIVATE_KEY":"${b.c('private-key', key)}","EPIC_KID":"${r.hex(8)}"},"date_of_service":"${fmtDate(recentDate(r), 'iso')}"}`;
    },
  },
];
