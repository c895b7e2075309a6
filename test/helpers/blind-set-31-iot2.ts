import { ddHeader, epoch, isoTs, org, plainTs, privIp, sysTs, type Template31 } from './blind-set-31-case';
import { githubPat } from './blind-set-31-check';
import { person } from './blind-set-31-people';
import { balenaKey, particleToken, wifiPsk } from './blind-set-31-tokens';

/** Particle, balena, MQTT brokers and clients, cellular routers, Wi-Fi provisioning, Node-RED. */
export const IOT2_TEMPLATES: Template31[] = [
  {
    id: 'particle-cli-token-list',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'DE']));
      const dev = r.hex(24);
      return `$ particle token list
Checking with the cloud...
? Using account ${v.p('email', p.email)}
Please enter your password: [hidden]
user (__PASSWORD_ONLY__)
 Token:      ${v.c('particle-access-token', particleToken(r))}
 Expires at: ${isoTs(r)}

$ curl -s "https://api.particle.io/v1/devices/${dev}/events?access_token=${v.c('particle-access-token', particleToken(r))}"
{"error":"invalid_token","error_description":"The access token provided is invalid."}`;
    },
  },
  {
    id: 'balena-env-list',
    make: (r, v) => {
      const fleet = `${org(r)}/${r.pick(['meter-gateways', 'depot-sensors', 'cold-chain'])}`;
      const influx = r.b64url(64) + '==';
      return `$ balena env list --fleet ${fleet}
ID      NAME               VALUE                                                                                        FLEET
${r.int(1000000, 9999999)} LOG_LEVEL          info                                                                                         ${fleet}
${r.int(1000000, 9999999)} MQTT_BROKER_URL    mqtts://mqtt.${org(r)}.io:8883                                                                ${fleet}
${r.int(1000000, 9999999)} MQTT_PASSWORD      ${v.c('mqtt-password', r.password(20))}                                                                         ${fleet}
${r.int(1000000, 9999999)} INFLUXDB_TOKEN     ${v.c('influxdb-token', influx)} ${fleet}
${r.int(1000000, 9999999)} TZ                 Europe/${r.pick(['London', 'Amsterdam', 'Berlin'])}                                                                                ${fleet}`;
    },
  },
  {
    id: 'balena-jenkins-build-secrets',
    make: (r, v) => {
      return `[Pipeline] sh
+ balena login --token ${v.c('balena-api-key', balenaKey(r))}
Successfully logged in as: gh_${org(r).replace(/-/g, '_')}_ci
+ mkdir -p .balena/secrets
+ echo ${v.c('github-pat', githubPat(r))}
+ cat .balena/balena.yml
build-secrets:
  global:
    - source: github_token
      dest: github_token
+ balena push ${org(r)}/edge-gateway --source . --nocache
[Info]    Starting build for edge-gateway, user gh_${org(r).replace(/-/g, '_')}_ci
[Error]   Build failed: fatal: could not read Username for 'https://github.com': terminal prompts disabled`;
    },
  },
  {
    id: 'mosquitto-cli-cron',
    make: (r, v) => {
      const host = `mqtt.${org(r)}.io`;
      return `${ddHeader(r, 'cron heartbeat-publisher exited 5')}
${sysTs(r)} depot-gw-${r.int(1, 40)} CRON[${r.int(1000, 30000)}]: (root) CMD (/usr/bin/mosquitto_pub -h ${host} -p 8883 --cafile /etc/ssl/certs/ca-certificates.crt -u depot-gw -P '${v.c('mqtt-password', r.password(16))}' -t depot/heartbeat -q 1 -m "$(date +%s)")
${sysTs(r)} depot-gw-${r.int(1, 40)} mosquitto_pub[${r.int(1000, 30000)}]: Connection error: Connection Refused: not authorised.
${sysTs(r)} ${host} mosquitto[${r.int(400, 900)}]: ${epoch(r)}: Client depot-gw-${r.int(1, 40)} disconnected, not authorised.
# last successful run from the same box used: mosquitto_sub -h ${host} -p 8883 -u admin -P ${v.c('mqtt-password', r.humanPassword())} -t '#' -v`;
    },
  },
  {
    id: 'mqtt-client-url-errors',
    make: (r, v) => {
      const pw = r.urlPassword(14);
      const enc = pw.slice(0, 5) + '%40' + pw.slice(5);
      const pw2 = r.password(16);
      return `${isoTs(r)} ERROR telemetry-bridge mqtt reconnect failed: Error: connack timeout
    url: mqtts://meter-bridge:${v.c('mqtt-password', enc)}@${privIp(r)}:8883/
    at MqttClient._setupConnectTimer (/app/node_modules/mqtt/build/lib/client.js:${r.int(400, 900)}:28)
${plainTs(r)},${r.digits(3)} ERROR paho: on_connect rc=5 (Connection Refused: not authorised) for client "cold-chain-${r.int(10, 99)}"
  File "/opt/coldchain/agent.py", line ${r.int(20, 80)}, in connect
    client.username_pw_set("coldchain", "${v.c('mqtt-password', pw2)}")`;
    },
  },
  {
    id: 'emqx-http-auth-webhook',
    make: (r, v) => {
      const cid = `tracker-${r.HEX(8)}`;
      const user = `fleet_${r.int(100, 999)}`;
      return `${isoTs(r)} WARN  mqtt-authz  POST /emqx/auth 401 ${r.int(1, 30)}ms from ${privIp(r)} (emqx authn http)
  body={"clientid":"${cid}","username":"${user}","password":"${v.c('mqtt-password', r.password(18))}","peerhost":"${privIp(r)}","protocol":"mqtt","cert_common_name":""}
  reason: user ${user} disabled in fleet registry (vehicle decommissioned ${plainTs(r).slice(0, 10)})
${isoTs(r)} [warning] clientid: ${cid}, msg: authentication_failure, reason: not_authorized, authenticator: password_based:http`;
    },
  },
  {
    id: 'zigbee2mqtt-configuration',
    make: (r, v) => {
      const key = Array.from({ length: 16 }, () => r.int(0, 255)).join(', ');
      return `# zigbee2mqtt/data/configuration.yaml (substation-${r.int(1, 30)} sensor hub, from support bundle)
homeassistant: false
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://${privIp(r)}:1883
  user: z2m
  password: ${v.c('mqtt-password', r.password(15))}
serial:
  port: /dev/ttyUSB0
advanced:
  pan_id: ${r.int(1000, 65000)}
  ext_pan_id: [${Array.from({ length: 8 }, () => r.int(0, 255)).join(', ')}]
  network_key: [${v.c('zigbee-network-key', key)}]
  log_level: info`;
    },
  },
  {
    id: 'teltonika-uci-show',
    make: (r, v) => {
      return `root@RUT${r.pick(['240', '955', 'X11'])}:~# uci show network.mob1s1a1; uci show system.@system[0] | grep -v hostname
network.mob1s1a1=interface
network.mob1s1a1.proto='wwan'
network.mob1s1a1.modem='1-1'
network.mob1s1a1.sim='1'
network.mob1s1a1.apn='${r.pick(['iot.1nce.net', 'm2m.vodafone.com', 'em', 'telstra.m2m'])}'
network.mob1s1a1.auth='chap'
network.mob1s1a1.username='${org(r)}'
network.mob1s1a1.password='${v.c('apn-password', r.password(12))}'
network.mob1s1a1.pincode='${v.c('sim-pin', r.digits(4))}'
network.mob1s1a1.pdptype='ip'
rms_connect_mqtt.rms_mqtt.enabled='1'
root@RUT:~# cat /etc/shadow | head -1
root:${v.c('crypt-hash', `$1$${r.b62(8)}$${r.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`)}:${r.int(19000, 20000)}:0:99999:7:::`;
    },
  },
  {
    id: 'wpa-supplicant-provisioning',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'NL', 'SE']));
      return `${sysTs(r)} field-kit-${r.int(1, 99)} provision[${r.int(300, 900)}]: wrote /etc/wpa_supplicant/wpa_supplicant-wlan0.conf:
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=${p.country}

network={
    ssid="${org(r)}-depot"
    psk="${v.c('wifi-psk', wifiPsk(r))}"
    priority=10
}
network={
    ssid="${org(r)}-corp"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="${v.p('email', p.email)}"
    password="${v.c('password', r.humanPassword())}"
    phase2="auth=MSCHAPV2"
}`;
    },
  },
  {
    id: 'nodered-settings-and-creds',
    make: (r, v) => {
      return `${plainTs(r)} - [warn] Encrypted credentials not found
// settings.js (node-red on yard-pi-${r.int(1, 20)})
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "${v.c('nodered-credential-secret', r.b62(32))}",
    uiPort: process.env.PORT || 1880,
    adminAuth: { type: "credentials", users: [{ username: "admin", password: "${v.c('bcrypt-hash', `$2b$08$${r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`)}", permissions: "*" }] },
};
// flows_cred.json (decrypted by debug script)
{"${r.hex(16)}":{"user":"nodered","password":"${v.c('mqtt-password', r.password(14))}"},"${r.hex(16)}":{"token":"${v.c('influxdb-token', r.b64url(64) + '==')}"}}`;
    },
  },
];
