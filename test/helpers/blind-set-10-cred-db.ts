import { B64URL, B62, LOWER, DIGITS } from './blind-set-10-rng';
import { cred, pos, type PosCase10 } from './blind-set-10-types';
import { dbHost, podName, ts, word } from './blind-set-10-values';

/** Database, cache, queue and search-engine credentials in DSNs, config forms and CLI arguments. */
export const credDb: PosCase10[] = [
  (r) => {
    const pw = r.urlPassword(18);
    return pos('db/postgres-uri-prisma', `PrismaClientInitializationError: Authentication failed against database server at \`${dbHost(r)}\`, the provided database credentials for \`ledger_app\` are not valid.\n  datasource db { url = "postgresql://ledger_app:${pw}@${dbHost(r)}:5432/ledger?schema=public&sslmode=require" }`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('db/mongodb-srv-mongoose', `MongoServerError: bad auth : Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:205:26)\n  uri: 'mongodb+srv://svc-${word(r)}:${pw}@cluster0.kq3vx.mongodb.net/prod?retryWrites=true&w=majority'`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = r.chars(B62, 32);
    return pos('db/redis-tls-url-sidekiq', `Redis::CommandError: WRONGPASS invalid username-password pair or user is disabled.\n  REDIS_URL=rediss://:${pw}@redis-17624.c250.eu-central-1-1.ec2.cloud.redislabs.com:17624/0 (sidekiq 7.2.4)`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = r.urlPassword(14);
    return pos('db/mysql-jdbc-query-params', `java.sql.SQLException: Access denied for user 'reporting'@'10.4.7.19' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n\turl=jdbc:mysql://mysql-ha-01.prod.tallgrass.io:3306/reporting?user=reporting&password=${pw}&useSSL=true`, cred('password-in-query', pw));
  },
  (r) => {
    const pw = r.password(16).replace(/[;]/g, '');
    return pos('db/sqlserver-ado-connstring', `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_orders'.\n   ConnectionString: "Server=tcp:orders-sql.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=svc_orders;Password=${pw};Encrypt=True;Connection Timeout=30;"`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.chars(B62, 14);
    return pos('db/oracle-sqlplus-cli', `+ sqlplus -s ledger_ro/${pw}@//ora-scan.corp-ledger.net:1521/LEDGERP @/jobs/eod_extract.sql\nERROR:\nORA-01017: invalid username/password; logon denied`, cred('password-cli-arg', pw));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('db/neo4j-uri-go', `2026/11/03 09:14:51 neo4j: ConnectivityError: unable to connect to neo4j+s://neo4j:${pw}@7f3a91c2.databases.neo4j.io:7687 : TokenExpired`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = r.chars(B62 + '_', 20);
    return pos('db/kafka-jaas-config', `org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512\n  sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-producer" password="${pw}";`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('db/rabbitmq-amqps-celery', `[${ts(r)}: ERROR/MainProcess] consumer: Cannot connect to amqps://celery:${pw}@b-3f7c.mq.eu-west-1.amazonaws.com:5671/prod: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN.\nTrying again in 8.00 seconds... (4/100)`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = r.chars(B62, 24);
    return pos('db/elasticsearch-basic-url-logstash', `[2026-11-03T09:14:51,220][WARN ][logstash.outputs.elasticsearch] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://elastic:${pw}@es-prod.brightwell.dev:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::BadResponseCodeError, :message=>"Got response code '401' contacting Elasticsearch"}`, cred('password-in-url', pw));
  },
  (r) => {
    const pw = `pscale_pw_${r.chars(B64URL, 43)}`;
    return pos('db/planetscale-password-dsn-go', `Error 1045 (28000): Access denied for user '${r.chars(LOWER + DIGITS, 12)}'@'${r.chars(LOWER + DIGITS, 6)}' (using password: YES)\n  DSN: ${r.chars(LOWER + DIGITS, 12)}:${pw}@tcp(aws.connect.psdb.cloud)/ledger?tls=true&interpolateParams=true`, cred('planetscale-password', pw));
  },
  (r) => {
    const pw = r.chars(B62, 28);
    return pos('db/clickhouse-header', `Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)\n  curl -sS 'https://ch.brightwell.dev:8443/?query=SELECT%201' -H 'X-ClickHouse-User: default' -H 'X-ClickHouse-Key: ${pw}'`, cred('clickhouse-password', pw));
  },
  (r) => {
    const pw = r.password(15);
    return pos('db/snowflake-python-connect', `snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: ab12345.eu-central-1.snowflakecomputing.com:443. Incorrect username or password was specified.\n  snowflake.connector.connect(user='ETL_SVC', password='${pw}', account='ab12345.eu-central-1', warehouse='LOAD_WH')`, cred('password-call-arg', pw));
  },
  (r) => {
    const pw = r.chars(B62, 18);
    return pos('db/cassandra-yaml-datastax', `com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node /10.4.9.31:9042: server replied 'Provided username orders and/or password are incorrect'\ndatastax-java-driver {\n  advanced.auth-provider {\n    class = PlainTextAuthProvider\n    username = orders\n    password = ${pw}\n  }\n}`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.password(12);
    return pos('db/pgpass-line', `psql: error: connection to server at "${dbHost(r)}" (10.4.3.12), port 5432 failed: FATAL:  password authentication failed for user "etl"\n$ cat ~/.pgpass\n${dbHost(r)}:5432:ledger:etl:${pw}`, cred('pgpass-password', pw));
  },
  (r) => {
    const pw = r.chars(B62, 22);
    return pos('db/memcached-sasl-php-ini', `PHP Warning:  Memcached::get(): SASL authentication failed in /var/www/app/Cache/Store.php on line 77\n; /etc/php/8.3/fpm/conf.d/30-memcached.ini\nmemcached.sess_sasl_username = "sessions"\nmemcached.sess_sasl_password = "${pw}"`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.urlPassword(18);
    return pos('db/sqlalchemy-url-repr', `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed: FATAL:  password authentication failed for user "analytics"\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nengine = create_engine(URL.create("postgresql+psycopg2", username="analytics", password="${pw}", host="pg-prod-2", database="warehouse"))`, cred('password-call-arg', pw));
  },
  (r) => {
    const pw = r.chars(B62, 20);
    return pos('db/docker-compose-env-list', `services:\n  ${word(r)}-db:\n    image: postgres:16.4\n    environment:\n      - POSTGRES_USER=ledger\n      - POSTGRES_PASSWORD=${pw}\n      - POSTGRES_DB=ledger\n${word(r)}-db-1  | FATAL:  password authentication failed for user "ledger"`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.chars(B62, 24);
    return pos('db/k8s-secret-stringdata', `error: error validating "ledger-db-secret.yaml": error validating data: unknown field "stringdate" in io.k8s.api.core.v1.Secret\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\nstringdate:\n  DB_PASSWORD: "${pw}"`, cred('password-assignment', pw));
  },
  (r) => {
    const pw = r.chars(B62, 20);
    const b = Buffer.from(pw).toString('base64');
    return pos('db/k8s-secret-data-base64', `Warning  BackOff  pod/${podName(r, 'orders-api')}  Back-off restarting failed container\n$ kubectl get secret orders-db -o yaml\ndata:\n  username: ${Buffer.from('orders').toString('base64')}\n  password: ${b}\ntype: Opaque`, cred('password-base64', b));
  },
  (r) => {
    const pw = r.chars(B62, 16);
    return pos('db/mssql-sqlcmd-args', `Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'..\n+ /opt/mssql-tools18/bin/sqlcmd -S orders-sql,1433 -U sa -P '${pw}' -C -Q "SELECT 1"`, cred('password-cli-arg', pw));
  },
];
