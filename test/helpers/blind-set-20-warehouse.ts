import { LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { cred, fin, jts20, once20, pers, pos, pyts20, iso20, type PosCase20 } from './blind-set-20-types';
import { awsKeyId, awsSecret, card, cpf, iban, pem, ssn, dni } from './blind-set-20-values';
import { person, publicIp } from './blind-set-20-people';

/** Warehouses and databases: Snowflake, BigQuery, Redshift, Databricks, Postgres, MySQL, SQL Server, Oracle, MongoDB, Elasticsearch, ClickHouse, Cassandra. */
export const warehouseCases: Record<string, PosCase20> = {
  'snowflake/jdbc-url': (r) => {
    const pw = r.urlPassword(18);
    return pos(
      `${jts20(r)} ERROR [main] n.s.c.j.SnowflakeConnectionV1 - Connection failed for jdbc:snowflake://ab${r.digits(5)}.eu-west-1.snowflakecomputing.com/?db=RAW&warehouse=LOAD_WH&user=KAFKA_SINK&password=${pw}&role=SYSADMIN\nnet.snowflake.client.jdbc.SnowflakeSQLException: Incorrect username or password was specified.`,
      cred('password', pw),
    );
  },
  'snowflake/create-stage': (r) => {
    const id = awsKeyId(r);
    const sk = awsSecret(r);
    return pos(
      `002003 (02000): SQL compilation error:\nStage 'RAW.PUBLIC.EVENTS_STAGE' does not exist or not authorized.\nQuery: CREATE OR REPLACE STAGE raw.public.events_stage URL='s3://acme-events-${r.hex(6)}/landing/' CREDENTIALS=(AWS_KEY_ID='${id}' AWS_SECRET_KEY='${sk}') FILE_FORMAT=(TYPE=PARQUET)`,
      cred('aws-access-key-id', id),
      cred('aws-secret-key', sk),
    );
  },
  'snowflake/copy-rejected-row': (r) => {
    const p = person(r);
    const s = ssn(r);
    return pos(
      `COPY INTO CRM.PUBLIC.APPLICANTS FROM @crm_stage/applicants_${r.int(1, 31)}.csv.gz ON_ERROR=CONTINUE\nfile: applicants_${r.int(1, 31)}.csv.gz, status: PARTIALLY_LOADED, rows_parsed: ${r.int(900, 1200)}, errors_seen: 1\nfirst_error: "Date '${p.dob.replace(/-/g, '/')}x' is not recognized", first_error_line: ${r.int(2, 900)}, first_error_character: 58, first_error_column_name: "APPLICANTS"["DOB":4]\nrejected_record: "${p.first} ${p.last}","${s}","${p.email}","${p.dob.replace(/-/g, '/')}x"`,
      pers('ssn', s),
      pers('email', p.email),
    );
  },
  'snowflake/python-connector': (r) => {
    const key = pem(r, 'ENCRYPTED PRIVATE KEY');
    return pos(`>>> conn = snowflake.connector.connect(user="SVC_ML", account="ab${r.digits(5)}", private_key=serialization.load_pem_private_key(b"""${key}""", password=None))\nTypeError: Password was not given but private key is encrypted`, cred('private-key-pem', key));
  },
  'bigquery/csv-parse-error': (r) => {
    const p = person(r);
    return pos(
      `google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 1; errors: 1. Please look into the errors[] collection for more details.\nerrors[0]: Could not parse '${p.email}' as INT64 for field customer_id (position 0) starting at location ${r.int(1000, 99999)} with message 'Unable to parse'; job: projects/acme-dw/jobs/job_${r.b62(27)}`,
      pers('email', p.email),
    );
  },
  'bigquery/sa-json-env': (r) => {
    const key = pem(r, 'PRIVATE KEY', '\\n');
    const json = `{"type":"service_account","project_id":"acme-dw","private_key_id":"${r.hex(40)}","private_key":"${key}\\n","client_email":"bq-loader@acme-dw.iam.gserviceaccount.com","client_id":"${r.digits(21)}"}`;
    return pos(`Error: GOOGLE_APPLICATION_CREDENTIALS_JSON could not be parsed as a credentials file: ${json}\n  at loadCredentials (/app/node_modules/@google-cloud/bigquery/build/src/bigquery.js:1021:15)`, cred('gcp-sa-private-key', key));
  },
  'bigquery/streaming-insert-errors': (r) =>
    once20(() => {
      const c = card(r);
      const p = person(r);
      return pos(
        `insertAll failed for table acme-dw:payments.raw_charges: [{"index":${r.int(0, 499)},"errors":[{"reason":"invalid","location":"card_last4","message":"Cannot convert value to integer."}]}]\nrow ${r.int(0, 499)}: {"charge_id":"ch_${r.b62(24)}","card_number":"${c}","card_last4":"x${c.slice(-4)}","email":"${p.email}"}`,
        fin('card', c),
        pers('email', p.email),
      );
    }),
  'redshift/copy-credentials': (r) => {
    const id = awsKeyId(r);
    const sk = awsSecret(r);
    return pos(
      `ERROR:  S3ServiceException:The AWS Access Key Id you provided does not exist in our records.,Status 403,Error InvalidAccessKeyId\nDETAIL:\n  error:  S3ServiceException\n  query:  ${r.int(1000000, 9999999)}\nSTATEMENT:  COPY staging.orders FROM 's3://acme-lake/orders/2026/12/' CREDENTIALS 'aws_access_key_id=${id};aws_secret_access_key=${sk}' FORMAT AS PARQUET;`,
      cred('aws-access-key-id', id),
      cred('aws-secret-key', sk),
    );
  },
  'redshift/stl-load-errors': (r) => {
    const p = person(r);
    return pos(
      `select * from stl_load_errors order by starttime desc limit 1;\n userid | query | filename | line_number | colname | type | raw_line | err_reason\n ${r.int(100, 200)} | ${r.int(100000, 999999)} | s3://acme-lake/crm/contacts_0001_part_00 | ${r.int(2, 9999)} | phone | varchar | ${p.first}|${p.last}|${p.email}|${p.phone}|${p.street} | String length exceeds DDL length`,
      pers('email', p.email),
      pers('phone', p.phone),
      pers('street-address', p.street),
    );
  },
  'databricks/pat-cli': (r) => {
    const t = `dapi${r.hex(32)}`;
    return pos(
      `Error: default auth: cannot configure default credentials. Config: host=https://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net, token=${t}. Env: DATABRICKS_HOST, DATABRICKS_TOKEN\n403 Forbidden: Invalid access token.`,
      cred('databricks-token', t),
    );
  },
  'databricks/spark-driver-jdbc': (r) => {
    const pw = r.password(16);
    return pos(
      `${jts20(r)} ERROR Executor: Exception in task 3.0 in stage 12.0 (TID 488)\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user "spark_reader"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n${jts20(r)} INFO JDBCOptions: options = Map(url -> jdbc:postgresql://orders-ro.internal:5432/orders, dbtable -> public.orders, user -> spark_reader, password -> ${pw}, fetchsize -> 10000)`,
      cred('password', pw),
    );
  },
  'databricks/notebook-display': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(
      `Out[14]: DataFrame[customer_id: bigint, email: string, dob: date]\n+-----------+--------------------------------+----------+\n|customer_id|email                           |dob       |\n+-----------+--------------------------------+----------+\n|${String(r.int(10000, 99999)).padStart(11)}|${a.email.padEnd(32)}|${a.dob}|\n|${String(r.int(10000, 99999)).padStart(11)}|${b.email.padEnd(32)}|${b.dob}|\n+-----------+--------------------------------+----------+\nonly showing top 2 rows`,
      pers('email', a.email),
      pers('email', b.email),
      pers('birth-date', a.dob),
    );
  },
  'postgres/copy-context': (r) => {
    const p = person(r);
    return pos(
      `ERROR:  invalid input syntax for type date: "${p.dob}T"\nCONTEXT:  COPY patients, line ${r.int(2, 9000)}, column dob: "${p.dob}T"\n${r.int(2, 9000)}\t${p.first}\t${p.last}\t${p.dob}T\t${p.phone}\t${p.address}`,
      pers('phone', p.phone),
      pers('postal-address', p.address),
    );
  },
  'postgres/pgpassword-trace': (r) => {
    const pw = r.password(20);
    return pos(`+ PGPASSWORD='${pw}' pg_dump -h warehouse-primary.internal -U backup_svc -Fc analytics -f /backups/analytics_${iso20(r).slice(0, 10)}.dump\npg_dump: error: connection to server at "warehouse-primary.internal" (10.8.0.12), port 5432 failed: FATAL:  no pg_hba.conf entry`, cred('password', pw));
  },
  'postgres/create-role-log': (r) => {
    const pw = r.password(16);
    return pos(`${iso20(r)} UTC [${r.int(1000, 99999)}] migrator@app STATEMENT:  CREATE ROLE reporting_ro LOGIN PASSWORD '${pw}' VALID UNTIL '2027-06-30';\n${iso20(r)} UTC [${r.int(1000, 99999)}] migrator@app ERROR:  role "reporting_ro" already exists`, cred('password', pw));
  },
  'mysql/duplicate-entry': (r) => {
    const p = person(r);
    return pos(`pymysql.err.IntegrityError: (1062, "Duplicate entry '${p.email}' for key 'users.uniq_email'")\n[SQL: INSERT INTO users (email, phone, created_at) VALUES (%(email)s, %(phone)s, now())]\n[parameters: {'email': '${p.email}', 'phone': '${p.phone}'}]`, pers('email', p.email), pers('phone', p.phone));
  },
  'mysql/dsn-go': (r) => {
    const pw = r.urlPassword(16);
    return pos(`${iso20(r)} level=error msg="binlog reader: dial failed" dsn="canal:${pw}@tcp(mysql-primary.internal:3306)/orders?parseTime=true&tls=skip-verify" err="Error 1045 (28000): Access denied for user 'canal'@'10.4.2.9' (using password: YES)"`, cred('password', pw));
  },
  'mssql/duplicate-key': (r) => {
    const p = person(r);
    const id = ssn(r);
    return pos(`Msg 2627, Level 14, State 1, Line 1\nViolation of UNIQUE KEY constraint 'UQ_Employees_SSN'. Cannot insert duplicate key in object 'hr.Employees'. The duplicate key value is (${id}).\nThe statement has been terminated.\n-- batch row: ('${p.first}', '${p.last}', '${id}', '${p.dob}')`, pers('ssn', id), pers('birth-date', p.dob));
  },
  'mssql/connection-string': (r) => {
    const pw = r.password(18);
    return pos(`System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'ssis_etl'.\n   at SSIS.Pipeline: OLE DB Source failed validation. ConnectionString="Data Source=sql-dw-01.corp.local,1433;Initial Catalog=Finance;User ID=ssis_etl;Password=${pw};Encrypt=True;TrustServerCertificate=True"`, cred('password', pw));
  },
  'oracle/identified-by': (r) => {
    const pw = `${r.chars(UPPER, 1)}${r.chars(LOWER + DIGITS, 11)}_${r.digits(2)}`;
    return pos(`SQL> ALTER USER etl_stage IDENTIFIED BY "${pw}" ACCOUNT UNLOCK;\nALTER USER etl_stage IDENTIFIED BY "${pw}" ACCOUNT UNLOCK\n*\nERROR at line 1:\nORA-28007: the password cannot be reused`, cred('password', pw));
  },
  'oracle/ora-12899-row': (r) => {
    const i = iban(r);
    return pos(`ORA-12899: value too large for column "FIN"."SUPPLIERS"."IBAN" (actual: ${i.length + 5}, maximum: 34)\nORA-06512: at "FIN.LOAD_SUPPLIERS", line 212\nbad row: SUPPLIER_ID=${r.int(1000, 9999)} NAME='Kestrel Fasteners GmbH' IBAN='${i}     ' BIC='${r.chars(UPPER, 6)}2X'`, fin('iban', i));
  },
  'mongo/e11000': (r) => {
    const p = person(r);
    return pos(`MongoServerError: E11000 duplicate key error collection: crm.customers index: email_1 dup key: { email: "${p.email}" }\n    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19) {\n  keyValue: { email: '${p.email}' },\n  errorResponse: { index: 0, code: 11000 }\n}`, pers('email', p.email));
  },
  'mongo/srv-uri': (r) => {
    const pw = r.urlPassword(20);
    return pos(`${iso20(r)} [mongo-kafka-source] ERROR Unable to connect: mongodb+srv://cdc_reader:${pw}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/?retryWrites=true&authSource=admin - MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='cdc_reader'}`, cred('password', pw));
  },
  'elastic/mapper-parsing': (r) => {
    const p = person(r);
    const ip = publicIp(r);
    return pos(
      `{"error":{"root_cause":[{"type":"mapper_parsing_exception","reason":"failed to parse field [customer.birth_date] of type [date] in document with id '${r.uuid()}'. Preview of field's value: '${p.dob}T'"}],"type":"mapper_parsing_exception"},"status":400}\n_source: {"customer":{"name":"${p.first} ${p.last}","email":"${p.email}","birth_date":"${p.dob}T","last_login_ip":"${ip}"}}`,
      pers('email', p.email),
      pers('customer-ip', ip),
    );
  },
  'elastic/apikey-header': (r) => {
    const k = Buffer.from(`${r.b62(20)}:${r.b62(22)}`).toString('base64');
    return pos(`[${iso20(r)}][WARN ][logstash.outputs.elasticsearch] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://es-logs.acme.io:9243/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::BadResponseCodeError, :message=>"Got response code '401'", :headers=>{"Authorization"=>"ApiKey ${k}"}}`, cred('elastic-api-key', k));
  },
  'clickhouse/cannot-parse': (r) => {
    const p = person(r);
    const id = cpf(r);
    return pos(`Code: 27. DB::ParsingException: Cannot parse input: expected ',' before: '${p.email},${id},BR\\n': (at row ${r.int(2, 9000)})\n: Row ${r.int(2, 9000)}:\nColumn 0,   name: user_id, type: UInt64, parsed text: "${r.int(10000, 99999)}"\nColumn 1,   name: email,   type: String, parsed text: "${p.email}"\nColumn 2,   name: cpf,     type: String, parsed text: "${id}"`, pers('email', p.email), pers('cpf', id));
  },
  'clickhouse/url-password': (r) => {
    const pw = r.urlPassword(24);
    return pos(`clickhouse-client: Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) url=clickhouse://default:${pw}@ch-${r.hex(6)}.eu-central-1.aws.clickhouse.cloud:9440/analytics?secure=true`, cred('password', pw));
  },
  'cassandra/astra-token': (r) => {
    const t = `AstraCS:${r.chars(LOWER + UPPER, 24)}:${r.hex(64)}`;
    return pos(`${jts20(r)} WARN  [s0-admin-0] c.d.o.d.i.c.ControlConnection - [s0] Authentication error on node ${r.uuid()}: Provided username token and/or password are incorrect (credentials: token=${t})`, cred('astra-token', t));
  },
  'cassandra/insert-dni': (r) => {
    const p = person(r);
    const d = dni(r);
    const pc = r.int(10, 99);
    return pos(`${pyts20(r)} cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] message="Invalid INTEGER constant (${pc}) for "postal_code" of type text"\nquery: INSERT INTO kyc.customers (id, dni, full_name, phone, postal_code) VALUES (${r.uuid()}, '${d}', '${p.first} ${p.last}', '${p.phone}', ${pc})`, pers('dni', d), pers('phone', p.phone));
  },
};
