import { ddHeader, epoch, isoTs, org, plainTs, privIp, sysTs, type NegTemplate31 } from './blind-set-31-case';
import { iccid, imei } from './blind-set-31-check';
import { certPem } from './blind-set-31-iot';
import type { Rng31 } from './blind-set-31-rng';

/** A MAC address with a real OUI. */
function mac(r: Rng31): string {
  return `${r.pick(['00:1E:42', 'B8:27:EB', 'DC:A6:32', 'E4:5F:01', '00:30:44'])}:${r.HEX(2)}:${r.HEX(2)}:${r.HEX(2)}`;
}

/** Negatives of IoT platforms: device ids, EUIs, events, manifests, public certificates and keys. */
export const NEG_IOT_TEMPLATES: NegTemplate31[] = [
  {
    id: 'device-inventory-csv',
    make: (r) => `${ddHeader(r, 'asset-sync: 3 devices missing check-in > 24h')}
serial,model,imei,iccid,wlan_mac,firmware,last_seen
${[0, 1, 2].map(() => `${r.pick(['RUT955', 'TRB140', 'FMC130', 'EG25'])}-${r.HEX(8)},${r.pick(['RUT955', 'TRB140', 'FMC130', 'EG25-G'])},${imei(r)},${iccid(r)},${mac(r)},${r.int(1, 7)}.${r.int(0, 12)}.${r.int(0, 9)},${isoTs(r)}`).join('\n')}`,
  },
  {
    id: 'lorawan-uplink-event',
    make: (r) =>
      `{"end_device_ids":{"device_id":"wm-${r.int(1000, 9999)}","application_ids":{"application_id":"${org(r)}-meters"},"dev_eui":"70B3D5${r.HEX(10)}","join_eui":"${r.HEX(16)}","dev_addr":"26${r.HEX(6)}"},"received_at":"${isoTs(r)}","uplink_message":{"f_port":${r.int(1, 20)},"f_cnt":${r.int(1, 60000)},"frm_payload":"${r.b64(r.int(6, 12))}","decoded_payload":{"battery_mv":${r.int(2900, 3600)},"pulse_count":${r.int(0, 99999)}},"rx_metadata":[{"gateway_ids":{"gateway_id":"gw-${r.hex(6)}","eui":"B827EBFFFE${r.HEX(6)}"},"rssi":-${r.int(60, 120)},"snr":${r.int(-10, 10)}.${r.int(0, 9)}}],"settings":{"data_rate":{"lora":{"bandwidth":125000,"spreading_factor":${r.int(7, 12)}}},"frequency":"868${r.int(100, 500)}000"}}}`,
  },
  {
    id: 'aws-iot-job-execution',
    make: (r) => `${isoTs(r)} INFO ota-orchestrator job=${org(r)}-fw-${r.int(1, 9)}-${r.int(0, 30)}-${r.int(0, 9)} thing=meter-gw-${r.HEX(6)} status=FAILED reason="download timeout"
  jobExecution: {"jobId":"${r.uuid()}","thingArn":"arn:aws:iot:eu-west-1:${r.num(12)}:thing/meter-gw-${r.HEX(6)}","executionNumber":${r.int(1, 9)},"versionNumber":${r.int(1, 9)},"statusDetails":{"detailsMap":{"reason":"timeout"}}}
  certificateId=${r.hex(64)} clientId=meter-gw-${r.HEX(6)} traceId=${r.uuid()}`,
  },
  {
    id: 'azure-connection-string-docs',
    make: (r) => `From the onboarding guide (wiki page "Meter agent setup", rev ${r.int(10, 99)}):
1. Create the device: az iot hub device-identity create -n <hub-name> -d <device-id>
2. Put the device connection string in /etc/meter-agent/agent.env:
   IOTHUB_DEVICE_CONNECTION_STRING="HostName=<hub-name>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-primary-key>"
3. Never paste the real key in tickets; use SharedAccessKey=*** when sharing logs.
Example SAS token shape: SharedAccessSignature sr={URL-encoded-resourceURI}&sig={signature-string}&se={expiry}`,
  },
  {
    id: 'particle-event-stream',
    make: (r) => `event: ${r.pick(['meter/reading', 'tank/level', 'door/open'])}
data: {"data":"{\\"v\\":${r.int(100, 9999)},\\"bat\\":${r.int(50, 100)}}","ttl":60,"published_at":"${isoTs(r)}","coreid":"${r.hex(24)}"}

event: spark/status
data: {"data":"online","ttl":60,"published_at":"${isoTs(r)}","coreid":"${r.hex(24)}"}`,
  },
  {
    id: 'balena-device-list',
    make: (r) => `$ balena device list --fleet ${org(r)}/meter-gateways
ID      UUID    DEVICE NAME         DEVICE TYPE      FLEET                     STATUS IS ONLINE SUPERVISOR VERSION OS VERSION
${[0, 1, 2].map(() => `${r.int(1000000, 9999999)} ${r.hex(7)} ${r.pick(['quiet', 'bold', 'rusty', 'brave'])}-${r.pick(['sun', 'oak', 'river', 'ridge'])}-${r.int(10, 99)}    raspberrypi4-64  ${org(r)}/meter-gateways Idle   ${r.pick(['true', 'false'])}      16.${r.int(1, 9)}.${r.int(0, 9)}            balenaOS 6.${r.int(0, 5)}.${r.int(0, 30)}`).join('\n')}`,
  },
  {
    id: 'mosquitto-sys-and-connects',
    make: (r) => `${sysTs(r)} broker mosquitto[${r.int(400, 900)}]: ${epoch(r)}: New connection from ${privIp(r)}:${r.int(30000, 60000)} on port 8883.
${sysTs(r)} broker mosquitto[${r.int(400, 900)}]: ${epoch(r)}: New client connected from ${privIp(r)}:${r.int(30000, 60000)} as depot-gw-${r.int(1, 60)} (p2, c1, k60, u'depot-gw').
${sysTs(r)} broker mosquitto[${r.int(400, 900)}]: ${epoch(r)}: Client cold-chain-${r.int(10, 99)} has exceeded timeout, disconnecting.
$SYS/broker/clients/connected ${r.int(100, 4000)}
$SYS/broker/messages/received ${r.int(100000, 9999999)}
$SYS/broker/version mosquitto version 2.0.${r.int(15, 20)}`,
  },
  {
    id: 'ota-firmware-manifest',
    make: (
      r,
    ) => `{"version":"${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}","build":"${r.hex(12)}","image":"s3://${org(r)}-firmware/gw/${r.int(1, 4)}.${r.int(0, 20)}/rootfs.swu","size":${r.int(10000000, 90000000)},"sha256":"${r.hex(64)}","signature":{"alg":"ecdsa-p256-sha256","key_id":"fw-signing-${r.int(2023, 2025)}","value":"${r.b64(72)}"},"min_bootloader":"2.${r.int(0, 9)}"}
${isoTs(r)} WARN ota-agent hash mismatch on ${r.int(1, 30)} devices, rollback scheduled`,
  },
  {
    id: 'device-certificate-dump',
    make: (r) => `$ openssl x509 -in /greengrass/v2/thingCert.crt -noout -subject -issuer -enddate -fingerprint -sha256
subject=CN = AWS IoT Certificate
issuer=OU = Amazon Web Services O=Amazon.com Inc. L=Seattle ST=Washington C=US
notAfter=Dec 31 23:59:59 2049 GMT
sha256 Fingerprint=${r.HEX(64).match(/../g)!.join(':')}
$ cat /greengrass/v2/thingCert.crt
${certPem(r)}`,
  },
  {
    id: 'gateway-authorized-keys',
    make: (r) => `# /home/ops/.ssh/authorized_keys on depot-gw-${r.int(1, 60)} (public keys only; audited ${plainTs(r).slice(0, 10)})
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')} ci-deploy@${org(r)}
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')} ansible@bastion-${r.int(1, 3)}
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(64).replace(/=+$/, '')} fleet-support`,
  },
  {
    id: 'chirpstack-gateway-stats',
    make: (
      r,
    ) => `${isoTs(r)} INFO chirpstack::gateway::backend::mqtt: Gateway stats received gateway_id=${r.hex(16)} rx_received=${r.int(0, 900)} rx_received_ok=${r.int(0, 800)} tx_received=${r.int(0, 90)} tx_emitted=${r.int(0, 90)}
${isoTs(r)} INFO chirpstack::uplink: Uplink received m_type=UnconfirmedDataUp dev_eui=${r.hex(16)} dev_addr=${r.hex(8)} f_cnt=${r.int(0, 60000)} rssi=-${r.int(60, 120)}
${isoTs(r)} WARN chirpstack::uplink::data: Frame-counter did not increment dev_eui=${r.hex(16)} ctx_id=${r.uuid()}`,
  },
  {
    id: 'dps-registration-status',
    make: (r) => {
      const reg = `sm-${r.num(10)}`;
      return `{"operationId":"5.${r.hex(16)}.${r.uuid()}","status":"assigned","registrationState":{"registrationId":"${reg}","createdDateTimeUtc":"${isoTs(r)}","assignedHub":"${org(r)}-hub-weu.azure-devices.net","deviceId":"${reg}","status":"assigned","substatus":"initialAssignment","etag":"\\"${r.hex(8)}-0000-0d00-0000-${r.hex(12)}\\"","payload":null}}`;
    },
  },
];
