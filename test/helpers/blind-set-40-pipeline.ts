import type { Template40 } from './blind-set-40';

const SA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Pipeline plumbing around the agents (CI, stacks, brokers) and payment records the pipelines carry. */
export const PIPELINE_TEMPLATES: readonly Template40[] = [
  {
    name: 'gha-sourcemaps-step',
    make: (c) => `      - name: Upload sourcemaps
        env:
          SENTRY_AUTH_TOKEN: ${c.sentryOrg(c.pick(['acme-inc', 'northwind']))}
          DATADOG_API_KEY: ${c.ddApi()}
        run: |
          echo "//registry.npmjs.org/:_authToken=${c.npmTok()}" > ~/.npmrc
          npx @sentry/cli sourcemaps upload --release "$GITHUB_SHA" dist/
          GITHUB_TOKEN=${c.ghTok(c.pick(['ghp_', 'ghs_']))} npx datadog-ci git-metadata upload`,
  },
  {
    name: 'grafana-compose-env',
    make: (c) => `  grafana:
    image: grafana/grafana:11.${c.int(0, 4)}.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: "${c.password()}"
      GF_SMTP_PASSWORD: ${c.sendgrid()}
      GF_AUTH_GITHUB_CLIENT_SECRET: ${c.C('oauth-client-secret', c.r.hex(40))}
      GF_DATABASE_URL: mysql://grafana:${c.urlPassword()}@grafana-db:3306/grafana`,
  },
  {
    name: 'sumo-collector-props',
    make: (c) => `# /opt/SumoCollector/config/user.properties
name=${c.pick(['web', 'db', 'edge'])}-collector-${c.int(1, 40)}
accessid=su${c.r.chars(SA, 12)}
accesskey=${c.sumoKey()}
ephemeral=true
clobber=true
# proxy for the collector
proxyUser=sumo
proxyPassword=${c.password(14)}`,
  },
  {
    name: 'elastic-reset-password',
    make: (c) => `$ bin/elasticsearch-reset-password -u elastic --batch
Password for the [elastic] user successfully reset.
New value: ${c.C('password', c.r.chars(SA + '*=_', 20))}
$ bin/elasticsearch-service-tokens create elastic/kibana kibana-prod
SERVICE_TOKEN elastic/kibana/kibana-prod = ${c.C('elastic-service-token', Buffer.concat([Buffer.from([0, 1, 0, 1]), Buffer.from('elastic/kibana/kibana-prod:' + c.r.chars(SA, 22))]).toString('base64').replace(/=+$/, ''))}
$ bin/elasticsearch-create-enrollment-token -s kibana
${c.C('elastic-enrollment-token', Buffer.from(JSON.stringify({ ver: '8.15.0', adr: ['10.0.3.17:9200'], fgr: c.r.hex(64), key: `${c.r.chars(SA, 20)}:${c.r.chars(SA + '_-', 22)}` })).toString('base64'))}`,
  },
  {
    name: 'eventhub-connection-string',
    make: (c) => `<match azure.**>
  @type azure_event_hubs
  connection_string "Endpoint=sb://${c.pick(['acme-logs', 'obs-prod', 'siem-ingest'])}.servicebus.windows.net/;SharedAccessKeyName=fluentd-send;SharedAccessKey=${c.C('azure-sas-key', c.r.b64(32))};EntityPath=app-logs"
  hub_name app-logs
</match>
# storage for checkpoints: DefaultEndpointsProtocol=https;AccountName=obscheckpoints;AccountKey=${c.azureShared()};EndpointSuffix=core.windows.net`,
  },
  {
    name: 'cloudwatch-agent-credentials',
    make: (c) => `# /opt/aws/amazon-cloudwatch-agent/etc/common-config.toml -> shared_credential_file
[AmazonCloudWatchAgent]
aws_access_key_id = ${c.awsId()}
aws_secret_access_key = ${c.awsSecret()}
region = ${c.pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}
# firehose fallback role session token
aws_session_token = IQoJb3JpZ2luX2VjE${c.C('aws-session-token', c.r.chars(SA + '/+', 180))}`,
  },
  {
    name: 'logdrain-basic-url',
    make: (c) => `$ heroku drains:add "https://drain:${c.urlPassword()}@in.logs.betterstack.com/heroku" -a checkout-prod
Successfully added drain https://drain:[redacted]@in.logs.betterstack.com/heroku
$ heroku config:set SENTRY_DSN=https://${c.r.hex(32)}@o${c.int(10000, 99999)}.ingest.sentry.io/${c.int(100000, 999999)} LOGDNA_KEY=${c.hex32('mezmo-ingestion-key')} -a checkout-prod`,
  },
  {
    name: 'sentry-integration-secret',
    make: (c) => `# Sentry internal integration "pager-bridge"
SENTRY_CLIENT_ID=${c.r.hex(64)}
SENTRY_CLIENT_SECRET=${c.C('sentry-client-secret', c.r.hex(64))}
STRIPE_WEBHOOK_SECRET=${c.whsec()}
STRIPE_API_KEY=${c.stripe()}`,
  },
  {
    name: 'vector-redact-tests',
    make: (c) => `[[tests]]
name = "redact_pii_from_checkout_logs"
[[tests.inputs]]
insert_at = "redact_pii"
type = "log"
log_fields.message = "charge ok card=${c.card(' ')} iban=${c.iban(false)} cust=${c.email()}"
[[tests.outputs]]
extract_from = "redact_pii"
[[tests.outputs.conditions]]
type = "vrl"
source = 'assert!(!contains(string!(.message), "${c.card('')}"))'`,
  },
  {
    name: 'mysql-slow-query',
    make: (c) => `# Time: ${c.ts()}
# User@Host: payments[payments] @ api-${c.int(1, 9)}.internal [${c.privIp()}]  Id: ${c.int(10000, 999999)}
# Query_time: ${c.int(1, 9)}.${c.r.digits(6)}  Lock_time: 0.000${c.r.digits(3)} Rows_sent: 0  Rows_examined: ${c.int(1, 99999)}
SET timestamp=${c.int(1760000000, 1790000000)};
INSERT INTO stored_cards (customer_id, pan, cvv, exp_month, exp_year, holder) VALUES (${c.int(1000, 999999)}, '${c.card('')}', '${c.cvv()}', ${c.int(1, 12)}, 20${c.int(27, 31)}, '${c.name()}');`,
  },
  {
    name: 'postgres-log-iban',
    make: (c) => `${c.ts().replace('T', ' ').slice(0, 23)} UTC [${c.int(1000, 60000)}] ledger@ledger LOG:  duration: ${c.int(500, 9000)}.${c.r.digits(3)} ms  execute <unnamed>: UPDATE beneficiaries SET iban = $1, account_no = $2 WHERE id = $3
${c.ts().replace('T', ' ').slice(0, 23)} UTC [${c.int(1000, 60000)}] ledger@ledger DETAIL:  parameters: $1 = '${c.iban(false)}', $2 = '${c.acct()}', $3 = '${c.int(1000, 999999)}'`,
  },
  {
    name: 'kafka-dlq-record',
    make: (c) => `$ kcat -C -b kafka-1:9092 -t payments.dlq -o -1 -e -f 'key=%k offset=%o\\n%s\\n'
key=${c.r.uuid()} offset=${c.int(10000, 9999999)}
{"schema":"refund.v3","error":"SerializationException","payload":{"refund_to":{"card":"${c.card('-')}","iban":"${c.iban(true)}","routing":"${c.routing()}","account":"${c.acct()}"},"amount":${c.int(1, 9999)}}}`,
  },
  {
    name: 'logstash-kv-card-leak',
    make: (c) => `{"@timestamp":"${c.ts()}","message":"authorize pan=${c.card('')} cvv2=${c.cvv()} avs_zip=${c.r.digits(5)}","tags":["_grokparsefailure"],"host":{"name":"${c.host()}"},"fields":{"merchant_key":"${c.C('gateway-api-key', c.r.chars(SA, 32))}"}}`,
  },
  {
    name: 'chargeback-csv-export',
    make: (c) => `dispute_id,opened_at,card_number,amount,currency,customer_email,reason
dp_${c.r.b62(24)},${c.ts()},${c.card('')},${c.int(5, 900)}.${c.r.digits(2)},USD,${c.email()},fraudulent
dp_${c.r.b62(24)},${c.ts()},${c.card('')},${c.int(5, 900)}.${c.r.digits(2)},EUR,${c.email()},product_not_received`,
  },
  {
    name: 'pain001-in-log',
    make: (c) => `${c.ts()} DEBUG [sepa-exporter] outgoing batch MSG-${c.r.digits(10)}:
<CdtTrfTxInf><PmtId><EndToEndId>E2E-${c.r.hex(12)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${c.int(10, 9999)}.${c.r.digits(2)}</InstdAmt></Amt>
<Cdtr><Nm>${c.name()}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.iban(false)}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
<DbtrAcct><Id><IBAN>${c.iban(false)}</IBAN></Id></DbtrAcct>`,
  },
];
