import { LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { host, ts } from './blind-set-14-tokens';
import { neg, type NegCase14 } from './blind-set-14-types';

/** Whole platform and middleware log records that carry nothing to report. */
export const negLogs: NegCase14[] = [
  (r) => neg('lambda/info-json', `${ts(r)}\t${r.uuid()}\t[INFO]\t{"msg":"processed batch","records":${r.int(1, 500)},"failed":0,"queue":"arn:aws:sqs:eu-west-1:${r.digits(12)}:orders-dlq"}`),
  (r) => neg('cloudwatch/sdk-retry', `${ts(r)} WARN [aws-sdk] ThrottlingException: Rate exceeded, retrying in ${r.int(100, 900)}ms (attempt 2/3) {"$metadata":{"httpStatusCode":400,"requestId":"${r.uuid()}","attempts":2}}`),
  (r) => neg('gcp/httprequest', `{"httpRequest":{"requestMethod":"GET","requestUrl":"https://api.acme.io/v1/orders?page=${r.int(2, 40)}&per_page=50&sort=-created_at","status":200,"latency":"0.0${r.digits(2)}s","userAgent":"okhttp/4.12.0"},"severity":"INFO"}`),
  (r) => neg('azure/functions-ok', `${ts(r)} [Information] Executed 'Functions.SyncOrders' (Succeeded, Id=${r.uuid()}, Duration=${r.int(40, 999)}ms)\n${ts(r)} [Information] Host lock lease acquired by instance ID '${r.hex(32)}'.`),
  (r) => neg('heroku/router-ok', `${ts(r)} heroku[router]: at=info method=POST path="/webhooks/stripe" host=billing.herokuapp.com request_id=${r.uuid()} fwd="10.1.2.3" dyno=web.2 connect=0ms service=${r.int(5, 300)}ms status=200 bytes=${r.int(100, 900)} protocol=https`),
  (r) => neg('vercel/request', `${ts(r)} [GET] /_next/data/${r.b62(21)}/en/pricing.json status=200 duration=${r.int(3, 90)}ms region=fra1 cache=HIT`),
  (r) => neg('netlify/build-ok', `10:22:31 AM: Build ready to start\n10:22:33 AM: build-image version: ${r.hex(40)} (focal)\n10:22:35 AM: Installing npm packages using npm version 10.8.2\n10:23:40 AM: Site is live ✨`),
  (r) => neg('cfworkers/tail-ok', `{"outcome":"ok","scriptName":"edge-router","event":{"request":{"url":"https://acme.io/api/cart?id=${r.digits(8)}","method":"GET","cf":{"colo":"FRA","asn":3320}}},"logs":[],"eventTimestamp":${Date.UTC(2026, 11, 4)}}`),
  (r) => neg('sentry/breadcrumbs-ok', `"breadcrumbs":{"values":[{"category":"ui.click","message":"button#checkout"},{"category":"fetch","data":{"method":"POST","url":"/api/cart/${r.digits(6)}/items","status_code":201}},{"category":"navigation","data":{"from":"/cart","to":"/checkout/shipping"}}]}`),
  (r) => neg('datadog/log-sample', `{"id":"AZ${r.b62(20)}","content":{"timestamp":"${ts(r)}","host":"${host(r)}","service":"inventory","message":"reserved 3 units","attributes":{"sku":"TSHIRT-BLK-M","warehouse":"DE-LEJ-1","duration_ms":${r.int(2, 90)}}}}`),
  (r) => neg('fluentbit/record', `[0] kube.var.log.containers.api-${r.hex(10)}-${r.chars(LOWER + DIGITS, 5)}_prod_api.log: [${1764842000 + r.int(0, 9999)}.${r.digits(9)}, {"stream"=>"stdout", "log"=>"GET /healthz 200 1ms"}]`),
  (r) => neg('journal/systemd', `Dec 04 03:00:01 ${host(r)} systemd[1]: Started logrotate.service - Rotate log files.\nDec 04 03:00:02 ${host(r)} CRON[${r.int(1000, 40000)}]: (root) CMD (/usr/local/bin/backup --target s3://acme-backups/$(hostname))`),
  (r) => neg('nginx/query-utm', `10.0.3.${r.int(2, 250)} - - [04/Dec/2026:11:02:19 +0000] "GET /landing?utm_source=newsletter&utm_medium=email&utm_campaign=bf2026&page=2 HTTP/1.1" 200 5120 "https://acme.io/" "Mozilla/5.0" rt=0.004`),
  (r) => neg('envoy/access', `[${ts(r)}] "POST /api.v1.Orders/Create HTTP/2" 200 - via_upstream - ${r.int(100, 999)} ${r.int(100, 9999)} ${r.int(2, 90)} ${r.int(1, 80)} "-" "grpc-go/1.64.0" "${r.uuid()}" "orders.prod.svc:8080" "10.4.7.${r.int(2, 250)}:8080"`),
  (r) => neg('make/scenario-ok', `[${ts(r)}] Scenario "Sync invoices" finished: 12 operations, 3.4 KB transferred, status: success (execution ${r.hex(32)})`),
  (r) => neg('n8n/execution-ok', `{"execution":{"id":"${r.int(10000, 99999)}","mode":"trigger","status":"success","startedAt":"${ts(r)}"},"workflow":{"id":"${r.b62(16)}","name":"Lead routing"},"lastNodeExecuted":"Slack"}`),
  (r) => neg('workato/job-ok', `Job ${r.int(100000000, 999999999)} completed in 2.3s · trigger: New/updated record in Salesforce (Opportunity ${r.chars(UPPER + DIGITS, 3)}${r.b62(12)}) · 5 actions`),
  (r) => neg('mulesoft/flow', `INFO  2026-12-04 08:14:02,118 [[MuleRuntime].uber.07: [sap-orders-api].orders-flow.CPU_LITE] event:${r.uuid()} Received IDoc ORDERS05 number ${r.digits(16)} from SAP client 100`),
  (r) => neg('fivetran/sync', `fivetran: connector ${r.chars(LOWER, 14)} (salesforce) sync_end status=SUCCESSFUL rows_updated=${r.int(100, 90000)} schema=salesforce`),
  (r) => neg('rudderstack/stats', `{"level":"info","logger":"router.BRAZE","msg":"batch delivered","destinationID":"${r.b62(27)}","workspaceId":"${r.b62(27)}","count":${r.int(1, 500)},"statusCode":201}`),
  (r) => neg('expo/eas-ok', `[RUN_EAS_BUILD] Build ${r.uuid()} finished · iOS 17.5 · runtimeVersion ${r.int(1, 9)}.0.${r.int(0, 9)} · artifact https://expo.dev/artifacts/eas/${r.b62(22)}.ipa`),
  (r) => neg('fcm/v1-response', `{"name":"projects/acme-mobile/messages/0:${r.digits(16)}%${r.hex(16)}"}`),
  (r) => neg('adyen/notification-masked', `{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"true","pspReference":"${r.chars(UPPER + DIGITS, 16)}","additionalData":{"cardSummary":"${r.digits(4)}","cardBin":"411111","expiryDate":"03/2029","paymentMethod":"visa","issuerCountry":"NL"}}}`),
  (r) => neg('mollie/payment-ok', `{"resource":"payment","id":"tr_${r.b62(10)}","mode":"live","amount":{"value":"24.95","currency":"EUR"},"method":"ideal","status":"paid","details":{"consumerName":"[hidden]","consumerBic":"INGBNL2A"}}`),
  (r) => neg('sql/constraint', `ERROR:  duplicate key value violates unique constraint "orders_external_id_key"\nDETAIL:  Key (external_id)=(ORD-${r.digits(9)}) already exists.\nCONTEXT:  COPY orders, line ${r.int(2, 9000)}`),
  (r) => neg('terraform/plan', `  # aws_secretsmanager_secret_version.stripe will be updated in-place\n  ~ resource "aws_secretsmanager_secret_version" "stripe" {\n        id            = "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/stripe-${r.b62(6)}|${r.uuid()}"\n      ~ secret_string = (sensitive value)\n    }`),
  (r) => neg('helm/status', `NAME: ingest\nLAST DEPLOYED: Fri Dec  4 09:12:01 2026\nNAMESPACE: data\nSTATUS: deployed\nREVISION: ${r.int(2, 200)}\nCHART: ingest-${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`),
  (r) => neg('logstash/pipeline', `[2026-12-04T06:12:09,004][INFO ][logstash.javapipeline][main] Pipeline started {"pipeline.id"=>"main", "pipeline.workers"=>2, "pipeline.batch.size"=>125, "sha1"=>"${r.hex(40)}"}`),
];
