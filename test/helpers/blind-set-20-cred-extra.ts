import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { cred, iso20, jts20, pos, pyts20, type PosCase20 } from './blind-set-20-types';
import { awsKeyId, awsSecret } from './blind-set-20-values';

const b64u = UPPER + LOWER + DIGITS + '-_';

/** More credentials of the data side: CLI traces, server configs, streaming connection strings, BI tools. */
export const credExtraCases: Record<string, PosCase20> = {
  'redis/cli-a-warning': (r) => {
    const pw = r.password(24);
    return pos(`+ redis-cli -h feature-store.internal -p 6379 -a '${pw}' --scan --pattern 'features:user:*'\nWarning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\nAUTH failed: WRONGPASS invalid username-password pair or user is disabled.`, cred('password', pw));
  },
  'mongo/mongodump-uri': (r) => {
    const pw = r.urlPassword(18);
    return pos(`+ mongodump --uri="mongodb://backup:${pw}@mongo-0.mongo.data.svc:27017,mongo-1.mongo.data.svc:27017/crm?replicaSet=rs0&authSource=admin" --gzip --archive=/backups/crm.gz\n${iso20(r)}\tFailed: can't create session: failed to connect to mongodb://mongo-0.mongo.data.svc:27017: connection() error occurred during connection handshake: auth error`, cred('password', pw));
  },
  'elastic/basic-url': (r) => {
    const pw = r.urlPassword(20);
    return pos(`[${iso20(r)}][ERROR][logstash.outputs.elasticsearch][main] Failed to install template {:message=>"Got response code '401' contacting Elasticsearch at URL 'https://elastic:${pw}@es-prod.acme.io:9200/_index_template/ecs-logstash'"}`, cred('password', pw));
  },
  'opensearch/dashboards-yml': (r) => {
    const pw = r.password(18);
    return pos(`FATAL  Error: [config validation of [opensearch].ssl.verificationMode]: expected value to equal [none]\nopensearch_dashboards.yml:\n  opensearch.hosts: ["https://os-node-1:9200"]\n  opensearch.username: "kibanaserver"\n  opensearch.password: "${pw}"`, cred('password', pw));
  },
  'clickhouse/users-xml': (r) => {
    const pw = r.password(20);
    return pos(`${jts20(r)} <Error> Application: Code: 36. DB::Exception: Both password and password_sha256_hex are set for user etl in users.xml:\n<users><etl><password>${pw}</password><password_sha256_hex>${r.hex(64)}</password_sha256_hex><networks><ip>::/0</ip></networks></etl></users>`, cred('password', pw));
  },
  'cassandra/cqlshrc': (r) => {
    const pw = r.password(16);
    return pos(`Connection error: ('Unable to connect to any servers', {'10.6.1.4:9042': AuthenticationFailed('Failed to authenticate to 10.6.1.4:9042: Error from server: code=0100 [Bad credentials]')})\n$ cat ~/.cassandra/cqlshrc\n[authentication]\nusername = analytics\npassword = ${pw}`, cred('password', pw));
  },
  'strimzi/kafkaconnector-cr': (r) => {
    const pw = r.password(18);
    return pos(`Error from server: admission webhook "kafkaconnectors.kafka.strimzi.io" denied the request:\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nspec:\n  class: io.debezium.connector.postgresql.PostgresConnector\n  config:\n    database.hostname: billing-db\n    database.user: debezium\n    database.password: ${pw}\n    plugin.name: pgoutput`, cred('password', pw));
  },
  'rabbitmq/add-user-trace': (r) => {
    const pw = r.password(16);
    return pos(`+ rabbitmqctl add_user etl_publisher '${pw}'\nAdding user "etl_publisher" ...\nError:\nuser_already_exists: etl_publisher`, cred('password', pw));
  },
  'aws/credentials-file': (r) => {
    const id = awsKeyId(r, 'ASIA');
    const sk = awsSecret(r);
    const st = `IQoJb3JpZ2luX2Vj${r.b64(280).replace(/=+$/, '')}`;
    return pos(`${pyts20(r)} glue-local ERROR botocore.exceptions.ClientError: ExpiredToken\n[profile data-eng]\naws_access_key_id = ${id}\naws_secret_access_key = ${sk}\naws_session_token = ${st}`, cred('aws-secret-key', sk), cred('aws-session-token', st));
  },
  'looker/ini': (r) => {
    const s = r.b62(24);
    return pos(`looker_sdk.error.SDKError: Looker not found (404) at https://acme.cloud.looker.com/api/4.0/login\nlooker.ini:\n[Looker]\nbase_url=https://acme.cloud.looker.com\nclient_id=${r.b62(20)}\nclient_secret=${s}\nverify_ssl=True`, cred('looker-client-secret', s));
  },
  'tableau/pat': (r) => {
    const s = `${r.b64(16)}:${r.b62(32)}`;
    return pos(`tableauserverclient.server.endpoint.exceptions.NotSignedInError: (401001) Signin Error. Error signing in to Tableau Server\nTableauAuth: PersonalAccessTokenAuth(token_name='extract-refresh', personal_access_token='${s}', site_id='acme')`, cred('tableau-pat', s));
  },
  'sentry/user-token': (r) => {
    const t = `sntryu_${r.hex(64)}`;
    return pos(`error: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n+ SENTRY_AUTH_TOKEN=${t} sentry-cli releases new dq-monitor@${r.int(1, 9)}.${r.int(0, 20)}.0`, cred('sentry-token', t));
  },
  'newrelic/user-key': (r) => {
    const t = `NRAK-${r.chars(UPPER + DIGITS, 27)}`;
    return pos(`${iso20(r)} pipeline-metrics ERROR NerdGraph 401: {"errors":[{"message":"Invalid API key"}]} headers={"API-Key":"${t}","Content-Type":"application/json"}`, cred('newrelic-key', t));
  },
  'terraform/cloud-token': (r) => {
    const t = `${r.b62(14)}.atlasv1.${r.b62(67)}`;
    return pos(`╷\n│ Error: Required token could not be found\n│ credentials "app.terraform.io" {\n│   token = "${t}"\n│ }\n╵ (module data-platform/snowflake-warehouses)`, cred('terraform-token', t));
  },
  'pulumi/access-token': (r) => {
    const t = `pul-${r.hex(40)}`;
    return pos(`error: getting user info from https://api.pulumi.com: 401 HTTP error fetching user, PULUMI_ACCESS_TOKEN=${t}`, cred('pulumi-token', t));
  },
  'doppler/service-token': (r) => {
    const t = `dp.st.prd.${r.b62(43)}`;
    return pos(`Doppler Error: Invalid Auth token\n+ DOPPLER_TOKEN=${t} doppler run -- python -m pipelines.backfill --date ${iso20(r).slice(0, 10)}`, cred('doppler-token', t));
  },
  'confluent/api-key-create': (r) => {
    const k = r.chars(UPPER + DIGITS, 16);
    const s = r.chars(B62 + '+/', 64);
    return pos(`$ confluent api-key create --resource lkc-${r.chars(LOWER + DIGITS, 6)} --description "dw sink"\nIt may take a couple of minutes for the API key to be ready.\nSave the API key and secret. The secret is not retrievable later.\n+------------+------------------------------------------------------------------+\n| API Key    | ${k.padEnd(64)} |\n| API Secret | ${s} |\n+------------+------------------------------------------------------------------+\nError: failed to write credentials to ~/.confluent/config.json: permission denied`, cred('confluent-api-key', k), cred('confluent-api-secret', s));
  },
  'eventhubs/connection-string': (r) => {
    const k = r.b64(32);
    return pos(`${jts20(r)} ERROR [Consumer clientId=eh-bridge] Connection to node -1 (acme-events.servicebus.windows.net/${r.int(20, 52)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}:9093) terminated during authentication.\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}";`, cred('azure-sas-key', k));
  },
  'servicebus/dotnet-exception': (r) => {
    const k = r.b64(32);
    return pos(`Azure.Messaging.ServiceBus.ServiceBusException: Put token failed. status-code: 401, status-description: InvalidSignature: The token has an invalid signature. (acme-orders)\n   at OrdersExporter.Program.Main() ServiceBusConnection="Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=send-only;SharedAccessKey=${k};EntityPath=orders"`, cred('azure-sas-key', k));
  },
  'planetscale/password': (r) => {
    const pw = `pscale_pw_${r.chars(b64u, 43)}`;
    return pos(`${iso20(r)} fivetran-connector ERROR MySQL handshake failed: Error 1045 (28000): Access denied for user '${r.chars(LOWER + DIGITS, 12)}'@'${r.int(3, 54)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}' (using password: YES); password=${pw}`, cred('planetscale-password', pw));
  },
  'redpanda/rpk-flags': (r) => {
    const pw = r.password(20);
    return pos(`+ rpk topic consume orders.dlq -n 5 --brokers seed-${r.hex(6)}.redpanda.internal:9092 --user dlq-reader --password ${pw} --sasl-mechanism SCRAM-SHA-256\nunable to consume: SASL_AUTHENTICATION_FAILED: SASL Authentication failed.`, cred('password', pw));
  },
  'kafka-rest/basic-header': (r) => {
    const b = Buffer.from(`${r.chars(UPPER + DIGITS, 16)}:${r.chars(B62 + '+/', 64)}`).toString('base64');
    return pos(`${iso20(r)} webhook-bridge ERROR POST https://pkc-${r.chars(LOWER + DIGITS, 5)}.eu-west-1.aws.confluent.cloud:443/kafka/v3/clusters/lkc-${r.chars(LOWER + DIGITS, 6)}/topics/events/records -> 401 {"error_code":40101,"message":"Unauthorized"}\nrequest.headers.Authorization=Basic ${b}`, cred('basic-auth', b));
  },
};
