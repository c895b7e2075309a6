import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** ELT/ETL and CDC: Fivetran, Airbyte, Stitch, Matillion, dbt, Debezium, Kafka Connect, Informatica. */
export const pipelines39: Tpl39[] = [
  ['fivetran/api-basic', (r, v) => {
    const k = v.c(G.alnum(r, 16), 'fivetran-api-key');
    const s = v.c(G.alnum(r, 32), 'fivetran-api-secret');
    return `# sync_all.sh — trigger Fivetran syncs after the dbt deploy
FIVETRAN_API_KEY=${k}
FIVETRAN_API_SECRET=${s}
curl -s -X POST -u "$FIVETRAN_API_KEY:$FIVETRAN_API_SECRET" https://api.fivetran.com/v1/connectors/${r.pick(['decent_wisdom', 'soggy_plank', 'brave_otter', 'lunar_spruce'])}/sync`;
  }],
  ['fivetran/connector-setup', (r, v) => `POST https://api.fivetran.com/v1/connectors
{
  "service": "${r.pick(['shopify', 'stripe', 'hubspot', 'mailchimp'])}",
  "group_id": "${G.lower(r, 6)}_${G.lower(r, 8)}",
  "config": {
    "schema": "${r.pick(['shopify', 'stripe', 'hubspot', 'mailchimp'])}_raw",
    "shop": "${G.host(r)}-store",
    "api_access_token": "${v.c(G.shopify(r), 'shopify-token')}",
    "secret_key": "${v.c(G.stripeSk(r), 'stripe-secret-key')}"
  }
}
HTTP 400 {"code":"InvalidInput","message":"Connector config is invalid"}`],
  ['fivetran/hubspot-mailchimp', (r, v) => `Connector setup test failed for hubspot_marketing (${G.ts(r)}):
  access_token=${v.c(G.hubspot(r), 'hubspot-token')} → 401 Unauthorized "This oauth-token is expired"
Connector setup test passed for mailchimp_lists:
  api_key=${v.c(G.mailchimp(r), 'mailchimp-key')}
Reported by ${v.p(G.fullName(r), 'person-name')} <${v.p(G.email(r), 'email')}>`],
  ['airbyte/source-config', (r, v) => `2026-0${r.int(1, 9)}-0${r.int(1, 9)} 14:0${r.int(0, 9)}:33 [32mINFO[m i.a.w.i.DefaultAirbyteSource(start):${r.int(80, 140)} - Source config: {"host":"orders-db.${G.host(r)}.net","port":5432,"database":"orders","username":"airbyte","password":"${v.c(G.password(r), 'password')}","ssl_mode":{"mode":"require"},"replication_method":{"method":"CDC","replication_slot":"airbyte_slot","publication":"airbyte_pub"}}`],
  ['airbyte/api-token', (r, v) => `$ curl -s https://api.airbyte.com/v1/jobs -H 'accept: application/json' \\
  -H 'authorization: Bearer ${v.c(G.jwt(r, { iss: 'https://cloud.airbyte.com', sub: r.uuid(), aud: 'airbyte-server', email: 'etl-bot@' + G.host(r) + '.io' }, 'RS256'), 'jwt')}' \\
  -d '{"connectionId":"${r.uuid()}","jobType":"sync"}'
{"jobId":${r.int(1000000, 9999999)},"status":"pending","jobType":"sync"}`],
  ['airbyte/sftp-ssh-key', (r, v) => `# airbyte destination-sftp-json, values.yaml override (do not commit!)
destination:
  host: sftp.partner-${G.host(r)}.com
  port: 22
  username: ${G.host(r)}_drop
  ssh_key: |
    ${v.c(G.opensshKey(r).split('\n').join('\n    '), 'private-key-yaml')}`],
  ['stitch/import-api', (r, v) => `POST https://api.stitchdata.com/v2/import/batch
Authorization: Bearer ${v.c(G.hex64(r), 'stitch-token')}
Content-Type: application/json
{"table_name":"signups","schema":{"properties":{"id":{"type":"integer"}}},"messages":[{"action":"upsert","sequence":${Date.UTC(2026, 0, 1) + r.int(0, 9e8)},"data":{"id":${r.int(100, 99999)},"full_name":"${v.p(G.fullName(r), 'person-name')}","email":"${v.p(G.email(r), 'email')}","dob":"${v.p(G.dob(r), 'date-of-birth')}"}}],"key_names":["id"]}`],
  ['matillion/env-export', (r, v) => `<environment name="prod-${G.region(r)}">
  <url>jdbc:redshift://${G.host(r)}.c${G.lower(r, 11)}.${G.region(r)}.redshift.amazonaws.com:5439/edw</url>
  <username>matillion</username>
  <password encrypted="false">${v.c(G.password(r), 'password')}</password>
  <credentials type="aws" accessKey="${v.c(G.awsId(r), 'aws-access-key-id')}" secretKey="${v.c(G.awsSecret(r), 'aws-secret-key')}"/>
</environment>`],
  ['dbt/cloud-token', (r, v) => `- name: Trigger dbt Cloud job
  run: |
    curl -sf -X POST \\
      -H "Authorization: Token ${v.c(G.dbtc(r), 'dbt-cloud-token')}" \\
      -H "Content-Type: application/json" \\
      -d '{"cause":"merge to main by ${v.p(G.fullName(r), 'person-name')}"}' \\
      https://cloud.getdbt.com/api/v2/accounts/${r.int(10000, 99999)}/jobs/${r.int(100000, 999999)}/run/`],
  ['dbt/debug-output', (r, v) => `$ dbt debug --target prod
${G.ts(r).slice(11, 19)}  Running with dbt=1.8.${r.int(0, 9)}
${G.ts(r).slice(11, 19)}  Connection:
${G.ts(r).slice(11, 19)}    host: ${G.host(r)}-pg.postgres.database.azure.com
${G.ts(r).slice(11, 19)}    port: 5432
${G.ts(r).slice(11, 19)}    user: dbt_prod
${G.ts(r).slice(11, 19)}    database: analytics
${G.ts(r).slice(11, 19)}    schema: marts
${G.ts(r).slice(11, 19)}  Encountered an error: could not connect: FATAL: password authentication failed; DSN was "host=${G.host(r)}-pg.postgres.database.azure.com user=dbt_prod password='${v.c(G.password(r) + ' ' + G.alnum(r, 5), 'password')}' dbname=analytics sslmode=require"`],
  ['dbt/packages-git', (r, v) => `# packages.yml
packages:
  - package: dbt-labs/dbt_utils
    version: 1.3.0
  - git: "https://${G.first(r).toLowerCase()}:${v.c(G.ghToken(r, 'ghp_'), 'github-token')}@github.com/${G.host(r)}/dbt-internal-macros.git"
    revision: v${r.int(1, 4)}.${r.int(0, 12)}.0
  - git: "https://oauth2:${v.c(G.gitlab(r), 'gitlab-token')}@gitlab.com/${G.host(r)}/data/dbt-finance.git"
    revision: main`],
  ['dbt/test-failure-rows', (r, v) => `Failure in test not_null_stg_customers_email (models/staging/schema.yml)
  Got 3 results, configured to fail if != 0
  compiled code at target/compiled/analytics/models/staging/schema.yml/not_null_stg_customers_email.sql

select * from dbt_test__audit.not_null_stg_customers_email limit 3;
customer_id | full_name              | email | phone            | ssn
${r.int(10000, 99999)}       | ${v.p(G.fullName(r), 'person-name')} |       | ${v.p(G.usPhone(r, 1), 'phone')} | ${v.p(G.ssn(r), 'ssn')}
${r.int(10000, 99999)}       | ${v.p(G.fullName(r), 'person-name')} |       | ${v.p(G.usPhone(r, 0), 'phone')} | ${v.p(G.ssn(r), 'ssn')}`],
  ['debezium/connector-json', (r, v) => `$ curl -s -X PUT -H "Content-Type: application/json" http://connect:8083/connectors/orders-cdc/config -d '{
  "connector.class": "io.debezium.connector.mysql.MySqlConnector",
  "database.hostname": "orders-mysql.${G.host(r)}.internal",
  "database.port": "3306",
  "database.user": "debezium",
  "database.password": "${v.c(G.password(r), 'password')}",
  "database.server.id": "${r.int(10000, 99999)}",
  "topic.prefix": "orders",
  "schema.history.internal.kafka.bootstrap.servers": "kafka:9092"
}'`],
  ['debezium/change-event', (r, v) => `{"schema":null,"payload":{"before":null,"after":{"id":${r.int(1000, 999999)},"first_name":"${G.first(r)}","last_name":"${G.last(r)}","email":"${v.p(G.email(r), 'email')}","iban":"${v.f(G.iban(r), 'iban')}","phone":"${v.p(G.intlPhone(r), 'phone')}"},"source":{"version":"2.6.${r.int(0, 2)}.Final","connector":"postgresql","name":"billing","ts_ms":${1767000000000 + r.int(0, 9e9)},"db":"billing","schema":"public","table":"payout_accounts","lsn":${r.int(1e8, 9e9)}},"op":"c"}}`],
  ['kafka-connect/jaas', (r, v) => {
    const key = v.c(G.confluentKey(r), 'confluent-api-key');
    const sec = v.c(G.confluentSecret(r), 'confluent-api-secret');
    return `[${G.ts(r)}] ERROR [Worker clientId=connect-1, groupId=connect-cluster] Uncaught exception in herder work thread (org.apache.kafka.connect.runtime.distributed.DistributedHerder)
org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed
  config: bootstrap.servers=pkc-${G.lower(r, 5)}.${G.region(r)}.aws.confluent.cloud:9092 security.protocol=SASL_SSL sasl.mechanism=PLAIN sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";`;
  }],
  ['kafka-connect/s3-sink', (r, v) => `name=s3-sink-clickstream
connector.class=io.confluent.connect.s3.S3SinkConnector
topics=clickstream.v2
s3.bucket.name=${G.host(r)}-raw-events
s3.region=${G.region(r)}
aws.access.key.id=${v.c(G.awsId(r), 'aws-access-key-id')}
aws.secret.access.key=${v.c(G.awsSecret(r), 'aws-secret-key')}
flush.size=10000`],
  ['informatica/param-file', (r, v) => `[Global]
$PMSessionLogDir=/infa/logs
[CRM_FOLDER.WF:wf_load_customers.ST:s_m_load_customers]
$DBConnection_SRC=ORA_CRM
$$SRC_USER=crm_extract
$$SRC_PWD=${v.c(G.password(r), 'password')}
$$SFTP_PWD=${v.c(G.password(r), 'password')}
$$NOTIFY_TO=${v.p(G.email(r), 'email')}`],
  ['informatica/reject-file', (r, v) => `# s_m_load_payments.bad  (row indicator, column indicators)
0,D,${r.int(100000, 999999)},D,${v.p(G.fullName(r), 'person-name')},D,${v.f(G.card(r, 'visa'), 'card-number')},D,${v.f(G.aba(r), 'routing-number')},D,${v.f(G.acct(r), 'bank-account')},N,,D,${r.int(10, 9999)}.${r.digits(2)}
# TE_7007 Transformation Evaluation Error [<<Expression Fatal Error>> [ABORT]: Card declined
... ABORT('Card declined')]`],
];
