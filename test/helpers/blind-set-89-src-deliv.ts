import { formEnc } from './blind-set-89-enc';
import { address, addrLine, email, person, phone } from './blind-set-89-people';
import { basic, jwt, T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** Last-mile delivery (DoorDash Drive, Uber Direct, Onfleet, Postmates) and geocoding. */
const ddJwt = (c: Case89): string => jwt(c.r, { aud: 'doordash', iss: c.r.uuid(), kid: c.r.uuid() }, 'HS256', { 'dd-ver': 'DD-JWT-V1' });

export const doordash: Source89 = {
  name: 'doordash-drive',
  env: [{ words: ['doordash', 'signing', 'secret'], kind: 'signing_secret', make: T.ddSecret }],
  printers: [
    (c) => `POST https://openapi.doordash.com/drive/v2/deliveries 401 {"code":"authentication_error","message":"The [iss] claim in the JWT is invalid"}
Authorization: Bearer ${c.cred(ddJwt(c), 'jwt')}`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `drive create_delivery 400 validation_error field_errors=[{"field":"dropoff_phone_number","error":"Invalid phone number"}] body={"external_delivery_id":"D-${c.r.num(7)}","pickup_address":"901 Market Street 6th Floor San Francisco, CA 94103","pickup_business_name":"Wells Fargo SF Downtown","pickup_phone_number":"+16505555555","dropoff_address":"${c.pii(addrLine(a), 'address')}","dropoff_contact_given_name":"${c.pii(p.given, 'name')}","dropoff_contact_family_name":"${c.pii(p.family, 'name')}","dropoff_phone_number":"${c.pii(phone(c.r)[1], 'phone')}","order_value":${c.r.int(900, 9000)}}`;
    },
    (c) => {
      const d = person(c.r);
      return `webhook DASHER_CONFIRMED_PICKUP_ARRIVAL unhandled: {"event_name":"DASHER_CONFIRMED_PICKUP_ARRIVAL","external_delivery_id":"D-${c.r.num(7)}","dasher_id":${c.r.num(8)},"dasher_name":"${c.pii(d.full, 'name')}","dasher_dropoff_phone_number":"${c.pii(phone(c.r, 'us')[0], 'phone')}","dasher_location":{"lat":37.77${c.r.digits(3)},"lng":-122.41${c.r.digits(3)}},"dasher_vehicle_make":"Toyota"}`;
    },
    (c) => `drive-client init: {"developer_id":"${c.r.uuid()}","key_id":"${c.r.uuid()}","signing_secret":"${c.cred(T.ddSecret(c.r), 'signing_secret')}"} -> Error: secret must be base64url-decoded before signing`,
  ],
};

export const uberDirect: Source89 = {
  name: 'uber-direct',
  env: [{ words: ['uber', 'client', 'secret'], kind: 'client_secret', make: T.uberSecret }],
  printers: [
    (c) => `POST https://auth.uber.com/oauth/v2/token 401 {"error":"invalid_client"}
client_id=${c.r.b64url(32)}&client_secret=${c.cred(T.uberSecret(c.r), 'client_secret')}&grant_type=client_credentials&scope=eats.deliveries`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      const addr = JSON.stringify({ street_address: [a.line1], city: a.city, zip_code: a.zip, country: a.cc });
      c.pii(a.line1, 'address');
      return `POST /v1/customers/${c.r.uuid()}/deliveries 400 {"code":"invalid_params","message":"The parameters of your request were invalid.","metadata":{"dropoff_phone_number":"must be E.164"}}
authorization: Bearer ${c.cred(T.uberToken(c.r), 'bearer_token')}
body: {"pickup_name":"Bluebird Bakery","pickup_address":"{\\"street_address\\":[\\"20 W 34th St\\"],\\"city\\":\\"New York\\",\\"state\\":\\"NY\\",\\"zip_code\\":\\"10001\\"}","dropoff_name":"${c.pii(p.full, 'name')}","dropoff_address":${JSON.stringify(addr)},"dropoff_phone_number":"${c.pii(phone(c.r)[1], 'phone')}","manifest_items":[{"name":"Sourdough","quantity":2}]}`;
    },
    (c) => {
      const k = person(c.r);
      return `courier_update event dropped (unknown delivery del_${c.r.b64url(22)}): {"kind":"event.courier_update","data":{"courier":{"name":"${c.pii(k.full, 'name')}","phone_number":"${c.pii(phone(c.r)[0], 'phone')}","vehicle_type":"bicycle","img_href":"https://d1a3f4spazzrp4.cloudfront.net/uberex-sandbox/images/courier.png"}}}`;
    },
  ],
};

export const onfleet: Source89 = {
  name: 'onfleet',
  env: [
    { words: ['onfleet', 'api', 'key'], kind: 'api_key', make: T.onfleet },
    { words: ['onfleet', 'webhook', 'secret'], kind: 'webhook_secret', make: T.hmacSecret },
  ],
  printers: [
    (c) => `$ curl -X GET "https://onfleet.com/api/v2/auth/test" -u "${c.cred(T.onfleet(c.r), 'api_key')}:"
{"code":"InvalidCredentials","message":{"error":1102,"message":"The API key is invalid or has been revoked."}}`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `tasks create 400 InvalidArgument "recipients[0].phone is invalid"
Authorization: Basic ${c.cred(basic(T.onfleet(c.r), ''), 'basic_auth')}
{"destination":{"address":{"unparsed":"${c.pii(addrLine(a), 'address')}"}},"recipients":[{"name":"${c.pii(p.full, 'name')}","phone":"${c.pii(phone(c.r)[1], 'phone')}","notes":"Leave with concierge","skipSMSNotifications":false}],"completeAfter":${1735700000000 + c.r.int(0, 9e9)}}`;
    },
    (c) => {
      const w = person(c.r);
      return `workers create 409 {"code":"Conflict","message":{"error":1200,"message":"Phone number already in use by another worker."}} body={"name":"${c.pii(w.full, 'name')}","phone":"${c.pii(phone(c.r)[0], 'phone')}","teams":["${c.r.b64url(24)}"],"vehicle":{"type":"CAR","licensePlate":"${c.r.upper(3)}${c.r.digits(4)}"}}`;
    },
  ],
};

export const postmates: Source89 = {
  name: 'postmates',
  env: [{ words: ['postmates', 'api', 'key'], kind: 'api_key', make: (r) => r.uuid().replace(/-/g, '') }],
  printers: [
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `POST https://api.postmates.com/v1/customers/cus_${c.r.b64url(22)}/deliveries 400 invalid_params
Authorization: Basic ${c.cred(basic(c.r.uuid(), ''), 'basic_auth')}
manifest=Groceries&pickup_name=Corner+Market&pickup_address=${formEnc('101 Market St, San Francisco, CA')}&pickup_phone_number=415-555-0100&dropoff_name=${formEnc(c.pii(p.full, 'name'))}&dropoff_address=${formEnc(c.pii(addrLine(a), 'address'))}&dropoff_phone_number=${formEnc(c.pii(phone(c.r)[1], 'phone'))}`;
    },
    (c) => `postmates-legacy: 401 {"kind":"error","code":"unauthorized","message":"Invalid API key."} key=${c.cred(c.r.uuid(), 'api_key')}`,
    (c) => {
      const p = person(c.r);
      return `delivery ${c.r.b64url(22)} status=canceled reason=customer_unavailable dropoff={"name":"${c.pii(p.full, 'name')}","phone_number":"${c.pii(phone(c.r)[0], 'phone')}","email":"${c.pii(email(c.r, p), 'email')}"}`;
    },
  ],
};

export const geocoding: Source89 = {
  name: 'geocoding',
  env: [
    { words: ['google', 'maps', 'api', 'key'], kind: 'google_api_key', make: T.googleKey },
    { words: ['mapbox', 'secret', 'token'], kind: 'mapbox_secret', make: T.mapboxSk },
  ],
  printers: [
    (c) => {
      const a = address(c.r);
      return `GET https://maps.googleapis.com/maps/api/geocode/json?address=${formEnc(c.pii(addrLine(a), 'address'))}&key=${c.cred(T.googleKey(c.r), 'google_api_key')}
{"error_message":"This API project is not authorized to use this API.","results":[],"status":"REQUEST_DENIED"}`;
    },
    (c) => {
      const a = address(c.r);
      return `mapbox forward geocode 401 {"message":"Not Authorized - Invalid Token"} url=https://api.mapbox.com/search/geocode/v6/forward?q=${encodeURIComponent(c.pii(addrLine(a), 'address'))}&access_token=${c.cred(T.mapboxSk(c.r), 'mapbox_secret')}`;
    },
    (c) => `GET https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117+Berlin&apiKey=${c.cred(T.hereKey(c.r), 'api_key')} -> 401 {"error":"Unauthorized","error_description":"apiKey invalid. apiKey not found."}`,
    (c) => {
      const a = address(c.r);
      return `googlemaps.exceptions.ApiError: REQUEST_DENIED (API keys with referer restrictions cannot be used with this API.)
  client = googlemaps.Client(key='${c.cred(T.googleKey(c.r), 'google_api_key')}')
  directions(origin='${c.pii(addrLine(a), 'address')}', destination='Hub SFO-2, 250 Utah Ave, South San Francisco, CA')`;
    },
  ],
};
