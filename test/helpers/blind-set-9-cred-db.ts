import { cred, pos, type PosCase9 } from './blind-set-9-types';
import { tok } from './blind-set-9-tokens';

/** Credentials in database driver and ORM errors: URLs, DSNs, JDBC strings, config dumps. */
export const credDb: PosCase9[] = [
  (r) => {
    const p = r.urlPassword(20);
    return pos('db/pg-url', `Error: connect ECONNREFUSED 10.4.2.17:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)\nDATABASE_URL=postgresql://orders_api:${p}@orders-db.internal.acme-corp.io:5432/orders?sslmode=require`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('db/pg-libpq-dsn', `psycopg2.OperationalError: connection to server at "10.20.3.4", port 5432 failed: FATAL:  password authentication failed for user "etl_loader"\n  dsn='host=10.20.3.4 port=5432 dbname=warehouse user=etl_loader password=${p} sslmode=verify-full'`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(14);
    return pos('db/mysql-url', `SequelizeConnectionError: Access denied for user 'app_rw'@'10.0.7.21' (using password: YES)\n  config: mysql://app_rw:${p}@mysql-primary.acme-corp.io:3306/shop`, cred('password', p));
  },
  (r) => {
    const p = r.password(22);
    return pos('db/mongo-srv', `MongoServerSelectionError: bad auth : Authentication failed.\n  uri: mongodb+srv://svc_billing:${encodeURIComponent(p)}@cluster0.x7k2p.mongodb.net/billing?retryWrites=true&w=majority`, cred('password', encodeURIComponent(p)));
  },
  (r) => {
    const p = r.b62(32);
    return pos('db/redis-url', `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n  REDIS_URL=rediss://default:${p}@redis-18342.c12.eu-west-1.ec2.cloud.redislabs.com:18342`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('db/redis-config-object', `Redis connection to cache.internal.acme-corp.io:6380 failed - NOAUTH Authentication required.\n  options: { host: 'cache.internal.acme-corp.io', port: 6380, password: '${p}', tls: {}, db: 2 }`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(18);
    return pos('db/jdbc-url', `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "reporting"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\nspring.datasource.url=jdbc:postgresql://pg.acme-corp.io:5432/reports?user=reporting&password=${p}&ssl=true`, cred('password', p));
  },
  (r) => {
    const p = r.password(15);
    return pos('db/jdbc-sqlserver', `com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa_app'. ClientConnectionId:${r.uuid()}\n  url=jdbc:sqlserver://sql01.acme-corp.io:1433;databaseName=Payments;user=sa_app;password=${p};encrypt=true`, cred('password', p));
  },
  (r) => {
    const p = r.password(17);
    return pos('db/spring-properties', `APPLICATION FAILED TO START\n\nDescription:\nFailed to configure a DataSource.\n  spring.datasource.username=svc_orders\n  spring.datasource.password=${p}\n  spring.datasource.hikari.maximum-pool-size=10`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(16);
    return pos('db/go-mysql-dsn', `2026/12/04 11:02:55 sql: open failed: Error 1045 (28000): Access denied for user 'inventory'@'10.1.4.9'\n  dsn="inventory:${p}@tcp(mysql.acme-corp.io:3306)/inventory?parseTime=true&tls=custom"`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(16);
    return pos('db/sqlalchemy-url-repr', `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL: too many connections for role "analytics"\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n  engine = create_engine('postgresql+psycopg2://analytics:${p}@pg-analytics:5432/events', pool_size=20)`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(20);
    return pos('db/prisma-env', `PrismaClientInitializationError: Authentication failed against database server at \`db.northwind-app.com\`, the provided database credentials for \`prisma\` are not valid.\n  datasource db { provider = "postgresql" url = env("DATABASE_URL") }  // DATABASE_URL="postgresql://prisma:${p}@db.northwind-app.com:5432/app?schema=public"`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('db/activerecord-yaml', `ActiveRecord::ConnectionNotEstablished: connection to server at "10.9.0.12", port 5432 failed\nconfig/database.yml (production):\n  adapter: postgresql\n  host: 10.9.0.12\n  username: rails_app\n  password: "${p}"\n  database: storefront_production`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('db/sql-create-user', `ERROR 1396 (HY000) at line 14: Operation CREATE USER failed for 'replica'@'%'\nSQL: CREATE USER 'replica'@'%' IDENTIFIED BY '${p}';`, cred('password', p));
  },
  (r) => {
    const p = r.password(16);
    return pos('db/pg-alter-role', `STATEMENT:  ALTER ROLE svc_reader WITH LOGIN PASSWORD '${p}' VALID UNTIL '2027-01-01';\nERROR:  permission denied to alter role`, cred('password', p));
  },
  (r) => {
    const p = r.urlPassword(18);
    return pos('db/amqp-url', `Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"\n  at amqp.connect('amqps://orders:${p}@rabbit.acme-corp.io:5671/prod')`, cred('password', p));
  },
  (r) => {
    const p = r.b64(24);
    return pos('db/dotnet-connstring', `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'webapp'.\n   ConnectionString: "Server=tcp:northwind-sql.database.windows.net,1433;Initial Catalog=shop;User ID=webapp;Password=${p};Encrypt=True;"`, cred('password', p));
  },
  (r) => {
    const k = tok.azureKey(r);
    return pos('db/azure-storage-connstring', `Azure.Storage.Blobs: AuthorizationFailure\n  AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=northwindexports;AccountKey=${k};EndpointSuffix=core.windows.net`, cred('azure-storage-key', k));
  },
  (r) => {
    const p = r.urlPassword(16);
    return pos('db/elastic-url', `ConnectionError: 401 security_exception unable to authenticate user [elastic] for REST request [/_bulk]\n  node: 'https://elastic:${p}@es.internal.acme-corp.io:9200'`, cred('password', p));
  },
];
