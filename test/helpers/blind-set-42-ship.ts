/** Set 42 positives: carriers and freight APIs, shipping platforms, visibility (FedEx .. FourKites). */
import { B62, B64URL, DIGITS, UPPER } from './blind-set-9-rng';
import { basic, gen, jwt, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { address, ipv4, person, phone } from './blind-set-42-persona';

export const SHIP_TEMPLATES: Tpl42[] = [
  tpl('fedex-oauth-env', (x) => {
    const r = x.r;
    const key = x.c('fedex-api-key', gen.fedexKey(r));
    const sec = x.c('fedex-secret-key', r.hex(32));
    return `FEDEX_API_URL=https://apis.fedex.com
FEDEX_CLIENT_ID=${key}
FEDEX_CLIENT_SECRET=${sec}
FEDEX_ACCOUNT_NUMBER=${r.digits(9)}
FEDEX_CHILD_KEY=`;
  }),
  tpl('fedex-ship-request', (x) => {
    const r = x.r;
    const tok = x.c('jwt', jwt(r, { scope: ['CXS-TP'], Payload: { clientIdentity: { clientKey: gen.fedexKey(r) } } }));
    const u = person(r);
    return `POST https://apis.fedex.com/ship/v1/shipments
authorization: Bearer ${tok}
x-customer-transaction-id: ${r.uuid()}
{"labelResponseOptions":"URL_ONLY","requestedShipment":{"recipients":[{"contact":{"personName":"${x.p('name', u.full)}","phoneNumber":"${x.p('phone', phone(r))}","emailAddress":"${x.p('email', u.email)}"},"address":{"streetLines":["${x.p('address', address(r))}"],"countryCode":"US"}}],"serviceType":"FEDEX_GROUND"}}`;
  }),
  tpl('ups-oauth-yaml', (x) => {
    const r = x.r;
    const id = r.b62(48);
    const sec = x.c('ups-client-secret', r.b62(64));
    return `carriers:
  ups:
    base_url: https://onlinetools.ups.com
    client_id: ${id}
    client_secret: "${sec}"
    shipper_number: ${r.chars(UPPER + DIGITS, 6)}
    merchant_id: ${r.digits(6)}`;
  }),
  tpl('ups-token-call', (x) => {
    const r = x.r;
    const b = x.c('basic-auth', basic(r.b62(48), r.b62(64)));
    return `${ts(r)} [carrier-gw] ups POST /security/v1/oauth/token grant_type=client_credentials headers={"Authorization":"Basic ${b}","x-merchant-id":"${r.digits(6)}"} -> 401 {"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}}`;
  }),
  tpl('usps-webtools', (x) => {
    const r = x.r;
    const uid = x.c('usps-webtools-userid', `${r.int(100, 999)}${r.chars(UPPER, r.int(4, 7))}${r.int(1000, 9999)}`);
    const nm = person(r);
    return `GET /ShippingAPI.dll?API=Verify&XML=%3CAddressValidateRequest%20USERID%3D%22${uid}%22%3E%3CAddress%20ID%3D%220%22%3E%3CFirmName%3E%3C%2FFirmName%3E%3CAddress2%3E${encodeURIComponent(`${r.int(100, 9999)} ${r.pick(['Oakridge Dr', 'W Belmont Ave', 'Harbor View Ct'])}`)}%3C%2FAddress2%3E%3CCity%3E${r.pick(['Memphis', 'Reno', 'Toledo'])}%3C%2FCity%3E%3C%2FAddress%3E%3C%2FAddressValidateRequest%3E HTTP/1.1
Host: secure.shippingapis.com
X-Requested-By: ${x.p('name', nm.full)}`;
  }),
  tpl('usps-v3-consumer', (x) => {
    const r = x.r;
    const ck = x.c('usps-consumer-key', r.b62(32));
    const cs = x.c('usps-consumer-secret', r.b62(16));
    return `{"grant_type":"client_credentials","client_id":"${ck}","client_secret":"${cs}","scope":"addresses tracking labels prices"}`;
  }),
  tpl('dhl-express-mydhl', (x) => {
    const r = x.r;
    const user = `apT${r.digits(1)}${r.chars(UPPER, 2)}${r.digits(4)}`;
    const pw = x.c('dhl-express-password', `${r.chars(UPPER, 1)}^${r.chars(UPPER, 1)}${r.digits(1)}${r.chars(B62, 3)}!${r.chars(UPPER, 1)}${r.digits(1)}${r.chars(B62, 3)}`);
    const u = person(r);
    return `[dhl_express]
endpoint = https://express.api.dhl.com/mydhlapi
username = ${user}
password = ${pw}
account = ${r.digits(9)}
; escalation contact: ${x.p('name', u.full)} ${x.p('phone', phone(r))}`;
  }),
  tpl('dhl-parcel-header', (x) => {
    const r = x.r;
    const key = x.c('dhl-api-key', r.b62(32));
    const ip = x.p('ipv4', ipv4(r));
    return `${ip} - - [${r.int(10, 28)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0100] "GET /track/shipments?trackingNumber=JJD${r.digits(18)} HTTP/1.1" 200 ${r.int(900, 9000)} "-" "label-printer/3.4" dhl-api-key="${key}"`;
  }),
  tpl('maersk-consumer-key', (x) => {
    const r = x.r;
    const key = x.c('maersk-consumer-key', r.b62(32));
    const sec = x.c('maersk-client-secret', r.b62(32));
    return `import requests
MAERSK_CONSUMER_KEY = "${key}"
MAERSK_CLIENT_SECRET = "${sec}"
r = requests.get("https://api.maersk.com/track-and-trace-private/events", params={"carrierBookingReference": "${r.digits(9)}"}, headers={"Consumer-Key": MAERSK_CONSUMER_KEY})`;
  }),
  tpl('flexport-bearer', (x) => {
    const r = x.r;
    const tok = x.c('flexport-api-token', r.chars(B64URL, 64));
    const u = person(r, 'northwindfreight.com');
    return `${ts(r)} ERROR flexport-sync: GET https://api.flexport.com/shipments?page=${r.int(1, 40)} failed (429)
  request.headers: { "Authorization": "Bearer ${tok}", "Flexport-Version": "2" }
  triggered_by: ${x.p('email', u.email)} from ${x.p('ipv4', ipv4(r))}`;
  }),
  tpl('freightos-apikey', (x) => {
    const r = x.r;
    const key = x.c('freightos-api-key', r.b62(32));
    return `const freightos = new FreightosClient({
  apiKey: '${key}',
  baseUrl: 'https://api.freightos.com/api/v1',
  timeoutMs: ${r.int(5, 60) * 1000},
});`;
  }),
  tpl('easypost-shippo', (x) => {
    const r = x.r;
    const ep = x.c('easypost-api-key', gen.easypost(r));
    const sh = x.c('shippo-api-token', gen.shippo(r));
    return `# rate shopping: compare EasyPost and Shippo for parcels under 70 lb
export EASYPOST_API_KEY='${ep}'
export SHIPPO_TOKEN='${sh}'
python rate_shop.py --carriers usps,ups,fedex --from-zip 381${r.digits(2)}`;
  }),
  tpl('shippo-webhook-address', (x) => {
    const r = x.r;
    const u = person(r);
    const sh = x.c('shippo-api-token', gen.shippo(r));
    return `{"event":"transaction_created","test":false,"data":{"object_owner":"ops@bayside-cold.com","address_to":{"name":"${x.p('name', u.full)}","street1":"${x.p('address', address(r))}","phone":"${x.p('phone', phone(r))}","email":"${x.p('email', u.email)}"},"tracking_number":"9400${r.digits(18)}"},"_debug_auth":"ShippoToken ${sh}"}`;
  }),
  tpl('shipstation-basic', (x) => {
    const r = x.r;
    const k = x.c('shipstation-api-key', r.hex(32));
    const s = x.c('shipstation-api-secret', r.hex(32));
    const b = x.c('basic-auth', basic(k, s));
    return `# ShipStation V1 credentials (Settings > Account > API Settings)
SHIPSTATION_API_KEY=${k}
SHIPSTATION_API_SECRET=${s}
# precomputed: Authorization: Basic ${b}`;
  }),
  tpl('shipbob-pat', (x) => {
    const r = x.r;
    const pat = x.c('shipbob-pat', r.chars(B62, 64));
    const u = person(r);
    return `${ts(r)} shipbob.orders.create channel=${r.int(100000, 999999)} recipient="${x.p('name', u.full)}" email=${x.p('email', u.email)} address="${x.p('address', address(r))}"
  Authorization: Bearer ${pat}
  <- 422 {"Recipient.Address.Zip":["invalid"]}`;
  }),
  tpl('project44-oauth', (x) => {
    const r = x.r;
    const cs = x.c('project44-client-secret', r.chars(B62, 40));
    return `spring.security.oauth2.client.registration.p44.client-id=${r.uuid()}
spring.security.oauth2.client.registration.p44.client-secret=${cs}
spring.security.oauth2.client.registration.p44.authorization-grant-type=client_credentials
spring.security.oauth2.client.provider.p44.token-uri=https://na12.api.project44.com/api/v4/oauth2/token`;
  }),
  tpl('fourkites-apikey', (x) => {
    const r = x.r;
    const key = x.c('fourkites-api-key', r.b62(40));
    const u = person(r);
    return `Subject: FourKites load ${r.int(1000000, 9999999)} not updating
From: ${x.p('name', u.full)} <${x.p('email', u.email)}>

Hi team, we are getting 403 from https://tracking-api.fourkites.com/api/v1/tracking with apikey=${key} since this morning. Driver cell is ${x.p('phone', phone(r))} if you need to ping.`;
  }),
];
