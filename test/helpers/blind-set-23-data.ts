import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** Data stores: Postgres, MySQL, MongoDB, Redis, Snowflake, Elasticsearch, Confluent Kafka, RabbitMQ, ClickHouse. */
export const dataCases23: PosTemplate23[] = [
  [
    'pg-conn-refused',
    (g) => {
      const pw = g.password(20);
      const enc = encodeURIComponent(pw);
      return {
        text: `Error: connect ECONNREFUSED 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect'
}
[prisma] datasource url: postgresql://orders_rw:${enc}@orders-db.cluster-${g.lowerAlnum(12)}.eu-west-1.rds.amazonaws.com:5432/orders?schema=public&sslmode=require`,
        values: [cred(enc === pw ? 'password' : 'password-urlenc', enc)],
      };
    },
  ],
  [
    'pg-unique-violation',
    (g) => {
      const p = g.person();
      const email = g.email(p);
      const card = g.card();
      const iban = g.iban();
      return {
        text: `ERROR:  duplicate key value violates unique constraint "customers_email_key"
DETAIL:  Key (email)=(${email}) already exists.
STATEMENT:  INSERT INTO customers (email, full_name, payout_iban, card_fingerprint_src) VALUES ($1, $2, $3, $4)
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) [parameters: ('${email}', '${p.full.replace(/'/g, "''")}', '${iban}', '${card}')]
(Background on this error at: https://sqlalche.me/e/20/gkpj)`,
        values: [pers('email', email), fin('iban', iban), fin('card', card)],
      };
    },
  ],
  [
    'mysql-bound-params',
    (g) => {
      const ssn = g.ssn();
      const dob = g.dob();
      const p = g.person();
      return {
        text: `java.sql.SQLIntegrityConstraintViolationException: Column 'employer_id' cannot be null
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:117)
	at com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:912)
	at com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
	at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)
2026-12-01 10:11:03.441 TRACE 1 --- [nio-8080-exec-7] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [${p.full}]
2026-12-01 10:11:03.441 TRACE 1 --- [nio-8080-exec-7] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${ssn}]
2026-12-01 10:11:03.441 TRACE 1 --- [nio-8080-exec-7] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [DATE] - [${dob}]
2026-12-01 10:11:03.442 TRACE 1 --- [nio-8080-exec-7] o.h.type.descriptor.sql.BasicBinder : binding parameter [4] as [BIGINT] - [null]`,
        values: [pers('person-name', p.full), pers('ssn', ssn), pers('birth-date', dob)],
      };
    },
  ],
  [
    'mongo-srv-uri',
    (g) => {
      const pw = g.urlPassword(16);
      return {
        text: `MongoServerSelectionError: bad auth : Authentication failed.
    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)
    at listOnTimeout (node:internal/timers:573:17) {
  reason: TopologyDescription { type: 'ReplicaSetNoPrimary', servers: Map(3) {...}, setName: 'atlas-${g.lowerAlnum(6)}-shard-0' },
  code: undefined,
  [Symbol(errorLabels)]: Set(0) {}
}
MONGO_URL=mongodb+srv://catalog-svc:${pw}@cluster0.${g.lowerAlnum(5)}.mongodb.net/catalog?retryWrites=true&w=majority`,
        values: [cred('password', pw)],
      };
    },
  ],
  [
    'mongo-dup-key',
    (g) => {
      const phone = g.phone();
      const email = g.email();
      return {
        text: `MongoBulkWriteError: E11000 duplicate key error collection: crm.leads index: email_1 dup key: { email: "${email}" }
  writeErrors: [ WriteError { err: { index: 0, code: 11000, errmsg: 'E11000 duplicate key error collection: crm.leads index: email_1 dup key: { email: "${email}" }', op: { _id: ObjectId('${g.hex(24)}'), email: '${email}', phone: '${phone}', source: 'typeform' } } } ]`,
        values: [pers('email', email), pers('phone', phone)],
      };
    },
  ],
  [
    'redis-url',
    (g) => {
      const pw = g.chars(B62, 32);
      return {
        text: `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.
    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)
config.redis = { url: 'rediss://default:${pw}@acme-sessions-${g.int(10000, 99999)}.c${g.int(100, 300)}.us-east-1-3.ec2.redns.redis-cloud.com:${g.int(10000, 19999)}', tls: {} }`,
        values: [cred('password', pw)],
      };
    },
  ],
  [
    'snowflake-connector',
    (g) => {
      const pw = g.password(16);
      const key = g.pem('ENCRYPTED PRIVATE KEY', 10);
      const raw = key.join('\n');
      return {
        text: `snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: acme-xy${g.int(10000, 99999)}.snowflakecomputing.com:443. Incorrect username or password was specified.
connect(user='ETL_LOADER', password='${pw}', account='acme-xy${g.int(10000, 99999)}', warehouse='LOAD_WH', role='LOADER')
fallback key-pair auth: private_key_file=/secrets/rsa_key.p8 contents:
${raw}`,
        values: [cred('password', pw), cred('private-key', raw)],
      };
    },
  ],
  [
    'elastic-apikey',
    (g) => {
      const id = g.chars(B62 + '-_', 20);
      const secret = g.chars(B62 + '-_', 22);
      const b64 = Buffer.from(`${id}:${secret}`).toString('base64');
      return {
        text: `ResponseError: security_exception
	Root causes:
		security_exception: unable to authenticate with provided credentials and anonymous access is not allowed for this request
    at SniffingTransport.request (/app/node_modules/@elastic/transport/lib/Transport.js:479:27)
  meta.meta.request.params.headers: { authorization: 'ApiKey ${b64}', 'x-elastic-client-meta': 'es=8.15.0,js=20.18.0,t=8.8.1,hc=20.18.0' }`,
        values: [cred('elastic-api-key', b64)],
      };
    },
  ],
  [
    'confluent-sasl',
    (g) => {
      const key = g.upperAlnum(16);
      const secret = g.chars(B62 + '+/', 64);
      return {
        text: `%3|${g.epoch()}.${g.digits(3)}|FAIL|rdkafka#producer-1| [thrd:sasl_ssl://pkc-${g.lowerAlnum(5)}.eu-west-1.aws.confluent.cloud:9092/bootstrap]: sasl_ssl://pkc-${g.lowerAlnum(5)}.eu-west-1.aws.confluent.cloud:9092/bootstrap: SASL authentication error: Authentication failed (after 5103ms in state AUTH_REQ)
producer config: {'bootstrap.servers': 'pkc-${g.lowerAlnum(5)}.eu-west-1.aws.confluent.cloud:9092', 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'PLAIN', 'sasl.username': '${key}', 'sasl.password': '${secret}'}`,
        values: [cred('confluent-api-secret', secret)],
      };
    },
  ],
  [
    'rabbitmq-amqp',
    (g) => {
      const pw = g.urlPassword(14);
      return {
        text: `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'
  URLParameters('amqps://webhooks:${pw}@b-${g.uuid()}.mq.eu-west-1.amazonaws.com:5671/%2F?heartbeat=30')`,
        values: [cred('password', pw)],
      };
    },
  ],
  [
    'clickhouse-insert',
    (g) => {
      const ip = g.userIp();
      const email = g.email();
      return {
        text: `Code: 27. DB::ParsingException: Cannot parse input: expected '\\t' before: 'Mozilla/5.0': (at row 1)
Row 1:
Column 0,   name: event_time, type: DateTime,    parsed text: "2026-12-01 09:13:55"
Column 1,   name: user_email, type: String,      parsed text: "${email}"
Column 2,   name: client_ip,  type: IPv4,        parsed text: "${ip}"
ERROR: garbage after IPv4: "Mozilla/5.0"
: While executing ParallelParsingBlockInputFormat. (CANNOT_PARSE_INPUT_ASSERTION_FAILED) (version 24.8.4.13 (official build))`,
        values: [pers('email', email), pers('user-ip', ip)],
      };
    },
  ],
];
