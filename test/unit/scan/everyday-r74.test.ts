import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, UP, aba, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r74 (blind set 74: database, ORM, cache and search errors that echo the data): values whose column is
 * named in a separate list and paired by place (`Key (…)=(…)` details, ORM parameter lists against their
 * statements, Django values_list tuples, COPY data, fixed-width result tables, session-store rows, compared
 * literals, Rails bind pairs), DynamoDB typed secret attributes, Sanctum plain-text tokens, MFA seeds, MySQL
 * duplicate entries on secret keys, ADO.NET passwords up to their `;` — in contexts other than the set's (other
 * drivers, shells and log shapes); beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;

describe('round r74: values paired with a column named elsewhere', () => {
  it('finds a secret or session id in a Key detail, not an id, a mask or a UUID', () => {
    const a = mix(32);
    expect(found(`psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "api_clients_api_key_key"\nDETAIL:  Key (api_key)=(${a}) already exists.`, a)).toBe(true);
    const b = mix(40);
    expect(found(`ERROR: duplicate key value violates unique constraint "uq_tenant_webhook"\n  Detail: Key (tenant_id, webhook_secret)=(${randomInt(9999)}, ${b}) already exists.`, b)).toBe(true);
    const c = str(HEX, 48);
    expect(found(`insert or update on table "session_events" violates foreign key constraint "fk_session"\nDETAIL: Key (session_id)=(${c}) is not present in table "sessions".`, c)).toBe(true);
    expect(clean(`DETAIL:  Key (order_id)=(${randomInt(99999)}) already exists.`)).toEqual([]);
    expect(clean('DETAIL:  Key (token)=(********) already exists.')).toEqual([]);
    expect(clean(`DETAIL:  Key (session_id)=(${uuid()}) is not present in table "sessions".`)).toEqual([]);
  });

  it('finds a secret in an ORM parameter list by its placeholder, not a status or a filtered value', () => {
    const a = mix(36);
    expect(found(`knex:query update "integrations" set "access_token" = ? where "id" = ? - bindings: ["${a}",${randomInt(999)}]`, a)).toBe(true);
    const b = mix(43, '_-');
    expect(found(`query failed: INSERT INTO "password_reset" ("user_id", "reset_token") VALUES ($1, $2) -- PARAMETERS: [${randomInt(999)},"${b}"]`, b)).toBe(true);
    expect(clean(`query: UPDATE "job" SET "status" = $1 WHERE "id" = $2 -- PARAMETERS: ["completed_with_errors",${randomInt(999)}]`)).toEqual([]);
    expect(clean('query: UPDATE "users" SET "api_token" = $1 WHERE "id" = $2 -- PARAMETERS: ["[FILTERED]",12]')).toEqual([]);
  });

  it('finds a secret in the tuples of a values_list, not a non-secret column or a setting name', () => {
    const a = mix(40);
    expect(found(`In [3]: OAuthApp.objects.values_list("client_id", "client_secret")\nOut[3]: <QuerySet [('web-portal', '${a}')]>`, a)).toBe(true);
    const t = str(HEX, 40);
    expect(found(`>>> Token.objects.values_list('key', flat=True)\n<QuerySet ['${t}']>`, t)).toBe(true);
    expect(clean(`>>> Order.objects.values_list("id", "status")\n<QuerySet [(${randomInt(999)}, 'awaiting_payment')]>`)).toEqual([]);
    expect(clean(">>> Setting.objects.values_list('key', 'value')\n<QuerySet [('site_name', 'Acme Support Desk')]>")).toEqual([]);
  });

  it('finds a secret in COPY data and a settings table, not the other columns or a site title', () => {
    const a = mix(40);
    expect(found(`pg_restore: COPY public.oauth_tokens (id, user_id, refresh_token, expires_at) FROM stdin;\n${randomInt(999)}\t${randomInt(999)}\t${a}\t2026-04-01 00:00:00\n\\.`, a)).toBe(true);
    const b = `sk_${mix(30)}`;
    expect(found(`COPY public.app_config (name, value) FROM stdin;\nstripe.secret_key\t${b}\nsite.title\tAcme\n\\.`, b)).toBe(true);
    expect(clean(`COPY public.orders (id, status, total) FROM stdin;\n${randomInt(999)}\tshipped_partially\t42.10\n\\.`)).toEqual([]);
    expect(clean('COPY public.app_config (name, value) FROM stdin;\nsite.title\tAcme Support Portal\nmail.sender\tnoreply-billing\n\\.')).toEqual([]);
  });

  it('finds a secret under its header in a fixed-width table, not under a name column', () => {
    const a = mix(40);
    expect(found(`1> SELECT name, api_key FROM dbo.Partners\n2> GO\nname         api_key\n------------ ----------------------------------------\nacme-sync    ${a}\n\n(1 row affected)`, a)).toBe(true);
    const b = mix(32);
    expect(found(`SQL> select username, password from app_users where rownum = 1;\n\nUSERNAME             PASSWORD\n-------------------- --------------------------------\nbatch_loader         ${b}`, b)).toBe(true);
    expect(clean('name         region\n------------ ----------------------\nacme-sync    eu-west-1-production\n')).toEqual([]);
    expect(clean('USERNAME             STATUS\n-------------------- --------------------------------\nbatch_loader         EXPIRED_AND_LOCKED_NOW\n')).toEqual([]);
  });
});

describe('round r74: session stores, typed attributes and tokens', () => {
  it('finds a session id in a session store row, not an analytics export or a UUID', () => {
    const a = str(LO + DIG, 32);
    expect(found(`session_key,session_data,expire_date\n${a},"eyJfYXV0aF91c2VyX2lkIjoiMSJ9",2026-05-01 00:00:00`, a)).toBe(true);
    const b = str(LO + DIG, 40);
    expect(found(`CREATE TABLE "user_sessions" ("sid" varchar NOT NULL, "sess" json NOT NULL, "expire" timestamp(6) NOT NULL);\nINSERT INTO "user_sessions" VALUES('${b}','{}','2026-05-01');`, b)).toBe(true);
    const c = `${mix(30)}_x`;
    expect(found(`{"c":"COMMAND","msg":"Slow query","attr":{"ns":"portal.sessions","command":{"delete":"sessions","deletes":[{"q":{"_id":"${c}"},"limit":1}]}}}`, c)).toBe(true);
    expect(clean(`session_id,page,duration_ms\n${str(LO + DIG, 32)},/pricing,${randomInt(9999)}`)).toEqual([]);
    expect(clean(`sid,sess,expire\n${uuid()},"{}",2026-05-01`)).toEqual([]);
    expect(clean(`{"attr":{"ns":"portal.sessions","command":{"q":{"_id":"${str(HEX, 24)}"}}}}`)).toEqual([]);
  });

  it('finds a session id a Rails session store binds, not a UUID or a filtered one', () => {
    const a = str(HEX, 40);
    expect(found(`  ActiveRecord::SessionStore::Session Destroy (0.3ms)  DELETE FROM "sessions" WHERE "sessions"."session_id" = $1  [["session_id", "${a}"]]`, a)).toBe(true);
    const b = mix(43, '_-');
    expect(found(`  Session Load (0.5ms)  SELECT "sessions".* FROM "sessions" WHERE "sessions"."sid" = $1 LIMIT $2  [["sid", "${b}"], ["LIMIT", 1]]`, b)).toBe(true);
    expect(clean('  Session Load (0.5ms)  SELECT "sessions".* FROM "sessions" WHERE "sessions"."session_id" = $1  [["session_id", "[FILTERED]"]]')).toEqual([]);
    expect(clean(`  Session Load (0.5ms)  SELECT "sessions".* FROM "sessions" WHERE "sessions"."session_id" = $1  [["session_id", "${uuid()}"]]`)).toEqual([]);
  });

  it('finds a secret as a DynamoDB typed attribute, not a key id or a placeholder', () => {
    const a = mix(40);
    expect(found(`$ aws dynamodb get-item --table-name Integrations --key '{"pk":{"S":"ORG#12"}}'\n{"Item": {"pk": {"S": "ORG#12"}, "refreshToken": {"S": "${a}"}}}`, a)).toBe(true);
    const b = mix(32);
    expect(found(`botocore response: {'Item': {'apiSecret': {'S': '${b}'}, 'tenant': {'S': 'acme'}}}`, b)).toBe(true);
    expect(clean(`{"Item": {"pk": {"S": "USER#${randomInt(99999)}"}, "plan": {"S": "enterprise_annual"}}}`)).toEqual([]);
    expect(clean('{"Item": {"apiKey": {"S": "REDACTED"}, "status": {"S": "active"}}}')).toEqual([]);
  });

  it('finds a Sanctum plain-text token where Sanctum is named, not a short or uniform one', () => {
    const a = `${randomInt(9999)}|${mix(40)}`;
    expect(found(`[2026-04-01 09:00:00] production.INFO: sanctum token issued {"plainTextToken":"${a}"}`, a)).toBe(true);
    const b = `${randomInt(9999)}|${mix(40)}`;
    expect(found(`>>> $user->createToken('ci')->plainTextToken;\n=> "${b}"`, b)).toBe(true);
    expect(clean('sanctum: token 12|abc revoked')).toEqual([]);
    expect(clean(`sanctum: token ${randomInt(99)}|${'a'.repeat(40)} revoked`)).toEqual([]);
  });

  it('finds an MFA seed under its key, not a status or a uniform string', () => {
    const a = str(B32, 32);
    expect(found(`redis> HGET user:881 profile\n"{\\"mfaSeed\\":\\"${a}\\",\\"locale\\":\\"de\\"}"`, a)).toBe(true);
    const b = str(B32, 16);
    expect(found(`UPDATE accounts SET two_factor_seed='${b}' WHERE id=${randomInt(999)}`, b)).toBe(true);
    expect(clean('{"mfaSeed":"PENDING","otpKey":null}')).toEqual([]);
    expect(clean('{"otpKey":"AAAAAAAAAAAAAAAA"}')).toEqual([]);
  });

  it('finds a secret in a MySQL duplicate entry on a secret key, not a username', () => {
    const a = mix(40);
    expect(found(`ActiveRecord::RecordNotUnique: Mysql2::Error: Duplicate entry '${a}' for key 'api_tokens.index_api_tokens_on_token'`, a)).toBe(true);
    const b = mix(32);
    expect(found(`IntegrityError: (1062, "Duplicate entry '${randomInt(9999)}-${b}' for key 'uniq_refresh_token'")`, b)).toBe(true);
    expect(clean(`Duplicate entry 'alice-${randomInt(99)}' for key 'users.uniq_username'`)).toEqual([]);
    expect(clean(`Duplicate entry '${randomInt(9999)}-2026-04-01' for key 'daily_reports.uniq_account_day'`)).toEqual([]);
  });

  it('finds an ADO.NET password up to its semicolon, not an empty or referenced one', () => {
    const a = `${mix(10)},${str(UP, 3)}&${str(DIG, 3)}`;
    expect(found(`Npgsql.NpgsqlException: Failed to connect\n  Host=pg02.internal;Port=5432;Username=etl;Password=${a};Pooling=true`, a)).toBe(true);
    const b = `${mix(12)}#${str(DIG, 2)},x`;
    expect(found(`Unable to open "Address=10.1.2.3;Database=crm;User Id=crm_app;Password=${b};Timeout=15"`, b)).toBe(true);
    expect(clean('Host=pg02.internal;Port=5432;Username=etl;Password=${DB_PASSWORD};Pooling=true')).toEqual([]);
    expect(clean('Host=pg02.internal;Username=etl;Password=********;SSL Mode=Require')).toEqual([]);
  });
});

describe('round r74: personal and financial values paired with their column', () => {
  it('finds a name or bank number in a parameter list by its placeholder, not a status or a bad routing number', () => {
    const f = family();
    expect(found(`knex:query update "patients" set "surname" = ? where "id" = ? - bindings: ["${f}",${randomInt(999)}]`, f)).toBe(true);
    const p = person();
    expect(found(`==>  Preparing: INSERT INTO payee (holder_name, iban_country) VALUES (?, ?)\n==> Parameters: ${p}(String), DE(String)`, p)).toBe(true);
    const r = aba();
    expect(found(`query: UPDATE "payout" SET "routing_number" = $1 WHERE "id" = $2 -- PARAMETERS: ["${r}",${randomInt(999)}]`, r)).toBe(true);
    const acct = `${1 + randomInt(8)}${str(DIG, 9)}`;
    expect(found(`DrizzleQueryError: Failed query: update "bank_accounts" set "account_number" = $1 where "id" = $2\nparams: ${acct},${randomInt(999)}`, acct)).toBe(true);
    expect(clean(`query: UPDATE "member" SET "status" = $1 WHERE "id" = $2 -- PARAMETERS: ["Active",${randomInt(999)}]`)).toEqual([]);
    expect(clean('query: UPDATE "payout" SET "routing_number" = $1 WHERE "id" = $2 -- PARAMETERS: ["123456789",7]')).toEqual([]);
    expect(clean('query: UPDATE "ledger" SET "account_id" = $1 WHERE "id" = $2 -- PARAMETERS: ["4410020031",7]')).toEqual([]);
  });

  it('finds a name compared with its column and a name in a Rails bind pair, not a plan name or a filtered bind', () => {
    const g = given();
    expect(found(`LOG:  duration: 1811.2 ms  statement: SELECT id FROM contacts WHERE first_name = '${g}' ORDER BY id`, g)).toBe(true);
    const f = family();
    expect(found(`        Filter: ((surname)::text = '${f}'::text)`, f)).toBe(true);
    const h = given();
    expect(found(`  Guest Create (1.1ms)  INSERT INTO "guests" ("given_name", "created_at") VALUES ($1, $2)  [["given_name", "${h}"], ["created_at", "2026-04-01 10:00:00"]]`, h)).toBe(true);
    expect(clean("SELECT id FROM plans WHERE name = 'Premium Annual' AND status = 'Active'")).toEqual([]);
    expect(clean('  Guest Load (0.4ms)  SELECT "guests".* FROM "guests" WHERE "guests"."first_name" = $1  [["first_name", "[FILTERED]"]]')).toEqual([]);
  });

  it('finds a name or birth date in a DynamoDB typed attribute, a search query clause and a mapper error, not a product or a plan', () => {
    const f = family();
    expect(found(`ConditionalCheckFailedException: {"Item": {"pk": {"S": "GUEST#${randomInt(999)}"}, "lastName": {"S": "${f}"}}}`, f)).toBe(true);
    const p = person();
    expect(found(`[index.search.slowlog.query] took[2.2s], source[{"query":{"match_phrase":{"patient.full_name":{"query":"${p}"}}}}]`, p)).toBe(true);
    const d = `19${40 + randomInt(59)}-0${1 + randomInt(8)}-1${randomInt(9)}`;
    expect(found(`{"type":"document_parsing_exception","reason":"failed to parse field [applicant.birth_date] of type [date] in document with id '9'. Preview of field's value: '${d}'"}`, d)).toBe(true);
    expect(clean('{"Item": {"pk": {"S": "SKU#1"}, "name": {"S": "Premium Annual"}, "status": {"S": "Active"}}}')).toEqual([]);
    expect(clean('source[{"query":{"term":{"plan.name.keyword":"Gold Monthly"}}}]')).toEqual([]);
    expect(clean(`failed to parse field [created_at] of type [date] in document with id '9'. Preview of field's value: '2026-13-45'`)).toEqual([]);
  });
});
