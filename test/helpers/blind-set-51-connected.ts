import type { Area51 } from './blind-set-51-ctx';

/** Connected-car APIs, fleet telematics, EV charging. */
export const CONNECTED51: Area51 = {
  area: 'connected',
  templates: [
    {
      name: 'smartcar-env',
      n: 11,
      make: (c) => `# smartcar integration — do not commit
SMARTCAR_CLIENT_ID=${c.uuid()}
SMARTCAR_CLIENT_SECRET=${c.cred('oauth_client_secret', c.uuid())}
SMARTCAR_REDIRECT_URI=https://app.${c.pick(['evcharge', 'fleetpulse', 'autoshare'])}.io/callback
SMARTCAR_MANAGEMENT_TOKEN=${c.hexSecret(64, 'webhook_secret')}
SMARTCAR_MODE=live`,
    },
    {
      name: 'smartcar-token-log',
      n: 5,
      make: (c) => {
        const [lat, lon] = c.geo();
        return `level=debug ts=${c.ts()} caller=smartcar.go:141 msg="token exchange ok" body="{\\"access_token\\":\\"${c.cred('oauth_access_token', c.uuid())}\\",\\"token_type\\":\\"Bearer\\",\\"expires_in\\":7200,\\"refresh_token\\":\\"${c.cred('oauth_refresh_token', c.uuid())}\\"}"
level=info ts=${c.ts()} caller=poller.go:77 msg="vehicle location" vehicle_id=${c.uuid()} latitude=${lat} longitude=${lon} owner_email=${c.email()}`;
      },
    },
    {
      name: 'tesla-fleet-python',
      n: 5,
      make: (c) => {
        const [lat, lon] = c.geo();
        const access = c.jwt({ iss: 'https://auth.tesla.com/oauth2/v3/nts', azp: c.uuid(), sub: c.uuid(), aud: ['https://fleet-api.prd.na.vn.cloud.tesla.com'], scp: ['openid', 'vehicle_device_data', 'vehicle_location', 'offline_access'], exp: c.epoch(), ou_code: 'NA' }, 'oauth_access_token');
        return `Traceback (most recent call last):
  File "/app/fleet/poll.py", line 58, in refresh
    resp = session.post(TOKEN_URL, data={"grant_type": "refresh_token", "client_id": "${c.uuid()}", "client_secret": "${c.cred('oauth_client_secret', `ta-secret.${c.b62(16)}`)}", "refresh_token": "${c.cred('oauth_refresh_token', `NA_${c.hex(64)}`)}"})
  File "/app/fleet/poll.py", line 71, in vehicle_data
    raise FleetError(f"408 vehicle unavailable, last drive_state={state} token={access}")
fleet.errors.FleetError: 408 vehicle unavailable, last drive_state={'latitude': ${lat}, 'longitude': ${lon}, 'heading': ${c.int(0, 359)}, 'speed': None} token=${access}`;
      },
    },
    {
      name: 'geotab-jsonrpc',
      n: 5,
      make: (c) => `--> POST https://my${c.int(10, 99)}.geotab.com/apiv1
{"method":"Authenticate","params":{"database":"${c.pick(['acme_logistics', 'metro_transit', 'sunbelt_rentals_fl'])}","userName":"${c.email()}","password":"${c.pw()}"}}
<-- 200 OK (312 ms)
{"result":{"credentials":{"database":"acme_logistics","sessionId":"${c.cred('session_token', c.b64url(16))}","userName":"(same)"},"path":"my${c.int(10, 99)}.geotab.com"},"jsonrpc":"2.0"}`,
    },
    {
      name: 'samsara-drivers',
      n: 5,
      make: (c) => `$ curl -s https://api.samsara.com/fleet/drivers?limit=1 -H "Authorization: Bearer ${c.cred('samsara_api_token', `samsara_api_${c.b62(30)}`)}"
{"data":[{"id":"${c.nz(8)}","name":"${c.name()}","phone":"${c.phone(1)}","licenseNumber":"${c.dl()}","licenseState":"${c.pick(['TX', 'CA', 'IL', 'GA'])}","eldSettings":{"rulesets":[{"cycle":"USA 70 hour / 8 day"}]},"timezone":"America/Chicago"}],"pagination":{"endCursor":"${c.uuid()}","hasNextPage":false}}`,
    },
    {
      name: 'webfleet-url',
      n: 11,
      make: (c) => `${c.ts()} WARN  WebfleetClient - HTTP 500 from https://csv.webfleet.com/extern?account=${c.pick(['transco-nl', 'kuehne-fleet', 'citybus'])}&username=api_${c.lownum(4)}&password=${c.urlPw()}&apikey=${c.cred('api_key', c.uuid())}&lang=en&outputformat=json&action=showObjectReportExtern, retrying in ${c.int(2, 30)}s`,
    },
    {
      name: 'azure-iot-go',
      n: 11,
      make: (c) => {
        const hub = `${c.pick(['tcu', 'vehicle', 'obd'])}-hub-${c.pick(['prod', 'eu', 'na'])}`;
        const dev = c.vin();
        const sig = c.cred('azure_sas_signature', encodeURIComponent(c.b64(32)));
        return `panic: dial mqtt: connection refused
goroutine 1 [running]:
main.connect({0xc0001a2000, 0x9a}, {0x0, 0x0})
	/src/tcu-bridge/main.go:64 +0x3c5
connStr="HostName=${hub}.azure-devices.net;DeviceId=${dev};SharedAccessKey=${c.azureKey()}"
sas="SharedAccessSignature sr=${hub}.azure-devices.net%2Fdevices%2F${dev}&sig=${sig}&se=${c.epoch()}"`;
      },
    },
    {
      name: 'greengrass-yaml',
      n: 11,
      make: (c) => {
        const [ak, sk] = c.awsKey();
        return `# /greengrass/v2/config/telematics-gateway.yaml
system:
  thingName: "TCU-${c.upnum(10)}"
  rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"
services:
  aws.greengrass.Nucleus:
    configuration:
      awsRegion: "us-east-2"
      iotDataEndpoint: "${c.lownum(14)}-ats.iot.us-east-2.amazonaws.com"
  com.fleet.uploader:
    configuration:
      AWS_ACCESS_KEY_ID: "${ak}"
      AWS_SECRET_ACCESS_KEY: "${sk}"
      devicePrivateKey: |
        ${c.ecPem('\n        ')}`;
      },
    },
    {
      name: 'mqtt-logfmt',
      n: 5,
      make: (c) => {
        const [lat, lon] = c.geo();
        return `ts=${c.ts()} level=error svc=tcu-ingest msg="publish failed" broker=mqtts://tcu_gw:${c.urlPw()}@mqtt.${c.pick(['fleetlink', 'drivesense', 'obdcloud'])}.net:8883 topic=v1/vehicles/${c.vin()}/gps lat=${lat} lon=${lon} speed_kph=${c.int(0, 120)} driver=${c.email()} err="not authorized"`;
      },
    },
    {
      name: 'enode-oauth',
      n: 11,
      make: (c) => `$ curl -u ${c.uuid()}:${c.hexSecret(40, 'oauth_client_secret')} -d grant_type=client_credentials https://oauth.production.enode.io/oauth2/token
{"access_token":"${c.cred('oauth_access_token', `${c.b64url(32)}.${c.b64url(32)}`)}","expires_in":3599,"scope":"","token_type":"bearer"}
$ curl https://enode-api.production.enode.io/vehicles -H "Authorization: Bearer $TOKEN" -H "Enode-User-Id: ${c.uuid()}"`,
    },
    {
      name: 'ocpi-ocpp',
      n: 11,
      make: (c) => {
        const tok = Buffer.from(c.uuid()).toString('base64');
        return `[OCPI 2.2.1] GET https://cpo.${c.pick(['ionity', 'allego', 'fastned', 'evbox'])}.example-roaming.net/ocpi/2.2.1/sessions?date_from=${c.ts()}
Authorization: Token ${c.cred('ocpi_token', tok)}
OCPI-from-country-code: NL
OCPI-from-party-id: ${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}
[OCPP 1.6J] ChangeConfiguration req: [2,"${c.uuid()}","ChangeConfiguration",{"key":"AuthorizationKey","value":"${c.hexSecret(40, 'ocpp_auth_key')}"}]`;
      },
    },
    {
      name: 'chargepoint-soap',
      n: 11,
      make: (c) => `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:dictionary:com.chargepoint.webservices">
<SOAP-ENV:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken>
<wsse:Username>${c.cred('api_key', c.hex(32) + c.digits(12))}</wsse:Username>
<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${c.hexSecret(32, 'api_password')}</wsse:Password>
</wsse:UsernameToken></wsse:Security></SOAP-ENV:Header>
<SOAP-ENV:Body><ns1:getChargingSessionData><searchQuery><stationID>1:${c.digits(6)}</stationID></searchQuery></ns1:getChargingSessionData></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
    },
  ],
};
