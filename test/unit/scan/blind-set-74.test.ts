import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet74 } from '../../helpers/blind-set-74';
import { formatOk74 } from '../../helpers/blind-set-74-format';

/**
 * Sealed blind set 74: database, ORM, cache and search errors that echo the data. PostgreSQL server logs
 * (unique/not-null/check/FK `DETAIL`s, `Failing row contains`, `STATEMENT:`, slow-query `duration:` lines with
 * literals and `parameters: $1 = '…'`, auto_explain, pg_stat_statements, csvlog/jsonlog, RDS prefixes, COPY
 * contexts, dblink/FDW, pg_authid SCRAM verifiers, .pgpass, pg_dump COPY/INSERT data); MySQL/MariaDB (`Duplicate
 * entry`, general/slow/audit/binlog logs, mysqldump, mysql.user hashes, pt-query-digest), SQL Server (2627/2628
 * with values, sp_executesql traces, bulk load), Oracle (bind dumps, sqlplus/ALTER USER), SQLite; ORMs and drivers
 * (Prisma, Sequelize, TypeORM, Knex, Drizzle, node-postgres, pg-promise, Objection, Mongoose, ActiveRecord binds,
 * Sequel, Django, SQLAlchemy, Hibernate 5/6, Spring/JDBC, MyBatis, jOOQ, EF Core sensitive logging, Npgsql, GORM,
 * Go struct dumps, Rust sqlx, Ecto changesets, Laravel/Doctrine); MongoDB, Redis (MONITOR, SLOWLOG, HGETALL, URLs),
 * Elasticsearch/OpenSearch, DynamoDB, Cassandra, Snowflake, BigQuery, ClickHouse, Cosmos DB; connection strings in
 * every driver's form and migration tools (Flyway, Liquibase, Alembic, Rails, Prisma migrate) and backup jobs;
 * query results, shells and CDC events printing rows of api_keys/oauth_tokens/sessions/password_resets/cards/payouts.
 * Password hashes (bcrypt, argon2, PBKDF2, ASP.NET Identity, SCRAM verifiers, mysql_native) are planted as
 * credentials (judged secret: offline cracking). Negatives: the same formats with ids, enums, UUIDs, hashes of
 * content, placeholders, `[FILTERED]`/`***`/`<credentials>`/`(redacted)` values, query plans, card fingerprints and
 * last4, encrypted-at-rest ciphertext (judged no secret), loopback test DSNs with image defaults (judged no secret),
 * AWS documentation keys and business addresses.
 * Seed 1: 865 positives from 187 templates, 1844 values (1008 credential, 568 personal, 268 financial),
 * 192 negatives from 64 templates.
 * First sight (lead, 2026-12-07 03:12 UTC, main 44f82c9, 1534 detectors): seeds 1–3 82.7–83.4 % of values fully covered
 * (credential 79.4–79.8 %, personal 85.4–87.0 %, financial 88.4–90.3 %), 3.1 % of negatives flagged.
 * After round r74 (21 detectors, src/scan/detectors/database-r74.ts, database-r74-lists.ts, database-r74-rows.ts,
 * database-r74-people.ts, database-r74-docs.ts): seeds 1–3 91.3–92.4 % (credential 90.3–91.1 %, personal 91.9–93.5 %,
 * financial 92.9–94.8 %), 3.1 % flagged (unchanged: a loopback DSN's `root` and a business address with its phone);
 * left: password hashes (bcrypt, argon2, PBKDF2, ASP.NET Identity, SCRAM verifiers, mysql_native; ~7 % of the
 * credentials) — the scanner holds a stored hash to be no secret (isStoredPasswordHash, everyday tests of rounds 17,
 * 37 and 38), and reversing that is a policy call, not a round's; dates of birth and numbers in `Failing row contains
 * (…)` and `INSERT … VALUES (…)` without a column list (a birthday and a timestamp look alike there), a reset token
 * echoed by `invalid input syntax for type uuid`, names in ClickHouse parse errors, bare account numbers in PL/pgSQL
 * RAISE prose, provider keys in untyped dump rows (`'datadog-api','<32 hex>'`), some 19-digit card numbers in tuples.
 */
describeBlindSet({ n: 74, build: buildBlindSet74, formatOk: formatOk74, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.91, minByGroup: { credential: 0.9, personal: 0.915, financial: 0.925 }, maxFlagged: 0.035 });
