import type { Tpl } from './blind-set-74-core';

/** Negatives, part B: NoSQL, migrations, configs without secrets, hashes, masked payment data, public ids. */
export const NEG_B: Tpl[] = [
  ['n-gorm-product', (x) => `${x.ts().slice(0, 19).replace('T', ' ')} /app/internal/store/catalog.go:${x.r.int(30, 300)} ERROR: duplicate key value violates unique constraint "idx_products_sku" (SQLSTATE 23505)
[${x.r.int(1, 9)}.${x.r.digits(3)}ms] [rows:0] INSERT INTO "products" ("created_at","sku","title","price_cents") VALUES ('2025-03-14 09:12:33.12','SKU-${x.r.digits(6)}','Stainless Water Bottle 750ml',${x.r.int(500, 9000)}) RETURNING "id"`],
  ['n-ecto-product', (x) => `#Ecto.Changeset<
  action: :insert,
  changes: %{sku: "WID-${x.r.digits(5)}", price: Decimal.new("${x.r.int(1, 900)}.${x.r.digits(2)}"), currency: "EUR", status: :draft},
  errors: [sku: {"has already been taken", [constraint: :unique, constraint_name: "products_sku_index"]}],
  data: #Shop.Catalog.Product<>,
  valid?: false
>`],
  ['n-mongo-dup-order', (x) => `MongoServerError: E11000 duplicate key error collection: shop.orders index: orderNumber_1 dup key: { orderNumber: "ORD-${x.r.digits(8)}" }`],
  ['n-mongo-dup-objectid', (x) => `E11000 duplicate key error collection: events.webhook_deliveries index: _id_ dup key: { _id: ObjectId('${x.r.hex(24)}') }`],
  ['n-mongo-slow-status', (x) => JSON.stringify({ t: { $date: x.ts() }, s: 'I', c: 'COMMAND', id: 51803, ctx: `conn${x.r.int(100, 99999)}`, msg: 'Slow query', attr: { type: 'command', ns: 'shop.orders', command: { find: 'orders', filter: { status: 'pending', createdAt: { $lt: { $date: x.ts() } } }, sort: { createdAt: 1 }, limit: 500 }, planSummary: 'IXSCAN { status: 1, createdAt: 1 }', keysExamined: x.r.int(100, 90000), durationMillis: x.r.int(100, 9000) } })],
  ['n-mongo-auth-failed', (x) => `{"t":{"$date":"${x.ts()}"},"s":"I","c":"ACCESS","id":20249,"ctx":"conn${x.r.int(100, 99999)}","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"${x.dbUser()}","authenticationDatabase":"admin","remote":"10.0.2.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}","extraInfo":{},"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}`],
  ['n-redis-monitor-redacted', (x) => `${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [0 10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "AUTH" "(redacted)" "(redacted)"
${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [0 10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "INCR" "ratelimit:api:${x.r.int(1, 9000)}:${x.r.int(28000000, 29999999)}"
${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)} [0 10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}] "EXPIRE" "ratelimit:api:${x.r.int(1, 9000)}:${x.r.int(28000000, 29999999)}" "60"`],
  ['n-redis-slowlog', (x) => `1) 1) (integer) ${x.r.int(100, 9999)}
   2) (integer) ${x.r.int(1735689600, 1765000000)}
   3) (integer) ${x.r.int(10000, 90000)}
   4) 1) "ZADD"
      2) "leaderboard:2025-w${x.r.int(1, 52)}"
      3) "${x.r.int(100, 99999)}"
      4) "player:${x.id()}"
   5) "10.0.2.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}"
   6) ""`],
  ['n-redis-no-auth-url', (x) => `${x.ts()} pid=${x.r.int(100, 9999)} tid=${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)} ERROR: Redis::CannotConnectError: Error connecting to Redis on cache.internal:6379 (Errno::ECONNREFUSED)
  config: {:url=>"redis://cache.internal:6379/${x.r.int(0, 15)}", :network_timeout=>5, :pool_timeout=>1}`],
  ['n-es-mapper-product', (x) => JSON.stringify({ error: { type: 'mapper_parsing_exception', reason: `failed to parse field [price] of type [scaled_float] in document with id '${x.r.uuid()}'. Preview of field's value: 'N/A'` }, status: 400 })],
  ['n-es-query-status', (x) => `search_phase_execution_exception: all shards failed
source[{"size":${x.r.int(10, 500)},"query":{"bool":{"filter":[{"term":{"status":"${x.pick(['open', 'closed', 'archived'])}"}},{"range":{"@timestamp":{"gte":"now-${x.r.int(1, 30)}d/d"}}}]}},"sort":[{"@timestamp":"desc"}]}]`],
  ['n-dynamo-no-item', (x) => `ConditionalCheckFailedException: The conditional request failed
  '$metadata': { httpStatusCode: 400, requestId: '${x.r.b62(52).toUpperCase()}', attempts: 1 },
  Item: { pk: { S: 'ORDER#${x.id()}' }, sk: { S: 'LINE#${x.r.int(1, 40)}' }, version: { N: '${x.r.int(1, 99)}' } }`],
  ['n-cassandra-ids', (x) => `WARN  c.d.driver.core.QueryLogger.SLOW - [cluster1] [/10.0.4.${x.r.int(2, 250)}:9042] Query too slow, took ${x.r.int(1000, 9000)} ms: UPDATE metrics.counters SET hits = hits + 1 WHERE bucket = ? AND ts = ? [bucket:'${x.pick(['api', 'web', 'batch'])}-${x.r.int(1, 64)}', ts:${x.r.int(1735689600, 1765000000)}000];`],
  ['n-snowflake-na', (x) => `snowflake.connector.errors.ProgrammingError: 100038 (22018): 01b3${x.r.hex(4)}-0001-${x.r.hex(4)}-0000-${x.r.hex(12)}: Numeric value 'N/A' is not recognized
  File: @RAW.STAGE/orders_${x.ts().slice(0, 10)}.csv, Line: ${x.r.int(2, 90000)}, Character: ${x.r.int(1, 200)}`],
  ['n-bigquery-bad-date', (x) => `google.api_core.exceptions.BadRequest: 400 Could not cast literal "2025-13-${x.r.int(10, 40)}" to type DATE at [${x.r.int(1, 20)}:${x.r.int(1, 60)}]
Location: US
Job ID: ${x.r.uuid()}`],
  ['n-flyway-ok', (x) => `Flyway OSS Edition 10.10.0 by Redgate
Database: jdbc:postgresql://${x.host()}:5432/${x.dbName()} (PostgreSQL 16.2)
Successfully validated ${x.r.int(10, 300)} migrations (execution time 00:00.${x.r.digits(3)}s)
Current version of schema "public": ${x.r.int(2023, 2025)}0${x.r.int(1, 9)}${x.r.int(10, 28)}.${x.r.int(1, 9)}
Migrating schema "public" to version "${x.r.int(2023, 2025)}0314.1 - add index on orders status"`],
  ['n-liquibase-env', (x) => `Running: liquibase update --url="jdbc:postgresql://${x.host()}:5432/${x.dbName()}" --username=\${LIQUIBASE_COMMAND_USERNAME} --password=\${LIQUIBASE_COMMAND_PASSWORD} --changelog-file=db.changelog-master.yaml
UPDATE SUMMARY
Run:                         ${x.r.int(1, 20)}
Previously run:            ${x.r.int(20, 400)}
Liquibase command 'update' was executed successfully.`],
  ['n-alembic-upgrade', (x) => `INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.
INFO  [alembic.runtime.migration] Will assume transactional DDL.
INFO  [alembic.runtime.migration] Running upgrade ${x.r.hex(12)} -> ${x.r.hex(12)}, add payout_accounts table`],
  ['n-pgdump-schema', (x) => `--
-- PostgreSQL database dump
--
-- Dumped from database version 15.6
-- Dumped by pg_dump version 16.2
SET statement_timeout = 0;
CREATE TABLE public.api_keys (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    token_digest character(64) NOT NULL,
    last4 character(4),
    created_at timestamp with time zone DEFAULT now()
);
ALTER TABLE ONLY public.api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);
-- ${x.r.int(2, 9000)} rows omitted (--schema-only)`],
  ['n-compose-interp', (x) => `# compose file rev ${x.r.hex(7)}
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${x.dbUser()}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set in .env}
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]`],
  ['n-k8s-secretref', (x) => `        env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${x.dbName().replace('_', '-')}-db
              key: password
        - name: DB_HOST
          value: ${x.host()}`],
  ['n-card-masked-fingerprint', (x) => `-- fingerprints are per-account card identifiers, not card data: judged no secret
 id | customer_id            | brand | last4 | exp   | fingerprint
----+------------------------+-------+-------+-------+------------------
 ${x.r.int(1, 900)} | cus_${x.r.b62(14)} | ${x.pick(['visa', 'mastercard', 'amex'])}  | ${x.r.digits(4)}  | ${x.r.int(1, 12)}/${x.r.int(26, 31)} | ${x.r.b62(16)}`],
  ['n-encrypted-blob', (x) => `-- ActiveRecord::Encryption ciphertext; without the key it is no secret (judgement call)
  Customer Update (0.9ms)  UPDATE "customers" SET "tax_id" = $1 WHERE "customers"."id" = $2  [["tax_id", "{\\"p\\":\\"${x.r.b64(12)}\\",\\"h\\":{\\"iv\\":\\"${x.r.b64(12)}\\",\\"at\\":\\"${x.r.b64(16)}\\"}}"], ["id", ${x.id()}]]`],
  ['n-content-hashes', (x) => `INSERT INTO attachments (id, sha256, etag, size_bytes, content_type) VALUES ('${x.r.uuid()}', '${x.r.hex(64)}', '"${x.r.hex(32)}"', ${x.r.int(1000, 9000000)}, 'application/pdf');
ERROR:  duplicate key value violates unique constraint "attachments_sha256_key"
DETAIL:  Key (sha256)=(${x.r.hex(64)}) already exists.`],
  ['n-stripe-ids-row', (x) => `DETAIL:  Failing row contains (${x.id()}, cus_${x.r.b62(14)}, pm_${x.r.b62(24)}, ch_${x.r.b62(24)}, ${x.r.int(100, 900000)}, usd, succeeded, null).`],
  ['n-explain-analyze', (x) => `Hash Join  (cost=${x.r.int(10, 900)}.00..${x.r.int(1000, 90000)}.50 rows=${x.r.int(10, 9000)} width=64) (actual time=${x.r.int(1, 90)}.1..${x.r.int(100, 900)}.7 rows=${x.r.int(10, 9000)} loops=1)
  Hash Cond: (o.customer_id = c.id)
  ->  Seq Scan on orders o  (cost=0.00..${x.r.int(1000, 9000)}.00 rows=${x.r.int(1000, 90000)} width=40)
        Filter: (status = 'pending'::order_status)
  ->  Hash  (cost=${x.r.int(10, 900)}.00..${x.r.int(10, 900)}.00 rows=${x.r.int(100, 9000)} width=24)
Execution Time: ${x.r.int(100, 9000)}.${x.r.digits(3)} ms`],
  ['n-hikari-stats', (x) => `HikariPool-1 - Pool stats (total=${x.r.int(5, 50)}, active=${x.r.int(0, 5)}, idle=${x.r.int(0, 40)}, waiting=0)
HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0).
jdbcUrl=jdbc:postgresql://${x.host()}:5432/${x.dbName()}?ssl=true&sslmode=verify-full&ApplicationName=orders-api`],
  ['n-localhost-test-dsn', (x) => `# CI test database on the runner's loopback with the image's default credentials: judged no secret
TEST_DATABASE_URL=postgres://postgres:postgres@localhost:5432/${x.dbName()}_test
MYSQL_TEST_DSN=root:root@tcp(127.0.0.1:3306)/${x.dbName()}_test?parseTime=true`],
  ['n-aws-doc-example', (x) => `# from the AWS CLI docs, job ${x.r.uuid()}
[rds-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ${x.pick(['us-east-1', 'eu-west-1'])}`],
  ['n-ora-password-policy', (x) => `[${x.ts()}] deploy step ${x.r.int(3, 40)} failed
ORA-28003: password verification for the specified password failed
ORA-20001: Password length less than ${x.r.int(12, 16)}
SQL> ALTER USER app_owner IDENTIFIED BY ******** REPLACE ********;`],
  ['n-changeme-config', (x) => `# config/database.example.yml — copy to database.yml and fill in
production:
  adapter: postgresql
  host: ${x.host()}
  username: ${x.dbUser()}
  password: <%= ENV["DATABASE_PASSWORD"] %>
  # password: changeme`],
  ['n-rds-event', (x) => JSON.stringify({ 'detail-type': 'RDS DB Instance Event', source: 'aws.rds', time: x.ts(), region: 'eu-west-1', detail: { EventCategories: ['backup'], SourceType: 'DB_INSTANCE', SourceArn: `arn:aws:rds:eu-west-1:${x.r.digits(12)}:db:${x.dbName().replace('_', '-')}-prod`, Message: 'Finished DB Instance backup', EventID: 'RDS-EVENT-0002' } })],
  ['n-prisma-migrate-ok', (x) => `Prisma schema loaded from prisma/schema.prisma
Datasource "db": PostgreSQL database "${x.dbName()}", schema "public" at "${x.host()}:5432"

${x.r.int(10, 90)} migrations found in prisma/migrations

Applying migration \`${x.r.int(2024, 2025)}0314${x.r.digits(6)}_add_payout_status\`
All migrations have been successfully applied.`],
  ['n-sidekiq-job-ids', (x) => `{"class":"Payouts::SettleJob","args":[${x.id()},"${x.r.uuid()}","${x.pick(['EUR', 'USD', 'GBP'])}"],"retry":5,"queue":"payouts","jid":"${x.r.hex(24)}","created_at":${x.r.int(1735689600, 1765000000)}.${x.r.digits(6)},"error_message":"PG::LockNotAvailable: ERROR:  could not obtain lock on row in relation \\"payouts\\"","error_class":"ActiveRecord::LockWaitTimeout"}`],
  ['n-business-address', (x) => `DETAIL:  Key (warehouse_code)=(${x.pick(['FRA1', 'LHR3', 'SEA2'])}) already exists.
-- warehouses row: ${x.r.int(1, 90)}, "Northwind Logistics GmbH", "Industriestraße 12, 60311 Frankfurt am Main", "+49 69 0000000", active`],
];
