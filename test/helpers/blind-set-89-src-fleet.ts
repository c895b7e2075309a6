import { dob, dobText, licence } from './blind-set-89-ids';
import { card, iban } from './blind-set-89-money';
import { address, addrLine, email, person, phone } from './blind-set-89-people';
import { T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Fleet telematics (Samsara, Geotab) and ride-hailing receipts and business-ride APIs. */
export const samsara: Source89 = {
  name: 'samsara',
  env: [{ words: ['samsara', 'api', 'token'], kind: 'api_key', make: T.samsara }],
  printers: [
    (c) => `GET https://api.samsara.com/fleet/drivers?driverActivationStatus=active 401 {"message":"Unauthorized","requestId":"${c.r.hex(8)}-${c.r.hex(4)}"}
Authorization: Bearer ${c.cred(T.samsara(c.r), 'api_key')}`,
    (c) => {
      const p = person(c.r);
      const [st, dl] = licence(c.r, p.familyA);
      return `POST /fleet/drivers 400 {"message":"username already exists"} body={"name":"${c.pii(p.full, 'name')}","username":"${p.givenA.toLowerCase().replace(/ /g, '')}${c.r.int(1, 99)}","password":"${c.cred(c.r.password(10, 14), 'password')}","phone":"${c.pii(phone(c.r)[1], 'phone')}","licenseNumber":"${c.pii(dl, 'drivers_licence')}","licenseState":"${st}","eldExempt":false,"timezone":"America/Los_Angeles"}`;
    },
    (c) => {
      const p = person(c.r);
      return `webhook HosViolation unroutable: {"eventType":"Alert","data":{"driver":{"id":"${c.r.num(7)}","name":"${c.pii(p.full, 'name')}"},"vehicle":{"id":"${c.r.num(15)}","name":"Truck ${c.r.int(1, 400)}"},"location":{"latitude":34.05${c.r.digits(4)},"longitude":-118.24${c.r.digits(4)},"formattedLocation":"Interstate 10, Los Angeles, CA"},"violationType":"shiftDrivingHours"}}`;
    },
  ],
};

export const geotab: Source89 = {
  name: 'geotab',
  env: [{ words: ['geotab', 'password'], kind: 'password', make: (r) => r.password(12, 18) }],
  printers: [
    (c) => {
      const p = person(c.r);
      return `mygeotab Authenticate failed: {"method":"Authenticate","params":{"database":"${c.r.pick(['acme_fleet', 'northwind_logistics', 'rutas_iberia'])}","userName":"${c.pii(email(c.r, p), 'email')}","password":"${c.cred(c.r.password(12, 18), 'password')}"}} -> {"error":{"name":"JSONRPCError","message":"Incorrect login credentials","errors":[{"name":"InvalidUserException","message":"Incorrect login credentials"}]},"jsonrpc":"2.0"}`;
    },
    (c) => `Get<LogRecord> -> DbUnavailableException; retry with cached credentials {"database":"acme_fleet","sessionId":"${c.cred(T.geotabSession(c.r), 'session_token')}","userName":"svc-telematics@acme-fleet.com"} server=my${c.r.int(100, 999)}.geotab.com`,
    (c) => {
      const p = person(c.r);
      const [st, dl] = licence(c.r, p.familyA);
      return `driver-sync: cannot map Geotab user b${c.r.HEX(2)}: {"firstName":"${c.pii(p.given, 'name')}","lastName":"${c.pii(p.family, 'name')}","employeeNo":"E${c.r.num(5)}","licenseNumber":"${c.pii(dl, 'drivers_licence')}","licenseProvince":"${st}","phoneNumber":"${c.pii(phone(c.r)[0], 'phone')}","birthDate":"${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}T00:00:00.000Z","isDriver":true}`;
    },
  ],
};

export const rides: Source89 = {
  name: 'ride-hailing',
  env: [{ words: ['lyft', 'client', 'secret'], kind: 'client_secret', make: (r) => r.b64url(32) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `receipt-parser: could not find total in email "Your ${c.r.pick(['Tuesday', 'Friday'])} morning trip with Uber" for ${c.pii(email(c.r, p), 'email')}
Thanks for riding, ${c.pii(p.given, 'name')}
Pickup ${c.r.int(6, 9)}:${c.r.int(10, 59)} AM  ${c.pii(addrLine(a), 'address')}
Drop-off  Terminal 2, ${c.r.pick(['JFK', 'SFO', 'LHR'])} Airport
Visa •••• ${c.r.digits(4)}`;
    },
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `lyft concierge ride 400 {"error":"invalid_phone","error_description":"passenger phone number is invalid"}
Authorization: Bearer ${c.cred(c.r.b64url(120), 'bearer_token')}
{"ride_type":"lyft","passenger":{"first_name":"${c.pii(p.given, 'name')}","last_name":"${c.pii(p.family, 'name')}","phone_number":"${c.pii(phone(c.r)[0], 'phone')}"},"origin":{"address":"${c.pii(addrLine(a), 'address')}"},"destination":{"lat":37.6213,"lng":-122.379}}`;
    },
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, c.r.pick(['plain', 'space']));
      return `uber-for-business export row rejected (currency mismatch): "${c.r.uuid()}","2025-03-14 08:12:01","${c.pii(p.given, 'name')}","${c.pii(p.family, 'name')}","${c.pii(email(c.r, p), 'email')}","UberX","Madrid","18.4","${c.r.int(20, 60)}.20","EUR","Corporate card ${c.fin(cd.printed, 'card')}"`;
    },
    (c) => {
      const d = person(c.r);
      return `driver-payout failed: driver=${c.pii(d.full, 'name')} payout_iban=${c.fin(iban(c.r), 'iban')} week=2025-W${c.r.int(10, 50)} amount=${c.r.int(200, 1400)}.00 EUR error=BIC_NOT_REACHABLE`;
    },
  ],
};

