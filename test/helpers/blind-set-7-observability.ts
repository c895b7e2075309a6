import { Rng, ABC } from './blind-set-7-rng';
import * as t from './blind-set-7-tokens';
import { cred, pos, type Blind7Positive } from './blind-set-7-types';

/** Observability agents and exporters: Datadog, New Relic, Sentry, Honeycomb, Grafana, Elastic, OTLP. */
export function observabilityCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`obs/${name}`, text, ...v));

  const a = t.ddApiKey(r);
  c('ddAgentYaml', `## datadog.yaml\nsite: datadoghq.eu\napi_key: ${a}\nlogs_enabled: true`, cred(a, 'datadog-api-key'));
  const b = t.ddApiKey(r);
  const ak = t.ddAppKey(r);
  c('ddCurlHeaders', `curl -s "https://api.datadoghq.com/api/v1/monitor" -H "DD-API-KEY: ${b}" -H "DD-APPLICATION-KEY: ${ak}"`, cred(b, 'datadog-api-key'), cred(ak, 'datadog-app-key'));
  const d = t.ddApiKey(r);
  c('ddHelmSet', `helm upgrade --install datadog datadog/datadog --set datadog.apiKey=${d} --set datadog.site=us5.datadoghq.com`, cred(d, 'datadog-api-key'));
  const nr = t.newRelicUser(r);
  c('newRelicGraphql', `POST https://api.newrelic.com/graphql\nAPI-Key: ${nr}\n{"query":"{ actor { user { name } } }"}`, cred(nr, 'newrelic-key'));
  const lic = t.newRelicLicense(r);
  c('newRelicIni', `[newrelic]\nlicense_key = ${lic}\napp_name = checkout-api (prod)`, cred(lic, 'newrelic-key'));
  const dsnSecret = r.hex(32);
  c('sentryLegacyDsn', `SENTRY_DSN="https://${r.hex(32)}:${dsnSecret}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}"`, cred(dsnSecret, 'sentry-secret'));
  const su = t.sentryUser(r);
  c('sentryCliAuth', `sentry-cli --auth-token ${su} releases files ${r.hex(12)} upload-sourcemaps ./dist`, cred(su, 'sentry-token'));
  const so = t.sentryOrg(r);
  c('sentryOrgTokenRc', `[auth]\ntoken=${so}\n[defaults]\norg=acme`, cred(so, 'sentry-token'));
  const hi = t.honeycombIngest(r);
  c('honeycombOtelEnv', `OTEL_EXPORTER_OTLP_ENDPOINT="https://api.honeycomb.io"\nOTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${hi},x-honeycomb-dataset=checkout"`, cred(hi, 'honeycomb-key'));
  const hc = t.honeycombConfig(r);
  c('honeycombCollectorYaml', `exporters:\n  otlp/honeycomb:\n    endpoint: api.honeycomb.io:443\n    headers:\n      "x-honeycomb-team": "${hc}"`, cred(hc, 'honeycomb-key'));
  const user = String(r.int(100000, 999999));
  const gc = t.grafanaCloud(r);
  c('promRemoteWrite', `remote_write:\n  - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push\n    basic_auth:\n      username: ${user}\n      password: ${gc}`, cred(gc, 'grafana-token'));
  const lokiPw = r.password();
  c('lokiUrlCreds', `level=warn caller=client.go:419 component=client host=logs-prod-eu-west-0.grafana.net msg="error sending batch" url=https://${user}:${encodeURIComponent(lokiPw)}@logs-prod-eu-west-0.grafana.net/loki/api/v1/push`, cred(encodeURIComponent(lokiPw), 'url-password'));
  const otlpBasic = Buffer.from(`${user}:${t.grafanaCloud(r)}`).toString('base64');
  c('otlpHeadersUrlEncoded', `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${otlpBasic}`, cred(otlpBasic, 'basic-auth'));
  const sa = t.grafanaSa(r);
  c('grafanaSaTerraform', `provider "grafana" {\n  url  = "https://acme.grafana.net/"\n  auth = "${sa}"\n}`, cred(sa, 'grafana-token'));
  const ek = t.elasticApiKey(r);
  c('elasticApiKeyHeader', `[2026-12-03T22:14:09.311Z] WARN  apm-server: request headers {"Authorization":["ApiKey ${ek}"],"User-Agent":["apm-agent-java/1.52.0"]}`, cred(ek, 'elastic-key'));
  const st = r.str(ABC.an, 24);
  c('elasticSecretTokenProps', `elastic.apm.server_url=https://apm.internal:8200\nelastic.apm.secret_token=${st}\nelastic.apm.service_name=billing`, cred(st, 'elastic-secret'));
  const dk = t.ddApiKey(r);
  c('ddDockerRunLineStart', `${dk} is the key in -e DD_API_KEY; rotate it, it was pasted in #ops`, cred(dk, 'datadog-api-key'));
  return out;
}
