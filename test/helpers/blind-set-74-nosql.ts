import type { Tpl } from './blind-set-74-core';
import { elasticApiKey } from './blind-set-74-values';

/** MongoDB, Redis, Elasticsearch/OpenSearch, DynamoDB, Cassandra, Snowflake, BigQuery, ClickHouse. */
export const NOSQL: Tpl[] = [
  ['mongo-e11000-compound', (x) => `WriteError({'index': 0, 'code': 11000, 'errmsg': 'E11000 duplicate key error collection: crm.contacts index: phone_1_tenant_1 dup key: { phone: "${x.phone(true)}", tenant: ObjectId(\\'${x.r.hex(24)}\\') }', 'keyPattern': {'phone': 1, 'tenant': 1}})`],
  ['mongo-slow-query-json', (x) => JSON.stringify({ t: { $date: x.ts() }, s: 'I', c: 'COMMAND', id: 51803, ctx: `conn${x.r.int(100, 99999)}`, msg: 'Slow query', attr: { type: 'command', ns: 'app.users', command: { find: 'users', filter: { email: x.email(), 'profile.ssn': x.ssn() }, limit: 1, lsid: { id: { $uuid: x.r.uuid() } }, $db: 'app' }, planSummary: 'COLLSCAN', docsExamined: x.r.int(10000, 900000), durationMillis: x.r.int(100, 9000) } })],
  ['mongo-slow-update', (x) => JSON.stringify({ t: { $date: x.ts() }, s: 'I', c: 'WRITE', id: 51803, ctx: `conn${x.r.int(100, 99999)}`, msg: 'Slow query', attr: { type: 'update', ns: 'auth.sessions', command: { q: { _id: x.sess() }, u: { $set: { accessToken: x.jwt(), refreshToken: x.c('refresh-token', x.r.b64url(48)) } }, upsert: true }, durationMillis: x.r.int(100, 3000) } })],
  ['mongo-bulk-write-error', (x) => {
    const u = x.person();
    return `MongoBulkWriteError: E11000 duplicate key error collection: shop.customers index: email_1 dup key: { email: "${u.email}" }
  writeErrors: [ WriteError { err: { index: 3, code: 11000, errmsg: 'E11000 duplicate key error …', op: { _id: new ObjectId("${x.r.hex(24)}"), name: '${u.name}', email: '${u.email}', card: { number: '${x.cardDigits()}', exp: '07/28' }, billingAddress: '${x.addr()}' } } } ]`;
  }],
  ['mongo-uri-log', (x) => `{"level":"info","time":"${x.ts()}","msg":"connecting to mongo","uri":"mongodb+srv://${x.dbUser()}:${x.pw('url')}@cluster0.${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/${x.dbName()}?retryWrites=true&w=majority&appName=api"}`],
  ['mongodump-cli', (x) => `+ mongodump --uri="mongodb://${x.pick(['backup', 'root', 'admin'])}:${x.pct()}@mongo-0.mongo.svc:27017,mongo-1.mongo.svc:27017/?replicaSet=rs0&authSource=admin" --gzip --archive=/backups/${x.ts().slice(0, 10)}.gz
${x.ts()}	Failed: can't create session: could not connect to server: connection() error occurred during connection handshake: auth error`],
  ['mongoexport-lines', (x) => {
    const u = x.person();
    return `{"_id":{"$oid":"${x.r.hex(24)}"},"name":"${u.name}","email":"${u.email}","dob":{"$date":"${x.dob(4)}"},"passport":"${x.nid()}","iban":"${x.iban()}"}`;
  }],
  ['redis-monitor-auth', (x) => `${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [0 10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "AUTH" "${x.pick(['default', 'app', 'sidekiq'])}" "${x.pw('nodq')}"
${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [0 10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "PING"`],
  ['redis-monitor-session', (x) => `${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [2 10.0.1.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "SETEX" "sess:${x.sess()}" "86400" "{\\"cookie\\":{\\"httpOnly\\":true},\\"userId\\":${x.id()},\\"email\\":\\"${x.email()}\\",\\"accessToken\\":\\"${x.jwt()}\\"}"`],
  ['redis-slowlog', (x) => `127.0.0.1:6379> SLOWLOG GET 2
1) 1) (integer) ${x.r.int(100, 9999)}
   2) (integer) ${x.r.int(1735689600, 1765000000)}
   3) (integer) ${x.r.int(10000, 90000)}
   4) 1) "HSET"
      2) "user:${x.id()}:oauth"
      3) "refresh_token"
      4) "${x.tok('google-refresh-token')}"
   5) "10.0.2.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}"
   6) "worker-${x.r.int(1, 9)}"`],
  ['redis-url-env', (x) => `REDIS_URL=rediss://default:${x.c('redis-password', x.r.b62(32))}@${x.pick(['usw1-brave-lynx', 'eu1-calm-heron', 'apn1-fond-gecko'])}-${x.r.int(30000, 39999)}.upstash.io:${x.r.int(30000, 39999)}
SIDEKIQ_REDIS_URL=redis://:${x.pw('url')}@cache.internal:6379/2`],
  ['redis-get-session', (x) => {
    const u = x.person();
    return `127.0.0.1:6379> GET "spring:session:sessions:${x.r.uuid()}"
"{\\"user\\":{\\"id\\":${x.id()},\\"fullName\\":\\"${u.name}\\",\\"email\\":\\"${u.email}\\",\\"phone\\":\\"${x.phone()}\\"},\\"mfaSeed\\":\\"${x.totp()}\\"}"`;
  }],
  ['redis-py-error', (x) => `redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.
During handling: Redis.from_url('redis://${x.pick(['worker', 'celery', 'default'])}:${x.pw('url')}@${x.host()}:6379/0', decode_responses=True)`],
  ['es-mapper-parsing', (x) => {
    const d = x.dob(3);
    const id = x.r.uuid();
    return JSON.stringify({ error: { root_cause: [{ type: 'mapper_parsing_exception', reason: `failed to parse field [birth_date] of type [date] in document with id '${id}'. Preview of field's value: '${d}'` }], type: 'mapper_parsing_exception', reason: `failed to parse field [birth_date] of type [date] in document with id '${id}'. Preview of field's value: '${d}'`, caused_by: { type: 'illegal_argument_exception', reason: 'failed to parse date field' } }, status: 400 });
  }],
  ['es-query-dsl', (x) => `[2025-03-14T09:12:33,512][WARN ][o.e.a.s.TransportSearchAction] [es-data-2] search_phase_execution_exception: all shards failed
source[{"size":10,"query":{"bool":{"should":[{"term":{"email.keyword":{"value":"${x.email()}"}}},{"match_phrase":{"full_name":"${x.name()}"}},{"term":{"phone":"${x.phone(true)}"}}]}}}]`],
  ['es-bulk-error-doc', (x) => `{"took":${x.r.int(2, 90)},"errors":true,"items":[{"index":{"_index":"customers-v3","_id":"${x.id()}","status":400,"error":{"type":"document_parsing_exception","reason":"[1:212] failed to parse field [card.last4] of type [short] in document with id '${x.id()}'. Preview of field's value: '${x.cardDigits()}'"}}}]}`],
  ['opensearch-slowlog', (x) => `[${x.ts()}][WARN ][index.search.slowlog.query] [os-node-1] [orders][2] took[${x.r.int(2, 20)}.${x.r.int(1, 9)}s], took_millis[${x.r.int(2000, 20000)}], total_hits[1 hits], search_type[QUERY_THEN_FETCH], total_shards[5], source[{"query":{"bool":{"filter":[{"term":{"customer.iban":"${x.ibanCompact()}"}},{"term":{"customer.name.keyword":"${x.name()}"}}]}}}], id[],`],
  ['es-client-auth', (x) => `ResponseError: security_exception: [security_exception] Reason: unable to authenticate with provided credentials and anonymous access is not allowed for this request
client config: { node: 'https://es.${x.pick(['prod', 'search', 'logs'])}.internal:9200', auth: { apiKey: '${x.c('elastic-api-key', elasticApiKey(x.r))}' } }
kibana.yml: elasticsearch.password: "${x.pw('nodq')}"`],
  ['dynamo-conditional', (x) => `ConditionalCheckFailedException: The conditional request failed
    at de_ConditionalCheckFailedExceptionRes (/var/task/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2218:21) {
  '$fault': 'client',
  '$metadata': { httpStatusCode: 400, requestId: '${x.r.b62(52).toUpperCase()}', attempts: 1 },
  Item: {
    pk: { S: 'USER#${x.id()}' },
    email: { S: '${x.email()}' },
    apiKey: { S: '${x.tok()}' },
    phone: { S: '${x.phone(true)}' }
  }
}`],
  ['dynamo-tx-cancel', (x) => `TransactionCanceledException: Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]
CancellationReasons: [{"Code":"ConditionalCheckFailed","Message":"The conditional request failed","Item":{"pk":{"S":"ACCT#${x.id()}"},"routingNumber":{"S":"${x.routing()}"},"accountNumber":{"S":"${x.acct()}"},"holder":{"S":"${x.name()}"}}},{"Code":"None"}]`],
  ['boto-debug-putitem', (x) => `${x.ts().replace('T', ' ').slice(0, 23)} botocore.endpoint [DEBUG] Making request for OperationModel(name=PutItem) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'X-Amz-Target': 'DynamoDB_20120810.PutItem'}, 'body': b'{"TableName": "password-resets", "Item": {"email": {"S": "${x.email()}"}, "token": {"S": "${x.reset()}"}, "ttl": {"N": "${x.r.int(1735689600, 1765000000)}"}}}'}`],
  ['cassandra-querylogger', (x) => `WARN  [cluster1-nio-worker-3] c.d.driver.core.QueryLogger.SLOW - [cluster1] [/10.0.4.${x.r.int(2, 250)}:9042] Query too slow, took ${x.r.int(1000, 9000)} ms: INSERT INTO identity.users (user_id, email, full_name, phone, password_hash) VALUES (?, ?, ?, ?, ?) [user_id:${x.r.uuid()}, email:'${x.email()}', full_name:'${x.name()}', phone:'${x.phone()}', password_hash:'${x.hash()}'];`],
  ['cqlsh-error', (x) => `cqlsh:payments> INSERT INTO cards (id, pan, holder) VALUES (uuid(), '${x.cardDigits()}', '${x.name()}') IF NOT EXISTS;
InvalidRequest: Error from server: code=2200 [Invalid query] message="Invalid STRING constant (${x.id()}) for "holder_id" of type bigint"`],
  ['snowflake-cast', (x) => `snowflake.connector.errors.ProgrammingError: 100038 (22018): 01b3${x.r.hex(4)}-0001-${x.r.hex(4)}-0000-${x.r.hex(12)}: Numeric value '${x.ssn()}' is not recognized
  File "/opt/airflow/dags/load_members.py", line ${x.r.int(20, 200)}, in load
    cur.execute("INSERT INTO RAW.MEMBERS SELECT $1, $2, TO_NUMBER($3) FROM @STAGE/members.csv")`],
  ['snowflake-url', (x) => `sqlalchemy.exc.DatabaseError: (snowflake.connector.errors.DatabaseError) 250001 (08001): Failed to connect to DB: ${x.pick(['xy12345.eu-central-1', 'acme-analytics', 'ab98765.us-east-2.aws'])}.snowflakecomputing.com:443. Incorrect username or password was specified.
engine url: snowflake://${x.pick(['LOADER', 'DBT_PROD', 'AIRFLOW'])}:${x.pw('url')}@${x.pick(['xy12345', 'acme-analytics'])}/ANALYTICS/PUBLIC?warehouse=LOAD_WH&role=LOADER`],
  ['bigquery-cast', (x) => {
    const d = x.dob(2);
    return `google.api_core.exceptions.BadRequest: 400 Could not cast literal "${d}" to type DATE at [4:23]

Location: EU
Job ID: ${x.r.uuid()}
Query: SELECT * FROM \`analytics.customers\` WHERE email = '${x.email()}' AND dob = '${d}'`;
  }],
  ['clickhouse-parse', (x) => `Code: 27. DB::ParsingException: Cannot parse input: expected '\\t' before: '${x.cardDigits()}\\t${x.name()}\\t${x.email()}\\n': (at row ${x.r.int(2, 9000)})
: Row ${x.r.int(2, 9000)}:
Column 0,   name: order_id, type: UInt64, parsed text: "${x.id()}"
Column 1,   name: amount,   type: Decimal(18, 2), ERROR: text "${x.cardDigits()}" is not like Decimal(18, 2). (CANNOT_PARSE_INPUT_ASSERTION_FAILED)`],
  ['cosmos-conn', (x) => `Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Unauthorized (401)
ConnectionString: AccountEndpoint=https://${x.pick(['orders', 'profiles', 'carts'])}-prod.documents.azure.com:443/;AccountKey=${x.c('azure-account-key', x.r.b64(64))};`],
];
