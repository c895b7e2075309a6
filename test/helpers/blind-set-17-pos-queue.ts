import { pem } from './blind-set-9-crypto';
import { tok } from './blind-set-17-tokens';
import { b64, cred, iso17, jstr, ms17, pos, type PosCase17 } from './blind-set-17-types';

const jwtOf = (r: Parameters<PosCase17>[0], claims: Record<string, unknown>): string =>
  `${Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: r.hex(16) })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${r.b64url(256)}`;
export { jwtOf };

/** Message-queue, dead-letter, CDC and webhook-retry payloads carrying credentials. */
export const posQueue: PosCase17[] = [
  (r) => {
    const k = tok['sendgrid-key'](r);
    const body = JSON.stringify({ type: 'integration.connected', tenantId: r.uuid(), provider: 'sendgrid', settings: { apiKey: k, fromAddress: 'noreply@brightlane-logistics.com' } });
    return pos('queue/sqs-dlq-sendgrid', `[dlq-inspector] ${iso17(r)} moved 1 message from notifications-dlq: {"MessageId":"${r.uuid()}","ReceiptHandle":"AQEB${r.b64(96).replace(/=/g, '')}","MD5OfBody":"${r.hex(32)}","Body":"${jstr(body)}","Attributes":{"ApproximateReceiveCount":"5","SentTimestamp":"${ms17(r)}"}}`, cred('sendgrid-key', k));
  },
  (r) => {
    const hook = tok['slack-webhook'](r);
    const msg = JSON.stringify({ alertChannel: { kind: 'slack', webhookUrl: hook }, ruleId: r.int(100, 999) });
    const body = JSON.stringify({ Type: 'Notification', MessageId: r.uuid(), TopicArn: 'arn:aws:sns:eu-west-1:' + r.digits(12) + ':alert-config-changes', Message: msg, Timestamp: iso17(r), SignatureVersion: '1' });
    return pos('queue/sns-sqs-envelope', `ERROR consumer=alert-config-sync failed to process message after 3 attempts, body=${JSON.stringify(body)}`, cred('slack-webhook', hook));
  },
  (r) => {
    const k = tok['datadog-api-key'](r);
    const detail = JSON.stringify({ tenantId: r.uuid(), provider: 'datadog', site: 'datadoghq.eu', apiKey: k });
    return pos('queue/eventbridge-dlq', `{"MessageId":"${r.uuid()}","Body":"${jstr(JSON.stringify({ version: '0', id: r.uuid(), 'detail-type': 'IntegrationConfigured', source: 'com.kestrel.integrations', time: iso17(r), region: 'eu-west-1', detail: JSON.parse(detail) }))}","MessageAttributes":{"RULE_ARN":{"StringValue":"arn:aws:events:eu-west-1:${r.digits(12)}:rule/integrations-to-sync"},"ERROR_CODE":{"StringValue":"SDK_CLIENT_ERROR"},"RETRY_ATTEMPTS":{"StringValue":"185"}}}`, cred('datadog-api-key', k));
  },
  (r) => {
    const j = jwtOf(r, { iss: 'https://auth.kestrel-analytics.io/', sub: `svc-${r.hex(8)}`, aud: 'orders-api', exp: 1796600000, scope: 'orders:write' });
    return pos('queue/kafka-console-headers', `$ kafka-console-consumer --bootstrap-server b-2.orders.kafka:9092 --topic orders.retry --property print.headers=true --property print.timestamp=true --from-beginning\nCreateTime:${ms17(r)}\tauthorization:Bearer ${j},traceparent:00-${r.hex(32)}-${r.hex(16)}-01\t{"orderId":"ORD-${r.num(8)}","status":"PAYMENT_PENDING"}`, cred('jwt', j));
  },
  (r) => {
    const pw = r.urlPassword(18);
    return pos('queue/kafka-connect-dlq', `__connect.errors.topic: pg-orders\n__connect.errors.partition: ${r.int(0, 11)}\n__connect.errors.offset: ${r.num(7)}\n__connect.errors.exception.class.name: org.apache.kafka.connect.errors.ConnectException\n__connect.errors.exception.message: PSQLException from sink task 2: could not connect to postgresql://ingest:${pw}@db-prod-3.internal:5432/orders?sslmode=require (Connection refused)`, cred('password', pw));
  },
  (r) => {
    const k = tok['algolia-admin-key'](r);
    return pos('queue/pika-delivery', `WARNING pika.channel: unroutable message returned, method=<Basic.Return(['exchange=search.reindex', 'reply_code=312', 'reply_text=NO_ROUTE', 'routing_key=products'])> properties=<BasicProperties(['content_type=application/json', 'delivery_mode=2', "headers={'x-algolia-application-id': '${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', 'x-algolia-api-key': '${k}'}"])>`, cred('algolia-admin-key', k));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('queue/amqp-url', `Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"\n    at connect (amqps://orders-svc:${pw}@b-${r.uuid()}.mq.eu-west-1.amazonaws.com:5671/prod)`, cred('password', pw));
  },
  (r) => {
    const k = tok['twilio-auth-token'](r);
    const data = b64(JSON.stringify({ tenant: `t_${r.hex(10)}`, channel: 'sms', twilio: { accountSid: `AC${r.hex(32)}`, authToken: k } }));
    return pos('queue/pubsub-push', `textPayload: "push delivery to https://notifier-${r.hex(6)}-ew.a.run.app/pubsub failed with 500" jsonPayload: {"message":{"data":"${data}","messageId":"${r.num(16)}","publishTime":"${iso17(r)}","attributes":{"eventType":"channel.updated"}},"subscription":"projects/notify-prod/subscriptions/channel-updates-push"}`, cred('pubsub-data-b64', data));
  },
  (r) => {
    const k = tok['azure-sas-key'](r);
    return pos('queue/servicebus', `ServiceBusError: The messaging entity 'sb://orders-prod.servicebus.windows.net/invoices' could not be found. (MessagingEntityNotFound)\n  connectionString: "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}"\n  retryOptions: { maxRetries: 3, mode: 'Exponential' }`, cred('azure-sas-key', k));
  },
  (r) => {
    const pw = r.password(16);
    return pos('queue/nats-options', `[ERR] nats: authorization violation, options={"servers":["nats://nats-0.nats.svc:4222","nats://nats-1.nats.svc:4222"],"name":"billing-worker","user":"billing","pass":"${pw}","maxReconnectAttempts":-1}`, cred('password', pw));
  },
  (r) => {
    const k = tok['stripe-webhook-secret'](r);
    return pos('queue/redis-monitor-xadd', `${1796000000 + r.int(0, 9999)}.${r.digits(6)} [0 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.int(30000, 60000)}] "XADD" "webhooks:outbound" "*" "endpoint_id" "we_${r.an(24)}" "url" "https://hooks.partner-portal.co/stripe" "signing_secret" "${k}" "attempt" "1"`, cred('stripe-webhook-secret', k));
  },
  (r) => {
    const oldT = tok['shopify-token'](r);
    const newT = tok['shopify-token'](r);
    return pos('queue/debezium-integrations', `{"before":{"id":${r.int(10, 900)},"shop_domain":"${r.pick(['northwind', 'lumen-goods', 'atelier-sol'])}.myshopify.com","access_token":"${oldT}","updated_at":${ms17(r)}},"after":{"id":${r.int(10, 900)},"shop_domain":"lumen-goods.myshopify.com","access_token":"${newT}","updated_at":${ms17(r)}},"source":{"version":"2.7.3.Final","connector":"postgresql","name":"app","db":"app","schema":"public","table":"shop_installations","lsn":${r.num(11)}},"op":"u","ts_ms":${ms17(r)}}`, cred('shopify-token', oldT), cred('shopify-token', newT));
  },
  (r) => {
    const basic = b64(`${r.pick(['hooks', 'svc-webhooks', 'zapier'])}:${r.password(20)}`);
    return pos('queue/webhook-retry-headers', `delivery ${r.uuid()} attempt 4/8 to https://crm.brightlane-logistics.com/hooks/orders failed: 401 Unauthorized\nrequest headers: {"Content-Type":"application/json","User-Agent":"Hookdeck/1.0","Authorization":"Basic ${basic}","X-Event":"order.created"}`, cred('basic-b64', basic));
  },
  (r) => {
    const k = tok['github-app'](r);
    return pos('queue/sqs-message-attributes', `Received message ${r.uuid()} with MessageAttributes={"Authorization":{"StringValue":"token ${k}","DataType":"String"},"X-GitHub-Event":{"StringValue":"pull_request","DataType":"String"}} — handler threw RequestError [HttpError]: Resource not accessible by integration`, cred('github-app', k));
  },
  (r) => {
    const key = pem(r as never, 'PRIVATE KEY', 1200).replace(/\n/g, '\\n');
    return pos('queue/kafka-config-topic', `offset=${r.num(6)} key="connector-gcs-sink" value={"name":"gcs-sink","config":{"gcs.bucket.name":"events-archive","gcs.credentials.json":{"type":"service_account","project_id":"events-prod-${r.num(6)}","private_key_id":"${r.hex(40)}","private_key":"${key}\\n","client_email":"gcs-sink@events-prod.iam.gserviceaccount.com"}}}`, cred('private-key-escaped', key));
  },
  (r) => {
    const k = tok['openai-key'](r);
    return pos('queue/sfn-execution-input', `States.TaskFailed in state "Summarize" of execution arn:aws:states:us-east-1:${r.digits(12)}:execution:ticket-triage:${r.uuid()}: input={"ticketId":${r.num(7)},"model":"gpt-4.1-mini","openaiApiKey":"${k}"}`, cred('openai-key', k));
  },
  (r) => {
    const pw = r.password(15);
    return pos('queue/bullmq-failed', `Job ${r.num(5)} in queue "mailer" failed (attempt 3/3): Error: Invalid login: 535 5.7.8 Username and Password not accepted\n  data: {"to":"ops-digest","transport":{"host":"smtp.gmail.com","port":465,"secure":true,"auth":{"user":"alerts@northfieldclinic.org","pass":"${pw}"}}}`, cred('password', pw));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('queue/sns-http-subscription', `SNS delivery failure: {"notification":{"messageId":"${r.uuid()}","topicArn":"arn:aws:sns:us-west-2:${r.digits(12)}:shipments","timestamp":"${iso17(r)}"},"delivery":{"deliveryId":"${r.uuid()}","destination":"https://sns-hook:${pw}@ingest.partner-portal.co/aws/sns","providerResponse":"{\\"error\\":\\"timeout\\"}","dwellTimeMs":${r.int(100, 9000)},"attempts":3,"statusCode":504},"status":"FAILURE"}`, cred('password', pw));
  },
  (r) => {
    const k = r.b64(32);
    return pos('queue/eventgrid-webhook', `EventGridPublisher: POST https://ordertopic-prod.westeurope-1.eventgrid.azure.net/api/events?api-version=2018-01-01 -> 401\n  headers: aeg-sas-key=${k}; Content-Type=application/cloudevents-batch+json`, cred('azure-sas-key', k));
  },
  (r) => {
    const k = tok['mapbox-secret'](r);
    return pos('queue/kinesis-record-decoded', `decoded record seq=${r.num(20)} partitionKey=fleet-${r.int(1, 80)}: {"event":"tileset.publish.requested","tileset":"fleetview.depots-v${r.int(2, 9)}","requestedBy":"tiles-pipeline","mapboxToken":"${k}"}`, cred('mapbox-secret', k));
  },
  (r) => {
    const k = tok['postmark-server-token'](r);
    return pos('queue/outbox-relay', `outbox relay: row ${r.num(6)} stuck in status=RETRYING; payload headers={"Accept":"application/json","X-Postmark-Server-Token":"${k}"} endpoint=https://api.postmarkapp.com/email/withTemplate last_error="ECONNRESET"`, cred('postmark-server-token', k));
  },
  (r) => {
    const k = tok['square-token'](r);
    return pos('queue/temporal-activity', `ActivityTaskFailed: activityType=SyncCatalog attempt=5 workflowId=catalog-sync-${r.num(4)} input=[{"merchantId":"${r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13)}","squareAccessToken":"${k}","locationIds":["L${r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12)}"]}] failure={"message":"rate limited","source":"GoSDK"}`, cred('square-token', k));
  },
];
