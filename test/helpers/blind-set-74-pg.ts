import type { Tpl } from './blind-set-74-core';

/** PostgreSQL server logs, psql and dumps that echo rows, literals and bound parameters. */
export const PG: Tpl[] = [
  ['pg-unique-email', (x) => {
    const u = x.person();
    return `${x.pgTs()} [${x.r.int(1000, 99999)}] ERROR:  duplicate key value violates unique constraint "users_email_key"
${x.pgTs()} [${x.r.int(1000, 99999)}] DETAIL:  Key (email)=(${u.email}) already exists.
${x.pgTs()} [${x.r.int(1000, 99999)}] STATEMENT:  INSERT INTO users (email, full_name, password_digest, created_at) VALUES ('${u.email}', '${u.name}', '${x.hash()}', now()) RETURNING id`;
  }],
  ['pg-notnull-failing-row', (x) => {
    const u = x.person();
    return `ERROR:  null value in column "tenant_id" of relation "customers" violates not-null constraint
DETAIL:  Failing row contains (${x.id()}, ${u.name}, ${u.email}, ${x.phone()}, ${x.dob(0)}, null, ${x.pgTs().replace(' UTC', '+00')}).`;
  }],
  ['pg-check-failing-row-card', (x) => `${x.pgTs()} [${x.id()}] app@billing ERROR:  new row for relation "payment_methods" violates check constraint "payment_methods_last4_check"
${x.pgTs()} [${x.id()}] app@billing DETAIL:  Failing row contains (${x.id()}, ${x.id()}, visa, ${x.cardDigits()}, 12, 2028, ${x.name()}, t).`],
  ['pg-slow-params', (x) => `${x.pgTs()} [${x.r.int(100, 60000)}] LOG:  duration: ${x.r.int(500, 9000)}.${x.r.digits(3)} ms  execute <unnamed>: UPDATE users SET password_digest = $1, reset_password_token = NULL WHERE email = $2
${x.pgTs()} [${x.r.int(100, 60000)}] DETAIL:  parameters: $1 = '${x.hash()}', $2 = '${x.email()}'`],
  ['pg-slow-params-apikey', (x) => `LOG:  duration: ${x.r.int(200, 5000)}.${x.r.digits(3)} ms  execute S_3: INSERT INTO api_keys (account_id, name, token, last_used_at) VALUES ($1, $2, $3, $4)
DETAIL:  parameters: $1 = '${x.id()}', $2 = 'ci-deploy', $3 = '${x.tok()}', $4 = NULL`],
  ['pg-slow-literal', (x) => `${x.pgTs()} [${x.id()}]: [3-1] user=${x.dbUser()},db=${x.dbName()},app=puma,client=${x.host()} LOG:  duration: ${x.r.int(1000, 20000)}.${x.r.digits(3)} ms  statement: SELECT * FROM oauth_tokens WHERE refresh_token = '${x.tok('google-refresh-token')}' AND revoked_at IS NULL`],
  ['pg-auto-explain', (x) => {
    const u = x.person();
    return `LOG:  duration: ${x.r.int(300, 4000)}.${x.r.digits(3)} ms  plan:
	Query Text: SELECT p.* FROM patients p WHERE p.last_name = '${u.last}' AND p.date_of_birth = '${x.dob(0)}' AND p.ssn = '${x.ssn()}'
	Seq Scan on patients p  (cost=0.00..48211.20 rows=1 width=412) (actual time=0.031..812.455 rows=1 loops=1)
	  Filter: ((last_name)::text = '${u.last}'::text)
	  Rows Removed by Filter: ${x.r.int(10000, 900000)}`;
  }],
  ['pg-stat-statements-alter-role', (x) => ` userid | dbid  |       queryid        |                          query                                   | calls
--------+-------+----------------------+------------------------------------------------------------------+-------
     10 | ${x.r.int(10000, 20000)} | ${x.r.digits(19)} | ALTER ROLE ${x.pick(['reporting', 'metabase', 'grafana_ro'])} WITH LOGIN PASSWORD '${x.pw('nosq')}' |     1
     10 | ${x.r.int(10000, 20000)} | ${x.r.digits(18)} | SELECT $1                                                        |  ${x.r.int(1000, 90000)}`],
  ['pg-log-ddl-create-user', (x) => `${x.pgTs()} [${x.id()}] postgres@postgres LOG:  statement: CREATE USER ${x.pick(['airbyte', 'debezium', 'fivetran'])} WITH ENCRYPTED PASSWORD '${x.pw('nosq')}';`],
  ['psql-uri-cli', (x) => `+ psql "postgresql://${x.dbUser()}:${x.pw('url')}@${x.host()}:5432/${x.dbName()}?sslmode=require" -v ON_ERROR_STOP=1 -f migrations/0042_backfill.sql
psql: error: connection to server at "${x.host()}", port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.4.17", user "app", database "${x.dbName()}", no encryption`],
  ['pg-fk-detail', (x) => `ERROR:  insert or update on table "orders" violates foreign key constraint "orders_customer_email_fkey"
DETAIL:  Key (customer_email)=(${x.email()}) is not present in table "customers".`],
  ['pg-copy-context', (x) => {
    const u = x.person();
    return `ERROR:  invalid input syntax for type date: "${x.dob(1)}"
CONTEXT:  COPY customers, line ${x.r.int(2, 90000)}, column birth_date: "${x.dob(3)}"
-- previous row: ${x.r.int(2, 90000)},"${u.name}",${u.email},${x.nid()},"${x.addr()}"`;
  }],
  ['pg-too-long-card', (x) => `${x.pgTs()} [${x.id()}] ERROR:  value too long for type character varying(4)
${x.pgTs()} [${x.id()}] STATEMENT:  INSERT INTO cards (customer_id, last4, holder, exp) VALUES (${x.id()}, '${x.cardDigits()}', '${x.name()}', '09/29')`],
  ['pg-csvlog', (x) => `${x.pgTs()},"${x.dbUser()}","${x.dbName()}",${x.r.int(1000, 60000)},"10.0.3.${x.r.int(2, 250)}:${x.r.int(30000, 60000)}",${x.r.hex(8)}.${x.r.hex(4)},3,"INSERT",${x.pgTs()},7/${x.r.int(100, 9999)},0,ERROR,23505,"duplicate key value violates unique constraint ""password_resets_token_key""","Key (token)=(${x.reset()}) already exists.",,,,,"INSERT INTO password_resets (user_id, token, expires_at) VALUES (${x.id()}, '${x.reset()}', now() + interval '1 hour')",,,"rails"`],
  ['pg-jsonlog', (x) => JSON.stringify({ timestamp: x.pgTs(), user: x.dbUser(), dbname: x.dbName(), pid: x.r.int(100, 60000), error_severity: 'ERROR', state_code: '23505', message: 'duplicate key value violates unique constraint "bank_accounts_iban_key"', detail: `Key (iban)=(${x.ibanCompact()}) already exists.`, statement: `INSERT INTO bank_accounts (owner_name, iban, bic) VALUES ('${x.name()}', $1, 'COBADEFFXXX')`, application_name: 'payouts-worker', backend_type: 'client backend' })],
  ['pg-dump-copy-users', (x) => {
    const rows = Array.from({ length: 2 }, () => {
      const u = x.person();
      return `${x.id()}\t${u.email}\t${u.name}\t${x.hash()}\t${x.phone()}\t${x.pgTs().replace(' UTC', '+00')}`;
    });
    return `--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
-- Dumped by pg_dump version 16.2

COPY public.users (id, email, full_name, encrypted_password, phone, created_at) FROM stdin;
${rows.join('\n')}
\\.`;
  }],
  ['pg-dump-insert-tokens', (x) => `-- Data for Name: oauth_access_tokens; Type: TABLE DATA; Schema: public; Owner: ${x.dbUser()}
INSERT INTO public.oauth_access_tokens (id, resource_owner_id, application_id, token, refresh_token, expires_in, scopes) VALUES (${x.id()}, ${x.id()}, 3, '${x.jwt()}', '${x.c('refresh-token', x.r.b64url(32))}', 7200, 'read write');
INSERT INTO public.oauth_access_tokens (id, resource_owner_id, application_id, token, refresh_token, expires_in, scopes) VALUES (${x.id()}, ${x.id()}, 3, '${x.c('access-token', x.r.b64url(32))}', NULL, 7200, 'public');`],
  ['pg-rds-prefix', (x) => `${x.pgTs()}:10.0.${x.r.int(0, 9)}.${x.r.int(2, 250)}(${x.r.int(30000, 60000)}):${x.dbUser()}@${x.dbName()}:[${x.r.int(1000, 30000)}]:ERROR:  duplicate key value violates unique constraint "sessions_session_id_key"
${x.pgTs()}:10.0.1.5(51234):${x.dbUser()}@${x.dbName()}:[${x.r.int(1000, 30000)}]:DETAIL:  Key (session_id)=(${x.sess()}) already exists.`],
  ['pg-uuid-syntax', (x) => `ERROR:  invalid input syntax for type uuid: "${x.reset()}"
LINE 1: SELECT * FROM password_resets WHERE id = '${x.r.uuid()}' OR token = '…
STATEMENT:  SELECT * FROM password_resets WHERE token = $1`],
  ['pg-plpgsql-raise', (x) => `ERROR:  card ${x.card()} already linked to account ${x.acct()}
CONTEXT:  PL/pgSQL function link_card(bigint,text) line 14 at RAISE
STATEMENT:  SELECT link_card(${x.id()}, $1)`],
  ['pg-dblink', (x) => `${x.pgTs()} [${x.id()}] LOG:  statement: SELECT dblink_connect('legacy', 'host=${x.host()} port=5432 dbname=${x.dbName()} user=${x.dbUser()} password=${x.pw('url')} sslmode=require');`],
  ['pg-fdw-user-mapping', (x) => `LOG:  statement: CREATE USER MAPPING FOR app_rw SERVER warehouse OPTIONS (user 'etl_reader', password '${x.pw('nosq')}');
ERROR:  user mapping for "app_rw" already exists for server "warehouse"`],
  ['pgpass-dump', (x) => `$ cat ~/.pgpass
${x.host()}:5432:${x.dbName()}:${x.dbUser()}:${x.pw('url')}
*:5432:*:replicator:${x.pw('url')}
$ chmod 0600 ~/.pgpass`],
  ['pg-stat-activity', (x) => ` pid  | usename | state  |                               query
------+---------+--------+--------------------------------------------------------------------
 ${x.r.int(1000, 9999)} | ${x.dbUser()}     | active | UPDATE customers SET tax_id = '${x.nid()}', phone = '${x.phone()}' WHERE id = ${x.id()}
 ${x.r.int(1000, 9999)} | ${x.dbUser()}     | idle   | COMMIT`],
  ['pg-deadlock-detail', (x) => `ERROR:  deadlock detected
DETAIL:  Process ${x.r.int(1000, 9999)} waits for ShareLock on transaction ${x.r.int(100000, 999999)}; blocked by process ${x.r.int(1000, 9999)}.
	Process ${x.r.int(1000, 9999)}: UPDATE accounts SET routing_number = '${x.routing()}', account_number = '${x.acct()}' WHERE user_id = ${x.id()}
HINT:  See server log for query details.`],
  ['pg-totp-update', (x) => `LOG:  duration: ${x.r.int(200, 3000)}.${x.r.digits(3)} ms  statement: UPDATE users SET otp_secret = '${x.totp()}', otp_required_for_login = true WHERE id = ${x.id()}`],
  ['pg-scram-authid', (x) => `postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;
   rolname   |    rolpassword
-------------+-----------------------------------------------------
 ${x.dbUser()} | ${x.c('scram-verifier', `SCRAM-SHA-256$4096:${x.r.b64(16)}$${x.r.b64(32)}:${x.r.b64(32)}`)}
(1 row)`],
];
