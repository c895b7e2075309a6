import type { Template52 } from './blind-set-52-ctx';
import { jwt, rsaPkcs8 } from './blind-set-52-gen-cred';

/** Positive templates: LIMS, ELN and biobank systems. */
export const LAB52: Template52[] = [
  {
    area: 'eln',
    name: 'benchling-sdk-401',
    make: (c) => {
      const key = c.cr('benchling_api_key', c.k.benchling(c.r));
      const p = c.who();
      return `Traceback (most recent call last):
  File "/opt/airflow/dags/sync_plasmids.py", line 58, in push_entities
    resp = benchling.custom_entities.create(entity)
benchling_sdk.errors.BenchlingError: 401 Unauthorized
  request: POST https://${c.pick(['genentech', 'modernatx', 'ginkgo', 'arzeda'])}.benchling.com/api/v2/custom-entities
  headers: {'Authorization': 'Basic ${Buffer.from(`${key}:`).toString('base64')}', 'User-Agent': 'benchling-sdk/1.${c.int(5, 21)}.0'}
  config: BENCHLING_API_KEY=${key}  owner=${c.mail(p)}`;
    },
  },
  {
    area: 'eln',
    name: 'benchling-app-env',
    rounds: 10,
    make: (c) => `# benchling-app/.env  (deployed by ${c.name()})
BENCHLING_TENANT=https://${c.pick(['vertexlabs', 'alnylam', 'insitro'])}.benchling.com
BENCHLING_APP_CLIENT_ID=${c.uuid()}
BENCHLING_APP_CLIENT_SECRET=${c.cr('oauth_client_secret', c.k.any(c.r, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}
BENCHLING_WEBHOOK_SIGNING_SECRET=${c.cr('webhook_secret', 'whsec_' + c.k.b64secret(c.r, 24))}
WAREHOUSE_DSN=postgresql://warehouse_ro:${c.pw(18, true)}@postgres-warehouse.benchling.com:5432/warehouse_${c.hex(6)}
`,
  },
  {
    area: 'lims',
    name: 'clarity-lims-api',
    make: (c) => {
      const user = `apiuser_${c.pick(['seqcore', 'gtac', 'bcgsc'])}`;
      const pw = c.pw(14);
      return `$ curl -u ${user}:${pw} -H "Accept: application/xml" https://clarity.${c.pick(['genomics.wustl.edu', 'igm.ucsd.edu', 'seq.umich.edu'])}/api/v2/samples?name=${c.pick(['HG002', 'NA12878', 'CTRL'])}-${c.int(10, 99)}
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<smp:sample xmlns:smp="http://genologics.com/ri/sample" limsid="ADM${c.int(100, 999)}A${c.int(1, 99)}">
  <name>Tumor-${c.int(1000, 9999)}</name>
  <submitter uri="https://clarity/api/v2/researchers/${c.int(2, 400)}"><first-name>${c.pi('person_name', c.who().first + ' ' + c.who().last)}</first-name></submitter>
  <udf:field name="Submitter Email">${c.mail()}</udf:field>
</smp:sample>`;
    },
  },
  {
    area: 'lims',
    name: 'labvantage-properties',
    rounds: 10,
    make: (c) => `# LabVantage 8.7 - WEB-INF/classes/sapphire.properties
sapphire.db.url=jdbc:oracle:thin:@lvdb-prd.${c.pick(['amgen.com', 'biogen.net', 'labcorp.com'])}:1521/LVPRD
sapphire.db.user=LV_APP
sapphire.db.password=${c.pw(16)}
sapphire.mail.smtp.host=smtp.office365.com
sapphire.mail.smtp.user=lims-notify@${c.pick(['amgen.com', 'biogen.net'])}
sapphire.mail.smtp.password=${c.pw(12)}
sapphire.instrument.gateway.token=${c.cr('api_token', c.k.hex64(c.r))}
`,
  },
  {
    area: 'lims',
    name: 'labware-sql-patients',
    rounds: 3,
    make: (c) => `-- LabWare LIMS export, table SAMPLE joined PATIENT (ticket LW-${c.int(1000, 9999)})
INSERT INTO PATIENT (PATIENT_ID, NAME, DATE_OF_BIRTH, MRN, PHONE, ADDRESS) VALUES
  (${c.int(10000, 99999)}, '${c.name(c.who(), 'upper')}', TO_DATE('${c.dob('iso')}','YYYY-MM-DD'), '${c.pi('mrn', c.g.mrn52(c.r))}', '${c.phone()}', '${c.addr()}'),
  (${c.int(10000, 99999)}, '${c.name(c.who(), 'upper')}', TO_DATE('${c.dob('iso')}','YYYY-MM-DD'), '${c.pi('mrn', c.g.mrn52(c.r))}', NULL, NULL);`,
  },
  {
    area: 'lims',
    name: 'starlims-soap',
    rounds: 10,
    make: (c) => `POST /STARLIMS11.${c.pick(['prod', 'val'])}/RunAction.lims HTTP/1.1
Host: starlims.${c.pick(['quest.com', 'cdph.ca.gov', 'health.state.mn.us'])}
Content-Type: text/xml; charset=utf-8
SOAPAction: "http://starlims.com/RunAction"

<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header><AuthHeader><UserName>${c.pick(['svc_interface', 'hl7_inbound'])}</UserName><Password>${c.pw(15)}</Password></AuthHeader></soap:Header>
  <soap:Body><RunAction><ActionName>Interface.Login</ActionName><Params>${c.cr('api_token', c.k.hexU(c.r, 40))}</Params></RunAction></soap:Body>
</soap:Envelope>`,
  },
  {
    area: 'biobank',
    name: 'openspecimen-participant',
    rounds: 3,
    make: (c) => {
      const p = c.who();
      return `2024-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(10, 28))} 09:${c.int(10, 59)}:${c.int(10, 59)},${c.int(100, 999)} ERROR [http-nio-8080-exec-${c.int(1, 40)}] c.k.o.b.s.i.CollectionProtocolRegistrationServiceImpl - Duplicate participant: {"firstName":"${c.pi('person_name', p.first)}","lastName":"${c.pi('person_name', p.last)}","birthDate":"${c.dob('iso')}","uid":"${c.ssn()}","emailAddress":"${c.mail(p, 'public')}","pmis":[{"siteName":"${c.pick(['Siteman Cancer Center', 'UPMC Hillman', 'Moffitt'])}","mrn":"${c.pi('mrn', c.g.mrn52(c.r))}"}]}`;
    },
  },
  {
    area: 'biobank',
    name: 'freezerpro-config',
    rounds: 10,
    make: (c) => `[freezerpro]
url = https://freezerpro.${c.pick(['cores.utah.edu', 'biorepository.emory.edu', 'tissuebank.ucl.ac.uk'])}/api/v1
username = ${c.pick(['bsi_sync', 'svc_fp'])}
password = ${c.pw(13)}
[aws]
aws_access_key_id = ${c.cr('aws_access_key_id', c.k.awsAkid(c.r))}
aws_secret_access_key = ${c.cr('aws_secret_access_key', c.k.awsSecret(c.r))}
bucket = biorepo-${c.pick(['manifests', 'images', 'pathology'])}-prd`,
  },
  {
    area: 'biobank',
    name: 'donor-consent-csv',
    rounds: 3,
    make: (c) => {
      const rows = [0, 1, 2].map(() => {
        const p = c.who();
        return `${c.pick(['BB', 'UKB', 'DN'])}${c.digits(6)},${c.name(p)},${c.dob('us')},${c.mail(p, 'public')},${c.phone()},${c.pick(['Y', 'N'])}`;
      });
      return `donor_id,full_name,dob,email,phone,recontact_ok\n${rows.join('\n')}`;
    },
  },
  {
    area: 'biobank',
    name: 'uk-biobank-nhs',
    rounds: 3,
    make: (c) => `Subject: Re: withdrawal request - participant record
From: access@${c.pick(['ukbiobank.ac.uk', 'ourfuturehealth.org.uk', 'genomicsengland.co.uk'])}

Hi team, please action the withdrawal for ${c.name()} (NHS number ${c.pi('nhs_number', c.g.nhs52(c.r))}, DOB ${c.dob('dmy')}), home address ${c.addr(true)}, mobile ${c.phone(true)}. NI number on the consent form: ${c.pi('nino', c.g.nino52(c.r))}.
Thanks`,
  },
  {
    area: 'eln',
    name: 'labarchives-api',
    rounds: 10,
    make: (c) => `GET https://api.labarchives.com/api/users/user_access_info?login_or_email=${c.mail()}&password=${c.pw(12, true)}&akid=${c.pick(['mit_lab_sync', 'ucsd_eln'])}&expires=${1718000000 + c.int(0, 9999999)}&sig=${c.cr('hmac_signature', encodeURIComponent(c.k.b64secret(c.r, 20)))}
< HTTP/1.1 200 OK
<users><id>${c.hex(16)}</id><fullname>${c.name()}</fullname></users>`,
  },
  {
    area: 'eln',
    name: 'synapse-pat',
    make: (c) => {
      const t = c.cr('jwt', jwt(c.r, { access: { scope: ['view', 'download', 'modify'], oidc_claims: {} }, 'token_type': 'PERSONAL_ACCESS_TOKEN', iss: 'https://repo-prod.prod.sagebase.org/auth/v1', aud: '0', nbf: 1700000000, sub: String(c.int(3300000, 3499999)), jti: String(c.int(10000, 99999)) }));
      return `$ cat ~/.synapseConfig
[authentication]
username = ${c.mail()}
authtoken = ${t}

[cache]
location = /scratch/synapse_cache`;
    },
  },
  {
    area: 'lims',
    name: 'gcp-service-account',
    rounds: 10,
    make: (c) => {
      const proj = c.pick(['lims-prod-4421', 'genomics-pipeline-prd', 'cromwell-exec-ops']);
      return `{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${c.hex(40)}",
  "private_key": "${c.cr('private_key', rsaPkcs8(c.r, '\\n'))}\\n",
  "client_email": "lims-export@${proj}.iam.gserviceaccount.com",
  "client_id": "1${c.digits(20)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
    },
  },
];
