import type { Tpl63 } from './blind-set-63-values';

/** Streaming and change data capture: Kafka Connect, Debezium, Spark/EMR, Flink, Glue and Data Factory. */
export const STREAM63: Tpl63[] = [
  {
    s: 'kconnect',
    t: 'put-debezium-pg',
    f: (g) => {
      const pw = g.pw();
      return [
        `$ curl -s -X PUT -H 'Content-Type: application/json' http://connect.kafka.svc:8083/connectors/crm-pg-cdc/config -d @crm-pg-cdc.json`,
        JSON.stringify({
          'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
          'database.hostname': 'crm-db.internal',
          'database.port': '5432',
          'database.user': 'debezium',
          'database.password': pw,
          'database.dbname': 'crm',
          'topic.prefix': 'crm',
          'plugin.name': 'pgoutput',
          'table.include.list': 'public.customers,public.addresses,public.payment_methods',
          'value.converter.basic.auth.user.info': `${g.confluentKey()}:${g.confluentSecret()}`,
        }),
        `{"error_code":500,"message":"Failed to find any class that implements Connector and which name matches io.debezium.connector.postgresql.PostgresConnector"}`,
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 'jdbc-sink-config-hidden',
    f: (g) => {
      const pw = g.urlPw();
      return [
        `[${g.pyts()}] INFO JdbcSinkConfig values: `,
        `\tauto.create = false`,
        `\tbatch.size = 3000`,
        `\tconnection.password = [hidden]`,
        `\tconnection.url = jdbc:postgresql://dwh-pg.internal:5432/warehouse?user=kc_sink&password=${pw}&ssl=true`,
        `\tconnection.user = kc_sink`,
        `\tinsert.mode = upsert`,
        `\tpk.mode = record_key`,
        ` (io.confluent.connect.jdbc.sink.JdbcSinkConfig:376)`,
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 's3-sink-400',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      return [
        `HTTP/1.1 400 Bad Request`,
        JSON.stringify({
          error_code: 400,
          message: 'Connector configuration is invalid and contains the following 1 error(s):\nInvalid value orders_raw for configuration s3.bucket.name: bucket does not exist\nYou can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`',
          config: { 'connector.class': 'io.confluent.connect.s3.S3SinkConnector', topics: 'shop.orders', 's3.region': g.awsRegion(), 'aws.access.key.id': ak, 'aws.secret.access.key': sk, 'flush.size': '1000' },
        }),
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 'confluent-worker-props',
    f: (g) => {
      const key = g.confluentKey();
      const sec = g.confluentSecret();
      const srk = g.confluentKey();
      const srs = g.confluentSecret();
      return [
        `# /etc/kafka/connect-distributed.properties (dumped by entrypoint)`,
        `bootstrap.servers=pkc-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.${g.awsRegion()}.aws.confluent.cloud:9092`,
        `security.protocol=SASL_SSL`,
        `sasl.mechanism=PLAIN`,
        `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";`,
        `value.converter=io.confluent.connect.avro.AvroConverter`,
        `value.converter.schema.registry.url=https://psrc-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.${g.awsRegion()}.aws.confluent.cloud`,
        `value.converter.basic.auth.credentials.source=USER_INFO`,
        `value.converter.basic.auth.user.info=${srk}:${srs}`,
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 'snowflake-sink-key',
    f: (g) => {
      const key = g.keyBody(true);
      const pass = g.pw(20);
      return [
        `$ curl -s http://localhost:8083/connectors/snowflake-sink/config | jq .`,
        `{`,
        `  "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector",`,
        `  "snowflake.url.name": "${g.sfAccount()}.snowflakecomputing.com:443",`,
        `  "snowflake.user.name": "KAFKA_CONNECTOR",`,
        `  "snowflake.private.key": "${key}",`,
        `  "snowflake.private.key.passphrase": "${pass}",`,
        `  "snowflake.database.name": "RAW",`,
        `  "snowflake.schema.name": "KAFKA",`,
        `  "topics": "shop.orders,shop.customers",`,
        `  "name": "snowflake-sink"`,
        `}`,
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 'bigquery-sink-keyfile',
    f: (g) => {
      const proj = g.pick(['acme-dw-prod', 'analytics-381204']);
      const key = g.pem('PRIVATE KEY', '\\\\n');
      return [
        `[${g.pyts()}] ERROR [bq-sink|task-0] WorkerSinkTask{id=bq-sink-0} Task threw an uncaught and unrecoverable exception (org.apache.kafka.connect.runtime.WorkerTask:212)`,
        `com.wepay.kafka.connect.bigquery.exception.BigQueryConnectException: Failed to create credentials from keyfile`,
        `connector config: {"connector.class":"com.wepay.kafka.connect.bigquery.BigQuerySinkConnector","project":"${proj}","defaultDataset":"cdc","keySource":"JSON","keyfile":"{\\"type\\":\\"service_account\\",\\"project_id\\":\\"${proj}\\",\\"private_key\\":\\"${key}\\\\n\\",\\"client_email\\":\\"kafka-connect@${proj}.iam.gserviceaccount.com\\"}"}`,
      ].join('\n');
    },
  },
  {
    s: 'debezium',
    t: 'pg-customer-update',
    f: (g) => {
      const p = g.person('us');
      const email0 = g.email(p);
      const email1 = g.email(p);
      const id = g.int(1000, 99999);
      const ph = g.phone('us', 'e164');
      const ssn = g.ssn(g.r.next() < 0.5);
      const row = (email: string) => ({ id, full_name: p.full, email, phone: ph, ssn, updated_at: g.ms() * 1000 });
      g.name(p);
      return JSON.stringify({
        schema: { type: 'struct', name: 'crm.public.customers.Envelope', optional: false },
        payload: {
          before: row(email0),
          after: row(email1),
          source: { version: '2.5.4.Final', connector: 'postgresql', name: 'crm', ts_ms: g.ms(), snapshot: 'false', db: 'crm', schema: 'public', table: 'customers', txId: g.int(100000, 9999999), lsn: g.int(10000000, 999999999) },
          op: 'u',
          ts_ms: g.ms(1),
        },
      });
    },
  },
  {
    s: 'debezium',
    t: 'mysql-payment-create',
    f: (g) => {
      const p = g.person();
      return JSON.stringify({
        before: null,
        after: { id: g.int(10000, 999999), account_holder: g.name(p), iban: g.iban(), card_number: g.card(), billing_email: g.email(p), created_at: g.iso() },
        source: { version: '2.6.1.Final', connector: 'mysql', name: 'billing', ts_ms: g.ms(), db: 'billing', table: 'payment_methods', server_id: 223344, file: `mysql-bin.00${g.int(1000, 9999)}`, pos: g.int(1000, 99999999), row: 0 },
        op: 'c',
        ts_ms: g.ms(1),
      });
    },
  },
  {
    s: 'debezium',
    t: 'dlq-struct-tostring',
    f: (g) => {
      const p = g.person();
      const days = g.dobDays();
      return [
        `[${g.pyts()}] ERROR [crm-pg-cdc|task-0] Error encountered in task crm-pg-cdc-0. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where source record is = SourceRecord{sourcePartition={server=crm}, sourceOffset={lsn_proc=${g.int(1e8, 9e8)}, txId=${g.int(1e5, 9e6)}, ts_usec=${g.ms()}000}} ConnectRecord{topic='crm.public.customers', kafkaPartition=null, key=Struct{id=${g.int(1000, 99999)}}, keySchema=Schema{crm.public.customers.Key:STRUCT}, value=Struct{after=Struct{id=${g.int(1000, 99999)},first_name=${p.first},last_name=${p.last},email=${g.email(p)},birth_date=${days},street=${g.street(g.address())}},source=Struct{version=2.5.4.Final,connector=postgresql,name=crm,ts_ms=${g.ms()},db=crm,schema=public,table=customers},op=c,ts_ms=${g.ms(1)}}, valueSchema=Schema{crm.public.customers.Envelope:STRUCT}, timestamp=null, headers=ConnectHeaders(headers=)}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)`,
        `org.apache.kafka.connect.errors.DataException: Failed to serialize Avro data from topic crm.public.customers`,
      ].join('\n');
    },
  },
  {
    s: 'debezium',
    t: 'sqlserver-connect-fail',
    f: (g) => {
      const pw = g.pw();
      return [
        `[${g.pyts()}] ERROR [erp-mssql-cdc|task-0] Producer failure (io.debezium.pipeline.ErrorHandler:52)`,
        `io.debezium.DebeziumException: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'cdc_reader'. ClientConnectionId:${g.uuid()}`,
        `\tat io.debezium.connector.sqlserver.SqlServerConnection.connect(SqlServerConnection.java:611)`,
        `Caused by: connection string jdbc:sqlserver://erp-sql01.corp.acme.local:1433;databaseName=ERP;user=cdc_reader;password=${pw};encrypt=true;trustServerCertificate=true;applicationName=Debezium`,
      ].join('\n');
    },
  },
  {
    s: 'debezium',
    t: 'mongodb-conn-string',
    f: (g) => {
      const pw = g.urlPw();
      return [
        `[${g.pyts()}] INFO [orders-mongo-cdc|worker] Creating connector orders-mongo-cdc of type io.debezium.connector.mongodb.MongoDbConnector`,
        `[${g.pyts(1)}] ERROR [orders-mongo-cdc|task-0] Error while attempting to connect: mongodb.connection.string=mongodb+srv://debezium:${pw}@cluster0.${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?replicaSet=atlas-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}-shard-0&authSource=admin`,
        `com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='debezium', source='admin', password=<hidden>, mechanismProperties=<hidden>}`,
      ].join('\n');
    },
  },
  {
    s: 'debezium',
    t: 'integrations-token-column',
    f: (g) => {
      const id = g.int(100, 9999);
      const tok0 = g.shopify();
      const tok1 = g.shopify();
      const whs = g.whsec();
      return JSON.stringify({
        before: { id, shop_domain: 'acme-outdoor.myshopify.com', access_token: tok0, stripe_webhook_secret: whs, status: 'active' },
        after: { id, shop_domain: 'acme-outdoor.myshopify.com', access_token: tok1, stripe_webhook_secret: whs, status: 'active' },
        source: { connector: 'postgresql', name: 'app', db: 'app', schema: 'public', table: 'shop_integrations', lsn: g.int(1e7, 9e8) },
        op: 'u',
        ts_ms: g.ms(),
      });
    },
  },
  {
    s: 'debezium',
    t: 'ca-members-snapshot',
    f: (g) => {
      const p = g.person('ca');
      const a = g.address('CA');
      return `{"before":null,"after":{"member_id":${g.int(10000, 99999)},"name":"${g.name(p)}","sin":"${g.sin(g.pick(['space', 'dash', 'plain'] as const))}","dob":"${g.dob()}","address_line1":"${g.street(a)}","city":"${a.city}","postal_code":"${a.postal}","phone":"${g.phone('ca', 'national')}","transit_institution":"${g.int(10000, 99999)}-${g.int(100, 999)}","account_number":"${g.account()}"},"source":{"connector":"mysql","snapshot":"true","db":"members","table":"members"},"op":"r","ts_ms":${g.ms()}}`;
    },
  },
  {
    s: 'debezium',
    t: 'nl-es-kyc-update',
    f: (g) => {
      const p = g.person(g.pick(['nl', 'es'] as const));
      const idv = p.origin === 'nl' ? g.bsn() : g.dni();
      return `key={"id":${g.int(1000, 99999)}} value={"op":"u","before":{"kyc_status":"pending"},"after":{"kyc_status":"verified","legal_name":"${g.name(p)}","national_id":"${idv}","passport_no":"${g.passport()}","iban":"${g.iban(p.origin === 'nl' ? 'NL' : 'ES')}","verified_ip":"${g.ip()}"},"source":{"table":"kyc_checks","db":"onboarding"}}`;
    },
  },
  {
    s: 'spark',
    t: 'jdbc-write-exception',
    f: (g) => {
      const pw = g.urlPw();
      return [
        `${g.sparkts()} ERROR ApplicationMaster: User class threw exception: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections`,
        `\tat org.apache.spark.sql.execution.datasources.jdbc.JdbcUtils$.saveTable(JdbcUtils.scala:900)`,
        `\tat com.acme.etl.CustomersToWarehouse$.main(CustomersToWarehouse.scala:57)`,
        `${g.sparkts()} INFO CustomersToWarehouse: jdbcUrl=jdbc:postgresql://dwh-pg.internal:5432/warehouse?user=spark_etl&password=${pw}`,
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'emr-step-args',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      return [
        `$ aws emr describe-step --cluster-id j-${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)} --step-id s-${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)}`,
        JSON.stringify(
          {
            Step: {
              Name: 'nightly-customers-export',
              Config: { Jar: 'command-runner.jar', Args: ['spark-submit', '--deploy-mode', 'cluster', '--conf', `spark.hadoop.fs.s3a.access.key=${ak}`, '--conf', `spark.hadoop.fs.s3a.secret.key=${sk}`, 's3://acme-jobs/export_customers.py'] },
              Status: { State: 'FAILED', FailureDetails: { Reason: 'Unknown Error.', LogFile: 's3://acme-emr-logs/steps/' } },
            },
          },
          null,
          4,
        ),
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'malformed-record',
    f: (g) => {
      const p = g.person('us');
      const rec = `${g.int(10000, 99999)},${g.name(p)},${g.email(p)},${g.ssn()},${g.card()},${g.dob('us')}`;
      return [
        `${g.sparkts()} WARN TaskSetManager: Lost task 3.0 in stage 7.0 (TID 412) (ip-${g.privIp().replace(/\./g, '-')}.ec2.internal executor 2): org.apache.spark.SparkException: Malformed records are detected in record parsing. Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.`,
        `Caused by: org.apache.spark.sql.catalyst.util.BadRecordException: java.lang.RuntimeException: Malformed CSV record`,
        `Record: ${rec},,EXTRA`,
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'pyspark-show',
    f: (g) => {
      const rows: string[] = [];
      const W = [24, 32, 27];
      const cell = (s: string, w: number) => s.padEnd(w);
      for (let i = 0; i < 3; i++) {
        const p = g.person(g.pick(['de', 'fr', 'nl', 'uk'] as const));
        const c = p.origin === 'uk' ? 'GB' : p.origin === 'de' ? 'DE' : p.origin === 'fr' ? 'FR' : 'NL';
        rows.push(`|${cell(g.name(p), W[0]!)}|${cell(g.email(p), W[1]!)}|${cell(g.iban(c as 'DE'), W[2]!)}|`);
      }
      return [
        `>>> df.filter(col("iban_valid") == False).select("holder", "email", "iban").show(3, truncate=False)`,
        `+${'-'.repeat(W[0]!)}+${'-'.repeat(W[1]!)}+${'-'.repeat(W[2]!)}+`,
        `|${'holder'.padEnd(W[0]!)}|${'email'.padEnd(W[1]!)}|${'iban'.padEnd(W[2]!)}|`,
        `+${'-'.repeat(W[0]!)}+${'-'.repeat(W[1]!)}+${'-'.repeat(W[2]!)}+`,
        ...rows,
        `+${'-'.repeat(W[0]!)}+${'-'.repeat(W[1]!)}+${'-'.repeat(W[2]!)}+`,
        `only showing top 3 rows`,
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'core-site-xml',
    f: (g) => {
      const ak = g.awsId(true);
      const sk = g.awsSecret();
      const st = g.awsSession();
      return [
        `$ cat $HADOOP_CONF_DIR/core-site.xml`,
        `<configuration>`,
        `  <property><name>fs.s3a.aws.credentials.provider</name><value>org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider</value></property>`,
        `  <property><name>fs.s3a.access.key</name><value>${ak}</value></property>`,
        `  <property><name>fs.s3a.secret.key</name><value>${sk}</value></property>`,
        `  <property><name>fs.s3a.session.token</name><value>${st}</value></property>`,
        `</configuration>`,
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'delta-merge-conflict-row',
    f: (g) => {
      const p = g.person();
      const rt = g.routing();
      const acct = g.account();
      return [
        `${g.sparkts()} ERROR Executor: Exception in task 0.0 in stage 112.0 (TID 9043)`,
        `org.apache.spark.sql.delta.DeltaUnsupportedOperationException: [DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE] Cannot perform Merge as multiple source rows matched and attempted to modify the same target row in the Delta table.`,
        `Offending source row: [${g.int(10000, 99999)},${g.name(p)},${rt},${acct},checking,${g.address().city}]`,
      ].join('\n');
    },
  },
  {
    s: 'flink',
    t: 'kafka-sasl-ddl',
    f: (g) => {
      const pw = g.pw();
      return [
        `${g.pyts()} ERROR org.apache.flink.table.gateway.service.operation.OperationManager [] - Failed to execute the operation ${g.uuid()}.`,
        `org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.orders'.`,
        `Table options are:`,
        `'connector'='kafka'`,
        `'format'='debezium-json'`,
        `'properties.bootstrap.servers'='b-1.msk-prod.${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}.c3.kafka.${g.awsRegion()}.amazonaws.com:9096'`,
        `'properties.sasl.jaas.config'='org.apache.kafka.common.security.scram.ScramLoginModule required username="flink-orders" password="${pw}";'`,
        `'properties.sasl.mechanism'='SCRAM-SHA-512'`,
        `'topic'='shop.public.orders'`,
        `'value.avro-confluent.basic-auth.credentials-source'='USER_INFO'`,
        `'value.avro-confluent.basic-auth.user-info'='${g.confluentKey()}:${g.confluentSecret()}'`,
      ].join('\n');
    },
  },
  {
    s: 'flink',
    t: 'mysql-cdc-task-failed',
    f: (g) => {
      const pw = g.pw();
      const p = g.person();
      return [
        `${g.pyts()} INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph [] - Source: customers[1] -> Sink: pg_customers[2] (1/1) (${g.hex(32)}_${g.hex(32)}_0_0) switched from RUNNING to FAILED on ${g.privIp()}:${g.int(30000, 45000)}-${g.hex(6)}.`,
        `java.lang.RuntimeException: One or more fetchers have encountered exception`,
        `Caused by: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(32)`,
        `  Detail: Failing row contains (${g.int(1000, 99999)}, ${g.name(p)}, ${g.email(p)}, ${g.phone(undefined, 'intl')}).`,
        `Job options: {'connector': 'mysql-cdc', 'hostname': 'shop-mysql.internal', 'username': 'flink_cdc', 'password': '${pw}', 'database-name': 'shop', 'table-name': 'customers'}`,
      ].join('\n');
    },
  },
  {
    s: 'kafka',
    t: 'console-consumer-charges',
    f: (g) => {
      const lines: string[] = [`$ kafka-console-consumer --bootstrap-server kafka:9092 --topic stripe.charges.raw --from-beginning --max-messages 2 --property print.key=true`];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        const a = g.address();
        lines.push(`ch_${g.r.b62(24)}\t{"billing_details":{"name":"${g.name(p)}","email":"${g.email(p)}","address":{"line1":"${g.street(a)}","city":"${a.city}","postal_code":"${a.postal}","country":"${a.country}"}},"payment_method_details":{"card":{"number":"${g.card()}","exp_month":${g.int(1, 12)},"exp_year":${g.int(2026, 2031)}}}}`);
      }
      lines.push(`Processed a total of 2 messages`);
      return lines.join('\n');
    },
  },
  {
    s: 'kafka',
    t: 'schema-registry-curl',
    f: (g) => {
      const key = g.confluentKey();
      const sec = g.confluentSecret();
      return [
        `+ curl -s -u ${key}:${sec} https://psrc-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.${g.awsRegion()}.aws.confluent.cloud/subjects/crm.public.customers-value/versions/latest`,
        `{"error_code":40101,"message":"Unauthorized"}`,
      ].join('\n');
    },
  },
  {
    s: 'glue',
    t: 'get-connection',
    f: (g) => {
      const pw = g.pw();
      return [
        `$ aws glue get-connection --name crm-postgres`,
        JSON.stringify(
          {
            Connection: {
              Name: 'crm-postgres',
              ConnectionType: 'JDBC',
              ConnectionProperties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://crm-db.internal:5432/crm', JDBC_ENFORCE_SSL: 'true', USERNAME: 'glue_reader', PASSWORD: pw },
              PhysicalConnectionRequirements: { SubnetId: `subnet-${g.hex(17)}`, AvailabilityZone: `${g.awsRegion()}a` },
              CreationTime: g.iso(),
            },
          },
          null,
          4,
        ),
      ].join('\n');
    },
  },
  {
    s: 'adf',
    t: 'linked-service',
    f: (g) => {
      const pw = g.pw();
      const key = g.azureKey();
      return JSON.stringify(
        [
          { name: 'ls_azuresql_erp', properties: { type: 'AzureSqlDatabase', typeProperties: { connectionString: `Server=tcp:erp-${g.hex(6)}.database.windows.net,1433;Database=erp;User ID=adf_reader;Password=${pw};Encrypt=True;Connection Timeout=30` } } },
          { name: 'ls_snowflake_dw', properties: { type: 'SnowflakeV2', typeProperties: { accountIdentifier: g.sfAccount().split('.')[0], user: 'ADF_LOADER', password: { type: 'SecureString', value: g.pw() }, database: 'RAW', warehouse: 'LOAD_WH', authenticationType: 'Basic' } } },
          { name: 'ls_blob_landing', properties: { type: 'AzureBlobStorage', typeProperties: { connectionString: `DefaultEndpointsProtocol=https;AccountName=acmelanding;AccountKey=${key};EndpointSuffix=core.windows.net` } } },
        ],
        null,
        2,
      );
    },
  },
  {
    s: 'dms',
    t: 'task-log-endpoint',
    f: (g) => {
      const pw = g.pw();
      const p = g.person('uk');
      return [
        `${g.iso()} [SOURCE_CAPTURE  ]E:  RetCode: SQL_ERROR  SqlState: 08001 NativeError: 101 Message: [unixODBC]FATAL: password authentication failed for user "dms_user" [1020101]  (ar_odbc_conn.c:600)`,
        `${g.iso()} [SOURCE_CAPTURE  ]D:  ODBC connection string: 'Driver={PostgreSQL};Server=crm-db.internal;Port=5432;Database=crm;Uid=dms_user;Pwd=${pw};sslmode=require'`,
        `${g.iso(4)} [TARGET_APPLY    ]W:  Failed to apply record on table 'public.customers' (key: ${g.int(1000, 99999)}): values ('${g.name(p)}', '${g.nino(true)}', '${g.sortCode()}', '${g.ukAccount()}')`,
      ].join('\n');
    },
  },
];
