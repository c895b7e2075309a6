import { isoTs, org, plainTs, type Template31 } from './blind-set-31-case';
import { jwt, loraKey, ttnKey } from './blind-set-31-tokens';

/** The Things Network / The Things Stack and ChirpStack: API keys, root and session keys. */
export const LORA_TEMPLATES: Template31[] = [
  {
    id: 'ttn-docker-compose-env',
    make: (r, v) => {
      const app = `${org(r)}-${r.pick(['water-meters', 'soil-probes', 'parking'])}`;
      return `# docker-compose.override.yml (lora-ingest) — shared in #iot-oncall
services:
  lora-ingest:
    image: ghcr.io/${org(r)}/lora-ingest:${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 9)}
    environment:
      TTS_CLUSTER: ${r.pick(['eu1', 'nam1', 'au1'])}.cloud.thethings.network
      TTS_APP_ID: ${app}
      TTS_API_KEY: "${v.c('ttn-api-key', ttnKey(r))}"
      MQTT_USERNAME: ${app}@ttn
      MQTT_PASSWORD: ${v.c('ttn-api-key', ttnKey(r))}
      DOWNLINK_QUEUE: replace`;
    },
  },
  {
    id: 'ttn-cli-end-device-get',
    make: (r, v) => {
      const dev = `wm-${r.int(1000, 9999)}`;
      return `$ ttn-lw-cli end-devices get ${org(r)}-meters ${dev} --root-keys --session
{
  "ids": {
    "device_id": "${dev}",
    "application_ids": { "application_id": "${org(r)}-meters" },
    "dev_eui": "${r.pick(['70B3D5', 'A84041', '0004A3'])}${r.HEX(10)}",
    "join_eui": "${r.HEX(16)}",
    "dev_addr": "26${r.HEX(6)}"
  },
  "root_keys": { "app_key": { "key": "${v.c('lorawan-app-key', loraKey(r))}" } },
  "session": {
    "keys": {
      "app_s_key": { "key": "${v.c('lorawan-app-s-key', loraKey(r))}" },
      "f_nwk_s_int_key": { "key": "${v.c('lorawan-nwk-s-key', loraKey(r))}" }
    },
    "last_f_cnt_up": ${r.int(0, 40000)}
  }
}`;
    },
  },
  {
    id: 'ttn-webhook-request-log',
    make: (r, v) => {
      return `${isoTs(r)} info  ingress POST /ttn/uplink 403 from ${r.pick(['52.212', '63.34'])}.${r.int(0, 255)}.${r.int(1, 254)}
  headers: {"user-agent":"TheThingsStack/3.${r.int(28, 33)}.${r.int(0, 3)} (linux/amd64)","x-downlink-apikey":"${v.c('ttn-api-key', ttnKey(r))}","x-downlink-push":"https://${r.pick(['eu1', 'nam1'])}.cloud.thethings.network/api/v3/as/applications/${org(r)}-meters/webhooks/ingest/devices/wm-${r.int(1000, 9999)}/down/push","authorization":"Bearer ${v.c('webhook-bearer-token', r.b62(40))}"}
  note: shared-secret header mismatch after rotation`;
    },
  },
  {
    id: 'chirpstack-api-token-and-keys',
    make: (r, v) => {
      const token = jwt(r, 'HS256', { aud: 'chirpstack', iss: 'chirpstack', sub: r.uuid(), typ: 'key' });
      const devEui = `${r.pick(['a84041', '70b3d5', '24e124'])}${r.hex(10)}`;
      return `$ curl -s -X POST https://chirpstack.${org(r)}.net/api/devices/${devEui}/keys \\
    -H "Grpc-Metadata-Authorization: Bearer ${v.c('jwt', token)}" \\
    -d '{"deviceKeys":{"nwkKey":"${v.c('lorawan-app-key', loraKey(r).toLowerCase())}","appKey":"${v.c('lorawan-app-key', loraKey(r).toLowerCase())}"}}'
{"code":6,"message":"object already exists","details":[]}
# issued ${plainTs(r).slice(0, 10)} for grafana datasource "chirpstack-${r.pick(['prod', 'eu'])}"`;
    },
  },
  {
    id: 'lorawan-abp-provisioning-csv',
    make: (r, v) => {
      const rows = [0, 1].map(() => `${r.pick(['70B3D5', 'A84041'])}${r.HEX(10)},26${r.HEX(6)},${v.c('lorawan-nwk-s-key', loraKey(r))},${v.c('lorawan-app-s-key', loraKey(r))},EU868,1.0.3,ABP`);
      return `${plainTs(r)} import-devices: rejected file abp_batch_${r.int(10, 99)}.csv (2 rows) — duplicate DevAddr
DevEUI,DevAddr,NwkSKey,AppSKey,Band,MAC,Activation
${rows.join('\n')}`;
    },
  },
];
