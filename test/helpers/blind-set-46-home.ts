import { B62, LOWER } from './blind-set-9-rng';
import * as K from './blind-set-46-cred';
import { addr, addrUS, email, first, fullName, geo, ipv4, ipv6, phone, phoneUS, ts, type Tpl46 } from './blind-set-46-gen';

/** Smart home hubs and devices: Home Assistant, SmartThings, Hue, Nest SDM, Ecobee, Ring, MQTT/Zigbee, ESPHome. */
export const homeTemplates: Tpl46[] = [
  { name: 'ha-secrets-yaml', n: 13, make: (x) => {
    const r = x.r;
    return `# secrets.yaml\nlatitude_home: ${x.p('geo', geo(r)[0])}\nmqtt_password: ${x.c('password', r.password(16))}\nwifi_iot_psk: "${x.c('wifi_password', K.phrase(r))}"\nsolaredge_api_key: ${x.c('api_key', K.solarEdgeKey(r))}\nnotify_email: ${x.p('email', email(r))}\npushover_api_key: ${x.c('api_key', r.chars(B62.slice(0, 36).toLowerCase() + LOWER, 30))}\ntelegram_bot_token: "${x.c('telegram_bot_token', `${r.int(5, 7)}${r.digits(9)}:AA${r.chars(B62 + '_-', 33)}`)}"`;
  } },
  { name: 'ha-rest-api-person', n: 4, make: (x) => {
    const r = x.r; const [la, lo] = geo(r); const f = first(r).toLowerCase();
    return `$ curl -s -H "Authorization: Bearer ${x.c('ha_token', K.haToken(r))}" http://homeassistant.local:8123/api/states/person.${f.normalize('NFD').replace(/[^a-z]/g, '')}\n{"entity_id":"person.${f.normalize('NFD').replace(/[^a-z]/g, '')}","state":"home","attributes":{"latitude":${x.p('geo', la)},"longitude":${x.p('geo', lo)},"gps_accuracy":${r.int(5, 40)},"source":"device_tracker.pixel_${r.int(6, 9)}","friendly_name":"${x.p('name', fullName(r))}"}}`;
  } },
  { name: 'ha-integration-error', n: 6, make: (x) => {
    const r = x.r;
    return `${ts(r).slice(0, 19).replace('T', ' ')}.${r.digits(3)} ERROR (MainThread) [homeassistant.config_entries] Error setting up entry ${x.p('email', email(r))} for ${r.pick(['mitsubishi_comfort', 'myq', 'kia_uvo', 'sense'])}\nTraceback (most recent call last):\n  File "/usr/src/homeassistant/homeassistant/config_entries.py", line 604, in async_setup\n    result = await component.async_setup_entry(hass, self)\n  File "/config/custom_components/sense/__init__.py", line ${r.int(40, 140)}, in async_setup_entry\n    await gateway.authenticate(username, "${x.c('password', r.password(13))}")\nSenseAuthenticationException: invalid credentials`;
  } },
  { name: 'smartthings-pat-location', n: 4, make: (x) => {
    const r = x.r; const [la, lo] = geo(r);
    return `GET https://api.smartthings.com/v1/locations/${r.uuid()}\nAuthorization: Bearer ${x.c('smartthings_pat', r.uuid())}\n\n{"locationId":"${r.uuid()}","name":"${x.p('name', fullName(r))}'s Home","countryCode":"USA","latitude":${x.p('geo', la)},"longitude":${x.p('geo', lo)},"regionRadius":150,"temperatureScale":"F"}`;
  } },
  { name: 'hue-bridge-pairing', n: 12, make: (x) => {
    const r = x.r;
    return `POST http://192.168.${r.int(0, 2)}.${r.int(10, 99)}/api {"devicetype":"hue_dash#${r.pick(['ipad', 'rpi', 'macbook'])}","generateclientkey":true}\n[{"success":{"username":"${x.c('hue_application_key', K.hueKey(r))}","clientkey":"${x.c('hue_client_key', K.hueClientKey(r))}"}}]\n# remote API: https://api.meethue.com/route/clip/v2/resource/light  (Authorization: Bearer ${x.c('access_token', r.b62(28))})`;
  } },
  { name: 'nest-sdm-token-exchange', n: 13, make: (x) => {
    const r = x.r;
    return `POST https://www.googleapis.com/oauth2/v4/token?client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com&client_secret=${x.c('client_secret', `GOCSPX-${r.chars(B62 + '-_', 28)}`)}&code=4/0A${r.chars(B62 + '-_', 60)}&grant_type=authorization_code&redirect_uri=https://www.google.com\n{"access_token":"${x.c('access_token', K.gToken(r))}","expires_in":3599,"refresh_token":"${x.c('refresh_token', K.gRefresh(r))}","scope":"https://www.googleapis.com/auth/sdm.service","token_type":"Bearer"}`;
  } },
  { name: 'ecobee-pin-flow', n: 12, make: (x) => {
    const r = x.r; const key = x.c('api_key', K.ecobeeKey(r));
    return `https://api.ecobee.com/token?grant_type=ecobeePin&code=${r.b62(24)}&client_id=${key}\n{\n  "access_token": "${x.c('jwt', K.jwt(r, { 'https://claims.ecobee.com/ecobee_scope': 'smartWrite', iss: 'https://auth.ecobee.com/' }))}",\n  "token_type": "Bearer",\n  "refresh_token": "${x.c('refresh_token', r.chars(B62 + '-_', 43))}",\n  "scope": "smartWrite"\n}`;
  } },
  { name: 'ring-client-env', n: 7, make: (x) => {
    const r = x.r;
    return `# ring-mqtt / homebridge-ring\nRING_EMAIL="${x.p('email', email(r))}"\nRING_2FA_PHONE="${x.p('phone', phoneUS(r))}"\nRING_REFRESH_TOKEN=${x.c('refresh_token', K.ringRefresh(r))}\nMQTT_URL=mqtt://ring:${x.c('password', r.urlPassword(14))}@192.168.${r.int(0, 9)}.${r.int(2, 250)}:1883`;
  } },
  { name: 'zigbee2mqtt-configuration', n: 12, make: (x) => {
    const r = x.r;
    return `homeassistant:\n  enabled: true\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtts://${r.pick(['broker', 'mqtt'])}.${r.pick(['hivemq.cloud', 'emqxsl.com'])}:8883\n  user: z2m\n  password: '${x.c('password', K.phrase(r))}'\nserial:\n  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${r.hex(32)}-if00-port0\nfrontend:\n  enabled: true\n  auth_token: ${x.c('secret', K.secret(r, 24))}\nadvanced:\n  pan_id: ${r.int(1000, 60000)}`;
  } },
  { name: 'mosquitto-bridge-conf', n: 12, make: (x) => {
    const r = x.r;
    return `# /etc/mosquitto/conf.d/bridge.conf\nconnection cloud-bridge\naddress ${r.hex(12)}.s1.eu.hivemq.cloud:8883\nremote_username ${r.pick(['house', 'gateway', 'hub'])}-${r.hex(6)}\nremote_password ${x.c('password', r.password(20))}\nbridge_protocol_version mqttv311\nbridge_insecure false\ntopic homie/# out 1`;
  } },
  { name: 'homebridge-config-json', n: 11, make: (x) => {
    const r = x.r; const o = { bridge: { name: 'Homebridge', username: '0E:3B:9A:1C:44:21', port: 51826, pin: '031-45-154' }, platforms: [{ platform: 'myQ', email: x.p('email', email(r)), password: x.c('password', r.password(14)) }, { platform: 'Nest', refreshToken: x.c('refresh_token', K.gRefresh(r)) }, { platform: 'TuyaPlatform', options: { accessId: r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20), accessKey: x.c('api_secret', r.hex(32)), username: x.p('phone', phone(r)) } }] };
    return JSON.stringify(o, null, 4);
  } },
  { name: 'esphome-secrets', n: 12, make: (x) => {
    const r = x.r;
    return `wifi_ssid: "${r.pick(['Casa', 'Home', 'Villa'])}_${r.hex(4)}"\nwifi_password: "${x.c('wifi_password', r.password(16))}"\napi_encryption_key: "${x.c('encryption_key', r.b64(32))}"\nota_password: "${x.c('password', r.hex(32))}"\nfallback_ap_password: "${x.c('password', r.b62(12))}"`;
  } },
  { name: 'node-red-settings', n: 12, make: (x) => {
    const r = x.r;
    return `module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: "${x.c('secret', K.phrase(r))}",\n    adminAuth: { type: "credentials", users: [{ username: "admin", permissions: "*" }] },\n    httpNodeAuth: { user: "${first(r).toLowerCase()}", pass: "${x.c('password', r.password(12))}" },\n    functionGlobalContext: { ecobeeKey: '${x.c('api_key', K.ecobeeKey(r))}' },\n};`;
  } },
  { name: 'smart-lock-api', n: 4, make: (x) => {
    const r = x.r;
    return `GET /users/me HTTP/1.1\nHost: api-production.august.com\nx-august-api-key: ${x.c('api_key', r.uuid())}\nx-august-access-token: ${x.c('jwt', K.jwt(r, { installId: r.uuid(), applicationId: 'august-iphone', vInstallId: false, vPassword: true, vEmail: true }, 'HS256'))}\n\n{"UserID":"${r.uuid()}","FirstName":"${x.p('name', first(r))}","Email":"${x.p('email', email(r))}","PhoneNo":"${x.p('phone', phoneUS(r))}"}`;
  } },
  { name: 'google-home-support-chat', n: 3, make: (x) => {
    const r = x.r; const nm = fullName(r);
    return `[${ts(r)}] Agent: Can you confirm the account email and the address the thermostat is installed at?\n[${ts(r)}] ${nm}: sure, it's ${x.p('email', email(r, nm))} and ${x.p('address', addr(r))}\n[${ts(r)}] ${nm}: the wifi pw is ${x.c('wifi_password', r.password(12))} if you need it, my number is ${x.p('phone', phone(r))}`.replace(new RegExp(`\\] ${nm}:`, 'g'), `] ${x.p('name', nm)}:`);
  } },
  { name: 'netatmo-tado-oauth', n: 12, make: (x) => {
    const r = x.r; const v = r.pick(['netatmo', 'tado']);
    return v === 'netatmo' ? `[netatmo]\nclient_id = ${r.hex(24)}\nclient_secret = ${x.c('client_secret', r.chars(B62, 30))}\nrefresh_token = ${x.c('refresh_token', `${r.hex(24)}|${r.hex(32)}`)}\nusername = ${x.p('email', email(r))}` : `tado_client:\n  username: ${x.p('email', email(r))}\n  password: "${x.c('password', K.phrase(r))}"\n  refresh_token: ${x.c('refresh_token', r.chars(B62 + '-_', 64))}`;
  } },
  { name: 'home-router-port-forward-log', n: 5, make: (x) => {
    const r = x.r;
    return `${ts(r)} nginx-proxy: ${x.p('ipv4', ipv4(r))} - - "GET /api/websocket HTTP/1.1" 101 0 "-" "Home Assistant/2026.${r.int(1, 11)} (io.robbie.HomeAssistant)"\n${ts(r)} nginx-proxy: ${x.p('ipv6', ipv6(r))} - - "POST /auth/login_flow/${r.hex(32)} HTTP/2.0" 200 ${r.int(100, 900)}\n${ts(r)} ddclient: updated ${r.pick(['myhome', 'casa', 'haus'])}-${r.hex(4)}.duckdns.org token=${x.c('api_token', r.uuid())}`;
  } },
  { name: 'alexa-skill-lambda-env', n: 12, make: (x) => {
    const r = x.r;
    return `{"FunctionName":"alexa-smart-home-bridge","Environment":{"Variables":{"LWA_CLIENT_SECRET":"${x.c('client_secret', `amzn1.oa2-cs.v1.${r.hex(64)}`)}","HA_URL":"https://${r.hex(10)}.ui.nabu.casa","HA_TOKEN":"${x.c('ha_token', K.haToken(r))}","AWS_SECRET_ACCESS_KEY":"${x.c('aws_secret_key', K.awsSecret(r))}"}}}`;
  } },
  { name: 'nest-camera-share-ticket', n: 3, make: (x) => {
    const r = x.r; const nm = fullName(r);
    return `Subject: Doorbell camera footage request\nFrom: ${x.p('name', nm)} <${x.p('email', email(r, nm))}>\n\nHello, package stolen from ${x.p('address', addrUS(r))} on ${r.int(1, 12)}/${r.int(1, 28)}. Here is the share link to the clip: https://video.nest.com/clip/${r.hex(32)}.mp4?auth=${x.c('share_token', r.b64url(24))}\nMy cell: ${x.p('phone', phoneUS(r))}`;
  } },
];
