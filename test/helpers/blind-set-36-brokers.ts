import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'brokers', name, make });
const host = (d: Draw) => d.pick(['prod', 'eu1', 'core', 'shared']);

/** Message brokers and streaming: RabbitMQ, Kafka, Confluent, NATS, Pulsar, SQS/SNS, Azure, Pub/Sub. */
export const BROKERS36: Template36[] = [
  t('celery-amqp-uri', (d) => {
    const pw = d.c('amqp-password', d.urlPassword(d.r.int(14, 24)));
    const user = d.pick(['svc-orders', 'celery', 'notifier', 'billing_worker']);
    return `[${d.ts()}: ERROR/MainProcess] consumer: Cannot connect to amqps://${user}:${pw}@rabbitmq-${host(d)}.mq.internal:5671/orders: [Errno 111] Connection refused.
Trying again in ${d.r.int(2, 32)}.00 seconds... (${d.r.int(1, 9)}/100)`;
  }),
  t('rabbitmq-management-users', (d) => {
    const pw = d.c('password', d.password(18));
    const h1 = d.c('rabbitmq-password-hash', d.r.b64(36));
    const h2 = d.c('rabbitmq-password-hash', d.r.b64(36));
    return `$ curl -su admin:'${pw}' http://rabbitmq-${host(d)}:15672/api/users | jq -c '.[]'
{"name":"admin","password_hash":"${h1}","hashing_algorithm":"rabbit_password_hashing_sha256","tags":["administrator"],"limits":{}}
{"name":"svc-ledger","password_hash":"${h2}","hashing_algorithm":"rabbit_password_hashing_sha256","tags":[],"limits":{}}
alert: rabbitmq_user_without_limits fired for vhost /ledger`;
  }),
  t('kafka-jaas-env-dump', (d) => {
    const pw = d.c('sasl-password', d.password(d.r.int(16, 28)));
    const user = d.pick(['orders-consumer', 'cdc-connect', 'analytics']);
    return `Caused by: org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512
--- container env (crashloop debug) ---
KAFKA_BOOTSTRAP_SERVERS=b-1.msk-${host(d)}.kafka.eu-central-1.amazonaws.com:9096
KAFKA_SASL_MECHANISM=SCRAM-SHA-512
KAFKA_SASL_JAAS_CONFIG=org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${pw}";`;
  }),
  t('confluent-cloud-client-properties', (d) => {
    const key = d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    const sec = d.c('confluent-api-secret', d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64));
    const srKey = d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    const srSec = d.c('confluent-api-secret', d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64));
    return `# client.properties mounted from configmap (should have been a secret!)
bootstrap.servers=pkc-${d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=${key}
sasl.password=${sec}
schema.registry.url=https://psrc-${d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.europe-west3.gcp.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${srKey}:${srSec}
%4|${d.epoch()}.${d.r.digits(3)}|FAIL|rdkafka#producer-1| sasl_ssl://pkc:9092/bootstrap: SASL authentication error: Authentication failed (after ${d.r.int(100, 600)}ms in state AUTH_REQ)`;
  }),
  t('librdkafka-config-print', (d) => {
    const pw = d.c('sasl-password', d.r.b64url(24));
    return `level=fatal ts=${d.ts()} caller=main.go:${d.r.int(40, 200)} msg="kafka producer init failed" err="Local: Invalid argument or configuration" config="map[bootstrap.servers:kafka-${host(d)}:9093 client.id:refund-svc enable.idempotence:true sasl.mechanism:SCRAM-SHA-256 sasl.password:${pw} sasl.username:refund-svc security.protocol:SASL_SSL]"`;
  }),
  t('nats-creds-file', (d) => {
    const nkeyPub = 'U' + d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55);
    const j = d.c('nats-user-jwt', d.jwtHS({ jti: d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 52), iat: d.epoch(), iss: 'A' + d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55), name: 'orders-worker', sub: nkeyPub, nats: { pub: {}, sub: {}, type: 'user', version: 2 } }).replace(/^[^.]+/, Buffer.from('{"typ":"JWT","alg":"ed25519-nkey"}').toString('base64url')));
    const seed = d.c('nats-nkey-seed', d.nkey());
    return `nats: error: authorization violation (user ${nkeyPub})
$ cat /var/run/secrets/nats/orders.creds
-----BEGIN NATS USER JWT-----
${j}
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
${seed}
------END USER NKEY SEED------`;
  }),
  t('pulsar-token-client-conf', (d) => {
    const tok = d.c('pulsar-token', d.jwtHS({ sub: d.pick(['billing-producer', 'events-admin', 'dlq-replayer']) }));
    return `${d.ts().slice(0, 23)} [pulsar-client-io-1-1] WARN  org.apache.pulsar.client.impl.ClientCnx - [pulsar+ssl://pulsar-broker.${host(d)}.svc:6651] Received error from server: HTTP 401 Unauthorized
client.conf:
  webServiceUrl=https://pulsar.${host(d)}.svc:8443/
  authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
  authParams=token:${tok}`;
  }),
  t('sqs-sns-boto', (d) => {
    const ak = d.c('aws-access-key-id', d.akid());
    const sk = d.c('aws-secret-access-key', d.awsSecret());
    const per = d.person();
    const ph = d.p('phone', d.phone().replace(/ /g, ''));
    const name = d.p('name', per.first + ' ' + per.last);
    return `botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the Publish operation: The security token included in the request is invalid.
  sns.publish(PhoneNumber='${ph}', Message='Hi ${name}, your refund has been issued')
env: AWS_ACCESS_KEY_ID=${ak} AWS_SECRET_ACCESS_KEY=${sk} AWS_REGION=us-east-1`;
  }),
  t('azure-service-bus-conn', (d) => {
    const key = d.c('azure-sas-key', d.key32());
    const ns = d.pick(['sb-orders-prod', 'contoso-bus', 'northwind-events']);
    return `Azure.Messaging.ServiceBus.ServiceBusException: Put token failed. status-code: 401, status-description: InvalidSignature: The token has an invalid signature. (Unauthorized). For troubleshooting information, see https://aka.ms/azsdk/net/servicebus/exceptions/troubleshoot.
   at Azure.Messaging.ServiceBus.Amqp.AmqpConnectionScope.RequestAuthorizationUsingCbsAsync(...)
ConnectionString: Endpoint=sb://${ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key};EntityPath=refunds`;
  }),
  t('event-hubs-kafka-endpoint', (d) => {
    const key = d.c('azure-sas-key', d.key32());
    return `sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://evh-${host(d)}.servicebus.windows.net/;SharedAccessKeyName=send-listen;SharedAccessKey=${key}";
ERROR [Producer clientId=telemetry] Connection to node -1 (evh-${host(d)}.servicebus.windows.net:9093) failed authentication due to: Invalid SASL mechanism response`;
  }),
  t('gcp-pubsub-service-account', (d) => {
    const body = d.c('private-key-pem', d.pemBody(1216).replace(/\n/g, '\\n'));
    const project = d.pick(['acme-platform-prod', 'orders-7731', 'data-eu']);
    return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})
GOOGLE_APPLICATION_CREDENTIALS_JSON={"type": "service_account", "project_id": "${project}", "private_key_id": "${d.r.hex(40)}", "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n", "client_email": "pubsub-dlq@${project}.iam.gserviceaccount.com", "client_id": "${d.r.digits(21)}"}`;
  }),
];
