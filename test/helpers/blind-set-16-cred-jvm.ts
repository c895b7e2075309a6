import { jwt } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso16, pos, type PosCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;

/** JVM, .NET and mobile failures: OkHttp/WebClient/RestTemplate logging, JDBC URLs, Hibernate binds, Kafka Connect, Serilog, logcat. */
export const credJvm: PosCase16[] = [
  (r) => {
    const v = `SG.${r.chars(B62 + '-_', 22)}.${r.chars(B62 + '-_', 43)}`;
    return pos('jvm/okhttp-interceptor', `I/okhttp.OkHttpClient: --> POST https://api.sendgrid.com/v3/mail/send
I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
I/okhttp.OkHttpClient: Authorization: Bearer ${v}
I/okhttp.OkHttpClient: --> END POST (412-byte body)
I/okhttp.OkHttpClient: <-- 401 Unauthorized https://api.sendgrid.com/v3/mail/send (143ms)`, cred('sendgrid-key', v));
  },
  (r) => {
    const v = `00${r.chars(B62 + '-_', 40)}`;
    return pos('jvm/webclient-headers', `${iso16(r)} DEBUG 1 --- [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions : [${r.hex(8)}] HTTP GET https://corp.okta.com/api/v1/users?filter=status+eq+%22ACTIVE%22, headers=[Accept:"application/json", Authorization:"SSWS ${v}"]
${iso16(r)} DEBUG 1 --- [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions : [${r.hex(8)}] Response 401 UNAUTHORIZED`, cred('okta-token', v));
  },
  (r) => {
    const v = `${r.chars(B62, 3)}8Q~${r.chars(B62 + '.-_~', 31)}`;
    return pos('jvm/resttemplate-form', `${iso16(r)} DEBUG 7 --- [sched-1] o.s.web.client.RestTemplate : HTTP POST https://login.microsoftonline.com/${r.uuid()}/oauth2/v2.0/token
${iso16(r)} DEBUG 7 --- [sched-1] o.s.web.client.RestTemplate : Writing [{grant_type=[client_credentials], client_id=[${r.uuid()}], client_secret=[${v}], scope=[https://graph.microsoft.com/.default]}] as "application/x-www-form-urlencoded"`, cred('azure-client-secret', v));
  },
  (r) => {
    const pw = r.urlPassword(18);
    return pos('jvm/hikari-jdbc-pg', `${iso16(r)} ERROR com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ledger"
	jdbcUrl........................jdbc:postgresql://ledger-db.internal:5432/ledger?user=ledger&password=${pw}&sslmode=require`, cred('db-password', pw));
  },
  (r) => {
    const pw = r.password(16);
    return pos('jvm/jdbc-sqlserver', `com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'. ClientConnectionId:${r.uuid()}
Caused by connecting with url=jdbc:sqlserver://mssql-erp.internal:1433;databaseName=ERP;user=sa;password=${pw};encrypt=true;trustServerCertificate=true`, cred('db-password', pw));
  },
  (r) => {
    const pw = r.urlPassword(14);
    return pos('jvm/jdbc-oracle', `java.sql.SQLException: ORA-01017: invalid username/password; logon denied
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)
datasource url: jdbc:oracle:thin:billing/${pw}@//ora-fin.internal:1521/FINPDB1`, cred('db-password', pw));
  },
  (r) => {
    const v = `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
    return pos('jvm/hibernate-bind', `Hibernate: insert into integration_credentials (workspace_id, provider, access_token, created_at, id) values (?, ?, ?, ?, ?)
${iso16(r)} TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [BIGINT] - [${r.int(1000, 99999)}]
${iso16(r)} TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [slack]
${iso16(r)} TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [${v}]
o.h.engine.jdbc.spi.SqlExceptionHelper - ERROR: duplicate key value violates unique constraint "uk_workspace_provider"`, cred('slack-user', v));
  },
  (r) => {
    const key = r.chars(AN, 16), secret = r.chars(B62 + '+/', 64);
    return pos('jvm/kafka-connect-config', `GET /connectors/s3-sink-orders/config -> 200
{"connector.class":"io.confluent.connect.s3.S3SinkConnector","topics":"orders.v1","tasks.max":"4",
 "consumer.override.sasl.mechanism":"PLAIN","consumer.override.security.protocol":"SASL_SSL",
 "consumer.override.sasl.jaas.config":"org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"${key}\\" password=\\"${secret}\\";",
 "s3.bucket.name":"corp-orders-archive"}
ERROR WorkerSinkTask{id=s3-sink-orders-0} Task threw an uncaught and unrecoverable exception: SaslAuthenticationException`, cred('confluent-secret', secret));
  },
  (r) => {
    const pw = r.password(20);
    return pos('jvm/debezium-config', `${iso16(r)} INFO  Starting MySqlConnectorTask with configuration:
   connector.class = io.debezium.connector.mysql.MySqlConnector
   database.hostname = mysql-shop.internal
   database.port = 3306
   database.user = debezium
   database.password = ${pw}
   database.server.id = ${r.int(1000, 9999)}
   topic.prefix = shop
${iso16(r)} ERROR Access denied for user 'debezium'@'10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}' (using password: YES)`, cred('db-password', pw));
  },
  (r) => {
    const b = b64s(`:${r.chars(LOWER + DIGITS, 52)}`);
    return pos('dotnet/httpclient-logging', `info: System.Net.Http.HttpClient.AzureDevOps.LogicalHandler[100]
      Start processing HTTP request POST https://dev.azure.com/corp/_apis/pipelines/${r.int(10, 999)}/runs?api-version=7.1
trce: System.Net.Http.HttpClient.AzureDevOps.ClientHandler[102]
      Request Headers:
      Authorization: Basic ${b}
      Accept: application/json`, cred('basic-b64', b));
  },
  (r) => {
    const v = `xkeysib-${r.hex(64)}-${r.b62(16)}`;
    return pos('dotnet/serilog-event', `{"@t":"${iso16(r)}","@mt":"Transactional mail failed for {Template} with {@Options}","@l":"Error","Template":"order-shipped","Options":{"BaseUrl":"https://api.brevo.com/v3/","ApiKey":"${v}","TimeoutSeconds":15},"SourceContext":"Shop.Mail.BrevoClient"}`, cred('brevo-key', v));
  },
  (r) => {
    const pw = r.password(18);
    return pos('dotnet/sqlconnection-string', `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app_orders'.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)
ConnectionString: Server=tcp:orders-${r.chars(LOWER, 4)}.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=app_orders;Password=${pw};MultipleActiveResultSets=False;Encrypt=True;`, cred('db-password', pw));
  },
  (r) => {
    const pw = r.password(14);
    return pos('jvm/javamail-properties', `javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful
session properties: {mail.smtp.starttls.enable=true, mail.smtp.host=smtp.corp-mail.net, mail.smtp.user=alerts, mail.smtp.password=${pw}, mail.smtp.port=587, mail.smtp.auth=true}`, cred('password', pw));
  },
  (r) => {
    const t = jwt(r, { sub: `svc-${r.chars(LOWER, 6)}`, roles: ['ledger:write'], iss: 'keycloak', exp: 1796090000 });
    return pos('jvm/logback-mdc', `${iso16(r)} WARN  [http-nio-8080-exec-4] [traceId=${r.hex(32)} Authorization=Bearer ${t}] c.c.l.web.LedgerController - downstream 503 from fx-rates`, cred('jwt', t));
  },
  (r) => {
    const v = `AAAA${r.chars(B62 + '-_', 7)}:APA91b${r.chars(B62 + '-_', 134)}`;
    return pos('mobile/logcat-fcm', `11-${r.int(10, 28)} 09:41:07.332  4411  4470 D OkHttp  : --> POST https://fcm.googleapis.com/fcm/send
11-${r.int(10, 28)} 09:41:07.333  4411  4470 D OkHttp  : Authorization: key=${v}
11-${r.int(10, 28)} 09:41:07.612  4411  4470 D OkHttp  : <-- 401 https://fcm.googleapis.com/fcm/send (279ms)`, cred('fcm-server-key', v));
  },
  (r) => {
    const payload = Buffer.from(JSON.stringify({ u: `corp-${r.chars(LOWER, 5)}`, a: r.chars(LOWER + DIGITS, 25) })).toString('base64url');
    const v = `sk.${payload}.${r.chars(B62 + '-_', 22)}`;
    return pos('mobile/ios-nsurlsession', `Thread 7 Crashed: com.apple.NSURLSession-delegate
Request: <NSMutableURLRequest: 0x600003a${r.hex(5)}> { URL: https://api.mapbox.com/uploads/v1/corp?access_token=${v} }
allHTTPHeaderFields: {
    "Content-Type" = "application/json";
}`, cred('mapbox-secret', v));
  },
  (r) => {
    const pw = r.password(20);
    return pos('jvm/spring-bind-failure', `***************************
APPLICATION FAILED TO START
***************************
Description:
Failed to bind properties under 'spring.datasource.hikari' to com.zaxxer.hikari.HikariDataSource:
    Property: spring.datasource.hikari.password
    Value: "${pw}"
    Origin: System Environment Property "SPRING_DATASOURCE_HIKARI_PASSWORD"
    Reason: java.lang.IllegalStateException: The configuration of the pool is sealed once started.`, cred('password', pw));
  },
  (r) => {
    const v = b64s(`reftkn:01:${1796000000 + r.int(0, 99999999)}:${r.b62(27)}`).replace(/=+$/, '');
    return pos('jvm/gradle-artifactory', `> Task :publishMavenPublicationToArtifactoryRepository FAILED
Could not PUT 'https://corp.jfrog.io/artifactory/libs-release-local/com/corp/core/2.4.1/core-2.4.1.pom'. Received status code 401 from server
gradle.properties (CI): artifactoryUser=ci-publisher artifactoryToken=${v}`, cred('jfrog-token', v));
  },
];
