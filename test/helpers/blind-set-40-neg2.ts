import type { NegTemplate40 } from './blind-set-40';
import type { Rng9 } from './blind-set-9-rng';

const ts = (r: Rng9) => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
const pem = (r: Rng9, n: number) => Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(n)]).toString('base64').match(/.{1,64}/g)!.join('\n');

/** Negatives, part 2: hashes, public keys, ids, prose and release output. */
export const NEGATIVE_TEMPLATES_2: readonly NegTemplate40[] = [
  {
    name: 'deploy-markers-git',
    make: (r) => `$ git log --oneline -4 deploy/prod
${r.hex(7)} otel: bump collector to 0.${r.int(90, 110)}.0
${r.hex(7)} alerts: route sev2 to #sre-alerts
${r.hex(7)} Merge pull request #${r.int(1000, 9999)} from acme/honeycomb-sampling
$ datadog-ci sourcemaps upload ./dist --service web --release-version ${r.hex(40)} --minified-path-prefix https://cdn.acme.io/
Uploaded ${r.int(10, 90)} files in ${r.int(1, 9)}.${r.digits(3)} seconds`,
  },
  {
    name: 'grafana-dashboard-json',
    make: (r) => `{"dashboard":{"uid":"${r.b62(9)}","title":"Checkout / Golden signals","version":${r.int(2, 90)},
 "panels":[{"id":${r.int(1, 40)},"type":"timeseries","datasource":{"type":"prometheus","uid":"${r.b62(9)}"},
   "targets":[{"expr":"sum(rate(http_server_duration_seconds_count{service=\\"checkout\\",status=~\\"5..\\"}[5m]))","refId":"A"}]}]},
 "meta":{"slug":"checkout-golden-signals","url":"/d/${r.b62(9)}/checkout-golden-signals","created":"${ts(r)}","provisionedExternalId":"checkout.json"}}`,
  },
  {
    name: 'ssh-and-cert-public',
    make: (r) => `#cloud-config for the monitoring bastion
users:
  - name: sre
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} sre-laptop
ca_certs:
  trusted:
    - |
      -----BEGIN CERTIFICATE-----
      ${pem(r, 180).replace(/\n/g, '\n      ')}
      -----END CERTIFICATE-----`,
  },
  {
    name: 'jwks-public',
    make: (r) => `GET https://auth.acme.io/.well-known/jwks.json -> 200
{"keys":[{"kty":"RSA","use":"sig","kid":"${r.hex(16)}","alg":"RS256","e":"AQAB","n":"${r.b64url(256)}"}]}`,
  },
  {
    name: 'synthetics-secure-refs',
    make: (r) => `// New Relic scripted browser monitor
const By = $selenium.By;
$webDriver.get('https://app.shopfront.io/login');
$webDriver.findElement(By.id('email')).sendKeys($secure.SYNTHETIC_USER_EMAIL);
$webDriver.findElement(By.id('password')).sendKeys($secure.SYNTHETIC_USER_PASSWORD);
// Checkly: process.env.CHECKLY_API_KEY, account ${r.uuid()}, check ${r.uuid()}
// Datadog variable: {{ LOGIN_PASSWORD }} (obfuscated), test public id ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 3)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 3)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 3)}`,
  },
  {
    name: 'alertmanager-notify-log',
    make: (r) => `ts=${ts(r)} caller=dispatch.go:${r.int(100, 400)} level=debug component=dispatcher msg="Processing alert" alert=HighErrorRate[${r.hex(7)}][active]
ts=${ts(r)} caller=notify.go:${r.int(700, 900)} level=info component=dispatcher receiver=pager integration=pagerduty[0] aggrGroup="{}/{severity=\\"critical\\"}:{alertname=\\"HighErrorRate\\"}" msg="Notify success" attempts=1 duration=${r.int(100, 900)}ms
ts=${ts(r)} level=debug msg="flushing" groupKey="{}:{alertname=\\"HighErrorRate\\"}" fingerprint=${r.hex(16)}`,
  },
  {
    name: 'sentry-cli-release-output',
    make: (r) => `> Found ${r.int(4, 40)} files
> Analyzing ${r.int(4, 40)} sources
> Adding source map references
> Bundled ${r.int(4, 40)} files for upload
> Bundle ID: ${r.uuid()}
> Uploaded files to Sentry
> File upload complete (processing pending on server)
> Organization: acme-inc
> Project: web-frontend
> Release: ${r.hex(40)}
> Dist: None
Source Map Upload Report
  Minified Scripts
    ~/assets/index-${r.b62(8)}.js (sourcemap at index-${r.b62(8)}.js.map, debug id ${r.uuid()})`,
  },
  {
    name: 'statuspage-incident-prose',
    make: (r) => `Subject: [Acme Status] Investigating - Elevated API error rates
Incident ID: ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}
We are investigating elevated 5xx rates on the Payments API in eu-west-1 since ${ts(r)}.
Affected component: Card payments (${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}). Reference INC-${r.int(1000, 9999)}, ticket OPS-${r.int(10000, 99999)}.
You are receiving this because you subscribed at status.example.com. Unsubscribe: https://status.example.com/unsubscribe/${r.uuid()}`,
  },
  {
    name: 'jaeger-trace-json',
    make: (r) => `{"traceID":"${r.hex(32)}","spans":[{"traceID":"${r.hex(32)}","spanID":"${r.hex(16)}","operationName":"HTTP GET /health","startTime":${r.int(1760000000, 1790000000)}${r.digits(6)},"duration":${r.int(100, 99999)},
 "tags":[{"key":"http.status_code","type":"int64","value":200},{"key":"net.peer.ip","type":"string","value":"127.0.0.1"},{"key":"otel.library.version","type":"string","value":"1.${r.int(10, 40)}.0"},{"key":"build.sha","type":"string","value":"${r.hex(40)}"}],
 "processID":"p1","warnings":null}]}`,
  },
  {
    name: 'base64-nonsecret-blobs',
    make: (r) => {
      const cloudId = Buffer.from(`eu-west-1.aws.found.io:443$${r.hex(32)}$${r.hex(32)}`).toString('base64');
      const cfg = Buffer.from(JSON.stringify({ sampler: 'parentbased_traceidratio', ratio: r.int(1, 100) / 100, service: 'checkout' })).toString('base64');
      return `filebeat: cloud.id: "logs-prod:${cloudId}"
otel configmap checksum/config: ${r.hex(64)}
sampling.json (base64): ${cfg}
Content-MD5: ${r.b64(16)}`;
    },
  },
  {
    name: 'env-template-placeholders',
    make: (r) => `# .env.example for the on-call bot (copy to .env)
SLACK_BOT_TOKEN=xoxb-your-bot-token
SLACK_SIGNING_SECRET=<your-signing-secret>
PAGERDUTY_TOKEN=changeme
OPSGENIE_API_KEY=\${OPSGENIE_API_KEY}
DD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=https://publickey@o0.ingest.sentry.io/0
ALERT_EMAIL_TO=oncall@example.com
# schema version ${r.int(1, 9)}.${r.int(0, 20)}, generated ${ts(r)}`,
  },
  {
    name: 'loki-querier-log',
    make: (r) => `level=info ts=${ts(r)} caller=metrics.go:${r.int(100, 200)} component=querier org_id=fake traceID=${r.hex(16)} latency=fast query="{app=\\"checkout\\"} |= \\"error\\"" query_hash=${r.int(100000000, 4294967295)} query_type=filter range_type=range length=1h0m0s step=${r.int(5, 60)}s duration=${r.int(10, 900)}.${r.digits(3)}ms status=200 limit=1000 returned_lines=${r.int(0, 1000)} throughput=${r.int(1, 90)}MB total_bytes=${r.int(1, 900)}MB total_entries=${r.int(1, 1000)} queue_time=${r.int(10, 999)}µs`,
  },
  {
    name: 'apm-entity-ids',
    make: (r) => {
      const acct = r.int(1000000, 4999999);
      const guid = Buffer.from(`${acct}|APM|APPLICATION|${r.int(100000000, 999999999)}`).toString('base64').replace(/=+$/, '');
      return `New Relic entity: guid=${guid} accountId=${acct} name="Billing API (prod)" reporting=true
Dynatrace: SERVICE-${r.hex(16).toUpperCase()} on PROCESS_GROUP_INSTANCE-${r.hex(16).toUpperCase()} (HOST-${r.hex(16).toUpperCase()})
Datadog monitor ${r.int(10000000, 199999999)} -> incident #${r.int(100, 9999)}; Opsgenie tinyId ${r.int(100, 99999)}, alias ${r.hex(40)}
Sentry issue WEB-FRONTEND-${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 3)} (${r.int(1000000000, 4999999999)}), fingerprint {{ default }}`;
    },
  },
  {
    name: 'otelcol-startup-log',
    make: (r) => `${ts(r)}	info	service@v0.${r.int(90, 110)}.0/service.go:${r.int(100, 200)}	Starting otelcol-contrib...	{"Version": "0.${r.int(90, 110)}.0", "NumCPU": ${r.int(2, 16)}}
${ts(r)}	info	extensions/extensions.go:${r.int(30, 60)}	Extension started.	{"kind": "extension", "name": "bearertokenauth/withscheme", "token_source": "file:/var/run/secrets/otel/token"}
${ts(r)}	info	exporterhelper/retry_sender.go:${r.int(100, 150)}	Exporting failed. Will retry the request after interval.	{"kind": "exporter", "name": "otlphttp/grafana", "error": "HTTP 401 Unauthorized", "interval": "${r.int(2, 9)}.${r.digits(6)}s", "request_id": "${r.uuid()}"}
${ts(r)}	info	service@v0.${r.int(90, 110)}.0/service.go:${r.int(200, 260)}	Everything is ready. Begin running and processing data.`,
  },
  {
    name: 'pagerduty-webhook-v3',
    make: (r) => `POST /hooks/pagerduty HTTP/1.1
X-PagerDuty-Signature: v1=${r.hex(64)}
X-Webhook-Id: ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7)}
{"event":{"id":"01${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 24)}","event_type":"incident.resolved","resource_type":"incident","occurred_at":"${ts(r)}",
 "agent":{"html_url":"https://acme.pagerduty.com/users/P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}","id":"P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}","type":"user_reference"},
 "data":{"id":"Q${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 13)}","number":${r.int(100, 99999)},"status":"resolved","priority":{"summary":"P2"}}}}`,
  },
];
