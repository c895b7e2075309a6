import { B62, LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { cred, fin, jsonInJson, jts20, once20, pers, pos, iso20, type PosCase20 } from './blind-set-20-types';
import { awsKeyId, awsSecret, card, iban, ibanPrint, nino, pem, btcBech32, eth } from './blind-set-20-values';
import { person, publicIp } from './blind-set-20-people';

/** Streaming (Kafka, Connect, Debezium, Kinesis, Pub/Sub, RabbitMQ, schema registry) and object stores. */
export const streamCases: Record<string, PosCase20> = {
  'connect/jdbc-sink-config': (r) => {
    const pw = r.password(18);
    return pos(
      `[${jts20(r)}] ERROR [Worker clientId=connect-1, groupId=connect-cluster] Failed to start connector 'pg-sink-orders' (org.apache.kafka.connect.runtime.distributed.DistributedHerder:2041)\nConnector configuration: {connector.class=io.confluent.connect.jdbc.JdbcSinkConnector, connection.url=jdbc:postgresql://dw.internal:5432/dw, connection.user=kafka_sink, connection.password=${pw}, topics=orders.public.orders, insert.mode=upsert}`,
      cred('password', pw),
    );
  },
  'connect/rest-put-json': (r) => {
    const pw = r.password(16);
    return pos(
      `${iso20(r)} PUT /connectors/dbz-mysql-crm/config 400 {"error_code":400,"message":"Connector configuration is invalid and contains the following 1 error(s):\\nUnable to connect: Access denied for user 'debezium'"}\nrequest body: {"connector.class":"io.debezium.connector.mysql.MySqlConnector","database.hostname":"crm-db.internal","database.user":"debezium","database.password":"${pw}","topic.prefix":"crm"}`,
      cred('password', pw),
    );
  },
  'kafka/sasl-jaas': (r) => {
    const key = r.chars(UPPER + DIGITS, 16);
    const sec = r.chars(B62 + '+/', 64);
    return pos(
      `[${jts20(r)}] ERROR [Producer clientId=producer-1] Connection to node -1 (pkc-${r.chars(LOWER + DIGITS, 5)}.us-east-1.aws.confluent.cloud/${r.int(3, 54)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}:9092) failed authentication due to: Authentication failed\n\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";`,
      cred('confluent-api-secret', sec),
    );
  },
  'kafka/scram-properties': (r) => {
    const pw = r.password(24);
    return pos(`# client.properties dumped by kafka-console-consumer on error\nbootstrap.servers=b-1.msk-prod.${r.chars(LOWER + DIGITS, 6)}.c2.kafka.eu-west-1.amazonaws.com:9096\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username='analytics' password='${pw}';\nERROR Error processing message, terminating consumer process: org.apache.kafka.common.errors.SaslAuthenticationException`, cred('password', pw));
  },
  'schema-registry/basic-auth-info': (r) => {
    const k = r.chars(UPPER + DIGITS, 16);
    const s = r.chars(B62 + '+/', 64);
    return pos(`[${jts20(r)}] ERROR Failed to send HTTP request to endpoint: https://psrc-${r.chars(LOWER + DIGITS, 5)}.europe-west3.gcp.confluent.cloud/subjects/orders-value/versions (io.confluent.kafka.schemaregistry.client.rest.RestService)\nvalue.converter.basic.auth.credentials.source=USER_INFO\nvalue.converter.schema.registry.basic.auth.user.info=${k}:${s}`, cred('confluent-api-secret', s));
  },
  'debezium/change-event-before-after': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(
      `[${jts20(r)}] WARN  [dlq] Record sent to DLQ topic dlq.crm.customers: {"before":{"id":${r.int(1000, 99999)},"email":"${a.email}","phone":"${a.phone}","updated_at":${r.int(1790000000, 1799999999)}000},"after":{"id":${r.int(1000, 99999)},"email":"${b.email}","phone":"${a.phone}","updated_at":${r.int(1790000000, 1799999999)}000},"source":{"connector":"postgresql","lsn":${r.int(10000000, 99999999)},"txId":${r.int(100000, 999999)}},"op":"u"}`,
      pers('email', a.email),
      pers('email', b.email),
      pers('phone', a.phone),
    );
  },
  'debezium/escaped-payload': (r) => {
    const p = person(r);
    const inner = jsonInJson({ payload: { after: { customer_id: r.int(100, 999), full_name: `${p.first} ${p.last}`, address: p.address, dob: p.dob } } });
    return pos(`{"timestamp":"${iso20(r)}","level":"ERROR","logger":"org.apache.kafka.connect.runtime.WorkerSinkTask","message":"Error converting message value","record_value":"${inner}"}`, pers('postal-address', p.address), pers('birth-date', p.dob));
  },
  'debezium/card-column': (r) =>
    once20(() => {
      const c = card(r);
      return pos(`org.apache.kafka.connect.errors.DataException: Invalid value for field "card_number": Struct{id=${r.int(100, 9999)},customer_id=${r.int(100, 9999)},card_number=${c},exp=${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)},status=active}\n\tat io.confluent.connect.avro.AvroData.fromConnectData(AvroData.java:572)`, fin('card', c));
    }),
  'kinesis/put-record-data': (r) => {
    const p = person(r);
    const data = Buffer.from(JSON.stringify({ event: 'signup', email: p.email, ip: publicIp(r) })).toString('base64');
    return pos(`${iso20(r)} ERROR ProvisionedThroughputExceededException: Rate exceeded for shard shardId-00000000000${r.int(0, 9)} in stream clickstream under account ${r.digits(12)}.\nfailed record: {"PartitionKey":"${r.uuid()}","Data":"${data}"}\nplain: email=${p.email}`, pers('email', p.email));
  },
  'pubsub/push-dead-letter': (r) => {
    const p = person(r);
    const i = iban(r, r.pick(['DE', 'FR', 'NL']));
    return pos(`${iso20(r)} pubsub dead-letter subscription=projects/acme-pay/subscriptions/sepa-mandates-dlq deliveryAttempt=5 messageId=${r.digits(17)}\nattributes={"schema":"mandate.v3"} data(decoded)={"mandate_id":"MD${r.chars(UPPER + DIGITS, 12)}","debtor_name":"${p.first} ${p.last}","debtor_iban":"${i}","debtor_email":"${p.email}"}`, fin('iban', i), pers('email', p.email));
  },
  'rabbitmq/amqp-url': (r) => {
    const pw = r.urlPassword(20);
    return pos(`${iso20(r)} [error] <0.${r.int(100, 999)}.0> Shovel 'orders-to-dw' failed to connect: {auth_failure,"ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"} source_uri="amqps://shovel:${pw}@rabbit-prod.internal:5671/%2Forders"`, cred('password', pw));
  },
  'rabbitmq/dlx-message': (r) =>
    once20(() => {
      const c = card(r, 'visa');
      const cvc = r.digits(3);
      return pos(`[x-death] queue=payments.capture reason=rejected count=3 exchange=payments.dlx\nbody: {"order":"ORD-${r.int(100000, 999999)}","pan":"${c}","cvv":"${cvc}","amount":"${r.int(10, 999)}.${r.digits(2)}","currency":"EUR"}`, fin('card', c), fin('cvc', cvc));
    }),
  's3/presigned-url': (r) => {
    const id = awsKeyId(r, 'ASIA');
    const tok = `IQoJb3JpZ2luX2Vj${r.b64(300).replace(/=+$/, '')}`;
    const enc = encodeURIComponent(tok);
    return pos(`${iso20(r)} WARN export: download failed 403 for https://acme-exports.s3.amazonaws.com/reports/customers.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261203T101500Z&X-Amz-Expires=3600&X-Amz-Security-Token=${enc}&X-Amz-SignedHeaders=host&X-Amz-Signature=${r.hex(64)}`, cred('aws-session-token', enc));
  },
  'azure/sas-url': (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos(`azcopy: ${iso20(r)} ERROR: failed to perform copy command due to error: AuthenticationFailed\nsource: https://acmelake${r.chars(LOWER, 4)}.blob.core.windows.net/raw/events/2026/12/03/part-0001.parquet?sv=2023-11-03&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig}`, cred('azure-sas-signature', sig));
  },
  'azure/storage-conn-string': (r) => {
    const k = r.b64(64);
    return pos(`Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nStatus: 403 (AuthenticationFailed)\n   at ADF copy activity 'Copy_orders', linked service AzureBlobStorage1: "DefaultEndpointsProtocol=https;AccountName=acmeraw${r.chars(LOWER, 4)};AccountKey=${k};EndpointSuffix=core.windows.net"`, cred('azure-storage-key', k));
  },
  'gcs/hmac-boto': (r) => {
    const a = `GOOG1E${r.chars(UPPER + DIGITS, 55)}`;
    const s = r.chars(B62 + '+/', 40);
    return pos(`boto.exception.GSResponseError: GSResponseError: 403 Forbidden\n<?xml version='1.0' encoding='UTF-8'?><Error><Code>SignatureDoesNotMatch</Code><Message>Access denied.</Message><StringToSign>GET\\n\\n\\n${r.int(1790000000, 1799999999)}\\n/acme-lake/</StringToSign></Error>\n[Credentials]\ngs_access_key_id = ${a}\ngs_secret_access_key = ${s}`, cred('gcs-hmac-secret', s));
  },
  's3/sync-env-dump': (r) => {
    const id = awsKeyId(r);
    const sk = awsSecret(r);
    return pos(`+ env | grep AWS\nAWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${sk}\nAWS_DEFAULT_REGION=eu-west-1\n+ aws s3 sync ./out s3://acme-backfill/${iso20(r).slice(0, 10)}/\nupload failed: out/part-0000.parquet to s3://acme-backfill/part-0000.parquet An error occurred (AccessDenied)`, cred('aws-access-key-id', id), cred('aws-secret-key', sk));
  },
  'kinesis/firehose-http-endpoint': (r) => {
    const k = r.hex(32);
    return pos(`{"deliveryStreamARN":"arn:aws:firehose:us-east-1:${r.digits(12)}:deliverystream/logs-to-dd","destination":"http_endpoint","errorCode":"HttpEndpoint.ResponseFailure","errorMessage":"The response received from the endpoint is invalid.","endpointConfiguration":{"url":"https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input","AccessKey":"${k}"}}`, cred('datadog-api-key', k));
  },
  'pubsub/dlq-nino': (r) => {
    const p = person(r);
    const n = nino(r);
    return pos(`${iso20(r)} payroll-ingest ERROR validation failed for message ${r.digits(16)}: national_insurance_number malformed?\n{"employee":{"name":"${p.first} ${p.last}","ni_number":"${n}","dob":"${p.dob}","home_address":"${p.street}"}}`, pers('uk-nino', n), pers('birth-date', p.dob));
  },
  'connect/dlq-headers-crypto': (r) => {
    const b = btcBech32(r);
    const e = eth(r);
    return pos(`[${jts20(r)}] ERROR WorkerSinkTask{id=payouts-sink-0} Error encountered in task. Executing stage 'VALUE_CONVERTER'. topic='payouts.withdrawals', partition=${r.int(0, 11)}, offset=${r.int(100000, 999999)}\nvalue={"user":${r.int(1000, 9999)},"asset":"BTC","to_address":"${b}","refund_address":"${e}","amount":"0.${r.digits(6)}"}`, fin('btc-address', b), fin('eth-address', e));
  },
  'sqs/dlq-iban-print': (r) => {
    const i = iban(r, r.pick(['GB', 'IE', 'BE']));
    const p = person(r);
    return pos(`${iso20(r)} refunds-worker ERROR MessageId=${r.uuid()} moved to refunds-dlq after 4 receives\nBody: Refund for ${p.first} ${p.last}, account ${ibanPrint(i)}, contact ${p.phone}, reason: bank rejected (AC04 closed account)`, fin('iban-print', ibanPrint(i)), pers('phone', p.phone));
  },
  'kafka/ssl-keystore-pw': (r) => {
    const pw = r.password(16);
    return pos(`[${jts20(r)}] ERROR Stopping due to error (org.apache.kafka.connect.cli.ConnectDistributed)\norg.apache.kafka.common.KafkaException: Failed to load SSL keystore /etc/kafka/secrets/connect.keystore.jks of type JKS\n\tssl.keystore.password = ${pw}\n\tssl.key.password = [hidden]`, cred('password', pw));
  },
  'connect/snowflake-sink-key': (r) => {
    const body = r.b64(r.int(900, 1200));
    return pos(`[${jts20(r)}] ERROR [SF_KAFKA_CONNECTOR] Exception: Invalid private key\nconnector config: {"name":"sf-sink","snowflake.url.name":"ab${r.digits(5)}.snowflakecomputing.com:443","snowflake.user.name":"KAFKA","snowflake.private.key":"${body}","snowflake.database.name":"RAW"}`, cred('private-key-b64', body));
  },
  'connect/secret-key-pem-escaped': (r) => {
    const k = pem(r, 'RSA PRIVATE KEY', '\\n');
    return pos(`{"level":"ERROR","logger":"c.g.s.GcsSinkTask","msg":"failed to init credentials","gcs.credentials.json":"{\\"type\\":\\"service_account\\",\\"private_key\\":\\"${k.replace(/\\n/g, '\\\\n')}\\"}"}`, cred('private-key-pem', k.replace(/\\n/g, '\\\\n')));
  },
  'connect/s3-sink-rows': (r) => {
    const p = person(r);
    const q = person(r);
    const ip = publicIp(r);
    return pos(`[${jts20(r)}] ERROR Failed to write record to s3://acme-lake/topics/crm.contacts/partition=3/ (io.confluent.connect.s3.TopicPartitionWriter)\nrecords in batch:\n{"id":1,"email":"${p.email}","signup_ip":"${ip}"}\n{"id":2,"email":"${q.email}","phone":"${q.phone}"}`, pers('email', p.email), pers('customer-ip', ip), pers('email', q.email), pers('phone', q.phone));
  },
};
