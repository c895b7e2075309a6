import type { Tpl } from './blind-set-74-core';

/** Negatives, part A: the same datastore errors holding only ids, enums, timestamps, placeholders and redactions. */
export const NEG_A: Tpl[] = [
  ['n-pg-unique-id', (x) => `${x.pgTs()} [${x.r.int(1000, 99999)}] ERROR:  duplicate key value violates unique constraint "orders_pkey"
${x.pgTs()} [${x.r.int(1000, 99999)}] DETAIL:  Key (id)=(${x.id()}) already exists.
${x.pgTs()} [${x.r.int(1000, 99999)}] STATEMENT:  INSERT INTO orders (id, customer_id, status, total_cents) VALUES ($1, $2, $3, $4)`],
  ['n-pg-unique-sku', (x) => `ERROR:  duplicate key value violates unique constraint "inventory_items_warehouse_id_sku_key"
DETAIL:  Key (warehouse_id, sku)=(${x.r.int(1, 40)}, SKU-${x.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${x.r.digits(4)}) already exists.`],
  ['n-pg-failing-row-order', (x) => `ERROR:  new row for relation "shipments" violates check constraint "shipments_weight_grams_check"
DETAIL:  Failing row contains (${x.id()}, ${x.r.uuid()}, ${x.pick(['pending', 'label_created', 'in_transit'])}, -${x.r.int(1, 900)}, ${x.pick(['UPS', 'DHL', 'FedEx'])}, ${x.pgTs().replace(' UTC', '+00')}, null).`],
  ['n-pg-slow-params-ids', (x) => `LOG:  duration: ${x.r.int(500, 9000)}.${x.r.digits(3)} ms  execute <unnamed>: UPDATE orders SET status = $1, updated_at = now() WHERE id = $2 AND tenant_id = $3
DETAIL:  parameters: $1 = '${x.pick(['shipped', 'cancelled', 'refunded'])}', $2 = '${x.id()}', $3 = '${x.r.int(1, 500)}'`],
  ['n-pg-slow-placeholders', (x) => `${x.pgTs()} [${x.id()}] LOG:  duration: ${x.r.int(1000, 20000)}.${x.r.digits(3)} ms  statement: SELECT u.id, u.email FROM users u JOIN sessions s ON s.user_id = u.id WHERE s.session_id = $1 AND s.expires_at > now()`],
  ['n-pg-auto-explain', (x) => `LOG:  duration: ${x.r.int(300, 4000)}.${x.r.digits(3)} ms  plan:
	Query Text: SELECT * FROM line_items WHERE order_id = ANY($1) ORDER BY position
	Index Scan using line_items_order_id_idx on line_items  (cost=0.43..${x.r.int(100, 900)}.12 rows=${x.r.int(1, 90)} width=96) (actual time=0.022..${x.r.int(1, 40)}.311 rows=${x.r.int(1, 90)} loops=1)
	  Index Cond: (order_id = ANY ('{${x.id()},${x.id()},${x.id()}}'::bigint[]))
	Planning Time: 0.${x.r.digits(3)} ms`],
  ['n-pg-stat-statements', (x) => `  calls  | total_exec_time |  mean  | query
---------+-----------------+--------+------------------------------------------------------------
 ${x.r.int(1000, 900000)} | ${x.r.int(1000, 90000)}.${x.r.digits(2)} | ${x.r.int(0, 90)}.${x.r.digits(2)} | SELECT * FROM users WHERE email = $1 AND deleted_at IS NULL
 ${x.r.int(1000, 900000)} | ${x.r.int(1000, 90000)}.${x.r.digits(2)} | ${x.r.int(0, 90)}.${x.r.digits(2)} | UPDATE api_keys SET last_used_at = $1 WHERE token_digest = $2`],
  ['n-pg-auth-failed', (x) => `${x.pgTs()} [${x.id()}] FATAL:  password authentication failed for user "${x.dbUser()}"
${x.pgTs()} [${x.id()}] DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line ${x.r.int(80, 130)}: "hostssl all all 10.0.0.0/8 scram-sha-256"`],
  ['n-pg-deadlock', (x) => `ERROR:  deadlock detected
DETAIL:  Process ${x.r.int(1000, 9999)} waits for ShareLock on transaction ${x.r.int(100000, 999999)}; blocked by process ${x.r.int(1000, 9999)}.
	Process ${x.r.int(1000, 9999)} waits for ShareLock on transaction ${x.r.int(100000, 999999)}; blocked by process ${x.r.int(1000, 9999)}.
HINT:  See server log for query details.
CONTEXT:  while updating tuple (${x.r.int(0, 9000)},${x.r.int(1, 60)}) in relation "stock_levels"`],
  ['n-dsn-placeholder', (x) => `DATABASE_URL=postgres://${x.dbUser()}:\${DB_PASSWORD}@${x.host()}:5432/${x.dbName()}
REDIS_URL=redis://:\${REDIS_PASSWORD}@cache.internal:6379/0
MONGO_URI=mongodb+srv://${x.dbUser()}:<password>@cluster0.${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?retryWrites=true`],
  ['n-dsn-masked', (x) => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${x.host()}", port 5432 failed: Connection refused
engine=Engine(postgresql+psycopg2://${x.dbUser()}:***@${x.host()}:5432/${x.dbName()})
(Background on this error at: https://sqlalche.me/e/20/e3q8)`],
  ['n-dsn-no-password', (x) => `level=info msg="connected" dsn="postgres://${x.dbUser()}@${x.host()}:5432/${x.dbName()}?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem" pool_max=${x.r.int(5, 50)} took=${x.r.int(2, 90)}ms`],
  ['n-mongosh-redacted', (x) => `Current Mongosh Log ID:	${x.r.hex(24)}
Connecting to:		mongodb+srv://<credentials>@cluster0.${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/${x.dbName()}?appName=mongosh+2.2.5
Using MongoDB:		7.0.${x.r.int(1, 12)}
Using Mongosh:		2.2.5`],
  ['n-mysql-dup-order', (x) => `ERROR 1062 (23000): Duplicate entry 'ORD-${x.r.int(2023, 2025)}-${x.r.digits(6)}' for key 'orders.uniq_order_number'`],
  ['n-mysql-slow-id', (x) => `# Time: ${x.ts()}
# User@Host: ${x.dbUser()}[${x.dbUser()}] @  [10.0.1.${x.r.int(2, 250)}]  Id: ${x.r.int(1000, 99999)}
# Query_time: ${x.r.int(2, 30)}.${x.r.digits(6)}  Lock_time: 0.000${x.r.digits(3)} Rows_sent: ${x.r.int(1, 500)}  Rows_examined: ${x.r.int(100000, 9000000)}
SET timestamp=${x.r.int(1735689600, 1765000000)};
SELECT sku, SUM(qty) FROM order_lines WHERE created_at >= '2025-0${x.r.int(1, 9)}-01' GROUP BY sku ORDER BY 2 DESC LIMIT 50;`],
  ['n-mysql-access-denied', (x) => `ERROR 1045 (28000): Access denied for user '${x.dbUser()}'@'10.0.5.${x.r.int(2, 250)}' (using password: YES)
mysql: [Warning] Using a password on the command line interface can be insecure.
+ mysql --defaults-extra-file=/run/secrets/my.cnf -h ${x.host()} ${x.dbName()}`],
  ['n-mssql-dup-composite', (x) => `Msg 2627, Level 14, State 1, Line ${x.r.int(1, 90)}
Violation of PRIMARY KEY constraint 'PK_DailyTotals'. Cannot insert duplicate key in object 'dbo.DailyTotals'. The duplicate key value is (${x.r.int(1, 300)}, ${x.ts().slice(0, 10)}).`],
  ['n-ora-no-values', (x) => `ORA-00001: unique constraint (APP.PK_INVOICE) violated
ORA-12899: value too large for column "APP"."INVOICES"."CURRENCY" (actual: ${x.r.int(4, 9)}, maximum: 3)
ORA-06512: at "APP.PKG_BILLING", line ${x.r.int(20, 900)}`],
  ['n-sqlite-uuid', (x) => `sqlite3.IntegrityError: UNIQUE constraint failed: jobs.external_id
  params = ('${x.r.uuid()}', '${x.pick(['queued', 'running', 'failed'])}', ${x.r.int(0, 5)}, '${x.ts()}')`],
  ['n-prisma-product', (x) => `PrismaClientKnownRequestError:
Invalid \`prisma.product.create()\` invocation:

{
  data: {
    sku: "SKU-${x.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}-${x.r.digits(3)}",
    title: "${x.pick(['Ceramic Pour-Over Kettle', 'Trail Running Socks (3-pack)', 'USB-C Dock 11-in-1'])}",
    priceCents: ${x.r.int(500, 90000)},
    stock: ${x.r.int(0, 900)}
  }
}
Unique constraint failed on the fields: (\`sku\`)`],
  ['n-sequelize-ids', (x) => `SequelizeForeignKeyConstraintError: insert or update on table "line_items" violates foreign key constraint "line_items_order_id_fkey"
  fields: [ 'order_id' ],
  parameters: [ ${x.id()}, ${x.id()}, ${x.r.int(1, 9)}, '${x.ts()}' ],
  table: 'line_items',
  index: 'line_items_order_id_fkey'`],
  ['n-typeorm-uuid', (x) => `QueryFailedError: insert or update on table "subscription" violates foreign key constraint "FK_plan"
  query: 'INSERT INTO "subscription"("id", "planId", "status", "seats") VALUES ($1, $2, $3, $4)',
  parameters: [ '${x.r.uuid()}', '${x.pick(['plan_team_monthly', 'plan_pro_annual', 'plan_free'])}', '${x.pick(['active', 'trialing'])}', ${x.r.int(1, 200)} ]`],
  ['n-rails-filtered', (x) => `  User Create (1.4ms)  INSERT INTO "users" ("email", "encrypted_password", "otp_secret", "created_at") VALUES ($1, $2, $3, $4) RETURNING "id"  [["email", "[FILTERED]"], ["encrypted_password", "[FILTERED]"], ["otp_secret", "[FILTERED]"], ["created_at", "${x.pgTs().replace(' UTC', '')}"]]
ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"
DETAIL:  Key (email)=([FILTERED]) already exists.)`],
  ['n-rails-params-filtered', (x) => `Processing by SessionsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]", "remember_me"=>"1"}, "commit"=>"Log in"}
Completed 401 Unauthorized in ${x.r.int(20, 400)}ms (ActiveRecord: ${x.r.int(1, 9)}.${x.r.digits(1)}ms | Allocations: ${x.r.int(1000, 9000)})`],
  ['n-django-composite', (x) => `django.db.utils.IntegrityError: duplicate key value violates unique constraint "catalog_variant_product_id_option_key"
DETAIL:  Key (product_id, option)=(${x.id()}, ${x.pick(['size:XL', 'color:navy', 'pack:6'])}) already exists.`],
  ['n-sqlalchemy-hidden', (x) => `${x.ts()} ERROR [app.signup] request_id=${x.r.uuid()} sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "ix_users_email"
[SQL: INSERT INTO users (email, hashed_password) VALUES (%(email)s, %(hashed_password)s) RETURNING users.id]
[SQL parameters hidden due to hide_parameters=True]
(Background on this error at: https://sqlalche.me/e/20/gkpj)`],
  ['n-sqlalchemy-ids', (x) => `[SQL: UPDATE invoices SET status=%(status)s, paid_at=%(paid_at)s WHERE invoices.id = %(invoices_id)s]
[parameters: {'status': '${x.pick(['paid', 'void', 'uncollectible'])}', 'paid_at': datetime.datetime(2025, ${x.r.int(1, 12)}, ${x.r.int(1, 28)}, 9, 12, 33), 'invoices_id': ${x.id()}}]`],
  ['n-hibernate-ids', (x) => `TRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [BIGINT] - [${x.id()}]
TRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${x.pick(['PENDING', 'SETTLED', 'FAILED'])}]
TRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [TIMESTAMP] - [${x.ts()}]`],
  ['n-efcore-no-sensitive', (x) => `fail: Microsoft.EntityFrameworkCore.Database.Command[20102]
      Failed executing DbCommand (${x.r.int(2, 90)}ms) [Parameters=[@p0='?' (DbType = Int64), @p1='?' (Size = 256), @p2='?' (Size = 4000)], CommandType='Text', CommandTimeout='30']
      INSERT INTO [AspNetUsers] ([Id], [Email], [PasswordHash]) VALUES (@p0, @p1, @p2);`],
];
