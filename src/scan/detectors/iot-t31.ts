import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { csvColumnAt, HEADER_REACH } from '../column-names';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): IoT device and broker secrets as the
 * tools write them — LoRaWAN root and session keys (The Things Stack `app_key`/`app_s_key`/
 * `f_nwk_s_int_key` with their `{"key": …}` wrapper, ChirpStack `nwkKey`/`appKey`, ABP provisioning
 * CSVs with NwkSKey/AppSKey columns), Mosquitto bridge `remote_password`/`bridge_psk`, paho's
 * `username_pw_set`, secret env vars in `balena env list`-style tables, the zigbee2mqtt
 * `network_key` byte list, wpa_supplicant/hostapd passphrases.
 */

/** LoRaWAN key names of LoRaWAN 1.0/1.1 (AppKey, NwkKey, AppSKey, NwkSKey, FNwkSIntKey, SNwkSIntKey, NwkSEncKey, GenAppKey), in any naming style. */
const LORA_KEY = String.raw`(?:(?:gen[_-]?)?app[_-]?key|nwk[_-]?key|app[_-]?s[_-]?key|nwk[_-]?s[_-]?key|[fs][_-]?nwk[_-]?s[_-]?int[_-]?key|nwk[_-]?s[_-]?enc[_-]?key)`;
const LORA_KEY_RE = new RegExp(`^${LORA_KEY}$`, 'i');

/** 32 hex digits (an AES-128 key) that are no run of one digit or a counting sequence. */
const aesKeyOk = (v: string): boolean => /^[0-9a-fA-F]{32}$/.test(v) && !/^(.)\1+$/.test(v) && !/^(?:0123456789abcdef|00112233)/i.test(v) && new Set(v.toLowerCase()).size >= 6;

/** A password-like value: not a placeholder, not one character repeated. */
const secretOk = (v: string): boolean =>
  !isLowEntropy(v) &&
  v.length >= 6 && !/^(.)\1+$/.test(v) && !/^(?:\*+|x+|\$\{.*\}|\$[A-Z_]+|<[^>]*>|\{\{.*\}\}|changeme|password|secret|none|null|redacted|\[?redacted\]?|\[filtered\])$/i.test(v);

/** Secret-named upper-case env var names (`MQTT_PASSWORD`, `INFLUXDB_TOKEN`, `TTN_API_KEY`). */
const ENV_SECRET = /_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|AUTH_KEY|PRIVATE_KEY|SECRET_KEY|PSK|PASSKEY)$/;

export const IOT_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'lorawan-session-or-root-key',
    name: 'LoRaWAN root or session key (AppKey, NwkKey, AppSKey, NwkSKey, FNwkSIntKey…) under its name',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['appkey', 'app_key', 'app-key', 'nwkkey', 'nwk_key', 'nwk-key', 'skey', 's_key', 's-key', 'intkey', 'int_key', 'int-key', 'enckey', 'enc_key', 'enc-key'],
    // `"appKey":"…"`, `"app_s_key": { "key": "…" }`, `--root-keys.app-key.key …`, `AppSKey = …`.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>${LORA_KEY})(?:\.key)?(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}(?:\{\s{0,3}\\{0,3}["']?key\\{0,3}["']?\s{0,3}[:=]\s{0,3})?\\{0,3}["']?|\s{1,3})(?<v>[0-9A-Fa-f]{32})(?![0-9A-Za-z])`,
      'i',
    ),
    mask: 'full',
    validate: (v) => aesKeyOk(v),
    remediation: 'Re-key the device (a LoRaWAN AppKey or session key decrypts or forges its traffic) and export devices without --root-keys/--session',
  }),
  defineDetector({
    id: 'lorawan-key-csv-column',
    name: 'LoRaWAN key in a provisioning CSV column (AppKey, NwkSKey, AppSKey)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['appkey', 'app_key', 'nwkkey', 'nwk_key', 'appskey', 'nwkskey', 'app_s_key', 'nwk_s_key'],
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>[0-9A-Fa-f]{32})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return col !== null && LORA_KEY_RE.test(col.trim()) && aesKeyOk(v);
    },
    remediation: 'Re-key the devices and keep provisioning files (AppKey/NwkSKey/AppSKey columns) out of logs and tickets',
  }),
  defineDetector({
    id: 'mosquitto-bridge-secret',
    name: 'Mosquitto bridge password or TLS-PSK (`remote_password`, `bridge_psk`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['remote_password', 'bridge_psk'],
    pattern: /(?<![^\n])[ \t]*(?<k>remote_password|bridge_psk)[ \t]+(?<v>\S{4,200})[ \t]*(?![^\r\n])/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the bridge credentials on both brokers and keep mosquitto.conf out of diagnostics bundles',
  }),
  defineDetector({
    id: 'mqtt-username-pw-set',
    name: "MQTT password passed to paho's `username_pw_set(user, password)`",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['username_pw_set'],
    pattern: /username_pw_set\(\s{0,3}(?:username\s{0,2}=\s{0,2})?["'][^"'\n]{1,128}["']\s{0,3},\s{0,3}(?:password\s{0,2}=\s{0,2})?(?:"(?<v>[^"\n]{4,128})"|'(?<w>[^'\n]{4,128})')/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the MQTT password and read it from the environment or a secret store, not the source',
  }),
  defineDetector({
    id: 'mosquitto-passwd-batch',
    name: 'MQTT password on a `mosquitto_passwd -b file user password` command line',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['mosquitto_passwd'],
    pattern: /(?<![\w-])mosquitto_passwd(?:\s-[cH](?:\s\w+)?)*\s-b(?:\s-[cH](?:\s\w+)?)*\s\S{1,200}\s[^\s'"]{1,128}\s(?:'(?<v>[^'\n]{4,128})'|"(?<w>[^"\n]{4,128})"|(?<u>[^\s'"]{4,128}))/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the MQTT password and run mosquitto_passwd without -b (it prompts) so the password stays out of shell history',
  }),
  defineDetector({
    id: 'env-table-secret-row',
    name: 'Secret env var in a CLI table row (`balena env list`, `heroku config`-style `ID  NAME  VALUE`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['password  ', 'passwd  ', 'pass  ', 'pwd  ', 'secret  ', 'token  ', 'key  ', 'psk  ', 'passkey  ', 'password\t', 'token\t', 'secret\t', 'key\t'],
    pattern: /(?<![\w$.-])(?<k>[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6})[ \t]{2,60}(?<v>[^\s"'=][^\s"']{7,300})(?=[ \t\r\n]|$)/,
    mask: 'full',
    // Round r59: a short hex digest followed by an age column (`fly secrets list`: `NAME  DIGEST  CREATED AT`) is no value.
    validate: (v, ctx) =>
      ENV_SECRET.test(ctx.key ?? '') && secretOk(v) && !/^[a-z]+:\/\/[^:@]*$/.test(v) && !(/^[0-9a-f]{8,16}$/.test(v) && /^[ \t]{2,}(?:\d{1,4}[smhdwy]|\d{1,4} \w+|about an? \w+|an? \w+) ago\b/.test(ctx.text.slice(ctx.end))),
    remediation: 'Rotate the secret and list env vars without values (or with values masked) in support output',
  }),
  defineDetector({
    id: 'zigbee-network-key',
    name: 'Zigbee network key (zigbee2mqtt/ZHA `network_key` byte list)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['network_key', 'networkkey'],
    pattern: /(?<![\w])network_?key["']?\s{0,3}[:=]\s{0,3}\[(?<v>\s{0,3}\d{1,3}(?:\s{0,3},\s{0,3}\d{1,3}){15})\s{0,3}\]/i,
    mask: 'full',
    validate: (v) => {
      const bytes = v.split(',').map((b) => Number(b.trim()));
      // zigbee2mqtt's documented default key (1, 3, 5 … 13) and all-equal lists are public.
      return bytes.every((b) => b <= 255) && new Set(bytes).size >= 6 && v.replace(/\s/g, '') !== '1,3,5,7,9,11,13,15,0,2,4,6,8,10,12,13';
    },
    remediation: 'Form a new Zigbee network with a fresh key (anyone with it decrypts the mesh) and keep configuration.yaml out of bundles',
  }),
  defineDetector({
    id: 'wifi-psk-config',
    name: 'Wi-Fi passphrase in wpa_supplicant (`psk="…"`) or hostapd (`wpa_passphrase=`) config',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['psk=', 'psk =', 'wpa_passphrase'],
    pattern: /(?<![^\n])[ \t]*(?:psk[ \t]*=[ \t]*(?:"(?<v>[^"\n]{8,63})"|(?<w>[0-9a-fA-F]{64})(?![0-9A-Za-z]))|wpa_passphrase[ \t]*=[ \t]*(?<u>[^\n]{8,63}?)[ \t]*(?![^\r\n]))/,
    mask: 'full',
    validate: (v) => secretOk(v) && !/^\$/.test(v),
    remediation: 'Change the Wi-Fi passphrase and keep wpa_supplicant.conf out of provisioning logs',
  }),
];
