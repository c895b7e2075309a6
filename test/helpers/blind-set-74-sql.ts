import type { Tpl } from './blind-set-74-core';
import { aspnetHash } from './blind-set-74-values';

/** MySQL/MariaDB, SQL Server, Oracle and SQLite errors, query logs and dumps. */
export const SQL: Tpl[] = [
  ['mysql-dup-email', (x) => `ERROR 1062 (23000) at line ${x.r.int(2, 900)}: Duplicate entry '${x.email()}' for key 'users.index_users_on_email'`],
  ['mysql-dup-composite', (x) => `java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '${x.id()}-${x.tok('internal-api-key')}' for key 'api_keys.uniq_account_key'
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:117)
	at com.mysql.cj.jdbc.ClientPreparedStatement.executeUpdateInternal(ClientPreparedStatement.java:1061)`],
  ['mysql-general-log', (x) => {
    const u = x.person();
    return `${x.ts()}	   ${x.r.int(10, 999)} Connect	${x.dbUser()}@10.0.2.${x.r.int(2, 250)} on shop_prod using TCP/IP
${x.ts()}	   ${x.r.int(10, 999)} Query	INSERT INTO customers (first_name, last_name, email, phone, street, created_at) VALUES ('${u.first}', '${u.last}', '${u.email}', '${x.phone()}', '${x.addr()}', NOW())`;
  }],
  ['mysql-slow-log', (x) => `# Time: ${x.ts()}
# User@Host: ${x.dbUser()}[${x.dbUser()}] @  [10.0.1.${x.r.int(2, 250)}]  Id: ${x.r.int(1000, 99999)}
# Query_time: ${x.r.int(2, 30)}.${x.r.digits(6)}  Lock_time: 0.000${x.r.digits(3)} Rows_sent: 1  Rows_examined: ${x.r.int(100000, 9000000)}
SET timestamp=${x.r.int(1735689600, 1765000000)};
SELECT id, full_name, dob FROM members WHERE ssn = '${x.ssn()}' OR email = '${x.email()}' LIMIT 1;`],
  ['mysql-data-too-long', (x) => `Illuminate\\Database\\QueryException: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'card_last4' at row 1 (Connection: mysql, SQL: insert into \`payment_methods\` (\`user_id\`, \`card_last4\`, \`card_holder\`, \`updated_at\`) values (${x.id()}, ${x.cardDigits()}, ${x.name()}, 2025-05-04 11:02:19))`],
  ['laravel-dup', (x) => {
    const u = x.person();
    return `[${x.ts().slice(0, 19).replace('T', ' ')}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${u.email}' for key 'users_email_unique' (Connection: mysql, SQL: insert into \`users\` (\`name\`, \`email\`, \`password\`, \`remember_token\`, \`updated_at\`, \`created_at\`) values (${u.name}, ${u.email}, ${x.c('bcrypt-hash', `$2y$10$${x.r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`)}, ${x.c('remember-token', x.r.b62(60))}, 2025-03-14 09:12:33, 2025-03-14 09:12:33)) {"exception":"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000)"}`;
  }],
  ['mysql-cli-password', (x) => `+ mysql -h ${x.host()} -u ${x.dbUser()} -p'${x.pw('nosq')}' ${x.dbName()} -e "SOURCE /tmp/seed.sql"
mysql: [Warning] Using a password on the command line interface can be insecure.
ERROR 1045 (28000): Access denied for user '${x.dbUser()}'@'10.0.5.${x.r.int(2, 250)}' (using password: YES)`],
  ['mysqldump-users', (x) => {
    const a = x.person();
    const b = x.person();
    return `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: ${x.host()}    Database: ${x.dbName()}
-- ------------------------------------------------------
LOCK TABLES \`users\` WRITE;
INSERT INTO \`users\` VALUES (${x.id()},'${a.email}','${a.name}','${x.hash()}','${x.dob(0)}'),(${x.id()},'${b.email}','${b.name}','${x.hash()}','${x.dob(0)}');
UNLOCK TABLES;`;
  }],
  ['mysql-create-user', (x) => `${x.ts()}	    ${x.r.int(5, 99)} Query	CREATE USER '${x.pick(['metabase', 'reporting', 'backup'])}'@'%' IDENTIFIED BY '${x.pw('nosq')}'`],
  ['mariadb-audit', (x) => `${x.ts().slice(0, 10).replace(/-/g, '')} ${x.ts().slice(11, 19)},db-${x.r.int(1, 4)},${x.dbUser()},10.0.1.${x.r.int(2, 250)},${x.r.int(100, 999)},${x.r.int(1000, 99999)},QUERY,${x.dbName()},'UPDATE users SET api_token=\\'${x.tok()}\\' WHERE id=${x.id()}',0`],
  ['mysql-user-hash', (x) => `mysql> SELECT user, host, plugin, authentication_string FROM mysql.user;
+------------------+-----------+-----------------------+-------------------------------------------+
| user             | host      | plugin                | authentication_string                     |
+------------------+-----------+-----------------------+-------------------------------------------+
| ${x.dbUser().padEnd(16)} | %         | mysql_native_password | ${x.c('mysql-native-hash', `*${x.r.chars('0123456789ABCDEF', 40)}`)} |
+------------------+-----------+-----------------------+-------------------------------------------+`],
  ['pt-query-digest', (x) => `# Query 1: 0.42 QPS, 1.21x concurrency, ID 0x${x.r.hex(32).toUpperCase()} at byte ${x.r.int(1000, 99999)}
# Exec time     78     ${x.r.int(100, 900)}s    ${x.r.int(1, 9)}s
# Databases    ${x.dbName()}
# EXPLAIN /*!50100 PARTITIONS*/
SELECT * FROM bank_accounts WHERE routing_number = '${x.routing()}' AND account_number = '${x.acct()}'\\G`],
  ['mssql-unique', (x) => `Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Customers_Email'. Cannot insert duplicate key in object 'dbo.Customers'. The duplicate key value is (${x.email()}).
The statement has been terminated.
   at Microsoft.Data.SqlClient.SqlCommand.ExecuteNonQuery()
ClientConnectionId:${x.r.uuid()}
Error Number:2627,State:1,Class:14`],
  ['mssql-pk-iban', (x) => `Msg 2627, Level 14, State 1, Line ${x.r.int(1, 90)}
Violation of PRIMARY KEY constraint 'PK_Payees'. Cannot insert duplicate key in object 'dbo.Payees'. The duplicate key value is (${x.ibanCompact()}, ${x.id()}).`],
  ['mssql-truncated', (x) => `Msg 2628, Level 16, State 1, Procedure usp_SavePayment, Line ${x.r.int(10, 200)}
String or binary data would be truncated in table 'PaymentsDb.dbo.Payments', column 'CardLast4'. Truncated value: '${x.cardDigits()}'.`],
  ['mssql-xevent', (x) => `exec sp_executesql N'UPDATE [Users] SET [PasswordHash] = @p0, [SecurityStamp] = @p1 WHERE [Id] = @p2;
SELECT @@ROWCOUNT;',N'@p2 nvarchar(450),@p0 nvarchar(max),@p1 nvarchar(max)',@p2=N'${x.r.uuid()}',@p0=N'${x.c('aspnet-identity-hash', aspnetHash(x.r))}',@p1=N'${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}'`],
  ['mssql-bulk-insert-row', (x) => `Msg 4863, Level 16, State 1, Line 3
Bulk load data conversion error (truncation) for row ${x.r.int(2, 9000)}, column 6 (DateOfBirth).
-- row ${x.r.int(2, 9000)}: "${x.name()}","${x.email()}","${x.phone()}","${x.addr()}","${x.nid()}","${x.dob(3)}"`],
  ['oracle-bind-dump', (x) => ` Bind#0
  oacdty=01 mxl=128(80) mxlc=00 mal=00 scl=00 pre=00
  oacflg=03 fl2=1000010 frm=01 csi=873 siz=256 off=0
  kxsbbbfp=7f1c2a3e9b18  bln=128  avl=${x.r.int(10, 40)}  flg=05
  value="${x.email()}"
 Bind#1
  oacdty=01 mxl=32(20) mxlc=00 mal=00 scl=00 pre=00
  value="${x.nid()}"
 Bind#2
  oacdty=01 mxl=128(64) mxlc=00 mal=00 scl=00 pre=00
  value="${x.cardDigits()}"`],
  ['oracle-ora00001-app', (x) => `ORA-00001: unique constraint (CRM.UK_CONTACT_PHONE) violated
ORA-06512: at "CRM.PKG_CONTACTS", line ${x.r.int(20, 900)}
ORA-06512: at line 1
Bind variables: :1 = '${x.name()}', :2 = '${x.phone()}', :3 = '${x.email()}'`],
  ['oracle-sqlplus', (x) => `+ sqlplus -s ${x.dbUser()}/"${x.pw('plain')}"@//${x.host()}:1521/ORCLPDB1 @deploy/run_all.sql
ERROR:
ORA-28000: The account is locked.`],
  ['oracle-alter-user', (x) => {
    const pw = x.pw('plain');
    return `SQL> ALTER USER app_owner IDENTIFIED BY "${pw}" ACCOUNT UNLOCK;
ALTER USER app_owner IDENTIFIED BY "${pw}" ACCOUNT UNLOCK
*
ERROR at line 1:
ORA-28007: the password cannot be reused`;
  }],
  ['sqlite-python', (x) => {
    const u = x.person();
    return `Traceback (most recent call last):
  File "/srv/app/signup.py", line ${x.r.int(20, 300)}, in create_user
    cur.execute("INSERT INTO users (email, name, phone, password_hash) VALUES (?, ?, ?, ?)", params)
    params = ('${u.email}', "${u.name}", '${x.phone()}', '${x.c('pbkdf2-hash', `pbkdf2:sha256:600000$${x.r.b62(16)}$${x.r.hex(64)}`)}')
sqlite3.IntegrityError: UNIQUE constraint failed: users.email`;
  }],
  ['sqlite-dump', (x) => `PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id INTEGER, data TEXT, expires_at INTEGER);
INSERT INTO sessions VALUES('${x.sess()}',${x.id()},'{"user_id":${x.id()},"csrf":"${x.r.b64url(24)}","access_token":"${x.jwt()}"}',${x.r.int(1735689600, 1765000000)});
COMMIT;`],
  ['mysql-go-driver', (x) => `panic: Error 1062 (23000): Duplicate entry '${x.phone(true)}' for key 'users.phone_e164'

goroutine 1 [running]:
main.seedUsers(0xc0001b2000, {0xc0000a6c60, 0x3, 0x4})
	/app/cmd/seed/main.go:${x.r.int(40, 200)} +0x3a5`],
  ['mysql-binlog', (x) => `#250314  9:12:33 server id 1  end_log_pos ${x.r.int(1000, 99999)} CRC32 0x${x.r.hex(8)} 	Rows_query
# UPDATE payouts SET iban = '${x.iban()}', holder = '${x.name()}' WHERE id = ${x.id()}
### UPDATE \`payments\`.\`payouts\`
### WHERE
###   @1=${x.id()}`],
];
