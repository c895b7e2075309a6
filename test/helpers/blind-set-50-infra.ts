import { CLINICS, type T50 } from './blind-set-50-ctx';

export const INFRA_TEMPLATES: T50[] = [
  {
    area: 'infra', name: 'aws-healthlake-creds', n: 12,
    make: (c) => {
      const ak = c.cr('aws-access-key', c.awsAk());
      const sk = c.cr('aws-secret-key', c.awsSk());
      return `[clinic-prod]
aws_access_key_id = ${ak}
aws_secret_access_key = ${sk}
region = us-east-1
# botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the StartFHIRImportJob operation: User: arn:aws:iam::${c.dig(12)}:user/healthlake-import is not authorized`;
    },
  },
  {
    area: 'infra', name: 'aws-sts-session', n: 10,
    make: (c) => {
      const ak = c.cr('aws-access-key', c.awsAk(true));
      const sk = c.cr('aws-secret-key', c.awsSk());
      const st = c.cr('session-token', `IQoJb3JpZ2luX2Vj${c.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c.int(300, 400))}`);
      return `export AWS_ACCESS_KEY_ID=${ak}
export AWS_SECRET_ACCESS_KEY=${sk}
export AWS_SESSION_TOKEN=${st}
aws s3 cp s3://${c.pick(['rx-claims-archive', 'lab-results-raw', 'telehealth-recordings'])}-${c.dig(4)}/2024/ . --recursive`;
    },
  },
  {
    area: 'infra', name: 'gcp-service-account', n: 8,
    make: (c) => {
      const proj = c.pick(['clinic-data-prod', 'pharmacy-etl', 'labs-ingest-471', 'wearable-sync-2291']);
      const key = c.cr('private-key', c.pem('pkcs8', true));
      return `{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${c.hex(40)}",
  "private_key": "${key}",
  "client_email": "fhir-writer@${proj}.iam.gserviceaccount.com",
  "client_id": "${c.dig(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
    },
  },
  {
    area: 'infra', name: 'azure-fhir-appsettings', n: 12,
    make: (c) => {
      const cs = c.cr('client-secret', c.azureSecret());
      const acct = `${c.pick(['rxstore', 'labblob', 'teleprod'])}${c.dig(4)}`;
      const key = c.cr('storage-key', c.b64key(64));
      const sqlpw = c.cr('password', c.pw().replace(/;/g, ''));
      return JSON.stringify({ AzureAd: { Instance: 'https://login.microsoftonline.com/', TenantId: c.uuid(), ClientId: c.uuid(), ClientSecret: cs }, FhirServer: { Url: `https://${c.pick(['clinicws', 'labws'])}-fhir.fhir.azurehealthcareapis.com` }, ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${key};EndpointSuffix=core.windows.net`, Sql: `Server=tcp:${acct}.database.windows.net,1433;Initial Catalog=scheduling;User ID=appuser;Password=${sqlpw};Encrypt=True;` } }, null, 2);
    },
  },
  {
    area: 'infra', name: 'k8s-secret', n: 12,
    make: (c) => {
      const pg = c.cr('password', c.pw());
      const jwtKey = c.cr('secret', c.r.b64(48));
      const dd = c.cr('api-key', c.hex(32));
      return `apiVersion: v1
kind: Secret
metadata:
  name: ${c.pick(['erx-gateway', 'lab-ingest', 'pharmacy-portal', 'tele-api'])}-secrets
  namespace: prod
type: Opaque
stringData:
  POSTGRES_PASSWORD: "${pg}"
  JWT_SIGNING_KEY: "${jwtKey}"
  DD_API_KEY: "${dd}"
  DD_SITE: "datadoghq.com"`;
    },
  },
  {
    area: 'infra', name: 'compose-mirth', n: 12,
    make: (c) => {
      const db = c.cr('password', c.pw());
      const admin = c.cr('password', c.words());
      return `services:
  mirth:
    image: nextgenhealthcare/connect:4.5.0
    environment:
      - DATABASE=postgres
      - DATABASE_URL=jdbc:postgresql://db:5432/mirthdb
      - DATABASE_USERNAME=mirth
      - DATABASE_PASSWORD=${db}
      - KEYSTORE_STOREPASS=${admin}
    ports: ["8443:8443", "6661:6661"]`;
    },
  },
  {
    area: 'infra', name: 'okta-ssws', n: 8,
    make: (c) => {
      const t = c.cr('api-token', `00${c.b64urlChars(40)}`);
      const p = c.person();
      return `curl -v -H "Authorization: SSWS ${t}" "https://${c.pick(['riverbendhealth', 'summitortho', 'meadowlark'])}.okta.com/api/v1/users?search=profile.department+eq+%22Pharmacy%22"
< HTTP/2 200
[{"id":"00u${c.b62(17)}","status":"ACTIVE","profile":{"firstName":"${p.f}","lastName":"${p.l}","login":"${c.pe('email', `${p.f[0]}${p.l}`.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + '@' + c.pick(['riverbendhealth.org', 'summitortho.com']))}","mobilePhone":"${c.pe('phone', c.phone(1))}","title":"Staff Pharmacist"}}]`;
    },
  },
  {
    area: 'infra', name: 'auth0-portal', n: 8,
    make: (c) => {
      const sec = c.cr('client-secret', c.b64urlChars(64));
      const p = c.person();
      return `AUTH0_DOMAIN=${c.pick(['portal', 'myhealth', 'patients'])}.us.auth0.com
AUTH0_CLIENT_ID=${c.b62(32)}
AUTH0_CLIENT_SECRET=${sec}
# failed login trail: {"type":"fp","user_name":"${c.pe('email', c.email(p.f, p.l))}","ip":"${c.pe('ip', c.ip())}","description":"Wrong email or password.","date":"${c.ts()}"}`;
    },
  },
  {
    area: 'infra', name: 'mongo-uri-log', n: 8,
    make: (c) => {
      const pw = c.cr('password', c.urlPw());
      return `MongoServerSelectionError: connection <monitor> to ${c.int(3, 54)}.${c.int(1, 250)}.${c.int(1, 250)}.${c.int(1, 250)}:27017 closed
    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38)
  uri: 'mongodb+srv://telehealth_app:${pw}@cluster0.${c.lowerAlnum(5)}.mongodb.net/visits?retryWrites=true&w=majority'`;
    },
  },
  {
    area: 'infra', name: 'ci-slack-datadog', n: 12,
    make: (c) => {
      const hook = c.cr('webhook-url', c.slackHook());
      const app = c.cr('api-key', c.hex(40));
      const nr = c.cr('api-key', `NRAK-${c.upAlnum(27)}`);
      return `Run ./scripts/notify.sh
  env:
    SLACK_WEBHOOK: ${hook}
    DD_APP_KEY: ${app}
    NEW_RELIC_API_KEY: ${nr}
curl: (22) The requested URL returned error: 404 (${c.pick(CLINICS)} deploy notice)`;
    },
  },
  {
    area: 'infra', name: 'mailgun-fax-gateway', n: 7,
    make: (c) => {
      const key = c.cr('api-key', `key-${c.hex(32)}`);
      const fax = c.cr('password', c.pw());
      return `mail:
  provider: mailgun
  domain: mg.${c.pick(['riverbendhealth.org', 'northgatepeds.com', 'harborviewuc.com'])}
  api_key: ${key}
efax:
  account: ${c.dig(10)}
  password: ${fax}`;
    },
  },
];
