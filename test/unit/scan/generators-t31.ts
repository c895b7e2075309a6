import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX, LOWER, UPPER } from './sample-rng';
import { luhnDigit } from './generators-pf16';

const GIVEN = ['Maelle', 'Tobias', 'Ingrid', 'Rashid', 'Carys', 'Dmitri'];
const FAMILY = ['Ashgrove', 'Lindqvist', 'Oyelaran', 'Pemberly', 'Castellano', 'Whitcombe'];

/** A title-case `Given Family` name. */
export const person31 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** A password with punctuation, as SIP and broker configs hold them. */
export const pass31 = (r: Rng): string => `${r.str(B62, r.int(8, 12))}${r.pick(['=', '^', '!', '*', '_', '.'])}${r.str(B62, 3)}${r.int(0, 9)}`;
/** 32 upper-case hex digits (a LoRaWAN AES-128 key). */
export const aesKey31 = (r: Rng): string => r.str('0123456789ABCDEF', 32);
/** A Luhn-valid 16-digit PAN (Visa-like prefix). */
export function pan31(r: Rng): string {
  const body = `4${r.str(DIG, 14)}`;
  return body + luhnDigit(body);
}
/** A UK mobile number without `+` (447 then 9 digits). */
export const ukMobile31 = (r: Rng): string => `447${r.int(4, 9)}${r.str(DIG, 8)}`;
/** An IMSI of a UK network (MCC 234). */
export const imsi31 = (r: Rng): string => `2341${r.int(0, 5)}${r.int(1, 9)}${r.str(DIG, 9)}`;

/**
 * Samples of round t31's detectors (blind set 31: telecom, IoT and field operations): PBX and device
 * configs, SIP traces, broker and gateway files, carrier and billing records, each value as its tool writes it.
 */
export const T31_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'sip-conf-secret': (r) => ['config backup diff (sip.conf):\n[trunk-b]\ntype=peer\nsecret=', pass31(r), '\ncontext=from-trunk'],
  'sip-register-credential': (r) => [`iax.conf reloaded: register => ${r.str(DIG, 6)}:`, pass31(r).replace(/[=:@/]/g, 'x'), '@voip.example.net (status Rejected)'],
  'sip-subscriber-password-sql': (r) => ["opensips migration: INSERT INTO subscriber (username, domain, password, ha1) VALUES ('u1', 'sip.example.org', '", pass31(r).replace(/'/g, 'q'), "', '');"],
  'sip-digest-ha1': (r) => ['auth_db row dump {"username":"2201","ha1":"', r.str(HEX, 32), '","realm":"pbx"}'],
  'sip-tool-password-argument': (r) => ['$ sipp -sf reg.xml -s 2201 -au 2201 -ap ', `'${pass31(r)}'`.slice(1, -1), ' -m 1 10.0.0.5:5060'],
  'cisco-cleartext-secret': (r) => ['show run | section username\nusername ops privilege 15 secret 0 ', pass31(r), '\nend'],
  'snmp-community-string': (r) => ['router config: snmp-server community ', `${r.str(LOWER, 6)}${r.str(B62, 8)}`, ' RO 10'],
  'kamailio-modparam-secret': (r) => ['kamailio.cfg: modparam("topoh", "mask_key", "', r.str(B62, 24), '")'],
  'voicemail-conf-pin': (r) => [`voicemail.conf:\n[default]\n${r.int(100, 999)} => `, `${r.int(1, 9)}${r.str(DIG, r.int(3, 5))}`, ',Depot mailbox,,,attach=yes'],
  'person-name-voicemail-mailbox': (r) => [`voicemail.conf:\n[default]\n${r.int(100, 999)} => ${r.int(1, 9)}${r.str(DIG, 4)},`, person31(r), ',,,attach=yes'],
  'freeswitch-vm-password': (r) => ['directory/1001.xml: <param name="vm-password" value="', `${r.int(1, 9)}${r.str(DIG, 4)}`, '"/>'],
  'person-name-caller-id': (r) => ['sngrep export:\nFrom: "', person31(r), `" <sip:${r.int(200, 299)}@10.0.0.5>;tag=${r.str(HEX, 8)}`],
  'lorawan-session-or-root-key': (r) => ['ttn-lw-cli end-devices get app dev --session: "app_s_key": { "key": "', aesKey31(r), '" }'],
  'lorawan-key-csv-column': (r) => [`abp import rejected:\nDevEUI,DevAddr,NwkSKey,Band\n${r.str('0123456789ABCDEF', 16)},${r.str('0123456789ABCDEF', 8)},`, aesKey31(r), ',EU868'],
  'mosquitto-bridge-secret': (r) => ['bridge.conf:\nconnection cloud\nremote_username gw\nremote_password ', pass31(r), '\ntopic # out 1'],
  'mqtt-username-pw-set': (r) => ['agent.py line 54: client.username_pw_set("gw-7", "', pass31(r), '")'],
  'env-table-secret-row': (r) => ['$ balena env list\nID      NAME             VALUE\n1642323 BROKER_PASSWORD  ', pass31(r).replace(/[=]/g, 'x'), '  fleet/gw'],
  'zigbee-network-key': (r) => ['configuration.yaml: advanced:\n  network_key: [', Array.from({ length: 16 }, () => r.int(0, 255)).join(', '), ']'],
  'wifi-psk-config': (r) => ['wpa_supplicant.conf written:\nnetwork={\n    ssid="depot"\n    psk="', `${r.str(B62, 12)}.${r.str(B62, 4)}`, '"\n}'],
  'imsi-labelled': (r) => ['radius detail: 3GPP-IMSI = "', imsi31(r), '"'],
  'msisdn-under-key': (r) => ['radius detail: Calling-Station-Id = "', ukMobile31(r), '"'],
  'pin-under-pin-key': (r) => ['porting-svc: {"account_number":"[FILTERED]","port_out_pin":"', `${r.int(1, 9)}${r.str(DIG, 5)}`, '"}'],
  'voucher-pin-column': (r) => [`voucher batch head:\nSERIAL;PIN;FACE_VALUE\n${r.str(DIG, 12)};`, `${r.int(1, 9)}${r.str(DIG, 3)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 4)}`, ';20.00'],
  'card-track-data': (r) => {
    const pan = pan31(r);
    return ['mpos reader raw: ;', `${pan}=${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}101${r.str(DIG, 10)}`, '?'];
  },
  'esim-activation-code': (r) => ['eSIM order mail: LPA:1$smdp.example.com$', `${r.str(UPPER + DIG, 5)}-${r.str(UPPER + DIG, 5)}-${r.str(UPPER + DIG, 4)}${r.int(0, 9)}`, ' (scan to install)'],
  'au-becs-detail-account': (r) => [`becs file rejected:\n1${r.str(DIG, 3)}-${r.str(DIG, 3)}`, `${r.int(1, 9)}${r.str(DIG, 8)}`, ` 13${r.str(DIG, 10)}${'ACME ENERGY PTY LTD'.padEnd(32)}REF`],
  'person-name-becs-detail': (r) => [`becs file rejected:\n1${r.str(DIG, 3)}-${r.str(DIG, 3)}          13${r.str(DIG, 10)}`, `${r.pick(FAMILY).toUpperCase()} ${r.pick(GIVEN).toUpperCase()}`, '              NBN-REF'],
  'person-name-split-keys': (r) => [`fleet-sync 200 {"user":{"id":${r.int(1000, 9999)},"first_name":"`, r.pick(GIVEN), '","last_name":"[FILTERED]","role":"driver"}}'],
  'person-name-under-party-key': (r) => ['fuel-recon unmatched {"cardNumber":"[FILTERED]","driverName":"', `${r.pick(GIVEN).toUpperCase()} ${r.pick(FAMILY).toUpperCase()}`, `","odometer":${r.str(DIG, 6)}}`],
  'person-name-after-role': (r) => ['HOS violation mail: driver ', person31(r), ` (employee ${r.str(DIG, 7)}) exceeded the 11-hour limit`],
  'person-name-csv-upper': (r) => [`AUDDIS rejected:\nACCOUNT NAME,REFERENCE,TRANSACTION CODE\n`, `${r.pick(GIVEN).toUpperCase()} ${r.pick(FAMILY).toUpperCase()}`, `,METERW${r.str(DIG, 8)},0N`],
  'bird-access-key-header': (r) => ['bird client: Authorization: AccessKey ', `${r.str(B62, 20)}${r.int(0, 9)}${r.str(B62, 27)}`, ' -> 403'],
  'sfdx-auth-url-refresh-token': (r) => ['sf org display: Sfdx Auth Url force://PlatformCLI::', `5Aep861${r.str(B62, 40)}.${r.str(B62, 30)}`, '@acme.my.salesforce.com'],
  'mpesa-passkey': (r) => ['.env committed: MPESA_PASSKEY=', r.str(HEX, 64), ' MPESA_SHORTCODE=174379'],
  'geotab-session-id': (r) => ['geotab-adapter << {"result":{"credentials":{"database":"acme","sessionId":"', `${r.str(B62, 10)}${r.int(0, 9)}${r.str(B62, 11)}`, '","userName":"api-integration"}}}'],
  'phone-typed-value': (r) => ['st-webhooks customer {"contacts":[{"type":"MobilePhone","value":"', `${r.pick(['617', '720', '303'])}${r.int(2, 9)}${r.str(DIG, 6)}`, '"}]}'],
  'device-mac-in-inventory': (r) => [`asset-sync missing:\nserial,model,imei,wlan_mac,firmware\nRUT-${r.str(DIG, 6)},RUT955,${r.str(DIG, 15)},`, Array.from({ length: 6 }, () => r.str('0123456789ABCDEF', 2)).join(':').replace(/^./, '0'), ',4.7.6'],
  'us-dl-after-state': (r) => ['compliance: driver [FILTERED] (CDL CA ', `${r.pick(['B', 'D', 'Y', 'W'])}${r.str(DIG, 7)}`, ', DOB [FILTERED]) exceeded the 11-hour limit'],
  'us-dl-under-licence-key': (r) => ['fleet-sync 200 {"licenseNumber":"', `${r.pick(['L', 'T', 'S'])}${r.str(DIG, 3)}-${r.str(DIG, 4)}-${r.str(DIG, 4)}`, '","licenseState":"IL"}'],
  'phone-under-contact-key': (r) => ['razorpay payload: {"customer":{"contact":"', `${r.int(6, 9)}${r.str(DIG, 9)}`, '"},"type":"link"}'],
  'utility-account-labelled': (r) => ['IVR_PAY: caller entered utility account ', `${r.int(1, 9)}${r.str(DIG, 9)}`, ' then pressed #'],
  'desk-phone-provisioning-password': (r) => ['yealink cfg served:\naccount.1.user_name = 2201\naccount.1.password = ', `${r.str(B62, 6)}=${r.str(B62, 6)}${r.int(0, 9)}`, '\naccount.1.sip_server.1.address = pbx'],
  'azure-dps-derived-device-key': (r) => ['$ az iot dps enrollment-group compute-device-key --key <primaryKey> --registration-id meter-7\n"', `${r.str(B62, 42)}${r.int(0, 9)}=`, '"'],
  'asterisk-cli-auth-secret': (r) => [`*CLI> pjsip show auth trunk-auth\n ParameterName        : ParameterValue\n auth_type            : userpass\n password             : `, `${r.str(B62, 7)}=${r.str(B62, 6)}`, '\n username             : acct78902'],
  'mosquitto-passwd-batch': (r) => ['# history: sudo mosquitto_passwd -b /etc/mosquitto/passwd gw-7 ', pass31(r), ' && systemctl restart mosquitto'],
};
