import type { Template40 } from './blind-set-40';

/** Agents and collectors: their config files, env, helm values and startup logs. */
export const AGENT_TEMPLATES: readonly Template40[] = [
  {
    name: 'datadog-yaml',
    make: (c) => `## datadog.yaml (rendered by chef, node ${c.host()})
api_key: ${c.ddApi()}
app_key: "${c.ddApp()}"
site: ${c.pick(['datadoghq.com', 'datadoghq.eu', 'us5.datadoghq.com'])}
logs_enabled: true
proxy:
  https: http://svc-proxy:${c.urlPassword()}@proxy.corp.internal:3128
tags:
  - env:prod
  - owner:${c.email()}`,
  },
  {
    name: 'datadog-agent-env',
    make: (c) => `$ docker run -d --name dd-agent -e DD_API_KEY=${c.ddApi()} -e DD_SITE="datadoghq.eu" \\
    -e DD_APM_ENABLED=true -e DD_LOGS_CONFIG_CONTAINER_COLLECT_ALL=true \\
    -e DD_SECRET_BACKEND_COMMAND=/readsecret.sh -e DD_APP_KEY='${c.ddApp()}' \\
    -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7.${c.int(40, 60)}.0`,
  },
  {
    name: 'datadog-startup-log',
    make: (c) => `${c.ts().replace('T', ' ').slice(0, 19)} UTC | CORE | INFO | (pkg/config/setup/config.go:${c.int(200, 900)} in LoadDatadog) | config loaded: api_key=${c.ddApi()} dd_url=https://app.datadoghq.com
${c.ts().replace('T', ' ').slice(0, 19)} UTC | CORE | WARN | (pkg/forwarder/transaction.go:${c.int(100, 400)}) | Error while processing transaction: error "403 Forbidden" while sending to https://7-${c.int(40, 60)}-0-app.agent.datadoghq.com/api/v1/series?api_key=${c.ddApi()}`,
  },
  {
    name: 'otelcol-exporters',
    make: (c) => `exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: ${c.hcIngest()}
  otlp/newrelic:
    endpoint: otlp.nr-data.net:4317
    headers:
      api-key: ${c.nrLicense()}
  datadog:
    api:
      key: "${c.ddApi()}"
      site: datadoghq.com`,
  },
  {
    name: 'otel-env-headers',
    make: (c) => {
      const inst = String(c.int(400000, 999999));
      const tok = c.glc('otlp');
      const b = Buffer.from(`${inst}:${tok}`).toString('base64');
      c.C('basic-auth-base64', b);
      return `OTEL_SERVICE_NAME=checkout
OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp-gateway-prod-${c.pick(['eu-west-2', 'us-east-0', 'ap-southeast-1'])}.grafana.net/otlp
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20${b}"
# token (for rotation notes): ${tok}`;
    },
  },
  {
    name: 'otel-env-dynatrace',
    make: (c) => `export OTEL_EXPORTER_OTLP_ENDPOINT=https://${c.r.chars('abcdefghijklmnopqrstuvwxyz', 3)}${c.r.digits(5)}.live.dynatrace.com/api/v2/otlp
export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Api-Token ${c.dtTok()}"
export DT_PAAS_TOKEN=${c.dtTok()}
export OTEL_RESOURCE_ATTRIBUTES=service.name=ledger,deployment.environment=prod`,
  },
  {
    name: 'fluent-bit-outputs',
    make: (c) => `[OUTPUT]
    Name        es
    Match       kube.*
    Host        logs-prod.es.${c.pick(['eu-west-1', 'us-east-1'])}.aws.found.io
    Port        9243
    HTTP_User   fluentbit_writer
    HTTP_Passwd ${c.password()}
    tls         On

[OUTPUT]
    Name        cloudwatch_logs
    Match       audit.*
    region      eu-central-1
    # temp creds while IRSA is broken, remove after INC-${c.int(1000, 9999)}
    aws_access_key_id     ${c.awsId()}
    aws_secret_access_key ${c.awsSecret()}`,
  },
  {
    name: 'fluent-bit-azure',
    make: (c) => `[OUTPUT]
    Name        azure
    Match       *
    Customer_ID ${c.r.uuid()}
    Shared_Key  ${c.azureShared()}

[OUTPUT]
    Name  loki
    Match app.*
    host  logs-prod-${c.int(10, 30)}.grafana.net
    http_user ${c.int(100000, 999999)}
    http_passwd ${c.glc('fluentbit')}`,
  },
  {
    name: 'fluentd-conf',
    make: (c) => `<match app.**>
  @type splunk_hec
  hec_host splunk-hec.corp.net
  hec_port 8088
  hec_token ${c.uuidKey('splunk-hec-token', c.r.next() < 0.5)}
</match>
<match audit.**>
  @type logzio_buffered
  endpoint_url https://listener.logz.io:8071?token=${c.logzio()}&type=audit
</match>
<match billing.**>
  @type sumologic
  endpoint https://endpoint${c.int(1, 9)}.collection.us2.sumologic.com/receiver/v1/http/${c.C('sumologic-http-source', 'ZaVnC4dhaV' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 100))}
</match>`,
  },
  {
    name: 'logstash-pipeline',
    make: (c) => `output {
  elasticsearch {
    hosts => ["https://es01.logging.svc:9200"]
    user => "logstash_internal"
    password => "${c.password()}"
    ilm_enabled => true
  }
  kafka {
    bootstrap_servers => "b-1.msk-logs.kafka.eu-west-1.amazonaws.com:9096"
    security_protocol => "SASL_SSL"
    sasl_mechanism => "SCRAM-SHA-512"
    sasl_jaas_config => "org.apache.kafka.common.security.scram.ScramLoginModule required username='logstash' password='${c.password(20)}';"
  }
}`,
  },
  {
    name: 'logstash-startup-log',
    make: (c) => `[${c.ts().slice(0, 23).replace('T', 'T')}][INFO ][logstash.outputs.elasticsearch][main] New Elasticsearch output {:class=>"LogStash::Outputs::ElasticSearch", :hosts=>["https://elastic:${c.urlPassword()}@es-hot-0.es.internal:9200"]}
[${c.ts().slice(0, 23)}][WARN ][logstash.outputs.elasticsearch][main] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://elastic:xxxxxx@es-hot-0.es.internal:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::BadResponseCodeError}
[${c.ts().slice(0, 23)}][INFO ][logstash.inputs.http     ] api_key header accepted: ApiKey ${c.elasticApiKey()}`,
  },
  {
    name: 'vector-toml',
    make: (c) => `[sinks.datadog_logs]
type = "datadog_logs"
inputs = ["parse_nginx"]
default_api_key = "${c.ddApi()}"

[sinks.axiom]
type = "axiom"
inputs = ["parse_nginx"]
dataset = "edge-logs"
token = "${c.axiom()}"

[sinks.clickhouse]
type = "clickhouse"
endpoint = "https://vector:${c.urlPassword()}@ch-logs.internal:8443"
table = "nginx_access"`,
  },
  {
    name: 'vector-yaml-newrelic',
    make: (c) => `sinks:
  new_relic:
    type: new_relic
    inputs: [app_logs]
    account_id: "${c.int(1000000, 4999999)}"
    license_key: ${c.nrLicense()}
    api: logs
  better_stack:
    type: http
    inputs: [app_logs]
    uri: https://in.logs.betterstack.com
    auth:
      strategy: bearer
      token: ${c.tokenOf('betterstack-source-token', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`,
  },
  {
    name: 'promtail-clients',
    make: (c) => `clients:
  - url: https://logs-prod-${c.int(1, 30)}.grafana.net/loki/api/v1/push
    basic_auth:
      username: ${c.int(100000, 999999)}
      password: ${c.glc('promtail')}
  - url: https://loki.internal.corp/loki/api/v1/push
    bearer_token: ${c.jwt({ scope: 'logs:write', tenant: 'payments' })}
scrape_configs:
  - job_name: journal`,
  },
  {
    name: 'filebeat-yaml',
    make: (c) => {
      const cloudId = `prod-logs:${Buffer.from(`eu-west-1.aws.found.io$${c.r.hex(32)}$${c.r.hex(32)}`).toString('base64')}`;
      return `filebeat.inputs:
  - type: filestream
    paths: [/var/log/nginx/*.log]
cloud.id: "${cloudId}"
cloud.auth: "elastic:${c.password()}"
output.elasticsearch:
  api_key: "${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 20)}:${c.tokenOf('elastic-api-key-secret', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22)}"`;
    },
  },
  {
    name: 'prometheus-remote-write',
    make: (c) => `remote_write:
  - url: https://prometheus-prod-${c.int(10, 40)}-prod-${c.pick(['eu-west-0', 'us-central-0'])}.grafana.net/api/prom/push
    basic_auth:
      username: "${c.int(1000000, 1999999)}"
      password: "${c.glc('metrics-write')}"
  - url: https://mimir.obs.internal/api/v1/push
    headers:
      X-Scope-OrgID: platform
    authorization:
      credentials: ${c.glsa()}`,
  },
  {
    name: 'alloy-river',
    make: (c) => `otelcol.auth.basic "grafana_cloud" {
  username = "${c.int(600000, 999999)}"
  password = "${c.glc('alloy')}"
}

prometheus.remote_write "mimir" {
  endpoint {
    url = "https://mimir.corp.net/api/v1/push"
    bearer_token = "${c.glsa()}"
  }
}`,
  },
  {
    name: 'helm-values-otel',
    make: (c) => `# helm upgrade --install otel-collector open-telemetry/opentelemetry-collector -f values-prod.yaml
extraEnvs:
  - name: SPLUNK_ACCESS_TOKEN
    value: "${c.sfx()}"
  - name: SPLUNK_HEC_TOKEN
    value: "${c.uuidKey('splunk-hec-token')}"
  - name: SPLUNK_REALM
    value: us1
  - name: DD_API_KEY
    value: ${c.ddApi()}`,
  },
  {
    name: 'k8s-secret-stringdata',
    make: (c) => `apiVersion: v1
kind: Secret
metadata:
  name: observability-creds
  namespace: monitoring
type: Opaque
stringData:
  NEW_RELIC_LICENSE_KEY: ${c.nrLicense()}
  NEW_RELIC_API_KEY: ${c.nrUser()}
  MEZMO_INGESTION_KEY: ${c.hex32('mezmo-ingestion-key')}`,
  },
  {
    name: 'k8s-secret-base64',
    make: (c) => {
      const dd = c.ddApi();
      const pw = c.password();
      return `$ kubectl get secret datadog-secret -n datadog -o yaml
apiVersion: v1
data:
  api-key: ${c.C('base64-encoded-secret', Buffer.from(dd).toString('base64'))}
  token: ${c.C('base64-encoded-secret', Buffer.from(pw).toString('base64'))}
kind: Secret
# decoded api-key: ${dd}
# decoded token:   ${pw}`;
    },
  },
  {
    name: 'gcp-logging-sa-json',
    make: (c) => {
      const body = c.pemRsaBody();
      const pem = `-----BEGIN PRIVATE KEY-----\\n${body.replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
      c.C('private-key', pem.slice(0, -2));
      const proj = c.pick(['obs-prod-4821', 'logging-sink-prod', 'acme-telemetry']);
      return `{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${c.r.hex(40)}",
  "private_key": "${pem}",
  "client_email": "fluent-bit@${proj}.iam.gserviceaccount.com",
  "client_id": "${c.r.digits(21)}"
}`;
    },
  },
];
