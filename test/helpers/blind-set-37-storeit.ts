import { type Tpl37 } from './blind-set-37-draw';
import { B62, B64URL } from './blind-set-37-rng';

const A = 'storeit';

/** Store IT: Wi-Fi captive portals, CCTV/NVR, store IoT, back-office PCs, marketing SMS and e-mail, alerting. */
export const STOREIT37: Tpl37[] = [
  { area: A, name: 'captive-portal', make: (d) => {
    const name = d.name();
    const email = d.email(name);
    const key = d.c('api_key', d.b62(32));
    const ip = d.publicIp();
    return `guest-wifi portal: CRM push failed (HTTP 500) x-api-key=${key} ssid="${d.pick(['FreeWiFi-Cafe', 'Store_Guest', 'Burger-Guest'])}" ap=${d.pick(['ap-front', 'ap-patio'])}
  registration={"name":"${name}","email":"${email}","client_mac":"${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)}","client_ip":"${d.privIp()}","wan_ip":"${ip}","opt_in":true}`;
  } },
  { area: A, name: 'radius-hostapd', make: (d) => {
    const psk = d.c('wifi_psk', d.r.password(d.int(12, 24)));
    const rs = d.c('radius_secret', d.b62(d.int(16, 32)));
    return `hostapd: wlan0: STA ${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)}:${d.hex(2)} RADIUS: No response from server; config dump:
interface=wlan0
ssid=${d.pick(['POS-Staff', 'BackOffice', 'KDS-Net'])}
wpa=2
wpa_passphrase=${psk}
auth_server_addr=${d.privIp()}
auth_server_shared_secret=${rs}`;
  } },
  { area: A, name: 'nvr-rtsp', make: (d) => {
    const pw = d.urlPassword();
    const ip = d.publicIp();
    return `[frigate] ${d.ts()} ERROR cam_${d.pick(['register', 'drive_thru', 'stockroom'])}: ffmpeg exited: rtsp://admin:${pw}@${ip}:554/Streaming/Channels/101 : Connection timed out
[frigate] cam_drive_thru: rtsp://viewer:${d.urlPassword()}@${d.privIp()}:554/cam/realmonitor?channel=1&subtype=0 ok
watchdog restarting ffmpeg process for cam_register`;
  } },
  { area: A, name: 'hikvision-isapi', make: (d) => {
    const pw = d.password();
    return `nvr-health: ISAPI /ISAPI/System/status returned 401 (device ${d.privIp()})
curl --digest -u "admin:${pw}" http://${d.privIp()}/ISAPI/ContentMgmt/Storage/hdd -v
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Digest qop="auth", realm="IP Camera(${d.r.digits(5)})", nonce="${d.hex(32)}"`;
  } },
  { area: A, name: 'freezer-mqtt', make: (d) => {
    const pw = d.password();
    const key = d.c('pagerduty_routing_key', d.hex(32));
    return `walkin-freezer-monitor[${d.int(100, 9999)}]: MQTT connect refused (rc=5 not authorised), temp=-${d.int(10, 20)}.${d.int(0, 9)}C
mqtt:
  host: ${d.privIp()}
  username: sensor-${d.int(10, 99)}
  password: '${pw}'
alerts:
  pagerduty_routing_key: ${key}`;
  } },
  { area: A, name: 'rmm-ticket', make: (d) => {
    const name = d.name();
    const phone = d.phone('us');
    const tv = d.c('remote_access_password', d.chars(B62, d.int(8, 10)));
    const vnc = d.c('vnc_password', d.chars(B62, 8));
    return `Ticket #${d.int(10000, 99999)} [Store ${d.store()}] Back office PC not reporting to RMM
Reported by: ${name} (GM) ${phone}
Notes: agent service stopped. Remote in via TeamViewer ID ${d.r.digits(3)} ${d.r.digits(3)} ${d.r.digits(3)} password ${tv}
Local admin storeadmin / ${d.password()}
If TV fails, VNC to ${d.privIp()}:5900 pw: ${vnc}`;
  } },
  { area: A, name: 'rdp-admin', make: (d) => {
    const pw = d.password();
    const email = d.email();
    return `[ConnectWise] Automate alert: failed logons on BOH-PC-${d.int(100, 999)} (Event 4625 x${d.int(20, 90)})
Tech note from ${email}: reset local admin, new creds
  .\\storeadmin / ${pw}
  RDP: mstsc /v:${d.privIp()}`;
  } },
  { area: A, name: 'twilio-sms', make: (d) => {
    const at = d.c('twilio_auth_token', d.hex(32));
    const phone = d.phone('e164');
    const [fn, ln] = d.names();
    const name = `${fn} ${ln}`;
    return `TwilioRestException: [HTTP 400] Unable to create record: The 'To' number ${phone} is not a valid phone number.
  account_sid=AC${d.hex(32)} auth_token=${at}
  api_key=SK${d.hex(32)} api_secret=${d.c('twilio_api_secret', d.b62(32))}
  body="Hi ${fn}, your order at ${d.pick(['Pita Pit', 'Bagel Barn'])} is ready!" customer="${name}"`;
  } },
  { area: A, name: 'sendgrid-receipt', make: (d) => {
    const key = d.c('sendgrid_api_key', `SG.${d.chars(B64URL, 22)}.${d.chars(B64URL, 43)}`);
    const name = d.name();
    const email = d.email(name);
    return `e-receipts: sendgrid 403 {"errors":[{"message":"The from address does not match a verified Sender Identity"}]}
  SENDGRID_API_KEY=${key}
  personalizations=[{"to":[{"email":"${email}","name":"${name}"}],"dynamic_template_data":{"total":"$${d.int(5, 90)}.${d.r.digits(2)}"}}]`;
  } },
  { area: A, name: 'slack-alert-hook', make: (d) => {
    const hook = d.c('slack_webhook_url', `https://hooks.slack.com/services/T${d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${d.b62(24)}`);
    const bot = d.c('slack_bot_token', `xoxb-${d.r.digits(12)}-${d.r.digits(13)}-${d.b62(24)}`);
    return `store-monitor: notifier init failed: invalid_auth
notifiers:
  - type: slack_webhook
    url: ${hook}
  - type: slack_bot
    token: ${bot}
    channel: "#store-ops"`;
  } },
  { area: A, name: 'kds-printer-config', make: (d) => {
    const tok = d.c('bearer_token', d.r.b64url(32));
    const pw = d.password();
    return `KDS-${d.int(1, 8)} ${d.ts()} cannot register with expo server: HTTP 403
kds.ini:
[server]
url=https://kds-hub.${d.pick(['burgerco', 'noodlebar'])}.net
device_token=${tok}
[printer]
ip=${d.privIp()}
admin_pass=${pw}`;
  } },
  { area: A, name: 'mailchimp-sms-list', make: (d) => {
    const key = d.c('mailchimp_api_key', `${d.hex(32)}-us${d.int(1, 21)}`);
    const email = d.email();
    return `mailchimp: 400 "Invalid Resource" adding member to list ${d.hex(10)}
  api_key=${key}
  member={"email_address":"${email}","status":"subscribed","tags":["sms-optin"]}`;
  } },
  { area: A, name: 'mysql-general-log', make: (d) => {
    const a = d.password();
    const b = d.password();
    return `mysql-audit: statement matched rule "ddl-on-pos-db" on ${d.privIp()}
${d.ts()}\t   ${d.int(10, 99)} Query\tCREATE USER 'pos_report'@'%' IDENTIFIED BY '${a}'
${d.ts()}\t   ${d.int(10, 99)} Query\tGRANT SELECT ON pos.* TO 'pos_report'@'%'
${d.ts()}\t   ${d.int(10, 99)} Query\tALTER USER 'kds_rw'@'10.%' IDENTIFIED WITH mysql_native_password BY '${b}'`;
  } },
];
