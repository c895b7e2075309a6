import { B62, DIG, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';
import { abaR } from './generators-r71';

/**
 * Round r74 (blind set 74: database, ORM, cache and search errors that echo the data): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const pw = (r: Rng, n: number): string => `${mixed(r, n - 2)}${r.pick([',', '&', '#'])}${r.pick(['!', '~', '%'])}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** Samples of the round-r74 detectors, keyed by detector id. */
export const R74_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'sql-key-detail-secret': (r) => ['psql:seed.sql:41: ERROR:  duplicate key value violates unique constraint "webhooks_signing_secret_key"\nDETAIL:  Key (signing_secret)=(', mixed(r, 32), ') already exists.'],
  'sql-param-list-secret': (r) => [`knex: insert into "integrations" ("account_id", "api_token") values (?, ?) - bindings: [${r.int(100, 9999)}, "`, mixed(r, 36), '"]'],
  'django-values-list-secret': (r) => [">>> ApiClient.objects.values_list('name', 'client_secret')\n<QuerySet [('billing-sync', '", mixed(r, 40), "')]>"],
  'dynamodb-typed-secret-attribute': (r) => ['TransactionCanceledException: item {"tenant": {"S": "acme"}, "webhookSecret": {"S": "', mixed(r, 32), '"}}'],
  'laravel-sanctum-plaintext-token': (r) => ["[2026-03-02 10:00:00] local.DEBUG: sanctum issued token ", `${r.int(10, 99999)}|${mixed(r, 40)}`, ' for user 88'],
  'activerecord-session-store-bind': (r) => ['  ActiveRecord::SessionStore::Session Update (0.4ms)  UPDATE "sessions" SET "data" = $1 WHERE "sessions"."session_id" = $2  [["data", "BAh7"], ["session_id", "', r.str(HEX, 40), '"]]'],
  'mfa-seed-under-key': (r) => ['cache set user:4411 {"id":4411,"mfaSeed":"', r.str(B32, 32), '","locale":"en"}'],
  'mysql-duplicate-entry-secret': (r) => ["(1062, \"Duplicate entry '", mixed(r, 40), "' for key 'oauth_clients.oauth_clients_client_secret_unique'\")"],
  'adonet-connection-password': (r) => ['NpgsqlException: connection refused. Host=pg01.corp.example;Port=5432;Database=ledger;Username=ledger_app;Password=', pw(r, 18), ';Encrypt=True'],
  'pg-copy-data-secret': (r) => ['COPY public.webhook_endpoints (id, url, signing_secret) FROM stdin;\n' + `${r.int(1, 999)}\thttps://hooks.example.com/in\t`, mixed(r, 40), '\n\\.'],
  'fixed-width-table-secret': (r) => ['SQL> select client_id, client_secret from oauth_clients;\n\nCLIENT_ID            CLIENT_SECRET\n-------------------- ----------------------------------------\nbilling-sync         ', mixed(r, 40), '\n\n1 row selected.'],
  'session-store-csv-row': (r) => ['\nsid,sess,expire\n', r.str(URLSAFE, 32).replace(/^[-_]/, 'a'), ',"{""cookie"":{}}",2026-03-02 10:00:00'],
  'session-table-insert-row': (r) => ["CREATE TABLE django_sessions (session_key varchar(40) NOT NULL, session_data text, expire_date datetime);\nINSERT INTO django_sessions VALUES('", `${r.str(LOWER + DIG, 31)}9`, "','e30:1tZ',1767225600);"],
  'mongo-sessions-id': (r) => ['{"msg":"Slow query","attr":{"type":"command","ns":"web.sessions","command":{"find":"sessions","filter":{"_id":"', r.str(URLSAFE, 30) + 'a1', '"}}}}'],
  'sql-param-list-personal': (r) => ['QUERY OK source="patients" db=1.2ms\nUPDATE "patients" SET "last_name" = $1 WHERE "id" = $2 ["', r.pick(FAMILY), `", ${r.int(1, 9999)}]`],
  'sql-param-list-bank': (r) => ['query: UPDATE "payout_accounts" SET "routing_number" = $1 WHERE "id" = $2 -- PARAMETERS: ["', abaR(r), `",${r.int(1, 9999)}]`],
  'sql-compared-personal': (r) => ["duration: 2011.4 ms  statement: SELECT * FROM members m WHERE m.last_name = '", r.pick(FAMILY), "' AND m.active"],
  'rails-bind-person-name': (r) => ['  Customer Load (0.9ms)  SELECT "customers".* FROM "customers" WHERE "customers"."surname" = $1  [["surname", "', person(r).split(' ')[1]!, '"]]'],
  'dynamodb-typed-person-attribute': (r) => ['ValidationException on PutItem {"Item": {"pk": {"S": "GUEST#88"}, "lastName": {"S": "', r.pick(FAMILY), '"}}}'],
  'search-query-person-field': (r) => ['[index.search.slowlog.fetch] took[3.1s], source[{"query":{"match_phrase":{"patient.full_name":"', person(r), '"}}}]'],
  'es-mapper-preview-person': (r) => ['{"type":"document_parsing_exception","reason":"[1:88] failed to parse field [member.date_of_birth] of type [date] in document with id \'41\'. Preview of field\'s value: \'', `19${r.int(40, 99)}/0${r.int(1, 9)}/${r.int(10, 28)}`, '\'"}'],
};
