import type { Tpl } from './blind-set-74-core';
import { aspnetHash } from './blind-set-74-values';

/** Rails, Django, SQLAlchemy, Hibernate/JDBC, MyBatis, jOOQ, EF Core, GORM, sqlx, Ecto, Doctrine, Sequel. */
export const ORM: Tpl[] = [
  ['ar-unique-binds', (x) => {
    const u = x.person();
    return `  User Create (1.9ms)  INSERT INTO "users" ("email", "encrypted_password", "first_name", "last_name", "created_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"  [["email", "${u.email}"], ["encrypted_password", "${x.hash()}"], ["first_name", "${u.first}"], ["last_name", "${u.last}"], ["created_at", "${x.pgTs().replace(' UTC', '')}"]]
  TRANSACTION (0.3ms)  ROLLBACK
Completed 500 Internal Server Error in 42ms (ActiveRecord: 3.1ms | Allocations: 9121)

ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"
DETAIL:  Key (email)=(${u.email}) already exists.
):`;
  }],
  ['ar-params-partial-filter', (x) => `Started POST "/api/v1/patients" for 10.0.0.${x.r.int(2, 250)} at ${x.pgTs().replace(' UTC', ' +0000')}
Processing by Api::V1::PatientsController#create as JSON
  Parameters: {"patient"=>{"name"=>"${x.name()}", "dob"=>"${x.dob(0)}", "ssn"=>"${x.ssn()}", "password"=>"[FILTERED]", "address"=>{"line1"=>"${x.addr()}", "zip"=>"${x.r.digits(5)}"}}}
ActiveRecord::RecordInvalid (Validation failed: Insurance member can't be blank)`],
  ['ar-update-api-token', (x) => `  ApiCredential Update (0.8ms)  UPDATE "api_credentials" SET "secret" = $1, "updated_at" = $2 WHERE "api_credentials"."id" = $3  [["secret", "${x.tok()}"], ["updated_at", "${x.pgTs().replace(' UTC', '')}"], ["id", ${x.id()}]]`],
  ['ar-session-store', (x) => `  ActiveRecord::SessionStore::Session Load (0.6ms)  SELECT "sessions".* FROM "sessions" WHERE "sessions"."session_id" = $1 LIMIT $2  [["session_id", "${x.sess()}"], ["LIMIT", 1]]`],
  ['sequel-unique', (x) => `Sequel::UniqueConstraintViolation: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "personal_access_tokens_token_key"
DETAIL:  Key (token)=(${x.tok('github-pat')}) already exists.
/usr/local/bundle/gems/sequel-5.77.0/lib/sequel/adapters/postgres.rb:171:in \`exec'`],
  ['django-integrity', (x) => {
    const em = x.email();
    return `Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "accounts_user_email_key"
DETAIL:  Key (email)=(${em}) already exists.

The above exception was the direct cause of the following exception:
django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"
DETAIL:  Key (email)=(${em}) already exists.
Local vars: params = ['${em}', '${x.c('django-pbkdf2-hash', `pbkdf2_sha256$720000$${x.r.b62(22)}$${x.r.b64(32)}`)}', '${x.name()}', True]`;
  }],
  ['django-db-debug', (x) => `DEBUG (0.003) INSERT INTO "billing_bankaccount" ("owner_id", "holder_name", "routing_number", "account_number", "created") VALUES (${x.id()}, '${x.name()}', '${x.routing()}', '${x.acct()}', '${x.pgTs().replace(' UTC', '+00:00')}') RETURNING "billing_bankaccount"."id"; args=(${x.id()}, '…', '…', '…', datetime.datetime(2025, 3, 14, 9, 12, 33)); alias=default`],
  ['sqlalchemy-integrity', (x) => {
    const em = x.email();
    return `sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "ix_users_email"
DETAIL:  Key (email)=(${em}) already exists.

[SQL: INSERT INTO users (email, full_name, hashed_password, totp_secret) VALUES (%(email)s, %(full_name)s, %(hashed_password)s, %(totp_secret)s) RETURNING users.id]
[parameters: {'email': '${em}', 'full_name': '${x.name()}', 'hashed_password': '${x.hash()}', 'totp_secret': '${x.totp()}'}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)`;
  }],
  ['sqlalchemy-echo', (x) => `${x.ts().replace('T', ' ').slice(0, 23)} INFO sqlalchemy.engine.Engine INSERT INTO payout_accounts (user_id, iban, bic, holder) VALUES (?, ?, ?, ?)
${x.ts().replace('T', ' ').slice(0, 23)} INFO sqlalchemy.engine.Engine [generated in 0.00021s] (${x.id()}, '${x.iban()}', 'NWBKGB2L', '${x.name()}')`],
  ['sqlalchemy-url-parse', (x) => `sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from given URL string
  url = 'postgresql+psycopg2://${x.dbUser()}:${x.pw('url')}@${x.host()}:5432/${x.dbName()}?sslmode=verify-full '`],
  ['sqlalchemy-executemany', (x) => `[SQL: INSERT INTO cards (customer_id, pan, exp_month, exp_year) VALUES (%s, %s, %s, %s)]
[parameters: ((${x.id()}, '${x.cardDigits()}', 4, 2027), (${x.id()}, '${x.cardDigits()}', 11, 2026), (${x.id()}, '${x.cardDigits()}', 8, 2029))]
(Background on this error at: https://sqlalche.me/e/20/9h9h)`],
  ['hibernate-binds', (x) => `${x.ts()} DEBUG 1 --- [nio-8080-exec-4] org.hibernate.SQL : insert into customer (date_of_birth, email, full_name, national_id, id) values (?, ?, ?, ?, ?)
${x.ts()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [DATE] - [${x.dob(0)}]
${x.ts()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${x.email()}]
${x.ts()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [VARCHAR] - [${x.name()}]
${x.ts()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [4] as [VARCHAR] - [${x.nid()}]
${x.ts()} TRACE 1 --- [nio-8080-exec-4] o.h.type.descriptor.sql.BasicBinder : binding parameter [5] as [BIGINT] - [${x.id()}]`],
  ['hibernate6-binds', (x) => `org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [${x.tok()}]
org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [${x.tok('webhook-secret')}]
org.hibernate.orm.jdbc.bind : binding parameter (3:BIGINT) <- [${x.id()}]
o.h.engine.jdbc.spi.SqlExceptionHelper : SQL Error: 0, SQLState: 23505`],
  ['jdbc-psql-failing-row', (x) => `org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: null value in column "country" of relation "addresses" violates not-null constraint
  Detail: Failing row contains (${x.id()}, ${x.name()}, ${x.addr()}, ${x.phone()}, null).] [insert into addresses (full_name,line1,phone,country,id) values (?,?,?,?,?)]
Caused by: org.postgresql.util.PSQLException: ERROR: null value in column "country" of relation "addresses" violates not-null constraint`],
  ['mybatis-params', (x) => `==>  Preparing: UPDATE member SET card_no = ?, card_holder = ?, mobile = ? WHERE member_id = ?
==> Parameters: ${x.cardDigits()}(String), ${x.name()}(String), ${x.phone(true)}(String), ${x.id()}(Long)
### Error updating database.  Cause: com.mysql.cj.jdbc.exceptions.MysqlDataTruncation: Data truncation: Data too long for column 'card_no' at row 1`],
  ['jooq-bind-values', (x) => `DEBUG org.jooq.tools.LoggerListener - Executing query          : insert into "public"."refresh_tokens" ("user_id", "token", "expires_at") values (?, ?, ?)
DEBUG org.jooq.tools.LoggerListener - -> with bind values      : insert into "public"."refresh_tokens" ("user_id", "token", "expires_at") values (${x.id()}, '${x.jwt()}', timestamp '2025-09-01 00:00:00.0')`],
  ['efcore-sensitive', (x) => `fail: Microsoft.EntityFrameworkCore.Database.Command[20102]
      Failed executing DbCommand (${x.r.int(2, 90)}ms) [Parameters=[@p0='${x.email()}' (Nullable = false) (Size = 256), @p1='${x.name()}' (Size = 4000), @p2='${x.c('aspnet-identity-hash', aspnetHash(x.r))}' (Size = 4000), @p3='${x.phone()}' (Size = 4000)], CommandType='Text', CommandTimeout='30']
      SET IMPLICIT_TRANSACTIONS OFF;
      INSERT INTO [AspNetUsers] ([Email], [FullName], [PasswordHash], [PhoneNumber]) VALUES (@p0, @p1, @p2, @p3);`],
  ['efcore-dbupdate', (x) => `Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.
 ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.PaymentCards' with unique index 'IX_PaymentCards_Pan'. The duplicate key value is (${x.cardDigits()}).`],
  ['gorm-log', (x) => `${x.ts().slice(0, 19).replace('T', ' ')} /app/internal/store/user.go:${x.r.int(30, 300)} ERROR: duplicate key value violates unique constraint "idx_users_email" (SQLSTATE 23505)
[${x.r.int(1, 9)}.${x.r.digits(3)}ms] [rows:0] INSERT INTO "users" ("created_at","email","name","password_hash","api_key") VALUES ('2025-03-14 09:12:33.12','${x.email()}','${x.name()}','${x.hash()}','${x.tok()}') RETURNING "id"`],
  ['go-struct-dump', (x) => `level=error msg="insert customer failed" err="pq: duplicate key value violates unique constraint \\"customers_iban_key\\"" customer="&models.Customer{ID:0, Name:\\"${x.name()}\\", Email:\\"${x.email()}\\", IBAN:\\"${x.ibanCompact()}\\", CreatedAt:time.Time{wall:0x0, ext:0, loc:(*time.Location)(nil)}}"`],
  ['rust-sqlx', (x) => `Error: error returned from database: duplicate key value violates unique constraint "device_tokens_token_key"

Caused by:
    duplicate key value violates unique constraint "device_tokens_token_key"
state: NewDevice { user_id: ${x.id()}, push_token: "${x.tok('internal-api-key')}", totp_secret: Some("${x.totp()}") }`],
  ['ecto-changeset', (x) => {
    const u = x.person();
    return `** (Ecto.InvalidChangesetError) could not perform insert because changeset is invalid.

Errors

    %{email: [{"has already been taken", [constraint: :unique, constraint_name: "users_email_index"]}]}

Changeset

    #Ecto.Changeset<
      action: :insert,
      changes: %{
        email: "${u.email}",
        name: "${u.name}",
        hashed_password: "${x.hash()}",
        phone: "${x.phone()}"
      },
      errors: [email: {"has already been taken", [constraint: :unique, constraint_name: "users_email_index"]}],
      data: #MyApp.Accounts.User<>,
      valid?: false
    >`;
  }],
  ['ecto-query-log', (x) => `[debug] QUERY ERROR source="bank_accounts" db=2.1ms queue=0.4ms idle=${x.r.int(100, 900)}.3ms
INSERT INTO "bank_accounts" ("account_number","routing_number","holder","inserted_at") VALUES ($1,$2,$3,$4) RETURNING "id" ["${x.acct()}", "${x.routing()}", "${x.name()}", ~N[2025-03-14 09:12:33]]`],
  ['doctrine-params', (x) => `Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException: An exception occurred while executing a query: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "uniq_8d93d649e7927c74"
DETAIL:  Key (email)=(${x.email()}) already exists. with params ["${x.name()}", "${x.phone()}", "${x.hash()}"]`],
  ['psycopg-mogrify', (x) => `psycopg.errors.CheckViolation: new row for relation "kyc_profiles" violates check constraint "kyc_profiles_dob_check"
DETAIL:  Failing row contains (${x.id()}, ${x.name()}, ${x.dob(0)}, ${x.nid()}, ${x.addr()}, pending).`],
  ['npgsql-exception', (x) => `Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint "ix_api_clients_client_secret"

DETAIL: Key (client_secret)=(${x.c('client-secret', x.r.b64url(32))}) already exists.
   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrematureMessage)
  Exception data:
    Severity: ERROR
    SqlState: 23505
    TableName: api_clients`],
];
