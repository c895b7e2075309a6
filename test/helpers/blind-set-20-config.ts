import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { cred, iso20, jsonInJson, jts20, pos, pyts20, type PosCase20 } from './blind-set-20-types';
import { awsKeyId, awsSecret } from './blind-set-20-values';

const b64u = UPPER + LOWER + DIGITS + '-_';

/** Connection configs echoed in errors: passwords in the many encodings data tools use. */
export const configCases: Record<string, PosCase20> = {
  'k8s/secret-base64': (r) => {
    const b = Buffer.from(r.password(20)).toString('base64');
    return pos(`Error from server (Invalid): error when applying patch:\n{"apiVersion":"v1","data":{"SNOWFLAKE_USER":"${Buffer.from('AIRFLOW').toString('base64')}","SNOWFLAKE_PASSWORD":"${b}"},"kind":"Secret","metadata":{"name":"airflow-snowflake","namespace":"data"}}\nfor: "secrets/airflow-snowflake.yaml": metadata.resourceVersion: Invalid value: 0x0`, cred('password-base64', b));
  },
  'pgpass/line': (r) => {
    const pw = r.password(18);
    return pos(`WARNING: password file "/home/etl/.pgpass" has group or world access; permissions should be u=rw (0600) or less\n$ cat ~/.pgpass\nwarehouse-primary.internal:5432:analytics:etl_loader:${pw}\n*:*:*:readonly:${r.password(14)}`, cred('password', pw));
  },
  'mysql/my-cnf': (r) => {
    const pw = r.password(16);
    return pos(`mysqldump: [Warning] World-writable config file '/etc/mysql/conf.d/backup.cnf' is ignored.\n[client]\nuser=backup\npassword="${pw}"\nhost=orders-replica.internal`, cred('password', pw));
  },
  'odbc/pwd': (r) => {
    const pw = r.password(14);
    return pos(`pyodbc.InterfaceError: ('28000', "[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'bi_reader'. (18456) (SQLDriverConnect)")\nconn_str='DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:acme-dw.database.windows.net,1433;DATABASE=sales;UID=bi_reader;PWD={${pw}};Encrypt=yes'`, cred('password', pw));
  },
  'spark/s3a-secret': (r) => {
    const sk = awsSecret(r);
    return pos(`${jts20(r)} INFO SparkContext: Spark configuration:\nspark.app.name=backfill_events\nspark.hadoop.fs.s3a.access.key=${awsKeyId(r)}\nspark.hadoop.fs.s3a.secret.key=${sk}\nspark.hadoop.fs.s3a.endpoint=s3.eu-west-1.amazonaws.com\n${jts20(r)} ERROR SparkContext: Error initializing SparkContext.`, cred('aws-secret-key', sk));
  },
  'spark/abfs-account-key': (r) => {
    const k = r.b64(64);
    return pos(`${jts20(r)} ERROR ShellBasedUnixGroupsMapping: Error getting groups\nspark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net -> ${k}\norg.apache.hadoop.fs.azurebfs.contracts.exceptions.AbfsRestOperationException: Operation failed: "Server failed to authenticate the request.", 403`, cred('azure-storage-key', k));
  },
  'hive/metastore-password': (r) => {
    const pw = r.password(16);
    return pos(`${jts20(r)} ERROR [main] metastore.HiveMetaStore: javax.jdo.JDOFatalDataStoreException: Unable to open a test connection to the given database.\n  <property><name>javax.jdo.option.ConnectionPassword</name><value>${pw}</value></property>`, cred('password', pw));
  },
  'trino/catalog-properties': (r) => {
    const pw = r.password(18);
    return pos(`${iso20(r)} ERROR main io.trino.server.Server Catalog 'pg_orders' failed to load:\nconnector.name=postgresql\nconnection-url=jdbc:postgresql://orders-ro.internal:5432/orders\nconnection-user=trino\nconnection-password=${pw}\nio.trino.spi.TrinoException: FATAL: password authentication failed for user "trino"`, cred('password', pw));
  },
  'flink/sql-ddl': (r) => {
    const pw = r.password(16);
    return pos(`[ERROR] Could not execute SQL statement. Reason:\norg.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.orders_cdc'.\nCREATE TABLE orders_cdc (...) WITH ('connector' = 'mysql-cdc', 'hostname' = 'orders-db', 'username' = 'flink', 'password' = '${pw}', 'database-name' = 'orders')`, cred('password', pw));
  },
  'superset/sqlalchemy-uri': (r) => {
    const pw = r.password(16);
    const enc = encodeURIComponent(pw);
    return pos(`superset.exceptions.SupersetErrorsException: [SupersetError(message='Could not connect to database: "redshift_prod"', error_type=<SupersetErrorType.CONNECTION_ACCESS_DENIED_ERROR>, extra={'engine_name': 'Amazon Redshift', 'sqlalchemy_uri': 'redshift+psycopg2://superset:${enc}@acme.${r.chars(LOWER + DIGITS, 12)}.us-east-1.redshift.amazonaws.com:5439/dev'})]`, cred('password-url-encoded', enc));
  },
  'metabase/env': (r) => {
    const pw = r.password(20);
    return pos(`${iso20(r)} ERROR metabase.cmd :: Metabase Initialization FAILED\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user "metabase"\nenv: MB_DB_TYPE=postgres MB_DB_HOST=mb-db.internal MB_DB_USER=metabase MB_DB_PASS=${pw}`, cred('password', pw));
  },
  'ge/datasource-connection-string': (r) => {
    const pw = `${r.chars(LOWER + UPPER, 6)}%${r.chars(DIGITS, 4)}/${r.chars(UPPER, 3)}`;
    const enc = encodeURIComponent(pw);
    return pos(`great_expectations.exceptions.exceptions.DatasourceInitializationError: Cannot initialize datasource warehouse, error: (psycopg2.OperationalError) connection failed\ndatasources:\n  warehouse:\n    class_name: SqlAlchemyDatasource\n    connection_string: postgresql+psycopg2://ge_runner:${enc}@dw.internal:5432/dw`, cred('password-url-encoded', enc));
  },
  'airflow/fernet-key': (r) => {
    const k = r.b64url(32) + '=';
    return pos(`[${pyts20(r)}] {crypto.py:82} ERROR - Invalid Fernet key: cryptography.fernet.InvalidToken\nairflow-scheduler env: AIRFLOW__CORE__FERNET_KEY=${k} AIRFLOW__CORE__EXECUTOR=CeleryExecutor`, cred('fernet-key', k));
  },
  'aiven/service-uri': (r) => {
    const pw = `AVNS_${r.chars(b64u, 19)}`;
    return pos(`${iso20(r)} kafka-connect ERROR jdbc sink: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved\nservice_uri=postgres://avnadmin:${pw}@pg-acme-${r.hex(4)}.aivencloud.com:${r.int(10000, 29999)}/defaultdb?sslmode=require`, cred('password', pw));
  },
  'neon/connection-string': (r) => {
    const pw = `npg_${r.b62(12)}`;
    return pos(`Error: P1001: Can't reach database server\nDATABASE_URL="postgresql://neondb_owner:${pw}@ep-${r.chars(LOWER, 5)}-${r.chars(LOWER, 5)}-${r.chars(LOWER + DIGITS, 8)}.us-east-2.aws.neon.tech/neondb?sslmode=require"`, cred('password', pw));
  },
  'upstash/redis-url': (r) => {
    const pw = `A${r.b62(33)}`;
    return pos(`[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid or missing auth token\n  REDIS_URL=rediss://default:${pw}@${r.chars(LOWER, 6)}-${r.chars(LOWER, 6)}-${r.int(10000, 99999)}.upstash.io:6379`, cred('password', pw));
  },
  'docker-compose/env-yaml': (r) => {
    const pw = r.password(18);
    return pos(`services.airbyte-db.environment.POSTGRES_PASSWORD contains an invalid type, it should be a string\n  airbyte-db:\n    image: airbyte/db:1.1.0\n    environment:\n      POSTGRES_USER: docker\n      POSTGRES_PASSWORD: ${pw}\n      DATABASE_URL: jdbc:postgresql://db:5432/airbyte`, cred('password', pw));
  },
  'escaped/connector-config-in-json': (r) => {
    const pw = r.password(16);
    const inner = jsonInJson({ 'connection.url': 'jdbc:sqlserver://erp-db:1433;databaseName=erp', 'connection.user': 'cdc', 'connection.password': pw });
    return pos(`{"@timestamp":"${iso20(r)}","service":"connect-ops","level":"error","message":"rollback of connector config failed","previous_config":"${inner}"}`, cred('password-escaped-json', pw));
  },
  'debezium/oracle-jdbc-inline': (r) => {
    const pw = r.urlPassword(14);
    return pos(`[${jts20(r)}] ERROR Oracle LogMiner session failed: ORA-01017: invalid username/password; logon denied\n  database.url=jdbc:oracle:thin:c##dbzuser/${pw}@//erp-ora.internal:1521/ORCLPDB1`, cred('password', pw));
  },
  'cli/bq-extract-oauth': (r) => {
    const t = `ya29.${r.chars(b64u, 160)}`;
    return pos(`+ curl -s -H "Authorization: Bearer ${t}" "https://bigquery.googleapis.com/bigquery/v2/projects/acme-dw/jobs?maxResults=5"\n{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}`, cred('google-access-token', t));
  },
  'azure/ad-client-secret': (r) => {
    const s = `${r.chars(B62, 3)}8Q~${r.chars(B62 + '_~.-', 34)}`;
    return pos(`AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\nADF linked service 'AzureSqlDW': {"servicePrincipalId":"${r.uuid()}","servicePrincipalKey":{"type":"SecureString","value":"${s}"},"tenant":"${r.uuid()}"}`, cred('azure-client-secret', s));
  },
  'databricks/oauth-secret': (r) => {
    const s = `dose${r.hex(32)}`;
    return pos(`${iso20(r)} terraform: Error: cannot read job: oauth2: "invalid_client" "Client authentication failed"\n  provider "databricks" { host = "https://dbc-${r.hex(8)}-${r.hex(4)}.cloud.databricks.com" client_id = "${r.uuid()}" client_secret = "${s}" }`, cred('databricks-oauth-secret', s));
  },
  'ssh/sftp-password-url': (r) => {
    const pw = r.urlPassword(15);
    return pos(`tap-sftp ${pyts20(r)} ERROR paramiko.ssh_exception.AuthenticationException: Authentication failed.\n  source url: sftp://partner_acme:${pw}@sftp.partner-bank.com:22/outbound/settlements/`, cred('password', pw));
  },
};
