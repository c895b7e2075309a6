import type { Template52 } from './blind-set-52-ctx';
import { jwt, rsaPkcs8 } from './blind-set-52-gen-cred';

/** Positive templates: more credential-bearing configs and finance files from research operations. */
export const MORE52: Template52[] = [
  {
    area: 'sequencing',
    name: 'pacbio-smrtlink',
    rounds: 10,
    make: (c) => `$ curl -k -u admin:${c.pw(13)} -X POST https://smrtlink.${c.pick(['seqcore.local', 'pacbio.mdc-berlin.de', 'lr-seq.wustl.edu'])}:8243/SMRTLink/1.0.0/token -d "grant_type=password&scope=welcome"
{"access_token":"${c.cr('jwt', jwt(c.r, { sub: 'admin', iss: 'https://smrtlink:8243/oauth2/token', scope: 'run-design run-qc sample-setup' }))}","refresh_token":"${c.cr('refresh_token', c.uuid())}","scope":"welcome","token_type":"Bearer","expires_in":3600}`,
  },
  {
    area: 'sequencing',
    name: 'netrc-delivery',
    rounds: 10,
    make: (c) => `# ~/.netrc used by wget in fetch_runs.sh
machine ${c.pick(['delivery.novogene.com', 'sftp.genewiz.com', 'data.psomagen.com'])} login ${c.pick(['X202SC', 'ngs_', 'lab'])}${c.digits(6)} password ${c.pw(12)}
machine urs.earthdata.nasa.gov login ${c.pick(['lab', 'sat'])}${c.digits(3)} password ${c.pw(14)}
machine ftp-private.ebi.ac.uk login ega-box-${c.int(100, 2999)} password ${c.pw(10)}`,
  },
  {
    area: 'genomics',
    name: 'cromwell-hocon',
    rounds: 10,
    make: (c) => `database {
  profile = "slick.jdbc.MySQLProfile$"
  db {
    driver = "com.mysql.cj.jdbc.Driver"
    url = "jdbc:mysql://cromwell-db:3306/cromwell?rewriteBatchedStatements=true"
    user = "cromwell"
    password = "${c.pw(16)}"
  }
}
google {
  auths = [{ name = "service-account", scheme = "service_account", pem-file = "/secrets/sa.pem" }]
}
# /secrets/sa.pem
${c.cr('private_key', rsaPkcs8(c.r))}`,
  },
  {
    area: 'genomics',
    name: 'snowflake-omics',
    rounds: 10,
    make: (c) => `snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: ${c.pick(['xy12345', 'gh-omics', 'rx98231'])}.us-east-1.snowflakecomputing.com:443. Incorrect username or password was specified.
  conn = snowflake.connector.connect(user='SVC_VARIANT_LOADER', password='${c.pw(17)}', account='xy12345.us-east-1', warehouse='GENOMICS_WH')
  private_key_passphrase='${c.pw(20)}'`,
  },
  {
    area: 'research-it',
    name: 'docker-config-json',
    rounds: 10,
    make: (c) => {
      const gh = c.k.ghp(c.r);
      const quayPw = c.r.password(18);
      return `$ cat ~/.docker/config.json
{
  "auths": {
    "ghcr.io": { "auth": "${c.cr('basic_auth', Buffer.from(`${c.pick(['labbot', 'ci-runner'])}:${gh}`).toString('base64'))}" },
    "quay.io": { "auth": "${c.cr('basic_auth', Buffer.from(`${c.pick(['biocontainers', 'lab'])}+robot:${quayPw}`).toString('base64'))}" }
  }
}`;
    },
  },
  {
    area: 'research-it',
    name: 'pgpass',
    rounds: 10,
    make: (c) => `$ cat ~/.pgpass
${c.pick(['omop-db.research.local', 'cdw-prd.hsc.utah.edu'])}:5432:omop_cdm:etl_user:${c.pw(16)}
${c.pick(['redcap-replica', 'i2b2-db.partners.org'])}:5432:*:i2b2demodata:${c.pw(14)}
localhost:5433:tranSMART:biomart_user:${c.pw(12)}`,
  },
  {
    area: 'research-it',
    name: 'mongo-redis-uri',
    rounds: 10,
    make: (c) => `MongoServerError: bad auth : Authentication failed.
  uri: mongodb+srv://cellxgene_app:${c.pw(18, true)}@cluster0.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/atlas?retryWrites=true&w=majority
  CELERY_BROKER_URL=redis://:${c.pw(24, true)}@redis-master.${c.pick(['lab', 'pipelines'])}.svc.cluster.local:6379/0`,
  },
  {
    area: 'edc',
    name: 'openclinica-keycloak',
    rounds: 10,
    make: (c) => `# OpenClinica 4 - docker-compose.override.yml
services:
  keycloak:
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${c.pw(16)}
  oc4:
    environment:
      OC_KEYCLOAK_CLIENT_SECRET: ${c.cr('oauth_client_secret', c.uuid())}
      SPRING_DATASOURCE_PASSWORD: "${c.pw(14)}"`,
  },
  {
    area: 'research-it',
    name: 'django-settings',
    rounds: 10,
    make: (c) => `# biorepo_portal/settings/production.py
SECRET_KEY = '${c.cr('django_secret_key', c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}'
DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'biorepo', 'USER': 'biorepo', 'PASSWORD': '${c.pw(18)}', 'HOST': 'db'}}
EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '${c.cr('sendgrid_key', c.k.sendgrid(c.r))}'`,
  },
  {
    area: 'research-it',
    name: 'terraform-tfvars',
    rounds: 10,
    make: (c) => `# terraform.tfvars (accidentally committed to ${c.pick(['lab-infra', 'core-cloud', 'omics-platform'])})
rds_master_password   = "${c.pw(20)}"
github_token          = "${c.cr('github_token', c.k.ghFine(c.r))}"
datadog_api_key       = "${c.cr('datadog_api_key', c.k.datadog(c.r))}"
tower_access_token    = "${c.cr('seqera_token', c.k.seqera(c.r))}"`,
  },
  {
    area: 'lims',
    name: 'sapio-webhook',
    rounds: 10,
    make: (c) => `2025-0${c.int(1, 9)}-1${c.int(0, 9)} 10:${c.int(10, 59)}:${c.int(10, 59)} [webhook-dispatcher] WARN  Signature mismatch for POST /sapio/webhook/plate-complete
  expected=HMAC_SHA256(secret="${c.cr('webhook_secret', c.r.b64(32))}", body) got=${c.hex(64)}
  X-API-TOKEN: ${c.cr('api_token', c.uuid())}  guid=${c.uuid()}`,
  },
  {
    area: 'research-it',
    name: 'npmrc-pipconf',
    rounds: 10,
    make: (c) => `$ cat ~/.npmrc
//registry.npmjs.org/:_authToken=${c.cr('npm_token', c.k.npm(c.r))}
@${c.pick(['broad', 'czi', 'sanger'])}:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${c.cr('github_token', c.k.ghp(c.r))}
$ cat ~/.config/pip/pip.conf
[global]
extra-index-url = https://${c.pick(['ci', 'build'])}:${c.pw(16, true)}@nexus.${c.pick(['research.local', 'lab.internal'])}/repository/pypi-internal/simple`,
  },
  {
    area: 'hpc',
    name: 'xdmod-portal',
    rounds: 10,
    make: (c) => `; /etc/xdmod/portal_settings.ini
[database]
host = "xdmod-db"
user = "xdmod"
pass = "${c.pw(15)}"
[mailer]
sender_email = "hpc-reports@${c.pick(['ccr.buffalo.edu', 'tacc.utexas.edu'])}"
smtp_password = "${c.pw(12)}"
[api]
token_salt = "${c.cr('app_salt', c.hex(40))}"`,
  },
  {
    area: 'hpc',
    name: 'coldfront-env',
    rounds: 10,
    make: (c) => `# ColdFront allocation portal .env
SECRET_KEY=${c.cr('django_secret_key', c.r.b64url(40))}
DB_URL=mysql://coldfront:${c.pw(16, true)}@coldfront-db:3306/coldfront
OIDC_RP_CLIENT_SECRET=${c.cr('oauth_client_secret', c.r.b62(48))}
SLURM_REST_JWT=${c.cr('jwt', jwt(c.r, { sun: 'slurm' }, 'HS256'))}`,
  },
  // ---- finance ----
  {
    area: 'grants',
    name: 'pcard-reconciliation',
    rounds: 9,
    make: (c) => `Transaction Date,Card Number,Merchant,Amount,Grant
2024-${c.int(10, 12)}-${c.int(10, 28)},${c.card(undefined, false)},THERMO FISHER SCIENTIFIC,${c.int(100, 9999)}.${c.int(10, 99)},${c.digits(7)}
2024-${c.int(10, 12)}-${c.int(10, 28)},${c.card(undefined, false)},NEW ENGLAND BIOLABS,${c.int(100, 9999)}.${c.int(10, 99)},${c.digits(7)}
2024-${c.int(10, 12)}-${c.int(10, 28)},${c.card(undefined, false)},ADDGENE INC,${c.int(60, 900)}.00,${c.digits(7)}`,
  },
  {
    area: 'grants',
    name: 'pain001-transfer',
    rounds: 9,
    make: (c) => `<CstmrCdtTrfInitn>
  <GrpHdr><MsgId>GRANTS-${c.digits(10)}</MsgId><NbOfTxs>2</NbOfTxs></GrpHdr>
  <PmtInf><DbtrAcct><Id><IBAN>${c.iban(undefined, false)}</IBAN></Id></DbtrAcct>
    <CdtTrfTxInf><Cdtr><Nm>${c.pick(['Universitaet Heidelberg', 'Wellcome Sanger Institute', 'Karolinska Institutet'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.iban(undefined, false)}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
    <CdtTrfTxInf><Cdtr><Nm>${c.pick(['EMBL Heidelberg', 'Institut Curie'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.iban(undefined, false)}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
  </PmtInf>
</CstmrCdtTrfInitn>`,
  },
  {
    area: 'clinical',
    name: 'site-ach-json',
    rounds: 9,
    make: (c) => `{"batch":"SITEPAY-${c.digits(6)}","payee":{"site":"${c.pick(['Northside Research Center LLC', 'Coastal Clinical Trials Inc'])}","ein":"${c.ein()}","bank":{"routing_number":"${c.aba()}","account_number":"${c.acct()}","type":"checking"}},"payer":{"routing_number":"${c.aba()}","account_number":"${c.acct()}"},"amount_cents":${c.int(100000, 9000000)}}`,
  },
  {
    area: 'grants',
    name: 'vendor-banking-yaml',
    rounds: 9,
    make: (c) => `vendor: ${c.pick(['Psomagen Inc', 'GENEWIZ LLC', 'Jackson Laboratory'])}
tax_id: "${c.ein()}"
remit_to:
  ach_routing: "${c.aba()}"
  ach_account: "${c.acct()}"
  intl_iban: "${c.iban()}"`,
  },
  {
    area: 'biobank',
    name: 'courier-card-charge',
    rounds: 9,
    make: (c) => {
      const amex = c.pick([true, false]);
      return `World Courier / Marken dry-ice shipment quote Q-${c.digits(7)} - please charge: card ${c.card(amex ? 'amex' : undefined)} exp ${c.exp()} security code ${c.cvv(amex)}; reconcile to account ${c.acct()}`;
    },
  },
  {
    area: 'grants',
    name: 'uk-bacs-payees',
    rounds: 9,
    make: (c) => `payee_ref,sort_code,account_number,amount_gbp
HON-${c.digits(5)},${c.fi('sort_code', c.g.sortCode52(c.r))},${c.fi('bank_account', c.digits(8))},${c.int(20, 300)}.00
HON-${c.digits(5)},${c.fi('sort_code', c.g.sortCode52(c.r))},${c.fi('bank_account', c.digits(8))},${c.int(20, 300)}.00`,
  },
];
