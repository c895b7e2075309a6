import { isoTs, jsonEsc, org, plainTs, privIp, type Template31 } from './blind-set-31-case';
import { azureKey, geotabSession, infobipKey, pemRsaKey, plivoToken, samsaraToken, smppPassword, stClientSecret, telnyxKey, twilioAuthToken, vonageSecret } from './blind-set-31-tokens';

/** Deployment and tooling around the telecom stack: Kubernetes secrets, Terraform state, Postman, bridges, diffs. */
export const OPS_TEMPLATES: Template31[] = [
  {
    id: 'k8s-secret-sms-gateway',
    make: (r, v) => {
      const b = (s: string) => Buffer.from(s).toString('base64');
      return `$ kubectl get secret sms-gateway-creds -n messaging -o yaml
apiVersion: v1
data:
  SMPP_PASSWORD: ${v.c('base64-secret', b(smppPassword(r)))}
  TWILIO_AUTH_TOKEN: ${v.c('base64-secret', b(twilioAuthToken(r)))}
  VONAGE_API_SECRET: ${v.c('base64-secret', b(vonageSecret(r)))}
  SMPP_SYSTEM_ID: ${b(org(r).replace(/-/g, '').slice(0, 8))}
kind: Secret
metadata:
  creationTimestamp: "${isoTs(r).replace(/\.\d+Z/, 'Z')}"
  name: sms-gateway-creds
  namespace: messaging
  resourceVersion: "${r.num(8)}"
  uid: ${r.uuid()}
type: Opaque`;
    },
  },
  {
    id: 'terraform-state-iot',
    make: (r, v) => {
      const hub = `${org(r)}-hub`;
      const pk = azureKey(r);
      return `${plainTs(r)} [ci] terraform show -json | jq '.values.root_module.resources[] | select(.type|test("iot"))' (debug step left in pipeline)
{"address":"aws_iot_certificate.gateway","type":"aws_iot_certificate","values":{"active":true,"arn":"arn:aws:iot:eu-west-1:${r.num(12)}:cert/${r.hex(64)}","private_key":"${v.c('private-key', jsonEsc(pemRsaKey(r)))}\\n","public_key":"-----BEGIN PUBLIC KEY-----\\n(omitted)\\n-----END PUBLIC KEY-----\\n"}}
{"address":"azurerm_iothub_shared_access_policy.backend","type":"azurerm_iothub_shared_access_policy","values":{"iothub_name":"${hub}","name":"backend","primary_key":"${v.c('azure-shared-access-key', pk)}","primary_connection_string":"HostName=${hub}.azure-devices.net;SharedAccessKeyName=backend;SharedAccessKey=${pk}","secondary_key":"${v.c('azure-shared-access-key', azureKey(r))}","service_connect":true}}`;
    },
  },
  {
    id: 'postman-environment-export',
    make: (r, v) => {
      return `{
  "id": "${r.uuid()}",
  "name": "CPaaS prod (shared)",
  "values": [
    { "key": "vonage_api_key", "value": "${r.hex(8)}", "type": "default", "enabled": true },
    { "key": "vonage_api_secret", "value": "${v.c('vonage-api-secret', vonageSecret(r))}", "type": "secret", "enabled": true },
    { "key": "plivo_auth_token", "value": "${v.c('plivo-auth-token', plivoToken(r))}", "type": "secret", "enabled": true },
    { "key": "infobip_api_key", "value": "${v.c('infobip-api-key', infobipKey(r))}", "type": "default", "enabled": true },
    { "key": "base_url", "value": "https://${r.b62(6).toLowerCase()}.api.infobip.com", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "${isoTs(r)}",
  "_postman_exported_using": "Postman/11.${r.int(1, 30)}.${r.int(0, 9)}"
}`;
    },
  },
  {
    id: 'mosquitto-bridge-conf',
    make: (r, v) => {
      const gw = r.int(1, 60);
      return `# /etc/mosquitto/conf.d/bridge.conf on depot-gw-${gw} (from diagnostics bundle)
connection cloud-bridge
address mqtt.${org(r)}.io:8883
bridge_protocol_version mqttv311
remote_clientid depot-gw-${gw}
remote_username depot-gw
remote_password ${v.c('mqtt-password', r.password(20))}
topic telemetry/# out 1 "" depot/${gw}/
bridge_cafile /etc/ssl/certs/ca-certificates.crt

connection legacy-psk
address ${privIp(r)}:8884
bridge_identity gw${gw}
bridge_psk ${v.c('tls-psk', r.hex(32))}`;
    },
  },
  {
    id: 'asterisk-manager-ari-conf',
    make: (r, v) => {
      return `; manager.conf + ari.conf (pbx-${r.int(1, 6)}) — flagged by config scanner on ${plainTs(r).slice(0, 10)}
[general]
enabled = yes
port = 5038
bindaddr = 0.0.0.0

[crm-dialer]
secret = ${v.c('password', r.password(18))}
deny = 0.0.0.0/0.0.0.0
permit = ${privIp(r)}/255.255.255.0
read = system,call,agent
write = originate

; ari.conf
[dispatch-app]
type = user
read_only = no
password = ${v.c('password', r.humanPassword())}
password_format = plain`;
    },
  },
  {
    id: 'docker-inspect-telematics-env',
    make: (r, v) => {
      return `$ docker inspect fleet-sync --format '{{json .Config.Env}}' | jq .
[
  "SAMSARA_API_TOKEN=${v.c('samsara-api-token', samsaraToken(r))}",
  "GEOTAB_DATABASE=${org(r).replace(/-/g, '_')}",
  "GEOTAB_USER=api.integration@${org(r)}.com",
  "GEOTAB_PASSWORD=${v.c('password', r.password(16))}",
  "GEOTAB_CACHED_SESSION=${v.c('geotab-session-id', geotabSession(r))}",
  "MOTIVE_API_KEY=${v.c('motive-api-key', r.uuid())}",
  "ST_CLIENT_SECRET=${v.c('servicetitan-client-secret', stClientSecret(r))}",
  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  "NODE_VERSION=20.${r.int(10, 18)}.${r.int(0, 9)}"
]`;
    },
  },
  {
    id: 'git-diff-key-rotation',
    make: (r, v) => {
      return `commit ${r.hex(40)}
Author: ops-bot <ops-bot@${org(r)}.com>
Date:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${r.pick(['Mar', 'Apr', 'May'])} ${r.int(1, 28)} ${r.pad(0, 23, 2)}:${r.pad(0, 59, 2)}:${r.pad(0, 59, 2)} 2025 +0000

    rotate messaging keys after INC-${r.int(1000, 9999)}

diff --git a/deploy/prod/.env b/deploy/prod/.env
index ${r.hex(7)}..${r.hex(7)} 100644
--- a/deploy/prod/.env
+++ b/deploy/prod/.env
@@ -3,4 +3,4 @@ LOG_LEVEL=info
-TELNYX_API_KEY=${v.c('telnyx-api-key', telnyxKey(r))}
+TELNYX_API_KEY=${v.c('telnyx-api-key', telnyxKey(r))}
-INFOBIP_API_KEY=${v.c('infobip-api-key', infobipKey(r))}
+INFOBIP_API_KEY=${v.c('infobip-api-key', infobipKey(r))}`;
    },
  },
];
