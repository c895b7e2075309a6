import type { Template40 } from './blind-set-40';

const SA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Credential-dense configs of the stack's other tools: Kibana, Graylog, Telegraf, Icinga, Terraform, Slack OAuth. */
export const TOKEN_TEMPLATES: readonly Template40[] = [
  {
    name: 'kibana-yml',
    make: (c) => `server.publicBaseUrl: "https://kibana.obs.corp.net"
elasticsearch.hosts: ["https://es01:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "${c.password()}"
xpack.security.encryptionKey: "${c.C('encryption-key', c.r.chars(SA, 32))}"
xpack.encryptedSavedObjects.encryptionKey: ${c.C('encryption-key', c.r.hex(32))}
xpack.reporting.encryptionKey: '${c.C('encryption-key', c.r.chars(SA, 40))}'`,
  },
  {
    name: 'graylog-server-conf',
    make: (c) => `is_leader = true
node_id_file = /etc/graylog/server/node-id
password_secret = ${c.C('graylog-password-secret', c.r.chars(SA, 96))}
mongodb_uri = mongodb://graylog:${c.urlPassword()}@mongo-0:27017,mongo-1:27017/graylog?replicaSet=rs0
elasticsearch_hosts = https://graylog:${c.urlPassword()}@opensearch:9200
transport_email_auth_username = alerts@graylog.corp.net
transport_email_auth_password = ${c.password(16)}`,
  },
  {
    name: 'telegraf-conf',
    make: (c) => `[[outputs.influxdb_v2]]
  urls = ["https://${c.pick(['eu-central-1-1', 'us-east-1-1', 'us-west-2-1'])}.aws.cloud2.influxdata.com"]
  token = "${c.C('influxdb-token', c.r.b64(64).replace(/\+/g, '-').replace(/\//g, '_'))}"
  organization = "sre"
  bucket = "telegraf"

[[outputs.datadog]]
  apikey = "${c.ddApi()}"

[[inputs.postgresql]]
  address = "host=pg-primary user=telegraf password=${c.password(16)} sslmode=require"`,
  },
  {
    name: 'icinga-api-users',
    make: (c) => `object ApiUser "root" {
  password = "${c.password()}"
  permissions = [ "*" ]
}

object ApiUser "pagerduty-bridge" {
  password = "${c.password(20)}"
  permissions = [ "actions/acknowledge-problem", "objects/query/Service" ]
}
// notification command env: PAGERDUTY_ROUTING_KEY=${c.hex32('pagerduty-routing-key')}`,
  },
  {
    name: 'terraform-providers',
    make: (c) => `provider "datadog" {
  api_key = "${c.ddApi()}"
  app_key = "${c.ddApp()}"
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = "${c.pdApi()}"
}

provider "newrelic" {
  account_id = ${c.int(1000000, 4999999)}
  api_key    = "${c.nrUser()}"
  region     = "EU"
}`,
  },
  {
    name: 'slack-oauth-response',
    make: (c) => `< HTTP/2 200
< content-type: application/json; charset=utf-8
{"ok":true,"app_id":"A${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","authed_user":{"id":"U${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","access_token":"${c.slackUser()}"},
 "scope":"chat:write,incoming-webhook","token_type":"bot","access_token":"${c.slackBot()}","refresh_token":"${c.C('slack-refresh-token', 'xoxe-1-' + c.r.b62(140))}",
 "incoming_webhook":{"channel":"#incidents","url":"${c.slackHook()}"}}`,
  },
  {
    name: 'pd-opsgenie-migration-csv',
    make: (c) => `service,integration_type,old_pagerduty_key,new_opsgenie_key,owner
checkout-api,events_v2,${c.hex32('pagerduty-routing-key')},${c.uuidKey('opsgenie-api-key')},payments-sre
ledger,events_v2,${c.hex32('pagerduty-routing-key')},${c.uuidKey('opsgenie-api-key')},core-banking
edge-proxy,cloudwatch,${c.hex32('pagerduty-routing-key')},${c.uuidKey('opsgenie-api-key')},netops`,
  },
  {
    name: 'mtls-client-key-cat',
    make: (c) => `$ kubectl -n monitoring exec deploy/otel-gateway -- cat /etc/otelcol/tls/client.key
${c.pemEc()}
$ kubectl -n monitoring get cm otel-gateway -o jsonpath='{.data.relay}' | grep -A3 kafka
      kafka:
        auth: { sasl: { username: otel, password: "${c.password()}", mechanism: SCRAM-SHA-512 } }`,
  },
  {
    name: 'sentry-envelope-legacy-auth',
    make: (c) => {
      const p = c.person();
      return `POST /api/${c.int(1000000, 4999999)}/envelope/ HTTP/1.1
X-Sentry-Auth: Sentry sentry_version=7, sentry_client=sentry.java/7.${c.int(0, 9)}.0, sentry_key=${c.r.hex(32)}, sentry_secret=${c.hex32('sentry-dsn-secret')}
Content-Type: application/x-sentry-envelope

{"event_id":"${c.r.hex(32)}","sent_at":"${c.ts()}"}
{"type":"event","length":${c.int(300, 900)}}
{"level":"error","user":{"id":"${c.int(1000, 99999)}","email":"${c.email(p)}","ip_address":"${c.ip()}","name":"${c.name(p)}"},"contexts":{"device":{"id":"${c.deviceId()}"}}}`;
    },
  },
  {
    name: 'syslog-5424-sd',
    make: (c) => {
      const p = c.person();
      return `<134>1 ${c.ts()} ${c.host()} auth-svc ${c.int(1000, 60000)} LOGIN [meta@32473 user="${c.email(p)}" src="${c.ip()}" mfa_phone="${c.phone()}"] login ok for ${c.name(p)}
<131>1 ${c.ts()} ${c.host()} auth-svc ${c.int(1000, 60000)} RESET [meta@32473 token="${c.C('password-reset-token', c.r.b64url(32))}"] password reset link issued`;
    },
  },
];
