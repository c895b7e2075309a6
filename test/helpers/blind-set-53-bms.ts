import type { Area53 } from './blind-set-53-types';

/** Building management and access control: Niagara, Metasys, Desigo, EcoStruxure, Brivo, Verkada, Genetec, Kisi, Avigilon Alta, LenelS2, IoT hubs. */
export const BMS53: Area53 = {
  area: 'bms',
  templates: [
    ['niagara-station-log', 6, (c) => `SEVERE [${c.ts()}][fox.auth] Login failed for user 'admin' from ${c.ip()}; retrying with fallback credentials\nstation.bog: <p n="FoxService"><p n="user" v="tridium"/><p n="password" v="${c.pw()}"/></p>\n<p n="SmtpAccount" t="email:SmtpAccount"><p n="account" v="bms-alerts@${c.gc()}.com"/><p n="password" v="${c.pw()}"/></p>`],
    ['metasys-login', 6, (c) => {
      const u = `${c.person().first.toLowerCase()}.ops`;
      return `POST https://adx-${c.int(1, 9)}.campus.local/api/v4/login\n{"username":"${u}","password":"${c.pw()}"}\n\n200 OK\n{"accessToken":"Bearer ${c.jwt({ unique_name: u, role: 'MetasysOperator', nbf: 1717000000 }, 'HS256')}","expires":"${c.ts()}"}`;
    }],
    ['desigo-cc-ini', 5, (c) => `[OPCUA]\nEndpointUrl=opc.tcp://desigo-cc01:4840\nSecurityPolicy=Basic256Sha256\nUserName=opc_integration\nPassword=${c.pw()}\n[SQL]\nConnectionString=Server=dcc-sql01\\DESIGOCC;Database=HDB;User Id=dcc_hdb;Password=${c.pw()};\n[Mail]\nNotifyOnAlarm=${c.email()}`],
    ['ecostruxure-mqtt', 5, (c) => `# EcoStruxure Building Operation -> Azure IoT Hub bridge\nmqtt:\n  host: ${c.gc()}-iothub.azure-devices.net\n  port: 8883\n  client_id: ebo-as-p-${c.int(1, 40)}\n  username: ${c.gc()}-iothub.azure-devices.net/ebo-as-p-${c.int(1, 40)}/?api-version=2021-04-12\n  connection_string: "HostName=${c.gc()}-iothub.azure-devices.net;DeviceId=ebo-as-p-${c.int(1, 40)};SharedAccessKey=${c.sasKey()}"\n  local_broker_password: ${c.pw()}`],
    ['brivo-api', 6, (c) => {
      const p = c.person();
      return `curl -s https://api.brivo.com/v1/api/users -H "api-key: ${c.b62Key('api_key', 32)}" -H "Authorization: bearer ${c.jwt({ user_name: 'integration', scope: ['brivo.api'], client_id: c.uuid() })}" -d '{"firstName":"${p.first}","lastName":"${p.last}","emails":[{"address":"${c.email(p)}","type":"Work"}],"phoneNumbers":[{"number":"${c.phone()}","type":"cell"}]}'`;
    }],
    ['verkada-access-events', 6, (c) => {
      const p = c.person();
      return `{"event_type":"access_granted","timestamp":${c.int(1717000000, 1730000000)},"door_name":"Loading Dock East","user_info":{"name":"${c.name(p).name}","email":"${c.email(p)}","employee_id":"E${c.digits(5)}"},"badge_card":"${c.digits(10)}","site":"${c.uuid()}"}\n-- forwarded by verkada-webhook-relay using x-api-key: ${c.b62Key('api_key', 40)}`;
    }],
    ['genetec-cardholder-csv', 6, (c) => {
      const rows = [0].map(() => {
        const p = c.person();
        return `${p.first},${p.last},${c.email(p, c.gc() + '.com')},${c.phone()},${c.dob()},${c.int(20000, 65000)},${c.pick(['Electrical Sub', 'GC Staff', 'Visitor', 'Mechanical Sub'])}`;
      });
      return `FirstName,LastName,Email,MobilePhone,DateOfBirth,CardNumber,CardholderGroup\n${rows.join('\n')}`;
    }],
    ['kisi-login', 5, (c) => `> GET /locks?place_id=${c.int(10000, 99999)} HTTP/1.1\n> Host: api.kisi.io\n> Authorization: KISI-LOGIN ${c.hexKey('api_key', 32)}\n< HTTP/1.1 200\n[{"id":${c.int(10000, 99999)},"name":"Trailer 2 - Site Office","last_unlocked_by":{"name":"${c.name().name}","email":"${c.email()}"},"last_unlocked_from_ip":"${c.ip()}"}]`],
    ['openpath-alta', 5, (c) => `avigilon-alta-sync | 2024/0${c.int(1, 9)}/1${c.int(0, 9)} 14:02:33 ERR jwt rejected: {"method":"POST","path":"/orgs/${c.int(1000, 99999)}/users","headers":{"Authorization":"${c.jwt({ identityId: c.int(1e5, 9e5), orgId: c.int(1000, 99999), type: 'user' })}"},"body":{"identity":{"email":"${c.email()}","firstName":"${c.person().first}","mobilePhone":"${c.phone()}"}}}`],
    ['lenels2-xml', 5, (c) => `<?xml version="1.0" encoding="UTF-8"?>\n<NETBOX-API sessionid="${c.digits(9)}">\n  <COMMAND name="AddPerson" num="1">\n    <PARAMS>\n      <FIRSTNAME>${c.person().first}</FIRSTNAME>\n      <LASTNAME>${c.pers('person_name', c.person().last)}</LASTNAME>\n      <UDF1>${c.ssn()}</UDF1>\n      <UDF2>${c.dob()}</UDF2>\n      <ACCESSCARDS><ACCESSCARD><ENCODEDNUM>${c.digits(8)}</ENCODEDNUM></ACCESSCARD></ACCESSCARDS>\n    </PARAMS>\n  </COMMAND>\n</NETBOX-API>\n<!-- netbox admin: ${c.pw()} -->`],
    ['hid-origo', 5, (c) => `2024-0${c.int(1, 9)}-1${c.int(0, 9)}T09:1${c.int(0, 9)}:00Z level=warn msg="mobile credential invite bounced" service=hid-origo-connector application_id=HID-${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}-${c.digits(4)} client_secret=${c.b62Key('oauth_client_secret', 30)} invitee="${c.email()}" invitee_phone="${c.phone()}"`],
    ['honeywell-forge', 5, (c) => `honeywell.forge.client.ForgeAuthException: invalid_client\n\tat com.honeywell.forge.client.TokenProvider.fetch(TokenProvider.java:61)\n\tat com.acme.fm.energy.MeterPoller.poll(MeterPoller.java:118)\nCaused by: request client_id=${c.uuid()} client_secret=${c.b62Key('oauth_client_secret', 40)} tenant=${c.gc()}\nconfig forge.proxy.password=${c.pw()}`],
    ['bacnet-gateway-cfg', 5, (c) => `# /etc/bacnet-gw/gateway.conf\ndevice_instance = ${c.int(1000, 4194302)}\nbbmd_address = 10.${c.int(0, 40)}.${c.int(0, 255)}.${c.int(1, 254)}:47808\ninflux_url = https://influx.${c.gc()}.com\ninflux_token = ${c.cred('influx_token', c.r.b64url(64) + '==')}\nweb_admin_password = ${c.pw()}\nremote_support_vpn_psk = ${c.pw(24)}`],
    ['elevator-ticket', 5, (c) => {
      const p = c.person();
      return `Subject: Entrapment callback - Car 3\nTenant contact ${c.name(p).name}, mobile ${c.phone()}, unit ${c.int(100, 3200)}. Home: ${c.address()}\nOTIS eService login for after-hours: user fm.oncall / pw ${c.pw()}`;
    }],
    ['visitor-mgmt', 5, (c) => {
      const p = c.person();
      return `envoy-webhook ${c.ts()} event=entry_signed_in location=${c.int(10000, 99999)} visitor.full_name="${c.name(p).name}" visitor.email="${c.email(p)}" visitor.phone="${c.phone()}" host_desk="Lobby B" id_scan.license_number="${c.driverLicense()}" id_scan.dob="${c.dob()}" x-envoy-signature-secret=${c.hexKey('webhook_secret', 64)}`;
    }],
    ['camera-nvr-rtsp', 5, (c) => `ffmpeg -rtsp_transport tcp -i "rtsp://admin:${c.urlPw()}@10.${c.int(0, 60)}.${c.int(0, 255)}.${c.int(2, 250)}:554/Streaming/Channels/101" -frames:v 1 /var/timelapse/crane-cam-$(date +%s).jpg\n[rtsp @ 0x${c.hex(12)}] method DESCRIBE failed: 401 Unauthorized`],
    ['smart-lock-sms', 5, (c) => `Twilio.Exceptions.ApiException: The 'To' number ${c.phone()} is not a valid phone number.\n   at Twilio.Clients.TwilioRestClient.ProcessResponse(Response response)\n   at SiteAccess.Notify.SendLockCode(String tenant) in /src/SiteAccess/Notify.cs:line 57\nTWILIO_ACCOUNT_SID=AC${c.hex(32)} TWILIO_AUTH_TOKEN=${c.twilioToken()} tenant="${c.name().name}"`],
  ],
};
