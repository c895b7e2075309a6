import { githubToken, pem } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER } from './blind-set-9-rng';
import { b64s, cred, iso16, pos, type PosCase16 } from './blind-set-16-types';


/** Go, Terraform, Kubernetes, curl, proxies, API-client exports, Ruby/PHP job systems and CI logs. */
export const credOps: PosCase16[] = [
  (r) => {
    const v = `dop_v1_${r.hex(64)}`;
    return pos('go/dumprequest', `level=error msg="droplet create failed" dump="POST /v2/droplets HTTP/1.1\\r\\nHost: api.digitalocean.com\\r\\nUser-Agent: godo/1.128.0\\r\\nContent-Length: 212\\r\\nAuthorization: Bearer ${v}\\r\\nContent-Type: application/json\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n"`, cred('digitalocean-token', v));
  },
  (r) => {
    const id = `LTAI${r.b62(20)}`, secret = r.b62(30);
    return pos('go/struct-plusv', `E1204 ${r.int(10, 23)}:0${r.int(1, 9)}:11.402113 1 oss_sync.go:77] upload failed: oss: service returned error: StatusCode=403, ErrorCode=SignatureDoesNotMatch
cfg=&{Endpoint:https://oss-cn-hangzhou.aliyuncs.com AccessKeyID:${id} AccessKeySecret:${secret} Bucket:corp-media Timeout:30s}`, cred('alibaba-key-id', id), cred('alibaba-secret', secret));
  },
  (r) => {
    const v = r.hex(37);
    return pos('tf/cloudflare-debug', `${iso16(r)} [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Cloudflare API Request Details:
---[ REQUEST ]---------------------------------------
GET /client/v4/zones?name=corp-tools.io HTTP/1.1
Host: api.cloudflare.com
X-Auth-Email: netops@corp-tools.io
X-Auth-Key: ${v}
-----------------------------------------------------`, cred('cloudflare-global-key', v));
  },
  (r) => {
    const api = r.hex(32), app = r.hex(40);
    return pos('tf/datadog-debug', `${iso16(r)} [DEBUG] provider.terraform-provider-datadog_v3.49.0: HTTP Request: POST /api/v1/monitor HTTP/1.1
Host: api.datadoghq.eu
Dd-Api-Key: ${api}
Dd-Application-Key: ${app}
Content-Type: application/json`, cred('datadog-api-key', api), cred('datadog-app-key', app));
  },
  (r) => {
    const v = `${r.b62(14)}.atlasv1.${r.b62(67)}`;
    return pos('tf/terraformrc-trace', `${iso16(r)} [TRACE] Loading CLI configuration from /home/runner/.terraformrc
credentials "app.terraform.io" {
  token = "${v}"
}
╷
│ Error: Required token could not be found`, cred('tfc-token', v));
  },
  (r) => {
    const pw = r.password(24), b = b64s(pw);
    return pos('k8s/secret-yaml', `$ kubectl get secret payments-db -n payments -o yaml
apiVersion: v1
data:
  POSTGRES_PASSWORD: ${b}
  POSTGRES_USER: ${b64s('payments')}
kind: Secret
metadata:
  name: payments-db
  namespace: payments
type: Opaque`, cred('k8s-secret-b64', b));
  },
  (r) => {
    const v = `glpat-${r.chars(B62 + '-_', 20)}`;
    return pos('k8s/describe-env', `Containers:
  runner:
    Image:          registry.gitlab.com/corp/runner-helper:v17.5.1
    State:          Waiting
      Reason:       CrashLoopBackOff
    Environment:
      CI_SERVER_URL:       https://gitlab.corp-tools.io
      GITLAB_API_TOKEN:    ${v}
      RUNNER_EXECUTOR:     kubernetes`, cred('gitlab-pat', v));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('k8s/docker-inspect-env', `"Config": {
    "Hostname": "${r.hex(12)}",
    "Env": [
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "AMQP_URL=amqps://orders:${pw}@rabbit-01.internal:5671/orders",
        "LANG=C.UTF-8"
    ],`, cred('amqp-password', pw));
  },
  (r) => {
    const b = b64s(`support-bot@corp-tools.io/token:${r.b62(40)}`);
    return pos('curl/verbose-basic', `*   Trying 104.16.${r.int(0, 255)}.${r.int(1, 254)}:443...
* Connected to corp.zendesk.com port 443
> GET /api/v2/tickets/recent.json HTTP/2
> Host: corp.zendesk.com
> authorization: Basic ${b}
> user-agent: curl/8.5.0
> accept: */*
< HTTP/2 401`, cred('basic-b64', b));
  },
  (r) => {
    const v = `lin_api_${r.b62(40)}`;
    return pos('curl/verbose-header', `> POST /graphql HTTP/2
> Host: api.linear.app
> Authorization: ${v}
> Content-Type: application/json
> Content-Length: 98
>
< HTTP/2 400
{"errors":[{"message":"Authentication required, not authenticated"}]}`, cred('linear-key', v));
  },
  (r) => {
    const v = `shippo_live_${r.hex(40)}`;
    return pos('proxy/nginx-query', `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [04/Dec/2026:${r.int(10, 23)}:14:09 +0000] "GET /v1/labels/export?format=pdf&api_key=${v}&since=2026-12-01 HTTP/1.1" 502 166 "-" "python-requests/2.31.0" rt=30.001 uct="-"`, cred('shippo-key', v));
  },
  (r) => {
    const v = `hvs.CAESI${r.chars(B62 + '-_', 86)}`;
    return pos('proxy/envoy-json', `{"start_time":"${iso16(r)}","method":"GET","path":"/v1/secret/data/payments/stripe","response_code":403,"response_flags":"-","upstream_host":"10.${r.int(0, 255)}.4.17:8200","authorization":"Bearer ${v}","x_request_id":"${r.uuid()}","duration":4}`, cred('vault-token', v));
  },
  (r) => {
    const v = `PMAK-${r.hex(24)}-${r.hex(34)}`, cs = r.b62(40);
    return pos('export/postman-collection', `{"info":{"name":"Partner API (prod)","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "auth":{"type":"apikey","apikey":[{"key":"value","value":"${v}","type":"string"},{"key":"key","value":"X-Api-Key","type":"string"}]},
 "variable":[{"key":"baseUrl","value":"https://partner.corp-tools.io"},{"key":"client_secret","value":"${cs}"}]}`, cred('postman-key', v), cred('client-secret', cs));
  },
  (r) => {
    const v = `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`;
    return pos('export/insomnia-env', `_type: environment
name: Production
data:
  base_url: https://app.asana.com/api/1.0
  asana_token: "${v}"
  workspace_gid: "${r.digits(16)}"`, cred('asana-pat', v));
  },
  (r) => {
    const v = `dG9rOj${r.b64(45).replace(/=+$/, '')}`;
    return pos('ruby/faraday-logger', `I, [${iso16(r)} #${r.int(100, 9999)}]  INFO -- request: POST https://api.intercom.io/contacts/search
I, [${iso16(r)} #${r.int(100, 9999)}]  INFO -- request: Authorization: "Bearer ${v}"
Intercom-Version: "2.11"
I, [${iso16(r)} #${r.int(100, 9999)}]  INFO -- response: Status 401`, cred('intercom-token', v));
  },
  (r) => {
    const v = r.uuid();
    return pos('ruby/net-http-debug', `opening connection to api.postmarkapp.com:443...
opened
<- "POST /email/withTemplate HTTP/1.1\\r\\nAccept: application/json\\r\\nContent-Type: application/json\\r\\nX-Postmark-Server-Token: ${v}\\r\\nHost: api.postmarkapp.com\\r\\n\\r\\n"
-> "HTTP/1.1 401 Unauthorized\\r\\n"`, cred('postmark-token', v));
  },
  (r) => {
    const v = `sk_live_${r.hex(40)}`;
    return pos('ruby/sidekiq-payload', `WARN: {"context":"Job raised exception","job":{"retry":5,"queue":"payments","class":"Paystack::VerifyTransferJob","args":["${v}","TRF_${r.chars(LOWER + DIGITS, 15)}"],"jid":"${r.hex(24)}","created_at":${1796000000 + r.int(0, 99999)}.${r.digits(6)},"error_class":"Faraday::UnauthorizedError"}}`, cred('paystack-secret', v));
  },
  (r) => {
    const secret = r.b62(16);
    return pos('ruby/resque-failure', `Resque::Failure: Vonage::AuthenticationError
Queue:     sms
Worker:    worker-3.internal:2211:sms
Payload:   {"class"=>"SendOtpJob", "args"=>[{"api_key"=>"${r.hex(8)}", "api_secret"=>"${secret}", "to"=>"[masked]"}]}`, cred('vonage-secret', secret));
  },
  (r) => {
    const v = `key-${r.hex(32)}`;
    return pos('php/laravel-monolog', `[${iso16(r).replace('T', ' ').slice(0, 19)}] production.ERROR: Mailgun send failed {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\HttpTransportException(code: 401): Unable to send an email: Forbidden)","config":{"transport":"mailgun","domain":"mg.corp-tools.io","secret":"${v}","endpoint":"api.eu.mailgun.net"}}`, cred('mailgun-key', v));
  },
  (r) => {
    const v = `whsec_${r.b62(32)}`, k = `sk_live_${r.b62(99)}`;
    return pos('ruby/rails-params', `Started PATCH "/admin/integrations/stripe" for 10.${r.int(0, 255)}.${r.int(0, 255)}.9 at ${iso16(r)}
Processing by Admin::IntegrationsController#update as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "integration"=>{"api_key"=>"${k}", "webhook_secret"=>"${v}", "mode"=>"live"}, "id"=>"stripe"}
Completed 500 Internal Server Error in 41ms`, cred('stripe-secret', k), cred('stripe-webhook-secret', v));
  },
  (r) => {
    const v = githubToken(r, 'ghs');
    return pos('ci/gha-git-clone', `Run git clone https://x-access-token:${v}@github.com/corp/deploy-manifests.git
Cloning into 'deploy-manifests'...
remote: Repository not found.
fatal: repository 'https://github.com/corp/deploy-manifests.git/' not found
Error: Process completed with exit code 128.`, cred('github-app-token', v));
  },
  (r) => {
    const v = `pul-${r.hex(40)}`;
    return pos('ci/docker-build-arg', `#7 [build 3/6] RUN --mount=type=cache,target=/root/.cache pulumi login
#0 building with "default" instance using docker driver
 > docker buildx build --build-arg PULUMI_ACCESS_TOKEN=${v} --build-arg STACK=prod -t infra-runner:latest .
#7 ERROR: process "/bin/sh -c pulumi login" did not complete successfully: exit code: 255`, cred('pulumi-token', v));
  },
  (r) => {
    const v = `bkua_${r.hex(40)}`;
    return pos('ci/buildkite-agent', `${iso16(r)} ERROR  Failed to annotate build: PUT https://api.buildkite.com/v2/organizations/corp/pipelines/web/builds/${r.int(1000, 99999)}/annotations: 401 Unauthorized
BUILDKITE_API_TOKEN=${v}`, cred('buildkite-token', v));
  },
  (r) => {
    const key = pem(r, 'EC PRIVATE KEY', 114);
    return pos('k8s/tls-secret-stringdata', `error: error validating "ingress-tls.yaml": error validating data: unknown field "stringdata"
---
apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: api-tls, namespace: edge}
stringData:
  tls.key: |
${key.split('\n').map((l) => `    ${l}`).join('\n')}`, cred('private-key', key.split('\n').map((l) => `    ${l}`).join('\n').trimStart()));
  },
  (r) => {
    const key = pem(r, 'OPENSSH PRIVATE KEY', 380);
    return pos('ci/ansible-vvv', `<10.${r.int(0, 255)}.3.12> ESTABLISH SSH CONNECTION FOR USER: deploy
fatal: [web-3]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: Load key \\"/tmp/ansible-key\\": invalid format", "unreachable": true}
TASK [debug] ok: [localhost] => deploy_key:
${key}`, cred('private-key', key));
  },
];
