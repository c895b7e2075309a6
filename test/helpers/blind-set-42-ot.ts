/** Set 42 positives: fleet telematics (Samsara, Geotab, Motive) and factory / OT gateways (MQTT, OPC UA, historians, MES). */
import { B62, B64URL } from './blind-set-9-rng';
import { gen, jwt, pem, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { address, dob, ipv4, ipv6, person, phone } from './blind-set-42-persona';

export const OT_TEMPLATES: Tpl42[] = [
  tpl('samsara-env', (x) => {
    const r = x.r;
    const tok = x.c('samsara-api-token', gen.samsara(r));
    const whs = x.c('samsara-webhook-secret', r.b64(32));
    return `SAMSARA_API_TOKEN=${tok}
SAMSARA_WEBHOOK_SECRET=${whs}
SAMSARA_ORG_ID=${r.int(10000, 99999)}`;
  }),
  tpl('samsara-driver-list', (x) => {
    const r = x.r;
    const tok = x.c('samsara-api-token', gen.samsara(r));
    const a = person(r);
    const b = person(r);
    return `$ curl -s https://api.samsara.com/fleet/drivers -H "Authorization: Bearer ${tok}" | jq '.data[:2]'
[
  { "id": "${r.digits(14)}", "name": "${x.p('name', a.full)}", "phone": "${x.p('phone', phone(r))}", "licenseNumber": "${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(8)}", "licenseState": "TN" },
  { "id": "${r.digits(14)}", "name": "${x.p('name', b.full)}", "username": "${b.first.toLowerCase()}${r.int(1, 99)}", "phone": "${x.p('phone', phone(r))}" }
]`;
  }),
  tpl('geotab-authenticate', (x) => {
    const r = x.r;
    const u = person(r, 'northwindfreight.com');
    const pw = x.c('geotab-password', r.pick([gen.wordPass, gen.spacedPass])(r));
    const sid = x.c('geotab-session-id', r.chars(B62, 22));
    return `>>> POST https://my${r.int(10, 600)}.geotab.com/apiv1
{"method":"Authenticate","params":{"database":"northwind_fleet","userName":"${x.p('email', u.email)}","password":"${pw.replace(/"/g, '\\"')}"}}
<<< 200
{"result":{"credentials":{"database":"northwind_fleet","sessionId":"${sid}","userName":"${u.email}"},"path":"my${r.int(10, 600)}.geotab.com"},"jsonrpc":"2.0"}`;
  }),
  tpl('motive-oauth', (x) => {
    const r = x.r;
    const at = x.c('motive-access-token', r.chars(B64URL, 43));
    const rt = x.c('motive-refresh-token', r.chars(B64URL, 43));
    const cs = x.c('motive-client-secret', r.hex(64));
    return `{"access_token":"${at}","token_type":"Bearer","expires_in":7200,"refresh_token":"${rt}","scope":"users.read vehicles.read hos_logs.read","created_at":${1760000000 + r.int(0, 9999999)}}
# app registered with client_secret=${cs}`;
  }),
  tpl('motive-driver-hos', (x) => {
    const r = x.r;
    const u = person(r);
    return `driver_id,first_name,last_name,email,phone,dob,home_terminal,cdl_number,last_ip
${r.int(100000, 999999)},${x.p('name', u.first)},${x.p('name', u.last)},${x.p('email', u.email)},${x.p('phone', phone(r))},${x.p('dob', dob(r))},MEM-04,${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(8)},${x.p('ipv4', ipv4(r))}`;
  }),
  tpl('mqtt-broker-url', (x) => {
    const r = x.r;
    const pw = x.c('mqtt-password', r.urlPassword(r.int(14, 22)));
    const pw2 = x.c('mqtt-password', gen.pass(r));
    return `# Telegraf -> HiveMQ Cloud bridge for line ${r.int(1, 12)} PLCs
[[outputs.mqtt]]
  servers = ["mqtts://plant-${r.pick(['gw', 'edge'])}:${pw}@${r.hex(32)}.s1.eu.hivemq.cloud:8883"]
  topic = "factory/line${r.int(1, 12)}/{{ .Name }}"
  username = "edge-bridge"
  password = "${pw2}"
  qos = 1`;
  }),
  tpl('azure-iot-device', (x) => {
    const r = x.r;
    const k = x.c('azure-iot-sas-key', gen.sasKey(r));
    const k2 = x.c('azure-iot-sas-key', gen.sasKey(r));
    return `{
  "edgeAgent": { "env": { "UpstreamProtocol": "AmqpWs" } },
  "deviceConnectionString": "HostName=${r.pick(['plant-iot', 'press-shop', 'coldchain'])}.azure-devices.net;DeviceId=${r.pick(['press', 'oven', 'reefer'])}-${r.int(1, 99)};SharedAccessKey=${k}",
  "serviceConnectionString": "HostName=plant-iot.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${k2}"
}`;
  }),
  tpl('opcua-kepware', (x) => {
    const r = x.r;
    const pw = x.c('opcua-password', gen.wordPass(r));
    const pw2 = x.c('pi-web-api-password', gen.pass(r));
    return `opcua:
  endpoint: opc.tcp://kepserver.${r.pick(['alpinemfg.io', 'bayside-cold.com'])}:49320
  security_policy: Basic256Sha256
  security_mode: SignAndEncrypt
  user_identity:
    type: username
    username: mes_reader
    password: '${pw}'
historian:
  pi_web_api: https://pi.${r.pick(['alpinemfg.io', 'bayside-cold.com'])}/piwebapi
  auth: basic
  user: 'CORP\\svc_piread'
  password: '${pw2}'`;
  }),
  tpl('influx-grafana', (x) => {
    const r = x.r;
    const it = x.c('influxdb-token', gen.influx(r));
    const gt = x.c('grafana-service-account-token', gen.grafana(r));
    return `[agent]
  interval = "10s"
[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "${it}"
  organization = "alpine-mfg"
  bucket = "spindle_vibration"
# dashboards provisioned with GRAFANA_TOKEN=${gt}`;
  }),
  tpl('tulip-plex-mes', (x) => {
    const r = x.r;
    const key = `apikey.2_${r.b62(20)}`;
    const sec = x.c('tulip-api-secret', r.chars(B62, 40));
    const plex = x.c('plex-api-key', r.hex(32));
    return `TULIP_API_KEY=${key}
TULIP_API_SECRET=${sec}
PLEX_CONNECT_API_KEY=${plex}
PLEX_CONNECT_URL=https://connect.plex.com/mdm/v1/parts`;
  }),
  tpl('aws-iot-greengrass', (x) => {
    const r = x.r;
    const key = x.c('private-key', pem(r, 'RSA PRIVATE KEY'));
    return `# /greengrass/v2/config/effectiveConfig.yaml (thing: ${r.pick(['dock', 'reefer', 'cnc'])}-${r.int(1, 400)})
system:
  certificateFilePath: "/greengrass/v2/device.pem.crt"
  privateKeyPath: "/greengrass/v2/private.pem.key"
---
$ cat /greengrass/v2/private.pem.key
${key}`;
  }),
  tpl('mes-operator-login', (x) => {
    const r = x.r;
    const u = person(r, 'alpinemfg.io');
    const tok = x.c('jwt', jwt(r, { sub: u.email, name: u.full, role: 'line_supervisor', plant: 'ALP-02' }));
    return `${ts(r)} INFO  opcenter-ex auth: login ok user=${x.p('email', u.email)} ip=${x.p('ipv6', ipv6(r))} workstation=HMI-${r.int(1, 40)}
${ts(r)} DEBUG opcenter-ex auth: issued access_token=${tok}`;
  }),
  tpl('reefer-telematics-alert', (x) => {
    const r = x.r;
    const u = person(r);
    const hook = x.c('slack-webhook', gen.slackHook(r));
    return `reefer_alert:
  unit: ${r.pick(['TRIU', 'CAIU', 'SEGU'])}${r.digits(7)}
  setpoint_c: -18
  notify:
    slack: ${hook}
    on_call: "${x.p('name', u.full)} ${x.p('phone', phone(r))}"
    home: "${x.p('address', address(r))}"`;
  }),
];
