import type { Tpl } from './blind-set-74-core';

/** Connection strings in every driver's form, migration tools' logs, config dumps and backup jobs. */
export const DSN: Tpl[] = [
  ['dsn-postgres-env', (x) => `DATABASE_URL=postgres://${x.dbUser()}:${x.pw('url')}@${x.host()}:5432/${x.dbName()}
RAILS_ENV=production
RAILS_MAX_THREADS=5`],
  ['dsn-postgres-pctenc', (x) => `Error: getaddrinfo ENOTFOUND db
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:118:26) connectionString="postgresql://${x.dbUser()}:${x.pct()}@db:5432/${x.dbName()}?sslmode=disable"`],
  ['jdbc-pg-password-param', (x) => `HikariPool-1 - Exception during pool initialization.
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "${x.dbUser()}"
	jdbcUrl=jdbc:postgresql://${x.host()}:5432/${x.dbName()}?user=${x.dbUser()}&password=${x.pw('url')}&ssl=true&sslmode=require`],
  ['jdbc-sqlserver', (x) => `com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'. ClientConnectionId:${x.r.uuid()}
  url: jdbc:sqlserver://${x.host()}:1433;databaseName=${x.dbName()};user=sa;password=${x.pw('nosemi')};encrypt=true;trustServerCertificate=false;`],
  ['jdbc-mysql', (x) => `spring.datasource.url=jdbc:mysql://${x.host()}:3306/${x.dbName()}?useSSL=true&user=${x.dbUser()}&password=${x.pw('url')}&serverTimezone=UTC`],
  ['adonet-conn', (x) => `System.InvalidOperationException: The ConnectionString property has not been initialized properly.
  ConnectionStrings__Default = "Server=tcp:${x.pick(['sql-prod-weu', 'contoso-crm', 'hr-core'])}.database.windows.net,1433;Initial Catalog=${x.dbName()};Persist Security Info=False;User ID=${x.dbUser()};Password=${x.pw('nosemi')};MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;"`],
  ['adonet-quoted-pwd', (x) => `appsettings.Production.json: { "ConnectionStrings": { "Reporting": "Data Source=${x.host()};Initial Catalog=${x.dbName()};User Id=${x.dbUser()};Password='${x.pw('nosq')}';TrustServerCertificate=True" } }`],
  ['npgsql-conn', (x) => `Npgsql.NpgsqlException (0x80004005): Failed to connect to ${x.host()}:5432
 Host=${x.host()};Port=5432;Database=${x.dbName()};Username=${x.dbUser()};Password=${x.pw('nosemi')};SSL Mode=Require;Trust Server Certificate=true`],
  ['odbc-pwd', (x) => `pyodbc.InterfaceError: ('28000', "[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user '${x.dbUser()}'. (18456) (SQLDriverConnect)")
conn_str = 'DRIVER={ODBC Driver 18 for SQL Server};SERVER=${x.host()},1433;DATABASE=${x.dbName()};UID=${x.dbUser()};PWD={${x.pw('nosemi')}};Encrypt=yes'`],
  ['mongo-srv-config', (x) => `spring:
  data:
    mongodb:
      uri: mongodb+srv://${x.dbUser()}:${x.pw('url')}@${x.pick(['prod-cluster', 'cluster0', 'atlas-main'])}.${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/${x.dbName()}?authSource=admin`],
  ['redis-url-sidekiq', (x) => `Redis::CannotConnectError: Error connecting to Redis on ${x.host()}:6379 (Errno::ECONNREFUSED)
  sidekiq config: {:url=>"redis://:${x.pw('url')}@${x.host()}:6379/1", :network_timeout=>5}`],
  ['oracle-ezconnect', (x) => `java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection
	url=jdbc:oracle:thin:${x.dbUser()}/${x.pw('url')}@${x.host()}:1521/ORCLPDB1`],
  ['oracle-tns', (x) => `cx_Oracle.DatabaseError: ORA-12154: TNS:could not resolve the connect identifier specified
dsn = '${x.pick(['app_owner', 'hr', 'finance_ro'])}/${x.pw('url')}@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCPS)(HOST=${x.host()})(PORT=2484))(CONNECT_DATA=(SERVICE_NAME=FINPRD)))'`],
  ['libpq-keyword', (x) => `time=${x.ts()} level=fatal msg="cannot open db" dsn="host=${x.host()} port=5432 user=${x.dbUser()} password='${x.pw('plain')}' dbname=${x.dbName()} sslmode=verify-full" err="dial tcp: lookup db: no such host"`],
  ['go-mysql-dsn', (x) => `panic: failed to connect database: Error 1045 (28000): Access denied for user '${x.dbUser()}'@'10.1.2.${x.r.int(2, 250)}' (using password: YES)
dsn: ${x.dbUser()}:${x.pw('url')}@tcp(${x.host()}:3306)/${x.dbName()}?charset=utf8mb4&parseTime=True&loc=Local`],
  ['flyway-cli', (x) => `+ flyway -url=jdbc:postgresql://${x.host()}:5432/${x.dbName()} -user=${x.dbUser()} -password=${x.pw('url')} -locations=filesystem:sql migrate
Flyway OSS Edition 10.10.0 by Redgate
ERROR: Unable to obtain connection from database (jdbc:postgresql://${x.host()}:5432/${x.dbName()}) for user '${x.dbUser()}': FATAL: password authentication failed`],
  ['flyway-conf', (x) => `# flyway.conf
flyway.url=jdbc:mysql://${x.host()}:3306/${x.dbName()}
flyway.user=${x.dbUser()}
flyway.password=${x.pw('plain')}
flyway.schemas=${x.dbName()}`],
  ['liquibase-cli', (x) => `Starting Liquibase at 09:12:33 (version 4.27.0 #1525 built at 2024-03-25 17:08+0000)
Liquibase Version: 4.27.0
Running: liquibase update --url="jdbc:oracle:thin:@${x.host()}:1521/ORCLPDB1" --username=${x.dbUser()} --password="${x.pw('plain')}" --changelog-file=db.changelog-master.xml
ERROR: Exception Primary Class:  SQLRecoverableException`],
  ['liquibase-props', (x) => `liquibase.properties:
changeLogFile: db/changelog.xml
url: jdbc:postgresql://${x.host()}:5432/${x.dbName()}
username: ${x.dbUser()}
password: ${x.pw('plain')}
liquibase.hub.mode: off`],
  ['alembic-ini', (x) => `INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.
INFO  [alembic.runtime.migration] Will assume transactional DDL.
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${x.host()}" (10.0.1.${x.r.int(2, 250)}), port 5432 failed: timeout expired
# alembic.ini
sqlalchemy.url = postgresql+psycopg2://${x.dbUser()}:${x.pw('url')}@${x.host()}/${x.dbName()}`],
  ['rails-database-yml', (x) => `production:
  adapter: postgresql
  encoding: unicode
  host: ${x.host()}
  database: ${x.dbName()}
  username: ${x.dbUser()}
  password: "${x.pw('nodq')}"
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>`],
  ['prisma-migrate', (x) => `Environment variables loaded from .env
Prisma schema loaded from prisma/schema.prisma
Datasource "db": PostgreSQL database "${x.dbName()}", schema "public" at "${x.host()}:5432"

Error: P3009: migrate found failed migrations in the target database
DEBUG: DATABASE_URL=postgresql://${x.dbUser()}:${x.pw('url')}@${x.host()}:5432/${x.dbName()}
SHADOW_DATABASE_URL=postgresql://${x.dbUser()}:${x.pw('url')}@localhost:5433/shadow`],
  ['pgdump-ci', (x) => `[backup] ${x.ts()} starting nightly dump
+ PGPASSWORD='${x.pw('nosq')}' pg_dump -h ${x.host()} -U ${x.dbUser()} -Fc -d ${x.dbName()} -f /backups/${x.dbName()}-${x.ts().slice(0, 10)}.dump
pg_dump: error: connection to server at "${x.host()}" failed: FATAL:  remaining connection slots are reserved`],
  ['docker-compose-env', (x) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${x.dbUser()}
      POSTGRES_PASSWORD: "${x.pw('nodq')}"
  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD=${x.pw('url')}
  mongo:
    environment:
      MONGO_INITDB_ROOT_PASSWORD: ${x.pw('url')}`],
  ['k8s-secret-stringdata', (x) => `apiVersion: v1
kind: Secret
metadata:
  name: ${x.dbName().replace('_', '-')}-db
type: Opaque
stringData:
  DB_HOST: ${x.host()}
  DB_PASSWORD: '${x.pw('nosq')}'
  REDIS_URL: redis://default:${x.pw('url')}@redis-master:6379`],
  ['airflow-conn', (x) => `[${x.ts()}] {base.py:84} INFO - Using connection ID 'warehouse' for task execution.
AIRFLOW_CONN_WAREHOUSE='postgresql://${x.pick(['airflow', 'etl_loader'])}:${x.pct()}@${x.host()}:5432/${x.dbName()}?sslmode=require'`],
  ['debezium-config', (x) => JSON.stringify({ name: `${x.dbName()}-cdc`, config: { 'connector.class': 'io.debezium.connector.mysql.MySqlConnector', 'database.hostname': x.host(), 'database.port': '3306', 'database.user': 'debezium', 'database.password': x.pw('nodq'), 'database.server.id': String(x.r.int(1000, 9999)), 'topic.prefix': 'cdc' } }, null, 2)],
  ['knex-config-dump', (x) => `KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full.
config: {
  client: 'mysql2',
  connection: { host: '${x.host()}', port: 3306, user: '${x.dbUser()}', password: '${x.pw('nosq')}', database: '${x.dbName()}' },
  pool: { min: 2, max: 10 }
}`],
  ['planetscale-conn', (x) => `DATABASE_URL='mysql://${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}:${x.c('planetscale-password', `pscale_pw_${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 43)}`)}@aws.connect.psdb.cloud/${x.dbName()}?sslaccept=strict'`],
  ['supabase-env', (x) => `SUPABASE_URL=https://${x.r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${x.jwt('service_role')}
SUPABASE_DB_URL=postgresql://postgres.${x.r.chars('abcdefghijklmnopqrstuvwxyz', 20)}:${x.pw('url')}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`],
  ['spring-actuator-env', (x) => JSON.stringify({ activeProfiles: ['prod'], propertySources: [{ name: 'Config resource \'class path resource [application-prod.yml]\'', properties: { 'spring.datasource.url': { value: `jdbc:postgresql://${x.host()}:5432/${x.dbName()}` }, 'spring.datasource.username': { value: x.dbUser() }, 'spring.datasource.password': { value: x.pw('nodq') }, 'spring.data.redis.password': { value: x.pw('nodq') } } }] })],
  ['php-pdo-dsn', (x) => `PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/app/config/db.php:12
Stack trace:
#0 /var/www/app/config/db.php(12): PDO->__construct('mysql:host=${x.host()};dbname=${x.dbName()};charset=utf8mb4', '${x.dbUser()}', '${x.pw('nosq')}', Array)
#1 {main}`],
  ['python-psycopg-connect', (x) => `Traceback (most recent call last):
  File "/app/etl/load.py", line ${x.r.int(10, 90)}, in <module>
    conn = psycopg2.connect(host="${x.host()}", dbname="${x.dbName()}", user="${x.dbUser()}", password="${x.pw('nodq')}")
psycopg2.OperationalError: connection to server at "${x.host()}", port 5432 failed: Connection timed out`],
  ['cassandra-auth-config', (x) => `cassandra:
  contact-points: [10.0.4.11, 10.0.4.12]
  keyspace: identity
  username: ${x.pick(['cassandra', 'app_rw'])}
  password: ${x.pw('plain')}
com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node /10.0.4.11:9042: Provided username and/or password are incorrect`],
  ['aws-rds-iam-creds', (x) => `[default]
aws_access_key_id = ${x.akid()}
aws_secret_access_key = ${x.tok('aws-secret-key')}
# used by rds-backup cron to push pg_dump output to s3://backups-${x.dbName().replace('_', '-')}/`],
];
